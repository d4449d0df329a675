"""Every operation of the manifest, against the fake: a real call, and a 404 where there is an id.

Generated from ``OPERATIONS``: an endpoint added to the table is tested here as soon as the
fake serves it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import attrs
import pytest

from byteful_async import AsyncByteful, BadRequestError, IpAddressGeolocation, NotFoundError
from byteful_async._endpoint import Endpoint, Envelope
from byteful_async.testing import FakeByteful

from .conftest import ENDPOINTS, method_of

SEARCHES = {e.resource: e for e in ENDPOINTS.values() if e.envelope is Envelope.PAGE}
RETRIEVES = [
    e for e in ENDPOINTS.values() if e.method_name == "retrieve" and e.resource in SEARCHES
]
#: A value of each id type that names nothing.
ABSENT: dict[Any, Any] = {str: "no-such-thing-0000", int: 999_999_999}


@pytest.mark.parametrize("search", SEARCHES.values(), ids=list(SEARCHES))
async def test_every_search_answers_a_page_of_its_model(
    byteful_client: AsyncByteful, search: Endpoint[Any]
) -> None:
    page = await method_of(byteful_client, search)(per_page=2)
    assert page.items, f"the fake serves no {search.resource}"
    assert all(isinstance(row, search.returns) for row in page.items)
    assert all(row.extra == {} for row in page.items)  # every field the fake sends is modelled
    assert page.total_count >= len(page.items)


@pytest.mark.parametrize("retrieve", RETRIEVES, ids=[e.name for e in RETRIEVES])
async def test_every_retrieve_finds_what_its_search_lists(
    byteful_client: AsyncByteful, retrieve: Endpoint[Any]
) -> None:
    listed = (await method_of(byteful_client, SEARCHES[retrieve.resource])(per_page=1)).items[0]
    ((name, id_type),) = retrieve.ids
    ident = getattr(listed, name)
    assert type(ident) is id_type  # the id is typed as the table declares
    found = await method_of(byteful_client, retrieve)(ident)
    assert attrs.asdict(found) == attrs.asdict(listed)
    with pytest.raises(NotFoundError):
        await method_of(byteful_client, retrieve)(ABSENT[id_type])


async def test_geolocate(byteful_client: AsyncByteful) -> None:
    here = await byteful_client.ip_addresses.geolocate("203.0.113.7")
    assert isinstance(here, IpAddressGeolocation)
    assert here.ip_address == "203.0.113.7" and isinstance(here.city_id, int)
    again = await byteful_client.ip_addresses.geolocate("203.0.113.7")
    assert again == here  # the same address, the same place
    with pytest.raises(BadRequestError):
        await byteful_client.ip_addresses.geolocate("not-an-address")


async def test_reference_tables_filter_by_their_own_types(byteful_client: AsyncByteful) -> None:
    texan = await byteful_client.cities.search(subdivision_id="us-tx", city_is_populous=True)
    assert {c.city_name for c in texan.items} == {"Austin", "Houston"}
    north = await byteful_client.cities.search(min_city_latitude=50.0)
    assert {c.city_name for c in north.items} == {"London", "Berlin"}
    eu = await byteful_client.countries.search(country_is_european_union=True)
    assert {c.country_id for c in eu.items} == {"de", "fr"}
    hosting = await byteful_client.asns.search(asn_type="hosting")
    assert [a.asn_id for a in hosting.items] == [16276]


async def test_a_week_of_logs_collects_every_row_once(
    byteful_client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    newest = (
        await byteful_client.logs.search(sort_by="log_request_datetime_desc", per_page=1)
    ).items[0]
    assert newest.log_request_datetime is not None
    since = newest.log_request_datetime - timedelta(days=7)
    week = await byteful_client.logs.search(min_log_request_datetime=since).collect(concurrency=4)
    assert len(week) == len({log.log_id for log in week}) == len(fake_byteful.account.logs)
    errors = await byteful_client.logs.search(log_status_code=502)
    assert errors.total_count == sum(1 for log in week if log.log_status_code == 502) > 0
    days = await byteful_client.log_summaries.search(
        proxy_user_id="ads_team_user1", log_summary_hostname="example.com"
    )
    assert days.total_count == 90


async def test_analytics_add_up_the_daily_summaries(
    byteful_client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    summaries = fake_byteful.account.log_summaries
    total = await byteful_client.analytics.breakdown(return_proxy_users=True, return_hostnames=True)
    assert total.requests == sum(r["log_summary_requests"] for r in summaries)
    assert total.proxy_users is not None and len(total.proxy_users) == 3
    assert sum(u["bytes"] for u in total.proxy_users) == total.bytes
    mine = await byteful_client.analytics.breakdown(proxy_user_id="ads_team_user1")
    assert mine.requests == sum(
        r["log_summary_requests"] for r in summaries if r["proxy_user_id"] == "ads_team_user1"
    )
    days = await byteful_client.analytics.graph(interval="day")
    assert days.points is not None and len(days.points) == 90
    assert sum(p["requests"] for p in days.points) == total.requests
