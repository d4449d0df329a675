"""Connecting through a proxy from the API's objects and generated lines."""

from __future__ import annotations

import base64

import aiohttp
import pytest
from aiohttp import web

from byteful_async import AsyncByteful, ProxyConnection
from tests.rogue import Rogue


async def test_a_proxy_and_a_user_make_an_aiohttp_proxy(client: AsyncByteful) -> None:
    proxy = (await client.proxies.search(country_id="us")).items[0]
    user = await client.proxy_users.retrieve("ads_team_user1")
    via = ProxyConnection.from_proxy(proxy, user)
    assert (via.host, via.port, via.username) == (proxy.proxy_ip_address, 8080, "ads_team_user1")
    assert user.proxy_user_password is not None
    assert user.proxy_user_password not in repr(via)
    assert via.url() == f"http://ads_team_user1:{user.proxy_user_password}@{via.host}:8080"
    socks = ProxyConnection.from_proxy(proxy, user, scheme="socks5")
    assert socks.port == 1080
    with pytest.raises(ValueError, match="aiohttp-socks"):
        socks.aiohttp()


async def test_a_city_line_connects_through_a_proxy_with_its_credentials(
    client: AsyncByteful,
) -> None:
    (line,) = await client.residential.list(list_count=1, country_id="us", city_alias="austin")
    via = ProxyConnection.from_line(line)
    assert via.username is not None and via.username.startswith("default_user-country-us-city")

    async def forward_proxy(request: web.Request) -> web.StreamResponse:
        return web.json_response({"through": "proxy"})

    async with Rogue(forward_proxy) as proxy, aiohttp.ClientSession() as session:
        # Aim the connection at the stand-in proxy; the credentials are the line's.
        local = ProxyConnection(
            host="127.0.0.1",
            port=int(proxy.url.rsplit(":", 1)[1]),
            username=via.username,
            password=via.password,
        )
        async with session.get("http://example.test/page", **local.aiohttp()) as answer:
            assert await answer.json() == {"through": "proxy"}
    seen = proxy.seen[0]
    assert seen.url == "http://example.test/page"
    sent = base64.b64decode(seen.headers["Proxy-Authorization"].split()[1]).decode()
    assert sent == f"{via.username}:{via.password}"


def test_lines_and_urls_are_read_or_refused() -> None:
    url = ProxyConnection.from_line("socks5://u%40x:p%3Aw@gw.test:1080")
    assert (url.scheme, url.username, url.password, url.port) == ("socks5", "u@x", "p:w", 1080)
    assert url.requests()["https"] == "socks5://u%40x:p%3Aw@gw.test:1080"
    plain = ProxyConnection.from_line("198.51.100.4:8080:user:secret")
    assert plain.httpx() == "http://user:secret@198.51.100.4:8080"
    for bad in ["gw.test", "gw.test:port", "ftp://gw.test:21", "a:1:b"]:
        with pytest.raises(ValueError, match="proxy"):
            ProxyConnection.from_line(bad)
