"""One limit across processes: the Redis limiter and the in-process one pass the same suite.

A real ``redis-server`` (started here on a free port, installed by ``make test``) serves
the shared limiter; processes share one account through it; a Redis killed mid-fetch loses
no row.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from byteful_async import IntervalLimiter, RateLimiter, RedisLimiter
from byteful_async.testing import FakeByteful
from byteful_async.testing._faults import RecordedRequest

from .conftest import assert_spaced
from .servers import redis_server

_keys = itertools.count()


Maker = Callable[[], RateLimiter]


@pytest.fixture(params=["in-process", "redis"])
async def limiters(request: pytest.FixtureRequest) -> AsyncIterator[Maker]:
    """Makes limiters of one account at 10 requests/s, as separate processes would."""
    made: list[RedisLimiter] = []
    if request.param == "in-process":
        shared = IntervalLimiter(10)
        yield lambda: shared  # one process: every client shares the bucket
        return
    url = request.getfixturevalue("redis_url")
    key = f"pk_conformance_{next(_keys)}"

    def make() -> RateLimiter:
        limiter = RedisLimiter(url, key, 10)
        made.append(limiter)
        return limiter

    yield make
    for limiter in made:
        await limiter.close()


async def starts(limiter: RateLimiter, count: int) -> list[float]:
    times = []
    for _ in range(count):
        await limiter.acquire()
        times.append(time.monotonic())
    return times


async def test_starts_are_spaced_and_no_second_holds_more_than_the_limit(
    limiters: Maker,
) -> None:
    one, other = limiters(), limiters()
    began = time.monotonic()
    runs = await asyncio.gather(starts(one, 7), starts(other, 7))
    # Each start is recorded after its grant, however late: the k-th comes k intervals on.
    assert_spaced(runs[0] + runs[1], began, 10)


async def test_a_pause_holds_every_process_of_the_account(limiters: Maker) -> None:
    one, other = limiters(), limiters()
    await one.acquire()
    await one.pause(0.4)
    began = time.monotonic()
    await other.acquire()
    assert time.monotonic() - began >= 0.35


async def test_a_sleeping_waiter_honours_a_pause_that_came_later(limiters: Maker) -> None:
    one, other = limiters(), limiters()
    for _ in range(3):
        await one.acquire()  # the next slot is now a while off
    began = time.monotonic()
    waiter = asyncio.ensure_future(other.acquire())
    await asyncio.sleep(0)  # let it take its slot and start sleeping
    await one.pause(0.6)
    await waiter
    assert time.monotonic() - began >= 0.5


async def test_a_cancelled_waiter_blocks_no_one(limiters: Maker) -> None:
    one = limiters()
    await one.acquire()
    waiter = asyncio.ensure_future(one.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    # Cancelled in its wait, or (Redis' client finishes a command it started) just after it:
    # either way the next caller must get its turn.
    await asyncio.gather(waiter, return_exceptions=True)
    async with asyncio.timeout(2):
        await one.acquire()


_FETCH = """
import asyncio, sys
from byteful_async import AsyncByteful

async def main():
    base, public, private = sys.argv[1:4]
    async with AsyncByteful(public, private, base_url=base) as client:
        rows = await client.residential_ledger.search(per_page=25).collect(concurrency=4)
    print(len(rows))

asyncio.run(main())
"""


async def test_processes_of_one_account_keep_to_its_limit_together(redis_url: str) -> None:
    async with FakeByteful(residential_rows=300, rate_limit=10) as server:
        env = {**os.environ, "BYTEFUL_REDIS_URL": redis_url}
        began = time.monotonic()
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", _FETCH, server.url, server.public_key, server.private_key,
                stdout=asyncio.subprocess.PIPE, env=env,
            )
            for _ in range(3)
        ]  # fmt: skip
        outputs = [await p.communicate() for p in processes]
    assert [int(out) for out, _ in outputs] == [300, 300, 300]
    assert all(p.returncode == 0 for p in processes)
    # 39 requests from three processes, on the fake's clock, spaced as one client's.
    assert_spaced([r.at for r in server.requests if r.status != 429], began, 10)


async def test_a_redis_killed_mid_fetch_loses_no_row() -> None:
    with redis_server() as (url, redis):
        async with FakeByteful(residential_rows=500, rate_limit=10) as server:
            seen = itertools.count(1)

            def kill_redis_on_the_fifth(request: RecordedRequest) -> None:
                if next(seen) == 5:
                    redis.kill()

            server.before_answer = kill_redis_on_the_fifth
            async with server.client(rate_limiter=url, max_retries=0) as client:
                rows = await client.residential_ledger.search(per_page=25).collect(concurrency=4)
                limiter: Any = client.rate_limiter
                assert limiter.using_redis is False
    ids = [r.residential_ledger_id for r in rows]
    assert len(ids) == len(set(ids)) == 500
    assert server.count(status=429) == 0


async def test_with_redis_down_a_late_send_is_counted_again_by_the_fallback() -> None:
    with redis_server() as (url, redis):
        redis.kill()
        redis.wait()
        limiter = RedisLimiter(url, "pk_fallback_late", 10)
        try:
            counted = await limiter.acquire()  # Redis is gone: the fallback counts it
            assert limiter.using_redis is False and isinstance(counted, float)
            limiter.sent(counted, counted + 0.15)
            assert list(limiter.fallback._recent) == [counted + 0.15]
        finally:
            await limiter.close()
