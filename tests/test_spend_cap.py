"""The spend cap holds under concurrency: a purchase reserves its cost before it is sent.

Many purchases started at once, in one loop, in several threads, and in several "processes"
(guards of their own) sharing one cap through a real Redis; reservations given back only
when nothing was bought; the period slides; a Redis that is gone or lies refuses purchases.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta
from typing import Any

import pytest

from byteful_async import BytefulError, PurchaseGuard, PurchaseRefused
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES

pytestmark = pytest.mark.fake_byteful(rate_limit=None, credit_balance=1_000_000_00)

ISP: dict[str, Any] = {"product_code": "isp_us", "quantity": 3}


async def outcomes(calls: list[Any]) -> tuple[int, int]:
    """(purchases that went through, purchases the guard refused); anything else raises."""
    results = await asyncio.gather(*calls, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, PurchaseRefused):
            raise result
    refused = sum(isinstance(r, PurchaseRefused) for r in results)
    return len(results) - refused, refused


async def test_ten_top_ups_at_once_against_a_cap_worth_three(fake_byteful: FakeByteful) -> None:
    fake_byteful.latency = 0.02  # every purchase is in flight while the others start
    guard = PurchaseGuard(cap_cents=3_000)
    async with fake_byteful.client(purchase_guard=guard) as client:
        done, refused = await outcomes([client.checkout.top_up(1_000) for _ in range(10)])
    assert (done, refused) == (3, 7)
    assert len(fake_byteful.purchases) == 3
    assert guard.spent == 3_000


async def test_fifty_purchases_at_once_against_a_cap_worth_three(
    fake_byteful: FakeByteful,
) -> None:
    async with fake_byteful.client() as probe:
        price = (await probe.checkout.quote(**ISP)).total
    assert price
    guard = PurchaseGuard(cap_cents=price * 3 + price // 2)
    fake_byteful.latency = 0.01
    async with fake_byteful.client(purchase_guard=guard) as client:
        done, refused = await outcomes([client.checkout.create(**ISP) for _ in range(50)])
    assert (done, refused) == (3, 47)
    assert len(fake_byteful.purchases) == 3
    assert fake_byteful.count(path="/checkout/create") == 3


async def test_threads_sharing_one_guard_keep_to_the_cap(fake_byteful: FakeByteful) -> None:
    guard = PurchaseGuard(cap_cents=5_000)
    url, keys = fake_byteful.url, fake_byteful.keys[0]
    barrier = threading.Barrier(4)
    tallies: list[tuple[int, int]] = []

    def worker() -> None:
        async def buy() -> tuple[int, int]:
            from byteful_async import AsyncByteful

            async with AsyncByteful(
                keys[0], keys[1], base_url=url, rate_limit=None, purchase_guard=guard
            ) as client:
                barrier.wait()
                return await outcomes([client.checkout.top_up(1_000) for _ in range(5)])

        tallies.append(asyncio.run(buy()))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    await asyncio.to_thread(lambda: [t.join() for t in threads])
    assert sum(done for done, _ in tallies) == 5
    assert sum(refused for _, refused in tallies) == 15
    assert len(fake_byteful.purchases) == 5


async def test_a_refused_purchase_gives_its_reservation_back(fake_byteful: FakeByteful) -> None:
    guard = PurchaseGuard(cap_cents=1_000)
    fake_byteful.respond(422, {"error": "Unprocessable", "message": "no"}, path="/checkout/create")
    async with fake_byteful.client(purchase_guard=guard) as client:
        with pytest.raises(BytefulError) as caught:
            await client.checkout.top_up(1_000)
        assert not caught.value.outcome_unknown
        assert guard.spent == 0  # nothing was bought: the cap is free again
        await client.checkout.top_up(1_000)
        with pytest.raises(PurchaseRefused):
            await client.checkout.top_up(1)
    assert len(fake_byteful.purchases) == 1


async def test_an_uncertain_purchase_keeps_its_reservation_under_concurrency(
    fake_byteful: FakeByteful,
) -> None:
    guard = PurchaseGuard(cap_cents=2_000)
    fake_byteful.inject("drop_after", path="/checkout/create")
    async with fake_byteful.client(purchase_guard=guard, retry_policy=FAST_RETRIES) as client:
        results = await asyncio.gather(
            *[client.checkout.top_up(1_000) for _ in range(6)], return_exceptions=True
        )
    unknown = [r for r in results if isinstance(r, BytefulError) and r.outcome_unknown]
    refused = [r for r in results if isinstance(r, PurchaseRefused)]
    assert (len(unknown), len(refused)) == (1, 4)
    assert guard.spent == 2_000  # the uncertain one still counts


async def test_the_period_slides() -> None:
    now = [1_000.0]
    guard = PurchaseGuard(cap_cents=100, period=timedelta(hours=1), clock=lambda: now[0])
    async with guard.reserve("first", 60):
        pass
    now[0] += 1_800
    async with guard.reserve("second", 40):
        pass
    with pytest.raises(PurchaseRefused, match=r"\$1.00 spent already"):
        async with guard.reserve("third", 1):
            pass
    now[0] += 1_800  # the first is an hour old: out of the period
    assert guard.spent == 40
    async with guard.reserve("fourth", 60):
        pass
    assert guard.spent == 100


async def test_a_guard_without_a_price_refuses_under_a_cap() -> None:
    guard = PurchaseGuard(cap_cents=100)
    with pytest.raises(PurchaseRefused, match="no known price"):
        async with guard.reserve("buy something", None):
            pass


async def test_processes_sharing_a_cap_through_redis(
    fake_byteful: FakeByteful, redis_url: str
) -> None:
    # Each guard has its own connection, as each process would: only Redis is shared.
    guards = [PurchaseGuard(cap_cents=4_000, redis=redis_url, name="race-1") for _ in range(4)]
    fake_byteful.latency = 0.01
    try:
        clients = [fake_byteful.client(purchase_guard=g) for g in guards]
        calls = [c.checkout.top_up(1_000) for c in clients for _ in range(5)]
        done, refused = await outcomes(calls)
        for c in clients:
            await c.close()
        assert (done, refused) == (4, 16)
        assert len(fake_byteful.purchases) == 4
        assert await guards[0].spent_now() == 4_000
    finally:
        for g in guards:
            await g.aclose()


async def test_a_shared_cap_gives_back_a_refused_purchase_and_expires(redis_url: str) -> None:
    import redis.asyncio as aioredis

    guard = PurchaseGuard(cap_cents=100, redis=redis_url, name="slide-1")
    try:
        with pytest.raises(BytefulError):
            async with guard.reserve("refused", 100):
                raise BytefulError("the API said no")  # certainly not bought
        assert await guard.spent_now() == 0
        async with guard.reserve("kept", 100):
            pass
        with pytest.raises(PurchaseRefused):
            async with guard.reserve("over", 1):
                pass
        # Age the reservation past the period, on Redis itself.
        store = aioredis.from_url(redis_url)
        key = guard._ledger.key  # type: ignore[attr-defined]
        for member in await store.zrange(key, 0, -1):
            await store.zadd(key, {member: 0})
        await store.aclose()
        assert await guard.spent_now() == 0
    finally:
        await guard.aclose()


async def test_a_shared_cap_refuses_when_redis_is_gone_or_lies(redis_url: str) -> None:
    import redis.asyncio as aioredis

    gone = PurchaseGuard(cap_cents=100, redis="redis://:hunter2@127.0.0.1:1/0", name="gone")
    with pytest.raises(PurchaseRefused, match="cannot be checked") as caught:
        async with gone.reserve("buy", 10):
            pass
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(gone)
    await gone.aclose()

    liar = PurchaseGuard(cap_cents=100, redis=redis_url, name="lies-1")
    store = aioredis.from_url(redis_url)
    await store.zadd(liar._ledger.key, {"garbage": 1e15})  # type: ignore[attr-defined]
    await store.aclose()
    try:
        with pytest.raises(PurchaseRefused, match="cannot be checked"):
            async with liar.reserve("buy", 10):
                pass
    finally:
        await liar.aclose()
