"""client.stats and the on_request / on_response / on_retry hooks, under injected faults."""

from __future__ import annotations

from typing import Any

import pytest

from byteful_async import (
    APIConnectionError,
    InternalServerError,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
)
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES

pytestmark = pytest.mark.fake_byteful(rate_limit=None)


def recorder() -> tuple[list[tuple[str, Any]], dict[str, Any]]:
    events: list[tuple[str, Any]] = []
    hooks = {
        "on_request": lambda e: events.append(("request", e)),
        "on_response": lambda e: events.append(("response", e)),
        "on_retry": lambda e: events.append(("retry", e)),
    }
    return events, hooks


async def test_counts_are_exact_under_5xx_drops_and_429s(fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("503", "drop", "429", path="/customer/retrieve")
    events, hooks = recorder()
    async with fake_byteful.client(retry_policy=FAST_RETRIES, max_retries=5, **hooks) as client:
        await client.customer.retrieve()
        await client.residential.summary()
        stats = client.stats
    assert (stats.requests, stats.rate_limited, stats.retries, stats.failed) == (4, 1, 3, 1)
    customer = stats.per_endpoint["customer.retrieve"]
    assert (customer.requests, customer.retries, customer.failed, customer.rate_limited) == (
        3,
        3,
        1,
        1,
    )
    assert stats.per_endpoint["residential.summary"].requests == 1
    answered = [r for r in fake_byteful.requests if r.status is not None]
    assert stats.bytes > 0 and stats.bytes == sum(e.bytes for k, e in events if k == "response")
    assert len(answered) == stats.requests


async def test_hooks_are_called_in_order_for_each_attempt(fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("503", path="/customer/retrieve")
    events, hooks = recorder()
    async with fake_byteful.client(retry_policy=FAST_RETRIES, **hooks) as client:
        await client.customer.retrieve()
    kinds = [(k, e.attempt) for k, e in events]
    assert kinds == [("request", 1), ("response", 1), ("retry", 1), ("request", 2), ("response", 2)]
    first, answer, retry = events[0][1], events[1][1], events[2][1]
    assert isinstance(first, RequestEvent) and first.operation == "customer.retrieve"
    assert isinstance(answer, ResponseEvent) and answer.status == 503
    assert isinstance(retry, RetryEvent) and retry.status == 503 and retry.wait > 0
    assert isinstance(retry.error, InternalServerError)
    assert events[-1][1].status == 200


async def test_a_failed_hook_never_breaks_the_call(fake_byteful: FakeByteful) -> None:
    def broken(event: object) -> None:
        raise RuntimeError("hook bug")

    async with fake_byteful.client(on_request=broken, on_response=broken) as client:
        customer = await client.customer.retrieve()
    assert customer.customer_id == fake_byteful.customer["customer_id"]


async def test_a_drop_without_retries_is_a_failure_not_a_request(
    fake_byteful: FakeByteful,
) -> None:
    fake_byteful.inject("drop", path="/customer/retrieve")
    async with fake_byteful.client(max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.customer.retrieve()
        assert (client.stats.requests, client.stats.failed) == (0, 1)
        before = client.stats.snapshot()
        await client.customer.retrieve()
        assert client.stats.since(before).requests == 1
        # A copy with other options shares the counters.
        await client.with_options(timeout=5).customer.retrieve()
        assert client.stats.since(before).per_endpoint["customer.retrieve"].requests == 2
