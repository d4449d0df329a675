"""Arguments are checked and encoded before anything is sent; ids stay one path segment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from byteful_async import AsyncByteful, LedgerReason, NotFoundError
from byteful_async.testing import FakeByteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None)


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        (
            {"residential_ledger_reasn": "usage"},
            TypeError,
            "did you mean 'residential_ledger_reason'",
        ),
        ({"customer_id": 1955}, TypeError, "unknown filter 'customer_id'"),
        ({"per_page": 101}, ValueError, "per_page must be at most 100"),
        ({"per_page": 0}, ValueError, "per_page must be at least 1"),
        ({"page": -1}, ValueError, "page must be at least 1"),
        ({"per_page": "50"}, TypeError, "per_page must be an int"),
        ({"residential_ledger_bytes": True}, TypeError, "must be an int"),
        ({"residential_ledger_bytes": 1.5}, TypeError, "must be an int"),
        ({"service_id": ""}, ValueError, "service_id must not be empty"),
        ({"service_id": 12}, TypeError, "service_id must be a str"),
        ({"min_residential_ledger_period_date": "01/02/2026"}, ValueError, "YYYY-MM-DD"),
        ({"min_residential_ledger_period_date": datetime(2026, 1, 1)}, TypeError, "must be a date"),
        ({"min_residential_ledger_creation_datetime": 1700000000}, TypeError, "must be a datetime"),
        ({"residential_ledger_reason": 3}, TypeError, "must be a str"),
        ({"sort_by": "colour"}, ValueError, "sort_by must be a field of ResidentialLedger"),
        (
            {"sort_by": "residential_ledger_bytes_dsc"},
            ValueError,
            "did you mean 'residential_ledger_bytes_desc'",
        ),
    ],
)
async def test_bad_filters_are_refused_before_sending(
    client: AsyncByteful,
    fake_byteful: FakeByteful,
    filters: dict[str, Any],
    error: type,
    message: str,
) -> None:
    with pytest.raises(error, match=message) as caught:
        client.residential_ledger.search(**filters)
    assert "residential_ledger.search()" in str(caught.value)
    assert fake_byteful.count() == 0


async def test_values_are_encoded_the_api_way(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    await client.residential_ledger.search(
        residential_ledger_reason=LedgerReason.USAGE,
        min_residential_ledger_period_date=date(2026, 1, 2),
        max_residential_ledger_creation_datetime=datetime(
            2026, 1, 2, 15, 4, 5, 999, tzinfo=timezone(timedelta(hours=2))
        ),
        min_residential_ledger_last_update_datetime=datetime(2026, 1, 1, 0, 0, 0),
        like_service_id="%1955%",
        service_id=None,  # None is the same as leaving it out
    )
    await client.services.search(service_is_automatic_collection=False, service_type="isp")
    ledger, services = (r.query for r in fake_byteful.requests)
    assert ledger == {
        "residential_ledger_reason": "usage",
        "min_residential_ledger_period_date": "2026-01-02",
        "max_residential_ledger_creation_datetime": "2026-01-02 13:04:05",
        "min_residential_ledger_last_update_datetime": "2026-01-01 00:00:00",
        "like_service_id": "%1955%",
        "page": "1",
    }
    assert services == {
        "service_is_automatic_collection": "false",
        "service_type": "isp",
        "page": "1",
    }


async def test_text_dates_are_checked_and_normalised(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    await client.mobile_ledger.search(
        min_mobile_ledger_period_date="2026-01-05",
        min_mobile_ledger_creation_datetime="2026-01-05T10:00:00+00:00",
    )
    query = fake_byteful.requests[-1].query
    assert query["min_mobile_ledger_period_date"] == "2026-01-05"
    assert query["min_mobile_ledger_creation_datetime"] == "2026-01-05 10:00:00"


async def test_every_generated_filter_is_accepted_by_the_fake(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    # The fake answers 400 to a filter it does not know; the SDK must never send one.
    import typing

    from byteful_async import models

    samples: dict[Any, Any] = {
        int: 1,
        str: "x",
        bool: True,
        date: date(2026, 1, 1),
        datetime: datetime(2026, 1, 1, tzinfo=UTC),
    }
    searches = {
        "ResidentialLedgerSearchFilters": client.residential_ledger.search,
        "MobileLedgerSearchFilters": client.mobile_ledger.search,
        "ProductSearchFilters": client.products.search,
        "ServiceSearchFilters": client.services.search,
        "ServiceAdjustmentSearchFilters": client.service_adjustments.search,
    }
    for name, search in searches.items():
        for key, tp in typing.get_type_hints(getattr(models, name)).items():
            if key in ("page", "per_page", "sort_by"):
                continue
            base = typing.get_args(tp)[-1] if typing.get_args(tp) else tp
            await search(**{key: samples[base]})
    assert fake_byteful.count(status=200) == fake_byteful.count() > 100


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.residential_ledger.retrieve(""), "residential_ledger_id must not be empty"),
        (lambda c: c.mobile_ledger.retrieve("  "), "mobile_ledger_id must not be empty"),
        (lambda c: c.residential_ledger.retrieve(123), "must be a str"),
        (lambda c: c.service_adjustments.retrieve("12"), "service_adjustment_id must be an int"),
        (lambda c: c.service_adjustments.retrieve(-4), "must not be negative"),
        (lambda c: c.services.retrieve("API-1", proxies="yes"), "proxies must be a bool"),
        (lambda c: c.checkout.quote(product_code="isp_us"), "missing required argument 'quantity'"),
        (
            lambda c: c.checkout.quote(product_code="isp_us", quantity=0),
            "quantity must be at least 1",
        ),
        (
            lambda c: c.checkout.quote(product_code="isp_us", quantity="2"),
            "quantity must be an int",
        ),
        (
            lambda c: c.checkout.create(product_code="isp_us", quantity=1, colour="red"),
            "unknown argument 'colour'",
        ),
        (
            lambda c: c.checkout.create(product_code="", quantity=1),
            "product_code must not be empty",
        ),
        (lambda c: c.checkout.top_up(0), "amount_cents must be at least 1"),
        (lambda c: c.checkout.top_up(50.0), "amount_cents must be an int"),
        (lambda c: c.services.edit("API-1955-0003"), "at least one field"),
        (
            lambda c: c.services.cancel("API-1955-0003", cancel_feedback=5),
            "cancel_feedback must be a str",
        ),
    ],
)
async def test_bad_arguments_are_refused_before_sending(
    client: AsyncByteful, fake_byteful: FakeByteful, call: Any, message: str
) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        await call(client)
    assert fake_byteful.count() == 0


@pytest.mark.parametrize(
    "hostile", ["../customer/retrieve", "a/b?x=1", "..", ".", "x#frag", "%2e%2e", "id with spaces"]
)
async def test_ids_never_reach_another_endpoint(
    client: AsyncByteful, fake_byteful: FakeByteful, hostile: str
) -> None:
    with pytest.raises(NotFoundError):
        await client.residential_ledger.retrieve(hostile)
    (request,) = fake_byteful.requests
    assert request.path.startswith("/public/user/residential_ledger/retrieve/")
    assert request.path.count("/") == 5
    assert request.query == {}


async def test_fulfillment_filter_as_a_mapping(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    await client.checkout.quote(
        product_code="isp_us",
        quantity=1,
        service_fulfillment_filter={"asn_id": 7018, "city_id": 75202},  # type: ignore[typeddict-item]
    )
    assert (
        b'"service_fulfillment_filter":{"asn_id":7018,"city_id":75202}'
        in fake_byteful.requests[-1].body
    )
    with pytest.raises(TypeError, match="asn_id must be an int"):
        await client.checkout.quote(
            product_code="isp_us",
            quantity=1,
            service_fulfillment_filter={"asn_id": "7018"},  # type: ignore[typeddict-item]
        )
