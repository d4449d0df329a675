"""Proxies (``proxy=``, ``trust_env=``) and the paths ``client.request()`` sends."""

from __future__ import annotations

import pytest
from aiohttp import web

from byteful_async import APIConnectionError, AsyncByteful
from byteful_async.testing import FakeByteful
from tests.conftest import example
from tests.rogue import ConnectProxy, Rogue, json_answer

#: A name that resolves nowhere: only a proxy is ever asked for it.
API = "https://api.byteful.test/1.0"

PROXY_ENV = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy")


async def _proxy(request: web.Request) -> web.StreamResponse:
    # A forward proxy gets the whole target URL in the request line.
    return json_answer(example("customer_reference"))


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def test_requests_go_through_the_proxy_option(
    fake_byteful: FakeByteful, no_proxy_env: pytest.MonkeyPatch
) -> None:
    async with (
        Rogue(_proxy) as proxy,
        fake_byteful.client(proxy=proxy.url, rate_limit=None) as client,
    ):
        me = await client.customer.retrieve()
    assert me.customer_id is not None
    assert len(proxy.seen) == 1
    assert proxy.seen[0].url == f"{fake_byteful.url}/public/user/customer/retrieve"
    assert fake_byteful.count() == 0  # only the proxy was spoken to


@pytest.mark.parametrize("trust_env", [True, False])
async def test_this_machine_is_never_reached_through_an_environment_proxy(
    fake_byteful: FakeByteful, no_proxy_env: pytest.MonkeyPatch, trust_env: bool
) -> None:
    async with Rogue(_proxy) as proxy:
        no_proxy_env.setenv("HTTP_PROXY", proxy.url)
        async with fake_byteful.client(trust_env=trust_env, rate_limit=None) as client:
            await client.customer.retrieve()
    assert proxy.seen == []
    assert fake_byteful.count() == 1


async def test_the_proxy_environment_is_used_with_trust_env(
    no_proxy_env: pytest.MonkeyPatch,
) -> None:
    async with ConnectProxy() as proxy:
        no_proxy_env.setenv("HTTPS_PROXY", proxy.url)
        async with AsyncByteful(
            "pk_test", "sk_test_secret", base_url=API, trust_env=True, max_retries=0
        ) as client:
            with pytest.raises(APIConnectionError):
                await client.customer.retrieve()
    assert proxy.lines == ["CONNECT api.byteful.test:443 HTTP/1.1"]


@pytest.mark.parametrize(
    ("trust_env", "base_url", "reads_env"),
    [
        (False, API, False),
        (True, API, True),
        (True, "http://127.0.0.1:9/1.0", False),
    ],
)
async def test_which_sessions_read_the_environment(
    trust_env: bool, base_url: str, reads_env: bool
) -> None:
    # Checked on the session rather than on the wire: without a proxy the client would
    # look the host up itself, and nothing here may leave the machine.
    async with AsyncByteful(
        "pk_test", "sk_test_secret", base_url=base_url, trust_env=trust_env
    ) as client:
        assert client._transport.http.get().trust_env is reads_env


async def _echo(request: web.Request) -> web.StreamResponse:
    return json_answer({"data": {}, "message": "ok"})


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("/public/user/proxy user/search", "/1.0/public/user/proxy%20user/search"),
        ("public/user/customer/retrieve", "/1.0/public/user/customer/retrieve"),
        ("/public/user/city/retrieve/S%C3%A3o", "/1.0/public/user/city/retrieve/S%C3%A3o"),
        ("/public/user/city/retrieve/São", "/1.0/public/user/city/retrieve/S%C3%A3o"),
        ("/public/user/x/100%", "/1.0/public/user/x/100%25"),
    ],
)
async def test_request_paths_are_encoded_once(given: str, sent: str) -> None:
    async with Rogue(_echo) as server, server.client() as client:
        await client.request("GET", given)
    assert server.seen[0].url == f"{server.url}{sent}"
