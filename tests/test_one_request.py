"""One SDK attempt is one request on the wire: nothing below the retry loop resends.

aiohttp on its own resends a GET, PUT or DELETE once when a kept-alive connection drops;
the client turns that off, so ``max_retries`` and retry safety mean what they say.
"""

from __future__ import annotations

import aiohttp
import pytest

from byteful_async import APIConnectionError, AsyncByteful
from byteful_async.testing import FakeByteful


async def _warm(client: AsyncByteful) -> None:
    # One answered request leaves a kept-alive connection: the case aiohttp would resend on.
    await client.customer.retrieve()


async def test_a_dropped_delete_is_sent_once(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        await _warm(client)
        fake_byteful.inject("drop_after", path="/service/cancel")
        with pytest.raises(APIConnectionError) as caught:
            await client.services.cancel("API-1955-0003")
    assert fake_byteful.count(method="DELETE", path="/service/cancel") == 1
    assert caught.value.outcome_unknown  # the cancel may have happened; it was not resent


async def test_a_dropped_get_is_sent_once_without_retries(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        await _warm(client)
        fake_byteful.inject("drop", path="/customer/retrieve")
        with pytest.raises(APIConnectionError):
            await client.customer.retrieve()
    assert fake_byteful.count(path="/customer/retrieve") == 2  # the warm-up and the drop


async def test_a_dropped_get_is_resent_by_the_retry_loop_only(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(max_retries=1, rate_limit=None) as client:
        await _warm(client)
        fake_byteful.inject("drop", "drop", path="/customer/retrieve")
        with pytest.raises(APIConnectionError):
            await client.customer.retrieve()
    # The warm-up, then exactly 1 + max_retries attempts.
    assert fake_byteful.count(path="/customer/retrieve") == 3


async def test_your_own_session_gets_the_same_rule(fake_byteful: FakeByteful) -> None:
    async with aiohttp.ClientSession() as session:
        client = fake_byteful.client(max_retries=0, rate_limit=None, session=session)
        await _warm(client)
        fake_byteful.inject("drop_after", path="/service/cancel")
        with pytest.raises(APIConnectionError):
            await client.services.cancel("API-1955-0003")
        await client.close()
    assert fake_byteful.count(method="DELETE", path="/service/cancel") == 1
