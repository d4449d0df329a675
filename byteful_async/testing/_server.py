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
import itertools
import random
import socket
import time
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, date, datetime, timedelta
from email.utils import formatdate
from typing import TYPE_CHECKING, Any, Final

import orjson
from aiohttp import web

from byteful_async.testing._account import Account
from byteful_async.testing._answers import error_answer, hang_up, json_answer, misbehave
from byteful_async.testing._data import Row, stable_uuid
from byteful_async.testing._faults import (
    AFTER_PROCESSING,
    FaultKind,
    FaultRates,
    Injected,
    RecordedRequest,
)
from byteful_async.testing._logs import PER_HOUR
from byteful_async.testing._problems import Problem, bad, not_found
from byteful_async.testing._routes import match
from byteful_async.testing._stand_in import ProxiedRequest, StandInProxies

if TYPE_CHECKING:
    from byteful_async import AsyncByteful, Byteful

DEFAULT_PUBLIC_KEY: Final = "pk_test_fake_1955"
DEFAULT_PRIVATE_KEY: Final = "sk_test_fake_d2f8c1b7e04a"
PREFIX: Final = "/1.0/public/user"


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
        end_date: The last day in the ledgers (default: today, UTC).
        credit_balance: The account's starting credit, in cents.
        host: Address to bind; port 0 picks a free port.
        port: See ``host``.
        live: Seconds between ticks of a moving account (today's usage grows, bytes left
            shrink, a proxy user's bytes used grow; see ``Account.tick``); None keeps the
            account still. ``ticked`` is set
            after each tick.
        accounts: How many accounts the server holds, each with its own data (seeded from
            ``seed`` and its number) and its own rate window. The first uses ``public_key``
            and ``private_key``; account ``n`` uses them with ``_n`` appended (``keys``).
        pools: The data pools the accounts have: ``residential`` and ``mobile`` by default.
            Without one, its summary answers 404, its ledger is empty and the customer has
            no active service of that kind.
        serve_proxies: Also serve the account's proxies and the residential and mobile
            gateways on loopback ports (plain HTTP), checking proxy credentials and access
            rules, so requests sent through them get an answer; the proxy rows and generated
            lines name those addresses. ``proxied`` records what they saw. Proxies bought
            after the start are not served.
        logs_per_hour: Request logs an hour over the last 7 days (2 by default; above 3,600
            several share a second).

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
        end_date: date | None = None,
        credit_balance: int = 250_00,
        host: str = "127.0.0.1",
        port: int = 0,
        live: float | None = None,
        serve_proxies: bool = False,
        accounts: int = 1,
        pools: Collection[str] = ("residential", "mobile"),
        logs_per_hour: int = PER_HOUR,
    ) -> None:
        self.public_key = public_key
        self.private_key = private_key
        self.rate_limit = rate_limit
        self.retry_after = retry_after
        self.latency = latency
        if live is not None and not live > 0:
            raise ValueError(f"live must be seconds between ticks (above 0) or None, not {live}")
        self.live = live
        self.ticked = asyncio.Event()
        """Set after each tick of a live account (clear it to wait for the next)."""
        self._clock: asyncio.Task[None] | None = None
        self.faults = faults or FaultRates()
        self.host = host
        self.port = port
        self.requests: list[RecordedRequest] = []
        """Every request received, in arrival order."""
        self._clock_offset = 0.0
        self.date_lie = 0.0
        """Seconds added to the ``Date`` header only: a header that lies about the clock."""
        self.ignored_filters: set[str] = set()
        """Query parameters the fake drops before answering, as a server that ignores a
        filter would (``min_service_creation_datetime``, say)."""
        self.before_answer: Callable[[RecordedRequest], object] | None = None
        """Called with each request about to be answered (after latency, faults and the
        rate limit): a test can change the account at an exact point of a run."""
        self._seed = seed
        self._rng = random.Random(seed)
        self._injected: list[Injected] = []
        kept = frozenset(pools)
        if not kept <= {"residential", "mobile"} or isinstance(pools, str):
            raise ValueError(f"pools takes 'residential' and 'mobile', not {pools!r}")
        if (
            isinstance(logs_per_hour, bool)
            or not isinstance(logs_per_hour, int)
            or logs_per_hour < 1
        ):
            raise ValueError(f"logs_per_hour must be an int of 1 or more, not {logs_per_hour!r}")
        if isinstance(accounts, bool) or not isinstance(accounts, int) or accounts < 1:
            raise ValueError(f"accounts must be 1 or more, not {accounts!r}")
        self.keys: list[tuple[str, str]] = [(public_key, private_key)] + [
            (f"{public_key}_{n}", f"{private_key}_{n}") for n in range(2, accounts + 1)
        ]
        """Each account's (public key, private key), the first account first."""
        self._numbers = {public: n for n, (public, _) in enumerate(self.keys, start=1)}
        self._windows: list[collections.deque[float]] = [
            collections.deque() for _ in range(accounts)
        ]
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._request_counter = 0
        self.accounts: list[Account] = [
            Account(
                seed=seed + n,
                residential_rows=residential_rows,
                mobile_rows=mobile_rows,
                end_date=end_date or datetime.now(UTC).date(),
                credit=credit_balance,
                count_total=count_total,
                pools=kept,
                logs_per_hour=logs_per_hour,
            )
            for n in range(accounts)
        ]
        """Every account, the first (``account``) first."""
        self.account = self.accounts[0]
        """The first account's data; the properties below are views of it."""
        self._stand_ins: StandInProxies | None = None
        if serve_proxies:
            self._stand_ins = StandInProxies(
                self.account.proxies, lambda: self.account.proxy_users, lambda: self.account.acls
            )

    # -- the account, for tests ----------------------------------------------------------------

    @property
    def residential(self) -> Any:
        """The residential ledger (a ``LedgerTable``)."""
        return self.account.residential

    @property
    def mobile(self) -> Any:
        """The mobile ledger (a ``LedgerTable``)."""
        return self.account.mobile

    @property
    def customer(self) -> Row:
        """The customer row (``credit_balance`` moves with purchases)."""
        return self.account.customer

    @property
    def services(self) -> list[Row]:
        """The service rows, newest last."""
        return self.account.services

    @property
    def purchases(self) -> list[Row]:
        """Every checkout/create the server carried out (the body it was sent)."""
        return self.account.purchases

    @property
    def count_total(self) -> bool:
        """Whether searches count their rows (False: ``total_count: -1``)."""
        return self.account.count_total

    @count_total.setter
    def count_total(self, value: bool) -> None:
        self.account.count_total = value

    def warm(self) -> None:
        """Build every account's ledger rows, logs and search indexes now, not at the first search.

        A 20,000-row ledger takes a few hundred milliseconds of CPU to index; done while
        serving, that stall holds back the requests arriving meanwhile, and the server then
        sees them bunched (and may count them over its own limit). Demos and benchmarks warm
        the server before they start the clock.
        """
        for account, kind in itertools.product(self.accounts, ("residential", "mobile")):
            account.handle(
                f"{kind}_ledger.search",
                {f"min_{kind}_ledger_period_date": "1970-01-01", "per_page": "1"},
                None,
                None,
            )
        for account in self.accounts:
            account.handle("logs.search", {"per_page": "1"}, None, None)

    @property
    def proxied(self) -> list[ProxiedRequest]:
        """What the stand-in proxies answered (``serve_proxies=True``), in arrival order."""
        if self._stand_ins is None:
            raise RuntimeError("the proxies are served only with FakeByteful(serve_proxies=True)")
        return self._stand_ins.requests

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The API root to give a client as ``base_url`` (``http://127.0.0.1:PORT/1.0``)."""
        if self._runner is None:
            raise RuntimeError("FakeByteful is not started; use `async with FakeByteful()`")
        return f"http://{self.host}:{self.port}/1.0"

    def client(self, account: int = 1, **options: Any) -> AsyncByteful:
        """An :class:`~byteful_async.AsyncByteful` of this server, with ``account``'s keys."""
        from byteful_async import AsyncByteful

        return AsyncByteful(**self._client_options(account, options))

    def sync_client(self, account: int = 1, **options: Any) -> Byteful:
        """A sync :class:`~byteful_async.Byteful` of this server, with ``account``'s keys.

        The sync client blocks its caller while it waits, so serve the fake from a thread of
        its own (``with FakeThread(FakeByteful()) as server:``) when the caller is the
        thread whose loop runs the server.
        """
        from byteful_async import Byteful

        return Byteful(**self._client_options(account, options))

    def _client_options(self, account: int, options: dict[str, Any]) -> dict[str, Any]:
        """``options`` with ``account``'s keys and this server's URL where not given."""
        if not 1 <= account <= len(self.keys):
            raise ValueError(f"account must be 1 to {len(self.keys)}, not {account!r}")
        public, private = self.keys[account - 1]
        return {"public_key": public, "private_key": private, "base_url": self.url, **options}

    async def start(self) -> None:
        """Bind and start serving."""
        app = web.Application(client_max_size=1024**2)
        app.router.add_get("/_fake/stats", self._stats)
        app.on_response_prepare.append(self._date_header)
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
        if self._stand_ins is not None:
            await self._stand_ins.start()
            for kind, port in self._stand_ins.gateways.items():
                self.account.gateways[kind] = (self._stand_ins.host, port)
        if self.live is not None:
            self._clock = asyncio.ensure_future(self._run_clock(self.live))

    @property
    def clock_offset(self) -> float:
        """Seconds the API's clock runs ahead of this machine's (negative: behind).

        It moves every time the fake writes (a new service's creation time, say) and its
        ``Date`` header alike, as an API whose clock differs from the caller's would.
        """
        return self._clock_offset

    @clock_offset.setter
    def clock_offset(self, seconds: float) -> None:
        self._clock_offset = float(seconds)
        for account in self.accounts:
            account.offset = timedelta(seconds=seconds)

    async def _date_header(self, request: web.Request, response: web.StreamResponse) -> None:
        shift = self._clock_offset + self.date_lie
        if shift:
            response.headers["Date"] = formatdate(time.time() + shift, usegmt=True)

    async def _run_clock(self, every: float) -> None:
        while not self._closing.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), every)
            if not self._closing.is_set():
                self.account.tick()
                self.ticked.set()

    async def close(self) -> None:
        """Stop serving; held (stalled or slow) requests are released first."""
        self._closing.set()
        if self._clock is not None:
            await self._clock
        if self._runner is not None:
            await self._runner.cleanup()
        if self._stand_ins is not None:
            await self._stand_ins.close()

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
            self._injected.append(Injected(kind, method, path, query=query))

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
        self._injected.append(Injected("canned", method, path, canned, query))

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

    def _take_fault(self, method: str, path: str, query: Mapping[str, str]) -> Injected | None:
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

    def _random_fault(self, kind: str) -> Injected:
        if kind == "5xx":
            return Injected(self._rng.choice(("500", "502", "503")), None, None)
        if kind == "429":
            body = {"error": "Too Many Requests", "message": "Rate limit exceeded."}
            if self._rng.random() < 0.5:
                headers = {"Retry-After": f"{self.faults.retry_after:g}"}
                return Injected("429 Retry-After", None, None, canned=(429, body, headers))
            return Injected("429", None, None, canned=(429, body, {}))
        return Injected(kind, None, None)

    def _over_limit(self, now: float, number: int = 1) -> bool:
        if self.rate_limit is None:
            return False
        window = self._windows[number - 1]
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
            number = self._numbers.get(request.headers.get("X-API-Public-Key", ""), 0)
            if not number or request.headers.get("X-API-Private-Key") != self.keys[number - 1][1]:
                raise Problem(401, "Unauthorized", "API key authentication is required.")
            record.account = number
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
                raise Problem(int(fault), "Internal Server Error", "Something went wrong.")
            if fault == "429" or self._over_limit(arrived, number):
                raise Problem(
                    429, "Too Many Requests", "Rate limit exceeded. Please try again in 1 seconds."
                )
            if fault == "drop":
                return hang_up(request)
            if fault == "stall":
                await self._hold(60.0)
            await self._hold(self.latency)
            if self.before_answer is not None:
                self.before_answer(record)
            account = self.accounts[number - 1]
            status, payload = self._route(request.method, path, request.query, body, account)
            record.status = status
        except Problem as problem:
            record.status = problem.status
            return error_answer(problem, request_id, self.retry_after)
        if fault in AFTER_PROCESSING:
            return await misbehave(fault, request, (status, payload), request_id, self._hold)
        return json_answer(status, payload, request_id)

    # -- the API -----------------------------------------------------------------------------

    def _route(
        self, method: str, path: str, query: Mapping[str, str], body: bytes, account: Account
    ) -> tuple[int, Any]:
        if self.ignored_filters:
            query = {k: v for k, v in query.items() if k not in self.ignored_filters}
        matched = match(method, path)
        if matched is None:
            raise not_found("resource")
        name, ids = matched
        ident = next(iter(ids.values()), None)
        json_body: Any = None
        if body:
            try:
                json_body = orjson.loads(body)
            except orjson.JSONDecodeError:
                raise bad("The request body is not valid JSON.") from None
        return account.handle(name, query, ident, json_body)
