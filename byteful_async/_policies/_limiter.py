"""Client-side rate limiting: one budget per Byteful account, shared in the process.

The API allows 10 requests per second per account and counts a sliding window, so a burst
of 10 at the end of one second followed by 10 at the start of the next is already too many.
:class:`IntervalLimiter` therefore spaces requests evenly (a token bucket of capacity 1):
each caller reserves the next free start time and sleeps until it, and no lock is ever held
while sleeping. The spacing includes a small safety margin, because the server sees arrival
times, not send times, and those skew by a few milliseconds.

The limit also holds between the times requests actually start, not only between the times
reserved: when the event loop stalls (a long garbage collection, a slow callback), several
waiters wake past their slots at once. They may catch up, but never past the server's rule:
no more starts in any window than the limit allows (the window widened by the margin). A
waiter that would break it takes a new slot. And a request that went out on the wire well
after its start was counted (a new connection had to be opened first) is counted again at
the moment it went out (:meth:`IntervalLimiter.sent`), so the requests after it keep the
server's window too.

A 429 means the server's count disagrees with ours; :meth:`IntervalLimiter.pause` then holds
every caller of the bucket, not only the task that got the 429.
"""

from __future__ import annotations

import asyncio
import bisect
import collections
import threading
import time
from typing import Final, Protocol, runtime_checkable

#: Fraction of the nominal rate actually used: 10 req/s is sent as 9.7 req/s.
SAFETY_MARGIN: Final = 0.03
#: How much sooner than the spacing a start may come (timer granularity), in seconds.
_EARLY: Final = 0.002
#: A start this late or less counts at its slot: well inside the 31 ms a window of 10 gets
#: from the margin, so no real second can hold more than the limit.
_ON_TIME: Final = 0.02


@runtime_checkable
class RateLimiter(Protocol):
    """What the client needs from a rate limiter; pass your own as ``rate_limiter=``.

    ``acquire`` returns when one request may start. ``pause`` is called after a 429 with the
    delay the API asked for (or the retry backoff); every later ``acquire`` of the same budget
    should wait at least that long. A limiter shared across processes (Redis, say) implements
    the same two coroutines.
    """

    async def acquire(self) -> object:
        """Wait until one more request may start, then count it.

        What it returns is handed back to ``sent``, if the limiter has one: an optional
        ``sent(token, at)`` is told the ``time.monotonic()`` at which the request went out
        (its connection ready, its headers written next): later than ``acquire`` returned
        when a connection had to be opened first.
        """
        ...

    async def pause(self, seconds: float) -> None:
        """Hold every caller for ``seconds`` (the server said we went too fast)."""
        ...


class IntervalLimiter:
    """Evenly spaced request starts at ``rate`` per second, less the safety margin.

    Safe to share between clients, tasks and event loops in one process (it keeps no
    loop-bound objects). Cancelling a waiting task loses nothing but its slot.
    """

    def __init__(self, rate: float, *, margin: float = SAFETY_MARGIN) -> None:
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of requests per second, not {rate!r}")
        if not 0 <= margin < 1:
            raise ValueError(f"margin must be in [0, 1), not {margin!r}")
        self._margin = margin
        self._next = 0.0  # earliest monotonic time the next request may start
        self._recent: collections.deque[float] = collections.deque()
        self._paused_until = 0.0
        # Reservations are plain arithmetic, but clients in different threads (each with its
        # own loop) may share the bucket; the lock is never held across an await.
        self._lock = threading.Lock()
        self._set(rate)

    def _set(self, rate: float) -> None:
        self.rate = float(rate)
        self.interval = 1.0 / (self.rate * (1.0 - self._margin))
        # The latest starts, as many as one window holds, oldest first, and that window: the
        # limit's second widened by the margin (10 requests in 1.03 s at 10/s with 3%).
        self._held = max(1, int(rate))
        self._window = self._held / (self.rate * (1.0 - self._margin))
        while len(self._recent) > self._held:
            self._recent.popleft()

    def set_rate(self, rate: float) -> None:
        """Keep to ``rate`` from now on (the starts already counted still count)."""
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of requests per second, not {rate!r}")
        with self._lock:
            self._set(rate)

    def __repr__(self) -> str:
        return f"IntervalLimiter(rate={self.rate:g})"

    def _reserve(self) -> float:
        """The next free start time (monotonic)."""
        with self._lock:
            start = max(time.monotonic(), self._next, self._paused_until)
            if len(self._recent) == self._held:
                start = max(start, self._recent[0] + self._window)
            self._next = start + self.interval
            return start

    def _count(self, moment: float) -> None:
        """Count a start at ``moment`` among the latest ones (the lock is held)."""
        recent = self._recent
        if not recent or moment >= recent[-1]:
            recent.append(moment)  # the usual case: starts come in time order
        else:
            bisect.insort(recent, moment)  # a start counted again later than others
        if len(recent) > self._held:
            recent.popleft()

    def _start_now(self, slot: float) -> float | None:
        """Count a start now if the window and any pause allow it: the moment counted, or None."""
        with self._lock:
            now = time.monotonic()
            recent = self._recent
            full = len(recent) == self._held
            # A few milliseconds early is a timer's doing; the margin covers it.
            if now < self._paused_until or (full and now - recent[0] < self._window - _EARLY):
                return None
            # On time (a timer's few milliseconds of lateness), a start counts at its slot, so
            # lateness never adds up; a start late past that counts when it really happened.
            counted = slot if now - slot < _ON_TIME else now
            self._count(counted)
            return counted

    async def acquire(self) -> float:
        """Reserve the next start time, sleep until it, and start if the spacing still holds.

        A waiter that wakes too soon after another start (a stalled loop woke several at
        once) or into a pause (a 429 came meanwhile) gives up its slot and takes a new one.
        Returns the moment the start was counted at (``time.monotonic()``), for :meth:`sent`.
        """
        while True:
            slot = self._reserve()
            delay = slot - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            counted = self._start_now(slot)
            if counted is not None:
                return counted

    def sent(self, counted: float, at: float) -> None:
        """The request counted at ``counted`` went out on the wire at ``at``.

        Late past a timer's lateness (a connection was opened first, or the loop stalled
        between the start and the send), the start is counted again at ``at``, about when
        the server sees it, so the window rule measures the starts after it from there.
        """
        if at - counted < _ON_TIME:
            return
        with self._lock:
            recent = self._recent
            where = bisect.bisect_left(recent, counted)
            if where < len(recent) and recent[where] == counted:
                del recent[where]
            # Counted again at `at`, if that is still among the latest starts.
            if len(recent) < self._held or at > recent[0]:
                self._count(at)

    def not_before(self, moment: float) -> None:
        """Start nothing before ``moment`` (``time.monotonic()``) and space from there.

        For a limiter taking over from another (a shared one that went away): the starts
        the other already handed out still happen, and this one's come after them.
        """
        with self._lock:
            self._next = max(self._next, moment + self.interval)
            self._count(moment)

    async def pause(self, seconds: float) -> None:
        """Hold every caller of this bucket for ``seconds`` from now."""
        with self._lock:
            until = time.monotonic() + max(0.0, seconds)
            if until > self._paused_until:
                self._paused_until = until
            # The slots after the pause are spaced again from its end, not bunched up.
            self._next = max(self._next, self._paused_until)


# One bucket per (public key, rate) in the process, so every client of an account shares it.
# Held for the life of the process: a client made after the last one closed must keep the
# spacing, since the API's one-second window still counts that client's requests.
_shared: dict[tuple[str, float], IntervalLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(public_key: str, rate: float) -> IntervalLimiter:
    """Return the process-wide limiter for this account and rate, creating it if needed."""
    key = (public_key, float(rate))
    with _shared_lock:
        limiter = _shared.get(key)
        if limiter is None:
            limiter = IntervalLimiter(rate)
            _shared[key] = limiter
        return limiter
