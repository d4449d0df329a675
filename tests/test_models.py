"""Every documented example body decodes to the right types and values, field by field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from byteful_async import (
    Catalog,
    CatalogProduct,
    Checkout,
    CheckoutRequest,
    CreditTopUp,
    Customer,
    CycleInterval,
    FulfillmentFilter,
    IpProtocol,
    LedgerReason,
    MobileLedger,
    PriceTierType,
    PriceType,
    Product,
    ProductType,
    Proxy,
    ProxyStatus,
    Quote,
    ResidentialLedger,
    ResidentialSummary,
    Service,
    ServiceAdjustment,
    ServiceAdjustmentStatus,
    ServiceAdjustmentType,
    ServiceStatus,
    ServiceType,
)
from byteful_async._calls._converter import structure

from .conftest import example


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_residential_ledger_retrieve() -> None:
    entry = structure(example("residential_ledger_retrieve")["data"], ResidentialLedger)
    assert entry.residential_ledger_id == "123e4567-e89b-12d3-a456-426614174000"
    assert entry.residential_ledger_bytes == 128290101
    assert entry.residential_ledger_requests == 1244
    assert entry.residential_ledger_period_date == date(2023, 10, 1)
    assert type(entry.residential_ledger_period_date) is date
    assert entry.residential_ledger_reason is LedgerReason.TOP_UP
    assert entry.residential_ledger_creation_datetime == utc(2023, 4, 1, 12)
    assert entry.residential_ledger_creation_datetime.tzinfo is UTC
    assert entry.residential_ledger_last_update_datetime == utc(2023, 4, 2, 12)
    assert entry.service_id == "API-1234-5678"
    assert entry.service_adjustment_id == 10
    assert entry.customer_id == 1955
    assert entry.extra == {}


def test_mobile_ledger_retrieve_and_search_agree() -> None:
    one = structure(example("mobile_ledger_retrieve")["data"], MobileLedger)
    page = example("mobile_ledger_search")
    rows = structure(page["data"], list[MobileLedger])
    assert rows == [one]
    assert one.mobile_ledger_id == "123e4567-e89b-12d3-a456-426614174000"
    assert one.mobile_ledger_bytes == 128290101
    assert one.mobile_ledger_requests == 1244
    assert one.mobile_ledger_period_date == date(2023, 10, 1)
    assert one.mobile_ledger_reason == "top_up"
    assert one.mobile_ledger_reason is LedgerReason.TOP_UP
    assert one.mobile_ledger_creation_datetime == utc(2023, 4, 1, 12)
    assert one.mobile_ledger_last_update_datetime == utc(2023, 4, 2, 12)
    assert (one.service_id, one.service_adjustment_id, one.customer_id) == (
        "API-1234-5678",
        10,
        1955,
    )
    assert (page["page"], page["per_page"], page["item_count"], page["total_count"]) == (
        1,
        10,
        1,
        1,
    )


def test_customer_object_page() -> None:
    customer = structure(example("customer_object")["data"], Customer)
    assert customer.customer_id == 1955
    assert customer.customer_email_address == "steve.jobs@apple.com"
    assert (customer.customer_first_name, customer.customer_last_name) == ("Steve", "Jobs")
    assert customer.credit_balance == 1245
    assert customer.customer_proxy_user_limit == 5
    assert customer.proxy_count == 100
    assert customer.residential_bytes_left == 10737418240
    assert customer.active_residential_service_id == "1955-8012-871"
    assert customer.mobile_bytes_left == 5368709120
    assert customer.active_mobile_service_id is None
    assert customer.customer_creation_datetime is None  # absent from this example


def test_customer_reference_example() -> None:
    customer = structure(example("customer_reference")["data"], Customer)
    assert customer.customer_id == 1955
    assert customer.country_id == "us"
    assert customer.country_id_billing == "us"
    assert customer.customer_billing_line_one == "1"
    assert customer.customer_billing_line_two == "Infinite Loop"
    assert customer.customer_billing_name == "Steve Jobs"
    assert customer.customer_billing_subdivision_name == "Cupertino"
    assert customer.customer_billing_zip_code == "95014"
    assert customer.customer_creation_datetime == utc(2023, 9, 1, 10)
    assert customer.customer_last_login_datetime == utc(2023, 9, 10, 10)
    assert customer.customer_last_update_datetime == utc(2023, 9, 10, 11)
    assert customer.customer_discord_id == "dis_ckf3malOP1s"
    assert customer.customer_discord_oauth_id == "0xfOavU6OUtXxhJ8"
    assert customer.customer_google_oauth_id == "7Z6CbaOsoDg9AYds"
    assert customer.customer_email_two_factor_authentication is True
    assert customer.customer_iso_language_code == "en"
    assert customer.customer_phone_number == "+14089961010"
    assert customer.customer_profile_image_url == "https://apple.com/steveprofilepic.jpg"
    assert customer.customer_proxy_user_limit == 5
    assert customer.customer_requires_information_confirm is False
    assert customer.customer_requires_password_change is False
    assert customer.credit_balance is None  # this example does not show it
    assert customer.extra == {}


def test_residential_summary() -> None:
    summary = structure(example("residential_summary")["data"], ResidentialSummary)
    assert summary.residential_bytes == 10737418240
    assert summary.residential_bytes_used == 3221225472
    assert summary.residential_bytes_left == 7516192768
    assert summary.residential_requests == 145022
    assert summary.service_expiry_datetime == utc(2025, 4, 25, 14, 25, 36)
    assert summary.service_id == "121-0220-821"
    assert summary.proxy_user_ids == ["default_user", "stevejobs"]


def test_catalog_is_keyed_by_product_code() -> None:
    catalog = structure(example("catalog")["data"], Catalog)
    assert list(catalog) == ["datacenter_us", "isp_gb", "residential_global", "mobile_global"]
    assert all(type(p) is CatalogProduct for p in catalog.values())
    dc = catalog["datacenter_us"]
    assert dc.country_id == "us"
    assert dc.product_cycle_options == ["1:month", "3:month", "1:year"]
    assert dc.product_is_available is True
    assert dc.product_is_per_ip is True
    assert dc.product_name == "Datacenter Proxies [US]"
    assert dc.product_protocol is IpProtocol.IPV4
    assert dc.product_stock == 10
    assert dc.product_type is ProductType.DATACENTER
    assert catalog["isp_gb"].product_stock == 181
    assert catalog["isp_gb"].product_type is ProductType.ISP
    resi = catalog["residential_global"]
    assert (resi.country_id, resi.product_protocol, resi.product_stock) == (None, None, None)
    assert resi.product_is_per_ip is False
    assert resi.product_cycle_options == ["1:month"]
    assert catalog["mobile_global"].product_type is ProductType.MOBILE
    assert catalog["mobile_global"].product_name == "Mobile Proxies (Global)"


def test_quote_from_the_purchasing_guide() -> None:
    quote = structure(example("quote_seed")["data"], Quote)
    assert quote.before_discount_total == 1750
    assert quote.credit_balance == 500
    assert quote.credit_only_checkout is False
    assert quote.customer_credit_balance_applied is True
    assert quote.customer_credit_balance_applied_amount == 500
    assert quote.discount == 175
    assert quote.discounted is True
    assert quote.is_valid is True
    assert quote.promotional_code == "WELCOME10"
    assert quote.promotional_code_id == "promo_1RbySPB2BUlqim5lZkfUaYdE"
    assert quote.total == 1575
    assert quote.total_after_applied_credit == 1075
    assert (quote.invalid_reason, quote.is_top_up, quote.top_up_amount) == (None, None, None)
    assert quote.line_items is not None and len(quote.line_items) == 1
    item = quote.line_items[0]
    assert item.item_country_id == "us"
    assert item.item_name == "Static Residential ISP Proxies [US]"
    assert item.item_per_unit_amount == 350
    assert item.item_price_id == "price_1QJx2DB2BUlqim5lxmO3aT2v"
    assert item.item_price_type is PriceType.RECURRING
    assert item.item_quantity == 5
    assert item.item_total == 1750
    assert item.item_type is ProductType.ISP
    assert item.service_fulfillment_filter == FulfillmentFilter()


def test_quote_reference_reads_the_string_null_as_none() -> None:
    quote = structure(example("quote_reference")["data"], Quote)
    assert quote.invalid_reason is None
    assert quote.promotional_code is None
    assert quote.promotional_code_id is None
    assert quote.is_top_up is False
    assert quote.top_up_amount == 0
    assert quote.total == quote.total_after_applied_credit == 1750
    assert quote.line_items is not None
    assert quote.line_items[0].service_fulfillment_filter == FulfillmentFilter(asn_id=7018)


def test_checkout_create_unpaid_with_service() -> None:
    checkout = structure(example("checkout_create_unpaid")["data"], Checkout)
    assert checkout.created == ["API-1234-5678"]
    assert checkout.service_id == "API-1234-5678"
    assert checkout.invoice_is_paid is False
    assert checkout.invoice_url is not None and checkout.invoice_url.startswith(
        "https://invoice.stripe.com/"
    )
    assert checkout.proxies == [] and checkout.proxy_edited == []
    assert checkout.residential_ledger_created == [] and checkout.mobile_ledger_created == []
    service = checkout.service
    assert type(service) is Service
    assert service.service_id == "API-1234-5678"
    assert service.country_id == "us"
    assert service.customer_id == 1976
    assert service.open_invoice_id == "in_1TsPgdB2BUlqim5lkTytLb8K"
    assert service.payment_method_id is None
    assert service.product_id == "prod_AT7018"
    assert service.service_creation_datetime == utc(2025, 3, 25, 14, 25, 36)
    assert service.service_cycle == "1:month"
    assert service.service_dispatch_datetime is None
    assert service.service_earliest_cancellation_datetime == utc(2025, 3, 25, 14, 25, 36)
    assert service.service_expiry_datetime == utc(2025, 4, 25, 14, 25, 36)
    assert service.service_fulfillment_filter == FulfillmentFilter(asn_id=7018)
    assert service.service_image is not None and service.service_image.startswith(
        "https://files.stripe.com/"
    )
    assert service.service_is_automatic_collection is True
    assert service.service_is_cancellable is True
    assert service.service_is_off_catalog is False
    assert service.service_is_pending_cancellation is False
    assert service.service_is_reconfigurable is True
    assert service.service_last_update_datetime == utc(2025, 3, 25, 14, 25, 36)
    assert service.service_metadata == {}
    assert service.service_name == "AT&T ISP Proxies [US]"
    assert service.service_price_id == "price_1QJx2DB2BUlqim5lxmO3aT2v"
    assert service.service_promotional_code == "WELCOME10"
    assert service.service_protocol is IpProtocol.IPV4
    assert service.service_quantity == 5
    assert service.service_status is ServiceStatus.AWAITING_FULFILLMENT
    assert service.service_subscription_id == "sub_1QxSHmB2BUlqim5lTUH8HvKa"
    assert service.service_subscription_is_paused is False
    assert service.service_total == 1575
    assert service.service_type is ServiceType.ISP
    assert service.subscription_schedule_id is None
    assert service.extra == {}


def test_checkout_create_paid_with_a_proxy() -> None:
    checkout = structure(example("checkout_create_paid")["data"], Checkout)
    assert checkout.invoice_is_paid is True
    assert checkout.service is None
    assert checkout.proxy_edited == ["7a018d34-76c2-4c23-b14d-f7b9a7054e25"]
    assert checkout.proxies is not None and len(checkout.proxies) == 1
    proxy = checkout.proxies[0]
    assert type(proxy) is Proxy
    assert proxy.proxy_id == "7a018d34-76c2-4c23-b14d-f7b9a7054e25"
    assert proxy.asn_id == 7018
    assert proxy.asn_name == "AT&T Enterprises, LLC"
    assert proxy.city_example_postcode == "75202"
    assert proxy.city_id == 75202
    assert proxy.city_latitude == 32.7767
    assert proxy.city_longitude == -96.797
    assert proxy.city_name == "Dallas"
    assert proxy.city_timezone == "America/Chicago"
    assert (proxy.country_id, proxy.country_name) == ("us", "United States")
    assert proxy.customer_id == 1976
    assert proxy.default_proxy_user_password == "apple1984"
    assert proxy.default_proxy_user_username == "stevejobs"
    assert proxy.ip_address_id_v4 == "107.225.73.142"
    assert proxy.ip_address_id_v6 == "2600:1000:b12a:6351:8523:997e:93c4:f124"
    assert proxy.proxy_http_port == 8080
    assert proxy.proxy_socks5_port == 1080
    assert proxy.proxy_ip_address == "107.225.73.142"
    assert proxy.proxy_ip_address_v6 == "2600:1000:b12a:6351:8523:997e:93c4:f124"
    assert proxy.proxy_last_update_datetime == utc(2023, 11, 7, 5, 31, 56)
    assert proxy.proxy_password == "DHf3PSQXQ7rw1v9"
    assert proxy.proxy_protocol is IpProtocol.IPV4
    assert proxy.proxy_status is ProxyStatus.IN_USE
    assert proxy.proxy_type is ProductType.ISP
    assert proxy.proxy_username == "att7018user"
    assert proxy.service_id == "API-1234-5678"
    assert (proxy.subdivision_id, proxy.subdivision_name) == ("us-tx", "Texas")
    assert (proxy.subnet_id, proxy.subnet_id_v6) == ("107.225.72.0/22", "2600:1000::/28")


def test_credit_top_up() -> None:
    top_up = structure(example("credit_top_up")["data"], CreditTopUp)
    assert top_up.credit_added is True
    assert top_up.invoice_is_paid is False
    assert top_up.invoice_url == (
        "https://invoice.stripe.com/i/acct_1H7dAB2BUlqim5l/test_YWNjdF8xSGIzUEFCMkJabsEyzPS3Aag"
    )


def test_checkout_request_body() -> None:
    body = structure(example("checkout_request"), CheckoutRequest)
    assert body.product_code == "isp_us"
    assert body.quantity == 5
    assert body.cycle_interval is CycleInterval.MONTH
    assert body.cycle_interval_count == 1
    assert body.promotional_code == "WELCOME10"
    assert body.service_fulfillment_filter == FulfillmentFilter(
        asn_id=7018, subdivision_id="us-tx", city_id=75202
    )
    assert body.top_up_amount is None


def test_product_search_item() -> None:
    page = example("product_search")
    [product] = structure(page["data"], list[Product])
    assert product.product_id == "prod_OwYyLTzYTIAbOd"
    assert product.country_id == "us"
    assert product.product_creation_datetime == utc(2023, 11, 7, 5, 31, 56)
    assert product.product_last_update_datetime == utc(2023, 11, 7, 5, 31, 56)
    assert product.product_description is None  # the docs' "null" string
    assert product.product_image == "https://files.stripe.com/links/example"
    assert product.product_instock is True
    assert product.product_is_active is True
    assert product.product_is_available is True
    assert product.product_is_per_ip is True
    assert product.product_is_visible is True
    assert product.product_name == "Static Residential ISP Proxies [US]"
    assert product.product_stock == 181
    assert product.product_type is ProductType.ISP
    assert product.product_protocol is IpProtocol.IPV4
    assert product.product_prices is not None
    [price] = product.product_prices
    assert price.price_id == "price_1QJx2DB2BUlqim5lxmO3aT2v"
    assert price.price_amount == 350
    assert price.price_cycle_interval is CycleInterval.MONTH
    assert price.price_cycle_interval_count == 1
    assert price.price_is_subscription is True
    assert price.price_package_quantity == 1
    assert price.price_per_unit_amount == 350
    assert price.price_tier_type is PriceTierType.VOLUME
    assert price.price_type is PriceType.RECURRING
    assert price.price_tiers is not None
    assert [(t.price_tier_amount, t.price_tier_up_to) for t in price.price_tiers] == [
        (350, 10),
        (300, None),
    ]


def test_service_adjustment_search_item() -> None:
    [adjustment] = structure(example("service_adjustment_search")["data"], list[ServiceAdjustment])
    assert adjustment.service_adjustment_id == 213
    assert adjustment.invoice_id == "in_1NpRIvB2BUlqim5lN4v3URka"
    assert adjustment.service_id == "API-1234-5678"
    assert adjustment.service_adjustment_type is ServiceAdjustmentType.EXTENSION
    assert adjustment.service_adjustment_status is ServiceAdjustmentStatus.COMPLETE
    assert adjustment.service_adjustment_pre == {"service_expiry_datetime": "2023-09-14 18:30:00"}
    assert adjustment.service_adjustment_post == {"service_expiry_datetime": "2024-09-14 18:30:00"}
    assert adjustment.service_adjustment_eval == {
        "service_expiry_datetime": ["2023-09-14 18:30:00", "2024-09-14 18:30:00"]
    }
    assert adjustment.service_adjustment_is_administrator is False
    assert adjustment.service_adjustment_is_automatic is True
    assert adjustment.service_adjustment_is_customer is True
    assert adjustment.service_adjustment_creation_datetime == utc(2023, 9, 14, 18, 30)
    assert adjustment.service_adjustment_last_update_datetime == utc(2023, 9, 15, 18, 30)
