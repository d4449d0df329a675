# Generated from schema/operations.json by codegen. Do not edit by hand: change the table
# (or the schema), then run `make codegen`.
"""The client's resource attributes: one per resource, each made on first use."""

from __future__ import annotations

from functools import cached_property
from typing import Final

from byteful_async._calls._core import Core
from byteful_async.resources._checkout import CheckoutResource
from byteful_async.resources._generated import (
    AnalyticsResource,
    AsnsResource,
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
    ResidentialAvailabilityResource,
    ResidentialLedgerResource,
    ResidentialResource,
    ServiceAdjustmentsResource,
    ServicesResource,
    SubdivisionsResource,
    ZipCodesResource,
)
from byteful_async.resources._proxy_users import ProxyUsersResource


class ResourceAttributes:
    """The client's resources, each made on first use."""

    _core: Core

    @cached_property
    def customer(self) -> CustomerResource:
        """The account that owns the API keys."""
        return CustomerResource(self._core)

    @cached_property
    def residential_ledger(self) -> ResidentialLedgerResource:
        """The residential data ledger: one row per change to the residential data pool."""
        return ResidentialLedgerResource(self._core)

    @cached_property
    def mobile_ledger(self) -> MobileLedgerResource:
        """The mobile data ledger: one row per change to the mobile data pool."""
        return MobileLedgerResource(self._core)

    @cached_property
    def residential(self) -> ResidentialResource:
        """The residential data pool."""
        return ResidentialResource(self._core)

    @cached_property
    def mobile(self) -> MobileResource:
        """The mobile data pool."""
        return MobileResource(self._core)

    @cached_property
    def residential_availability(self) -> ResidentialAvailabilityResource:
        """Where residential nodes are available, by country, region, city, network or zip code."""
        return ResidentialAvailabilityResource(self._core)

    @cached_property
    def mobile_availability(self) -> MobileAvailabilityResource:
        """Where mobile nodes are available, by country, region, city, network or zip code."""
        return MobileAvailabilityResource(self._core)

    @cached_property
    def checkout(self) -> CheckoutResource:
        """The catalog, quotes, purchases and credit top-ups."""
        return CheckoutResource(self._core)

    @cached_property
    def products(self) -> ProductsResource:
        """Products with their prices and stock."""
        return ProductsResource(self._core)

    @cached_property
    def services(self) -> ServicesResource:
        """The services (subscriptions) on the account."""
        return ServicesResource(self._core)

    @cached_property
    def service_adjustments(self) -> ServiceAdjustmentsResource:
        """Changes made to services: extensions, top-ups, replacements, cancellations."""
        return ServiceAdjustmentsResource(self._core)

    @cached_property
    def proxies(self) -> ProxiesResource:
        """The proxies of the account's services: where they are and how to reach them."""
        return ProxiesResource(self._core)

    @cached_property
    def proxy_users(self) -> ProxyUsersResource:
        """The proxy users: the credentials clients use with the proxies, and what each may use."""
        return ProxyUsersResource(self._core)

    @cached_property
    def proxy_user_acls(self) -> ProxyUserAclsResource:
        """Access rules: which service or proxy a restricted proxy user may use."""
        return ProxyUserAclsResource(self._core)

    @cached_property
    def countries(self) -> CountriesResource:
        """Countries: the ids, names and aliases residential targeting uses."""
        return CountriesResource(self._core)

    @cached_property
    def subdivisions(self) -> SubdivisionsResource:
        """States and regions, by ISO 3166-2 code."""
        return SubdivisionsResource(self._core)

    @cached_property
    def cities(self) -> CitiesResource:
        """Cities, with their residential targeting aliases."""
        return CitiesResource(self._core)

    @cached_property
    def zip_codes(self) -> ZipCodesResource:
        """Postal code areas, with their residential targeting aliases."""
        return ZipCodesResource(self._core)

    @cached_property
    def continents(self) -> ContinentsResource:
        """Continents."""
        return ContinentsResource(self._core)

    @cached_property
    def asns(self) -> AsnsResource:
        """Autonomous systems (networks), for targeting residential traffic by network."""
        return AsnsResource(self._core)

    @cached_property
    def proxy_test_servers(self) -> ProxyTestServersResource:
        """The servers the proxy tester measures from."""
        return ProxyTestServersResource(self._core)

    @cached_property
    def ip_addresses(self) -> IpAddressesResource:
        """Where an IP address is."""
        return IpAddressesResource(self._core)

    @cached_property
    def logs(self) -> LogsResource:
        """Requests made through the proxies, one row each (kept for 7 days)."""
        return LogsResource(self._core)

    @cached_property
    def log_summaries(self) -> LogSummariesResource:
        """Requests per proxy user, host and day (kept 90 days or more)."""
        return LogSummariesResource(self._core)

    @cached_property
    def analytics(self) -> AnalyticsResource:
        """Usage analytics built from the logs and their daily summaries."""
        return AnalyticsResource(self._core)


#: The client attributes that hold resources.
RESOURCE_NAMES: Final = (
    "customer",
    "residential_ledger",
    "mobile_ledger",
    "residential",
    "mobile",
    "residential_availability",
    "mobile_availability",
    "checkout",
    "products",
    "services",
    "service_adjustments",
    "proxies",
    "proxy_users",
    "proxy_user_acls",
    "countries",
    "subdivisions",
    "cities",
    "zip_codes",
    "continents",
    "asns",
    "proxy_test_servers",
    "ip_addresses",
    "logs",
    "log_summaries",
    "analytics",
)

__all__ = ["RESOURCE_NAMES", "ResourceAttributes"]
