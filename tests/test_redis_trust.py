"""The Redis limiter trusts nothing it reads, honours every pause, and comes back to Redis.

A Redis that lies (a wait of ``1e12``, ``inf``, ``nan``, ``-5`` or 8 MiB of digits), state
corrupted on a real Redis, an idle process during another's pause, a Redis that goes away
and returns, and the share of the rate each process falls back to.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
from typing import Any

import pytest

from byteful_async import AsyncByteful, RedisLimiter

from .lying_redis import LyingRedis
from .servers import redis_server

LIES: dict[str, Any] = {
    "a wait of 1e12 ms": [b"1e12", 1],
    "inf": [b"inf", 1],
    "nan": [b"nan", 1],
    "a negative wait": [b"-5", 1],
    "8 MiB of digits": [b"9" * (8 * 2**20), 1],
    "not a list": b"0",
    "no processes": [b"0", 0],
    "a process count that is text": [b"0", b"two"],
}


@pytest.mark.parametrize("lie", list(LIES))
async def test_a_lying_redis_neither_blocks_nor_lifts_the_limit(
    lie: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with LyingRedis(LIES[lie]) as url:
        limiter = RedisLimiter(url, f"pk_lie_{lie}", 10, max_wait=5.0)
        try:
            async with asyncio.timeout(10):  # a guard against a hang, not a measurement
                tokens = [await limiter.acquire() for _ in range(3)]
        finally:
            await limiter.close()
    assert limiter.using_redis is False
    # Counted by the in-process fallback (a token each), which keeps the spacing: no start
    # was handed out on the lie's word.
    assert all(isinstance(t, float) for t in tokens)
    assert (
        tokens == sorted(tokens) and tokens[2] - tokens[0] >= 2 * limiter.fallback.interval - 0.01
    )
    warnings = [r for r in caplog.records if "misbehaves" in r.getMessage()]
    assert len(warnings) == 1  # once, not per call


@pytest.mark.parametrize("state", ["abc", "1e15", "nan", "inf"])
async def test_corrupted_state_on_a_real_redis_falls_back(redis_url: str, state: str) -> None:
    import redis.asyncio as aioredis

    limiter = RedisLimiter(redis_url, f"pk_corrupt_{state}", 10)
    store = aioredis.from_url(redis_url)
    await store.set(limiter.keys[0], state)
    await store.aclose()
    try:
        async with asyncio.timeout(10):
            token = await limiter.acquire()  # no raw Redis error, no wait without end
    finally:
        await limiter.close()
    assert isinstance(token, float) and limiter.using_redis is False


async def test_a_wrong_type_of_key_falls_back(redis_url: str) -> None:
    import redis.asyncio as aioredis

    limiter = RedisLimiter(redis_url, "pk_wrong_type", 10)
    store = aioredis.from_url(redis_url)
    await store.rpush(limiter.keys[1], "x")  # the pause is a list now
    await store.aclose()
    try:
        token = await limiter.acquire()
    finally:
        await limiter.close()
    assert isinstance(token, float) and limiter.using_redis is False


async def test_an_idle_process_honours_another_processes_pause(redis_url: str) -> None:
    loop = asyncio.get_running_loop()
    one = RedisLimiter(redis_url, "pk_idle_pause", 10)
    other = RedisLimiter(redis_url, "pk_idle_pause", 10)
    try:
        await one.pause(0.4)  # a 429 in one process; the other has never sent (tat absent)
        began = loop.time()
        await other.acquire()
        assert loop.time() - began >= 0.35  # a lower bound: a busy machine only adds to it
        assert other.using_redis
    finally:
        await one.close()
        await other.close()


async def test_a_lost_redis_is_tried_again_and_used_when_back() -> None:
    with redis_server() as (url, redis):
        limiter = RedisLimiter(url, "pk_comes_back", 10, retry_every=0.0)
        try:
            assert await limiter.acquire() is None and limiter.using_redis  # Redis grants
            redis.kill()
            redis.wait()
            assert isinstance(await limiter.acquire(), float)  # the fallback counts it
            assert limiter.using_redis is False
            port = url.rsplit(":", 1)[1].split("/")[0]
            revived = subprocess.Popen(
                ["redis-server", "--port", port, "--bind", "127.0.0.1", "--save", ""],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            try:
                assert revived.stdout is not None
                for line in revived.stdout:
                    if b"Ready to accept connections" in line:
                        break
                assert await limiter.acquire() is None  # granted by Redis again
                assert limiter.using_redis
            finally:
                revived.terminate()
                revived.wait(timeout=10)
                if revived.stdout is not None:
                    revived.stdout.close()
        finally:
            await limiter.close()


async def test_the_fallback_keeps_to_this_processes_share(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert RedisLimiter(redis_url, "pk_share_1", 10, processes=4).fallback.rate == 2.5
    monkeypatch.setenv("BYTEFUL_REDIS_PROCESSES", "5")
    async with AsyncByteful("pk_share_2", "sk_share_0123456789", rate_limiter=redis_url) as c:
        limiter: Any = c.rate_limiter
        assert (limiter.processes, limiter.fallback.rate) == (5, 2.0)
    monkeypatch.delenv("BYTEFUL_REDIS_PROCESSES")
    async with AsyncByteful(
        "pk_share_3", "sk_share_0123456789", rate_limiter=redis_url, redis_processes=2
    ) as c:
        limiter = c.rate_limiter
        assert limiter.fallback.rate == 5.0
    with pytest.raises(ValueError, match="redis_processes goes with a Redis URL"):
        AsyncByteful("pk_x", "sk_x_0123456789", redis_processes=2)


async def test_processes_announce_themselves_and_the_share_follows(redis_url: str) -> None:
    limiters = [RedisLimiter(redis_url, "pk_announce", 10) for _ in range(3)]
    try:
        for limiter in limiters:
            await limiter.acquire()
        await limiters[0].acquire()
        assert limiters[0].seen_processes == 3
        assert limiters[0].fallback.rate == pytest.approx(10 / 3)
    finally:
        for limiter in limiters:
            await limiter.close()


async def test_no_redis_password_is_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    url = "redis://user:hunter2@127.0.0.1:1/0?password=hunter3"
    limiter = RedisLimiter(url, "pk_password", 10)
    try:
        await limiter.acquire()  # unreachable: a warning naming the Redis
    finally:
        await limiter.close()
    shown = repr(limiter) + " ".join(r.getMessage() for r in caplog.records)
    assert "127.0.0.1:1" in shown
    assert "hunter2" not in shown and "hunter3" not in shown
    with pytest.raises(ValueError) as caught:
        AsyncByteful("pk_x", "sk_x_0123456789", rate_limiter="redi://:hunter2@host:6379")
    assert "hunter2" not in str(caught.value)
