"""One account's rate limit shared by every process and host, through Redis.

Each ``acquire`` runs one Lua script on Redis, atomically and on Redis' own clock (the
hosts' clocks never matter): a generic cell rate algorithm that hands out start times
``interval`` apart, first come first served, and returns how long to wait for this one.
``pause`` (after a 429 in any process) moves every later start past the pause, for all of
them. The keys are named from a hash of the public key, never the key itself.

When Redis cannot be reached, or answers what no honest limiter would, the limiter warns
once and falls back to an in-process :class:`~byteful_async.IntervalLimiter` at this
process's share of the rate (``rate / processes``, or less when Redis last showed more
processes announcing themselves), trying Redis again every few seconds; no request waits on
a dead or lying Redis past ``max_wait`` and no row of a bulk fetch is lost.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import os
import time
from typing import Any, Final

from byteful_async._basics._logging import logger as log
from byteful_async._basics._secret import shown_url
from byteful_async._policies._limiter import SAFETY_MARGIN, IntervalLimiter
from byteful_async._policies._redis import connect

#: KEYS: the theoretical arrival time, the pause, the processes seen (a sorted set, scored by
#: when each announcement lapses). ARGV: interval in ms, this process's id, how long an
#: announcement lasts in ms. Returns {wait in ms as text (Lua numbers lose their fraction on
#: the way out), processes seen}. State that is not a number is an error, never a guess.
_ACQUIRE: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local pause = tonumber(redis.call('GET', KEYS[2]) or '0')
if tat == nil or pause == nil or tat ~= tat or pause ~= pause then
  return redis.error_reply('byteful limiter: its state on Redis is not a number')
end
local start = math.max(now, tat, pause)
local keep = math.ceil(start + interval - now) + 60000
redis.call('SET', KEYS[1], tostring(start + interval), 'PX', keep)
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[3]), ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[3]) * 2)
return {tostring(start - now), redis.call('ZCARD', KEYS[3])}
"""

#: KEYS: the pause. ARGV: how long in ms. Returns the time left on the pause in ms.
_PAUSE: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local untl = now + tonumber(ARGV[1])
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if held == nil or held ~= held then held = 0 end
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
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if held == nil or held ~= held then
  return redis.error_reply('byteful limiter: its pause on Redis is not a number')
end
return tostring(held - now)
"""

#: Seconds between tries of a Redis that went away or misbehaved.
RETRY_REDIS: Final = 5.0
#: Seconds a process's announcement (that it shares the account) lasts without a renewal.
_ANNOUNCE_MS: Final = 30_000
#: The most processes an answer may claim before it is taken for a lie.
_MOST_PROCESSES: Final = 100_000


class _Misbehaving(Exception):
    """Redis answered something no honest limiter state gives."""


def _seconds(answer: Any) -> float:
    """A script's answer in milliseconds (text) as seconds; NaN when it is not a number."""
    if isinstance(answer, bytes | str) and len(answer) <= 64:
        try:
            return float(answer) / 1000
        except ValueError:
            pass
    return math.nan


class RedisLimiter:
    """The account's requests per second, shared through Redis by every process using it.

    ::

        client = AsyncByteful(rate_limiter="redis://localhost:6379/0")  # or BYTEFUL_REDIS_URL

    Args:
        url: The Redis URL (``redis://host:port/db``, ``rediss://`` for TLS).
        public_key: The account's public key; only its hash names the Redis keys.
        rate: Requests per second for the account (less the safety margin).
        processes: How many processes share the account: while Redis is unreachable this
            one keeps to ``rate / processes`` on its own (or a smaller share, when Redis
            last showed more processes announcing themselves).
        margin: Fraction of ``rate`` held back (arrival times skew).
        max_wait: The longest wait an answer from Redis may ask for, in seconds; a longer
            one (or one that is not a finite number of 0 or more) is taken for Redis
            misbehaving.
        retry_every: Seconds between tries of a Redis that went away or misbehaved.

    Redis is trusted with nothing: an answer it gives, or state it holds, that no honest
    limiter would (a wait of ``1e12``, ``nan`` or ``-5``; a key that is not a number) counts
    as Redis misbehaving, exactly like Redis being down: a warning (once), the in-process
    fallback at this process's share, and Redis tried again every ``retry_every`` seconds.
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
        max_wait: float = 60.0,
        retry_every: float = RETRY_REDIS,
    ) -> None:
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of requests per second, not {rate!r}")
        if isinstance(processes, bool) or not isinstance(processes, int) or processes < 1:
            raise ValueError(f"processes must be 1 or more, not {processes!r}")
        if not (isinstance(max_wait, int | float) and 0 < max_wait < math.inf):
            raise ValueError(f"max_wait must be a positive number of seconds, not {max_wait!r}")
        self.rate = float(rate)
        self.processes = processes
        self.max_wait = float(max_wait)
        self.retry_every = float(retry_every)
        self.interval_ms = 1000.0 / (self.rate * (1.0 - margin))
        name = hashlib.sha256(public_key.encode()).hexdigest()[:16]
        self.keys = (
            f"byteful:limit:{name}:tat",
            f"byteful:limit:{name}:pause",
            f"byteful:limit:{name}:processes",
        )
        self._id = os.urandom(8).hex()
        self._shown = shown_url(url)  # never the password
        self._redis: Any = connect(url, "a Redis rate limiter")
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._pause = self._redis.register_script(_PAUSE)
        self._paused = self._redis.register_script(_PAUSED)
        self.seen_processes = processes
        """The most processes Redis last showed sharing the account (``processes`` at first)."""
        self.fallback = IntervalLimiter(self.rate / processes, margin=margin)
        self._down_since: float | None = None
        self._last_slot = 0.0  # the latest start Redis handed this process (monotonic)

    def __repr__(self) -> str:
        return f"RedisLimiter({self._shown!r}, rate={self.rate:g}, processes={self.processes})"

    @property
    def using_redis(self) -> bool:
        """False while Redis is unreachable (or misbehaving) and the fallback is in use."""
        return self._down_since is None

    def _usable(self) -> bool:
        down = self._down_since
        return down is None or time.monotonic() - down >= self.retry_every

    def _share(self) -> None:
        """Keep the fallback at this process's share of the rate."""
        rate = self.rate / max(self.processes, self.seen_processes)
        if rate != self.fallback.rate:
            self.fallback.set_rate(rate)

    def _lost(self, exc: BaseException) -> None:
        # Starts Redis already handed out still happen: the fallback's come after them.
        if self._last_slot:
            self.fallback.not_before(self._last_slot)
        if self._down_since is None:
            what = "misbehaves" if isinstance(exc, _Misbehaving) else "is unreachable"
            log.warning(
                "Redis at %s %s (%s): keeping to %.3g requests/s in this process until it is back",
                self._shown,
                what,
                str(exc) if isinstance(exc, _Misbehaving) else type(exc).__name__,
                self.fallback.rate,
            )
        self._down_since = time.monotonic()

    def _back(self) -> None:
        if self._down_since is not None:
            log.warning("Redis at %s is back: the shared limit applies again", self._shown)
            self._down_since = None

    def _wait_of(self, answer: Any) -> float:
        """A wait in seconds that Redis gave, checked: finite, 0 or more, within max_wait."""
        wait = _seconds(answer)
        if not 0 <= wait <= self.max_wait:  # nan fails this too
            raise _Misbehaving(f"a wait of {str(answer)[:40]!r} ms")
        return wait

    async def acquire(self) -> float | None:
        """Take the next shared start time and sleep until it (a pause meanwhile: again).

        Returns the fallback's count of the start while Redis is down (for :meth:`sent`),
        else None.
        """
        while True:
            if not self._usable():
                return await self.fallback.acquire()
            try:
                answer = await self._acquire(
                    keys=list(self.keys), args=[self.interval_ms, self._id, _ANNOUNCE_MS]
                )
                if not (isinstance(answer, list) and len(answer) == 2):
                    raise _Misbehaving(f"an answer of {str(answer)[:40]!r}")
                wait = self._wait_of(answer[0])
                seen = answer[1]
                # At least this process, which the script has just announced.
                if not (isinstance(seen, int) and not isinstance(seen, bool)) or not (
                    1 <= seen <= _MOST_PROCESSES
                ):
                    raise _Misbehaving(f"a count of processes of {str(seen)[:40]!r}")
                self.seen_processes = seen
                self._share()
                self._last_slot = max(self._last_slot, time.monotonic() + wait)
                self._back()
                if wait <= 0:
                    return None  # no sleep, so no pause can have come in between
                await asyncio.sleep(wait)
                # A 429 elsewhere may have paused the account while this one slept.
                paused = self._wait_of_pause(await self._paused(keys=[self.keys[1]]))
            # Whatever a broken or hostile Redis makes the client raise: fall back, go on.
            except Exception as exc:
                self._lost(exc)
                return await self.fallback.acquire()  # Redis is tried again by a later call
            if paused <= 0:
                return None

    def _wait_of_pause(self, answer: Any) -> float:
        """The time left on the pause, checked like a wait (none left reads as 0)."""
        left = _seconds(answer)
        if math.isnan(left) or left > self.max_wait:
            raise _Misbehaving(f"a pause of {str(answer)[:40]!r} ms")
        return max(0.0, left)

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
            self._wait_of_pause(
                await self._pause(keys=[self.keys[1]], args=[max(0.0, seconds) * 1000])
            )
            self._back()
        except Exception as exc:  # as in acquire
            self._lost(exc)

    async def close(self) -> None:
        """Close the connection to Redis."""
        await self._redis.aclose()
