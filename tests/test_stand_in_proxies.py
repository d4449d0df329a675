"""FakeByteful(serve_proxies=True): a bot runs end to end through proxies that check credentials."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from byteful_async import AsyncByteful, ProxyConnection
from byteful_async.testing import FakeByteful


@pytest.fixture
async def served() -> AsyncIterator[tuple[FakeByteful, AsyncByteful]]:
    async with (
        FakeByteful(serve_proxies=True, rate_limit=None) as server,
        server.client() as client,
    ):
        yield server, client


async def fetch(via: ProxyConnection, url: str = "http://example.com/page") -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session, session.get(url, **via.aiohttp()) as answer:
        return answer.status, await answer.json()


async def test_a_proxy_picked_by_country_answers_with_the_right_credentials(
    served: tuple[FakeByteful, AsyncByteful],
) -> None:
    server, client = served
    proxy = (await client.proxies.search(country_id="us")).items[0]
    user = await client.proxy_users.retrieve("ads_team_user1")
    status, body = await fetch(ProxyConnection.from_proxy(proxy, user))
    assert status == 200
    assert body == {
        "url": "http://example.com/page",
        "via": proxy.proxy_id,
        "proxy_user_id": "ads_team_user1",
    }
    assert server.proxied[-1].status == 200


async def test_a_wrong_password_or_a_deleted_user_is_refused(
    served: tuple[FakeByteful, AsyncByteful],
) -> None:
    _, client = served
    proxy = (await client.proxies.search(per_page=1)).items[0]
    assert proxy.proxy_ip_address == "127.0.0.1"
    assert proxy.proxy_http_port is not None
    wrong = ProxyConnection(
        host="127.0.0.1", port=proxy.proxy_http_port, username="ads_team_user1", password="nope"
    )
    assert (await fetch(wrong))[0] == 407
    user = await client.proxy_users.retrieve("ads_team_user1")
    via = ProxyConnection.from_proxy(proxy, user)
    assert (await fetch(via))[0] == 200
    await client.proxy_users.delete("ads_team_user1")
    assert (await fetch(via))[0] == 407  # its credentials stopped working at once


async def test_a_restricted_user_needs_a_rule_for_the_proxy(
    served: tuple[FakeByteful, AsyncByteful],
) -> None:
    _, client = served
    made = await client.proxy_users.create(
        proxy_user_id="restricted_01", proxy_user_access_type="proxy_restricted"
    )
    assert made.data is not None
    user = await client.proxy_users.retrieve("restricted_01")
    first, second = (await client.proxies.search(per_page=2)).items
    assert (await fetch(ProxyConnection.from_proxy(first, user)))[0] == 403
    await client.proxy_user_acls.create(proxy_user_id="restricted_01", proxy_id=first.proxy_id)
    assert (await fetch(ProxyConnection.from_proxy(first, user)))[0] == 200
    assert (await fetch(ProxyConnection.from_proxy(second, user)))[0] == 403


async def test_a_gateway_line_carries_its_targeting_through(
    served: tuple[FakeByteful, AsyncByteful],
) -> None:
    server, client = served
    (line,) = await client.residential.list(list_count=1, country_id="us", city_alias="austin")
    status, body = await fetch(ProxyConnection.from_line(line))
    assert status == 200
    assert body["via"] == "residential"
    assert body["proxy_user_id"] == "default_user"
    assert body["targeting"]["country"] == "us" and body["targeting"]["city"] == "austin"
    assert len(body["targeting"]["session"]) == 8
    assert [r.via for r in server.proxied] == ["residential"]


async def test_proxied_needs_the_option() -> None:
    async with FakeByteful() as server:
        with pytest.raises(RuntimeError, match="serve_proxies=True"):
            server.proxied  # noqa: B018
