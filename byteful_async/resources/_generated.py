# Generated from schema/operations.json by codegen. Do not edit by hand: change the table
# (or the schema), then run `make codegen`.
"""The endpoint declarations, resource classes and manifest of every operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Unpack

from byteful_async._calls._endpoint import Created, Endpoint, Envelope
from byteful_async._calls._pagination import AsyncPaginator
from byteful_async._sending._transport import Timeout
from byteful_async.models import (
    AnalyticsBreakdown,
    AnalyticsGraph,
    Asn,
    AsnSearchFilters,
    Catalog,
    ChangeResult,
    Checkout,
    CheckoutFields,
    CheckoutRequest,
    City,
    CitySearchFilters,
    Continent,
    ContinentSearchFilters,
    Country,
    CountrySearchFilters,
    CreditTopUp,
    Customer,
    IpAddressGeolocation,
    Log,
    LogSearchFilters,
    LogSummary,
    LogSummarySearchFilters,
    MobileAvailability,
    MobileAvailabilitySearchFilters,
    MobileLedger,
    MobileLedgerSearchFilters,
    MobileSummary,
    Product,
    ProductSearchFilters,
    Proxy,
    ProxyListByIdFields,
    ProxyListByIdRequest,
    ProxyListOption,
    ProxyListOptionsFields,
    ProxyListOptionsRequest,
    ProxySearchFilters,
    ProxyTestServer,
    ProxyTestServerSearchFilters,
    ProxyUser,
    ProxyUserAcl,
    ProxyUserAclCreateFields,
    ProxyUserAclCreateRequest,
    ProxyUserAclSearchFilters,
    ProxyUserCreateFields,
    ProxyUserCreateRequest,
    ProxyUserEditFields,
    ProxyUserEditRequest,
    ProxyUserSearchFilters,
    Quote,
    ResidentialAvailability,
    ResidentialAvailabilitySearchFilters,
    ResidentialLedger,
    ResidentialLedgerSearchFilters,
    ResidentialSummary,
    Service,
    ServiceAdjustment,
    ServiceAdjustmentSearchFilters,
    ServiceCancelFields,
    ServiceCancelRequest,
    ServiceEditFields,
    ServiceEditRequest,
    ServiceSearchFilters,
    Subdivision,
    SubdivisionSearchFilters,
    ZipCode,
    ZipCodeSearchFilters,
)
from byteful_async.resources._base import Resource

# -- declarations ----------------------------------------------------------------------------

CUSTOMER_RETRIEVE: Final[Endpoint[Customer]] = Endpoint(
    name="customer.retrieve",
    method="GET",
    path="/public/user/customer/retrieve",
    returns=Customer,
    envelope=Envelope.DATA,
    retry_safe=True,
    message="Customer successfully retrieved.",
    summary="The account that owns the keys: credit balance, data left, active services.",
    doc="https://documentation.pingproxies.com/api-reference/customer/retrieve-current-customer",
)

RESIDENTIAL_LEDGER_RETRIEVE: Final[Endpoint[ResidentialLedger]] = Endpoint(
    name="residential_ledger.retrieve",
    method="GET",
    path="/public/user/residential_ledger/retrieve/{residential_ledger_id}",
    returns=ResidentialLedger,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("residential_ledger_id", str),),
    message="Residential Ledger successfully retrieved.",
    summary="One ledger entry by its id (a UUID).",
    doc="https://documentation.pingproxies.com/api-reference/residential-ledger/retrieve-residential-ledger",
)

RESIDENTIAL_LEDGER_SEARCH: Final[Endpoint[ResidentialLedger]] = Endpoint(
    name="residential_ledger.search",
    method="GET",
    path="/public/user/residential_ledger/search",
    returns=ResidentialLedger,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ResidentialLedgerSearchFilters,
    rows=ResidentialLedger,
    key=("residential_ledger_id",),
    message="Residential Ledger search successful.",
    summary='Residential ledger entries matching the filters, e.g. ``residential_ledger_reason="usage"``.',
    doc="https://documentation.byteful.com/api-objects/residential-ledger",
)

RESIDENTIAL_SUMMARY: Final[Endpoint[ResidentialSummary]] = Endpoint(
    name="residential.summary",
    method="GET",
    path="/public/user/residential/summary",
    returns=ResidentialSummary,
    envelope=Envelope.DATA,
    retry_safe=True,
    message="Residential summary successfully generated.",
    summary="The residential data pool: bytes bought, used and left, and its active service.",
    doc="https://documentation.pingproxies.com/api-explainers/residential-bandwidth",
)

MOBILE_LEDGER_RETRIEVE: Final[Endpoint[MobileLedger]] = Endpoint(
    name="mobile_ledger.retrieve",
    method="GET",
    path="/public/user/mobile_ledger/retrieve/{mobile_ledger_id}",
    returns=MobileLedger,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("mobile_ledger_id", str),),
    message="Mobile Ledger successfully retrieved.",
    summary="One ledger entry by its id (a UUID).",
    doc="https://documentation.byteful.com/api-objects/mobile-ledger",
)

MOBILE_LEDGER_SEARCH: Final[Endpoint[MobileLedger]] = Endpoint(
    name="mobile_ledger.search",
    method="GET",
    path="/public/user/mobile_ledger/search",
    returns=MobileLedger,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=MobileLedgerSearchFilters,
    rows=MobileLedger,
    key=("mobile_ledger_id",),
    message="Mobile Ledger search successful.",
    summary='Mobile ledger entries matching the filters, e.g. ``mobile_ledger_reason="usage"``.',
    doc="https://documentation.byteful.com/api-reference/mobile-ledger/search-mobile-ledger",
)

MOBILE_SUMMARY: Final[Endpoint[MobileSummary]] = Endpoint(
    name="mobile.summary",
    method="GET",
    path="/public/user/mobile/summary",
    returns=MobileSummary,
    envelope=Envelope.DATA,
    retry_safe=True,
    message="Mobile summary successfully generated.",
    summary="The mobile data pool: bytes bought, used and left, and its active service.",
    doc="https://documentation.byteful.com/api-objects/mobile-ledger",
)

CHECKOUT_CATALOG: Final[Endpoint[Catalog]] = Endpoint(
    name="checkout.catalog",
    method="GET",
    path="/public/user/checkout/catalog",
    returns=Catalog,
    envelope=Envelope.DATA,
    retry_safe=True,
    message="Checkout catalog successfully retrieved.",
    summary="Every product on sale, keyed by product code (``isp_us``, ``residential_global``...).",
    doc="https://documentation.pingproxies.com/api-reference/checkout/retrieve-simplified-product-checkout-catalog",
)

CHECKOUT_QUOTE: Final[Endpoint[Quote]] = Endpoint(
    name="checkout.quote",
    method="POST",
    path="/public/user/checkout/quote",
    returns=Quote,
    envelope=Envelope.DATA,
    retry_safe=True,
    body=CheckoutRequest,
    message="Quote generated successfully.",
    summary="Price a purchase without buying (``product_code``, ``quantity``...); an impossible cart comes back with ``is_valid=False``.",
    doc="https://documentation.pingproxies.com/api-reference/checkout/generate-checkout-quote",
)

CHECKOUT_CREATE: Final[Endpoint[Checkout]] = Endpoint(
    name="checkout.create",
    method="POST",
    path="/public/user/checkout/create",
    returns=Checkout,
    envelope=Envelope.DATA,
    retry_safe=False,
    body=CheckoutRequest,
    spends_money=True,
    advice="the purchase may have gone through and was not sent again; before buying again, look for the new service: client.services.search(sort_by='service_creation_datetime_desc')",
    summary="Buy: credit is applied first; any rest is invoiced (``Checkout.invoice_url``). Sent at most once.",
    doc="https://documentation.pingproxies.com/api-reference/checkout/create-checkout",
)

CHECKOUT_TOP_UP: Final[Endpoint[CreditTopUp]] = Endpoint(
    name="checkout.top_up",
    method="POST",
    path="/public/user/checkout/create",
    returns=CreditTopUp,
    envelope=Envelope.DATA,
    retry_safe=False,
    body=CheckoutRequest,
    spends_money=True,
    advice="the top-up may have gone through and was not sent again; check the credit balance (client.customer.retrieve()) before trying again",
    summary="Add ``amount_cents`` of account credit (5000 is $50.00); pay at the invoice URL. Sent at most once.",
    doc="https://documentation.byteful.com/api-explainers/api-purchasing",
)

PRODUCTS_SEARCH: Final[Endpoint[Product]] = Endpoint(
    name="products.search",
    method="GET",
    path="/public/user/product/search",
    returns=Product,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ProductSearchFilters,
    rows=Product,
    key=("product_id",),
    message="Product search with stock succesfully completed.",
    summary='Products with their prices and stock, e.g. ``product_type="isp", country_id="us"``.',
    doc="https://documentation.pingproxies.com/api-reference/product/search-product",
)

SERVICES_RETRIEVE: Final[Endpoint[Service]] = Endpoint(
    name="services.retrieve",
    method="GET",
    path="/public/user/service/retrieve/{service_id}",
    returns=Service,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("service_id", str),),
    options={"proxies": (bool, False)},
    message="Service successfully retrieved.",
    summary="One service by id; ``proxies=True`` also returns its proxies (``Service.proxies``).",
    doc="https://documentation.pingproxies.com/api-reference/service/retrieve-service",
)

SERVICES_SEARCH: Final[Endpoint[Service]] = Endpoint(
    name="services.search",
    method="GET",
    path="/public/user/service/search",
    returns=Service,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ServiceSearchFilters,
    rows=Service,
    metadata="service_metadata",
    key=("service_id",),
    message="Service search successful.",
    summary='Services matching the filters, e.g. ``service_status="active"``.',
    doc="https://documentation.pingproxies.com/api-reference/service/search-services",
)

SERVICES_EDIT: Final[Endpoint[ChangeResult]] = Endpoint(
    name="services.edit",
    method="PATCH",
    path="/public/user/service/edit/{service_id}",
    returns=ChangeResult,
    envelope=Envelope.EDITED,
    retry_safe=False,
    ids=(("service_id", str),),
    body=ServiceEditRequest,
    body_min_fields=1,
    message="Service successfully edited.",
    summary="Change a service's settings; ``service_metadata`` replaces the whole metadata.",
    doc="https://documentation.pingproxies.com/api-reference/service/edit-service",
)

SERVICES_CANCEL: Final[Endpoint[ChangeResult]] = Endpoint(
    name="services.cancel",
    method="DELETE",
    path="/public/user/service/cancel/{service_id}",
    returns=ChangeResult,
    envelope=Envelope.EDITED,
    retry_safe=False,
    ids=(("service_id", str),),
    body=ServiceCancelRequest,
    destroys=True,
    advice="the cancellation may have gone through and was not sent again; check the service's status (client.services.retrieve(service_id)) before trying again",
    message="Service successfully canceled.",
    summary="Cancel a service now, optionally saying why (``cancel_feedback``, ``cancel_comment``). Its proxies stop working.",
    doc="https://documentation.pingproxies.com/api-reference/service/cancel-service",
)

SERVICE_ADJUSTMENTS_RETRIEVE: Final[Endpoint[ServiceAdjustment]] = Endpoint(
    name="service_adjustments.retrieve",
    method="GET",
    path="/public/user/service_adjustment/retrieve/{service_adjustment_id}",
    returns=ServiceAdjustment,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("service_adjustment_id", int),),
    message="Service Adjustment successfully retrieved.",
    summary="One service adjustment by its (integer) id.",
    doc="https://documentation.pingproxies.com/api-objects/service-adjustment",
)

SERVICE_ADJUSTMENTS_SEARCH: Final[Endpoint[ServiceAdjustment]] = Endpoint(
    name="service_adjustments.search",
    method="GET",
    path="/public/user/service_adjustment/search",
    returns=ServiceAdjustment,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ServiceAdjustmentSearchFilters,
    rows=ServiceAdjustment,
    key=("service_adjustment_id",),
    message="Service Adjustment search successful.",
    summary="Changes made to services (extensions, top-ups, replacements, cancellations) matching the filters.",
    doc="https://documentation.pingproxies.com/api-reference/service-adjustment/search-service-adjustments",
)

PROXIES_RETRIEVE: Final[Endpoint[Proxy]] = Endpoint(
    name="proxies.retrieve",
    method="GET",
    path="/public/user/proxy/retrieve/{proxy_id}",
    returns=Proxy,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("proxy_id", str),),
    message="Proxy successfully retrieved.",
    summary="One proxy by its id (a UUID).",
    doc="https://documentation.pingproxies.com/api-objects/proxy",
)

PROXIES_SEARCH: Final[Endpoint[Proxy]] = Endpoint(
    name="proxies.search",
    method="GET",
    path="/public/user/proxy/search",
    returns=Proxy,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ProxySearchFilters,
    rows=Proxy,
    key=("proxy_id",),
    message="Proxy search successful.",
    summary='Proxies matching the filters, e.g. ``country_id="us"`` or ``service_id=...``.',
    doc="https://documentation.pingproxies.com/api-core-features/search-operators",
)

PROXIES_LIST_BY_SEARCH: Final[Endpoint[list[str]]] = Endpoint(
    name="proxies.list_by_search",
    method="GET",
    path="/public/user/proxy/list_by_search",
    returns=str,
    envelope=Envelope.STRINGS,
    retry_safe=True,
    options={
        "list_format": (str, None),
        "list_protocol": (str, None),
        "list_version": (str, None),
        "list_authentication": (str, None),
    },
    filters=ProxySearchFilters,
    rows=Proxy,
    message="Proxy list successfully generated.",
    summary="Proxy lines for the proxies matching the filters (one page of them: ``page`` and ``per_page`` as in a search); ``proxy_user_id`` picks whose credentials go in the lines.",
    doc="https://documentation.pingproxies.com/api-reference/proxy/retrieve-proxy-list-options",
)

PROXY_USERS_RETRIEVE: Final[Endpoint[ProxyUser]] = Endpoint(
    name="proxy_users.retrieve",
    method="GET",
    path="/public/user/proxy_user/retrieve/{proxy_user_id}",
    returns=ProxyUser,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("proxy_user_id", str),),
    message="Proxy User successfully retrieved.",
    summary="One proxy user by its user name.",
    doc="https://documentation.pingproxies.com/api-objects/proxy-user",
)

PROXY_USERS_SEARCH: Final[Endpoint[ProxyUser]] = Endpoint(
    name="proxy_users.search",
    method="GET",
    path="/public/user/proxy_user/search",
    returns=ProxyUser,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ProxyUserSearchFilters,
    rows=ProxyUser,
    metadata="proxy_user_metadata",
    key=("proxy_user_id",),
    message="Proxy User search successful.",
    summary="Proxy users matching the filters; ``metadata=`` filters on their metadata.",
    doc="https://documentation.pingproxies.com/api-objects/proxy-user",
)

PROXY_USERS_CREATE: Final[Endpoint[Created[ProxyUser]]] = Endpoint(
    name="proxy_users.create",
    method="POST",
    path="/public/user/proxy_user/create",
    returns=ProxyUser,
    envelope=Envelope.CREATED,
    retry_safe=False,
    body=ProxyUserCreateRequest,
    advice="the proxy user may have been made and was not sent again; look for it before trying again: client.proxy_users.search(proxy_user_id=...) or by its metadata",
    message="Proxy User successfully created.",
    summary="Make a proxy user; the answer's ``data`` holds its user name and (generated) password.",
    doc="https://documentation.pingproxies.com/api-reference/proxy-user/create-proxy-user",
)

PROXY_USERS_EDIT: Final[Endpoint[ChangeResult]] = Endpoint(
    name="proxy_users.edit",
    method="PATCH",
    path="/public/user/proxy_user/edit/{proxy_user_id}",
    returns=ChangeResult,
    envelope=Envelope.EDITED,
    retry_safe=False,
    ids=(("proxy_user_id", str),),
    body=ProxyUserEditRequest,
    body_min_fields=1,
    advice="the edit may have been made and was not sent again; read the user (client.proxy_users.retrieve(proxy_user_id)) before trying again",
    message="Proxy User successfully edited.",
    summary="Change a proxy user: a new password, access type, limits or metadata (which replaces the old).",
    doc="https://documentation.byteful.com/api-reference/proxy-user/edit-proxy-user",
)

PROXY_USERS_ROTATE_PASSWORD: Final[Endpoint[ChangeResult]] = Endpoint(
    name="proxy_users.rotate_password",
    method="PATCH",
    path="/public/user/proxy_user/edit/{proxy_user_id}",
    returns=ChangeResult,
    envelope=Envelope.EDITED,
    retry_safe=False,
    ids=(("proxy_user_id", str),),
    body=ProxyUserEditRequest,
    advice="the new password may have been set and was not sent again: it is in error.call.body['proxy_user_password'] (a Secret: .reveal() it); try it, or read the user (client.proxy_users.retrieve(proxy_user_id)), before rotating again",
    message="Proxy User successfully edited.",
    summary="Give a proxy user a new random password, made on this side, and return it; clients using the old one stop working.",
    doc="https://documentation.byteful.com/api-reference/proxy-user/edit-proxy-user",
)

PROXY_USERS_DELETE: Final[Endpoint[ChangeResult]] = Endpoint(
    name="proxy_users.delete",
    method="DELETE",
    path="/public/user/proxy_user/delete/{proxy_user_id}",
    returns=ChangeResult,
    envelope=Envelope.DELETED,
    retry_safe=False,
    ids=(("proxy_user_id", str),),
    destroys=True,
    advice="the proxy user may have been deleted and was not sent again; check with client.proxy_users.retrieve(proxy_user_id) (a 404 means it is gone)",
    message="Proxy User successfully deleted.",
    summary="Delete a proxy user; clients using its credentials stop working.",
    doc="https://documentation.pingproxies.com/api-objects/proxy-user",
)

PROXY_USER_ACLS_RETRIEVE: Final[Endpoint[ProxyUserAcl]] = Endpoint(
    name="proxy_user_acls.retrieve",
    method="GET",
    path="/public/user/proxy_user_acl/retrieve/{proxy_user_acl_id}",
    returns=ProxyUserAcl,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("proxy_user_acl_id", str),),
    message="Proxy User ACL successfully retrieved.",
    summary="One access rule by its id (a UUID).",
    doc="https://documentation.byteful.com/api-objects/proxy-user-acl",
)

PROXY_USER_ACLS_SEARCH: Final[Endpoint[ProxyUserAcl]] = Endpoint(
    name="proxy_user_acls.search",
    method="GET",
    path="/public/user/proxy_user_acl/search",
    returns=ProxyUserAcl,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ProxyUserAclSearchFilters,
    rows=ProxyUserAcl,
    key=("proxy_user_acl_id",),
    message="Proxy User ACL search successful.",
    summary="Access rules matching the filters, e.g. ``proxy_user_id=...``.",
    doc="https://documentation.byteful.com/api-objects/proxy-user-acl",
)

PROXY_USER_ACLS_CREATE: Final[Endpoint[Created[ProxyUserAcl]]] = Endpoint(
    name="proxy_user_acls.create",
    method="POST",
    path="/public/user/proxy_user_acl/create",
    returns=ProxyUserAcl,
    envelope=Envelope.CREATED,
    retry_safe=False,
    body=ProxyUserAclCreateRequest,
    advice="the rule may have been made and was not sent again; look for it first: client.proxy_user_acls.search(proxy_user_id=...)",
    message="Proxy User ACL successfully created.",
    summary="Let a restricted proxy user use one service or one proxy.",
    doc="https://documentation.pingproxies.com/api-reference/proxy-user-acl/create-proxy-user-acl",
)

PROXY_USER_ACLS_DELETE: Final[Endpoint[ChangeResult]] = Endpoint(
    name="proxy_user_acls.delete",
    method="DELETE",
    path="/public/user/proxy_user_acl/delete/{proxy_user_acl_id}",
    returns=ChangeResult,
    envelope=Envelope.DELETED,
    retry_safe=False,
    ids=(("proxy_user_acl_id", str),),
    destroys=True,
    advice="the rule may have been deleted and was not sent again; check with client.proxy_user_acls.retrieve(proxy_user_acl_id) (a 404 means it is gone)",
    message="Proxy User ACL successfully deleted.",
    summary="Delete an access rule; the user loses that service or proxy.",
    doc="https://documentation.byteful.com/api-objects/proxy-user-acl",
)

COUNTRIES_RETRIEVE: Final[Endpoint[Country]] = Endpoint(
    name="countries.retrieve",
    method="GET",
    path="/public/user/country/retrieve/{country_id}",
    returns=Country,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("country_id", str),),
    message="Country successfully retrieved.",
    summary="One country by its id.",
    doc="https://documentation.pingproxies.com/api-objects/country",
)

COUNTRIES_SEARCH: Final[Endpoint[Country]] = Endpoint(
    name="countries.search",
    method="GET",
    path="/public/user/country/search",
    returns=Country,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=CountrySearchFilters,
    rows=Country,
    key=("country_id",),
    message="Country search successful.",
    summary="Countries matching the filters.",
    doc="https://documentation.pingproxies.com/api-objects/country",
)

SUBDIVISIONS_RETRIEVE: Final[Endpoint[Subdivision]] = Endpoint(
    name="subdivisions.retrieve",
    method="GET",
    path="/public/user/subdivision/retrieve/{subdivision_id}",
    returns=Subdivision,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("subdivision_id", str),),
    message="Subdivision successfully retrieved.",
    summary="One subdivision by its id.",
    doc="https://documentation.pingproxies.com/api-objects/subdivision",
)

SUBDIVISIONS_SEARCH: Final[Endpoint[Subdivision]] = Endpoint(
    name="subdivisions.search",
    method="GET",
    path="/public/user/subdivision/search",
    returns=Subdivision,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=SubdivisionSearchFilters,
    rows=Subdivision,
    key=("subdivision_id",),
    message="Subdivision search successful.",
    summary="States and regions matching the filters.",
    doc="https://documentation.pingproxies.com/api-objects/subdivision",
)

CITIES_RETRIEVE: Final[Endpoint[City]] = Endpoint(
    name="cities.retrieve",
    method="GET",
    path="/public/user/city/retrieve/{city_id}",
    returns=City,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("city_id", int),),
    message="City successfully retrieved.",
    summary="One city by its id.",
    doc="https://documentation.pingproxies.com/api-reference/city/search-city",
)

CITIES_SEARCH: Final[Endpoint[City]] = Endpoint(
    name="cities.search",
    method="GET",
    path="/public/user/city/search",
    returns=City,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=CitySearchFilters,
    rows=City,
    key=("city_id",),
    message="City search successful.",
    summary="Cities matching the filters.",
    doc="https://documentation.pingproxies.com/api-reference/city/search-city",
)

ZIP_CODES_RETRIEVE: Final[Endpoint[ZipCode]] = Endpoint(
    name="zip_codes.retrieve",
    method="GET",
    path="/public/user/zip_code/retrieve/{zip_code_id}",
    returns=ZipCode,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("zip_code_id", int),),
    message="Zip Code successfully retrieved.",
    summary="One zip code by its id.",
    doc="https://documentation.pingproxies.com/api-reference/zip-code/search-zip-code",
)

ZIP_CODES_SEARCH: Final[Endpoint[ZipCode]] = Endpoint(
    name="zip_codes.search",
    method="GET",
    path="/public/user/zip_code/search",
    returns=ZipCode,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ZipCodeSearchFilters,
    rows=ZipCode,
    key=("zip_code_id",),
    message="Zip Code search successful.",
    summary="Postal code areas matching the filters.",
    doc="https://documentation.pingproxies.com/api-reference/zip-code/search-zip-code",
)

CONTINENTS_RETRIEVE: Final[Endpoint[Continent]] = Endpoint(
    name="continents.retrieve",
    method="GET",
    path="/public/user/continent/retrieve/{continent_id}",
    returns=Continent,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("continent_id", str),),
    message="Continent successfully retrieved.",
    summary="One continent by its id.",
    doc="https://documentation.pingproxies.com/api-explainers/common-object-relationships",
)

CONTINENTS_SEARCH: Final[Endpoint[Continent]] = Endpoint(
    name="continents.search",
    method="GET",
    path="/public/user/continent/search",
    returns=Continent,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ContinentSearchFilters,
    rows=Continent,
    key=("continent_id",),
    message="Continent search successful.",
    summary="Continents matching the filters.",
    doc="https://documentation.pingproxies.com/api-explainers/common-object-relationships",
)

ASNS_RETRIEVE: Final[Endpoint[Asn]] = Endpoint(
    name="asns.retrieve",
    method="GET",
    path="/public/user/asn/retrieve/{asn_id}",
    returns=Asn,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("asn_id", int),),
    message="ASN successfully retrieved.",
    summary="One asn by its id.",
    doc="https://documentation.pingproxies.com/api-objects/asn",
)

ASNS_SEARCH: Final[Endpoint[Asn]] = Endpoint(
    name="asns.search",
    method="GET",
    path="/public/user/asn/search",
    returns=Asn,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=AsnSearchFilters,
    rows=Asn,
    key=("asn_id",),
    message="ASN search successful.",
    summary="Autonomous systems (networks) matching the filters.",
    doc="https://documentation.pingproxies.com/api-objects/asn",
)

PROXY_TEST_SERVERS_SEARCH: Final[Endpoint[ProxyTestServer]] = Endpoint(
    name="proxy_test_servers.search",
    method="GET",
    path="/public/user/proxy_test_server/search",
    returns=ProxyTestServer,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ProxyTestServerSearchFilters,
    rows=ProxyTestServer,
    key=("proxy_test_server_id",),
    message="Proxy Test Server search successful.",
    summary="Proxy test servers matching the filters.",
    doc="https://documentation.pingproxies.com/api-objects/proxy-tester",
)

IP_ADDRESSES_GEOLOCATE: Final[Endpoint[IpAddressGeolocation]] = Endpoint(
    name="ip_addresses.geolocate",
    method="GET",
    path="/public/user/ip_address/geolocate/{ip_address}",
    returns=IpAddressGeolocation,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("ip_address", str),),
    message="IP address successfully geolocated.",
    summary="Where an IP address is: country, region, city, network (the answer's shape is not documented; unknown fields land in ``extra``).",
    doc=None,
)

LOGS_RETRIEVE: Final[Endpoint[Log]] = Endpoint(
    name="logs.retrieve",
    method="GET",
    path="/public/user/log/retrieve/{log_id}",
    returns=Log,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("log_id", str),),
    message="Log successfully retrieved.",
    summary="One request log by its id.",
    doc="https://documentation.byteful.com/api-objects/log",
)

LOGS_SEARCH: Final[Endpoint[Log]] = Endpoint(
    name="logs.search",
    method="GET",
    path="/public/user/log/search",
    returns=Log,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=LogSearchFilters,
    rows=Log,
    key=("log_id",),
    message="Log search successful.",
    summary="Request logs matching the filters, e.g. ``min_log_request_datetime=...``.",
    doc="https://documentation.byteful.com/api-objects/log",
)

LOG_SUMMARIES_RETRIEVE: Final[Endpoint[LogSummary]] = Endpoint(
    name="log_summaries.retrieve",
    method="GET",
    path="/public/user/log_summary/retrieve/{log_summary_id}",
    returns=LogSummary,
    envelope=Envelope.DATA,
    retry_safe=True,
    ids=(("log_summary_id", str),),
    message="Log Summary successfully retrieved.",
    summary="One daily log summary by its id.",
    doc="https://documentation.byteful.com/api-objects/log-summary",
)

LOG_SUMMARIES_SEARCH: Final[Endpoint[LogSummary]] = Endpoint(
    name="log_summaries.search",
    method="GET",
    path="/public/user/log_summary/search",
    returns=LogSummary,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=LogSummarySearchFilters,
    rows=LogSummary,
    key=("log_summary_id",),
    message="Log Summary search successful.",
    summary="Daily log summaries matching the filters.",
    doc="https://documentation.byteful.com/api-objects/log-summary",
)

RESIDENTIAL_LIST: Final[Endpoint[list[str]]] = Endpoint(
    name="residential.list",
    method="GET",
    path="/public/user/residential/list",
    returns=str,
    envelope=Envelope.STRINGS,
    retry_safe=True,
    options={
        "list_count": (int, None),
        "list_format": (str, None),
        "proxy_user_id": (str, None),
        "list_session_type": (str, None),
        "list_session_ttl": (str, None),
        "list_mode": (str, None),
        "list_smartpath_enabled": (bool, None),
        "country_id": (str, None),
        "subdivision_id": (str, None),
        "city_id": (int, None),
        "city_alias": (str, None),
        "zip_code_id": (int, None),
    },
    option_bounds={"list_count": (1, 10000)},
    message="Residential list successfully generated.",
    summary="Proxy lines for the residential pool, with the targeting (country, city...) and session encoded in each line's user name.",
    doc="https://documentation.pingproxies.com/api-explainers/common-object-relationships",
)

MOBILE_LIST: Final[Endpoint[list[str]]] = Endpoint(
    name="mobile.list",
    method="GET",
    path="/public/user/mobile/list",
    returns=str,
    envelope=Envelope.STRINGS,
    retry_safe=True,
    options={
        "list_count": (int, None),
        "list_format": (str, None),
        "proxy_user_id": (str, None),
        "list_session_type": (str, None),
        "list_session_ttl": (str, None),
        "list_mode": (str, None),
        "list_smartpath_enabled": (bool, None),
        "country_id": (str, None),
        "subdivision_id": (str, None),
        "city_id": (int, None),
        "city_alias": (str, None),
        "zip_code_id": (int, None),
    },
    option_bounds={"list_count": (1, 10000)},
    message="Mobile list successfully generated.",
    summary="Proxy lines for the mobile pool, with the targeting (country, city...) and session encoded in each line's user name.",
    doc="https://documentation.pingproxies.com/api-explainers/common-object-relationships",
)

RESIDENTIAL_AVAILABILITY_COUNT: Final[Endpoint[ResidentialAvailability]] = Endpoint(
    name="residential_availability.count",
    method="GET",
    path="/public/user/residential_availability/count",
    returns=ResidentialAvailability,
    envelope=Envelope.DATA,
    retry_safe=True,
    options={
        "country_id": (str, None),
        "subdivision_id": (str, None),
        "city_name": (str, None),
        "asn_id": (int, None),
        "zip_code_alias": (str, None),
    },
    option_bounds={"asn_id": (1, None)},
    message="Residential availability successfully retrieved.",
    summary="How many residential nodes are available where asked (all of them without arguments).",
    doc=None,
)

RESIDENTIAL_AVAILABILITY_SEARCH: Final[Endpoint[ResidentialAvailability]] = Endpoint(
    name="residential_availability.search",
    method="GET",
    path="/public/user/residential_availability/search",
    returns=ResidentialAvailability,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=ResidentialAvailabilitySearchFilters,
    rows=ResidentialAvailability,
    key=("country_id", "subdivision_id", "city_id", "zip_code_id", "asn_id"),
    text_rows="country_id",
    message="Residential availability successfully retrieved.",
    summary="Available residential nodes, grouped by ``group_by`` (country ids alone without it).",
    doc=None,
)

MOBILE_AVAILABILITY_COUNT: Final[Endpoint[MobileAvailability]] = Endpoint(
    name="mobile_availability.count",
    method="GET",
    path="/public/user/mobile_availability/count",
    returns=MobileAvailability,
    envelope=Envelope.DATA,
    retry_safe=True,
    options={
        "country_id": (str, None),
        "subdivision_id": (str, None),
        "city_name": (str, None),
        "asn_id": (int, None),
        "zip_code_alias": (str, None),
    },
    option_bounds={"asn_id": (1, None)},
    message="Mobile availability successfully retrieved.",
    summary="How many mobile nodes are available where asked (all of them without arguments).",
    doc=None,
)

MOBILE_AVAILABILITY_SEARCH: Final[Endpoint[MobileAvailability]] = Endpoint(
    name="mobile_availability.search",
    method="GET",
    path="/public/user/mobile_availability/search",
    returns=MobileAvailability,
    envelope=Envelope.PAGE,
    retry_safe=True,
    filters=MobileAvailabilitySearchFilters,
    rows=MobileAvailability,
    key=("country_id", "subdivision_id", "city_id", "zip_code_id", "asn_id"),
    text_rows="country_id",
    message="Mobile availability successfully retrieved.",
    summary="Available mobile nodes, grouped by ``group_by`` (country ids alone without it).",
    doc=None,
)

PROXIES_LIST_BY_ID: Final[Endpoint[list[str]]] = Endpoint(
    name="proxies.list_by_id",
    method="POST",
    path="/public/user/proxy/list_by_id",
    returns=str,
    envelope=Envelope.STRINGS,
    retry_safe=True,
    body=ProxyListByIdRequest,
    message="Proxy list successfully generated.",
    summary="Proxy lines for the proxies named, in the API's order (a read sent as POST, since the ids can be many).",
    doc="https://documentation.pingproxies.com/api-basics/structure",
)

PROXIES_LIST_OPTIONS: Final[Endpoint[list[ProxyListOption]]] = Endpoint(
    name="proxies.list_options",
    method="POST",
    path="/public/user/proxy/list/options",
    returns=ProxyListOption,
    envelope=Envelope.LIST,
    retry_safe=True,
    body=ProxyListOptionsRequest,
    message="Proxy user list options successfully retrieved.",
    summary="Which proxy users may use the proxies named (by ids or by a search filter).",
    doc="https://documentation.pingproxies.com/api-reference/proxy/retrieve-proxy-list-options",
)

ANALYTICS_BREAKDOWN: Final[Endpoint[AnalyticsBreakdown]] = Endpoint(
    name="analytics.breakdown",
    method="GET",
    path="/public/user/analytics/breakdown",
    returns=AnalyticsBreakdown,
    envelope=Envelope.DATA,
    retry_safe=True,
    options={
        "preset": (str, None),
        "period_start": (str, None),
        "period_end": (str, None),
        "hostname": (str, None),
        "network": (str, None),
        "proxy_user_id": (str, None),
        "return_proxy_users": (bool, None),
        "return_hostnames": (bool, None),
        "return_networks": (bool, None),
        "limit": (int, None),
    },
    option_bounds={"limit": (1, None)},
    message="Analytics breakdown successfully generated.",
    summary="Usage over a period, in total and by proxy user, host and network (the period defaults to this month).",
    doc="https://documentation.byteful.com/api-explainers/analytics",
)

ANALYTICS_GRAPH: Final[Endpoint[AnalyticsGraph]] = Endpoint(
    name="analytics.graph",
    method="GET",
    path="/public/user/analytics/graph",
    returns=AnalyticsGraph,
    envelope=Envelope.DATA,
    retry_safe=True,
    options={
        "preset": (str, None),
        "period_start": (str, None),
        "period_end": (str, None),
        "hostname": (str, None),
        "network": (str, None),
        "proxy_user_id": (str, None),
        "interval": (str, None),
        "service_id": (str, None),
        "show_log_concurrency": (bool, None),
    },
    message="Analytics graph successfully generated.",
    summary="Usage over a period as points per minute, hour, day or month.",
    doc="https://documentation.byteful.com/api-explainers/analytics",
)

OPERATIONS: Final[tuple[Endpoint[Any], ...]] = (
    CUSTOMER_RETRIEVE,
    RESIDENTIAL_LEDGER_RETRIEVE,
    RESIDENTIAL_LEDGER_SEARCH,
    RESIDENTIAL_SUMMARY,
    MOBILE_LEDGER_RETRIEVE,
    MOBILE_LEDGER_SEARCH,
    MOBILE_SUMMARY,
    CHECKOUT_CATALOG,
    CHECKOUT_QUOTE,
    CHECKOUT_CREATE,
    CHECKOUT_TOP_UP,
    PRODUCTS_SEARCH,
    SERVICES_RETRIEVE,
    SERVICES_SEARCH,
    SERVICES_EDIT,
    SERVICES_CANCEL,
    SERVICE_ADJUSTMENTS_RETRIEVE,
    SERVICE_ADJUSTMENTS_SEARCH,
    PROXIES_RETRIEVE,
    PROXIES_SEARCH,
    PROXIES_LIST_BY_SEARCH,
    PROXY_USERS_RETRIEVE,
    PROXY_USERS_SEARCH,
    PROXY_USERS_CREATE,
    PROXY_USERS_EDIT,
    PROXY_USERS_ROTATE_PASSWORD,
    PROXY_USERS_DELETE,
    PROXY_USER_ACLS_RETRIEVE,
    PROXY_USER_ACLS_SEARCH,
    PROXY_USER_ACLS_CREATE,
    PROXY_USER_ACLS_DELETE,
    COUNTRIES_RETRIEVE,
    COUNTRIES_SEARCH,
    SUBDIVISIONS_RETRIEVE,
    SUBDIVISIONS_SEARCH,
    CITIES_RETRIEVE,
    CITIES_SEARCH,
    ZIP_CODES_RETRIEVE,
    ZIP_CODES_SEARCH,
    CONTINENTS_RETRIEVE,
    CONTINENTS_SEARCH,
    ASNS_RETRIEVE,
    ASNS_SEARCH,
    PROXY_TEST_SERVERS_SEARCH,
    IP_ADDRESSES_GEOLOCATE,
    LOGS_RETRIEVE,
    LOGS_SEARCH,
    LOG_SUMMARIES_RETRIEVE,
    LOG_SUMMARIES_SEARCH,
    RESIDENTIAL_LIST,
    MOBILE_LIST,
    RESIDENTIAL_AVAILABILITY_COUNT,
    RESIDENTIAL_AVAILABILITY_SEARCH,
    MOBILE_AVAILABILITY_COUNT,
    MOBILE_AVAILABILITY_SEARCH,
    PROXIES_LIST_BY_ID,
    PROXIES_LIST_OPTIONS,
    ANALYTICS_BREAKDOWN,
    ANALYTICS_GRAPH,
)
"""Every operation of the API, in the table's order: the manifest."""


# -- resources -------------------------------------------------------------------------------


class CustomerResource(Resource):
    """The account that owns the API keys."""

    async def retrieve(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customer:
        """The account that owns the keys: credit balance, data left, active services.

        ``GET /public/user/customer/retrieve``.

        Docs: https://documentation.pingproxies.com/api-reference/customer/retrieve-current-customer
        """
        return await self._core.call(
            CUSTOMER_RETRIEVE, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
        )


class ResidentialLedgerResource(Resource):
    """The residential data ledger: one row per change to the residential data pool."""

    async def retrieve(
        self,
        residential_ledger_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResidentialLedger:
        """One ledger entry by its id (a UUID).

        ``GET /public/user/residential_ledger/retrieve/{residential_ledger_id}``.

        Docs: https://documentation.pingproxies.com/api-reference/residential-ledger/retrieve-residential-ledger
        """
        return await self._core.call(
            RESIDENTIAL_LEDGER_RETRIEVE,
            ids={"residential_ledger_id": residential_ledger_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ResidentialLedgerSearchFilters],
    ) -> AsyncPaginator[ResidentialLedger]:
        """Residential ledger entries matching the filters, e.g. ``residential_ledger_reason="usage"``.

        ``GET /public/user/residential_ledger/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/residential-ledger
        """
        return self._core.paginate(
            RESIDENTIAL_LEDGER_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class MobileLedgerResource(Resource):
    """The mobile data ledger: one row per change to the mobile data pool."""

    async def retrieve(
        self,
        mobile_ledger_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MobileLedger:
        """One ledger entry by its id (a UUID).

        ``GET /public/user/mobile_ledger/retrieve/{mobile_ledger_id}``.

        Docs: https://documentation.byteful.com/api-objects/mobile-ledger
        """
        return await self._core.call(
            MOBILE_LEDGER_RETRIEVE,
            ids={"mobile_ledger_id": mobile_ledger_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[MobileLedgerSearchFilters],
    ) -> AsyncPaginator[MobileLedger]:
        """Mobile ledger entries matching the filters, e.g. ``mobile_ledger_reason="usage"``.

        ``GET /public/user/mobile_ledger/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-reference/mobile-ledger/search-mobile-ledger
        """
        return self._core.paginate(
            MOBILE_LEDGER_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ResidentialResource(Resource):
    """The residential data pool."""

    async def summary(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResidentialSummary:
        """The residential data pool: bytes bought, used and left, and its active service.

        ``GET /public/user/residential/summary``.

        Docs: https://documentation.pingproxies.com/api-explainers/residential-bandwidth
        """
        return await self._core.call(
            RESIDENTIAL_SUMMARY,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        list_count: int | None = None,
        list_format: str | None = None,
        proxy_user_id: str | None = None,
        list_session_type: str | None = None,
        list_session_ttl: str | None = None,
        list_mode: str | None = None,
        list_smartpath_enabled: bool | None = None,
        country_id: str | None = None,
        subdivision_id: str | None = None,
        city_id: int | None = None,
        city_alias: str | None = None,
        zip_code_id: int | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[str]:
        """Proxy lines for the residential pool, with the targeting (country, city...) and session encoded in each line's user name.

        ``GET /public/user/residential/list``.

        Docs: https://documentation.pingproxies.com/api-explainers/common-object-relationships
        """
        return await self._core.call(
            RESIDENTIAL_LIST,
            options={
                "list_count": list_count,
                "list_format": list_format,
                "proxy_user_id": proxy_user_id,
                "list_session_type": list_session_type,
                "list_session_ttl": list_session_ttl,
                "list_mode": list_mode,
                "list_smartpath_enabled": list_smartpath_enabled,
                "country_id": country_id,
                "subdivision_id": subdivision_id,
                "city_id": city_id,
                "city_alias": city_alias,
                "zip_code_id": zip_code_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class MobileResource(Resource):
    """The mobile data pool."""

    async def summary(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MobileSummary:
        """The mobile data pool: bytes bought, used and left, and its active service.

        ``GET /public/user/mobile/summary``.

        Docs: https://documentation.byteful.com/api-objects/mobile-ledger
        """
        return await self._core.call(
            MOBILE_SUMMARY, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
        )

    async def list(
        self,
        *,
        list_count: int | None = None,
        list_format: str | None = None,
        proxy_user_id: str | None = None,
        list_session_type: str | None = None,
        list_session_ttl: str | None = None,
        list_mode: str | None = None,
        list_smartpath_enabled: bool | None = None,
        country_id: str | None = None,
        subdivision_id: str | None = None,
        city_id: int | None = None,
        city_alias: str | None = None,
        zip_code_id: int | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[str]:
        """Proxy lines for the mobile pool, with the targeting (country, city...) and session encoded in each line's user name.

        ``GET /public/user/mobile/list``.

        Docs: https://documentation.pingproxies.com/api-explainers/common-object-relationships
        """
        return await self._core.call(
            MOBILE_LIST,
            options={
                "list_count": list_count,
                "list_format": list_format,
                "proxy_user_id": proxy_user_id,
                "list_session_type": list_session_type,
                "list_session_ttl": list_session_ttl,
                "list_mode": list_mode,
                "list_smartpath_enabled": list_smartpath_enabled,
                "country_id": country_id,
                "subdivision_id": subdivision_id,
                "city_id": city_id,
                "city_alias": city_alias,
                "zip_code_id": zip_code_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ResidentialAvailabilityResource(Resource):
    """Where residential nodes are available, by country, region, city, network or zip code."""

    async def count(
        self,
        *,
        country_id: str | None = None,
        subdivision_id: str | None = None,
        city_name: str | None = None,
        asn_id: int | None = None,
        zip_code_alias: str | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResidentialAvailability:
        """How many residential nodes are available where asked (all of them without arguments).

        ``GET /public/user/residential_availability/count``.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return await self._core.call(
            RESIDENTIAL_AVAILABILITY_COUNT,
            options={
                "country_id": country_id,
                "subdivision_id": subdivision_id,
                "city_name": city_name,
                "asn_id": asn_id,
                "zip_code_alias": zip_code_alias,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ResidentialAvailabilitySearchFilters],
    ) -> AsyncPaginator[ResidentialAvailability]:
        """Available residential nodes, grouped by ``group_by`` (country ids alone without it).

        ``GET /public/user/residential_availability/search``.

        Nothing is sent until the paginator is used.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return self._core.paginate(
            RESIDENTIAL_AVAILABILITY_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class MobileAvailabilityResource(Resource):
    """Where mobile nodes are available, by country, region, city, network or zip code."""

    async def count(
        self,
        *,
        country_id: str | None = None,
        subdivision_id: str | None = None,
        city_name: str | None = None,
        asn_id: int | None = None,
        zip_code_alias: str | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MobileAvailability:
        """How many mobile nodes are available where asked (all of them without arguments).

        ``GET /public/user/mobile_availability/count``.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return await self._core.call(
            MOBILE_AVAILABILITY_COUNT,
            options={
                "country_id": country_id,
                "subdivision_id": subdivision_id,
                "city_name": city_name,
                "asn_id": asn_id,
                "zip_code_alias": zip_code_alias,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[MobileAvailabilitySearchFilters],
    ) -> AsyncPaginator[MobileAvailability]:
        """Available mobile nodes, grouped by ``group_by`` (country ids alone without it).

        ``GET /public/user/mobile_availability/search``.

        Nothing is sent until the paginator is used.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return self._core.paginate(
            MOBILE_AVAILABILITY_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class CheckoutResourceBase(Resource):
    """The catalog, quotes, purchases and credit top-ups."""

    async def catalog(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Catalog:
        """Every product on sale, keyed by product code (``isp_us``, ``residential_global``...).

        ``GET /public/user/checkout/catalog``.

        Docs: https://documentation.pingproxies.com/api-reference/checkout/retrieve-simplified-product-checkout-catalog
        """
        return await self._core.call(
            CHECKOUT_CATALOG, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
        )

    async def quote(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[CheckoutFields],
    ) -> Quote:
        """Price a purchase without buying (``product_code``, ``quantity``...); an impossible cart comes back with ``is_valid=False``.

        ``POST /public/user/checkout/quote``.

        Docs: https://documentation.pingproxies.com/api-reference/checkout/generate-checkout-quote
        """
        return await self._core.call(
            CHECKOUT_QUOTE,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def create(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[CheckoutFields],
    ) -> Checkout:
        """Buy: credit is applied first; any rest is invoiced (``Checkout.invoice_url``). Sent at most once.

        ``POST /public/user/checkout/create``.

        Spends money: sent at most once, never resent after it may have arrived.

        Docs: https://documentation.pingproxies.com/api-reference/checkout/create-checkout
        """
        return await self._core.call(
            CHECKOUT_CREATE,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ProductsResource(Resource):
    """Products with their prices and stock."""

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProductSearchFilters],
    ) -> AsyncPaginator[Product]:
        """Products with their prices and stock, e.g. ``product_type="isp", country_id="us"``.

        ``GET /public/user/product/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/product/search-product
        """
        return self._core.paginate(
            PRODUCTS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ServicesResource(Resource):
    """The services (subscriptions) on the account."""

    async def retrieve(
        self,
        service_id: str,
        *,
        proxies: bool = False,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """One service by id; ``proxies=True`` also returns its proxies (``Service.proxies``).

        ``GET /public/user/service/retrieve/{service_id}``.

        Docs: https://documentation.pingproxies.com/api-reference/service/retrieve-service
        """
        return await self._core.call(
            SERVICES_RETRIEVE,
            ids={"service_id": service_id},
            options={"proxies": proxies},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        metadata: Mapping[str, str | int | float | bool] | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ServiceSearchFilters],
    ) -> AsyncPaginator[Service]:
        """Services matching the filters, e.g. ``service_status="active"``.

        ``GET /public/user/service/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/service/search-services
        """
        return self._core.paginate(
            SERVICES_SEARCH,
            filters,
            metadata=metadata,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def edit(
        self,
        service_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ServiceEditFields],
    ) -> ChangeResult:
        """Change a service's settings; ``service_metadata`` replaces the whole metadata.

        ``PATCH /public/user/service/edit/{service_id}``.

        Docs: https://documentation.pingproxies.com/api-reference/service/edit-service
        """
        return await self._core.call(
            SERVICES_EDIT,
            ids={"service_id": service_id},
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def cancel(
        self,
        service_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ServiceCancelFields],
    ) -> ChangeResult:
        """Cancel a service now, optionally saying why (``cancel_feedback``, ``cancel_comment``). Its proxies stop working.

        ``DELETE /public/user/service/cancel/{service_id}``.

        Cannot be undone.

        Docs: https://documentation.pingproxies.com/api-reference/service/cancel-service
        """
        return await self._core.call(
            SERVICES_CANCEL,
            ids={"service_id": service_id},
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ServiceAdjustmentsResource(Resource):
    """Changes made to services: extensions, top-ups, replacements, cancellations."""

    async def retrieve(
        self,
        service_adjustment_id: int,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceAdjustment:
        """One service adjustment by its (integer) id.

        ``GET /public/user/service_adjustment/retrieve/{service_adjustment_id}``.

        Docs: https://documentation.pingproxies.com/api-objects/service-adjustment
        """
        return await self._core.call(
            SERVICE_ADJUSTMENTS_RETRIEVE,
            ids={"service_adjustment_id": service_adjustment_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ServiceAdjustmentSearchFilters],
    ) -> AsyncPaginator[ServiceAdjustment]:
        """Changes made to services (extensions, top-ups, replacements, cancellations) matching the filters.

        ``GET /public/user/service_adjustment/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/service-adjustment/search-service-adjustments
        """
        return self._core.paginate(
            SERVICE_ADJUSTMENTS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ProxiesResource(Resource):
    """The proxies of the account's services: where they are and how to reach them."""

    async def retrieve(
        self,
        proxy_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Proxy:
        """One proxy by its id (a UUID).

        ``GET /public/user/proxy/retrieve/{proxy_id}``.

        Docs: https://documentation.pingproxies.com/api-objects/proxy
        """
        return await self._core.call(
            PROXIES_RETRIEVE,
            ids={"proxy_id": proxy_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxySearchFilters],
    ) -> AsyncPaginator[Proxy]:
        """Proxies matching the filters, e.g. ``country_id="us"`` or ``service_id=...``.

        ``GET /public/user/proxy/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-core-features/search-operators
        """
        return self._core.paginate(
            PROXIES_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def list_by_search(
        self,
        *,
        list_format: str | None = None,
        list_protocol: str | None = None,
        list_version: str | None = None,
        list_authentication: str | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxySearchFilters],
    ) -> list[str]:
        """Proxy lines for the proxies matching the filters (one page of them: ``page`` and ``per_page`` as in a search); ``proxy_user_id`` picks whose credentials go in the lines.

        ``GET /public/user/proxy/list_by_search``.

        Docs: https://documentation.pingproxies.com/api-reference/proxy/retrieve-proxy-list-options
        """
        return await self._core.call(
            PROXIES_LIST_BY_SEARCH,
            options={
                "list_format": list_format,
                "list_protocol": list_protocol,
                "list_version": list_version,
                "list_authentication": list_authentication,
            },
            filters=filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def list_by_id(
        self,
        proxy_ids: list[str],
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ProxyListByIdFields],
    ) -> list[str]:
        """Proxy lines for the proxies named, in the API's order (a read sent as POST, since the ids can be many).

        ``POST /public/user/proxy/list_by_id``.

        Docs: https://documentation.pingproxies.com/api-basics/structure
        """
        return await self._core.call(
            PROXIES_LIST_BY_ID,
            body={"proxy_ids": proxy_ids, **fields},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def list_options(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ProxyListOptionsFields],
    ) -> list[ProxyListOption]:
        """Which proxy users may use the proxies named (by ids or by a search filter).

        ``POST /public/user/proxy/list/options``.

        Docs: https://documentation.pingproxies.com/api-reference/proxy/retrieve-proxy-list-options
        """
        return await self._core.call(
            PROXIES_LIST_OPTIONS,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ProxyUsersResourceBase(Resource):
    """The proxy users: the credentials clients use with the proxies, and what each may use."""

    async def retrieve(
        self,
        proxy_user_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProxyUser:
        """One proxy user by its user name.

        ``GET /public/user/proxy_user/retrieve/{proxy_user_id}``.

        Docs: https://documentation.pingproxies.com/api-objects/proxy-user
        """
        return await self._core.call(
            PROXY_USERS_RETRIEVE,
            ids={"proxy_user_id": proxy_user_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        metadata: Mapping[str, str | int | float | bool] | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxyUserSearchFilters],
    ) -> AsyncPaginator[ProxyUser]:
        """Proxy users matching the filters; ``metadata=`` filters on their metadata.

        ``GET /public/user/proxy_user/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/proxy-user
        """
        return self._core.paginate(
            PROXY_USERS_SEARCH,
            filters,
            metadata=metadata,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def create(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ProxyUserCreateFields],
    ) -> Created[ProxyUser]:
        """Make a proxy user; the answer's ``data`` holds its user name and (generated) password.

        ``POST /public/user/proxy_user/create``.

        Docs: https://documentation.pingproxies.com/api-reference/proxy-user/create-proxy-user
        """
        return await self._core.call(
            PROXY_USERS_CREATE,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def edit(
        self,
        proxy_user_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ProxyUserEditFields],
    ) -> ChangeResult:
        """Change a proxy user: a new password, access type, limits or metadata (which replaces the old).

        ``PATCH /public/user/proxy_user/edit/{proxy_user_id}``.

        Docs: https://documentation.byteful.com/api-reference/proxy-user/edit-proxy-user
        """
        return await self._core.call(
            PROXY_USERS_EDIT,
            ids={"proxy_user_id": proxy_user_id},
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        proxy_user_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ChangeResult:
        """Delete a proxy user; clients using its credentials stop working.

        ``DELETE /public/user/proxy_user/delete/{proxy_user_id}``.

        Cannot be undone.

        Docs: https://documentation.pingproxies.com/api-objects/proxy-user
        """
        return await self._core.call(
            PROXY_USERS_DELETE,
            ids={"proxy_user_id": proxy_user_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ProxyUserAclsResource(Resource):
    """Access rules: which service or proxy a restricted proxy user may use."""

    async def retrieve(
        self,
        proxy_user_acl_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProxyUserAcl:
        """One access rule by its id (a UUID).

        ``GET /public/user/proxy_user_acl/retrieve/{proxy_user_acl_id}``.

        Docs: https://documentation.byteful.com/api-objects/proxy-user-acl
        """
        return await self._core.call(
            PROXY_USER_ACLS_RETRIEVE,
            ids={"proxy_user_acl_id": proxy_user_acl_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxyUserAclSearchFilters],
    ) -> AsyncPaginator[ProxyUserAcl]:
        """Access rules matching the filters, e.g. ``proxy_user_id=...``.

        ``GET /public/user/proxy_user_acl/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/proxy-user-acl
        """
        return self._core.paginate(
            PROXY_USER_ACLS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def create(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[ProxyUserAclCreateFields],
    ) -> Created[ProxyUserAcl]:
        """Let a restricted proxy user use one service or one proxy.

        ``POST /public/user/proxy_user_acl/create``.

        Docs: https://documentation.pingproxies.com/api-reference/proxy-user-acl/create-proxy-user-acl
        """
        return await self._core.call(
            PROXY_USER_ACLS_CREATE,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        proxy_user_acl_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ChangeResult:
        """Delete an access rule; the user loses that service or proxy.

        ``DELETE /public/user/proxy_user_acl/delete/{proxy_user_acl_id}``.

        Cannot be undone.

        Docs: https://documentation.byteful.com/api-objects/proxy-user-acl
        """
        return await self._core.call(
            PROXY_USER_ACLS_DELETE,
            ids={"proxy_user_acl_id": proxy_user_acl_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class CountriesResource(Resource):
    """Countries: the ids, names and aliases residential targeting uses."""

    async def retrieve(
        self,
        country_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Country:
        """One country by its id.

        ``GET /public/user/country/retrieve/{country_id}``.

        Docs: https://documentation.pingproxies.com/api-objects/country
        """
        return await self._core.call(
            COUNTRIES_RETRIEVE,
            ids={"country_id": country_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[CountrySearchFilters],
    ) -> AsyncPaginator[Country]:
        """Countries matching the filters.

        ``GET /public/user/country/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/country
        """
        return self._core.paginate(
            COUNTRIES_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class SubdivisionsResource(Resource):
    """States and regions, by ISO 3166-2 code."""

    async def retrieve(
        self,
        subdivision_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Subdivision:
        """One subdivision by its id.

        ``GET /public/user/subdivision/retrieve/{subdivision_id}``.

        Docs: https://documentation.pingproxies.com/api-objects/subdivision
        """
        return await self._core.call(
            SUBDIVISIONS_RETRIEVE,
            ids={"subdivision_id": subdivision_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[SubdivisionSearchFilters],
    ) -> AsyncPaginator[Subdivision]:
        """States and regions matching the filters.

        ``GET /public/user/subdivision/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/subdivision
        """
        return self._core.paginate(
            SUBDIVISIONS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class CitiesResource(Resource):
    """Cities, with their residential targeting aliases."""

    async def retrieve(
        self,
        city_id: int,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> City:
        """One city by its id.

        ``GET /public/user/city/retrieve/{city_id}``.

        Docs: https://documentation.pingproxies.com/api-reference/city/search-city
        """
        return await self._core.call(
            CITIES_RETRIEVE,
            ids={"city_id": city_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[CitySearchFilters],
    ) -> AsyncPaginator[City]:
        """Cities matching the filters.

        ``GET /public/user/city/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/city/search-city
        """
        return self._core.paginate(
            CITIES_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ZipCodesResource(Resource):
    """Postal code areas, with their residential targeting aliases."""

    async def retrieve(
        self,
        zip_code_id: int,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ZipCode:
        """One zip code by its id.

        ``GET /public/user/zip_code/retrieve/{zip_code_id}``.

        Docs: https://documentation.pingproxies.com/api-reference/zip-code/search-zip-code
        """
        return await self._core.call(
            ZIP_CODES_RETRIEVE,
            ids={"zip_code_id": zip_code_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ZipCodeSearchFilters],
    ) -> AsyncPaginator[ZipCode]:
        """Postal code areas matching the filters.

        ``GET /public/user/zip_code/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/zip-code/search-zip-code
        """
        return self._core.paginate(
            ZIP_CODES_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ContinentsResource(Resource):
    """Continents."""

    async def retrieve(
        self,
        continent_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Continent:
        """One continent by its id.

        ``GET /public/user/continent/retrieve/{continent_id}``.

        Docs: https://documentation.pingproxies.com/api-explainers/common-object-relationships
        """
        return await self._core.call(
            CONTINENTS_RETRIEVE,
            ids={"continent_id": continent_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ContinentSearchFilters],
    ) -> AsyncPaginator[Continent]:
        """Continents matching the filters.

        ``GET /public/user/continent/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-explainers/common-object-relationships
        """
        return self._core.paginate(
            CONTINENTS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class AsnsResource(Resource):
    """Autonomous systems (networks), for targeting residential traffic by network."""

    async def retrieve(
        self,
        asn_id: int,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Asn:
        """One asn by its id.

        ``GET /public/user/asn/retrieve/{asn_id}``.

        Docs: https://documentation.pingproxies.com/api-objects/asn
        """
        return await self._core.call(
            ASNS_RETRIEVE,
            ids={"asn_id": asn_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[AsnSearchFilters],
    ) -> AsyncPaginator[Asn]:
        """Autonomous systems (networks) matching the filters.

        ``GET /public/user/asn/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/asn
        """
        return self._core.paginate(
            ASNS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class ProxyTestServersResource(Resource):
    """The servers the proxy tester measures from."""

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxyTestServerSearchFilters],
    ) -> AsyncPaginator[ProxyTestServer]:
        """Proxy test servers matching the filters.

        ``GET /public/user/proxy_test_server/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/proxy-tester
        """
        return self._core.paginate(
            PROXY_TEST_SERVERS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class IpAddressesResource(Resource):
    """Where an IP address is."""

    async def geolocate(
        self,
        ip_address: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IpAddressGeolocation:
        """Where an IP address is: country, region, city, network (the answer's shape is not documented; unknown fields land in ``extra``).

        ``GET /public/user/ip_address/geolocate/{ip_address}``.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return await self._core.call(
            IP_ADDRESSES_GEOLOCATE,
            ids={"ip_address": ip_address},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class LogsResource(Resource):
    """Requests made through the proxies, one row each (kept for 7 days)."""

    async def retrieve(
        self,
        log_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Log:
        """One request log by its id.

        ``GET /public/user/log/retrieve/{log_id}``.

        Docs: https://documentation.byteful.com/api-objects/log
        """
        return await self._core.call(
            LOGS_RETRIEVE,
            ids={"log_id": log_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[LogSearchFilters],
    ) -> AsyncPaginator[Log]:
        """Request logs matching the filters, e.g. ``min_log_request_datetime=...``.

        ``GET /public/user/log/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/log
        """
        return self._core.paginate(
            LOGS_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class LogSummariesResource(Resource):
    """Requests per proxy user, host and day (kept 90 days or more)."""

    async def retrieve(
        self,
        log_summary_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LogSummary:
        """One daily log summary by its id.

        ``GET /public/user/log_summary/retrieve/{log_summary_id}``.

        Docs: https://documentation.byteful.com/api-objects/log-summary
        """
        return await self._core.call(
            LOG_SUMMARIES_RETRIEVE,
            ids={"log_summary_id": log_summary_id},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[LogSummarySearchFilters],
    ) -> AsyncPaginator[LogSummary]:
        """Daily log summaries matching the filters.

        ``GET /public/user/log_summary/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/log-summary
        """
        return self._core.paginate(
            LOG_SUMMARIES_SEARCH,
            filters,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


class AnalyticsResource(Resource):
    """Usage analytics built from the logs and their daily summaries."""

    async def breakdown(
        self,
        *,
        preset: str | None = None,
        period_start: str | None = None,
        period_end: str | None = None,
        hostname: str | None = None,
        network: str | None = None,
        proxy_user_id: str | None = None,
        return_proxy_users: bool | None = None,
        return_hostnames: bool | None = None,
        return_networks: bool | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AnalyticsBreakdown:
        """Usage over a period, in total and by proxy user, host and network (the period defaults to this month).

        ``GET /public/user/analytics/breakdown``.

        Docs: https://documentation.byteful.com/api-explainers/analytics
        """
        return await self._core.call(
            ANALYTICS_BREAKDOWN,
            options={
                "preset": preset,
                "period_start": period_start,
                "period_end": period_end,
                "hostname": hostname,
                "network": network,
                "proxy_user_id": proxy_user_id,
                "return_proxy_users": return_proxy_users,
                "return_hostnames": return_hostnames,
                "return_networks": return_networks,
                "limit": limit,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def graph(
        self,
        *,
        preset: str | None = None,
        period_start: str | None = None,
        period_end: str | None = None,
        hostname: str | None = None,
        network: str | None = None,
        proxy_user_id: str | None = None,
        interval: str | None = None,
        service_id: str | None = None,
        show_log_concurrency: bool | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AnalyticsGraph:
        """Usage over a period as points per minute, hour, day or month.

        ``GET /public/user/analytics/graph``.

        Docs: https://documentation.byteful.com/api-explainers/analytics
        """
        return await self._core.call(
            ANALYTICS_GRAPH,
            options={
                "preset": preset,
                "period_start": period_start,
                "period_end": period_end,
                "hostname": hostname,
                "network": network,
                "proxy_user_id": proxy_user_id,
                "interval": interval,
                "service_id": service_id,
                "show_log_concurrency": show_log_concurrency,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )


__all__ = [
    "OPERATIONS",
    "AnalyticsResource",
    "AsnsResource",
    "CheckoutResourceBase",
    "CitiesResource",
    "ContinentsResource",
    "CountriesResource",
    "CustomerResource",
    "IpAddressesResource",
    "LogSummariesResource",
    "LogsResource",
    "MobileAvailabilityResource",
    "MobileLedgerResource",
    "MobileResource",
    "ProductsResource",
    "ProxiesResource",
    "ProxyTestServersResource",
    "ProxyUserAclsResource",
    "ProxyUsersResourceBase",
    "ResidentialAvailabilityResource",
    "ResidentialLedgerResource",
    "ResidentialResource",
    "ServiceAdjustmentsResource",
    "ServicesResource",
    "SubdivisionsResource",
    "ZipCodesResource",
]
