"""The purchase guard: a spend cap per sliding period and a dry run, for software that buys.

A purchase reserves its cost (the quote's total before credit, or a top-up's amount) in one
atomic check-and-reserve *before* it is sent: with a cap worth N purchases, at most N go
through however many are started at once. A reservation is given back only when the purchase
certainly did not happen (the API refused it, or nothing was sent); it is kept when the
purchase went through or may have (an unknown outcome, a cancellation): the cap errs on the
side of the wallet.

In one process the ledger of reservations is a list under a lock. Given a Redis URL, it is a
sorted set on Redis, checked and written by one server-side script on Redis' own clock, so
every process and host sharing the guard's ``name`` shares its cap. A Redis that cannot be
reached, or that answers nonsense, refuses the purchase: when the cap cannot be checked,
nothing is bought.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any, Final, Protocol

from byteful_async._basics._exceptions import BytefulError, PurchaseRefused
from byteful_async._basics._secret import shown_url
from byteful_async._basics._units import dollars
from byteful_async._policies._redis import connect, is_redis_url


class _Ledger(Protocol):
    """Where the reservations of a guard live."""

    async def reserve(self, cost: int, cap: int | None, period: float) -> tuple[str | None, int]:
        """Reserve ``cost`` if it fits under ``cap``: (a reservation id or None, spent)."""
        ...

    async def release(self, ident: str) -> None:
        """Give a reservation back."""
        ...

    async def spent(self, period: float) -> int:
        """Cents reserved within the last ``period`` seconds."""
        ...


class _LocalLedger:
    """Reservations in this process (shared by every task and thread using the guard)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._held: dict[str, tuple[float, int]] = {}
        self._ids = itertools.count(1)

    def _spent(self, period: float) -> int:
        horizon = self._clock() - period
        for ident in [i for i, (at, _) in self._held.items() if at <= horizon]:
            del self._held[ident]
        return sum(cents for _, cents in self._held.values())

    async def reserve(self, cost: int, cap: int | None, period: float) -> tuple[str | None, int]:
        # No await between the check and the write, and a lock for threads: atomic.
        with self._lock:
            spent = self._spent(period)
            if cap is not None and (spent >= cap or spent + cost > cap):
                return None, spent
            ident = str(next(self._ids))
            self._held[ident] = (self._clock(), cost)
            return ident, spent + cost

    async def release(self, ident: str) -> None:
        with self._lock:
            self._held.pop(ident, None)

    async def spent(self, period: float) -> int:
        with self._lock:
            return self._spent(period)


#: KEYS: the reservations (a sorted set, member "id:cents", score the time in ms).
#: ARGV: period in ms, cap (-1: none), cost, id (empty: only read). Returns {granted, spent}.
_RESERVE: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local period = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - period)
local spent = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local cents = tonumber(string.match(member, ':(%d+)$') or '')
  if cents == nil then return redis.error_reply('byteful guard: a reservation is unreadable') end
  spent = spent + cents
end
local cap = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
if ARGV[4] == '' or (cap >= 0 and (spent >= cap or spent + cost > cap)) then
  return {0, spent}
end
redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. ARGV[3])
redis.call('PEXPIRE', KEYS[1], period + 60000)
return {1, spent + cost}
"""


class _RedisLedger:
    """Reservations on Redis, shared by every process using the same guard name."""

    def __init__(self, url: str, name: str) -> None:
        self.shown = shown_url(url)
        digest = hashlib.sha256(name.encode()).hexdigest()[:16]
        self.key = f"byteful:guard:{digest}"
        self._redis: Any = connect(url, "a purchase guard on Redis")
        self._reserve = self._redis.register_script(_RESERVE)
        self._ids = itertools.count(1)
        self._prefix = os.urandom(6).hex()

    async def _run(self, cost: int, cap: int | None, period: float, ident: str) -> tuple[int, int]:
        try:
            answer = await self._reserve(
                keys=[self.key],
                args=[math.ceil(period * 1000), -1 if cap is None else cap, cost, ident],
            )
        except Exception as exc:  # any failure: the cap cannot be checked
            raise _Unchecked(f"Redis at {self.shown} failed ({type(exc).__name__})") from None
        if (
            not isinstance(answer, list)
            or len(answer) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in answer)
            or answer[0] not in (0, 1)
            or answer[1] < 0
        ):
            raise _Unchecked(f"Redis at {self.shown} answered nonsense ({answer!r:.60})")
        return answer[0], answer[1]

    async def reserve(self, cost: int, cap: int | None, period: float) -> tuple[str | None, int]:
        ident = f"{self._prefix}-{next(self._ids)}"
        granted, spent = await self._run(cost, cap, period, ident)
        # The reservation's member on Redis, as the script wrote it: what release removes.
        return (f"{ident}:{cost}" if granted else None), spent

    async def release(self, ident: str) -> None:
        try:
            await self._redis.zrem(self.key, ident)
        except Exception:  # kept: a reservation that cannot be given back still counts
            return

    async def spent(self, period: float) -> int:
        return (await self._run(0, None, period, ""))[1]

    async def close(self) -> None:
        await self._redis.aclose()


def _price(cost: int | None) -> str:
    """`` ($12.45)`` after a purchase's description, when its cost is known."""
    return "" if cost is None else f" ({dollars(cost)})"


class _Unchecked(Exception):
    """The cap could not be checked (Redis away or lying): the purchase is refused."""


class PurchaseGuard:
    """A cap on what ``checkout.create`` and ``checkout.top_up`` may spend.

    ::

        guard = PurchaseGuard(cap_cents=50_00, period=timedelta(days=1), dry_run=True)
        client = AsyncByteful(purchase_guard=guard)

    Args:
        cap_cents: The most that may be spent per ``period``, in cents; None: no cap.
        period: The sliding window the cap applies to.
        dry_run: Refuse every purchase (after pricing it, for ``create``), so a bot can be
            run and watched before it is let loose.
        redis: A Redis URL: the cap is shared by every process and host whose guard has the
            same ``redis`` and ``name`` (one atomic script on Redis' clock). Needs the
            ``[redis]`` extra. While Redis cannot be reached, every purchase is refused.
        name: Which shared cap, on Redis (one per account or per bot, as you choose).
        clock: Seconds on a monotonic clock, for the period in one process (tests set it).

    A guard may be shared by several clients, tasks and threads of one account. A purchase
    reserves its cost before it is sent; the reservation is given back only when the
    purchase certainly did not happen (a 4xx, or nothing sent), and is kept when it went
    through or may have.

    """

    def __init__(
        self,
        *,
        cap_cents: int | None = None,
        period: timedelta = timedelta(days=1),
        dry_run: bool = False,
        redis: str | None = None,
        name: str = "default",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if cap_cents is not None and (
            isinstance(cap_cents, bool) or not isinstance(cap_cents, int) or cap_cents < 0
        ):
            raise ValueError(f"cap_cents must be cents (an int, 0 or more), not {cap_cents!r}")
        if not isinstance(period, timedelta) or period <= timedelta(0):
            raise ValueError(f"period must be a positive timedelta, not {period!r}")
        if not isinstance(dry_run, bool):
            raise TypeError(f"dry_run must be a bool, not {type(dry_run).__name__}")
        if not isinstance(name, str) or not name:
            raise ValueError(f"name must be non-empty text, not {name!r}")
        self.cap_cents = cap_cents
        self.period = period
        self.dry_run = dry_run
        self._ledger: _Ledger
        if redis is not None:
            if not is_redis_url(redis):
                raise ValueError(f"redis must be a redis:// URL, not {shown_url(str(redis))!r}")
            self._ledger = _RedisLedger(redis, name)
        else:
            self._ledger = _LocalLedger(clock)
        self._last_spent = 0

    def __repr__(self) -> str:
        where = f", redis={self._ledger.shown!r}" if isinstance(self._ledger, _RedisLedger) else ""
        return (
            f"PurchaseGuard(cap_cents={self.cap_cents!r}, period={self.period!r}, "
            f"dry_run={self.dry_run!r}{where})"
        )

    @property
    def spent(self) -> int:
        """Cents spent (or possibly spent, or reserved) within the period.

        In one process, exact now; on Redis, as of the latest check (see :meth:`spent_now`).
        """
        if isinstance(self._ledger, _LocalLedger):
            return self._ledger._spent(self.period.total_seconds())
        return self._last_spent

    async def spent_now(self) -> int:
        """Cents spent, possibly spent or reserved within the period, read now (Redis too).

        Raises:
            PurchaseRefused: the shared ledger on Redis cannot be read.

        """
        try:
            self._last_spent = await self._ledger.spent(self.period.total_seconds())
        except _Unchecked as exc:
            raise PurchaseRefused(
                f"spend cap: cannot be checked: {exc}", cost=None, spent=-1
            ) from None
        return self._last_spent

    def needs_price(self) -> bool:
        """Whether a purchase must be priced first (a cap or a dry run to report against)."""
        return self.dry_run or self.cap_cents is not None

    def _refusal(self, what: str, cost: int | None, spent: int) -> PurchaseRefused:
        return PurchaseRefused(
            f"spend cap: {what}{_price(cost)} would pass {dollars(self.cap_cents or 0)} per "
            f"{self.period} ({dollars(spent)} spent already)",
            cost=cost,
            spent=spent,
        )

    async def precheck(self, what: str) -> None:
        """Refuse ``what`` before pricing it: a dry run, or a cap reached already.

        Raises:
            PurchaseRefused: a dry run, or the cap is reached (or cannot be checked).

        """
        if self.dry_run or self.cap_cents is None:
            return
        spent = await self.spent_now()
        if spent >= self.cap_cents:
            raise self._refusal(what, None, spent)

    @asynccontextmanager
    async def reserve(self, what: str, cost: int | None) -> AsyncIterator[None]:
        """Hold ``cost`` cents for the purchase ``what`` made inside the block.

        Checked and reserved in one atomic step before the block runs; given back if the
        block raises an error that shows nothing was bought (a :class:`BytefulError` whose
        ``outcome_unknown`` is False), kept otherwise.

        Raises:
            PurchaseRefused: a dry run; the cost is unknown while a cap is set; the cap
                would be passed; or the cap cannot be checked (Redis away or lying).

        """
        price = _price(cost)
        if self.dry_run:
            raise PurchaseRefused(f"dry run: would {what}{price}", cost=cost, spent=self.spent)
        if cost is None:
            if self.cap_cents is not None:
                raise PurchaseRefused(
                    f"spend cap: {what} has no known price, so it cannot be held to the cap",
                    cost=None,
                    spent=self.spent,
                )
            yield
            return
        try:
            ident, spent = await self._ledger.reserve(
                cost, self.cap_cents, self.period.total_seconds()
            )
        except _Unchecked as exc:
            raise PurchaseRefused(
                f"spend cap: {what}{price} refused: the cap cannot be checked: {exc}",
                cost=cost,
                spent=-1,
            ) from None
        self._last_spent = spent
        if ident is None:
            raise self._refusal(what, cost, spent)
        try:
            yield
        except BytefulError as exc:
            if not exc.outcome_unknown:
                await self._ledger.release(ident)  # certainly not bought: the cap is free
            raise

    async def aclose(self) -> None:
        """Close the connection to Redis, if the guard has one."""
        if isinstance(self._ledger, _RedisLedger):
            await self._ledger.close()
