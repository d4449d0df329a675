"""The transport: every request the request core builds is sent by :meth:`Transport.send`.

One attempt is: take a concurrency slot, take a rate-limit slot, send, read the body (at
most ``max_response_bytes`` of it). Around it runs the retry loop of ``_retry``. What comes
back is the final answer's bytes and metadata; turning them into models is the caller's
business (``_endpoint``).

The server is not trusted here: redirects are never followed (the keys would go with them),
a body larger than the cap is refused while it is being read, and everything an error shows
(message, body, headers) has the private key masked, even when the server quoted it back.
"""

from __future__ import annotations

import asyncio
import functools
import math
import time
from collections.abc import Callable, Mapping
from typing import Any, Final
from urllib.parse import quote, urlencode

import aiohttp
import attrs
import orjson
import yarl
from multidict import CIMultiDict, CIMultiDictProxy

from byteful_async._basics._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BytefulError,
    RateLimitError,
    RedirectError,
    ResponseDecodeError,
    status_error_class,
)
from byteful_async._basics._logging import logger as log
from byteful_async._basics._secret import MASK, Credentials, Secret
from byteful_async._policies._limiter import RateLimiter
from byteful_async._policies._retry import (
    RetryPolicy,
    nothing_was_sent,
    requested_wait,
    status_is_retryable,
)
from byteful_async._sending._http import HTTPSession, SentAt, TooLarge, read_capped, sending
from byteful_async._sending._response import APIResponse, captured
from byteful_async._sending._stats import (
    Hooks,
    RequestEvent,
    RequestStats,
    ResponseEvent,
    RetryEvent,
)
from byteful_async._sending._telemetry import Attempt, Telemetry

Timeout = float | aiohttp.ClientTimeout
"""Seconds for one attempt (send to last byte), or an ``aiohttp.ClientTimeout``."""

_REQUEST_ID_HEADERS: Final = ("X-Request-Id", "X-Api-Request-Id", "Api-Request-Id")

#: The default ``max_response_bytes``: far above any documented answer (a 100-row page is
#: about 60 KiB), far below what would hurt a small container.
DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024


@attrs.frozen(kw_only=True)
class Request:
    """One request, fully checked and encoded, ready for the retry loop.

    Attributes:
        method: HTTP method.
        path: Path below the base URL, percent-encoded, starting with ``/``.
        body: JSON body, or None.
        headers: Extra headers for this request (never the auth headers, which come last).
        retry_safe: True when resending cannot change anything (reads); False for writes,
            which are resent only when the API surely did not act on them. No default: it
            comes from the endpoint's declaration.
        advice: What to check before repeating a write whose outcome is unknown; it becomes
            the error's ``advice``.

    """

    method: str
    path: str
    retry_safe: bool
    query: Mapping[str, str] | str = attrs.field(factory=dict)
    """Query parameters, or the query string already encoded (a search encodes its filters
    once, not for every page)."""
    body: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    advice: str | None = None
    operation: str = "request"
    """The operation's name for counters and hooks (``customer.retrieve``)."""

    @property
    def target(self) -> str:
        """Path and query, as sent: what an error message names."""
        query = self.query
        if not query:
            return self.path
        if isinstance(query, str):
            return f"{self.path}?{query}"
        return f"{self.path}?{encode_query(query)}"

    @property
    def uncertain_advice(self) -> str:
        """``advice``, or a general one for writes that declare none."""
        return self.advice or (
            f"the {self.method} may have been processed and was not sent again; check "
            "whether it took effect before repeating it"
        )


def encode_query(query: Mapping[str, str]) -> str:
    """``query`` as the text after ``?``: every reserved character percent-encoded."""
    return urlencode(query, safe="", quote_via=quote)


def _reveal(value: object) -> str:
    if isinstance(value, Secret):
        return value.reveal()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def encode_json(body: object) -> bytes:
    """A request body as JSON bytes, the secrets in it revealed (only for the wire)."""
    return orjson.dumps(body, default=_reveal)


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


_HEADERS: Final = {"Accept": "application/json"}
_JSON_HEADERS: Final = {**_HEADERS, "Content-Type": "application/json"}


@attrs.frozen(kw_only=True)
class Transport:
    """Sends requests: headers, timeouts, rate limit, concurrency cap, retries, logging.

    Immutable; ``AsyncByteful.with_options`` makes a changed copy sharing ``http`` and
    ``limiter``.
    """

    base_url: str
    credentials: Credentials
    user_agent: str
    http: HTTPSession = attrs.field(repr=False)
    limiter: RateLimiter | None
    timeout: aiohttp.ClientTimeout
    max_retries: int
    retry_policy: RetryPolicy
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # A proxy URL may carry its own password: held as a Secret, revealed only to aiohttp.
    proxy: Secret | None = attrs.field(default=None, repr=False)
    #: Shared by the copies ``with_options`` makes, like ``http``.
    stats: RequestStats = attrs.field(factory=RequestStats, repr=False)
    hooks: Hooks = attrs.field(factory=Hooks, repr=False)
    #: OpenTelemetry spans and metrics; None without ``opentelemetry-api`` (nothing costs).
    telemetry: Telemetry | None = attrs.field(default=None, repr=False)

    def _emit(
        self,
        hook: Callable[[Any], object] | None,
        kind: type[RequestEvent | ResponseEvent | RetryEvent],
        request: Request,
        attempt: int,
        **more: Any,
    ) -> None:
        """Call ``hook`` with a ``kind`` event for this attempt (nothing is built without one)."""
        if hook is None:
            return
        event = kind(
            operation=request.operation,
            method=request.method,
            path=request.path,
            attempt=attempt,
            **more,
        )
        try:
            hook(event)
        except Exception:
            log.exception("a %s hook raised; the request goes on", kind.__name__)

    @property
    def secret(self) -> Secret:
        """The private key's holder, for masking it in whatever the SDK shows."""
        return self.credentials.private_key

    def url_of(self, request: Request) -> yarl.URL:
        """The full URL of ``request``, its already-encoded path left exactly as it is."""
        return yarl.URL(self.base_url + request.target, encoded=True)

    async def send(self, request: Request, *, timeout: Timeout | None = None) -> APIResponse[None]:
        """Send ``request`` until it succeeds or may not be retried again.

        Returns the final 2xx answer. Raises the mapped :class:`APIStatusError` subclass for
        an error status (:class:`RedirectError` for a 3xx), :class:`APIConnectionError` /
        :class:`APITimeoutError` when no answer came, :class:`ResponseDecodeError` for a
        body over ``max_response_bytes``.
        """
        url = self.url_of(request)
        attempt_timeout = _client_timeout(timeout) if timeout is not None else self.timeout
        retries = 0
        while True:
            if self.telemetry is None or not self.telemetry.active:
                outcome = await self._attempt(request, url, attempt_timeout, retries + 1)
            else:
                outcome = await self._traced(request, url, attempt_timeout, retries + 1)
            if isinstance(outcome, APIResponse):
                answer = attrs.evolve(outcome, retries=retries) if retries else outcome
                sink = captured.get()
                if sink is not None:
                    sink.append(answer)
                return answer
            error = outcome
            wait = await self._judge(request, error, retries)
            if wait is None:
                raise error
            retries += 1
            self.stats.retries += 1
            self.stats.of(request.operation).retries += 1
            self._emit(
                self.hooks.on_retry,
                RetryEvent,
                request,
                retries,
                status=getattr(error, "status_code", None),
                wait=wait,
                error=error,
            )
            log.info(
                "%s %s: %s; retry %d of %d in %.2f s",
                request.method,
                request.path,
                _describe(error),
                retries,
                self.max_retries,
                wait,
                # For log handlers that want the figures (client.stats and on_retry also give them).
                extra={
                    "byteful_retry": retries,
                    "byteful_status": getattr(error, "status_code", None),
                    "byteful_wait": wait,
                },
            )
            if not (isinstance(error, RateLimitError) and self.limiter is not None):
                # After a 429 the paused bucket holds this task too; otherwise sleep here.
                await asyncio.sleep(wait)

    async def _traced(
        self, request: Request, url: yarl.URL, timeout: aiohttp.ClientTimeout, attempt: int
    ) -> APIResponse[None] | BytefulError:
        """:meth:`_attempt` inside its OpenTelemetry span."""
        assert self.telemetry is not None
        with self.telemetry.attempt(request.operation, request.method, url, attempt) as record:
            outcome = await self._attempt(request, url, timeout, attempt, record)
            if isinstance(outcome, APIResponse):
                record.status = outcome.status_code
            else:
                record.error = outcome
                record.status = getattr(outcome, "status_code", None)
            return outcome

    async def _attempt(
        self,
        request: Request,
        url: yarl.URL,
        timeout: aiohttp.ClientTimeout,
        attempt: int = 1,
        record: Attempt | None = None,
    ) -> APIResponse[None] | BytefulError:
        """One request on the wire; its answer, or the error it ended in (not raised)."""
        slots = self.http.slots()
        if slots is not None:
            await slots.acquire()
        try:
            session = self.http.get()  # a closed client refuses before taking a slot
            sent_at: SentAt | None = None
            limiter = self.limiter
            if limiter is not None:
                asked = time.monotonic()
                counted = await limiter.acquire()
                if record is not None:
                    record.limiter_wait = time.monotonic() - asked
                tell = getattr(limiter, "sent", None)
                if tell is not None:
                    sent_at = functools.partial(tell, counted)
            started = time.monotonic()
            if record is not None:
                record.sent_at = started
            status = 0
            self._emit(self.hooks.on_request, RequestEvent, request, attempt)
            hint = sending.set(sent_at)  # the connector tells it when the request goes out
            try:
                # The auth headers are built inside this call's argument list, so no frame
                # of ours holds the private key in a local.
                async with session.request(
                    request.method,
                    url,
                    # Encoded here, inside the call: a password in the body (held as a
                    # Secret until now) is in no local of ours, as the key is not.
                    data=None if request.body is None else encode_json(request.body),
                    headers=self.credentials.headers(
                        {
                            **(_JSON_HEADERS if request.body is not None else _HEADERS),
                            "User-Agent": self.user_agent,
                            **request.headers,
                        }
                    ),
                    timeout=timeout,
                    allow_redirects=False,
                    proxy=None if self.proxy is None else self.proxy.reveal(),
                ) as response:
                    status = response.status
                    response_headers = response.headers
                    content = await read_capped(response, self.max_response_bytes)
            except TooLarge as exc:
                self._count(request, status, exc.seen)
                return self._too_large(request, status, exc.seen)
            except (aiohttp.ClientError, TimeoutError) as exc:
                self.stats.failed += 1
                self.stats.of(request.operation).failed += 1
                return self._connection_error(request, exc)
            except RuntimeError:
                if not self.http.closed:
                    raise
                # aiohttp's "Session is closed": close() ran while this was on its way.
                return self._connection_error(request, None)
            finally:
                sending.reset(hint)
        finally:
            if slots is not None:
                slots.release()
        elapsed = time.monotonic() - started
        self._count(request, status, len(content))
        return self._answered(request, url, attempt, status, response_headers, content, elapsed)

    def _answered(
        self,
        request: Request,
        url: yarl.URL,
        attempt: int,
        status: int,
        response_headers: CIMultiDictProxy[str],
        content: bytes,
        elapsed: float,
    ) -> APIResponse[None] | BytefulError:
        """What an answer that came in whole becomes: the response, or the error it says."""
        parsed_error: object = None
        if status >= 300:
            parsed_error = _loads_or_text(content)
        request_id = _request_id(response_headers, parsed_error)
        if request_id is not None:
            request_id = self.secret.redact(request_id)  # it is logged and shown in errors
        log.debug(
            "%s %s -> %d in %.1f ms (request id %s)",
            request.method,
            request.path,
            status,
            elapsed * 1000,
            request_id or "-",
        )
        self._emit(
            self.hooks.on_response,
            ResponseEvent,
            request,
            attempt,
            status=status,
            seconds=elapsed,
            bytes=len(content),
            request_id=request_id,
        )
        if status >= 300:
            return self._status_error(request, status, parsed_error, response_headers, request_id)
        return APIResponse(
            method=request.method,
            url=url,
            status_code=status,
            headers=response_headers,
            request_id=request_id,
            elapsed=elapsed,
            retries=0,
            content=content,
            parsed=None,
        )

    async def _judge(self, request: Request, error: BytefulError, retries: int) -> float | None:
        """The wait before retrying ``error``, or None to raise it now.

        Every 429 pauses the shared limiter here, whether or not it is retried.
        """
        can_retry = retries < self.max_retries
        policy = self.retry_policy
        if isinstance(error, APIConnectionError):
            if can_retry and (request.retry_safe or not error.sent):
                return policy.backoff(retries)
            return None
        if isinstance(error, RateLimitError):
            wanted = error.retry_after
            too_long = wanted is not None and wanted > policy.max_wait
            # Asked for or not, the wait is at least the floor (``Retry-After: 1e-9`` too).
            pause = policy.rate_limit_wait(
                retries, min(wanted, policy.max_wait) if wanted is not None else None
            )
            if self.limiter is not None:
                # The bucket holds every task of this account, this one included.
                await self.limiter.pause(pause)
            if too_long:
                error.args = (
                    f"{error.message} The API asked for a wait of {wanted:g} s, longer than "
                    f"RetryPolicy.max_wait ({policy.max_wait:g} s), so it was not retried.",
                )
                error.message = error.args[0]
                return None
            return pause if can_retry else None
        if (
            can_retry
            and isinstance(error, APIStatusError)
            and status_is_retryable(error.status_code, retry_safe=request.retry_safe)
        ):
            return policy.backoff(retries)
        return None

    # -- the errors an attempt can end in -----------------------------------------------------

    def _uncertain(self, request: Request, may_have_acted: bool) -> dict[str, Any]:
        unknown = may_have_acted and not request.retry_safe
        return {
            "outcome_unknown": unknown,
            "advice": request.uncertain_advice if unknown else None,
        }

    def _count(self, request: Request, status: int, size: int) -> None:
        for counters in (self.stats, self.stats.of(request.operation)):
            counters.requests += 1
            counters.bytes += size
            if status == 429:
                counters.rate_limited += 1

    def _connection_error(self, request: Request, exc: BaseException | None) -> APIConnectionError:
        """The error for an attempt that got no complete answer (``exc`` None: closed)."""
        sent = exc is None or not nothing_was_sent(exc)
        if self.http.closed:
            what = "failed: the client was closed while the request was in flight"
        elif isinstance(exc, TimeoutError):
            what = "timed out"
        else:
            what = self._without_proxy_password(f"failed ({type(exc).__name__}: {exc})")
        cls = APITimeoutError if isinstance(exc, TimeoutError) else APIConnectionError
        return cls(
            self.secret.redact(f"{request.method} {request.target} {what}"),
            method=request.method,
            path=request.path,
            sent=sent,
            **self._uncertain(request, sent),
        )

    def _without_proxy_password(self, text: str) -> str:
        """``text`` with the proxy URL's password masked (aiohttp names the proxy URL whole)."""
        if self.proxy is None or "@" not in self.proxy.reveal():
            return text
        url = yarl.URL(self.proxy.reveal())
        for password in {url.password, url.raw_password} - {None, ""}:
            text = text.replace(f":{password}@", f":{MASK}@")
        return text

    def _too_large(self, request: Request, status: int, seen: int) -> ResponseDecodeError:
        return ResponseDecodeError(
            f"{request.method} {request.target}: the answer (status {status}) is larger than "
            f"max_response_bytes ({self.max_response_bytes:,} bytes; {seen:,} seen), so it was "
            "not read",
            status_code=status,
            # A 4xx says the request was refused; anything else may hide a done write.
            **self._uncertain(request, not 300 <= status < 500),
        )

    def _status_error(
        self,
        request: Request,
        status: int,
        body: object,
        headers: CIMultiDictProxy[str],
        request_id: str | None,
    ) -> APIStatusError:
        secret = self.secret
        body = secret.redact_value(body)
        shown: Mapping[str, str] = _redacted_headers(headers, secret)
        fields = body if isinstance(body, dict) else {}
        error = fields.get("error") if isinstance(fields.get("error"), str) else None
        message = fields.get("message")
        if not isinstance(message, str):
            snippet = body.strip()[:200] if isinstance(body, str) else ""
            message = snippet or "the answer had no message"
        cls = status_error_class(status, body)
        kwargs: dict[str, Any] = {
            "status_code": status,
            "error": error,
            "request_id": request_id,
            "body": body,
            "headers": shown,
            "method": request.method,
            "target": request.target,
            **self._uncertain(request, status >= 500),
        }
        if cls is RateLimitError:
            kwargs["retry_after"] = requested_wait(headers, message)
        if cls is RedirectError:
            location = shown.get("Location")
            kwargs["location"] = location
            message = (
                f"the server redirected to {location or '(no Location)'}; redirects are never "
                "followed, so nothing was sent there (if the API moved, pass its new base_url)"
            )
        return cls(message, **kwargs)


def _redacted_headers(headers: CIMultiDictProxy[str], secret: Secret) -> Mapping[str, str]:
    if not any(secret.redact(v) != v for v in headers.values()):
        return headers
    return CIMultiDictProxy(CIMultiDict((k, secret.redact(v)) for k, v in headers.items()))


def _client_timeout(timeout: Timeout) -> aiohttp.ClientTimeout:
    if isinstance(timeout, aiohttp.ClientTimeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be seconds or an aiohttp.ClientTimeout, not {timeout!r}")
    if not (timeout > 0 and math.isfinite(timeout)):
        raise ValueError(f"timeout must be a positive, finite number of seconds, not {timeout!r}")
    return aiohttp.ClientTimeout(total=float(timeout))


def _loads_or_text(content: bytes) -> object:
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return content.decode("utf-8", "replace")


def _describe(error: Exception) -> str:
    if isinstance(error, APIStatusError):
        rid = f" (request id {error.request_id})" if error.request_id else ""
        return f"{error.status_code}{rid}"
    return type(error).__name__
