"""Where nodes are available, and proxy lines for a search: the shapes the docs leave open.

Availability rows come back as bare country ids without ``group_by`` and as objects with it;
both decode to the same model. A grouped row is identified by its place and network together,
so rows that share a country are not mistaken for a repeated row.
"""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from byteful_async import (
    AsyncByteful,
    IncompleteResultError,
    MobileAvailability,
    ResidentialAvailability,
    ResponseDecodeError,
)
from byteful_async.testing import FakeByteful
from tests.rogue import Rogue, json_answer


async def test_without_group_by_the_bare_country_ids_read_as_rows(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    rows = await client.residential_availability.search().collect()
    assert all(isinstance(r, ResidentialAvailability) for r in rows)
    assert {r.country_id for r in rows} == {"us", "gb", "de", "fr", "jp"}
    assert all(r.residential_availability_node_count is None for r in rows)  # text alone
    answer = fake_byteful.requests[-1]
    assert answer.path.endswith("/residential_availability/search")


async def test_grouped_rows_add_up_to_the_count(client: AsyncByteful) -> None:
    total = await client.mobile_availability.count(country_id="us")
    assert isinstance(total, MobileAvailability)
    assert total.mobile_availability_node_count
    cities = await client.mobile_availability.search(group_by="city", country_id="us").collect()
    assert {c.city_name for c in cities} == {"Austin", "Houston", "Los Angeles", "Pflugerville"}
    assert sum(c.mobile_availability_node_count or 0 for c in cities) == (
        total.mobile_availability_node_count
    )
    networks = await client.mobile_availability.search(group_by="asn", country_id="us")
    assert sorted(n.asn_id for n in networks.items if n.asn_id) == [7018, 7922]
    assert sum(n.mobile_availability_node_count or 0 for n in networks.items) == (
        total.mobile_availability_node_count
    )


async def test_a_node_count_filter_applies_to_the_groups(client: AsyncByteful) -> None:
    everywhere = await client.residential_availability.search(group_by="city").collect()
    big = await client.residential_availability.search(
        group_by="city", min_residential_availability_node_count=50_000
    ).collect()
    expected = {
        c.city_id for c in everywhere if (c.residential_availability_node_count or 0) >= 50_000
    }
    assert {c.city_id for c in big} == expected
    assert 0 < len(big) < len(everywhere)


async def test_an_unknown_group_by_is_refused_before_sending(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    sent = len(fake_byteful.requests)
    with pytest.raises(ValueError, match="group_by must be one of country, subdivision") as exc:
        client.residential_availability.search(group_by="continent")
    assert "'continent'" in str(exc.value)
    assert len(fake_byteful.requests) == sent


def _availability_server(pages: dict[int, list[Any]]) -> Rogue:
    async def search(request: web.Request) -> web.StreamResponse:
        page = int(request.query.get("page", "1"))
        data = pages.get(page, [])
        return json_answer(
            {"data": data, "page": page, "per_page": 2, "total_count": 4, "message": "ok"}
        )

    return Rogue(search)


def _city(city_id: int, nodes: int) -> dict[str, Any]:
    return {"country_id": "us", "city_id": city_id, "residential_availability_node_count": nodes}


async def test_rows_are_told_apart_by_place_and_network_together() -> None:
    # Four cities of one country: the same country_id on every row is no repeat.
    pages = {1: [_city(1, 10), _city(2, 20)], 2: [_city(3, 30), _city(4, 40)]}
    async with _availability_server(pages) as server, server.client() as client:
        rows = await client.residential_availability.search(group_by="city", per_page=2).collect()
    assert [r.city_id for r in rows] == [1, 2, 3, 4]


async def test_a_repeated_row_ends_the_walk_with_an_error() -> None:
    pages = {1: [_city(1, 10), _city(2, 20)], 2: [_city(2, 20), _city(4, 40)]}
    async with _availability_server(pages) as server, server.client() as client:
        with pytest.raises(IncompleteResultError):
            await client.residential_availability.search(group_by="city", per_page=2).collect()


async def test_a_row_that_is_neither_text_nor_an_object_is_a_decode_error() -> None:
    pages = {1: ["us", 7]}
    async with _availability_server(pages) as server, server.client() as client:
        with pytest.raises(ResponseDecodeError, match=r"\[1\]"):
            await client.residential_availability.search(per_page=2)


# -- proxy lines for a search ----------------------------------------------------------------


async def test_lines_by_search_are_the_matching_proxies_with_the_chosen_credentials(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    isp = [p for p in fake_byteful.account.proxies if p["service_id"] == "API-1955-0003"]
    lines = await client.proxies.list_by_search(
        service_id="API-1955-0003", proxy_user_id="ads_team_user1", list_format="http"
    )
    user = await client.proxy_users.retrieve("ads_team_user1")
    assert len(lines) == len(isp) > 1
    assert lines == [
        f"http://ads_team_user1:{user.proxy_user_password}@{p['proxy_ip_address']}:"
        f"{p['proxy_http_port']}"
        for p in isp
    ]
    # The same proxies, named by id, give the same lines.
    by_id = await client.proxies.list_by_id(
        proxy_ids=[p["proxy_id"] for p in isp], proxy_user_id="ads_team_user1", list_format="http"
    )
    assert by_id == lines
    first = await client.proxies.list_by_search(service_id="API-1955-0003", per_page=1)
    assert len(first) == 1 and first[0].startswith(isp[0]["proxy_ip_address"])


async def test_lines_by_search_refuse_a_bad_filter_before_sending(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    sent = len(fake_byteful.requests)
    with pytest.raises(TypeError, match=r"proxies.list_by_search\(\): city_id must be an int"):
        await client.proxies.list_by_search(city_id="austin")  # type: ignore[typeddict-item]
    with pytest.raises(ValueError, match="per_page must be at most 100"):
        await client.proxies.list_by_search(per_page=500)
    with pytest.raises(ValueError, match="sort_by"):
        await client.proxies.list_by_search(sort_by="no_such_field")
    assert len(fake_byteful.requests) == sent
