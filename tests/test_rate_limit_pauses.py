"""Every 429 pauses the account's shared limiter, retried or not, for a wait that makes sense."""

from __future__ import annotations

import asyncio
from email.utils import formatdate

import pytest

from byteful_async import RateLimitError, RetryPolicy
from byteful_async.testing import FakeByteful

FLOOR = 0.25
#: No jitter above the floor, so the fallback wait is exactly FLOOR.
NO_JITTER = RetryPolicy(backoff_base=0.0, rate_limit_floor=FLOOR, max_wait=5.0)
TOO_MANY = {"error": "Too Many Requests", "message": "Rate limit exceeded."}


class RecordingLimiter:
    """A limiter that lets everything through and writes down every pause asked of it."""

    def __init__(self) -> None:
        self.pauses: list[float] = []

    async def acquire(self) -> None:
        return None

    async def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)


async def test_a_429_storm_without_retries_pauses_the_bucket_each_time(
    fake_byteful: FakeByteful,
) -> None:
    limiter = RecordingLimiter()
    fake_byteful.inject("429", "429", "429", "429", "429", path="/customer/retrieve")
    async with fake_byteful.client(
        max_retries=0, rate_limiter=limiter, retry_policy=NO_JITTER
    ) as client:
        outcomes = await asyncio.gather(
            *(client.customer.retrieve() for _ in range(5)), return_exceptions=True
        )
    assert all(isinstance(o, RateLimitError) for o in outcomes)
    # The fake's 429 says "try again in 1 seconds", as the API's does.
    assert limiter.pauses == [1.0] * 5


@pytest.mark.parametrize(
    ("header", "pause"),
    [
        ("0.75", 0.75),
        ("1e-9", FLOOR),  # a wait below the floor is raised to it
        ("0.01", FLOOR),
        ("-5", FLOOR),
        ("0", FLOOR),
        ("soon", FLOOR),
        ("nan", FLOOR),
        (formatdate(0, usegmt=True), FLOOR),  # a date long past
        ("3600", 5.0),  # above max_wait: not retried, the bucket held for max_wait
    ],
)
async def test_the_pause_after_a_429(fake_byteful: FakeByteful, header: str, pause: float) -> None:
    limiter = RecordingLimiter()
    fake_byteful.respond(429, TOO_MANY, headers={"Retry-After": header}, path="/customer")
    async with fake_byteful.client(
        max_retries=0, rate_limiter=limiter, retry_policy=NO_JITTER
    ) as client:
        with pytest.raises(RateLimitError):
            await client.customer.retrieve()
    assert limiter.pauses == [pause]


async def test_a_retried_429_pauses_once_and_waits_in_the_bucket(
    fake_byteful: FakeByteful,
) -> None:
    limiter = RecordingLimiter()
    fake_byteful.respond(429, TOO_MANY, headers={"Retry-After": "0.5"}, path="/customer")
    async with fake_byteful.client(
        max_retries=1, rate_limiter=limiter, retry_policy=NO_JITTER
    ) as client:
        me = await client.customer.retrieve()
    assert me.customer_id == 1955
    assert limiter.pauses == [0.5]


@pytest.mark.fake_byteful(public_key="pk_pause_shared_bucket")
async def test_another_client_of_the_account_waits_out_an_unretried_429(
    fake_byteful: FakeByteful,
) -> None:
    fake_byteful.respond(429, TOO_MANY, headers={"Retry-After": "0.3"}, path="/customer")
    async with (
        fake_byteful.client(max_retries=0, rate_limit=10.0) as first,
        fake_byteful.client(max_retries=0, rate_limit=10.0) as second,
    ):
        with pytest.raises(RateLimitError):
            await first.customer.retrieve()
        await second.customer.retrieve()
    refused, served = fake_byteful.requests
    assert refused.status == 429 and served.status == 200
    assert served.at - refused.at >= 0.3
