"""``AsyncByteful``: configuration, the resources, and the bridge to the request core."""

from __future__ import annotations

import copy
import operator
import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Final, TypeVar

import aiohttp
import attrs

from byteful_async._endpoint import Endpoint, Envelope, decode, decode_page, json_object
from byteful_async._exceptions import BytefulError
from byteful_async._limiter import RateLimiter, shared_limiter
from byteful_async._logging import configure_from_env
from byteful_async._pagination import AsyncPaginator, Page
from byteful_async._params import format_query_value
from byteful_async._resources import (
    CheckoutResource,
    CustomerResource,
    MobileLedgerResource,
    MobileResource,
    ProductsResource,
    ResidentialLedgerResource,
    ResidentialResource,
    Resource,
    ServiceAdjustmentsResource,
    ServicesResource,
)
from byteful_async._response import APIResponse, captured
from byteful_async._retry import RetryPolicy
from byteful_async._transport import HTTPSession, Request, Timeout, Transport, _client_timeout
from byteful_async._version import __version__

T = TypeVar("T")

DEFAULT_BASE_URL: Final = "https://api.byteful.com/1.0"
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_RATE_LIMIT: Final = 10.0
DEFAULT_MAX_CONCURRENCY: Final = 32


def _key(name: str, given: str | None, env: str) -> str:
    value = given if given is not None else os.environ.get(env)
    if value is None:
        raise BytefulError(
            f"no {name}: pass {name}=... to AsyncByteful or set the {env} environment variable"
        )
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    value = value.strip()
    if not value:
        raise BytefulError(f"{name} is empty (check {env} or the {name}= argument)")
    if any(ch.isspace() or not ch.isprintable() for ch in value):
        raise BytefulError(f"{name} contains whitespace or control characters")
    return value


def _base_url(given: str | None) -> str:
    value = given if given is not None else os.environ.get("BYTEFUL_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ValueError(f"base_url must be an http:// or https:// URL, not {value!r}")
    return value.rstrip("/")


class AsyncByteful:
    """The async client of the Byteful Public User API.

    ::

        async with AsyncByteful() as client:       # keys from BYTEFUL_PUBLIC_KEY/PRIVATE_KEY
            me = await client.customer.retrieve()
            rows = await client.residential_ledger.search(per_page=100).collect(concurrency=8)

    Args:
        public_key: The account's public key (``X-API-Public-Key``); default
            ``BYTEFUL_PUBLIC_KEY``.
        private_key: The secret key (``X-API-Private-Key``); default ``BYTEFUL_PRIVATE_KEY``.
            It is sent in a header and appears nowhere else: not in reprs, logs or errors.
        base_url: Default ``BYTEFUL_BASE_URL`` or ``https://api.byteful.com/1.0``.
        timeout: Seconds per attempt (send to last byte), or an ``aiohttp.ClientTimeout``.
            Every method also takes ``timeout=`` for one call.
        max_retries: Resends after a retryable failure; 0 turns every retry off, 429 too.
        rate_limit: Requests per second for this account, shared by every client of the same
            key in the process; ``None`` turns client-side limiting off.
        max_concurrency: Requests in flight at once from this client (and its copies).
        rate_limiter: Your own :class:`RateLimiter` (one shared across processes, say);
            replaces the in-process one.
        session: Your ``aiohttp.ClientSession``; used, never closed by the client.
        retry_policy: Backoff timings (:class:`RetryPolicy`).

    Raises:
        BytefulError: a key is missing or malformed (nothing is sent to find that out).

    """

    customer: CustomerResource
    residential_ledger: ResidentialLedgerResource
    mobile_ledger: MobileLedgerResource
    residential: ResidentialResource
    mobile: MobileResource
    checkout: CheckoutResource
    products: ProductsResource
    services: ServicesResource
    service_adjustments: ServiceAdjustmentsResource

    def __init__(
        self,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
        rate_limiter: RateLimiter | None = None,
        session: aiohttp.ClientSession | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        configure_from_env()
        self.public_key = _key("public_key", public_key, "BYTEFUL_PUBLIC_KEY")
        secret = _key("private_key", private_key, "BYTEFUL_PRIVATE_KEY")
        _check_count("max_retries", max_retries, minimum=0)
        if max_concurrency is not None:
            _check_count("max_concurrency", max_concurrency, minimum=1)
        if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
            raise TypeError("rate_limiter must have async acquire() and pause(seconds) methods")
        if session is not None and not isinstance(session, aiohttp.ClientSession):
            raise TypeError(
                f"session must be an aiohttp.ClientSession, not {type(session).__name__}"
            )
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise TypeError(
                f"retry_policy must be a RetryPolicy, not {type(retry_policy).__name__}"
            )
        limiter = rate_limiter
        if limiter is None and rate_limit is not None:
            if isinstance(rate_limit, bool) or not isinstance(rate_limit, int | float):
                raise TypeError(
                    f"rate_limit must be requests per second or None, not {rate_limit!r}"
                )
            if not rate_limit > 0:
                raise ValueError(
                    f"rate_limit must be positive (or None to disable), not {rate_limit}"
                )
            limiter = shared_limiter(self.public_key, float(rate_limit))
        self._transport = Transport(
            base_url=_base_url(base_url),
            headers={
                "X-API-Public-Key": self.public_key,
                "X-API-Private-Key": secret,
                "User-Agent": f"byteful-async/{__version__}",
                "Accept": "application/json",
            },
            http=HTTPSession(session, max_concurrency),
            limiter=limiter,
            timeout=_client_timeout(timeout),
            max_retries=max_retries,
            retry_policy=retry_policy or RetryPolicy(),
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.customer = CustomerResource(self)
        self.residential_ledger = ResidentialLedgerResource(self)
        self.mobile_ledger = MobileLedgerResource(self)
        self.residential = ResidentialResource(self)
        self.mobile = MobileResource(self)
        self.checkout = CheckoutResource(self)
        self.products = ProductsResource(self)
        self.services = ServicesResource(self)
        self.service_adjustments = ServiceAdjustmentsResource(self)

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
            _check_count("max_retries", max_retries, minimum=0)
            changes["max_retries"] = max_retries
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        clone = copy.copy(self)
        clone._transport = attrs.evolve(self._transport, **changes)
        clone._bind_resources()
        return clone

    def __repr__(self) -> str:
        return f"AsyncByteful(public_key={self.public_key!r}, base_url={self.base_url!r})"

    # -- lifecycle ---------------------------------------------------------------------------

    async def close(self) -> None:
        """Close the HTTP session, if the client made it (a session you passed stays open)."""
        await self._transport.http.close()

    async def __aenter__(self) -> AsyncByteful:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- the bridge to the core --------------------------------------------------------------

    async def _call(
        self,
        endpoint: Endpoint[T],
        ids: tuple[str, ...],
        *,
        query: Mapping[str, str] | None = None,
        body: Any = None,
        timeout: Timeout | None = None,
    ) -> T:
        request = Request(
            method=endpoint.method,
            path=endpoint.path.format(*ids),
            query=query or {},
            body=body,
            retry_safe=endpoint.retry_safe,
            unsafe_hint=endpoint.unsafe_hint,
        )
        response = await self._transport.send(request, timeout=timeout)
        return decode(endpoint, response)

    def _paginate(self, endpoint: Endpoint[T], query: dict[str, str]) -> AsyncPaginator[T]:
        assert endpoint.envelope is Envelope.PAGE
        start = int(query.pop("page", "1"))
        transport = self._transport

        async def fetch(number: int) -> Page[T]:
            request = Request(
                method="GET", path=endpoint.path, query={**query, "page": str(number)}
            )
            response = await transport.send(request)
            return decode_page(endpoint, response, number=number, fetch=fetch)

        return AsyncPaginator(
            fetch,
            operation=endpoint.name,
            start=start,
            key=operator.attrgetter(endpoint.key) if endpoint.key else None,
            random_order=query.get("sort_by") == "random",
        )

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
            path: Below the base URL, e.g. ``/public/user/proxy/search``; sent as given.
            params: Query parameters, encoded like search filters (bools as ``true``...).
            json: The JSON body.
            cast_to: A model (or ``list[Model]``...) to decode ``data`` into; default: the
                whole body as plain JSON.
            timeout: For this call.

        """
        method = method.upper()
        if method not in ("GET", "POST", "PATCH", "DELETE", "PUT"):
            raise ValueError(f"request(): unsupported method {method!r}")
        if not path.startswith("/"):
            path = "/" + path
        query = {k: format_query_value(v) for k, v in (params or {}).items() if v is not None}
        request = Request(
            method=method, path=path, query=query, body=json, retry_safe=method == "GET"
        )
        response = await self._transport.send(request, timeout=timeout)
        if cast_to is None:
            return json_object(response)
        endpoint: Endpoint[Any] = Endpoint(
            name="request", method=method, path=path, returns=cast_to
        )
        return decode(endpoint, response)

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


def _check_count(name: str, value: object, *, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
