"""Shared test helpers."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import os
import signal
import sys
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import settings
from hypothesis import strategies as st

from byteful_async import (
    AsyncByteful,
    AsyncPaginator,
    Catalog,
    ChangeResult,
    Checkout,
    CheckoutRequest,
    City,
    CreditTopUp,
    Customer,
    MobileLedger,
    Product,
    Proxy,
    ProxyListOption,
    ProxyUser,
    Quote,
    ResidentialLedger,
    ResidentialSummary,
    RetryPolicy,
    ServiceAdjustment,
    ZipCode,
)
from byteful_async._basics._types import without_none
from byteful_async._calls._endpoint import Endpoint
from byteful_async._policies._limiter import SAFETY_MARGIN
from byteful_async.models import EXACTLY_ONE_OF, ONE_OR_MORE_OF
from byteful_async.resources import OPERATIONS
from byteful_async.testing import FakeByteful
from byteful_async.testing._server import RecordedRequest

from .servers import postgres_server, redis_server

# The fixtures users get: fake_byteful (a started FakeByteful) and byteful_client.
# tests.secret_watch looks for private keys and every Secret's value (passwords too) in
# everything the suite shows (test_secrets.py).
pytest_plugins = ["byteful_async.testing.pytest_plugin", "tests.secret_watch"]

#: Retries that wait milliseconds, not seconds, so retry tests stay fast.
FAST_RETRIES = RetryPolicy(backoff_base=0.005, backoff_max=0.02, rate_limit_floor=0.01)


def assert_spaced(times: list[float], began: float, rate: float) -> None:
    """Assert that the ``k``-th of ``times`` came at least ``k`` intervals after ``began``.

    ``times`` are moments recorded after each grant (a start, an arrival at the server);
    ``began`` is a moment before the first grant. Each recording comes no sooner than its
    grant, and the grants are an interval apart (the rate less the limiter's margin), so
    however late a busy machine records any of them, this holds, and it fails when more
    starts were let through than the rate allows.
    """
    interval = 1.0 / (rate * (1.0 - SAFETY_MARGIN))
    for k, moment in enumerate(sorted(times)):
        assert moment >= began + k * interval - 0.005, (k, moment - began, k * interval)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free port, for this test session (installed by make test)."""
    with redis_server() as (url, _):
        yield url


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A real PostgreSQL on a free port, for this test session (installed by make test)."""
    with postgres_server() as url:
        yield url


async def killed_at(fake: FakeByteful, script: str, db: str, *, path: str, nth: int) -> None:
    """Run ``script`` (a sync into ``db`` against ``fake``) and SIGKILL it at the ``nth``
    request whose path ends with ``path``, as that request is about to be answered."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", script, fake.url, fake.public_key, fake.private_key, db
    )
    seen = itertools.count(1)

    def kill(request: RecordedRequest) -> None:
        if request.path.endswith(path) and next(seen) == nth:
            os.kill(process.pid, signal.SIGKILL)

    fake.before_answer = kill
    try:
        assert await process.wait() == -signal.SIGKILL
    finally:
        fake.before_answer = None


_databases = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A new, empty mirror database of each kind: a SQLite file, and a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mirror.db'}"
        return
    import asyncpg

    server: str = request.getfixturevalue("postgres")
    name = f"mirror_{os.getpid()}_{next(_databases)}"
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    yield server.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
async def client(fake_byteful: FakeByteful) -> AsyncIterator[AsyncByteful]:
    """A client of the fake server with no client-side limit and millisecond retries."""
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        yield client


# The same examples on every run and every machine: the suite must be deterministic.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

EXAMPLES = Path(__file__).parent / "examples"


def example(name: str) -> Any:
    """A documented example body from tests/examples/, parsed."""
    return json.loads((EXAMPLES / f"{name}.json").read_text())


def example_names() -> list[str]:
    return sorted(p.stem for p in EXAMPLES.glob("*.json"))


# Where each documented body keeps its object, and the type it decodes to.
BODIES: dict[str, tuple[Any, bool]] = {
    "catalog": (Catalog, True),
    "checkout_create_paid": (Checkout, True),
    "checkout_create_unpaid": (Checkout, True),
    "checkout_request": (CheckoutRequest, False),
    "credit_top_up": (CreditTopUp, True),
    "customer_object": (Customer, True),
    "customer_reference": (Customer, True),
    "mobile_ledger_retrieve": (MobileLedger, True),
    "mobile_ledger_search": (list[MobileLedger], True),
    "product_search": (list[Product], True),
    "quote_reference": (Quote, True),
    "quote_seed": (Quote, True),
    "residential_ledger_retrieve": (ResidentialLedger, True),
    "residential_summary": (ResidentialSummary, True),
    "service_adjustment_search": (list[ServiceAdjustment], True),
    "proxy_object": (Proxy, False),
    "proxy_list_options": (list[ProxyListOption], True),
    "proxy_user_create": (ProxyUser, True),
    "proxy_user_edit": (ChangeResult, False),
    "proxy_user_acl_create": (dict[str, Any], False),
    "service_cancel": (ChangeResult, False),
    "city_search": (list[City], True),
    "zip_code_search": (list[ZipCode], True),
}

LEDGER_ROW: dict[str, Any] = example("residential_ledger_retrieve")["data"]
"""The documented residential ledger entry: the base row most converter tests vary."""

# Any JSON value, nested a little: what a broken or changed API might send.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)

#: Every operation in the manifest, by name (``residential_ledger.search``...), sorted.
ENDPOINTS: dict[str, Endpoint[Any]] = {
    op.name: op for op in sorted(OPERATIONS, key=lambda e: e.name)
}

#: The searches, by name, with their filters TypedDict.
SEARCH_FILTERS: dict[str, type] = {
    name: endpoint.filters for name, endpoint in ENDPOINTS.items() if endpoint.filters
}


def method_of(client: AsyncByteful, endpoint: Endpoint[Any]) -> Callable[..., Any]:
    """The client's method for ``endpoint`` (``client.services.retrieve``...)."""
    method: Callable[..., Any] = getattr(getattr(client, endpoint.resource), endpoint.method_name)
    return method


def search_method(client: AsyncByteful, name: str) -> Callable[..., AsyncPaginator[Any]]:
    """The client's method for the search called ``name`` (``services.search``...)."""
    return method_of(client, ENDPOINTS[name])


def least_body(endpoint: Endpoint[Any]) -> dict[str, Any]:
    """The fewest body fields a call of ``endpoint`` needs (an edit changes one flag)."""
    if endpoint.body is None:
        return {}
    hints = typing.get_type_hints(endpoint.body)
    fields = attrs.fields(endpoint.body)
    sample = {int: 1, str: "isp_us", list[str]: ["isp_us"]}
    needed = [f.name for f in fields if f.default is attrs.NOTHING]
    # One field of each group the body must name one of (an ACL's service or proxy).
    groups = EXACTLY_ONE_OF.get(endpoint.body.__name__, ()) + ONE_OR_MORE_OF.get(
        endpoint.body.__name__, ()
    )
    needed += [group[0] for group in groups]
    body: dict[str, Any] = {
        name: sample.get(without_none(hints[name]), "isp_us") for name in needed
    }
    if len(body) < endpoint.body_min_fields:
        flag = next(f.name for f in fields if hints[f.name] in (bool, bool | None))
        body[flag] = True
    return body


#: A valid value for an argument of each type, for calls whose point lies elsewhere.
_SAMPLES: dict[Any, Any] = {str: "API-1955-0001", int: 1_000, list[str]: ["API-1955-0001"]}


def sample_call(client: AsyncByteful, endpoint: Endpoint[Any], **arguments: Any) -> Any:
    """Call ``endpoint``'s method with sample positional values, its least body and ``arguments``.

    The positional parameters (ids, ``top_up``'s amount) are read from the method's own
    signature, so hand-written methods work too.
    """
    method = method_of(client, endpoint)
    hints = typing.get_type_hints(method)
    parameters = inspect.signature(method).parameters.values()
    named = [
        p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty
    ]
    positional = [
        arguments.pop(name) if name in arguments else _SAMPLES[hints[name]] for name in named
    ]
    takes_fields = any(p.kind is p.VAR_KEYWORD for p in parameters)
    body = least_body(endpoint) if takes_fields and endpoint.filters is None else {}
    # A body field the method takes positionally (list_by_id's ids) goes there, not twice.
    body = {name: value for name, value in body.items() if name not in named}
    return method(*positional, **{**body, **arguments})


def _id_call(endpoint: Endpoint[Any]) -> Callable[[AsyncByteful, Any], Awaitable[object]]:
    def call(client: AsyncByteful, ident: Any) -> Awaitable[object]:
        result: Awaitable[object] = method_of(client, endpoint)(ident, **least_body(endpoint))
        return result

    return call


#: Methods that put a text id in the path: name -> (the id's argument name, a call with an id).
ID_METHODS: dict[str, tuple[str, Callable[[AsyncByteful, Any], Awaitable[object]]]] = {
    name: (endpoint.ids[0][0], _id_call(endpoint))
    for name, endpoint in ENDPOINTS.items()
    if len(endpoint.ids) == 1 and endpoint.ids[0][1] is str
}


@pytest.fixture(autouse=True)
def _wide_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's tables are 132 wide unless a test says otherwise (a runner may set COLUMNS)."""
    monkeypatch.delenv("COLUMNS", raising=False)
