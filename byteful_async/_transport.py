"""The request core: every call of every resource is sent by :meth:`Transport.send`.

One attempt is: take a concurrency slot, take a rate-limit slot, send, read the whole body.
Around it runs the retry loop of ``_retry``. What comes back is the final answer's bytes and
metadata; turning them into models is the caller's business (``_endpoint``).
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote, urlencode

import aiohttp
import attrs
import orjson
import yarl

from byteful_async._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    status_error_class,
)
from byteful_async._limiter import RateLimiter
from byteful_async._logging import logger as log
from byteful_async._response import APIResponse, captured
from byteful_async._retry import (
    RetryPolicy,
    nothing_was_sent,
    requested_wait,
    status_is_retryable,
)

Timeout = float | aiohttp.ClientTimeout
"""Seconds for one attempt (send to last byte), or an ``aiohttp.ClientTimeout``."""

_REQUEST_ID_HEADERS: Final = ("X-Request-Id", "X-Api-Request-Id", "Api-Request-Id")


@attrs.frozen(kw_only=True)
class Request:
    """One request, fully checked and encoded, ready for the retry loop.

    Attributes:
        method: HTTP method.
        path: Path below the base URL, percent-encoded, starting with ``/``.
        query: Encoded query parameters.
        body: JSON body, or None.
        retry_safe: True when resending cannot change anything (reads); False for writes,
            which are resent only when the API surely did not act on them.
        unsafe_hint: Added to the error when a write failed in a way that may have left it
            processed (what to check before trying again).

    """

    method: str
    path: str
    query: Mapping[str, str] = attrs.field(factory=dict)
    body: Any = None
    retry_safe: bool = True
    unsafe_hint: str | None = None

    @property
    def target(self) -> str:
        """Path and query, as sent: what an error message names."""
        if not self.query:
            return self.path
        return f"{self.path}?{urlencode(self.query, safe='', quote_via=quote)}"


class HTTPSession:
    """The aiohttp session and concurrency cap shared by a client and its ``with_options`` copies.

    The session is made on first use, inside the running loop. A session passed in by the
    user is theirs: it is used, never closed.
    """

    def __init__(self, session: aiohttp.ClientSession | None, max_concurrency: int | None) -> None:
        self._session = session
        self.owned = session is None
        self._closed = False
        self._max_concurrency = max_concurrency
        self._slots: asyncio.Semaphore | None = None

    def get(self) -> aiohttp.ClientSession:
        """The session, made now if this is the first request."""
        if self._closed:
            raise RuntimeError("this AsyncByteful client is closed; make a new one")
        if self._session is None:
            limit = self._max_concurrency or 100
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=limit), json_serialize=_json_text
            )
        return self._session

    def slots(self) -> asyncio.Semaphore | None:
        """The concurrency cap (None when uncapped), made on first use."""
        if self._max_concurrency is None:
            return None
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max_concurrency)
        return self._slots

    @property
    def is_open(self) -> bool:
        """True while we own a session that is not closed yet."""
        return self.owned and self._session is not None and not self._session.closed

    async def close(self) -> None:
        """Close the session if it is ours; later requests raise."""
        self._closed = True
        if self.owned and self._session is not None and not self._session.closed:
            await self._session.close()

    def __del__(self) -> None:
        if self.is_open:
            warnings.warn(
                "AsyncByteful was not closed; use `async with AsyncByteful()` or "
                "`await client.close()`",
                ResourceWarning,
                stacklevel=2,
            )


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def _request_id(headers: Mapping[str, str], body: object) -> str | None:
    if isinstance(body, dict):
        found = body.get("api_request_id") or body.get("error_id")
        if isinstance(found, str):
            return found
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


@attrs.frozen(kw_only=True)
class Transport:
    """Sends requests: headers, timeouts, rate limit, concurrency cap, retries, logging.

    Immutable; ``AsyncByteful.with_options`` makes a changed copy sharing ``http`` and
    ``limiter``.
    """

    base_url: str
    headers: Mapping[str, str] = attrs.field(repr=False)
    http: HTTPSession = attrs.field(repr=False)
    limiter: RateLimiter | None
    timeout: aiohttp.ClientTimeout
    max_retries: int
    retry_policy: RetryPolicy

    def url_of(self, request: Request) -> yarl.URL:
        """The full URL of ``request``, its already-encoded path left exactly as it is."""
        return yarl.URL(self.base_url + request.target, encoded=True)

    async def send(self, request: Request, *, timeout: Timeout | None = None) -> APIResponse[None]:
        """Send ``request`` until it succeeds or may not be retried again.

        Returns the final 2xx answer. Raises the mapped :class:`APIStatusError` subclass for
        an error status, :class:`APIConnectionError` / :class:`APITimeoutError` when no answer
        came.
        """
        url = self.url_of(request)
        attempt_timeout = _client_timeout(timeout) if timeout is not None else self.timeout
        body = orjson.dumps(request.body) if request.body is not None else None
        headers = self.headers
        if body is not None:
            headers = {**headers, "Content-Type": "application/json"}
        retries = 0
        while True:
            outcome = await self._attempt(request, url, headers, body, attempt_timeout)
            if isinstance(outcome, APIResponse):
                answer = attrs.evolve(outcome, retries=retries) if retries else outcome
                sink = captured.get()
                if sink is not None:
                    sink.append(answer)
                return answer
            error, wait = self._judge(request, outcome, retries)
            if wait is None:
                raise error
            retries += 1
            log.info(
                "%s %s: %s; retry %d of %d in %.2f s",
                request.method,
                request.path,
                _describe(error),
                retries,
                self.max_retries,
                wait,
                # For handlers that count retries (the CLI's progress bar does).
                extra={
                    "byteful_retry": retries,
                    "byteful_status": getattr(error, "status_code", None),
                    "byteful_wait": wait,
                },
            )
            if isinstance(error, RateLimitError) and self.limiter is not None:
                # The bucket holds every task of this account, this one included.
                await self.limiter.pause(wait)
            else:
                await asyncio.sleep(wait)

    async def _attempt(
        self,
        request: Request,
        url: yarl.URL,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: aiohttp.ClientTimeout,
    ) -> APIResponse[None] | BytefulFailure:
        slots = self.http.slots()
        if slots is not None:
            await slots.acquire()
        try:
            if self.limiter is not None:
                await self.limiter.acquire()
            session = self.http.get()
            started = time.monotonic()
            try:
                async with session.request(
                    request.method, url, data=body, headers=headers, timeout=timeout
                ) as response:
                    content = await response.read()
                    status = response.status
                    response_headers = response.headers
            except (aiohttp.ClientError, TimeoutError) as exc:
                return BytefulFailure(exc=exc)
        finally:
            if slots is not None:
                slots.release()
        elapsed = time.monotonic() - started
        parsed_error: object = None
        if status >= 400:
            parsed_error = _loads_or_text(content)
        request_id = _request_id(response_headers, parsed_error)
        log.debug(
            "%s %s -> %d in %.1f ms (request id %s)",
            request.method,
            request.path,
            status,
            elapsed * 1000,
            request_id or "-",
        )
        if status >= 400:
            return BytefulFailure(
                error=_status_error(request, status, parsed_error, response_headers, request_id)
            )
        return APIResponse(
            method=request.method,
            url=str(url),
            status_code=status,
            headers=response_headers,
            request_id=request_id,
            elapsed=elapsed,
            retries=0,
            content=content,
            parsed=None,
        )

    def _judge(
        self, request: Request, failure: BytefulFailure, retries: int
    ) -> tuple[Exception, float | None]:
        """The error to raise if we stop now, and the wait before retrying (None: stop)."""
        can_retry = retries < self.max_retries
        policy = self.retry_policy
        if failure.exc is not None:
            exc = failure.exc
            unsent = nothing_was_sent(exc)
            error = _connection_error(request, exc, may_have_been_processed=not unsent)
            if can_retry and (request.retry_safe or unsent):
                return error, policy.backoff(retries)
            return error, None
        status_error = failure.error
        assert status_error is not None
        retryable = status_is_retryable(status_error.status_code, retry_safe=request.retry_safe)
        if not (can_retry and retryable):
            return status_error, None
        if isinstance(status_error, RateLimitError):
            wanted = status_error.retry_after
            if wanted is not None and wanted > policy.max_wait:
                status_error.message += (
                    f" The API asked for a wait of {wanted:g} s, longer than "
                    f"RetryPolicy.max_wait ({policy.max_wait:g} s), so it was not retried."
                )
                return status_error, None
            return status_error, policy.rate_limit_wait(retries, wanted)
        return status_error, policy.backoff(retries)


@attrs.frozen(kw_only=True)
class BytefulFailure:
    """An attempt that did not succeed: a transport exception or an error status."""

    exc: BaseException | None = None
    error: APIStatusError | None = None


def _client_timeout(timeout: Timeout) -> aiohttp.ClientTimeout:
    if isinstance(timeout, aiohttp.ClientTimeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be seconds or an aiohttp.ClientTimeout, not {timeout!r}")
    if not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    return aiohttp.ClientTimeout(total=float(timeout))


def _loads_or_text(content: bytes) -> object:
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return content.decode("utf-8", "replace")


def _status_error(
    request: Request,
    status: int,
    body: object,
    headers: Mapping[str, str],
    request_id: str | None,
) -> APIStatusError:
    fields = body if isinstance(body, dict) else {}
    error = fields.get("error") if isinstance(fields.get("error"), str) else None
    message = fields.get("message")
    if not isinstance(message, str):
        snippet = body.strip()[:200] if isinstance(body, str) else ""
        message = snippet or "the answer had no message"
    cls = status_error_class(status, body)
    if status >= 500 and not request.retry_safe:
        message += " " + _unsafe_note(request)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "error": error,
        "request_id": request_id,
        "body": body,
        "headers": headers,
        "method": request.method,
        "target": request.target,
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = requested_wait(headers, message)
    return cls(message, **kwargs)


def _unsafe_note(request: Request) -> str:
    return request.unsafe_hint or (
        f"The {request.method} may have been processed, so it was not retried."
    )


def _connection_error(
    request: Request, exc: BaseException, *, may_have_been_processed: bool
) -> APIConnectionError:
    timed_out = isinstance(exc, TimeoutError)
    what = "timed out" if timed_out else f"failed ({type(exc).__name__}: {exc})"
    message = f"{request.method} {request.target} {what}"
    if may_have_been_processed and not request.retry_safe:
        message += ". " + _unsafe_note(request)
    cls = APITimeoutError if timed_out else APIConnectionError
    return cls(
        message,
        method=request.method,
        path=request.path,
        may_have_been_processed=may_have_been_processed,
    )


def _describe(error: Exception) -> str:
    if isinstance(error, APIStatusError):
        rid = f" (request id {error.request_id})" if error.request_id else ""
        return f"{error.status_code}{rid}"
    return type(error).__name__
