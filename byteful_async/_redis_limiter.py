"""One account's rate limit shared by every process and host, through Redis.

Each ``acquire`` runs one Lua script on Redis, atomically and on Redis' own clock (the
hosts' clocks never matter): a generic cell rate algorithm that hands out start times
``interval`` apart, first come first served, and returns how long to wait for this one.
``pause`` (after a 429 in any process) moves every later start past the pause, for all of
them. The keys are named from a hash of the public key, never the key itself.

When Redis cannot be reached, the limiter warns once and falls back to an in-process
:class:`~byteful_async.IntervalLimiter` at this process's share of the rate
(``rate / processes``), trying Redis again every few seconds; no request waits on a dead
Redis and no row of a bulk fetch is lost.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from typing import Any, Final

from byteful_async._limiter import SAFETY_MARGIN, IntervalLimiter
from byteful_async._logging import logger as log

#: KEYS: the theoretical arrival time, the pause. ARGV: interval in ms. Returns the wait in
#: ms (as text: Lua numbers lose their fraction on the way out).
_ACQUIRE: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local pause = tonumber(redis.call('GET', KEYS[2]) or '0')
local start = math.max(now, tat, pause)
local keep = math.ceil(start + interval - now) + 60000
redis.call('SET', KEYS[1], tostring(start + interval), 'PX', keep)
return tostring(start - now)
"""

#: KEYS: the pause. ARGV: how long in ms. Returns the time left on the pause in ms.
_PAUSE: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local untl = now + tonumber(ARGV[1])
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if untl > held then
  redis.call('SET', KEYS[1], tostring(untl), 'PX', math.ceil(untl - now) + 60000)
  held = untl
end
return tostring(held - now)
"""

#: KEYS: the pause. Returns the time left on it in ms (0 or less: none).
_PAUSED: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
return tostring(tonumber(redis.call('GET', KEYS[1]) or '0') - now)
"""

_RETRY_REDIS: Final = 5.0


def _redis_errors() -> tuple[type[BaseException], ...]:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return (RedisConnectionError, RedisTimeoutError, OSError)


class RedisLimiter:
    """The account's requests per second, shared through Redis by every process using it.

    ::

        client = AsyncByteful(rate_limiter="redis://localhost:6379/0")  # or BYTEFUL_REDIS_URL

    Args:
        url: The Redis URL (``redis://host:port/db``, ``rediss://`` for TLS).
        public_key: The account's public key; only its hash names the Redis keys.
        rate: Requests per second for the account (less the safety margin).
        processes: How many processes share the account: the rate each keeps to on its own
            while Redis is unreachable.
        margin: Fraction of ``rate`` held back (arrival times skew).

    Needs the ``[redis]`` extra (redis-py's asyncio client).

    """

    def __init__(
        self,
        url: str,
        public_key: str,
        rate: float = 10.0,
        *,
        processes: int = 1,
        margin: float = SAFETY_MARGIN,
    ) -> None:
        try:
            import redis.asyncio as aioredis
        except ImportError:
            raise RuntimeError(
                "a Redis rate limiter needs redis-py: pip install 'byteful-async[redis]'"
            ) from None
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of requests per second, not {rate!r}")
        if isinstance(processes, bool) or not isinstance(processes, int) or processes < 1:
            raise ValueError(f"processes must be 1 or more, not {processes!r}")
        self.rate = float(rate)
        self.interval_ms = 1000.0 / (self.rate * (1.0 - margin))
        name = hashlib.sha256(public_key.encode()).hexdigest()[:16]
        self.keys = (f"byteful:limit:{name}:tat", f"byteful:limit:{name}:pause")
        self._redis: Any = aioredis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._pause = self._redis.register_script(_PAUSE)
        self._paused = self._redis.register_script(_PAUSED)
        self.fallback = IntervalLimiter(self.rate / processes, margin=margin)
        self._down_since: float | None = None
        self._last_slot = 0.0  # the latest start Redis handed this process (monotonic)
        self._shown = url.split("@")[-1]  # never the password
        self._errors = _redis_errors()

    def __repr__(self) -> str:
        return f"RedisLimiter({self._shown!r}, rate={self.rate:g})"

    @property
    def using_redis(self) -> bool:
        """False while Redis is unreachable and the in-process fallback is in use."""
        return self._down_since is None

    def _usable(self) -> bool:
        down = self._down_since
        return down is None or time.monotonic() - down >= _RETRY_REDIS

    def _lost(self, exc: BaseException) -> None:
        # Starts Redis already handed out still happen: the fallback's come after them.
        if self._last_slot:
            self.fallback.not_before(self._last_slot)
        if self._down_since is None:
            log.warning(
                "Redis at %s is unreachable (%s): keeping to %.3g requests/s in this process "
                "until it is back",
                self._shown,
                type(exc).__name__,
                self.fallback.rate,
            )
        self._down_since = time.monotonic()

    def _back(self) -> None:
        if self._down_since is not None:
            log.warning("Redis at %s is back: the shared limit applies again", self._shown)
            self._down_since = None

    async def acquire(self) -> float | None:
        """Take the next shared start time and sleep until it (a pause meanwhile: again).

        Returns the fallback's count of the start while Redis is down (for :meth:`sent`),
        else None.
        """
        errors = self._errors
        while True:
            if not self._usable():
                return await self.fallback.acquire()
            try:
                wait = float(await self._acquire(keys=list(self.keys), args=[self.interval_ms]))
                self._last_slot = max(self._last_slot, time.monotonic() + wait / 1000)
                self._back()
                if wait <= 0:
                    return None  # no sleep, so no pause can have come in between
                await asyncio.sleep(wait / 1000)
                # A 429 elsewhere may have paused the account while this one slept.
                paused = float(await self._paused(keys=[self.keys[1]]))
            except errors as exc:
                self._lost(exc)
                continue
            if paused <= 0:
                return None

    def sent(self, token: float | None, at: float) -> None:
        """A start the fallback counted went out at ``at``: it counts it again if that was late.

        Starts Redis handed out are spaced on Redis' clock and are not counted again.
        """
        if token is not None:
            self.fallback.sent(token, at)

    async def pause(self, seconds: float) -> None:
        """Hold every process of this account for ``seconds`` from now."""
        await self.fallback.pause(seconds)
        if not self._usable():
            return
        try:
            await self._pause(keys=[self.keys[1]], args=[max(0.0, seconds) * 1000])
            self._back()
        except self._errors as exc:
            self._lost(exc)

    async def close(self) -> None:
        """Close the connection to Redis."""
        await self._redis.aclose()
