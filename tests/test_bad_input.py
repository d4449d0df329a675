"""The bad-input matrix: every public method, every argument, the usual mistakes.

Each case must fail with a TypeError or ValueError whose message names the argument, and the
server must have seen nothing. The filter and body cases are generated from the generated
TypedDicts, so a new filter or field is covered without touching this file.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest

from byteful_async import AsyncByteful, BytefulError, RetryPolicy
from byteful_async._basics._types import open_enum_of, without_none
from byteful_async.testing import FakeByteful, FakeThread

from .conftest import ENDPOINTS, ID_METHODS, SEARCH_FILTERS, sample_call, search_method

Call = Callable[[AsyncByteful, Any], Any]
"""Calls the method with the bad value in the argument under test."""

# What people get wrong, by the kind of argument. Each value is refused whatever the field.
TEXT = ["", "   ", 12, ["a"], b"bytes"]
WHOLE = ["12", 1.5, True, [1]]
COUNT = [0, -1, "12", 1.5, True]  # counts start at 1
FLAG = ["true", 1, None]
DAY = ["2026-13-45", "yesterday", 20260101, datetime(2026, 1, 2, tzinfo=UTC)]
MOMENT = ["2026-01-02 25:00", "not a time", 1_700_000_000, date(2026, 1, 2)]
TIMEOUT = [-1, 0, float("nan"), float("inf"), "30", True, [5]]
POSITIVE = frozenset({"page", "per_page", "quantity", "cycle_interval_count", "top_up_amount"})


def bad_values(name: str, tp: Any) -> list[Any]:
    """The mistakes to try for an argument called ``name`` of type ``tp``."""
    tp = without_none(tp)
    if name == "per_page":
        return [*COUNT, 101, 10**9]
    if name == "sort_by":
        return [*TEXT, "colour", "residential_bytes_sideways"]
    if open_enum_of(tp) is not None or tp is str:
        return TEXT
    if tp is int:
        return COUNT if name in POSITIVE else WHOLE
    if tp is bool:
        return FLAG[:2]
    if tp is float:
        return ["30.2", True, float("nan"), float("inf")]
    if typing.get_origin(tp) is list:
        return ["1.2.3.4", 5, [5]]  # a list of text, given as text, a number, wrong items
    if tp is date:
        return DAY
    if tp is datetime:
        return MOMENT
    return ["not a mapping", 5]  # a nested object (fulfillment filter, metadata)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


def cases() -> Iterator[Any]:
    for op, filters in SEARCH_FILTERS.items():
        for name, tp in typing.get_type_hints(filters).items():
            values = bad_values(name, tp)

            def search(c: AsyncByteful, v: Any, o: str = op, n: str = name) -> Any:
                return search_method(c, o)(**{n: v})

            yield pytest.param(search, name, values, id=f"{op}-{name}")

    for op, endpoint in ENDPOINTS.items():
        fields = endpoint.body and typing.get_type_hints(endpoint.body)
        if fields and op != "checkout.top_up":  # top_up builds its own body
            for name, tp in fields.items():
                if name == "extra":
                    continue

                def body(c: AsyncByteful, v: Any, e: Any = endpoint, n: str = name) -> Any:
                    return sample_call(c, e, **{n: v})

                yield pytest.param(body, name, bad_values(name, tp), id=f"{op}-{name}")
        for name, (tp, _) in endpoint.options.items():

            def option(c: AsyncByteful, v: Any, e: Any = endpoint, n: str = name) -> Any:
                return sample_call(c, e, **{n: v})

            yield pytest.param(option, name, bad_values(name, tp), id=f"{op}-{name}")

        def timed(c: AsyncByteful, t: Any, e: Any = endpoint) -> Any:
            return sample_call(c, e, timeout=t)

        yield pytest.param(timed, "timeout", TIMEOUT, id=f"{op}-timeout")

    for op, (name, call) in ID_METHODS.items():
        yield pytest.param(call, name, [None, *TEXT], id=f"{op}-{name}")
    yield pytest.param(
        lambda c, v: c.service_adjustments.retrieve(v),
        "service_adjustment_id",
        [None, "12", -4, 1.5, True],
        id="service_adjustments.retrieve-service_adjustment_id",
    )
    yield pytest.param(
        lambda c, t: c.request("GET", "/public/user/customer/retrieve", timeout=t),
        "timeout",
        TIMEOUT,
        id="request-timeout",
    )

    yield pytest.param(
        lambda c, v: c.checkout.top_up(v), "amount_cents", [None, *COUNT, -5_000], id="top_up"
    )
    yield pytest.param(
        lambda c, v: c.request(v, "/public/user/customer/retrieve"),
        "method",
        ["TRACE", "", "GET /x", 5],
        id="request-method",
    )
    yield pytest.param(
        lambda c, v: c.request("GET", v),
        "path",
        [
            "/public/user/../admin",
            "/public/user/%2e%2e/admin",
            "/public/./user",
            "/public/user/customer/retrieve\r\nX-Injected: 1",
            "/public/user/customer/retrieve?x=1",
            "/public/user/customer#frag",
            "/public//user",
            "",
            5,
        ],
        id="request-path",
    )
    yield pytest.param(
        lambda c, v: c.request("POST", "/public/user/x", json=v),
        "json",
        [
            {"n": float("nan")},
            {"n": [2**70]},
            {1: "key not text"},
            {"when": date(2026, 1, 1)},
            _nested(40),
        ],
        id="request-json",
    )
    yield pytest.param(
        lambda c, v: c.checkout.create(product_code="isp_us", quantity=v),
        "quantity",
        [2**64, 2**70],
        id="checkout.create-quantity-64-bit",
    )
    yield pytest.param(
        lambda c, v: c.services.edit("API-1955-0001", service_metadata={"team": v}),
        "service_metadata",
        [float("nan"), float("inf"), 2**64, [1]],
        id="services.edit-service_metadata-values",
    )
    paginator: dict[str, tuple[str, list[Any], Call]] = {
        "collect-concurrency": (
            "concurrency",
            COUNT,
            lambda c, v: c.services.search().collect(concurrency=v),
        ),
        "collect-max_items": (
            "max_items",
            [-1, "10", 1.5, True],
            lambda c, v: c.services.search().collect(max_items=v),
        ),
        "collect-on_page": (
            "on_page",
            ["print", 5],
            lambda c, v: c.services.search().collect(on_page=v),
        ),
        "stream-concurrency": (
            "concurrency",
            COUNT,
            lambda c, v: anext(aiter(c.services.search().stream(concurrency=v))),
        ),
        "pages-start": ("start", COUNT, lambda c, v: anext(c.services.search().pages(start=v))),
    }
    for label, (name, values, call) in paginator.items():
        yield pytest.param(call, name, values, id=label)


@pytest.mark.fake_byteful(rate_limit=None)
@pytest.mark.parametrize(("call", "argument", "values"), cases())
async def test_a_bad_argument_is_named_and_nothing_is_sent(
    client: AsyncByteful, fake_byteful: FakeByteful, call: Call, argument: str, values: list[Any]
) -> None:
    assert values
    for value in values:
        with pytest.raises((TypeError, ValueError)) as caught:
            result = call(client, value)
            if hasattr(result, "__await__"):
                await result
        message = str(caught.value)
        assert argument in message, f"{value!r}: {message}"
    assert fake_byteful.count() == 0


#: The paginator cases pull from an async iterator; the sync client's have their own below.
_ASYNC_ONLY = ("collect-", "stream-", "pages-")
SYNC_PAGINATOR_CASES = [
    pytest.param(lambda c, v: c.services.search().collect(concurrency=v), "concurrency", COUNT),
    pytest.param(lambda c, v: c.services.search().stream(concurrency=v), "concurrency", COUNT),
    pytest.param(lambda c, v: c.services.search().collect(max_items=v), "max_items", [-1, "1"]),
    pytest.param(lambda c, v: c.services.search().collect(on_page=v), "on_page", ["print", 5]),
    pytest.param(lambda c, v: next(c.services.search().pages(start=v)), "start", COUNT),
]


@pytest.fixture(scope="module")
def quiet_fake() -> Iterator[FakeByteful]:
    """One fake on its own thread for every sync case: none of them may reach it."""
    with FakeThread(FakeByteful(rate_limit=None)) as server:
        yield server


@pytest.mark.parametrize(
    ("call", "argument", "values"),
    [c for c in cases() if not str(c.id).startswith(_ASYNC_ONLY)] + SYNC_PAGINATOR_CASES,
)
def test_the_sync_client_refuses_the_same_bad_arguments_before_sending(
    quiet_fake: FakeByteful, call: Call, argument: str, values: list[Any]
) -> None:
    sent = quiet_fake.count()
    with quiet_fake.sync_client(rate_limit=None) as client:
        for value in values:
            with pytest.raises((TypeError, ValueError)) as caught:
                call(client, value)  # type: ignore[arg-type]
            assert argument in str(caught.value), f"{value!r}: {caught.value}"
    assert quiet_fake.count() == sent


CLIENT_OPTIONS: list[tuple[str, list[Any]]] = [
    ("timeout", TIMEOUT),
    ("max_retries", [-1, 1.5, "2", True]),
    ("rate_limit", [0, -10, "10", True, 1e-300, float("inf"), float("nan")]),
    ("max_concurrency", [0, -1, "8", 2.5]),
    (
        "base_url",
        [
            "",
            "api.byteful.com",
            "ftp://api.byteful.com",
            5,
            "https://user:hunter2@api.byteful.com/1.0",
            "https://api.byteful.com/1.0?debug=1",
            "https://api.byteful.com/1.0#top",
            "http://api.byteful.com/1.0",  # plain http off this machine
            "http://10.1.2.3:8080/1.0",
        ],
    ),
    ("max_response_bytes", [0, 10, 1.5, "32MiB", True]),
    ("proxy", [5, "proxy.local:3128", "socks5://proxy.local:1080", "http://"]),
    ("trust_env", ["yes", 1]),
    ("allow_insecure_http", ["yes", 1]),
    ("session", [object(), "session"]),
    ("rate_limiter", [object()]),
    ("retry_policy", [object(), {"backoff_base": 1}]),
]


@pytest.mark.parametrize(("option", "values"), CLIENT_OPTIONS, ids=[o for o, _ in CLIENT_OPTIONS])
def test_a_bad_client_option_is_named(option: str, values: list[Any]) -> None:
    for value in values:
        with pytest.raises((TypeError, ValueError)) as caught:
            AsyncByteful("pk_test", "sk_test_secret", **{option: value})
        assert option in str(caught.value), f"{value!r}: {caught.value}"


@pytest.mark.parametrize(
    ("option", "values"),
    [
        ("public_key", [5, "", "pk with space", "pk_\u00fcber"]),
        ("private_key", [5, "", "sk\nx", b"sk_bytes", "sk_\u043a\u043b\u044e\u0447", "sk_\u00a0x"]),
    ],
)
def test_a_bad_key_is_named_and_never_shown(
    monkeypatch: pytest.MonkeyPatch, option: str, values: list[Any]
) -> None:
    monkeypatch.delenv("BYTEFUL_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("BYTEFUL_PRIVATE_KEY", raising=False)
    for value in values:
        keys = {"public_key": "pk_test", "private_key": "sk_test_secret", option: value}
        # An empty or missing key is a configuration problem (it may come from the
        # environment), so it is a BytefulError; a wrong type or a stray space is not.
        with pytest.raises((TypeError, ValueError, BytefulError)) as caught:
            AsyncByteful(**keys)
        assert option in str(caught.value), f"{value!r}: {caught.value}"
        if option == "private_key" and isinstance(value, str) and value:
            assert value not in str(caught.value)


def test_a_password_in_the_base_url_is_never_shown() -> None:
    with pytest.raises(ValueError) as caught:
        AsyncByteful("pk_test", "sk_test_secret", base_url="https://me:hunter2@api.byteful.com")
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8080/1.0", "http://localhost:8080/1.0", "http://[::1]:8080/1.0"],
)
def test_plain_http_to_this_machine_is_fine(base_url: str) -> None:
    assert AsyncByteful("pk_test", "sk_test_secret", base_url=base_url).base_url == base_url


def test_plain_http_elsewhere_needs_the_flag() -> None:
    url = "http://byteful.internal/1.0"
    client = AsyncByteful("pk_test", "sk_test_secret", base_url=url, allow_insecure_http=True)
    assert client.base_url == url


def test_a_proxy_password_is_not_in_the_repr() -> None:
    client = AsyncByteful("pk_test", "sk_test_secret", proxy="http://me:hunter2@proxy.local:3128")
    assert "hunter2" not in f"{client!r} {client._transport!r}"


@pytest.mark.parametrize("field", ["backoff_base", "backoff_max", "max_wait", "rate_limit_floor"])
def test_a_bad_retry_policy_is_named(field: str) -> None:
    for value in [-1, float("nan"), float("inf"), "1", True]:
        with pytest.raises((TypeError, ValueError), match=f"RetryPolicy.{field} must be"):
            RetryPolicy(**{field: value})


async def test_with_options_checks_like_the_constructor(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client() as client:
        for option, values in CLIENT_OPTIONS[:2]:
            for value in values:
                with pytest.raises((TypeError, ValueError)) as caught:
                    client.with_options(**{option: value})
                assert option in str(caught.value)
    assert fake_byteful.count() == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.proxy_user_acls.create(proxy_user_id="scraper_bot_02"),
            "exactly one of service_id or proxy_id, not neither",
        ),
        (
            lambda c: c.proxy_user_acls.create(
                proxy_user_id="scraper_bot_02", service_id="API-1955-0003", proxy_id="p1"
            ),
            "exactly one of service_id or proxy_id, not service_id and proxy_id",
        ),
        (
            lambda c: c.proxies.list_options(),
            "exactly one of proxy_ids or search_filter, not neither",
        ),
        (
            lambda c: c.proxies.list_options(proxy_ids=["a"], search_filter={"country_id": "us"}),
            "exactly one of proxy_ids or search_filter, not proxy_ids and search_filter",
        ),
        (
            lambda c: c.checkout.quote(quantity=1),
            "needs product_code or product_type",
        ),
    ],
)
async def test_the_documented_groups_of_body_fields_are_checked_before_sending(
    fake_byteful: FakeByteful, call: Any, message: str
) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        with pytest.raises(TypeError, match=message):
            await call(client)
    assert fake_byteful.requests == []
