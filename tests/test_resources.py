"""Every resource method against the fake server: a success and a 4xx each."""

from __future__ import annotations

from datetime import date

import pytest

from byteful_async import (
    AsyncByteful,
    AuthenticationError,
    BadRequestError,
    CatalogProduct,
    ChangeResult,
    Checkout,
    ConflictError,
    CreditTopUp,
    LedgerReason,
    NotFoundError,
    ProductType,
    ServiceStatus,
    UnprocessableEntityError,
)
from byteful_async.testing import FakeByteful

UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000"


async def test_customer_retrieve(client: AsyncByteful) -> None:
    me = await client.customer.retrieve()
    assert me.customer_id == 1955
    assert me.credit_balance == 250_00
    assert me.active_residential_service_id == "API-1955-0001"


async def test_wrong_keys_give_authentication_error(fake_byteful: FakeByteful) -> None:
    async with AsyncByteful("pk_wrong", "sk_wrong", base_url=fake_byteful.url) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.customer.retrieve()
    assert caught.value.status_code == 401
    assert caught.value.error == "Unauthorized"
    assert caught.value.request_id
    assert caught.value.request_id in str(caught.value)
    assert fake_byteful.count() == 1  # a 401 is never retried


@pytest.mark.parametrize("kind", ["residential", "mobile"])
async def test_ledger_retrieve_and_search(client: AsyncByteful, kind: str) -> None:
    resource = getattr(client, f"{kind}_ledger")
    page = await resource.search(per_page=5)
    assert len(page.items) == 5
    first = page.items[0]
    again = await resource.retrieve(getattr(first, f"{kind}_ledger_id"))
    assert again == first
    assert getattr(first, f"{kind}_ledger_reason") == LedgerReason.TOP_UP
    assert isinstance(getattr(first, f"{kind}_ledger_period_date"), date)


@pytest.mark.parametrize("kind", ["residential", "mobile"])
async def test_ledger_retrieve_unknown_id(client: AsyncByteful, kind: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        await getattr(client, f"{kind}_ledger").retrieve(UNKNOWN_UUID)
    assert caught.value.status_code == 404


async def test_summaries(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    residential = await client.residential.summary()
    mobile = await client.mobile.summary()
    added, used, _ = fake_byteful.residential.total_bytes()
    assert residential.residential_bytes == added
    assert residential.residential_bytes_used == used
    assert mobile.service_id == "API-1955-0002"


async def test_summary_error(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    body = {"error": "Not Found", "message": "No active mobile service.", "api_request_id": "r-1"}
    fake_byteful.respond(404, body, path="/mobile/summary")
    with pytest.raises(NotFoundError, match="No active mobile service"):
        await client.mobile.summary()


async def test_catalog(client: AsyncByteful) -> None:
    catalog = await client.checkout.catalog()
    assert set(catalog) >= {"datacenter_us", "isp_us", "residential_global", "mobile_global"}
    assert isinstance(catalog["isp_us"], CatalogProduct)
    assert catalog["residential_global"].product_type == ProductType.RESIDENTIAL
    assert catalog["residential_global"].product_protocol is None


async def test_quote(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    quote = await client.checkout.quote(
        product_code="isp_us", quantity=3, promotional_code="SAVE10"
    )
    assert quote.before_discount_total == 900
    assert quote.discount == 90
    assert quote.total == 810
    assert quote.invalid_reason is None  # the API's "null" string
    assert fake_byteful.purchases == []  # a quote buys nothing
    body = fake_byteful.requests[-1].body
    assert b'"quantity":3' in body and b'"product_code":"isp_us"' in body
    assert fake_byteful.requests[-1].headers["Content-Type"] == "application/json"


async def test_a_quote_for_an_unsellable_cart_is_marked_invalid(
    client: AsyncByteful,
) -> None:
    # As documented: 200, with is_valid false and the reason, not an error.
    quote = await client.checkout.quote(product_code="isp_gb", quantity=1)
    assert quote.is_valid is False
    assert quote.invalid_reason is not None and "out of stock" in quote.invalid_reason


async def test_checkout_by_type_names_the_product(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    quote = await client.checkout.quote(
        product_type="isp", product_protocol="ipv4", country_id="us", quantity=2
    )
    assert quote.is_valid is True
    assert quote.line_items and quote.line_items[0].item_name == "ISP Proxies (US)"


async def test_create_buys_once(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    checkout = await client.checkout.create(
        product_code="datacenter_us", quantity=2, cycle_interval="month", cycle_interval_count=1
    )
    assert isinstance(checkout, Checkout)
    assert checkout.invoice_is_paid is True
    assert checkout.service is not None and checkout.service.service_id == checkout.service_id
    assert checkout.service.service_status == ServiceStatus.AWAITING_FULFILLMENT
    assert len(fake_byteful.purchases) == 1
    assert fake_byteful.count(path="/checkout/create") == 1


async def test_create_refused(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    with pytest.raises(UnprocessableEntityError, match="promotional code"):
        await client.checkout.create(product_code="isp_us", quantity=1, promotional_code="NOPE")
    assert fake_byteful.purchases == []


async def test_top_up(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    top_up = await client.checkout.top_up(5000)
    assert isinstance(top_up, CreditTopUp)
    assert top_up.credit_added is True
    assert top_up.invoice_url
    assert fake_byteful.purchases == [
        {
            "product_code": "credit",
            "quantity": 1,
            "cycle_interval": "month",
            "cycle_interval_count": 1,
            "top_up_amount": 5000,
        }
    ]


async def test_top_up_refused(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    body = {"error": "Bad Request", "message": "Top-ups are disabled.", "api_request_id": "r-2"}
    fake_byteful.respond(400, body, path="/checkout/create")
    with pytest.raises(BadRequestError, match="disabled"):
        await client.checkout.top_up(5000)


async def test_products_search(client: AsyncByteful) -> None:
    page = await client.products.search(product_type=ProductType.ISP, country_id="us")
    assert [p.product_name for p in page.items] == ["ISP Proxies (US)"]
    assert page.items[0].product_prices is not None
    assert page.items[0].product_prices[0].price_amount == 300


async def test_products_search_refused(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    fake_byteful.respond(
        422, {"error": "Unprocessable Entity", "message": "Bad sort."}, path="/product/search"
    )
    with pytest.raises(UnprocessableEntityError):
        await client.products.search(sort_by="product_name")


async def test_services_retrieve_with_proxies(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    plain = await client.services.retrieve("API-1955-0003")
    assert plain.proxies is None
    full = await client.services.retrieve("API-1955-0003", proxies=True)
    assert full.proxies is not None and len(full.proxies) == 5
    assert fake_byteful.requests[-1].query == {"proxies": "true"}
    assert "proxy_password" not in repr(full)


async def test_services_retrieve_unknown(client: AsyncByteful) -> None:
    with pytest.raises(NotFoundError):
        await client.services.retrieve("API-0000-0000")


async def test_services_search(client: AsyncByteful) -> None:
    page = await client.services.search(service_type="isp", service_status="active")
    assert [s.service_id for s in page.items] == ["API-1955-0003"]


async def test_services_edit(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    result = await client.services.edit(
        "API-1955-0003", service_is_automatic_collection=False, service_metadata={"team": "ads"}
    )
    assert isinstance(result, ChangeResult)
    assert result.edited == ["API-1955-0003"]
    assert fake_byteful.requests[-1].method == "PATCH"
    service = await client.services.retrieve("API-1955-0003")
    assert service.service_is_automatic_collection is False
    assert service.service_metadata == {"team": "ads"}


async def test_services_edit_refused(client: AsyncByteful) -> None:
    too_many = {f"k{i}": i for i in range(31)}
    with pytest.raises(UnprocessableEntityError, match="30 keys"):
        await client.services.edit("API-1955-0003", service_metadata=too_many)


async def test_services_cancel(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    result = await client.services.cancel(
        "API-1955-0003", cancel_feedback="unused", cancel_comment="done"
    )
    # As documented: the service under edited, the proxies it took away under proxy_edited.
    assert result.edited == ["API-1955-0003"]
    assert fake_byteful.requests[-1].method == "DELETE"
    service = await client.services.retrieve("API-1955-0003", proxies=True)
    assert result.proxy_edited == [p.proxy_id for p in service.proxies or []] != []
    with pytest.raises(ConflictError):
        await client.services.cancel("API-1955-0003")
    assert fake_byteful.count(path="/service/cancel") == 2  # a 409 is not retried


async def test_service_adjustments(client: AsyncByteful) -> None:
    page = await client.service_adjustments.search(service_id="API-1955-0002")
    assert [a.service_adjustment_id for a in page.items] == [201]
    one = await client.service_adjustments.retrieve(201)
    assert one == page.items[0]
    with pytest.raises(NotFoundError):
        await client.service_adjustments.retrieve(999)
