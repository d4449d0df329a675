"""A redirect is an error, never followed: the keys and a purchase's body stay home."""

from __future__ import annotations

import pytest
from aiohttp import web

from byteful_async import APIStatusError, RedirectError
from byteful_async.testing import FakeByteful
from tests.conftest import FAST_RETRIES
from tests.rogue import ROGUE_PRIVATE_KEY, Rogue, json_answer

REDIRECTS = [301, 302, 303, 307, 308]


async def _thief(request: web.Request) -> web.StreamResponse:
    # What a hostile host would answer: a plausible purchase.
    return json_answer({"data": {"service_id": "API-STOLEN"}, "message": "ok"})


@pytest.mark.parametrize("status", REDIRECTS)
async def test_a_redirected_read_sends_nothing_to_the_other_host(
    fake_byteful: FakeByteful, status: int
) -> None:
    async with Rogue(_thief) as other:
        location = f"{other.url}/1.0/public/user/customer/retrieve"
        fake_byteful.respond(status, b"", headers={"Location": location}, path="/customer")
        async with fake_byteful.client(max_retries=5, retry_policy=FAST_RETRIES) as client:
            with pytest.raises(RedirectError) as caught:
                await client.customer.retrieve()
        assert other.seen == []
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.location == location
    assert location in str(error)
    assert not error.outcome_unknown
    assert fake_byteful.count(path="/customer/retrieve") == 1  # never retried


@pytest.mark.parametrize("status", [307, 308])
async def test_a_redirected_purchase_is_not_reposted(
    fake_byteful: FakeByteful, status: int
) -> None:
    async with Rogue(_thief) as other:
        location = f"{other.url}/1.0/public/user/checkout/create"
        fake_byteful.respond(status, b"", headers={"Location": location}, path="/checkout/create")
        async with fake_byteful.client(max_retries=5, retry_policy=FAST_RETRIES) as client:
            with pytest.raises(RedirectError) as caught:
                await client.checkout.create(product_code="isp_us", quantity=1)
        assert other.seen == []
    assert caught.value.location == location
    assert fake_byteful.count(method="POST", path="/checkout/create") == 1
    assert fake_byteful.purchases == []


async def test_a_redirect_loop_is_one_request() -> None:
    async def loop(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": str(request.url)})

    async with Rogue(loop) as server, server.client(max_retries=5) as client:
        with pytest.raises(RedirectError):
            await client.customer.retrieve()
    assert len(server.seen) == 1


async def test_a_redirect_that_quotes_the_key_shows_it_masked() -> None:
    async def quoting(request: web.Request) -> web.StreamResponse:
        key = request.headers["X-API-Private-Key"]
        return web.Response(status=301, headers={"Location": f"https://elsewhere.test/?k={key}"})

    async with Rogue(quoting) as server, server.client() as client:
        with pytest.raises(RedirectError) as caught:
            await client.customer.retrieve()
    assert ROGUE_PRIVATE_KEY not in str(caught.value)
    assert caught.value.location == "https://elsewhere.test/?k=[redacted]"
