# Generated from schema/operations.json by codegen. Do not edit by hand: change the table
# (or the schema), then run `make codegen`.
"""The sync client's resources: the async methods, run on the client's loop thread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Unpack

from byteful_async._calls._endpoint import Created
from byteful_async._sending._transport import Timeout
from byteful_async._sync._base import SyncResource
from byteful_async._sync._paginator import SyncPaginator
from byteful_async.models import (
    AnalyticsBreakdown,
    AnalyticsGraph,
    Asn,
    AsnSearchFilters,
    Catalog,
    ChangeResult,
    Checkout,
    CheckoutFields,
    City,
    CitySearchFilters,
    Continent,
    ContinentSearchFilters,
    Country,
    CountrySearchFilters,
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
    ProxyListOption,
    ProxyListOptionsFields,
    ProxySearchFilters,
    ProxyTestServer,
    ProxyTestServerSearchFilters,
    ProxyUser,
    ProxyUserAcl,
    ProxyUserAclCreateFields,
    ProxyUserAclSearchFilters,
    ProxyUserCreateFields,
    ProxyUserEditFields,
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
    ServiceEditFields,
    ServiceSearchFilters,
    Subdivision,
    SubdivisionSearchFilters,
    ZipCode,
    ZipCodeSearchFilters,
)
from byteful_async.resources import (
    AnalyticsResource,
    AsnsResource,
    CheckoutResource,
    CitiesResource,
    ContinentsResource,
    CountriesResource,
    CustomerResource,
    IpAddressesResource,
    LogsResource,
    LogSummariesResource,
    MobileAvailabilityResource,
    MobileLedgerResource,
    MobileResource,
    ProductsResource,
    ProxiesResource,
    ProxyTestServersResource,
    ProxyUserAclsResource,
    ProxyUsersResource,
    ResidentialAvailabilityResource,
    ResidentialLedgerResource,
    ResidentialResource,
    ServiceAdjustmentsResource,
    ServicesResource,
    SubdivisionsResource,
    ZipCodesResource,
)


class SyncCustomerResource(SyncResource[CustomerResource]):
    """The account that owns the API keys."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )


class SyncResidentialLedgerResource(SyncResource[ResidentialLedgerResource]):
    """The residential data ledger: one row per change to the residential data pool."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                residential_ledger_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ResidentialLedgerSearchFilters],
    ) -> SyncPaginator[ResidentialLedger]:
        """Residential ledger entries matching the filters, e.g. ``residential_ledger_reason="usage"``.

        ``GET /public/user/residential_ledger/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/residential-ledger
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncMobileLedgerResource(SyncResource[MobileLedgerResource]):
    """The mobile data ledger: one row per change to the mobile data pool."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                mobile_ledger_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[MobileLedgerSearchFilters],
    ) -> SyncPaginator[MobileLedger]:
        """Mobile ledger entries matching the filters, e.g. ``mobile_ledger_reason="usage"``.

        ``GET /public/user/mobile_ledger/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-reference/mobile-ledger/search-mobile-ledger
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncResidentialResource(SyncResource[ResidentialResource]):
    """The residential data pool."""

    def summary(
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
        return self._runner.call(
            self._twin.summary(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def list(
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
        return self._runner.call(
            self._twin.list(
                list_count=list_count,
                list_format=list_format,
                proxy_user_id=proxy_user_id,
                list_session_type=list_session_type,
                list_session_ttl=list_session_ttl,
                list_mode=list_mode,
                list_smartpath_enabled=list_smartpath_enabled,
                country_id=country_id,
                subdivision_id=subdivision_id,
                city_id=city_id,
                city_alias=city_alias,
                zip_code_id=zip_code_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )


class SyncMobileResource(SyncResource[MobileResource]):
    """The mobile data pool."""

    def summary(
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
        return self._runner.call(
            self._twin.summary(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def list(
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
        return self._runner.call(
            self._twin.list(
                list_count=list_count,
                list_format=list_format,
                proxy_user_id=proxy_user_id,
                list_session_type=list_session_type,
                list_session_ttl=list_session_ttl,
                list_mode=list_mode,
                list_smartpath_enabled=list_smartpath_enabled,
                country_id=country_id,
                subdivision_id=subdivision_id,
                city_id=city_id,
                city_alias=city_alias,
                zip_code_id=zip_code_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )


class SyncResidentialAvailabilityResource(SyncResource[ResidentialAvailabilityResource]):
    """Where residential nodes are available, by country, region, city, network or zip code."""

    def count(
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
        return self._runner.call(
            self._twin.count(
                country_id=country_id,
                subdivision_id=subdivision_id,
                city_name=city_name,
                asn_id=asn_id,
                zip_code_alias=zip_code_alias,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ResidentialAvailabilitySearchFilters],
    ) -> SyncPaginator[ResidentialAvailability]:
        """Available residential nodes, grouped by ``group_by`` (country ids alone without it).

        ``GET /public/user/residential_availability/search``.

        Nothing is sent until the paginator is used.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncMobileAvailabilityResource(SyncResource[MobileAvailabilityResource]):
    """Where mobile nodes are available, by country, region, city, network or zip code."""

    def count(
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
        return self._runner.call(
            self._twin.count(
                country_id=country_id,
                subdivision_id=subdivision_id,
                city_name=city_name,
                asn_id=asn_id,
                zip_code_alias=zip_code_alias,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[MobileAvailabilitySearchFilters],
    ) -> SyncPaginator[MobileAvailability]:
        """Available mobile nodes, grouped by ``group_by`` (country ids alone without it).

        ``GET /public/user/mobile_availability/search``.

        Nothing is sent until the paginator is used.

        Docs: none; the API's docs do not describe it (known from the peer SDK).
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncCheckoutResourceBase(SyncResource[CheckoutResource]):
    """The catalog, quotes, purchases and credit top-ups."""

    def catalog(
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
        return self._runner.call(
            self._twin.catalog(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def quote(
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
        return self._runner.call(
            self._twin.quote(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )
        )

    def create(
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
        return self._runner.call(
            self._twin.create(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )
        )


class SyncProductsResource(SyncResource[ProductsResource]):
    """Products with their prices and stock."""

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProductSearchFilters],
    ) -> SyncPaginator[Product]:
        """Products with their prices and stock, e.g. ``product_type="isp", country_id="us"``.

        ``GET /public/user/product/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/product/search-product
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncServicesResource(SyncResource[ServicesResource]):
    """The services (subscriptions) on the account."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                service_id,
                proxies=proxies,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        metadata: Mapping[str, str | int | float | bool] | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ServiceSearchFilters],
    ) -> SyncPaginator[Service]:
        """Services matching the filters, e.g. ``service_status="active"``.

        ``GET /public/user/service/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/service/search-services
        """
        return SyncPaginator(
            self._twin.search(
                metadata=metadata,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **filters,
            ),
            self._runner,
        )

    def edit(
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
        return self._runner.call(
            self._twin.edit(
                service_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **fields,
            )
        )

    def cancel(
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
        return self._runner.call(
            self._twin.cancel(
                service_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **fields,
            )
        )


class SyncServiceAdjustmentsResource(SyncResource[ServiceAdjustmentsResource]):
    """Changes made to services: extensions, top-ups, replacements, cancellations."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                service_adjustment_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ServiceAdjustmentSearchFilters],
    ) -> SyncPaginator[ServiceAdjustment]:
        """Changes made to services (extensions, top-ups, replacements, cancellations) matching the filters.

        ``GET /public/user/service_adjustment/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/service-adjustment/search-service-adjustments
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncProxiesResource(SyncResource[ProxiesResource]):
    """The proxies of the account's services: where they are and how to reach them."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                proxy_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxySearchFilters],
    ) -> SyncPaginator[Proxy]:
        """Proxies matching the filters, e.g. ``country_id="us"`` or ``service_id=...``.

        ``GET /public/user/proxy/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-core-features/search-operators
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )

    def list_by_search(
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
        return self._runner.call(
            self._twin.list_by_search(
                list_format=list_format,
                list_protocol=list_protocol,
                list_version=list_version,
                list_authentication=list_authentication,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **filters,
            )
        )

    def list_by_id(
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
        return self._runner.call(
            self._twin.list_by_id(
                proxy_ids,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **fields,
            )
        )

    def list_options(
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
        return self._runner.call(
            self._twin.list_options(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )
        )


class SyncProxyUsersResourceBase(SyncResource[ProxyUsersResource]):
    """The proxy users: the credentials clients use with the proxies, and what each may use."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                proxy_user_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        metadata: Mapping[str, str | int | float | bool] | None = None,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxyUserSearchFilters],
    ) -> SyncPaginator[ProxyUser]:
        """Proxy users matching the filters; ``metadata=`` filters on their metadata.

        ``GET /public/user/proxy_user/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/proxy-user
        """
        return SyncPaginator(
            self._twin.search(
                metadata=metadata,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **filters,
            ),
            self._runner,
        )

    def create(
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
        return self._runner.call(
            self._twin.create(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )
        )

    def edit(
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
        return self._runner.call(
            self._twin.edit(
                proxy_user_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
                **fields,
            )
        )

    def delete(
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
        return self._runner.call(
            self._twin.delete(
                proxy_user_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )


class SyncProxyUserAclsResource(SyncResource[ProxyUserAclsResource]):
    """Access rules: which service or proxy a restricted proxy user may use."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                proxy_user_acl_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxyUserAclSearchFilters],
    ) -> SyncPaginator[ProxyUserAcl]:
        """Access rules matching the filters, e.g. ``proxy_user_id=...``.

        ``GET /public/user/proxy_user_acl/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/proxy-user-acl
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )

    def create(
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
        return self._runner.call(
            self._twin.create(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )
        )

    def delete(
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
        return self._runner.call(
            self._twin.delete(
                proxy_user_acl_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )


class SyncCountriesResource(SyncResource[CountriesResource]):
    """Countries: the ids, names and aliases residential targeting uses."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                country_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[CountrySearchFilters],
    ) -> SyncPaginator[Country]:
        """Countries matching the filters.

        ``GET /public/user/country/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/country
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncSubdivisionsResource(SyncResource[SubdivisionsResource]):
    """States and regions, by ISO 3166-2 code."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                subdivision_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[SubdivisionSearchFilters],
    ) -> SyncPaginator[Subdivision]:
        """States and regions matching the filters.

        ``GET /public/user/subdivision/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/subdivision
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncCitiesResource(SyncResource[CitiesResource]):
    """Cities, with their residential targeting aliases."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                city_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[CitySearchFilters],
    ) -> SyncPaginator[City]:
        """Cities matching the filters.

        ``GET /public/user/city/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/city/search-city
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncZipCodesResource(SyncResource[ZipCodesResource]):
    """Postal code areas, with their residential targeting aliases."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                zip_code_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ZipCodeSearchFilters],
    ) -> SyncPaginator[ZipCode]:
        """Postal code areas matching the filters.

        ``GET /public/user/zip_code/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-reference/zip-code/search-zip-code
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncContinentsResource(SyncResource[ContinentsResource]):
    """Continents."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                continent_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ContinentSearchFilters],
    ) -> SyncPaginator[Continent]:
        """Continents matching the filters.

        ``GET /public/user/continent/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-explainers/common-object-relationships
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncAsnsResource(SyncResource[AsnsResource]):
    """Autonomous systems (networks), for targeting residential traffic by network."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                asn_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[AsnSearchFilters],
    ) -> SyncPaginator[Asn]:
        """Autonomous systems (networks) matching the filters.

        ``GET /public/user/asn/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/asn
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncProxyTestServersResource(SyncResource[ProxyTestServersResource]):
    """The servers the proxy tester measures from."""

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[ProxyTestServerSearchFilters],
    ) -> SyncPaginator[ProxyTestServer]:
        """Proxy test servers matching the filters.

        ``GET /public/user/proxy_test_server/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.pingproxies.com/api-objects/proxy-tester
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncIpAddressesResource(SyncResource[IpAddressesResource]):
    """Where an IP address is."""

    def geolocate(
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
        return self._runner.call(
            self._twin.geolocate(
                ip_address, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )


class SyncLogsResource(SyncResource[LogsResource]):
    """Requests made through the proxies, one row each (kept for 7 days)."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                log_id, timeout=timeout, extra_query=extra_query, extra_headers=extra_headers
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[LogSearchFilters],
    ) -> SyncPaginator[Log]:
        """Request logs matching the filters, e.g. ``min_log_request_datetime=...``.

        ``GET /public/user/log/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/log
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncLogSummariesResource(SyncResource[LogSummariesResource]):
    """Requests per proxy user, host and day (kept 90 days or more)."""

    def retrieve(
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
        return self._runner.call(
            self._twin.retrieve(
                log_summary_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def search(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **filters: Unpack[LogSummarySearchFilters],
    ) -> SyncPaginator[LogSummary]:
        """Daily log summaries matching the filters.

        ``GET /public/user/log_summary/search``.

        Nothing is sent until the paginator is used.

        Docs: https://documentation.byteful.com/api-objects/log-summary
        """
        return SyncPaginator(
            self._twin.search(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **filters
            ),
            self._runner,
        )


class SyncAnalyticsResource(SyncResource[AnalyticsResource]):
    """Usage analytics built from the logs and their daily summaries."""

    def breakdown(
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
        return self._runner.call(
            self._twin.breakdown(
                preset=preset,
                period_start=period_start,
                period_end=period_end,
                hostname=hostname,
                network=network,
                proxy_user_id=proxy_user_id,
                return_proxy_users=return_proxy_users,
                return_hostnames=return_hostnames,
                return_networks=return_networks,
                limit=limit,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def graph(
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
        return self._runner.call(
            self._twin.graph(
                preset=preset,
                period_start=period_start,
                period_end=period_end,
                hostname=hostname,
                network=network,
                proxy_user_id=proxy_user_id,
                interval=interval,
                service_id=service_id,
                show_log_concurrency=show_log_concurrency,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )


__all__ = [
    "SyncAnalyticsResource",
    "SyncAsnsResource",
    "SyncCheckoutResourceBase",
    "SyncCitiesResource",
    "SyncContinentsResource",
    "SyncCountriesResource",
    "SyncCustomerResource",
    "SyncIpAddressesResource",
    "SyncLogSummariesResource",
    "SyncLogsResource",
    "SyncMobileAvailabilityResource",
    "SyncMobileLedgerResource",
    "SyncMobileResource",
    "SyncProductsResource",
    "SyncProxiesResource",
    "SyncProxyTestServersResource",
    "SyncProxyUserAclsResource",
    "SyncProxyUsersResourceBase",
    "SyncResidentialAvailabilityResource",
    "SyncResidentialLedgerResource",
    "SyncResidentialResource",
    "SyncServiceAdjustmentsResource",
    "SyncServicesResource",
    "SyncSubdivisionsResource",
    "SyncZipCodesResource",
]
