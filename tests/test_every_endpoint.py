"""Every operation of the manifest, against the fake: a real call, and a 404 where there is an id.

Generated from ``OPERATIONS``: an endpoint added to the table is tested here as soon as the
fake serves it (and fails here until it is given arguments or serves a call without any).
"""

from __future__ import annotations

import collections.abc
import enum
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

import attrs
import pytest

from byteful_async import (
    AsyncByteful,
    BadRequestError,
    IpAddressGeolocation,
    NotFoundError,
    Secret,
    SyncPaginator,
)
from byteful_async._calls._endpoint import Created, Endpoint, Envelope
from byteful_async._calls._pagination import AsyncPaginator
from byteful_async.testing import FakeByteful
from byteful_async.testing._geo import ASNS, CITIES, CONTINENTS, COUNTRIES, SUBDIVISIONS, ZIP_CODES

from .conftest import ENDPOINTS, FAST_RETRIES, least_body, method_of, sample_call

SEARCHES = {e.resource: e for e in ENDPOINTS.values() if e.envelope is Envelope.PAGE}
RETRIEVES = [
    e for e in ENDPOINTS.values() if e.method_name == "retrieve" and e.resource in SEARCHES
]
#: A value of each id type that names nothing.
ABSENT: dict[Any, Any] = {str: "no-such-thing-0000", int: 999_999_999}


@pytest.mark.parametrize("search", SEARCHES.values(), ids=list(SEARCHES))
async def test_every_search_answers_a_page_of_its_model(
    client: AsyncByteful, search: Endpoint[Any]
) -> None:
    page = await method_of(client, search)(per_page=2)
    assert page.items, f"the fake serves no {search.resource}"
    assert all(isinstance(row, search.returns) for row in page.items)
    assert all(row.extra == {} for row in page.items)  # every field the fake sends is modelled
    assert page.total_count >= len(page.items)


@pytest.mark.parametrize("retrieve", RETRIEVES, ids=[e.name for e in RETRIEVES])
async def test_every_retrieve_finds_what_its_search_lists(
    client: AsyncByteful, retrieve: Endpoint[Any]
) -> None:
    listed = (await method_of(client, SEARCHES[retrieve.resource])(per_page=1)).items[0]
    ((name, id_type),) = retrieve.ids
    ident = getattr(listed, name)
    assert type(ident) is id_type  # the id is typed as the table declares
    found = await method_of(client, retrieve)(ident)
    assert attrs.asdict(found) == attrs.asdict(listed)
    with pytest.raises(NotFoundError):
        await method_of(client, retrieve)(ABSENT[id_type])


async def test_geolocate(client: AsyncByteful) -> None:
    here = await client.ip_addresses.geolocate("203.0.113.7")
    assert isinstance(here, IpAddressGeolocation)
    assert here.ip_address == "203.0.113.7" and isinstance(here.city_id, int)
    again = await client.ip_addresses.geolocate("203.0.113.7")
    assert again == here  # the same address, the same place
    with pytest.raises(BadRequestError):
        await client.ip_addresses.geolocate("not-an-address")


async def test_reference_tables_filter_by_their_own_types(client: AsyncByteful) -> None:
    texan = await client.cities.search(subdivision_id="us-tx", city_is_populous=True)
    assert {c.city_name for c in texan.items} == {"Austin", "Houston"}
    north = await client.cities.search(min_city_latitude=50.0)
    assert {c.city_name for c in north.items} == {"London", "Berlin"}
    eu = await client.countries.search(country_is_european_union=True)
    assert {c.country_id for c in eu.items} == {"de", "fr"}
    hosting = await client.asns.search(asn_type="hosting")
    assert [a.asn_id for a in hosting.items] == [16276]


async def test_a_week_of_logs_collects_every_row_once(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    newest = (await client.logs.search(sort_by="log_request_datetime_desc", per_page=1)).items[0]
    assert newest.log_request_datetime is not None
    since = newest.log_request_datetime - timedelta(days=7)
    week = await client.logs.search(min_log_request_datetime=since).collect(concurrency=4)
    assert len(week) == len({log.log_id for log in week}) == len(fake_byteful.account.logs)
    errors = await client.logs.search(log_status_code=502)
    assert errors.total_count == sum(1 for log in week if log.log_status_code == 502) > 0
    days = await client.log_summaries.search(
        proxy_user_id="ads_team_user1", log_summary_hostname="example.com"
    )
    assert days.total_count == 90


async def test_analytics_add_up_the_daily_summaries(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    summaries = fake_byteful.account.log_summaries
    total = await client.analytics.breakdown(return_proxy_users=True, return_hostnames=True)
    assert total.requests == sum(r["log_summary_requests"] for r in summaries)
    assert total.proxy_users is not None and len(total.proxy_users) == 3
    assert sum(u["bytes"] for u in total.proxy_users) == total.bytes
    mine = await client.analytics.breakdown(proxy_user_id="ads_team_user1")
    assert mine.requests == sum(
        r["log_summary_requests"] for r in summaries if r["proxy_user_id"] == "ads_team_user1"
    )
    days = await client.analytics.graph(interval="day")
    assert days.points is not None and len(days.points) == 90
    assert sum(p["requests"] for p in days.points) == total.requests


# -- one real call of every operation, decoded field by field ----------------------------------

Arguments = Callable[[FakeByteful], tuple[list[Any], dict[str, Any]]]


def _first(rows: str, key: str) -> Arguments:
    return lambda fake: ([getattr(fake.account, rows)[0][key]], {})


def _table(rows: list[dict[str, Any]], key: str) -> Arguments:
    return lambda fake: ([rows[0][key]], {})


def _ledger(kind: str) -> Arguments:
    return lambda fake: (
        [getattr(fake.account, kind).slice(0, 1)[0][f"{kind}_ledger_id"]],
        {},
    )


def _proxy_ids(fake: FakeByteful) -> tuple[list[Any], dict[str, Any]]:
    return [], {"proxy_ids": [p["proxy_id"] for p in fake.account.proxies[:2]]}


#: Operations a call with sample values cannot serve: what the fake's world holds instead.
ARGUMENTS: dict[str, Arguments] = {
    "residential_ledger.retrieve": _ledger("residential"),
    "mobile_ledger.retrieve": _ledger("mobile"),
    "proxies.retrieve": _first("proxies", "proxy_id"),
    "proxies.list_by_id": _proxy_ids,
    "proxies.list_options": _proxy_ids,
    "proxy_users.retrieve": lambda fake: (["ads_team_user1"], {}),
    "proxy_users.edit": lambda fake: (["ads_team_user1"], {"proxy_user_is_strict_security": True}),
    "proxy_users.delete": lambda fake: (["ads_team_user1"], {}),
    "proxy_users.rotate_password": lambda fake: (["ads_team_user1"], {}),
    "proxy_user_acls.retrieve": _first("acls", "proxy_user_acl_id"),
    "proxy_user_acls.delete": _first("acls", "proxy_user_acl_id"),
    "proxy_user_acls.create": lambda fake: (
        [],
        {"proxy_user_id": "scraper_bot_02", "service_id": "API-1955-0001"},
    ),
    "logs.retrieve": _first("logs", "log_id"),
    "log_summaries.retrieve": _first("log_summaries", "log_summary_id"),
    "service_adjustments.retrieve": _first("adjustments", "service_adjustment_id"),
    "continents.retrieve": _table(CONTINENTS, "continent_id"),
    "countries.retrieve": _table(COUNTRIES, "country_id"),
    "subdivisions.retrieve": _table(SUBDIVISIONS, "subdivision_id"),
    "cities.retrieve": _table(CITIES, "city_id"),
    "zip_codes.retrieve": _table(ZIP_CODES, "zip_code_id"),
    "asns.retrieve": _table(ASNS, "asn_id"),
    "ip_addresses.geolocate": lambda fake: (["203.0.113.7"], {}),
    "checkout.create": lambda fake: ([], {"product_code": "isp_us", "quantity": 1}),
}


def served_call(
    client: AsyncByteful,
    fake: FakeByteful,
    endpoint: Endpoint[Any],
    arguments: Arguments | None = None,
) -> Any:
    """A call of ``endpoint`` the fake's world can serve: ``arguments`` if given, else those
    of ``ARGUMENTS``, else sample values."""
    arguments = arguments or ARGUMENTS.get(endpoint.name)
    if arguments is None:
        return sample_call(client, endpoint)
    positional, keywords = arguments(fake)
    return method_of(client, endpoint)(*positional, **keywords)


def conforms(value: object, tp: Any, path: str) -> list[str]:
    """Where ``value`` (a decoded answer) differs from the type ``tp``: one line per field."""
    if tp is Any:
        return []
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [conforms(value, option, path) for option in typing.get_args(tp)]
        return [] if any(not found for found in options) else [f"{path}: {value!r} is no {tp}"]
    if tp is type(None):
        return [] if value is None else [f"{path}: {value!r} is not None"]
    if origin is list:
        if type(value) is not list:
            return [f"{path}: {type(value).__name__} is not a list"]
        (item,) = typing.get_args(tp)
        return [p for i, v in enumerate(value) for p in conforms(v, item, f"{path}[{i}]")]
    if origin in (dict, Mapping, collections.abc.Mapping) or tp is dict:
        # A field declared a dict holds a dict; one declared a Mapping, any mapping.
        wanted = dict if origin is dict or tp is dict else collections.abc.Mapping
        if not isinstance(value, wanted):
            return [f"{path}: {type(value).__name__} is not a {wanted.__name__}"]
        args = typing.get_args(tp)
        return [p for k, v in value.items() for p in conforms(v, args[1], f"{path}[{k!r}]")]
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, tp):
            return [f"{path}: {type(value).__name__} is not a {tp.__name__}"]
        hints = typing.get_type_hints(tp)
        found = [
            p
            for field in attrs.fields(tp)
            for p in conforms(getattr(value, field.name), hints[field.name], f"{path}.{field.name}")
        ]
        extra = getattr(value, "extra", {})
        return found + ([f"{path}: fields the model lacks: {sorted(extra)}"] if extra else [])
    if tp is float:
        return [] if type(value) in (float, int) else [f"{path}: {value!r} is not a float"]
    if isinstance(tp, type) and issubclass(tp, enum.Enum | datetime | date | int | str | bool):
        # Exactly the type: a bool is no int here, a datetime no date.
        exact = type(value) is tp or (isinstance(tp, type) and issubclass(tp, enum.Enum))
        return [] if exact and isinstance(value, tp) else [f"{path}: {value!r} is not a {tp}"]
    return [f"{path}: no check for {tp}"]


def _declared(endpoint: Endpoint[Any]) -> Any:
    if endpoint.envelope is Envelope.PAGE:
        return list[endpoint.returns]  # type: ignore[name-defined]
    if endpoint.envelope in (Envelope.STRINGS, Envelope.LIST):
        return list[endpoint.returns]  # type: ignore[name-defined]
    return endpoint.returns


@pytest.mark.parametrize("endpoint", ENDPOINTS.values(), ids=list(ENDPOINTS))
async def test_every_operation_answers_its_declared_type_field_by_field(
    client: AsyncByteful, fake_byteful: FakeByteful, endpoint: Endpoint[Any]
) -> None:
    sent = len(fake_byteful.requests)
    call = served_call(client, fake_byteful, endpoint)
    if isinstance(call, AsyncPaginator):
        answer: Any = (await call).items
    else:
        answer = await call
    judge(endpoint, answer, fake_byteful, sent)


@pytest.mark.parametrize("endpoint", ENDPOINTS.values(), ids=list(ENDPOINTS))
def test_every_operation_of_the_sync_client_answers_its_declared_type(
    fake_byteful_thread: FakeByteful, endpoint: Endpoint[Any]
) -> None:
    with fake_byteful_thread.sync_client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        sent = len(fake_byteful_thread.requests)
        call = served_call(client, fake_byteful_thread, endpoint)  # type: ignore[arg-type]
        answer = call.first_page().items if isinstance(call, SyncPaginator) else call
        judge(endpoint, answer, fake_byteful_thread, sent)


def judge(endpoint: Endpoint[Any], answer: Any, fake: FakeByteful, sent: int) -> None:
    """Assert that ``answer`` took one request and is of ``endpoint``'s type, field by field."""
    assert len(fake.requests) == sent + 1  # one call, one request
    assert answer or (answer == [] and endpoint.envelope is Envelope.LIST), "an empty answer"
    if endpoint.name == "proxy_users.rotate_password":
        # It answers the password it made (the API's ChangeResult said the user was edited).
        user = next(u for u in fake.account.proxy_users if u["proxy_user_id"] == "ads_team_user1")
        assert isinstance(answer, Secret) and answer.reveal() == user["proxy_user_password"]
        return
    if endpoint.envelope is Envelope.CREATED:
        assert isinstance(answer, Created) and answer.created
        assert all(type(i) is str for i in answer.created)
        if answer.data is None:
            return  # the API sends ids alone for this create
        answer = answer.data
    problems = conforms(answer, _declared(endpoint), endpoint.name)
    assert not problems, problems


def test_the_manifest_covers_every_documented_endpoint() -> None:
    # The count comes from the golden records (one a documented endpoint), not from here.
    from .test_golden import RECORDS

    routes = {(e.method, e.path) for e in ENDPOINTS.values()}
    assert routes == {(r["method"], r["path"]) for r in RECORDS.values()}


#: Every operation with an id in its path that names an object (geolocate takes any address).
WITH_IDS = [e for e in ENDPOINTS.values() if e.ids and e.name != "ip_addresses.geolocate"]


@pytest.mark.parametrize("endpoint", WITH_IDS, ids=[e.name for e in WITH_IDS])
async def test_every_id_that_names_nothing_is_a_404(
    client: AsyncByteful, fake_byteful: FakeByteful, endpoint: Endpoint[Any]
) -> None:
    ((_, id_type),) = endpoint.ids
    sent = len(fake_byteful.requests)
    with pytest.raises(NotFoundError) as caught:
        await method_of(client, endpoint)(ABSENT[id_type], **least_body(endpoint))
    assert caught.value.status_code == 404
    assert len(fake_byteful.requests) == sent + 1  # a 404 is an answer: never resent


@pytest.mark.parametrize("endpoint", WITH_IDS, ids=[e.name for e in WITH_IDS])
def test_every_id_that_names_nothing_is_a_404_on_the_sync_client_too(
    fake_byteful_thread: FakeByteful, endpoint: Endpoint[Any]
) -> None:
    ((_, id_type),) = endpoint.ids
    sent = len(fake_byteful_thread.requests)
    with (
        fake_byteful_thread.sync_client(rate_limit=None) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        method_of(client, endpoint)(ABSENT[id_type], **least_body(endpoint))  # type: ignore[arg-type]
    assert caught.value.status_code == 404
    assert len(fake_byteful_thread.requests) == sent + 1
