# Generated from schema/operations.json by codegen. Do not edit by hand: change the table
# (or the schema), then run `make codegen`.
"""The sync client's resource attributes: one per resource, each made on first use."""

from __future__ import annotations

from functools import cached_property

from byteful_async._sync._checkout import SyncCheckoutResource
from byteful_async._sync._proxy_users import SyncProxyUsersResource
from byteful_async._sync._resources import (
    SyncAnalyticsResource,
    SyncAsnsResource,
    SyncCitiesResource,
    SyncContinentsResource,
    SyncCountriesResource,
    SyncCustomerResource,
    SyncIpAddressesResource,
    SyncLogsResource,
    SyncLogSummariesResource,
    SyncMobileAvailabilityResource,
    SyncMobileLedgerResource,
    SyncMobileResource,
    SyncProductsResource,
    SyncProxiesResource,
    SyncProxyTestServersResource,
    SyncProxyUserAclsResource,
    SyncResidentialAvailabilityResource,
    SyncResidentialLedgerResource,
    SyncResidentialResource,
    SyncServiceAdjustmentsResource,
    SyncServicesResource,
    SyncSubdivisionsResource,
    SyncZipCodesResource,
)
from byteful_async._sync._runner import LoopThread
from byteful_async.resources import ResourceAttributes


class SyncResourceAttributes:
    """The sync client's resources, each made on first use over the async client's."""

    _twin: ResourceAttributes
    _runner: LoopThread

    @cached_property
    def customer(self) -> SyncCustomerResource:
        """The account that owns the API keys."""
        return SyncCustomerResource(self._twin.customer, self._runner)

    @cached_property
    def residential_ledger(self) -> SyncResidentialLedgerResource:
        """The residential data ledger: one row per change to the residential data pool."""
        return SyncResidentialLedgerResource(self._twin.residential_ledger, self._runner)

    @cached_property
    def mobile_ledger(self) -> SyncMobileLedgerResource:
        """The mobile data ledger: one row per change to the mobile data pool."""
        return SyncMobileLedgerResource(self._twin.mobile_ledger, self._runner)

    @cached_property
    def residential(self) -> SyncResidentialResource:
        """The residential data pool."""
        return SyncResidentialResource(self._twin.residential, self._runner)

    @cached_property
    def mobile(self) -> SyncMobileResource:
        """The mobile data pool."""
        return SyncMobileResource(self._twin.mobile, self._runner)

    @cached_property
    def residential_availability(self) -> SyncResidentialAvailabilityResource:
        """Where residential nodes are available, by country, region, city, network or zip code."""
        return SyncResidentialAvailabilityResource(
            self._twin.residential_availability, self._runner
        )

    @cached_property
    def mobile_availability(self) -> SyncMobileAvailabilityResource:
        """Where mobile nodes are available, by country, region, city, network or zip code."""
        return SyncMobileAvailabilityResource(self._twin.mobile_availability, self._runner)

    @cached_property
    def checkout(self) -> SyncCheckoutResource:
        """The catalog, quotes, purchases and credit top-ups."""
        return SyncCheckoutResource(self._twin.checkout, self._runner)

    @cached_property
    def products(self) -> SyncProductsResource:
        """Products with their prices and stock."""
        return SyncProductsResource(self._twin.products, self._runner)

    @cached_property
    def services(self) -> SyncServicesResource:
        """The services (subscriptions) on the account."""
        return SyncServicesResource(self._twin.services, self._runner)

    @cached_property
    def service_adjustments(self) -> SyncServiceAdjustmentsResource:
        """Changes made to services: extensions, top-ups, replacements, cancellations."""
        return SyncServiceAdjustmentsResource(self._twin.service_adjustments, self._runner)

    @cached_property
    def proxies(self) -> SyncProxiesResource:
        """The proxies of the account's services: where they are and how to reach them."""
        return SyncProxiesResource(self._twin.proxies, self._runner)

    @cached_property
    def proxy_users(self) -> SyncProxyUsersResource:
        """The proxy users: the credentials clients use with the proxies, and what each may use."""
        return SyncProxyUsersResource(self._twin.proxy_users, self._runner)

    @cached_property
    def proxy_user_acls(self) -> SyncProxyUserAclsResource:
        """Access rules: which service or proxy a restricted proxy user may use."""
        return SyncProxyUserAclsResource(self._twin.proxy_user_acls, self._runner)

    @cached_property
    def countries(self) -> SyncCountriesResource:
        """Countries: the ids, names and aliases residential targeting uses."""
        return SyncCountriesResource(self._twin.countries, self._runner)

    @cached_property
    def subdivisions(self) -> SyncSubdivisionsResource:
        """States and regions, by ISO 3166-2 code."""
        return SyncSubdivisionsResource(self._twin.subdivisions, self._runner)

    @cached_property
    def cities(self) -> SyncCitiesResource:
        """Cities, with their residential targeting aliases."""
        return SyncCitiesResource(self._twin.cities, self._runner)

    @cached_property
    def zip_codes(self) -> SyncZipCodesResource:
        """Postal code areas, with their residential targeting aliases."""
        return SyncZipCodesResource(self._twin.zip_codes, self._runner)

    @cached_property
    def continents(self) -> SyncContinentsResource:
        """Continents."""
        return SyncContinentsResource(self._twin.continents, self._runner)

    @cached_property
    def asns(self) -> SyncAsnsResource:
        """Autonomous systems (networks), for targeting residential traffic by network."""
        return SyncAsnsResource(self._twin.asns, self._runner)

    @cached_property
    def proxy_test_servers(self) -> SyncProxyTestServersResource:
        """The servers the proxy tester measures from."""
        return SyncProxyTestServersResource(self._twin.proxy_test_servers, self._runner)

    @cached_property
    def ip_addresses(self) -> SyncIpAddressesResource:
        """Where an IP address is."""
        return SyncIpAddressesResource(self._twin.ip_addresses, self._runner)

    @cached_property
    def logs(self) -> SyncLogsResource:
        """Requests made through the proxies, one row each (kept for 7 days)."""
        return SyncLogsResource(self._twin.logs, self._runner)

    @cached_property
    def log_summaries(self) -> SyncLogSummariesResource:
        """Requests per proxy user, host and day (kept 90 days or more)."""
        return SyncLogSummariesResource(self._twin.log_summaries, self._runner)

    @cached_property
    def analytics(self) -> SyncAnalyticsResource:
        """Usage analytics built from the logs and their daily summaries."""
        return SyncAnalyticsResource(self._twin.analytics, self._runner)


__all__ = ["SyncResourceAttributes"]
