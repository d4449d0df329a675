"""Fuzzing: random bodies, filter values and ids never get past the SDK's checks unnoticed.

* A body of any shape for any endpoint either decodes or raises ResponseDecodeError.
* Any filter value is refused with a TypeError/ValueError naming it before anything is sent,
  or sent and accepted by the server (never a 400).
* Any id reaches its own endpoint as one path segment, whatever ``/``, ``?``, ``#`` or
  ``..`` it holds.

The property tests are plain functions (hypothesis drives them), so the server and client run
on an event loop in a second thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import typing
from collections.abc import Coroutine, Iterator
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from urllib.parse import unquote

import attrs
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from byteful_async import (
    APIStatusError,
    AsyncByteful,
    AsyncPaginator,
    LedgerReason,
    ResponseDecodeError,
    ServiceStatus,
)
from byteful_async._basics._types import open_enum_of, without_none
from byteful_async._calls._endpoint import Created, Endpoint, Envelope, decode, decode_page
from byteful_async._sending._response import APIResponse
from byteful_async.testing import FakeByteful
from codegen.operations import load_table

from .conftest import (
    BODIES,
    ENDPOINTS,
    ID_METHODS,
    SEARCH_FILTERS,
    example,
    json_values,
    search_method,
)

T = TypeVar("T")


class Remote:
    """A FakeByteful and a client of it, on an event loop running in another thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.server = FakeByteful(rate_limit=None)
        self.run(self.server.start())
        self.client: AsyncByteful = self.run(self._client())

    async def _client(self) -> AsyncByteful:
        client: AsyncByteful = self.server.client(rate_limit=None, max_retries=0)
        return client

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the server's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=30)

    def close(self) -> None:
        self.run(self.client.close())
        self.run(self.server.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


@pytest.fixture(scope="module")
def remote() -> Iterator[Remote]:
    remote = Remote()
    yield remote
    remote.close()


# -- bodies ----------------------------------------------------------------------------------

# Values that are right for some field somewhere, so some random bodies decode.
plausible = st.sampled_from(
    [0, 1, 1955, -1_048_576, True, "2026-01-02", "2026-01-02 03:04:05", "usage", "isp", "x"]
)


def _model(tp: Any) -> type | None:
    """The attrs model inside ``tp`` (itself, a list of it, or a dict of it), if any."""
    if isinstance(tp, type) and attrs.has(tp):
        return tp
    args = typing.get_args(tp)
    return _model(args[-1]) if args else None


@st.composite
def shaped(draw: st.DrawFn, cls: type, depth: int = 0) -> dict[str, Any]:
    """An object with some of ``cls``'s keys (and maybe strange ones), values of any type."""
    hints = typing.get_type_hints(cls)
    names = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    keys = draw(st.lists(st.sampled_from([*names, "unknown", ""]), max_size=len(names) + 2))
    body: dict[str, Any] = {}
    for key in keys:
        inner = _model(hints.get(key)) if depth < 2 else None
        value = plausible | json_values
        if inner is not None:
            nested = shaped(inner, depth + 1)
            value = value | nested | st.lists(nested, max_size=2)
        body[key] = draw(value)
    return body


def documented(endpoint: Endpoint[Any]) -> Any:
    """The documented example body for what ``endpoint`` returns, if there is one."""
    enveloped = endpoint.envelope is not Envelope.EDITED
    for name, (tp, wrapped) in BODIES.items():
        if wrapped is enveloped and tp == endpoint.returns:
            if endpoint.envelope is not Envelope.PAGE:
                return example(name)
            single = example(name)  # a retrieve's row makes a one-row page
            return {**single, "data": [single["data"]], "page": 1, "total_count": 1}
        if endpoint.envelope is Envelope.PAGE and tp == list[endpoint.returns]:  # type: ignore[name-defined]
            return example(name)
    return None


@st.composite
def bodies(draw: st.DrawFn, endpoint: Endpoint[Any]) -> bytes:
    """Response bytes for ``endpoint``: nonsense, a random shape, or its example altered."""
    if endpoint.envelope is Envelope.STRINGS:
        lines = st.fixed_dictionaries({"data": st.lists(st.text(max_size=30)) | json_values})
        kind = draw(st.sampled_from(["json", "json", "json", "bytes"]))
        if kind == "bytes":
            return draw(st.binary(max_size=40))
        return json.dumps(draw(lines | json_values)).encode()
    model = _model(endpoint.returns)
    assert model is not None
    one = shaped(model)
    if endpoint.envelope is Envelope.LIST:
        payload = st.fixed_dictionaries({"data": st.lists(one, max_size=3) | json_values})
    elif endpoint.envelope is Envelope.PAGE:
        payload = st.fixed_dictionaries(
            {"data": st.lists(one, max_size=3)},
            optional={k: plausible | json_values for k in ("page", "per_page", "total_count")},
        )
    elif endpoint.envelope is Envelope.DATA:
        data = (
            st.dictionaries(st.text(max_size=8), one, max_size=2)
            if typing.get_args(endpoint.returns)
            else one
        )
        payload = st.fixed_dictionaries({"data": data | json_values})
    else:
        payload = one
    choices = [payload, json_values]
    base = documented(endpoint)
    if base is not None:
        container = base["data"] if endpoint.envelope is not Envelope.EDITED else base
        target = container[0] if isinstance(container, list) and container else container
        if isinstance(target, dict) and target:
            changes = st.dictionaries(st.sampled_from(sorted(target)), plausible | json_values)

            def altered(change: dict[str, Any]) -> Any:
                target.update(change)  # a fresh copy: example() parses the file every time
                return base

            choices.append(changes.map(lambda c: altered(c) if c else base))
    kind = draw(st.sampled_from(["json", "json", "json", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=40))
    return json.dumps(draw(st.one_of(choices))).encode()


def _response(endpoint: Endpoint[Any], content: bytes) -> APIResponse[None]:
    return APIResponse(
        method=endpoint.method,
        url="http://127.0.0.1:1/1.0" + endpoint.path.replace("{}", "x"),
        status_code=200,
        headers={},
        request_id=None,
        elapsed=0.0,
        retries=0,
        content=content,
        parsed=None,
    )


# Examples per endpoint, so that the whole run stays near a thousand bodies however many
# endpoints there are.
BODY_EXAMPLES = max(10, 1_000 // len(ENDPOINTS))


@pytest.mark.parametrize("endpoint", ENDPOINTS.values(), ids=list(ENDPOINTS))
@settings(max_examples=BODY_EXAMPLES, deadline=None)
@given(data=st.data())
def test_any_body_decodes_or_raises_only_a_decode_error(
    endpoint: Endpoint[Any], data: st.DataObject
) -> None:
    content = data.draw(bodies(endpoint))
    response = _response(endpoint, content)
    try:
        if endpoint.envelope is Envelope.PAGE:
            page = decode_page(endpoint, response, number=1, fetch=None)
            assert all(isinstance(item, endpoint.returns) for item in page.items)
        else:
            value = decode(endpoint, response)
            expected = {Envelope.CREATED: Created, Envelope.STRINGS: list, Envelope.LIST: list}.get(
                endpoint.envelope, typing.get_origin(endpoint.returns) or endpoint.returns
            )
            assert isinstance(value, expected)
        event("decoded")
    except ResponseDecodeError as exc:
        event("refused")
        # The message says which request it was, and the error keeps its status.
        assert str(exc).startswith(f"{endpoint.method} http://127.0.0.1:1/1.0/"), str(exc)
        assert exc.status_code == 200


def test_every_endpoint_is_fuzzed_and_most_have_an_example() -> None:
    assert len(ENDPOINTS) == len(load_table()["operations"])
    assert sum(documented(endpoint) is not None for endpoint in ENDPOINTS.values()) >= 12


# -- filter values ---------------------------------------------------------------------------

# Anything a caller might pass by mistake, and plenty that is right.
filter_values = st.one_of(
    json_values,
    plausible,
    st.integers(),
    st.text(),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(UTC)),
    st.sampled_from([*LedgerReason, *ServiceStatus]),
    st.binary(max_size=4),
    st.builds(object),
    st.sampled_from([date(2026, 1, 2).isoformat(), "2026-01-02T03:04:05+02:00", "yesterday"]),
)


async def _first_rows(call: Any) -> int:
    """The rows of a search's first page, or the lines of a filtered list."""
    if isinstance(call, AsyncPaginator):
        return len((await call).items)
    return len(await call)


def right_values(tp: Any) -> st.SearchStrategy[Any]:
    """Values of the filter's own type, so about half the searches get sent."""
    tp = without_none(tp)
    enum_cls = open_enum_of(tp)
    if enum_cls is not None:
        return st.sampled_from(list(enum_cls)) | st.text(min_size=1).filter(str.strip)
    if tp is str:
        return st.text(min_size=1).filter(str.strip)
    if tp is int:
        return st.integers(min_value=1, max_value=100) | st.integers()
    if tp is bool:
        return st.booleans()
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-90, 90)
    if tp is datetime:
        return st.datetimes(timezones=st.none() | st.just(UTC))
    assert tp is date, tp
    return st.dates()


@pytest.mark.parametrize("search", SEARCH_FILTERS)
@settings(max_examples=max(30, 1_200 // len(SEARCH_FILTERS)), deadline=None)
@given(data=st.data())
def test_any_filter_value_is_refused_before_sending_or_accepted(
    remote: Remote, search: str, data: st.DataObject
) -> None:
    hints = typing.get_type_hints(SEARCH_FILTERS[search])
    filters: dict[str, Any] = {}
    for name in data.draw(st.lists(st.sampled_from(sorted(hints)), max_size=3, unique=True)):
        right = right_values(hints[name])
        if name == "sort_by":
            fields = [*typing.get_type_hints(ENDPOINTS[search].rows), "random"]
            right = st.sampled_from(fields).flatmap(
                lambda f: st.sampled_from([f, f + "_asc", f + "_desc"])
            )
        if name == "proxy_user_id" and ENDPOINTS[search].envelope is Envelope.STRINGS:
            # Whose credentials go in the lines: an unknown user is a 404, by design.
            right = st.sampled_from(["default_user", "ads_team_user1"])
        # Mostly right values, so that plenty of searches are sent too.
        wrong = data.draw(st.integers(0, 3)) == 0
        filters[name] = data.draw(filter_values if wrong else right)
    sent = len(remote.server.requests)
    try:
        # A paginator checks its filters when made, a filtered list when awaited.
        remote.run(_first_rows(search_method(remote.client, search)(**filters)))
    except (TypeError, ValueError) as exc:
        assert str(exc).startswith(f"{search}(): "), str(exc)
        assert any(name in str(exc) for name in filters), str(exc)
        assert len(remote.server.requests) == sent
        event("refused")
        return
    # (a 400 from the fake would have raised BadRequestError, which is neither)
    event("sent")
    assert len(remote.server.requests) == sent + 1
    assert remote.server.requests[-1].status == 200


# -- ids -------------------------------------------------------------------------------------

hostile_ids = st.text(min_size=1, max_size=24).filter(str.strip) | st.sampled_from(
    ["..", ".", "../customer/retrieve", "a/b?x=1", "x#y", "%2e%2e", "%2F", "?", "/"]
)


@pytest.mark.parametrize("call", ID_METHODS)
@settings(max_examples=max(20, 600 // len(ID_METHODS)), deadline=None)
@given(ident=hostile_ids)
def test_any_id_stays_one_segment_of_its_own_endpoint(
    remote: Remote, call: str, ident: str
) -> None:
    invoke = ID_METHODS[call][1]
    endpoint = ENDPOINTS[call]
    prefix = endpoint.path.removesuffix("{" + endpoint.ids[0][0] + "}")
    sent = len(remote.server.requests)
    # Mostly a 404; hypothesis also tries text found in the project, such as a real service
    # id, which may be found, edited or cancelled (409 the second time). Either way, the
    # request must have gone to this endpoint with this id.
    with contextlib.suppress(APIStatusError):
        remote.run(invoke(remote.client, ident))
    assert len(remote.server.requests) == sent + 1
    request = remote.server.requests[-1]
    assert request.path.startswith(prefix)
    segment = request.path.removeprefix(prefix)
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert unquote(segment) == ident
    assert request.query == {}
