"""``AsyncByteful``: configuration, the resources, and the bridge to the request core."""

from __future__ import annotations

import copy
import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Final, TypeVar

import aiohttp
import attrs
import yarl

from byteful_async._basics._exceptions import BytefulError
from byteful_async._basics._logging import configure_from_env
from byteful_async._basics._secret import Credentials, Secret, shown_url
from byteful_async._bots._watch import AccountWatch
from byteful_async._calls._core import Core
from byteful_async._calls._endpoint import Endpoint, Envelope, decode, json_object
from byteful_async._calls._params import check_json, format_query_value
from byteful_async._policies._guard import PurchaseGuard
from byteful_async._policies._limiter import RateLimiter, shared_limiter
from byteful_async._policies._redis import is_redis_url
from byteful_async._policies._redis_limiter import RedisLimiter
from byteful_async._policies._retry import RetryPolicy
from byteful_async._sending import _telemetry as telemetry
from byteful_async._sending._http import HTTPSession
from byteful_async._sending._options import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    base_url_from,
    check_count,
    check_rate,
    is_loopback,
    key_from,
    proxy_url,
    request_path,
)
from byteful_async._sending._response import APIResponse, captured
from byteful_async._sending._stats import (
    Hooks,
    RequestEvent,
    RequestStats,
    ResponseEvent,
    RetryEvent,
)
from byteful_async._sending._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    Request,
    Timeout,
    Transport,
    _client_timeout,
)
from byteful_async._version import __version__
from byteful_async.resources import RESOURCE_NAMES, Resource, ResourceAttributes

T = TypeVar("T")


def _processes(given: int | None) -> int:
    """How many processes share the account's Redis limit: given, or from the environment."""
    if given is None:
        text = os.environ.get("BYTEFUL_REDIS_PROCESSES", "").strip()
        if not text:
            return 1
        if not text.isdigit() or int(text) < 1:
            raise ValueError(f"BYTEFUL_REDIS_PROCESSES must be a whole number from 1, not {text!r}")
        return int(text)
    check_count("redis_processes", given, minimum=1)
    return given


#: The optional objects a client takes: argument -> (its type, how an error names it).
_OBJECTS: Final = {
    "session": (aiohttp.ClientSession, "an aiohttp.ClientSession"),
    "purchase_guard": (PurchaseGuard, "a PurchaseGuard"),
    "retry_policy": (RetryPolicy, "a RetryPolicy"),
}


def _check_objects(**given: object) -> None:
    """Each optional object given is of its type (None takes the default)."""
    for name, value in given.items():
        kind, called = _OBJECTS[name]
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"{name} must be {called}, not {type(value).__name__}")


def _limiter_for(
    public_key: str,
    rate_limit: float | None,
    rate_limiter: RateLimiter | str | None,
    *,
    redis_processes: int | None,
    max_wait: float,
) -> tuple[RateLimiter | None, RedisLimiter | None]:
    """The limiter a client waits on, and the Redis limiter it made for it (to close), if any.

    A limiter given is used; a Redis URL (given, or ``BYTEFUL_REDIS_URL`` when limiting is
    on) makes a :class:`RedisLimiter`; otherwise the process-wide one of the account.
    """
    if rate_limiter is None and rate_limit is not None:
        rate_limiter = os.environ.get("BYTEFUL_REDIS_URL") or None
    owned: RedisLimiter | None = None
    if isinstance(rate_limiter, str):
        if not is_redis_url(rate_limiter):
            raise ValueError(
                "rate_limiter must be a RateLimiter or a redis:// URL, not "
                f"{shown_url(rate_limiter)!r}"
            )
        rate = check_rate(rate_limit) if rate_limit is not None else 10.0
        rate_limiter = owned = RedisLimiter(
            rate_limiter,
            public_key,
            rate,
            processes=_processes(redis_processes),
            max_wait=max_wait,
        )
    elif redis_processes is not None:
        raise ValueError("redis_processes goes with a Redis URL as rate_limiter")
    if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
        raise TypeError("rate_limiter must have async acquire() and pause(seconds) methods")
    if rate_limiter is None and rate_limit is not None:
        rate_limiter = shared_limiter(public_key, check_rate(rate_limit))
    return rate_limiter, owned


class AsyncByteful(ResourceAttributes):
    """The async client of the Byteful Public User API.

    ::

        async with AsyncByteful() as client:       # keys from BYTEFUL_PUBLIC_KEY/PRIVATE_KEY
            me = await client.customer.retrieve()
            rows = await client.residential_ledger.search(per_page=100).collect(concurrency=8)

    Args:
        public_key: The account's public key (``X-API-Public-Key``); default
            ``BYTEFUL_PUBLIC_KEY``.
        private_key: The secret key (``X-API-Private-Key``), as text or a :class:`Secret`;
            default ``BYTEFUL_PRIVATE_KEY``. It is kept in a :class:`Secret`, sent in a
            header and shown nowhere else: not in reprs, logs, errors or frame locals.
        base_url: Default ``BYTEFUL_BASE_URL`` or ``https://api.byteful.com/1.0``.
        timeout: Seconds per attempt (send to last byte), or an ``aiohttp.ClientTimeout``.
            Every method also takes ``timeout=`` for one call.
        max_retries: Resends after a retryable failure; 0 turns every retry off, 429 too.
        rate_limit: Requests per second for this account, shared by every client of the same
            key in the process; ``None`` turns client-side limiting off.
        max_concurrency: Requests in flight at once from this client (and its copies).
        rate_limiter: Your own :class:`RateLimiter`, or a Redis URL (``redis://host:6379/0``)
            for a :class:`RedisLimiter` shared by every process of the account; replaces the
            in-process one. Default: ``BYTEFUL_REDIS_URL`` when it is set.
        session: Your ``aiohttp.ClientSession``; used, never closed by the client. The
            client turns off aiohttp's silent resend of GET/PUT/DELETE on it.
        retry_policy: Backoff timings (:class:`RetryPolicy`).
        max_response_bytes: The largest answer read, counted after decompression (default
            32 MiB); a larger one raises :class:`ResponseDecodeError`.
        proxy: An HTTP proxy URL for every request (``http://user:pass@proxy:3128``).
        trust_env: Read ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY`` (and ``~/.netrc`` for
            proxy credentials) from the environment, as aiohttp does. Off by default; the
            ``byteful`` command turns it on. A base URL on this machine (localhost,
            127.0.0.0/8, ::1) never goes through a proxy from the environment.
        allow_insecure_http: Allow a plain ``http://`` base URL to a host other than this
            machine (the key would cross the network unencrypted).
        on_request: Called with a :class:`RequestEvent` as each attempt goes out.
        on_response: Called with a :class:`ResponseEvent` for each answer (any status).
        on_retry: Called with a :class:`RetryEvent` before each resend. Hooks run inline:
            keep them quick; an exception in one is logged, never raised into the call.
        purchase_guard: A :class:`PurchaseGuard` (spend cap, dry run) that
            ``checkout.create`` and ``checkout.top_up`` obey.
        redis_processes: With a Redis URL as ``rate_limiter``: how many processes share the
            account, so that while Redis is away this one keeps to its share of the rate.
            Default ``BYTEFUL_REDIS_PROCESSES``, else 1.

    Raises:
        BytefulError: a key is missing or malformed (nothing is sent to find that out).
        ValueError: an option is out of range, or ``base_url`` is not a plain https:// URL.

    """

    def __init__(
        self,
        public_key: str | None = None,
        private_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
        rate_limiter: RateLimiter | str | None = None,
        session: aiohttp.ClientSession | None = None,
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        trust_env: bool = False,
        allow_insecure_http: bool = False,
        on_request: Callable[[RequestEvent], object] | None = None,
        on_response: Callable[[ResponseEvent], object] | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        purchase_guard: PurchaseGuard | None = None,
        redis_processes: int | None = None,
    ) -> None:
        configure_from_env()
        if all(
            given is None and not os.environ.get(env)
            for given, env in (
                (public_key, "BYTEFUL_PUBLIC_KEY"),
                (private_key, "BYTEFUL_PRIVATE_KEY"),
            )
        ):
            raise BytefulError(
                "no keys: pass public_key=... and private_key=... to AsyncByteful or set "
                "the BYTEFUL_PUBLIC_KEY and BYTEFUL_PRIVATE_KEY environment variables"
            )
        # The private key first, into its holder; then no plain copy stays in this frame,
        # which a later argument error would show in its traceback.
        secret = Secret(key_from("private_key", private_key, "BYTEFUL_PRIVATE_KEY"))
        private_key = None
        self.public_key = key_from("public_key", public_key, "BYTEFUL_PUBLIC_KEY")
        credentials = Credentials(self.public_key, secret)
        check_count("max_retries", max_retries, minimum=0)
        check_count("max_response_bytes", max_response_bytes, minimum=1024)
        for name, flag in (("trust_env", trust_env), ("allow_insecure_http", allow_insecure_http)):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be a bool, not {type(flag).__name__}")
        if max_concurrency is not None:
            check_count("max_concurrency", max_concurrency, minimum=1)
        _check_objects(session=session, purchase_guard=purchase_guard, retry_policy=retry_policy)
        limiter, self._owned_limiter = _limiter_for(
            self.public_key,
            rate_limit,
            rate_limiter,
            redis_processes=redis_processes,
            max_wait=(retry_policy or RetryPolicy()).max_wait,
        )
        root = base_url_from(base_url, allow_insecure_http=allow_insecure_http)
        # A proxy from the environment is for reaching other hosts: this machine is never
        # sent through one, as if NO_PROXY always held localhost and 127.0.0.1.
        trust_env = trust_env and not is_loopback(yarl.URL(root).raw_host or "")
        self._core = Core(
            Transport(
                base_url=root,
                credentials=credentials,
                user_agent=f"byteful-async/{__version__}",
                http=HTTPSession(session, max_concurrency, trust_env=trust_env),
                limiter=limiter,
                timeout=_client_timeout(timeout),
                max_retries=max_retries,
                retry_policy=retry_policy or RetryPolicy(),
                max_response_bytes=max_response_bytes,
                proxy=proxy_url(proxy),
                hooks=Hooks(on_request, on_response, on_retry),
                telemetry=telemetry.load(),
            ),
            purchase_guard,
        )

    @property
    def _transport(self) -> Transport:
        return self._core.transport

    # -- configuration -----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API root every path is appended to, without a trailing slash."""
        return self._transport.base_url

    @property
    def timeout(self) -> aiohttp.ClientTimeout:
        """The per-attempt timeout."""
        return self._transport.timeout

    @property
    def max_retries(self) -> int:
        """How many times a retryable failure is resent."""
        return self._transport.max_retries

    @property
    def stats(self) -> RequestStats:
        """What this client (and its ``with_options`` copies) sent: requests, 429s, retries."""
        return self._transport.stats

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The limiter this client's requests wait on (None when limiting is off)."""
        return self._transport.limiter

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncByteful:
        """A copy with other timeouts or retries, sharing this client's session and limiter.

        Closing either closes the shared session.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = _client_timeout(timeout)
        if max_retries is not None:
            check_count("max_retries", max_retries, minimum=0)
            changes["max_retries"] = max_retries
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        clone = copy.copy(self)
        # The copy's resources are made afresh, over its own core.
        for name in RESOURCE_NAMES:
            clone.__dict__.pop(name, None)
        clone._core = Core(
            attrs.evolve(self._transport, **changes), self._core.guard, self._core.known_services
        )
        return clone

    def __repr__(self) -> str:
        return f"AsyncByteful(public_key={self.public_key!r}, base_url={self.base_url!r})"

    def redact(self, text: str) -> str:
        """``text`` with this client's private key masked (for your own logs and messages)."""
        return self._transport.secret.redact(text)

    # -- lifecycle ---------------------------------------------------------------------------

    async def close(self) -> None:
        """Close the HTTP session, if the client made it (a session you passed stays open)."""
        await self._transport.http.close()
        if self._owned_limiter is not None:
            await self._owned_limiter.close()

    async def __aenter__(self) -> AsyncByteful:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: Any = None,
        cast_to: Any = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """Call an endpoint the SDK does not wrap yet, through the same core.

        Args:
            method: ``GET``, ``POST``, ``PATCH`` or ``DELETE``. Only GET is retried after a
                failure that may have reached the API.
            path: Below the base URL, e.g. ``/public/user/proxy/search``. Characters a path
                cannot hold (spaces...) are percent-encoded; ``.``/``..`` segments, empty
                segments, ``?``, ``#`` and control characters are refused.
            params: Query parameters, encoded like search filters (bools as ``true``...).
            json: The JSON body.
            cast_to: A model (or ``list[Model]``...) to decode ``data`` into; default: the
                whole body as plain JSON.
            timeout: For this call.

        """
        if not isinstance(method, str):
            raise TypeError(f"request(): method must be a str, not {type(method).__name__}")
        method = method.upper()
        if method not in ("GET", "POST", "PATCH", "DELETE", "PUT"):
            raise ValueError(f"request(): unsupported method {method!r}")
        path = request_path(path)
        if params is not None and not isinstance(params, Mapping):
            raise TypeError(f"request(): params must be a mapping, not {type(params).__name__}")
        query = {k: format_query_value(v) for k, v in (params or {}).items() if v is not None}
        if json is not None:
            check_json("request()", "json", json)
        # Only a GET is known to change nothing; any other method is a write, never resent.
        retry_safe = method == "GET"
        request = Request(method=method, path=path, query=query, body=json, retry_safe=retry_safe)
        response = await self._transport.send(request, timeout=timeout)
        if cast_to is None:
            return self._core.decoded(request, lambda: json_object(response))
        endpoint: Endpoint[Any] = Endpoint(
            name="request",
            method=method,
            path=path,
            returns=cast_to,
            envelope=Envelope.DATA,
            retry_safe=retry_safe,
        )
        return self._core.decoded(request, lambda: decode(endpoint, response))

    def watch(
        self,
        *,
        interval: float = 60.0,
        thresholds: Mapping[str, float] | None = None,
        limit_share: float | None = None,
    ) -> AccountWatch:
        """Snapshots of the account every ``interval`` seconds, with alerts.

        ::

            floors = {"residential_bytes_left": 5 * 2**30}
            async for snap in client.watch(interval=300, thresholds=floors):
                for alert in snap.alerts:
                    print(f"{alert.field} is {alert.value}, below {alert.threshold}")

        Each :class:`Snapshot` has ``credit_balance``, ``residential_bytes_left``,
        ``mobile_bytes_left``, ``active_services``, ``residential_days_left`` and
        ``mobile_days_left`` (the pool over the last week's average daily use), and
        ``alerts``. ``thresholds`` maps any of those value names to a floor: an alert fires
        at the first snapshot below it, then again only after the value has recovered. A
        pool the account does not have reads as None. Break out of the loop, or cancel its
        task, to stop. Nothing is sent until the iteration starts.

        Per proxy user: ``thresholds`` may name ``proxy_user:NAME:residential_bytes_left``
        (or ``mobile_bytes_left``), a floor on what that user may still use of its own
        limit, and ``limit_share=0.9`` alerts each user that has used 90% of its limit
        (``proxy_user:NAME:residential_limit_used``). ``snap.proxy_users`` then holds the
        users; following them costs one more search a snapshot.

        Raises:
            ValueError, TypeError: a threshold names no value or is not a number.

        """
        return AccountWatch(
            self,
            interval=interval,
            thresholds=thresholds,
            limit_share=limit_share,
            retry_policy=self._transport.retry_policy,
        )

    @property
    def with_raw_response(self) -> RawResponses:
        """Get status, headers and request id along with the result of any call.

        ::

            raw = await client.with_raw_response(client.customer.retrieve())
            raw.status_code, raw.request_id, raw.headers["Content-Type"], raw.parsed

            raw = await client.with_raw_response.customer.retrieve()   # the same
        """
        return RawResponses(self)


class RawResponses:
    """See :attr:`AsyncByteful.with_raw_response`."""

    def __init__(self, client: AsyncByteful) -> None:
        self._client = client

    async def __call__(self, call: Awaitable[T]) -> APIResponse[T]:
        """Await ``call`` (a method call or a paginator) and return its last HTTP answer."""
        sink: list[APIResponse[None]] = []
        token = captured.set(sink)
        try:
            parsed = await call
        finally:
            captured.reset(token)
        if not sink:
            raise BytefulError("with_raw_response(): the awaited call sent no request")
        last = sink[-1]
        return APIResponse(
            method=last.method,
            url=last.url,
            status_code=last.status_code,
            headers=last.headers,
            request_id=last.request_id,
            elapsed=last.elapsed,
            retries=last.retries,
            content=last.content,
            parsed=parsed,
        )

    def __getattr__(self, name: str) -> _RawResource:
        resource = getattr(self._client, name)
        if not isinstance(resource, Resource):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        return _RawResource(self, resource)


class _RawResource:
    def __init__(self, raw: RawResponses, resource: object) -> None:
        self._raw = raw
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        method = getattr(self._resource, name)

        async def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            return await self._raw(method(*args, **kwargs))

        return call
