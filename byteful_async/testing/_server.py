"""FakeByteful: an aiohttp.web server that speaks the documented Byteful Public User API.

It answers every endpoint the SDK wraps with the documented envelopes and error bodies,
checks both key headers, enforces the per-account rate limit with a sliding one-second
window, pages and filters like the API (operator prefixes, ``sort_by``, ``total_count`` or
-1), and can be told to misbehave: latency, 5xx, dropped connections, cut-off or non-JSON
bodies, failures after a purchase was already recorded.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copy
import functools
import random
import re
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final, Literal
from urllib.parse import unquote

import attrs
import orjson
from aiohttp import web

from byteful_async.resources import OPERATIONS
from byteful_async.testing._data import (
    CATALOG,
    CUSTOMER_ID,
    DEFAULT_END_DATE,
    LedgerTable,
    Row,
    now_stamp,
    price_quote,
    product_rows,
    stable_uuid,
)

DEFAULT_PUBLIC_KEY: Final = "pk_test_fake_1955"
DEFAULT_PRIVATE_KEY: Final = "sk_test_fake_d2f8c1b7e04a"
PREFIX: Final = "/1.0/public/user"

FaultKind = Literal[
    "500",
    "502",
    "503",
    "429",
    "drop",
    "truncate",
    "bad_json",
    "wrong_shape",
    "stall",
    "500_after",
    "drop_after",
    "stall_after",
]
"""What an injected fault does.

Before the request is processed: ``500``/``502``/``503``/``429`` answer that status,
``drop`` closes the connection, ``stall`` holds the request past any sane client timeout.
After it is processed (a purchase is recorded first): ``500_after``, ``drop_after``,
``stall_after``; and for any request, ``truncate`` (the body is cut off mid-way),
``bad_json`` (an HTML page with status 200), ``wrong_shape`` (JSON without ``data``).
"""


def _route_table() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path pattern, operation) for each distinct route of the manifest.

    Two operations on one route (``checkout.create`` and ``checkout.top_up``) are one route,
    served by the first.
    """
    table: list[tuple[str, re.Pattern[str], str]] = []
    seen: set[tuple[str, str]] = set()
    for op in OPERATIONS:
        if (op.method, op.path) in seen:
            continue
        seen.add((op.method, op.path))
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
        table.append((op.method, re.compile(pattern), op.name))
    return table


def _match(method: str, path: str) -> tuple[str, dict[str, str]] | None:
    """The operation ``method path`` calls, with its ids decoded; None for no operation."""
    for route_method, pattern, name in _ROUTES:
        found = pattern.fullmatch(path)
        if found is not None and route_method == method:
            return name, {key: unquote(value) for key, value in found.groupdict().items()}
    return None


_AFTER: Final = {"500_after", "drop_after", "stall_after", "truncate", "bad_json", "wrong_shape"}
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_ROUTES: Final = _route_table()
_DATETIME: Final = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_OPERATORS: Final = ("not_", "min_", "max_", "like_")
_UNPAID: Final = "Successfully created checkout. Please complete payment at the invoice URL."
_PAID: Final = (
    "Successfully created checkout and paid with credit. Your service will be provisioned shortly."
)


@attrs.define
class RecordedRequest:
    """One request as the fake server saw it (recorded on arrival, status set when answered)."""

    method: str
    path: str
    """Below the API root, e.g. ``/public/user/customer/retrieve``."""
    query: Mapping[str, str]
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)
    status: int | None
    """None while the request is still being handled."""
    fault: str | None
    """The injected fault (a :data:`FaultKind`; a random 429 with the header is
    ``"429 Retry-After"``), or None."""
    at: float
    """``time.monotonic()`` when it arrived."""
    request_id: str | None = None
    """The request id the answer carries (None for canned answers, which carry none)."""


@attrs.frozen(kw_only=True)
class FaultRates:
    """Random faults, each a probability per request (drawn from the server's seeded RNG)."""

    server_error: float = 0.0
    """Answer 500, 502 or 503 (picked at random)."""
    drop: float = 0.0
    """Close the connection without an answer."""
    rate_limit: float = 0.0
    """Answer 429 although the limit was not reached. Half of these (at random) carry a
    ``Retry-After`` header of :attr:`retry_after` seconds; the rest name no wait at all, so
    the client falls back on its own backoff."""
    truncate: float = 0.0
    """Cut the body off half-way."""
    retry_after: float = 0.05
    """Seconds in the ``Retry-After`` header of a random 429."""


@attrs.define
class _Injected:
    kind: str
    method: str | None
    path: str | None
    canned: tuple[int, Any, Mapping[str, str]] | None = None
    query: Mapping[str, str] | None = None

    def matches(self, method: str, path: str, query: Mapping[str, str]) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or self.path in path)
            and (self.query is None or all(query.get(k) == v for k, v in self.query.items()))
        )


class _Problem(Exception):
    """An error answer in the documented shape."""

    def __init__(self, status: int, error: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.extra = extra


def _bad(message: str) -> _Problem:
    return _Problem(400, "Bad Request", message)


def _not_found(what: str) -> _Problem:
    return _Problem(404, "Not Found", f"The requested {what} could not be found.")


class FakeByteful:
    """A local Byteful API for tests and demos.

    ::

        async with FakeByteful(residential_rows=2_000) as server:
            async with server.client() as client:
                rows = await client.residential_ledger.search().collect()
            assert server.count(path="/residential_ledger/search") == 20

    Args:
        residential_rows: Size of the residential ledger.
        mobile_rows: Size of the mobile ledger.
        seed: Makes every id and number; the same seed gives the same account.
        public_key: The key pair the server accepts (anything else gets 401).
        private_key: See ``public_key``.
        rate_limit: Requests per second per account (sliding one-second window); None: no limit.
        retry_after: Seconds to put in a ``Retry-After`` header on 429s; None: no header.
        latency: Seconds each answer is held back.
        count_total: When False, searches answer ``total_count: -1`` like the API does for
            searches too large to count.
        faults: Random fault rates.
        end_date: The last day in the ledgers.
        credit_balance: The account's starting credit, in cents.
        host: Address to bind; port 0 picks a free port.
        port: See ``host``.

    """

    def __init__(
        self,
        *,
        residential_rows: int = 250,
        mobile_rows: int = 120,
        seed: int = 1955,
        public_key: str = DEFAULT_PUBLIC_KEY,
        private_key: str = DEFAULT_PRIVATE_KEY,
        rate_limit: float | None = 10.0,
        retry_after: float | None = None,
        latency: float = 0.0,
        count_total: bool = True,
        faults: FaultRates | None = None,
        end_date: date = DEFAULT_END_DATE,
        credit_balance: int = 250_00,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.public_key = public_key
        self.private_key = private_key
        self.rate_limit = rate_limit
        self.retry_after = retry_after
        self.latency = latency
        self.count_total = count_total
        self.faults = faults or FaultRates()
        self.host = host
        self.port = port
        self.requests: list[RecordedRequest] = []
        """Every request received, in arrival order."""
        self.purchases: list[Row] = []
        """Every checkout/create the server carried out (the body it was sent)."""
        self._seed = seed
        self._rng = random.Random(seed)
        self._injected: list[_Injected] = []
        self._window: collections.deque[float] = collections.deque()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._request_counter = 0
        self._build_account(seed, residential_rows, mobile_rows, end_date, credit_balance)

    # -- data --------------------------------------------------------------------------------

    def _build_account(
        self, seed: int, residential_rows: int, mobile_rows: int, end_date: date, credit: int
    ) -> None:
        created = datetime.combine(end_date - timedelta(days=400), datetime.min.time())
        self.residential = LedgerTable(
            "residential",
            residential_rows,
            seed=seed,
            end_date=end_date,
            service_id="API-1955-0001",
        )
        self.mobile = LedgerTable(
            "mobile", mobile_rows, seed=seed, end_date=end_date, service_id="API-1955-0002"
        )
        self.customer: Row = {
            "customer_id": CUSTOMER_ID,
            "customer_email_address": "steve@example.com",
            "customer_first_name": "Steve",
            "customer_last_name": "Jobs",
            "credit_balance": credit,
            "customer_proxy_user_limit": 10,
            "proxy_count": 5,
            "active_residential_service_id": "API-1955-0001",
            "active_mobile_service_id": "API-1955-0002",
            "customer_creation_datetime": created.strftime("%Y-%m-%d %H:%M:%S"),
        }
        self.products = product_rows(seed, created)
        self.services: list[Row] = [
            self._service_row("API-1955-0001", "residential", "residential_global", 1, created),
            self._service_row("API-1955-0002", "mobile", "mobile_global", 1, created),
            self._service_row("API-1955-0003", "isp", "isp_us", 5, created),
        ]
        self.adjustments: list[Row] = []
        for n, service in enumerate(self.services):
            stamp = service["service_creation_datetime"]
            self.adjustments.append(
                {
                    "service_adjustment_id": 200 + n,
                    "service_id": service["service_id"],
                    "invoice_id": f"in_{stable_uuid(seed, 'invoice', n)[:18]}",
                    "service_adjustment_type": "ingestion",
                    "service_adjustment_status": "complete",
                    "service_adjustment_pre": {},
                    "service_adjustment_post": {"service_status": "active"},
                    "service_adjustment_eval": {"service_status": [None, "active"]},
                    "service_adjustment_is_administrator": False,
                    "service_adjustment_is_automatic": True,
                    "service_adjustment_is_customer": True,
                    "service_adjustment_creation_datetime": stamp,
                    "service_adjustment_last_update_datetime": stamp,
                }
            )

    def _service_row(
        self, service_id: str, kind: str, code: str, quantity: int, created: datetime
    ) -> Row:
        entry, cents = CATALOG[code]
        stamp = created.strftime("%Y-%m-%d %H:%M:%S")
        expiry = (created + timedelta(days=430)).strftime("%Y-%m-%d %H:%M:%S")
        return {
            "service_id": service_id,
            "service_name": entry["product_name"],
            "service_type": kind,
            "service_protocol": entry["product_protocol"],
            "service_quantity": quantity,
            "service_status": "active",
            "service_cycle": "1:month",
            "service_total": cents * quantity,
            "service_creation_datetime": stamp,
            "service_last_update_datetime": stamp,
            "service_dispatch_datetime": stamp,
            "service_expiry_datetime": expiry,
            "service_is_automatic_collection": True,
            "service_is_pending_cancellation": False,
            "service_is_cancellable": True,
            "service_metadata": {},
            "service_fulfillment_filter": {},
            "service_image": None,
            "service_price_id": f"price_{code}",
            "service_promotional_code": None,
            "service_subscription_id": f"sub_{service_id}",
            "payment_method_id": None,
            "product_id": f"prod_{code}",
            "country_id": entry["country_id"],
            "customer_id": CUSTOMER_ID,
        }

    def _proxies_of(self, service: Row) -> list[Row]:
        if service["service_type"] not in ("isp", "datacenter"):
            return []
        return [
            {
                "proxy_id": stable_uuid(self._seed, "proxy", service["service_id"], n),
                "service_id": service["service_id"],
                "customer_id": CUSTOMER_ID,
                "proxy_ip_address": f"192.0.2.{10 + n}",
                "proxy_http_port": 8080,
                "proxy_socks5_port": 1080,
                "proxy_username": f"user{n}",
                "proxy_password": f"pw-{stable_uuid(self._seed, 'pw', n)[:8]}",
                "proxy_protocol": "ipv4",
                "proxy_status": "in_use",
                "proxy_type": service["service_type"],
                "country_id": service["country_id"],
            }
            for n in range(service["service_quantity"])
        ]

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The API root to give a client as ``base_url`` (``http://127.0.0.1:PORT/1.0``)."""
        if self._runner is None:
            raise RuntimeError("FakeByteful is not started; use `async with FakeByteful()`")
        return f"http://{self.host}:{self.port}/1.0"

    def client(self, **options: Any) -> Any:
        """An :class:`~byteful_async.AsyncByteful` pointed at this server with its keys."""
        from byteful_async import AsyncByteful

        options.setdefault("public_key", self.public_key)
        options.setdefault("private_key", self.private_key)
        options.setdefault("base_url", self.url)
        return AsyncByteful(**options)

    async def start(self) -> None:
        """Bind and start serving."""
        app = web.Application(client_max_size=1024**2)
        app.router.add_get("/_fake/stats", self._stats)
        # [\s\S]: a percent-encoded newline in an id must reach the handler (and its 404) too.
        app.router.add_route("*", r"/{tail:[\s\S]*}", self._handle)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        site = web.SockSite(self._runner, sock)
        await site.start()

    async def close(self) -> None:
        """Stop serving; held (stalled or slow) requests are released first."""
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeByteful:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- test controls -----------------------------------------------------------------------

    def inject(
        self,
        *kinds: FaultKind,
        path: str | None = None,
        method: str | None = None,
        query: Mapping[str, str] | None = None,
    ) -> None:
        """Make the next matching requests fail, one fault per request, in the order given.

        ``path`` matches when it occurs in the request path (``"/checkout/create"``);
        ``query`` when each of its parameters has that value (``{"page": "2"}``).
        """
        for kind in kinds:
            self._injected.append(_Injected(kind, method, path, query=query))

    def respond(
        self,
        status: int,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
        path: str | None = None,
        method: str | None = None,
        query: Mapping[str, str] | None = None,
    ) -> None:
        """Answer the next matching request with this status and body (JSON unless ``bytes``)."""
        canned = (status, body, headers or {})
        self._injected.append(_Injected("canned", method, path, canned, query))

    def count(
        self, *, path: str | None = None, method: str | None = None, status: int | None = None
    ) -> int:
        """How many recorded requests match (``path`` as a substring of the request path)."""
        return sum(
            1
            for r in self.requests
            if (path is None or path in r.path)
            and (method is None or r.method == method)
            and (status is None or r.status == status)
        )

    def stats(self) -> dict[str, int]:
        """Request counts: all, answered 429, answered 5xx, faults injected."""
        return {
            "requests": len(self.requests),
            "rate_limited": self.count(status=429),
            "server_errors": sum(1 for r in self.requests if (r.status or 0) >= 500),
            "faults": sum(1 for r in self.requests if r.fault),
        }

    # -- the HTTP side -----------------------------------------------------------------------

    async def _stats(self, request: web.Request) -> web.Response:
        # Outside /1.0 and unauthenticated: for benchmarks that run the server in another
        # process. Not part of the Byteful API.
        return web.json_response(self.stats())

    def _next_request_id(self) -> str:
        self._request_counter += 1
        return stable_uuid(self._seed, "request", self._request_counter)

    def _take_fault(self, method: str, path: str, query: Mapping[str, str]) -> _Injected | None:
        for injected in self._injected:
            if injected.matches(method, path, query):
                self._injected.remove(injected)
                return injected
        rates, draw = self.faults, self._rng.random()
        for kind, rate in (
            ("5xx", rates.server_error),
            ("drop", rates.drop),
            ("429", rates.rate_limit),
            ("truncate", rates.truncate),
        ):
            if draw < rate:
                return self._random_fault(kind)
            draw -= rate
        return None

    def _random_fault(self, kind: str) -> _Injected:
        if kind == "5xx":
            return _Injected(self._rng.choice(("500", "502", "503")), None, None)
        if kind == "429":
            body = {"error": "Too Many Requests", "message": "Rate limit exceeded."}
            if self._rng.random() < 0.5:
                headers = {"Retry-After": f"{self.faults.retry_after:g}"}
                return _Injected("429 Retry-After", None, None, canned=(429, body, headers))
            return _Injected("429", None, None, canned=(429, body, {}))
        return _Injected(kind, None, None)

    def _over_limit(self, now: float) -> bool:
        if self.rate_limit is None:
            return False
        window = self._window
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= self.rate_limit:
            return True
        window.append(now)
        return False

    async def _hold(self, seconds: float) -> None:
        if seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), seconds)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        arrived = time.monotonic()
        body = await request.read()
        raw_path = request.rel_url.raw_path
        path = raw_path[len("/1.0") :] if raw_path.startswith("/1.0/") else raw_path
        request_id = self._next_request_id()
        record = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            headers=dict(request.headers),
            body=body,
            status=None,
            fault=None,
            at=arrived,
            request_id=request_id,
        )
        self.requests.append(record)
        try:
            if (
                request.headers.get("X-API-Public-Key") != self.public_key
                or request.headers.get("X-API-Private-Key") != self.private_key
            ):
                raise _Problem(401, "Unauthorized", "API key authentication is required.")
            injected = self._take_fault(request.method, path, request.query)
            fault = record.fault = injected.kind if injected else None
            if injected is not None and injected.canned is not None:
                status, canned, headers = injected.canned
                record.status = status
                record.request_id = None
                data = canned if isinstance(canned, bytes) else orjson.dumps(canned)
                return web.Response(
                    status=status,
                    body=data,
                    headers={"Content-Type": "application/json", **headers},
                )
            if fault in ("500", "502", "503"):
                raise _Problem(int(fault), "Internal Server Error", "Something went wrong.")
            if fault == "429" or self._over_limit(arrived):
                raise _Problem(
                    429, "Too Many Requests", "Rate limit exceeded. Please try again in 1 seconds."
                )
            if fault == "drop":
                return self._drop(request)
            if fault == "stall":
                await self._hold(60.0)
            await self._hold(self.latency)
            status, payload = await self._route(request.method, path, request.query, body)
            record.status = status
        except _Problem as problem:
            record.status = problem.status
            return self._error(problem, request_id)
        if fault in _AFTER:
            return await self._misbehave(fault, request, status, payload, request_id)
        return self._json(status, payload, request_id)

    def _json(self, status: int, payload: Any, request_id: str) -> web.Response:
        return web.Response(
            status=status,
            body=orjson.dumps(payload),
            content_type="application/json",
            headers={"X-Request-Id": request_id},
        )

    def _error(self, problem: _Problem, request_id: str) -> web.Response:
        payload = {
            "error": problem.error,
            "message": problem.message,
            "api_request_id": request_id,
            **problem.extra,
        }
        response = self._json(problem.status, payload, request_id)
        if problem.status == 429 and self.retry_after is not None:
            response.headers["Retry-After"] = f"{self.retry_after:g}"
        return response

    def _drop(self, request: web.Request) -> web.Response:
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=500)

    async def _misbehave(
        self, fault: str, request: web.Request, status: int, payload: Any, request_id: str
    ) -> web.StreamResponse:
        if fault == "500_after":
            problem = _Problem(500, "Internal Server Error", "Something went wrong.")
            return self._error(problem, request_id)
        if fault == "drop_after":
            return self._drop(request)
        if fault == "stall_after":
            await self._hold(60.0)
            return self._json(status, payload, request_id)
        if fault == "bad_json":
            return web.Response(
                status=200,
                text="<html><body>502 Bad Gateway</body></html>",
                content_type="text/html",
            )
        if fault == "wrong_shape":
            return self._json(200, {"message": "ok", "items": []}, request_id)
        # truncate: promise the whole body, send half, hang up.
        data = orjson.dumps(payload)
        response = web.StreamResponse(status=status, headers={"X-Request-Id": request_id})
        response.content_type = "application/json"
        response.content_length = len(data)
        await response.prepare(request)
        await response.write(data[: len(data) // 2])
        if request.transport is not None:
            request.transport.close()
        return response

    # -- the API -----------------------------------------------------------------------------

    async def _route(
        self, method: str, path: str, query: Mapping[str, str], body: bytes
    ) -> tuple[int, Any]:
        matched = _match(method, path)
        if matched is None:
            raise _not_found("resource")
        name, ids = matched
        ident = next(iter(ids.values()), None)
        json_body: Any = None
        if body:
            try:
                json_body = orjson.loads(body)
            except orjson.JSONDecodeError:
                raise _bad("The request body is not valid JSON.") from None
        result = self._handlers[name](query, ident, json_body)
        if isinstance(result, Awaitable):
            result = await result
        return result  # type: ignore[no-any-return]

    @functools.cached_property
    def _handlers(self) -> dict[str, Callable[[Mapping[str, str], str | None, Any], Any]]:
        """What each operation does here, by its name in the manifest."""
        return {
            "customer.retrieve": lambda q, i, b: self._one(
                self.customer, "Customer successfully retrieved."
            ),
            "residential_ledger.retrieve": lambda q, i, b: self._ledger_one(
                self.residential, i, "Residential Ledger"
            ),
            "residential_ledger.search": lambda q, i, b: self._ledger_search(
                self.residential, q, "Residential Ledger search successful."
            ),
            "mobile_ledger.retrieve": lambda q, i, b: self._ledger_one(
                self.mobile, i, "Mobile Ledger"
            ),
            "mobile_ledger.search": lambda q, i, b: self._ledger_search(
                self.mobile, q, "Mobile Ledger search successful."
            ),
            "residential.summary": lambda q, i, b: self._summary(self.residential),
            "mobile.summary": lambda q, i, b: self._summary(self.mobile),
            "checkout.catalog": lambda q, i, b: self._one(
                {code: entry for code, (entry, _) in CATALOG.items()},
                "Checkout catalog successfully retrieved.",
            ),
            "checkout.quote": lambda q, i, b: self._quote(b),
            "checkout.create": lambda q, i, b: self._create(b),
            "products.search": lambda q, i, b: self._search(
                self.products, q, "Product search with stock succesfully completed."
            ),
            "services.retrieve": lambda q, i, b: self._service_one(i, q),
            "services.search": lambda q, i, b: self._service_search(q),
            "services.edit": lambda q, i, b: self._service_edit(i, b),
            "services.cancel": lambda q, i, b: self._service_cancel(i, b),
            "service_adjustments.retrieve": lambda q, i, b: self._adjustment_one(i),
            "service_adjustments.search": lambda q, i, b: self._search(
                self.adjustments, q, "Service Adjustment search successful."
            ),
        }

    @staticmethod
    def _one(data: Any, message: str) -> tuple[int, Any]:
        return 200, {"data": data, "message": message}

    def _ledger_one(self, table: LedgerTable, ident: str | None, label: str) -> tuple[int, Any]:
        row = table.find(ident or "")
        if row is None:
            raise _not_found(label.lower())
        return self._one(row, f"{label} successfully retrieved.")

    def _summary(self, table: LedgerTable) -> tuple[int, Any]:
        added, used, requests = table.total_bytes()
        k = table.kind
        service = next(s for s in self.services if s["service_id"] == table.service_id)
        data = {
            f"{k}_bytes": added,
            f"{k}_bytes_used": used,
            f"{k}_bytes_left": max(0, added - used),
            f"{k}_requests": requests,
            "service_expiry_datetime": service["service_expiry_datetime"],
            "service_id": table.service_id,
            "proxy_user_ids": ["default_user"],
        }
        return self._one(data, f"{k.capitalize()} summary successfully generated.")

    def _ledger_search(
        self, table: LedgerTable, query: Mapping[str, str], message: str
    ) -> tuple[int, Any]:
        if any(k not in ("page", "per_page") for k in query):
            # Filters and sorts need every row; a plain page is computed from its numbers.
            return self._search(table.rows(), query, message, fields=table.row(0))
        page, per_page = _paging(query)
        start = (page - 1) * per_page
        rows = table.slice(start, start + per_page)
        return self._page(rows, page, per_page, table.size, message)

    def _search(
        self,
        rows: list[Row],
        query: Mapping[str, str],
        message: str,
        *,
        fields: Row | None = None,
    ) -> tuple[int, Any]:
        page, per_page = _paging(query)
        sample = fields if fields is not None else (rows[0] if rows else {})
        matches = rows
        for key, raw in query.items():
            if key in ("page", "per_page", "sort_by"):
                continue
            matches = [row for row in matches if _matches(sample, key, raw, row)]
        sort_by = query.get("sort_by")
        shuffle = sort_by == "random"
        if sort_by and not shuffle:
            field, descending = sort_by, False
            if field.endswith(("_asc", "_desc")) and field not in sample:
                field, _, direction = field.rpartition("_")
                descending = direction == "desc"
            if field not in sample:
                raise _bad(f"Cannot sort by {sort_by!r}.")
            matches = sorted(
                matches,
                key=lambda r: (
                    r.get(field) is None,
                    r.get(field) if r.get(field) is not None else 0,
                ),
                reverse=descending,
            )
        start = (page - 1) * per_page
        chunk = [copy.copy(r) for r in matches[start : start + per_page]]
        if shuffle:
            self._rng.shuffle(chunk)
        return self._page(chunk, page, per_page, len(matches), message)

    def _page(
        self, rows: list[Row], page: int, per_page: int, total: int, message: str
    ) -> tuple[int, Any]:
        return 200, {
            "data": rows,
            "item_count": len(rows),
            "message": message,
            "page": page,
            "per_page": per_page,
            "total_count": total if self.count_total else -1,
        }

    def _checkout_body(self, body: Any) -> Row:
        if not isinstance(body, dict):
            raise _bad("The request body must be a JSON object.")
        if type(body.get("quantity")) is not int:
            raise _bad("The quantity field is required.")
        if body["quantity"] < 1:
            raise _Problem(422, "Unprocessable Entity", "The quantity must be at least 1.")
        return body

    def _quote(self, body: Any) -> tuple[int, Any]:
        quote, invalid = price_quote(self._checkout_body(body), self.customer["credit_balance"])
        if quote is None:
            raise _Problem(422, "Unprocessable Entity", invalid or "Invalid checkout.")
        return self._one(quote, "Quote generated successfully.")

    def _create(self, body: Any) -> tuple[int, Any]:
        body = self._checkout_body(body)
        quote, invalid = price_quote(body, self.customer["credit_balance"])
        if quote is None:
            raise _Problem(422, "Unprocessable Entity", invalid or "Invalid checkout.")
        self.purchases.append(body)
        if body.get("product_code") == "credit":
            data = {
                "invoice_is_paid": False,
                "invoice_url": f"https://invoice.example.invalid/{len(self.purchases)}",
                "credit_added": True,
            }
            return 201, {"data": data, "message": _UNPAID}
        code = body["product_code"]
        self.customer["credit_balance"] -= quote["customer_credit_balance_applied_amount"]
        service_id = f"API-1955-{len(self.services) + 1:04d}"
        kind = CATALOG[code][0]["product_type"]
        service = self._service_row(
            service_id, kind, code, body["quantity"], datetime.now(UTC).replace(tzinfo=None)
        )
        paid = quote["total_after_applied_credit"] == 0
        service["service_status"] = "awaiting_fulfillment" if paid else "overdue"
        self.services.append(service)
        data = {
            "created": [service_id],
            "service_id": service_id,
            "service": service,
            "invoice_is_paid": paid,
            "invoice_url": None if paid else f"https://invoice.example.invalid/{service_id}",
            "proxies": [],
            "proxy_edited": [],
            "residential_ledger_created": [],
            "mobile_ledger_created": [],
        }
        message = _PAID if paid else _UNPAID
        return 201, {"data": data, "message": message}

    def _find_service(self, ident: str | None) -> Row:
        for service in self.services:
            if service["service_id"] == ident:
                return service
        raise _not_found("service")

    def _service_one(self, ident: str | None, query: Mapping[str, str]) -> tuple[int, Any]:
        service = dict(self._find_service(ident))
        flag = query.get("proxies")
        if flag not in (None, "true", "false"):
            raise _bad("The proxies field must be true or false.")
        if flag == "true":
            service["proxies"] = self._proxies_of(service)
        return self._one(service, "Service successfully retrieved.")

    def _service_search(self, query: Mapping[str, str]) -> tuple[int, Any]:
        flag = query.get("proxies")
        if flag not in (None, "true", "false"):
            raise _bad("The proxies field must be true or false.")
        rest = {k: v for k, v in query.items() if k != "proxies"}
        status, payload = self._search(self.services, rest, "Service search successful.")
        if flag == "true":
            for service in payload["data"]:
                service["proxies"] = self._proxies_of(service)
        return status, payload

    def _service_edit(self, ident: str | None, body: Any) -> tuple[int, Any]:
        service = self._find_service(ident)
        allowed = {
            "service_is_automatic_collection",
            "service_is_pending_cancellation",
            "payment_method_id",
            "service_metadata",
            "cancel_comment",
            "cancel_feedback",
        }
        if not isinstance(body, dict) or not body:
            raise _bad("Nothing to edit.")
        unknown = set(body) - allowed
        if unknown:
            raise _bad(f"Unknown field {sorted(unknown)[0]}.")
        meta = body.get("service_metadata")
        if meta is not None and (not isinstance(meta, dict) or len(meta) > 30):
            raise _Problem(
                422,
                "Unprocessable Entity",
                "service_metadata must be a flat object of at most 30 keys.",
            )
        service.update(
            {k: v for k, v in body.items() if k in allowed and not k.startswith("cancel_")}
        )
        service["service_last_update_datetime"] = now_stamp()
        return 200, {"edited": [service["service_id"]], "message": "Service successfully edited."}

    def _service_cancel(self, ident: str | None, body: Any) -> tuple[int, Any]:
        service = self._find_service(ident)
        if service["service_status"] == "canceled":
            raise _Problem(409, "Conflict", "The service is already canceled.")
        service["service_status"] = "canceled"
        # As documented: the service under "edited", its proxies under "proxy_edited".
        return 200, {
            "edited": [service["service_id"]],
            "proxy_edited": [p["proxy_id"] for p in self._proxies_of(service)],
            "message": "Service successfully canceled.",
        }

    def _adjustment_one(self, ident: str | None) -> tuple[int, Any]:
        for row in self.adjustments:
            if str(row["service_adjustment_id"]) == ident:
                return self._one(row, "Service Adjustment successfully retrieved.")
        raise _not_found("service adjustment")


def _paging(query: Mapping[str, str]) -> tuple[int, int]:
    def number(name: str, default: int, high: int | None) -> int:
        raw = query.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or int(raw) < 1 or (high is not None and int(raw) > high):
            bound = f" and {high}" if high else ""
            raise _bad(f"The {name} field must be an integer between 1{bound}.")
        return int(raw)

    return number("page", 1, None), number("per_page", 100, 100)


def _metadata_matches(field: str, key: str, raw: str, row: Row) -> bool:
    """A dotted metadata filter (``service_metadata.min_score=3``) against one row."""
    operator = next((o for o in (*_OPERATORS, "exists_") if key.startswith(o)), "")
    name = key[len(operator) :]
    stored = (row.get(field) or {}).get(name)
    if operator == "exists_":
        if raw not in ("true", "false", "1", "0"):
            raise _bad(f"The {field}.{key} filter must be true or false.")
        return (stored is not None) == (raw in ("true", "1"))
    if stored is None:
        return operator == "not_"
    if isinstance(stored, bool):
        value: Any = raw == "true"
    elif isinstance(stored, int | float):
        try:
            value = float(raw)
        except ValueError:
            raise _bad(f"The {field}.{key} filter must be a number.") from None
    else:
        value = raw
    return _compare(operator, stored, value)


def _compare(operator: str, actual: Any, value: Any) -> bool:
    if operator == "not_":
        return bool(actual != value)
    if actual is None:
        return False
    if operator == "min_":
        return bool(actual >= value)
    if operator == "max_":
        return bool(actual <= value)
    if operator == "like_":
        # Case-insensitive "contains", with % standing for any run of characters.
        pattern = ".*".join(re.escape(part) for part in str(value).split("%"))
        return re.search(pattern, str(actual), re.IGNORECASE | re.DOTALL) is not None
    return bool(actual == value)


def _matches(sample: Row, key: str, raw: str, row: Row) -> bool:
    operator, field = "", key
    head, dot, rest = key.partition(".")
    if dot and isinstance(sample.get(head), dict):
        return _metadata_matches(head, rest, raw, row)
    if key not in sample:
        for prefix in _OPERATORS:
            if key.startswith(prefix) and key[len(prefix) :] in sample:
                operator, field = prefix, key[len(prefix) :]
                break
        else:
            raise _bad(f"Unknown search parameter {key!r}.")
    value = _parse_filter(sample[field], field, raw, key)
    return _compare(operator, row.get(field), value)


def _parse_filter(example: Any, field: str, raw: str, key: str) -> Any:
    if isinstance(example, bool):
        if raw not in ("true", "false"):
            raise _bad(f"The {key} field must be true or false.")
        return raw == "true"
    if isinstance(example, int):
        try:
            return int(raw)
        except ValueError:
            raise _bad(f"The {key} field must be an integer.") from None
    if field.endswith("_date") and not _DATE.fullmatch(raw):
        raise _bad(f"The {key} field must be a date (YYYY-MM-DD).")
    if field.endswith("_datetime") and not _DATETIME.fullmatch(raw):
        raise _bad(f"The {key} field must be a datetime (YYYY-MM-DD HH:MM:SS).")
    return raw
