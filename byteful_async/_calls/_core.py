"""The request core: calling and paging any declared endpoint.

Resources are generated one-liners over :class:`Core`; the client composes a core and the
resources. For one call the core checks and encodes the path ids (by name, as their declared
type), the options, the filters or the body, sends the request through the transport (rate
limit, retries, errors) and decodes the answer by the endpoint's envelope. Nothing here
imports the client, and nothing here knows any particular endpoint.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Final, TypeVar, cast

from byteful_async._basics._exceptions import BytefulError, ResponseDecodeError, SentRequest
from byteful_async._calls._endpoint import Endpoint, Envelope, decode, decode_page
from byteful_async._calls._pagination import AsyncPaginator, Page
from byteful_async._calls._params import (
    check_value,
    encode_body,
    encode_filters,
    encode_metadata,
    format_query_value,
    hold_secrets,
    path_id,
    secret_fields,
)
from byteful_async._policies._guard import PurchaseGuard
from byteful_async._sending._response import APIResponse
from byteful_async._sending._transport import (
    Request,
    Timeout,
    Transport,
    _client_timeout,
    encode_query,
)

T = TypeVar("T")

#: Headers that ``extra_headers`` may not set: the client's own.
_RESERVED_HEADERS: Final = frozenset(
    {"x-api-public-key", "x-api-private-key", "content-type", "content-length", "host"}
)


def _extra_query(op: str, extra: Mapping[str, object] | None) -> dict[str, str]:
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TypeError(f"{op}(): extra_query must be a mapping, not {type(extra).__name__}")
    query: dict[str, str] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise TypeError(f"{op}(): extra_query has a name that is not text: {name!r}")
        if value is not None:
            query[name] = format_query_value(value)
    return query


def _extra_headers(op: str, extra: Mapping[str, str] | None) -> dict[str, str]:
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TypeError(f"{op}(): extra_headers must be a mapping, not {type(extra).__name__}")
    headers: dict[str, str] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"{op}(): extra_headers names and values must be text")
        if name.lower() in _RESERVED_HEADERS:
            raise ValueError(f"{op}(): extra_headers may not set {name!r}; the client sets it")
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name + value):
            raise ValueError(f"{op}(): extra_headers[{name!r}] holds a control character")
        headers[name] = value
    return headers


class Core:
    """Sends declared endpoints through one :class:`Transport`."""

    def __init__(
        self,
        transport: Transport,
        guard: PurchaseGuard | None = None,
        known_services: set[str] | None = None,
    ) -> None:
        self.transport = transport
        self.guard = guard
        """The purchase guard ``checkout`` consults, if any."""
        self.known_services: set[str] = set() if known_services is None else known_services
        """Services this client bought or reconciled (never taken for another purchase)."""

    def decoded(self, request: Request, decode_it: Callable[[], T]) -> T:
        """Decode a 2xx answer; a body that fails is an unknown outcome for a write."""
        try:
            return decode_it()
        except ResponseDecodeError as exc:
            secret = self.transport.secret
            exc.args = tuple(secret.redact(a) if isinstance(a, str) else a for a in exc.args)
            exc.problems = [(path, secret.redact(text)) for path, text in exc.problems]
            if not request.retry_safe:
                exc.outcome_unknown = True
                exc.advice = request.uncertain_advice
            raise

    def _path(self, endpoint: Endpoint[Any], ids: Mapping[str, object]) -> str:
        op = endpoint.name
        segments = {name: path_id(op, name, ids.get(name), tp) for name, tp in endpoint.ids}
        return endpoint.path.format(**segments)

    async def call(
        self,
        endpoint: Endpoint[T],
        *,
        ids: Mapping[str, object] | None = None,
        options: Mapping[str, object] | None = None,
        filters: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> T:
        """Check, send and decode one call of ``endpoint`` (any envelope but a page).

        Raises:
            TypeError, ValueError: an argument is wrong; nothing was sent.

        """
        op = endpoint.name
        path = self._path(endpoint, ids or {})
        query = _query(endpoint, options, filters)
        query.update(_extra_query(op, extra_query))
        payload = None if endpoint.body is None else _payload(endpoint, body or {})
        body = None  # a password in it is held as a Secret in the payload; no plain copy here
        request = Request(
            method=endpoint.method,
            path=path,
            query=query,
            body=payload,
            headers=_extra_headers(op, extra_headers),
            retry_safe=endpoint.retry_safe,
            advice=endpoint.advice,
            operation=op,
        )
        started = time.time()  # only an uncertain write turns it into a datetime
        try:
            response = await self.transport.send(request, timeout=timeout)
            return self.decoded(request, lambda: decode(endpoint, response))  # type: ignore[no-any-return]
        except BytefulError as exc:
            if exc.outcome_unknown:
                exc.call = SentRequest(
                    operation=op,
                    method=request.method,
                    path=path,
                    body=payload,
                    sent_at=datetime.fromtimestamp(started, UTC),
                    failed_at=datetime.now(UTC),
                )
            raise

    def paginate(
        self,
        endpoint: Endpoint[T],
        filters: Mapping[str, object],
        *,
        metadata: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[T]:
        """A paginator over a search; every argument is checked now, nothing is sent yet."""
        assert endpoint.envelope is Envelope.PAGE and endpoint.filters is not None
        op = endpoint.name
        rest = dict(filters)
        # The page and a random order are the paginator's business, not filters: taken
        # apart before encoding.
        page = rest.pop("page", None)
        start = (
            1 if page is None else cast(int, check_value(op, "page", page, int, bounds=(1, None)))
        )
        random_order = rest.get("sort_by") == "random"
        query = encode_filters(op, endpoint.filters, rest, rows=endpoint.rows or endpoint.returns)
        if metadata is not None:
            if endpoint.metadata is None:
                raise TypeError(f"{op}() takes no metadata filters")
            query.update(encode_metadata(op, endpoint.metadata, metadata))
        query.update(_extra_query(op, extra_query))
        headers = _extra_headers(op, extra_headers)
        # Checked and converted once, here: refused now, not at the first page.
        attempt_timeout = _client_timeout(timeout) if timeout is not None else None
        transport = self.transport
        # Encoded once; each page only appends its number.
        filters_text = encode_query(query) + "&" if query else ""

        async def fetch(number: int) -> Page[T]:
            request = Request(
                method=endpoint.method,
                path=endpoint.path,
                query=f"{filters_text}page={number}",
                headers=headers,
                retry_safe=endpoint.retry_safe,
                operation=op,
            )
            response: APIResponse[None] = await transport.send(request, timeout=attempt_timeout)
            return self.decoded(
                request, lambda: decode_page(endpoint, response, number=number, fetch=fetch)
            )

        return AsyncPaginator(
            fetch,
            operation=op,
            start=start,
            key=operator.attrgetter(*endpoint.key) if endpoint.key else None,
            random_order=random_order,
            telemetry=transport.telemetry,
        )


def _query(
    endpoint: Endpoint[Any],
    options: Mapping[str, object] | None,
    filters: Mapping[str, object] | None,
) -> dict[str, str]:
    """The query of a call: its options (those not left at their default), then its filters."""
    op = endpoint.name
    query: dict[str, str] = {}
    for name, value in (options or {}).items():
        tp, default = endpoint.options[name]
        if value is None:
            continue  # an option left out
        checked = check_value(op, name, value, tp, bounds=endpoint.option_bounds.get(name))
        if checked != default:
            query[name] = format_query_value(checked)
    if endpoint.filters is not None:
        assert endpoint.rows is not None
        query.update(encode_filters(op, endpoint.filters, filters or {}, rows=endpoint.rows))
    return query


def _payload(endpoint: Endpoint[Any], body: Mapping[str, object]) -> dict[str, Any]:
    """The checked JSON body of a call, its secret fields held as :class:`Secret`."""
    assert endpoint.body is not None
    hidden = secret_fields(endpoint.body)
    if hidden and body:
        body = hold_secrets(body, hidden)  # a password is a Secret from here on
    payload = encode_body(endpoint.name, endpoint.body, body)
    if len(payload) < endpoint.body_min_fields:
        raise ValueError(f"{endpoint.name}() needs at least one field to change")
    return payload
