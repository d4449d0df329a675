"""Constructing the client: keys, base URL, options, session ownership, closing."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings

import aiohttp
import pytest
from aiohttp import web

from byteful_async import APIConnectionError, AsyncByteful, BytefulError
from byteful_async.testing import FakeByteful
from tests.rogue import Rogue


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BYTEFUL_PUBLIC_KEY", "pk_env")
    monkeypatch.setenv("BYTEFUL_PRIVATE_KEY", "sk_env")
    client = AsyncByteful()
    assert client.public_key == "pk_env"
    assert client.base_url == "https://api.byteful.com/1.0"


@pytest.mark.parametrize("missing", ["BYTEFUL_PUBLIC_KEY", "BYTEFUL_PRIVATE_KEY"])
def test_a_missing_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setenv("BYTEFUL_PUBLIC_KEY", "pk_env")
    monkeypatch.setenv("BYTEFUL_PRIVATE_KEY", "sk_env")
    monkeypatch.delenv(missing)
    with pytest.raises(BytefulError, match=missing):
        AsyncByteful()


@pytest.mark.parametrize("bad", ["", "   ", "sk with space", "sk\nx"])
def test_a_malformed_key_is_refused(bad: str) -> None:
    with pytest.raises(BytefulError, match="private_key"):
        AsyncByteful("pk", bad)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.byteful.com/1.0/", "https://api.byteful.com/1.0"),
        ("https://api.byteful.com/1.0//", "https://api.byteful.com/1.0"),
        ("http://127.0.0.1:8080/1.0", "http://127.0.0.1:8080/1.0"),
    ],
)
def test_base_url_trailing_slashes_are_dropped(given: str, expected: str) -> None:
    assert AsyncByteful("pk", "sk", base_url=given).base_url == expected


def test_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BYTEFUL_BASE_URL", "http://localhost:9/1.0/")
    assert AsyncByteful("pk", "sk").base_url == "http://localhost:9/1.0"


def test_repr_shows_no_private_key() -> None:
    client = AsyncByteful("pk_public", "sk_very_secret")
    assert "sk_very_secret" not in repr(client)
    assert "sk_very_secret" not in repr(vars(client))
    assert "pk_public" in repr(client)


async def test_with_options_shares_session_and_limiter(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client() as client:
        await client.customer.retrieve()
        patient = client.with_options(timeout=120, max_retries=5)
        assert patient.max_retries == 5
        assert patient.timeout.total == 120
        assert client.max_retries == 2
        assert patient.rate_limiter is client.rate_limiter
        assert patient._transport.http is client._transport.http
        await patient.customer.retrieve()
    assert fake_byteful.count(path="/customer/retrieve") == 2


async def test_a_users_session_is_used_and_never_closed(fake_byteful: FakeByteful) -> None:
    async with aiohttp.ClientSession() as session:
        async with fake_byteful.client(session=session) as client:
            me = await client.customer.retrieve()
        assert me.customer_id == 1955
        assert not session.closed
        async with session.get(fake_byteful.url + "/public/user/customer/retrieve") as response:
            assert response.status == 401  # the session still works; it carries no keys


async def test_a_closed_client_refuses_requests(fake_byteful: FakeByteful) -> None:
    client = fake_byteful.client()
    await client.customer.retrieve()
    await client.close()
    with pytest.raises(APIConnectionError, match="closed, so nothing was sent") as caught:
        await client.customer.retrieve()
    assert not caught.value.sent
    assert not caught.value.outcome_unknown


async def test_the_session_is_created_lazily(fake_byteful: FakeByteful) -> None:
    client = fake_byteful.client()
    assert not client._transport.http.is_open
    await client.customer.retrieve()
    assert client._transport.http.is_open
    await client.close()
    assert not client._transport.http.is_open


async def test_an_unclosed_client_warns(fake_byteful: FakeByteful) -> None:
    client = fake_byteful.client()
    await client.customer.retrieve()
    session = client._transport.http.get()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del client
        gc.collect()
    assert any(
        issubclass(w.category, ResourceWarning) and "AsyncByteful" in str(w.message) for w in caught
    )
    await session.close()  # tidy up what the test leaked on purpose


async def test_user_agent_and_keys_are_sent(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client() as client:
        await client.customer.retrieve()
    headers = fake_byteful.requests[-1].headers
    assert headers["User-Agent"].startswith("byteful-async/")
    assert headers["X-API-Public-Key"] == fake_byteful.public_key
    assert headers["X-API-Private-Key"] == fake_byteful.private_key
    assert "Content-Type" not in headers


async def test_a_client_used_from_a_second_event_loop_says_so(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        await client.customer.retrieve()
        failures: list[BaseException] = []

        def elsewhere() -> None:
            try:
                asyncio.run(client.customer.retrieve())
            except BaseException as exc:
                failures.append(exc)

        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
        await client.customer.retrieve()  # still fine in its own loop
    assert len(failures) == 1
    assert isinstance(failures[0], BytefulError)
    assert "first used in another event loop" in str(failures[0])
    assert fake_byteful.count() == 2


async def test_closing_with_a_request_in_flight_fails_it_clearly() -> None:
    released = asyncio.Event()

    async def slow(request: web.Request) -> web.StreamResponse:
        await released.wait()
        return web.json_response({"data": {}, "message": "ok"})

    async with Rogue(slow) as server:
        client = server.client()
        call = asyncio.ensure_future(client.services.cancel("API-1955-0003"))
        await server.arrived.wait()  # the DELETE is on the server now
        await client.close()
        with pytest.raises(APIConnectionError) as caught:
            await call
        released.set()
    assert "closed while the request was in flight" in str(caught.value)
    assert caught.value.outcome_unknown  # the DELETE had left
