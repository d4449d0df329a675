"""When to retry a request, and how long to wait first.

The rules (one place, so they can be read and tested together):

* A read (GET, and the few POSTs that only read, such as ``checkout.quote``) is retried on
  connection errors, timeouts, 429 and 5xx.
* A write (POST, PATCH, DELETE) is retried only when the API surely did not act on it: a 429
  (the API refused it before doing anything) or a connection that failed before any byte was
  sent. Never after a timeout, a reset or a 5xx: ``checkout.create`` spends money.
* Other 4xx are never retried. ``max_retries=0`` turns every retry off, 429 included.
* The wait is exponential backoff with full jitter, unless the API said how long to wait
  (``Retry-After`` in seconds or as an HTTP-date, or "try again in N seconds" in the message).
  A requested wait longer than :attr:`RetryPolicy.max_wait` is not slept through: the
  :class:`~byteful_async.RateLimitError` is raised at once.
* Every 429, retried or not, pauses the account's shared limiter: for the requested wait
  (at most ``max_wait``), or for the rate-limit floor plus jitter when the API named none or
  named one that makes no sense (negative, past, garbage).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Final

import aiohttp
import attrs

_WAIT_IN_MESSAGE: Final = re.compile(
    r"try again in (\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\b",
    re.IGNORECASE,
)


def _seconds(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"RetryPolicy.{attribute.name} must be seconds, not {value!r}")
    if not 0 <= value < float("inf"):
        raise ValueError(f"RetryPolicy.{attribute.name} must be 0 or more seconds, not {value}")


def growing_wait(base: float, most: float, failures: int) -> float:
    """The wait after ``failures`` failures in a row, for loops that must not hammer.

    ``base`` doubling up to ``most``, the upper half of it, jittered: never near zero.
    """
    ceiling = min(most, base * 2.0 ** (failures - 1))
    return random.uniform(ceiling / 2, ceiling)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Backoff timings; pass ``retry_policy=RetryPolicy(...)`` to the client to change them.

    Attributes:
        backoff_base: Seconds; attempt ``n`` (from 0) waits up to ``backoff_base * 2**n``.
        backoff_max: Upper bound of one backoff wait, in seconds.
        max_wait: The longest server-requested wait (Retry-After or the message) the client
            sleeps through; longer asks raise :class:`~byteful_async.RateLimitError` at once.
        rate_limit_floor: The least wait after a 429, in seconds, whether it names a delay
            or not (a ``Retry-After`` below it is raised to it). The server counts a
            one-second sliding window, so less than that rarely helps.

    """

    backoff_base: float = attrs.field(default=0.5, validator=_seconds)
    backoff_max: float = attrs.field(default=8.0, validator=_seconds)
    max_wait: float = attrs.field(default=60.0, validator=_seconds)
    rate_limit_floor: float = attrs.field(default=1.0, validator=_seconds)

    def backoff(self, attempt: int) -> float:
        """Full-jitter wait before retry number ``attempt + 1``."""
        ceiling = min(self.backoff_max, self.backoff_base * (2.0**attempt))
        return random.uniform(0.0, ceiling)

    def rate_limit_wait(self, attempt: int, requested: float | None) -> float:
        """The wait after a 429: what the API asked for, else jittered backoff over the floor."""
        if requested is not None:
            # A wait shorter than the floor (``Retry-After: 1e-9``) is raised to it.
            return max(requested, self.rate_limit_floor)
        return self.rate_limit_floor + self.backoff(attempt)


def requested_wait(headers: Mapping[str, str], message: str | None) -> float | None:
    """Seconds the API asked us to wait, from ``Retry-After`` or the error message, if any."""
    header = headers.get("Retry-After")
    if header is not None:
        seconds = parse_retry_after(header)
        if seconds is not None:
            return seconds
    if message:
        return parse_wait_message(message)
    return None


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` value: delta-seconds or an HTTP-date.

    None when the value gives no usable wait: unreadable, zero, negative, a date already
    past, infinite or NaN. The caller then falls back to its own floor, since waiting 0
    after a 429 only earns another one.
    """
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP-date is always GMT
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return seconds if 0.0 < seconds < float("inf") else None


def parse_wait_message(message: str) -> float | None:
    """Seconds from a message such as "Rate limit exceeded. Please try again in 45 seconds."."""
    match = _WAIT_IN_MESSAGE.search(message)
    if match is None:
        return None
    unit = match.group(2).lower()
    if unit == "ms" or unit.startswith("milli"):
        scale = 0.001
    elif unit.startswith("m"):
        scale = 60.0
    else:
        scale = 1.0
    seconds = float(match.group(1)) * scale
    return seconds if seconds > 0 else None


def nothing_was_sent(exc: BaseException) -> bool:
    """True when a transport error happened before any byte of the request left.

    Only then may a write be sent again: the API cannot have seen it.
    """
    return isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)


def status_is_retryable(status: int, *, retry_safe: bool) -> bool:
    """Whether an error status may be retried for a request of this kind."""
    if status == 429:
        return True
    return retry_safe and status >= 500
