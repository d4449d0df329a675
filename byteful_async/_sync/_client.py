"""``Byteful``: the sync client, for scripts, notebooks and code that does not await.

It holds an :class:`~byteful_async.AsyncByteful` (its "twin", made with the same options)
and a :class:`LoopThread`; every call runs the twin's coroutine on that thread's loop and
waits for it. So both clients share one request core: the same checks, retries, rate
limit, errors and models.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any

import aiohttp

from byteful_async._basics._secret import Secret
from byteful_async._bots._watch import Snapshot
from byteful_async._client import AsyncByteful, RawResponses
from byteful_async._policies._guard import PurchaseGuard
from byteful_async._policies._limiter import RateLimiter
from byteful_async._policies._retry import RetryPolicy
from byteful_async._sending._options import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
)
from byteful_async._sending._response import APIResponse
from byteful_async._sending._stats import RequestEvent, RequestStats, ResponseEvent, RetryEvent
from byteful_async._sending._transport import DEFAULT_MAX_RESPONSE_BYTES, Timeout
from byteful_async._sync._attributes import SyncResourceAttributes
from byteful_async._sync._paginator import SyncPaginator, bridge
from byteful_async._sync._runner import LoopThread
from byteful_async.resources import RESOURCE_NAMES, Resource


class _Owner:
    """Held by a client and its ``with_options`` copies: when the last goes, so does the loop."""


def _forgotten(runner: LoopThread, twin: AsyncByteful) -> None:
    """A client that was never closed: say so, and stop its thread."""
    if runner.started and not runner.closed:
        warnings.warn(
            "Byteful was not closed; use `with Byteful() as client:` or `client.close()`",
            ResourceWarning,
            stacklevel=2,
        )
        runner.close_soon(twin.close)


class Byteful(SyncResourceAttributes):
    """The sync client of the Byteful Public User API: ``AsyncByteful`` without ``await``.

    ::

        with Byteful() as client:                  # keys from BYTEFUL_PUBLIC_KEY/PRIVATE_KEY
            me = client.customer.retrieve()
            rows = client.residential_ledger.search(per_page=100).collect(concurrency=8)
            for row in client.mobile_ledger.search():
                ...

    The options, resources, methods, arguments, return types and errors are those of
    :class:`~byteful_async.AsyncByteful` (see there). Calls run on one private event loop
    in a background thread, started by the first call and stopped by :meth:`close` (or
    the end of a ``with`` block): it works where a loop is already running (a Jupyter
    cell, sync code called from async code). Threads may share one client: one rate
    limiter, one connection pool. ``on_page`` callbacks run in the calling thread; the
    request hooks (``on_request``...) run on the loop's thread, so they must not call
    this client (use :attr:`async_client` there).

    Raises:
        BytefulError: a key is missing or malformed (nothing is sent to find that out).
        ValueError: an option is out of range, or ``base_url`` is not a plain https:// URL.

    """

    _twin: AsyncByteful

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
        # Into its holder first: no plain copy stays in this frame for a traceback to show.
        secret = Secret(private_key) if isinstance(private_key, str) else private_key
        private_key = None
        twin = AsyncByteful(
            public_key,
            secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            max_concurrency=max_concurrency,
            rate_limiter=rate_limiter,
            session=session,
            retry_policy=retry_policy,
            max_response_bytes=max_response_bytes,
            proxy=proxy,
            trust_env=trust_env,
            allow_insecure_http=allow_insecure_http,
            on_request=on_request,
            on_response=on_response,
            on_retry=on_retry,
            purchase_guard=purchase_guard,
            redis_processes=redis_processes,
        )
        self._adopt(twin, LoopThread(), _Owner())
        weakref.finalize(self._owner, _forgotten, self._runner, twin)

    def _adopt(self, twin: AsyncByteful, runner: LoopThread, owner: _Owner) -> None:
        self._twin = twin
        self._runner = runner
        self._owner = owner

    # -- configuration -----------------------------------------------------------------------

    @property
    def public_key(self) -> str:
        """The account's public key."""
        return self._twin.public_key

    @property
    def base_url(self) -> str:
        """The API root every path is appended to, without a trailing slash."""
        return self._twin.base_url

    @property
    def timeout(self) -> aiohttp.ClientTimeout:
        """The per-attempt timeout."""
        return self._twin.timeout

    @property
    def max_retries(self) -> int:
        """How many times a retryable failure is resent."""
        return self._twin.max_retries

    @property
    def stats(self) -> RequestStats:
        """What this client (and its ``with_options`` copies) sent: requests, 429s, retries."""
        return self._twin.stats

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The limiter this client's requests wait on (None when limiting is off)."""
        return self._twin.rate_limiter

    @property
    def async_client(self) -> AsyncByteful:
        """The async client this one runs (for use inside its own hooks, say)."""
        return self._twin

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Byteful:
        """A copy with other timeouts or retries, sharing this client's thread, session and limiter.

        Closing either closes what they share.
        """
        twin = self._twin.with_options(
            timeout=timeout, max_retries=max_retries, retry_policy=retry_policy
        )
        clone = type(self).__new__(type(self))
        clone._adopt(twin, self._runner, self._owner)
        return clone

    def __repr__(self) -> str:
        return f"Byteful(public_key={self.public_key!r}, base_url={self.base_url!r})"

    def redact(self, text: str) -> str:
        """``text`` with this client's private key masked (for your own logs and messages)."""
        return self._twin.redact(text)

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the HTTP session (if the client made it) and stop the loop's thread."""
        self._runner.close(self._twin.close)

    def __enter__(self) -> Byteful:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- beyond the resources ----------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: Any = None,
        cast_to: Any = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """Call an endpoint the SDK does not wrap yet (see ``AsyncByteful.request``)."""
        return self._runner.call(
            self._twin.request(
                method, path, params=params, json=json, cast_to=cast_to, timeout=timeout
            )
        )

    def watch(
        self,
        *,
        interval: float = 60.0,
        thresholds: Mapping[str, float] | None = None,
        limit_share: float | None = None,
    ) -> Iterator[Snapshot]:
        """Snapshots of the account every ``interval`` seconds, with alerts.

        ::

            for snap in client.watch(interval=300, thresholds={"credit_balance": 10_00}):
                for alert in snap.alerts:
                    print(f"{alert.field} is {alert.value}, below {alert.threshold}")

        See ``AsyncByteful.watch``. Break out of the loop to stop.
        """
        watch = self._twin.watch(interval=interval, thresholds=thresholds, limit_share=limit_share)
        return bridge(self._runner, aiter(watch), prefetch=False)

    @property
    def with_raw_response(self) -> SyncRawResponses:
        """Get status, headers and request id along with the result of any call.

        ::

            raw = client.with_raw_response.customer.retrieve()
            raw.status_code, raw.request_id, raw.headers["Content-Type"], raw.parsed
        """
        return SyncRawResponses(self)


class SyncRawResponses:
    """See :attr:`Byteful.with_raw_response`."""

    def __init__(self, client: Byteful) -> None:
        self._client = client

    def __getattr__(self, name: str) -> _SyncRawResource:
        twin = self._client.async_client
        resource = getattr(twin, name, None)
        if not isinstance(resource, Resource) or name not in RESOURCE_NAMES:
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        return _SyncRawResource(self._client, resource)


class _SyncRawResource:
    def __init__(self, client: Byteful, resource: Resource) -> None:
        self._client = client
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        method = getattr(self._resource, name)
        raw = RawResponses(self._client.async_client)
        runner = self._client._runner

        def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            return runner.call(raw(method(*args, **kwargs)))

        return call


__all__ = ["Byteful", "SyncPaginator", "SyncRawResponses"]
