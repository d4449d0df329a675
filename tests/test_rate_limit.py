"""The client-side limiter: even spacing, one budget per account, pauses after a 429."""

from __future__ import annotations

import asyncio
import gc
import time
import weakref

import pytest

from byteful_async import AsyncByteful, IntervalLimiter, RateLimiter
from byteful_async._policies._limiter import shared_limiter
from byteful_async.testing import FakeByteful

from .conftest import assert_spaced


def busiest_second(times: list[float]) -> int:
    """The most events any one-second window (closed at its start) holds."""
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while times[lo] <= t - 1.0:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


async def test_no_one_second_window_exceeds_the_rate() -> None:
    limiter = IntervalLimiter(40)
    starts: list[float] = []

    async def worker() -> None:
        for _ in range(10):
            # The moment the limiter counted the start: its own clock, exact however busy
            # the machine (a time taken after the await could be late by any amount).
            starts.append(await limiter.acquire())

    await asyncio.gather(*(worker() for _ in range(6)))
    assert len(starts) == 60
    assert busiest_second(starts) <= 40
    assert min(b - a for a, b in zip(sorted(starts), sorted(starts)[1:], strict=False)) > 0


async def test_pause_holds_every_caller() -> None:
    limiter = IntervalLimiter(1000)
    await limiter.acquire()
    await limiter.pause(0.2)
    before = time.monotonic()
    await asyncio.gather(limiter.acquire(), limiter.acquire())
    assert time.monotonic() - before >= 0.2


async def test_cancelled_waiters_leave_the_limiter_usable() -> None:
    limiter = IntervalLimiter(20)
    waiters = [asyncio.ensure_future(limiter.acquire()) for _ in range(10)]
    await asyncio.sleep(0)
    for waiter in waiters:
        waiter.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    await asyncio.wait_for(limiter.acquire(), timeout=2)


def test_one_bucket_per_key_and_rate() -> None:
    assert shared_limiter("pk_a", 10) is shared_limiter("pk_a", 10.0)
    assert shared_limiter("pk_a", 10) is not shared_limiter("pk_b", 10)
    a = AsyncByteful("pk_shared", "sk")
    b = AsyncByteful("pk_shared", "sk_other")
    assert a.rate_limiter is b.rate_limiter
    assert AsyncByteful("pk_shared", "sk", rate_limit=None).rate_limiter is None


def test_the_bucket_outlives_its_clients() -> None:
    # A client made after the last one is gone must keep the old spacing: the API's window
    # still counts the requests the earlier client sent.
    first = AsyncByteful("pk_serial", "sk").rate_limiter
    assert first is not None
    remembered = weakref.ref(first)
    del first
    gc.collect()
    assert remembered() is not None
    assert AsyncByteful("pk_serial", "sk").rate_limiter is remembered()


@pytest.mark.parametrize("rate", [0, -1, float("nan")])
def test_rate_must_be_positive(rate: float) -> None:
    with pytest.raises(ValueError, match="rate"):
        IntervalLimiter(rate)


@pytest.mark.fake_byteful(residential_rows=600, public_key="pk_two_clients")
async def test_two_clients_with_one_key_share_the_budget(fake_byteful: FakeByteful) -> None:
    began = time.monotonic()
    async with fake_byteful.client() as first, fake_byteful.client() as second:
        await asyncio.gather(
            first.residential_ledger.search().collect(concurrency=4),
            second.residential_ledger.search(per_page=50).collect(concurrency=4),
        )
    arrivals = [r.at for r in fake_byteful.requests if r.status != 429]
    assert len(arrivals) >= 6 + 12
    # One budget for both: the arrivals (on the fake's clock) are spaced as one client's.
    assert_spaced(arrivals, began, 10)


@pytest.mark.fake_byteful(residential_rows=2_000, public_key="pk_bulk_2000")
async def test_bulk_collect_under_the_real_limit(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client() as client:
        rows = await client.residential_ledger.search(per_page=100).collect(concurrency=8)
    ids = [r.residential_ledger_id for r in rows]
    assert len(ids) == 2_000 and len(set(ids)) == 2_000
    assert ids == [r["residential_ledger_id"] for r in fake_byteful.residential.iter_rows()]
    # The limiter leaves a margin; a loaded machine may still skew an arrival or two.
    assert fake_byteful.count(status=429) <= 2


class CountingLimiter:
    """A user's own limiter: the protocol is two coroutines."""

    def __init__(self) -> None:
        self.acquired = 0
        self.paused: list[float] = []

    async def acquire(self) -> None:
        self.acquired += 1

    async def pause(self, seconds: float) -> None:
        self.paused.append(seconds)


async def test_a_custom_limiter_is_used(fake_byteful: FakeByteful) -> None:
    limiter = CountingLimiter()
    assert isinstance(limiter, RateLimiter)
    fake_byteful.retry_after = 1.5  # this limiter only records the pause, never sleeps
    fake_byteful.inject("429", path="/customer/retrieve")
    async with fake_byteful.client(rate_limiter=limiter) as client:
        await client.customer.retrieve()
    assert limiter.acquired == 2
    assert limiter.paused == [1.5]


@pytest.mark.fake_byteful(rate_limit=None)
async def test_max_concurrency_caps_requests_in_flight(fake_byteful: FakeByteful) -> None:
    fake_byteful.latency = 0.05
    async with fake_byteful.client(rate_limit=None, max_concurrency=2) as client:
        await asyncio.gather(*(client.customer.retrieve() for _ in range(6)))
    arrivals = sorted(r.at for r in fake_byteful.requests)
    # With two at a time and 50 ms each, the six arrive in three waves.
    assert arrivals[-1] - arrivals[0] >= 0.09


async def test_a_stalled_loop_never_makes_an_overdue_burst() -> None:
    # The loop is blocked for 200 ms at a time (as a long garbage collection would), so
    # waiters wake past their slots together: the starts must still keep their spacing.
    limiter = IntervalLimiter(10)
    starts: list[float] = []
    stop = asyncio.Event()

    async def worker() -> None:
        while not stop.is_set():
            starts.append(await limiter.acquire())  # counted by the limiter, on its clock

    async def staller() -> None:
        for _ in range(6):
            time.sleep(0.2)  # the stall itself: the loop can do nothing meanwhile
            await asyncio.sleep(0.05)
        stop.set()

    await asyncio.gather(*(worker() for _ in range(6)), staller())
    assert len(starts) >= 8
    # Late waiters may catch up, but no second ever holds more than the limit.
    most = max(sum(1 for t in starts if s <= t < s + 1.0) for s in starts)
    assert most <= 10


async def test_a_request_that_went_out_late_is_counted_when_it_went_out() -> None:
    # The first two requests had to open connections and reached the wire at 150 and 200 ms
    # after the first start: the server's window runs from then, so the eleventh start must
    # come a window after the first of them went out, not after it was counted.
    limiter = IntervalLimiter(10)
    first = await limiter.acquire()
    second = await limiter.acquire()
    limiter.sent(first, first + 0.15)
    limiter.sent(second, first + 0.2)
    starts = [await limiter.acquire() for _ in range(9)]
    assert starts[-1] - (first + 0.15) >= limiter._window - 0.002
    # Sent on time (a timer's few milliseconds), a start stays where it was counted.
    again = IntervalLimiter(1000)
    counted = await again.acquire()
    again.sent(counted, counted + 0.001)
    assert list(again._recent) == [counted]


class SendTimesLimiter:
    """A limiter that also wants to know when each request really went out."""

    def __init__(self) -> None:
        self.granted: list[tuple[int, float]] = []
        self.told: list[tuple[object, float]] = []

    async def acquire(self) -> object:
        token = len(self.granted)
        self.granted.append((token, time.monotonic()))
        return token

    async def pause(self, seconds: float) -> None:
        pass

    def sent(self, token: object, at: float) -> None:
        self.told.append((token, at))


async def test_the_limiter_is_told_when_each_request_went_out(fake_byteful: FakeByteful) -> None:
    limiter = SendTimesLimiter()
    async with fake_byteful.client(rate_limiter=limiter) as client:
        await client.customer.retrieve()  # on a new connection
        await client.customer.retrieve()  # on the same one
    assert [token for token, _ in limiter.told] == [0, 1]
    for (_, granted), (_, at), arrival in zip(
        limiter.granted, limiter.told, fake_byteful.requests, strict=True
    ):
        # After the start was granted, before the server had the request.
        assert granted <= at <= arrival.at


def test_a_start_counted_again_keeps_the_latest_starts_in_time_order() -> None:
    # The window rule reads the oldest of the latest starts, so a start counted again
    # between two others must land between them, and the oldest must fall out first.
    limiter = IntervalLimiter(3)
    for moment in (100.0, 100.1, 100.2):
        limiter.not_before(moment)
    limiter.sent(100.0, 100.15)
    assert list(limiter._recent) == [100.1, 100.15, 100.2]
    limiter.not_before(100.3)
    assert list(limiter._recent) == [100.15, 100.2, 100.3]


def test_a_late_send_is_counted_again_even_when_the_window_is_full() -> None:
    # Ten starts in the last 0.9 s fill the window; a start counted 1.5 s ago (long out of
    # the window) only now went out on the wire: the server sees eleven in a second unless
    # it is counted again, now, pushing the oldest out.
    limiter = IntervalLimiter(10)
    now = time.monotonic()
    limiter._recent.extend(now - 0.9 + 0.1 * n for n in range(10))
    limiter.sent(now - 1.5, now)
    assert len(limiter._recent) == 10
    assert limiter._recent[-1] == now
    assert limiter._recent[0] == pytest.approx(now - 0.8)
    # And the next start is held until a window after the oldest of those ten.
    assert limiter._start_now(now) is None
