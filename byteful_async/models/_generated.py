# Generated from schema/byteful.schema.json by codegen (datamodel-code-generator 0.89.0).
# Do not edit by hand: change the schema or codegen/, then run `make codegen`.
"""The Byteful API's objects as attrs classes, its enums, and the filters of each search."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Required, TypeAlias, TypedDict

import attrs

from byteful_async.models._extra import NO_EXTRA


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class AnalyticsBreakdown:
    """Usage over a period, in total and broken down by proxy user, host and network. The docs give
    no shape; these fields are the fake's and the likely ones, and everything else is kept in
    extra."""

    period_start: datetime | None = None
    """Start of the period."""
    period_end: datetime | None = None
    """End of the period."""
    requests: int | None = None
    """Requests in the period."""
    bytes: int | None = None
    """Bytes in the period."""
    proxy_users: list[dict[str, Any]] | None = None
    """Per proxy user: proxy_user_id, requests, bytes."""
    hostnames: list[dict[str, Any]] | None = None
    """Per host: hostname, requests, bytes."""
    networks: list[dict[str, Any]] | None = None
    """Per network: network, requests, bytes."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class AnalyticsGraph:
    """Usage over a period as a series of points. The docs give no shape; these fields are the
    fake's and the likely ones, and everything else is kept in extra."""

    interval: str | None = None
    """minute, hour, day or month."""
    points: list[dict[str, Any]] | None = None
    """One per interval: period, requests, bytes."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Asn:
    """An autonomous system (a network), for targeting residential traffic."""

    asn_id: int
    """The autonomous system number."""
    asn_name: str | None = None
    """The network's name."""
    asn_type: AsnType | str | None = None
    """The kind of network."""
    asn_rir: AsnRir | str | None = None
    """The registry that assigned it."""
    asn_ip_address_count: int | None = None
    """IP addresses it announces."""
    country_id: str | None = None
    """The country it is registered in."""
    asn_node_count: int | None = None
    """Residential nodes in it (known from the peer SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class AsnRir(StrEnum):
    """The regional internet registry that assigned the number."""

    ARIN = "arin"
    RIPE = "ripe"
    APNIC = "apnic"
    LACNIC = "lacnic"
    AFRINIC = "afrinic"
    JPNIC = "jpnic"


class AsnSearchFilters(TypedDict, total=False):
    """Filters of GET /asn/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    asn_id: int
    """Equal to: the autonomous system number."""
    not_asn_id: int
    """Not equal to: the autonomous system number."""
    min_asn_id: int
    """At least (inclusive): the autonomous system number."""
    max_asn_id: int
    """At most (inclusive): the autonomous system number."""
    asn_name: str
    """Equal to: the network's name."""
    not_asn_name: str
    """Not equal to: the network's name."""
    like_asn_name: str
    """Case-insensitive match, % as the wildcard: the network's name."""
    asn_type: AsnType | str
    """Equal to: the kind of network."""
    not_asn_type: AsnType | str
    """Not equal to: the kind of network."""
    asn_rir: AsnRir | str
    """Equal to: the registry that assigned it."""
    not_asn_rir: AsnRir | str
    """Not equal to: the registry that assigned it."""
    asn_ip_address_count: int
    """Equal to: iP addresses it announces."""
    not_asn_ip_address_count: int
    """Not equal to: iP addresses it announces."""
    min_asn_ip_address_count: int
    """At least (inclusive): iP addresses it announces."""
    max_asn_ip_address_count: int
    """At most (inclusive): iP addresses it announces."""
    country_id: str
    """Equal to: the country it is registered in."""
    not_country_id: str
    """Not equal to: the country it is registered in."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: the country it is registered in."""
    asn_node_count: int
    """Equal to: residential nodes in it (known from the peer SDK only)."""
    not_asn_node_count: int
    """Not equal to: residential nodes in it (known from the peer SDK only)."""
    min_asn_node_count: int
    """At least (inclusive): residential nodes in it (known from the peer SDK only)."""
    max_asn_node_count: int
    """At most (inclusive): residential nodes in it (known from the peer SDK only)."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


class AsnType(StrEnum):
    """The kind of network behind an autonomous system."""

    ISP = "isp"
    HOSTING = "hosting"
    BUSINESS = "business"
    CDN = "cdn"
    EDUCATION = "education"
    GOV = "gov"


class AvailabilityGroupBy(StrEnum):
    """What an availability row stands for (known from the peer SDK only)."""

    COUNTRY = "country"
    SUBDIVISION = "subdivision"
    CITY = "city"
    ASN = "asn"
    ZIP_CODE = "zip_code"


class CancelFeedback(StrEnum):
    """The reason a customer gives when canceling a service."""

    TOO_EXPENSIVE = "too_expensive"
    MISSING_FEATURES = "missing_features"
    SWITCHED_SERVICE = "switched_service"
    UNUSED = "unused"
    CUSTOMER_SERVICE = "customer_service"
    TOO_COMPLEX = "too_complex"
    LOW_QUALITY = "low_quality"
    OTHER = "other"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class CatalogProduct:
    """One product of the simplified checkout catalog. The catalog maps product codes (such as
    isp_us or residential_global) to these entries; the code is what quote and create take as
    product_code."""

    product_name: str | None = None
    """Display name."""
    product_type: ProductType | str | None = None
    """The kind of product."""
    country_id: str | None = None
    """Country of the proxies; null for global data products."""
    product_protocol: IpProtocol | str | None = None
    """IP protocol; null for data products."""
    product_cycle_options: list[str] | None = None
    """Billing cycles on offer, each written count:interval (1:month, 3:month, 1:year)."""
    product_is_available: bool | None = None
    """Whether it can be bought now."""
    product_is_per_ip: bool | None = None
    """True when priced per IP; false for data products."""
    product_stock: int | None = None
    """IPs in stock; null where stock does not apply."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


Catalog: TypeAlias = dict[str, CatalogProduct]
"""
The simplified checkout catalog: product code to product.
"""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ChangeResult:
    """The answer to an edit, cancel or delete: the ids it changed and the API's message. These
    keys sit at the top level of the body, beside message, not under data."""

    edited: list[str] | None = None
    """Ids edited (PATCH .../edit), and the service a cancel ended (DELETE /service/cancel)."""
    deleted: list[str] | None = None
    """Ids deleted (DELETE .../delete)."""
    proxy_edited: list[str] | None = None
    """Proxies a service cancel took away."""
    proxy_user_acl_deleted: list[str] | None = None
    """Access rules a proxy-user edit removed."""
    message: str | None = None
    """The API's human-readable summary."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Checkout:
    """The result of buying a service with /checkout/create. When invoice_is_paid is false, the
    purchase still exists and waits for payment at invoice_url."""

    created: list[str] | None = None
    """Identifiers of the new services."""
    service_id: str | None = None
    """The new service."""
    service: Service | None = None
    """The new service in full."""
    invoice_is_paid: bool | None = None
    """True when credit covered the purchase; the service then provisions at once."""
    invoice_url: str | None = None
    """Where to pay what credit did not cover."""
    proxies: list[Proxy] | None = None
    """Proxies allocated so far (often none yet)."""
    proxy_edited: list[str] | None = None
    """Identifiers of proxies changed by the purchase."""
    residential_ledger_created: list[str] | None = None
    """Residential ledger entries created by the purchase."""
    mobile_ledger_created: list[str] | None = None
    """Mobile ledger entries created by the purchase."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class CheckoutFields(TypedDict, total=False):
    """The fields of CheckoutRequest, as keyword arguments.

    Checked at run time against CheckoutRequest before anything is sent.
    """

    quantity: Required[int]
    """Units to buy (IPs for per-IP products; 1 for a credit top-up)."""
    product_code: str
    """A catalog key such as isp_us, datacenter_us or credit."""
    product_type: ProductType | str
    """The kind of product, when no product_code is given."""
    product_protocol: IpProtocol | str
    """IP protocol, when no product_code is given."""
    country_id: str
    """Country (ISO code), when no product_code is given."""
    cycle_interval: CycleInterval | str
    """Unit of the billing cycle."""
    cycle_interval_count: int
    """Number of units per cycle (1 month, 3 months...)."""
    promotional_code: str
    """A discount code."""
    service_fulfillment_filter: FulfillmentFilter
    """Provisioning criteria."""
    top_up_amount: int
    """Credit to add, in cents, with product_code credit."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class CheckoutRequest:
    """The body of /checkout/quote and /checkout/create. Name the product either by product_code
    (from the catalog) or by product_type, product_protocol and country_id; if both are given
    they must agree."""

    quantity: int
    """Units to buy (IPs for per-IP products; 1 for a credit top-up)."""
    product_code: str | None = None
    """A catalog key such as isp_us, datacenter_us or credit."""
    product_type: ProductType | str | None = None
    """The kind of product, when no product_code is given."""
    product_protocol: IpProtocol | str | None = None
    """IP protocol, when no product_code is given."""
    country_id: str | None = None
    """Country (ISO code), when no product_code is given."""
    cycle_interval: CycleInterval | str | None = None
    """Unit of the billing cycle."""
    cycle_interval_count: int | None = None
    """Number of units per cycle (1 month, 3 months...)."""
    promotional_code: str | None = None
    """A discount code."""
    service_fulfillment_filter: FulfillmentFilter | None = None
    """Provisioning criteria."""
    top_up_amount: int | None = None
    """Credit to add, in cents, with product_code credit."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class City:
    """A city, for targeting residential traffic."""

    city_id: int
    """City identifier."""
    city_name: str | None = None
    """Name."""
    city_alias: str | None = None
    """The identifier residential targeting uses."""
    city_latitude: float | None = None
    """Latitude."""
    city_longitude: float | None = None
    """Longitude."""
    city_timezone: str | None = None
    """IANA time zone."""
    city_population: int | None = None
    """Population."""
    city_is_populous: bool | None = None
    """Among the ten largest of its time zone, with at least 300,000 people."""
    city_example_postcode: str | None = None
    """A postcode in the city."""
    subdivision_id: str | None = None
    """The region it lies in."""
    city_node_count: int | None = None
    """Residential nodes there (known from the peer SDK only)."""
    city_creation_datetime: datetime | None = None
    """When the row was made (known from the sync SDK only)."""
    city_last_update_datetime: datetime | None = None
    """When the row last changed (known from the sync SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class CitySearchFilters(TypedDict, total=False):
    """Filters of GET /city/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    city_id: int
    """Equal to: city identifier."""
    not_city_id: int
    """Not equal to: city identifier."""
    min_city_id: int
    """At least (inclusive): city identifier."""
    max_city_id: int
    """At most (inclusive): city identifier."""
    city_name: str
    """Equal to: name."""
    not_city_name: str
    """Not equal to: name."""
    like_city_name: str
    """Case-insensitive match, % as the wildcard: name."""
    city_alias: str
    """Equal to: the identifier residential targeting uses."""
    not_city_alias: str
    """Not equal to: the identifier residential targeting uses."""
    like_city_alias: str
    """Case-insensitive match, % as the wildcard: the identifier residential targeting uses."""
    subdivision_id: str
    """Equal to: the region it lies in."""
    not_subdivision_id: str
    """Not equal to: the region it lies in."""
    like_subdivision_id: str
    """Case-insensitive match, % as the wildcard: the region it lies in."""
    city_timezone: str
    """Equal to: iANA time zone."""
    not_city_timezone: str
    """Not equal to: iANA time zone."""
    like_city_timezone: str
    """Case-insensitive match, % as the wildcard: iANA time zone."""
    city_is_populous: bool
    """Equal to: among the ten largest of its time zone, with at least 300,000 people."""
    not_city_is_populous: bool
    """Not equal to: among the ten largest of its time zone, with at least 300,000 people."""
    city_example_postcode: str
    """Equal to: a postcode in the city."""
    not_city_example_postcode: str
    """Not equal to: a postcode in the city."""
    like_city_example_postcode: str
    """Case-insensitive match, % as the wildcard: a postcode in the city."""
    city_latitude: float
    """Equal to: latitude."""
    not_city_latitude: float
    """Not equal to: latitude."""
    min_city_latitude: float
    """At least (inclusive): latitude."""
    max_city_latitude: float
    """At most (inclusive): latitude."""
    city_longitude: float
    """Equal to: longitude."""
    not_city_longitude: float
    """Not equal to: longitude."""
    min_city_longitude: float
    """At least (inclusive): longitude."""
    max_city_longitude: float
    """At most (inclusive): longitude."""
    city_node_count: int
    """Equal to: residential nodes there (known from the peer SDK only)."""
    not_city_node_count: int
    """Not equal to: residential nodes there (known from the peer SDK only)."""
    min_city_node_count: int
    """At least (inclusive): residential nodes there (known from the peer SDK only)."""
    max_city_node_count: int
    """At most (inclusive): residential nodes there (known from the peer SDK only)."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Continent:
    """A continent, for targeting residential traffic."""

    continent_id: str
    """Continent code, e.g. eu."""
    continent_name: str | None = None
    """Name."""
    continent_alias: str | None = None
    """The identifier residential targeting uses."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ContinentSearchFilters(TypedDict, total=False):
    """Filters of GET /continent/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    continent_id: str
    """Equal to: continent code, e.g. eu."""
    not_continent_id: str
    """Not equal to: continent code, e.g. eu."""
    like_continent_id: str
    """Case-insensitive match, % as the wildcard: continent code, e.g. eu."""
    continent_name: str
    """Equal to: name."""
    not_continent_name: str
    """Not equal to: name."""
    like_continent_name: str
    """Case-insensitive match, % as the wildcard: name."""
    continent_alias: str
    """Equal to: the identifier residential targeting uses."""
    not_continent_alias: str
    """Not equal to: the identifier residential targeting uses."""
    like_continent_alias: str
    """Case-insensitive match, % as the wildcard: the identifier residential targeting uses."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Country:
    """A country, for targeting residential traffic."""

    country_id: str
    """ISO 3166-1 alpha-2 code, lower case (us)."""
    country_name: str | None = None
    """Name."""
    country_alias: str | None = None
    """The identifier residential targeting uses."""
    continent_id: str | None = None
    """The continent it lies in."""
    country_is_european_union: bool | None = None
    """A member of the European Union."""
    country_node_count: int | None = None
    """Residential nodes there (known from the peer SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class CountrySearchFilters(TypedDict, total=False):
    """Filters of GET /country/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    country_id: str
    """Equal to: iSO 3166-1 alpha-2 code, lower case (us)."""
    not_country_id: str
    """Not equal to: iSO 3166-1 alpha-2 code, lower case (us)."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: iSO 3166-1 alpha-2 code, lower case (us)."""
    country_name: str
    """Equal to: name."""
    not_country_name: str
    """Not equal to: name."""
    like_country_name: str
    """Case-insensitive match, % as the wildcard: name."""
    country_alias: str
    """Equal to: the identifier residential targeting uses."""
    not_country_alias: str
    """Not equal to: the identifier residential targeting uses."""
    like_country_alias: str
    """Case-insensitive match, % as the wildcard: the identifier residential targeting uses."""
    continent_id: str
    """Equal to: the continent it lies in."""
    not_continent_id: str
    """Not equal to: the continent it lies in."""
    like_continent_id: str
    """Case-insensitive match, % as the wildcard: the continent it lies in."""
    country_is_european_union: bool
    """Equal to: a member of the European Union."""
    not_country_is_european_union: bool
    """Not equal to: a member of the European Union."""
    country_node_count: int
    """Equal to: residential nodes there (known from the peer SDK only)."""
    not_country_node_count: int
    """Not equal to: residential nodes there (known from the peer SDK only)."""
    min_country_node_count: int
    """At least (inclusive): residential nodes there (known from the peer SDK only)."""
    max_country_node_count: int
    """At most (inclusive): residential nodes there (known from the peer SDK only)."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class CreditTopUp:
    """The result of a credit top-up (/checkout/create with product_code credit)."""

    credit_added: bool | None = None
    """Whether the credit was added."""
    invoice_is_paid: bool | None = None
    """Whether the top-up invoice is paid."""
    invoice_url: str | None = None
    """Where to pay the top-up invoice."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Customer:
    """The account that owns the API keys, from /customer/retrieve."""

    customer_id: int
    """Unique identifier of the account; quote it to support."""
    customer_email_address: str | None = None
    """Primary email address."""
    customer_first_name: str | None = None
    """First name."""
    customer_last_name: str | None = None
    """Last name."""
    credit_balance: int | None = None
    """Available credit in cents (1245 is $12.45). API purchases are paid from it first."""
    customer_proxy_user_limit: int | None = None
    """How many proxy users the account may create."""
    proxy_count: int | None = None
    """Number of proxies on the account."""
    residential_bytes_left: int | None = None
    """Residential data remaining, in bytes."""
    active_residential_service_id: str | None = None
    """The active residential service, if any."""
    mobile_bytes_left: int | None = None
    """Mobile data remaining, in bytes."""
    active_mobile_service_id: str | None = None
    """The active mobile service, if any."""
    country_id: str | None = None
    """Country of the account (ISO code, lower case)."""
    country_id_billing: str | None = None
    """Billing country (ISO code, lower case)."""
    customer_billing_name: str | None = None
    """Name on invoices."""
    customer_billing_line_one: str | None = None
    """First billing address line."""
    customer_billing_line_two: str | None = None
    """Second billing address line."""
    customer_billing_subdivision_name: str | None = None
    """Billing region or city."""
    customer_billing_zip_code: str | None = None
    """Billing postal code."""
    customer_phone_number: str | None = None
    """Phone number."""
    customer_iso_language_code: str | None = None
    """Preferred language (ISO code)."""
    customer_profile_image_url: str | None = None
    """URL of the profile picture."""
    customer_discord_id: str | None = None
    """Linked Discord account, if any."""
    customer_discord_oauth_id: str | None = None
    """Discord sign-in identifier, if any."""
    customer_google_oauth_id: str | None = None
    """Google sign-in identifier, if any."""
    customer_email_two_factor_authentication: bool | None = None
    """Whether email two-factor authentication is on."""
    customer_requires_information_confirm: bool | None = None
    """Whether the account must confirm its details."""
    customer_requires_password_change: bool | None = None
    """Whether the account must change its password."""
    customer_creation_datetime: datetime | None = None
    """When the account was created."""
    customer_last_login_datetime: datetime | None = None
    """Last dashboard sign-in."""
    customer_last_update_datetime: datetime | None = None
    """When the account last changed."""
    customer_general_terms_agreement_datetime: datetime | None = None
    """When the account agreed to the general terms (known from the sync SDK only)."""
    customer_kyc_level: int | None = None
    """The identity verification level reached (known from the sync SDK only)."""
    customer_dob: str | None = None
    """Date of birth, as the account gave it (known from the sync SDK only)."""
    customer_is_residential_trial_eligible: bool | None = None
    """Whether a residential free trial may be had (known from the sync SDK only)."""
    customer_residential_trial_disallow_reason: str | None = None
    """Why no residential free trial may be had (known from the sync SDK only)."""
    customer_default_residential_free_trial_bytes: int | None = None
    """Bytes a residential free trial gives (known from the sync SDK only)."""
    free_trial_is_pending: bool | None = None
    """A free trial waits to start (known from the sync SDK only)."""
    kyc_is_pending: bool | None = None
    """An identity verification waits for review (known from the sync SDK only)."""
    active_service_types: list[str] | None = None
    """The types of the account's active services (known from the sync SDK only)."""
    active_mobile_service_is_paused: bool | None = None
    """The active mobile service is paused (known from the sync SDK only)."""
    active_residential_service_subscription_is_paused: bool | None = None
    """The active residential subscription is paused (known from the sync SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class CycleInterval(StrEnum):
    """The unit of a billing cycle."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class FulfillmentFilter:
    """Provisioning criteria for a purchase: target a network (ASN) or a place. Keys the SDK does
    not know are passed through in extra."""

    asn_id: int | None = None
    """Autonomous system number of the network, e.g. 7018 (AT&T)."""
    subdivision_id: str | None = None
    """Region, e.g. us-tx (Texas)."""
    city_id: int | None = None
    """City, e.g. 75202 (Dallas)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class IpAddressGeolocation:
    """Where an IP address is. The answer's shape is not documented: these fields are the likely
    ones, and everything else is kept in extra."""

    ip_address: str | None = None
    """The address asked about."""
    country_id: str | None = None
    """Country (ISO code)."""
    subdivision_id: str | None = None
    """Region."""
    city_id: int | None = None
    """City identifier."""
    city_name: str | None = None
    """City name."""
    asn_id: int | None = None
    """The network's number."""
    asn_name: str | None = None
    """The network's name."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class IpProtocol(StrEnum):
    """The IP version(s) a proxy, product or service uses."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    DUAL = "dual"


class LedgerReason(StrEnum):
    """Why a ledger entry exists. The documented set; the API may send others, which are kept as
    plain strings."""

    USAGE = "usage"
    TOP_UP = "top_up"
    ADJUSTMENT = "adjustment"
    SERVICE_PURCHASE = "service_purchase"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Log:
    """One request made through the proxies (kept for 7 days)."""

    log_id: str
    """Unique identifier."""
    proxy_user_id: str | None = None
    """The proxy user that made it."""
    service_id: str | None = None
    """The service it used."""
    proxy_id: str | None = None
    """The proxy it went through (known from the peer SDK only)."""
    customer_id: int | None = None
    """The account."""
    log_network: LogNetwork | str | None = None
    """The kind of network."""
    log_protocol: LogProtocol | str | None = None
    """The proxy protocol."""
    log_method: str | None = None
    """HTTP method, or CONNECT (known from the peer SDK only)."""
    log_hostname: str | None = None
    """The host requested."""
    log_status_code: int | None = None
    """The target's status (known from the peer SDK only)."""
    log_client_ip_address: str | None = None
    """Where the request came from."""
    log_total_bytes: int | None = None
    """Bytes both ways."""
    log_total_elapsed_ms: int | None = None
    """Milliseconds it took (known from the peer SDK only)."""
    log_request_datetime: datetime | None = None
    """When it was made."""
    log_authentication_type: int | None = None
    """How the user authenticated (a number the docs do not explain)."""
    log_session_id: str | None = None
    """The sticky session, if any."""
    country_id: str | None = None
    """Country targeted."""
    city_alias: str | None = None
    """City targeted."""
    asn_id: int | None = None
    """Network targeted."""
    log_protocol_version: str | None = None
    """The HTTP version of the request (known from the sync SDK only)."""
    log_transport: str | None = None
    """The transport: tcp, udp or quic (known from the sync SDK only)."""
    log_handshake_elapsed_ms: int | None = None
    """Milliseconds the handshake took (known from the sync SDK only)."""
    log_tunnel_elapsed_ms: int | None = None
    """Milliseconds the tunnel was open (known from the sync SDK only)."""
    log_concurrency: int | None = None
    """Requests in flight for the user at the time (known from the sync SDK only)."""
    log_is_tls_enabled: bool | None = None
    """The client spoke TLS to the proxy (known from the sync SDK only)."""
    log_smartpath_enabled: bool | None = None
    """Smart path was on for the request (known from the sync SDK only)."""
    log_smartpath_routed: bool | None = None
    """Smart path routed the request (known from the sync SDK only)."""
    log_local_ip_address: str | None = None
    """The proxy's own address that took the request (known from the sync SDK only)."""
    log_local_port: int | None = None
    """The proxy's own port that took the request (known from the sync SDK only)."""
    log_egress_ip_address: str | None = None
    """The address the request left from (known from the sync SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class LogNetwork(StrEnum):
    """The kind of network a request went through."""

    DATACENTER = "datacenter"
    ISP = "isp"
    RESIDENTIAL = "residential"
    MOBILE = "mobile"


class LogProtocol(StrEnum):
    """The proxy protocol a request used."""

    HTTP = "http"
    SOCKS = "socks"


class LogSearchFilters(TypedDict, total=False):
    """Filters of GET /log/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    log_id: str
    """Equal to: unique identifier."""
    not_log_id: str
    """Not equal to: unique identifier."""
    like_log_id: str
    """Case-insensitive match, % as the wildcard: unique identifier."""
    proxy_user_id: str
    """Equal to: the proxy user that made it."""
    not_proxy_user_id: str
    """Not equal to: the proxy user that made it."""
    like_proxy_user_id: str
    """Case-insensitive match, % as the wildcard: the proxy user that made it."""
    service_id: str
    """Equal to: the service it used."""
    not_service_id: str
    """Not equal to: the service it used."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: the service it used."""
    proxy_id: str
    """Equal to: the proxy it went through (known from the peer SDK only)."""
    not_proxy_id: str
    """Not equal to: the proxy it went through (known from the peer SDK only)."""
    like_proxy_id: str
    """Case-insensitive match, % as the wildcard: the proxy it went through (known from the peer
    SDK only)."""
    log_network: LogNetwork | str
    """Equal to: the kind of network."""
    not_log_network: LogNetwork | str
    """Not equal to: the kind of network."""
    log_protocol: LogProtocol | str
    """Equal to: the proxy protocol."""
    not_log_protocol: LogProtocol | str
    """Not equal to: the proxy protocol."""
    log_method: str
    """Equal to: hTTP method, or CONNECT (known from the peer SDK only)."""
    not_log_method: str
    """Not equal to: hTTP method, or CONNECT (known from the peer SDK only)."""
    like_log_method: str
    """Case-insensitive match, % as the wildcard: hTTP method, or CONNECT (known from the peer SDK
    only)."""
    log_hostname: str
    """Equal to: the host requested."""
    not_log_hostname: str
    """Not equal to: the host requested."""
    like_log_hostname: str
    """Case-insensitive match, % as the wildcard: the host requested."""
    log_status_code: int
    """Equal to: the target's status (known from the peer SDK only)."""
    not_log_status_code: int
    """Not equal to: the target's status (known from the peer SDK only)."""
    min_log_status_code: int
    """At least (inclusive): the target's status (known from the peer SDK only)."""
    max_log_status_code: int
    """At most (inclusive): the target's status (known from the peer SDK only)."""
    log_client_ip_address: str
    """Equal to: where the request came from."""
    not_log_client_ip_address: str
    """Not equal to: where the request came from."""
    like_log_client_ip_address: str
    """Case-insensitive match, % as the wildcard: where the request came from."""
    log_total_bytes: int
    """Equal to: bytes both ways."""
    not_log_total_bytes: int
    """Not equal to: bytes both ways."""
    min_log_total_bytes: int
    """At least (inclusive): bytes both ways."""
    max_log_total_bytes: int
    """At most (inclusive): bytes both ways."""
    log_total_elapsed_ms: int
    """Equal to: milliseconds it took (known from the peer SDK only)."""
    not_log_total_elapsed_ms: int
    """Not equal to: milliseconds it took (known from the peer SDK only)."""
    min_log_total_elapsed_ms: int
    """At least (inclusive): milliseconds it took (known from the peer SDK only)."""
    max_log_total_elapsed_ms: int
    """At most (inclusive): milliseconds it took (known from the peer SDK only)."""
    log_request_datetime: datetime
    """Equal to: when it was made."""
    not_log_request_datetime: datetime
    """Not equal to: when it was made."""
    min_log_request_datetime: datetime
    """At least (inclusive): when it was made."""
    max_log_request_datetime: datetime
    """At most (inclusive): when it was made."""
    log_session_id: str
    """Equal to: the sticky session, if any."""
    not_log_session_id: str
    """Not equal to: the sticky session, if any."""
    like_log_session_id: str
    """Case-insensitive match, % as the wildcard: the sticky session, if any."""
    country_id: str
    """Equal to: country targeted."""
    not_country_id: str
    """Not equal to: country targeted."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: country targeted."""
    city_alias: str
    """Equal to: city targeted."""
    not_city_alias: str
    """Not equal to: city targeted."""
    like_city_alias: str
    """Case-insensitive match, % as the wildcard: city targeted."""
    asn_id: int
    """Equal to: network targeted."""
    not_asn_id: int
    """Not equal to: network targeted."""
    min_asn_id: int
    """At least (inclusive): network targeted."""
    max_asn_id: int
    """At most (inclusive): network targeted."""
    log_transport: str
    """Equal to: the transport: tcp, udp or quic (known from the sync SDK only)."""
    not_log_transport: str
    """Not equal to: the transport: tcp, udp or quic (known from the sync SDK only)."""
    like_log_transport: str
    """Case-insensitive match, % as the wildcard: the transport: tcp, udp or quic (known from the
    sync SDK only)."""
    log_concurrency: int
    """Equal to: requests in flight for the user at the time (known from the sync SDK only)."""
    not_log_concurrency: int
    """Not equal to: requests in flight for the user at the time (known from the sync SDK only)."""
    min_log_concurrency: int
    """At least (inclusive): requests in flight for the user at the time (known from the sync SDK
    only)."""
    max_log_concurrency: int
    """At most (inclusive): requests in flight for the user at the time (known from the sync SDK
    only)."""
    log_smartpath_routed: bool
    """Equal to: smart path routed the request (known from the sync SDK only)."""
    not_log_smartpath_routed: bool
    """Not equal to: smart path routed the request (known from the sync SDK only)."""
    log_local_ip_address: str
    """Equal to: the proxy's own address that took the request (known from the sync SDK only)."""
    not_log_local_ip_address: str
    """Not equal to: the proxy's own address that took the request (known from the sync SDK only)."""
    like_log_local_ip_address: str
    """Case-insensitive match, % as the wildcard: the proxy's own address that took the request
    (known from the sync SDK only)."""
    log_local_port: int
    """Equal to: the proxy's own port that took the request (known from the sync SDK only)."""
    not_log_local_port: int
    """Not equal to: the proxy's own port that took the request (known from the sync SDK only)."""
    min_log_local_port: int
    """At least (inclusive): the proxy's own port that took the request (known from the sync SDK
    only)."""
    max_log_local_port: int
    """At most (inclusive): the proxy's own port that took the request (known from the sync SDK
    only)."""
    log_egress_ip_address: str
    """Equal to: the address the request left from (known from the sync SDK only)."""
    not_log_egress_ip_address: str
    """Not equal to: the address the request left from (known from the sync SDK only)."""
    like_log_egress_ip_address: str
    """Case-insensitive match, % as the wildcard: the address the request left from (known from the
    sync SDK only)."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class LogSummary:
    """Requests of one proxy user to one host over one day (kept 90 days or more)."""

    log_summary_id: str
    """Unique identifier."""
    proxy_user_id: str | None = None
    """The proxy user."""
    customer_id: int | None = None
    """The account."""
    log_summary_network: LogNetwork | str | None = None
    """The kind of network."""
    log_summary_hostname: str | None = None
    """The host (dropped after 90 days)."""
    log_summary_requests: int | None = None
    """Requests made."""
    log_summary_successful: int | None = None
    """Requests that succeeded (a search filter in the peer SDK)."""
    log_summary_error: int | None = None
    """Requests that failed (a search filter in the peer SDK)."""
    log_summary_bytes: int | None = None
    """Bytes both ways."""
    log_summary_period: datetime | None = None
    """The day it covers (its start)."""
    log_summary_creation_datetime: datetime | None = None
    """When it was made."""
    log_summary_last_update_datetime: datetime | None = None
    """When it last changed."""
    log_summary_domain: str | None = None
    """The registered domain of the host (known from the sync SDK only)."""
    log_summary_charged_requests: int | None = None
    """Requests charged (known from the sync SDK only)."""
    log_summary_charged_bytes: int | None = None
    """Bytes charged (known from the sync SDK only)."""
    log_summary_smartpath_enabled_requests: int | None = None
    """Requests with smart path on (known from the sync SDK only)."""
    log_summary_smartpath_enabled_bytes: int | None = None
    """Bytes with smart path on (known from the sync SDK only)."""
    log_summary_smartpath_routed_requests: int | None = None
    """Requests smart path routed (known from the sync SDK only)."""
    log_summary_smartpath_routed_bytes: int | None = None
    """Bytes smart path routed (known from the sync SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class LogSummarySearchFilters(TypedDict, total=False):
    """Filters of GET /log_summary/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    log_summary_id: str
    """Equal to: unique identifier."""
    not_log_summary_id: str
    """Not equal to: unique identifier."""
    like_log_summary_id: str
    """Case-insensitive match, % as the wildcard: unique identifier."""
    proxy_user_id: str
    """Equal to: the proxy user."""
    not_proxy_user_id: str
    """Not equal to: the proxy user."""
    like_proxy_user_id: str
    """Case-insensitive match, % as the wildcard: the proxy user."""
    log_summary_network: LogNetwork | str
    """Equal to: the kind of network."""
    not_log_summary_network: LogNetwork | str
    """Not equal to: the kind of network."""
    log_summary_hostname: str
    """Equal to: the host (dropped after 90 days)."""
    not_log_summary_hostname: str
    """Not equal to: the host (dropped after 90 days)."""
    like_log_summary_hostname: str
    """Case-insensitive match, % as the wildcard: the host (dropped after 90 days)."""
    log_summary_requests: int
    """Equal to: requests made."""
    not_log_summary_requests: int
    """Not equal to: requests made."""
    min_log_summary_requests: int
    """At least (inclusive): requests made."""
    max_log_summary_requests: int
    """At most (inclusive): requests made."""
    log_summary_successful: int
    """Equal to: requests that succeeded (a search filter in the peer SDK)."""
    not_log_summary_successful: int
    """Not equal to: requests that succeeded (a search filter in the peer SDK)."""
    min_log_summary_successful: int
    """At least (inclusive): requests that succeeded (a search filter in the peer SDK)."""
    max_log_summary_successful: int
    """At most (inclusive): requests that succeeded (a search filter in the peer SDK)."""
    log_summary_error: int
    """Equal to: requests that failed (a search filter in the peer SDK)."""
    not_log_summary_error: int
    """Not equal to: requests that failed (a search filter in the peer SDK)."""
    min_log_summary_error: int
    """At least (inclusive): requests that failed (a search filter in the peer SDK)."""
    max_log_summary_error: int
    """At most (inclusive): requests that failed (a search filter in the peer SDK)."""
    log_summary_bytes: int
    """Equal to: bytes both ways."""
    not_log_summary_bytes: int
    """Not equal to: bytes both ways."""
    min_log_summary_bytes: int
    """At least (inclusive): bytes both ways."""
    max_log_summary_bytes: int
    """At most (inclusive): bytes both ways."""
    log_summary_period: datetime
    """Equal to: the day it covers (its start)."""
    not_log_summary_period: datetime
    """Not equal to: the day it covers (its start)."""
    min_log_summary_period: datetime
    """At least (inclusive): the day it covers (its start)."""
    max_log_summary_period: datetime
    """At most (inclusive): the day it covers (its start)."""
    log_summary_creation_datetime: datetime
    """Equal to: when it was made."""
    not_log_summary_creation_datetime: datetime
    """Not equal to: when it was made."""
    min_log_summary_creation_datetime: datetime
    """At least (inclusive): when it was made."""
    max_log_summary_creation_datetime: datetime
    """At most (inclusive): when it was made."""
    log_summary_last_update_datetime: datetime
    """Equal to: when it last changed."""
    not_log_summary_last_update_datetime: datetime
    """Not equal to: when it last changed."""
    min_log_summary_last_update_datetime: datetime
    """At least (inclusive): when it last changed."""
    max_log_summary_last_update_datetime: datetime
    """At most (inclusive): when it last changed."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


Metadata: TypeAlias = dict[str, str | int | float | bool]
"""
Flat key/value metadata: at most 30 keys, each value's text at most 300 characters, 32 KB in all. Updating it replaces the whole object.
"""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class MobileAvailability:
    """Mobile nodes available in one place or network: a row of mobile_availability/search (grouped
    by its group_by), or the answer of mobile_availability/count. Without group_by the API
    answers bare country ids, each read as a row with only country_id set. The docs give no
    shape; the field names are known from the peer SDK only."""

    country_id: str | None = None
    """Country (ISO code, lower case)."""
    country_name: str | None = None
    """Country name."""
    subdivision_id: str | None = None
    """Region (ISO 3166-2, e.g. us-tx)."""
    subdivision_name: str | None = None
    """Region name."""
    city_id: int | None = None
    """City."""
    city_name: str | None = None
    """City name."""
    zip_code_id: int | None = None
    """Zip code area."""
    zip_code_alias: str | None = None
    """Zip code alias (us_78701)."""
    asn_id: int | None = None
    """Autonomous system number."""
    asn_name: str | None = None
    """Network name."""
    mobile_availability_is_available: bool | None = None
    """Nodes can be had there now."""
    mobile_availability_node_count: int | None = None
    """How many nodes."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class MobileAvailabilitySearchFilters(TypedDict, total=False):
    """Filters of GET /mobile_availability/search (known from the peer SDK only).

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    country_id: str
    """Equal to: country (ISO code, lower case)."""
    not_country_id: str
    """Not equal to: country (ISO code, lower case)."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: country (ISO code, lower case)."""
    subdivision_id: str
    """Equal to: region (ISO 3166-2)."""
    not_subdivision_id: str
    """Not equal to: region (ISO 3166-2)."""
    like_subdivision_id: str
    """Case-insensitive match, % as the wildcard: region (ISO 3166-2)."""
    city_name: str
    """Equal to: city name."""
    not_city_name: str
    """Not equal to: city name."""
    like_city_name: str
    """Case-insensitive match, % as the wildcard: city name."""
    asn_id: int
    """Equal to: autonomous system number."""
    not_asn_id: int
    """Not equal to: autonomous system number."""
    min_asn_id: int
    """At least (inclusive): autonomous system number."""
    max_asn_id: int
    """At most (inclusive): autonomous system number."""
    zip_code_alias: str
    """Equal to: zip code alias (us_78701)."""
    not_zip_code_alias: str
    """Not equal to: zip code alias (us_78701)."""
    like_zip_code_alias: str
    """Case-insensitive match, % as the wildcard: zip code alias (us_78701)."""
    mobile_availability_node_count: int
    """Equal to: how many nodes (per row, after grouping)."""
    not_mobile_availability_node_count: int
    """Not equal to: how many nodes (per row, after grouping)."""
    min_mobile_availability_node_count: int
    """At least (inclusive): how many nodes (per row, after grouping)."""
    max_mobile_availability_node_count: int
    """At most (inclusive): how many nodes (per row, after grouping)."""
    group_by: AvailabilityGroupBy | str
    """Equal to: what each row stands for; without it rows are bare country ids."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class MobileLedger:
    """One entry of the mobile data ledger: a change to the account's mobile data pool, aggregated
    per day like the residential ledger."""

    mobile_ledger_id: str
    """Unique identifier of the entry (a UUID)."""
    mobile_ledger_bytes: int
    """Bytes added to (positive) or taken from (negative) the mobile pool."""
    mobile_ledger_requests: int
    """Number of proxy requests the entry accounts for."""
    mobile_ledger_period_date: date
    """The day the usage or change belongs to."""
    mobile_ledger_reason: LedgerReason | str
    """Why the entry exists: usage, top_up, adjustment, service_purchase or a newer reason."""
    mobile_ledger_creation_datetime: datetime
    """When the entry was created."""
    mobile_ledger_last_update_datetime: datetime
    """When the entry last changed."""
    service_id: str | None = None
    """The service the entry belongs to, if any."""
    service_adjustment_id: int | None = None
    """The service adjustment that caused the entry, if any."""
    customer_id: int | None = None
    """The account that owns the entry."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class MobileLedgerSearchFilters(TypedDict, total=False):
    """Filters of GET /mobile_ledger/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    mobile_ledger_id: str
    """Equal to: unique identifier of the entry (a UUID)."""
    not_mobile_ledger_id: str
    """Not equal to: unique identifier of the entry (a UUID)."""
    like_mobile_ledger_id: str
    """Case-insensitive match, % as the wildcard: unique identifier of the entry (a UUID)."""
    service_id: str
    """Equal to: the service the entry belongs to, if any."""
    not_service_id: str
    """Not equal to: the service the entry belongs to, if any."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: the service the entry belongs to, if any."""
    service_adjustment_id: int
    """Equal to: the service adjustment that caused the entry, if any."""
    not_service_adjustment_id: int
    """Not equal to: the service adjustment that caused the entry, if any."""
    min_service_adjustment_id: int
    """At least (inclusive): the service adjustment that caused the entry, if any."""
    max_service_adjustment_id: int
    """At most (inclusive): the service adjustment that caused the entry, if any."""
    mobile_ledger_reason: LedgerReason | str
    """Equal to: why the entry exists: usage, top_up, adjustment, service_purchase or a newer
    reason."""
    not_mobile_ledger_reason: LedgerReason | str
    """Not equal to: why the entry exists: usage, top_up, adjustment, service_purchase or a newer
    reason."""
    mobile_ledger_requests: int
    """Equal to: number of proxy requests the entry accounts for."""
    not_mobile_ledger_requests: int
    """Not equal to: number of proxy requests the entry accounts for."""
    min_mobile_ledger_requests: int
    """At least (inclusive): number of proxy requests the entry accounts for."""
    max_mobile_ledger_requests: int
    """At most (inclusive): number of proxy requests the entry accounts for."""
    mobile_ledger_bytes: int
    """Equal to: bytes added to (positive) or taken from (negative) the mobile pool."""
    not_mobile_ledger_bytes: int
    """Not equal to: bytes added to (positive) or taken from (negative) the mobile pool."""
    min_mobile_ledger_bytes: int
    """At least (inclusive): bytes added to (positive) or taken from (negative) the mobile pool."""
    max_mobile_ledger_bytes: int
    """At most (inclusive): bytes added to (positive) or taken from (negative) the mobile pool."""
    mobile_ledger_period_date: date
    """Equal to: the day the usage or change belongs to."""
    not_mobile_ledger_period_date: date
    """Not equal to: the day the usage or change belongs to."""
    min_mobile_ledger_period_date: date
    """At least (inclusive): the day the usage or change belongs to."""
    max_mobile_ledger_period_date: date
    """At most (inclusive): the day the usage or change belongs to."""
    mobile_ledger_creation_datetime: datetime
    """Equal to: when the entry was created."""
    not_mobile_ledger_creation_datetime: datetime
    """Not equal to: when the entry was created."""
    min_mobile_ledger_creation_datetime: datetime
    """At least (inclusive): when the entry was created."""
    max_mobile_ledger_creation_datetime: datetime
    """At most (inclusive): when the entry was created."""
    mobile_ledger_last_update_datetime: datetime
    """Equal to: when the entry last changed."""
    not_mobile_ledger_last_update_datetime: datetime
    """Not equal to: when the entry last changed."""
    min_mobile_ledger_last_update_datetime: datetime
    """At least (inclusive): when the entry last changed."""
    max_mobile_ledger_last_update_datetime: datetime
    """At most (inclusive): when the entry last changed."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class MobileSummary:
    """The state of the account's mobile data pool, from /mobile/summary. The API documents only
    the path; the field names follow the residential summary and are unconfirmed, so anything
    else the API sends is kept in extra."""

    mobile_bytes: int | None = None
    """Total bytes allocated to the pool."""
    mobile_bytes_used: int | None = None
    """Bytes used so far."""
    mobile_bytes_left: int | None = None
    """Bytes remaining."""
    mobile_requests: int | None = None
    """Total number of requests made."""
    service_expiry_datetime: datetime | None = None
    """When the mobile service expires."""
    service_id: str | None = None
    """The active mobile service."""
    proxy_user_ids: list[str] | None = None
    """Proxy users that can draw on the pool."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class PriceTier:
    """One tier of a tiered price."""

    price_tier_amount: int | None = None
    """Price per unit in this tier, in cents."""
    price_tier_up_to: int | None = None
    """Upper bound of the tier in units; null for the last, open-ended tier."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class PriceTierType(StrEnum):
    """How tiered prices apply: one tier for the whole quantity (volume) or each tier to its own
    slice (graduated)."""

    VOLUME = "volume"
    GRADUATED = "graduated"


class PriceType(StrEnum):
    """Whether a price renews every cycle or is charged once."""

    RECURRING = "recurring"
    ONE_TIME = "one_time"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Product:
    """A product with its prices and stock, from /product/search."""

    product_id: str
    """Unique identifier (prod_...)."""
    product_name: str | None = None
    """Display name."""
    product_description: str | None = None
    """Longer description."""
    product_type: ProductType | str | None = None
    """The kind of product."""
    product_protocol: IpProtocol | str | None = None
    """IP protocol; null for data products."""
    country_id: str | None = None
    """Country of the proxies."""
    product_image: str | None = None
    """URL of the product image."""
    product_instock: bool | None = None
    """Whether any stock is left."""
    product_stock: int | None = None
    """Units in stock: 0 is sold out, -1 is unlimited."""
    product_is_active: bool | None = None
    """Whether the product is active."""
    product_is_available: bool | None = None
    """Whether it can be bought now."""
    product_is_per_ip: bool | None = None
    """True when priced per IP."""
    product_is_visible: bool | None = None
    """Whether it shows in the dashboard."""
    product_is_one_per_customer: bool | None = None
    """An account may buy it once (a search filter in the docs)."""
    product_is_one_active_per_customer: bool | None = None
    """An account may hold one active service of it at a time (a search filter in the docs)."""
    product_prices: list[ProductPrice] | None = None
    """The product's prices."""
    product_creation_datetime: datetime | None = None
    """When the product was created."""
    product_last_update_datetime: datetime | None = None
    """When the product last changed."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProductPrice:
    """One price of a product."""

    price_id: str
    """Unique identifier (price_...)."""
    price_amount: int | None = None
    """Price in cents."""
    price_per_unit_amount: int | None = None
    """Price per unit in cents."""
    price_package_quantity: int | None = None
    """Units per package."""
    price_type: PriceType | str | None = None
    """recurring or one_time."""
    price_is_subscription: bool | None = None
    """Whether buying it starts a subscription."""
    price_cycle_interval: CycleInterval | str | None = None
    """Unit of the billing cycle."""
    price_cycle_interval_count: int | None = None
    """Number of units per cycle."""
    price_tier_type: PriceTierType | str | None = None
    """volume or graduated, for tiered prices."""
    price_tiers: list[PriceTier] | None = None
    """The tiers of a tiered price."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProductSearchFilters(TypedDict, total=False):
    """Filters of GET /product/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    product_id: str
    """Equal to: unique identifier (prod_...)."""
    not_product_id: str
    """Not equal to: unique identifier (prod_...)."""
    like_product_id: str
    """Case-insensitive match, % as the wildcard: unique identifier (prod_...)."""
    product_type: ProductType | str
    """Equal to: the kind of product."""
    not_product_type: ProductType | str
    """Not equal to: the kind of product."""
    product_protocol: IpProtocol | str
    """Equal to: iP protocol."""
    not_product_protocol: IpProtocol | str
    """Not equal to: iP protocol."""
    country_id: str
    """Equal to: country of the proxies."""
    not_country_id: str
    """Not equal to: country of the proxies."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: country of the proxies."""
    product_is_active: bool
    """Equal to: whether the product is active."""
    not_product_is_active: bool
    """Not equal to: whether the product is active."""
    product_is_per_ip: bool
    """Equal to: true when priced per IP."""
    not_product_is_per_ip: bool
    """Not equal to: true when priced per IP."""
    product_is_one_per_customer: bool
    """Equal to: products a customer may buy only once."""
    not_product_is_one_per_customer: bool
    """Not equal to: products a customer may buy only once."""
    product_is_one_active_per_customer: bool
    """Equal to: products a customer may hold only one of at a time."""
    not_product_is_one_active_per_customer: bool
    """Not equal to: products a customer may hold only one of at a time."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


class ProductType(StrEnum):
    """The kind of product: proxy families plus account credit."""

    DATACENTER = "datacenter"
    ISP = "isp"
    RESIDENTIAL = "residential"
    MOBILE = "mobile"
    CREDIT = "credit"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Proxy:
    """One proxy: where it is, how to reach it and how to authenticate."""

    proxy_id: str
    """Unique identifier (a UUID)."""
    proxy_type: ProductType | str | None = None
    """The kind of proxy."""
    proxy_protocol: IpProtocol | str | None = None
    """IP protocol."""
    proxy_status: ProxyStatus | str | None = None
    """State of the proxy."""
    proxy_ip_address: str | None = None
    """IPv4 address."""
    proxy_ip_address_v6: str | None = None
    """IPv6 address."""
    proxy_http_port: int | None = None
    """HTTP port."""
    proxy_socks5_port: int | None = None
    """SOCKS5 port."""
    proxy_username: str | None = None
    """Proxy-specific user name, if set."""
    proxy_password: str | None = attrs.field(default=None, repr=False)
    """Proxy-specific password, if set. Hidden from repr()."""
    default_proxy_user_username: str | None = None
    """User name of the account's default proxy user."""
    default_proxy_user_password: str | None = attrs.field(default=None, repr=False)
    """Password of the account's default proxy user. Hidden from repr()."""
    service_id: str | None = None
    """The service the proxy belongs to."""
    customer_id: int | None = None
    """The account that owns the proxy."""
    ip_address_id_v4: str | None = None
    """IPv4 address identifier."""
    ip_address_id_v6: str | None = None
    """IPv6 address identifier."""
    subnet_id: str | None = None
    """IPv4 subnet, e.g. 107.225.72.0/22."""
    subnet_id_v6: str | None = None
    """IPv6 subnet."""
    asn_id: int | None = None
    """Autonomous system number of the network."""
    asn_name: str | None = None
    """Name of the network."""
    country_id: str | None = None
    """Country (ISO code)."""
    country_name: str | None = None
    """Country name."""
    subdivision_id: str | None = None
    """Region, e.g. us-tx."""
    subdivision_name: str | None = None
    """Region name."""
    city_id: int | None = None
    """City identifier."""
    city_name: str | None = None
    """City name."""
    city_example_postcode: str | None = None
    """A postcode in the city."""
    city_timezone: str | None = None
    """IANA time zone of the city."""
    city_latitude: float | None = None
    """Latitude of the city."""
    city_longitude: float | None = None
    """Longitude of the city."""
    proxy_last_update_datetime: datetime | None = None
    """When the proxy last changed."""
    proxy_user_ids: list[str] | None = None
    """Proxy users that may use this proxy (known from the peer SDK only)."""
    http_formatted: str | None = attrs.field(default=None, repr=False)
    """The proxy as an HTTP line with credentials (known from the peer SDK only). Hidden from
    repr()."""
    socks5_formatted: str | None = attrs.field(default=None, repr=False)
    """The proxy as a SOCKS5 line with credentials (known from the peer SDK only). Hidden from
    repr()."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyListByIdFields(TypedDict, total=False):
    """The fields of ProxyListByIdRequest, as keyword arguments.

    Checked at run time against ProxyListByIdRequest before anything is sent.
    """

    list_format: str
    """standard (host:port:user:pass), http, https, socks5 or socks5h (known from the peer SDK
    only)."""
    list_protocol: str
    """http or socks5 (known from the peer SDK only)."""
    list_version: str
    """ipv4 or ipv6 (known from the peer SDK only)."""
    list_authentication: str
    """username_and_password, ip_address or proxy_specific (known from the peer SDK only)."""
    proxy_user_id: str
    """Whose credentials go in the lines (default: the default user)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyListByIdRequest:
    """The body of POST /proxy/list_by_id: the proxies to list, and how."""

    proxy_ids: list[str]
    """The proxies, by id."""
    list_format: str | None = None
    """standard (host:port:user:pass), http, https, socks5 or socks5h (known from the peer SDK
    only)."""
    list_protocol: str | None = None
    """http or socks5 (known from the peer SDK only)."""
    list_version: str | None = None
    """ipv4 or ipv6 (known from the peer SDK only)."""
    list_authentication: str | None = None
    """username_and_password, ip_address or proxy_specific (known from the peer SDK only)."""
    proxy_user_id: str | None = None
    """Whose credentials go in the lines (default: the default user)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyListOption:
    """Whether one proxy user may use the proxies asked about."""

    proxy_user_id: str
    """The proxy user."""
    has_access: bool | None = None
    """It may use them."""
    proxy_user_is_default: bool | None = None
    """It is the default user."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyListOptionsFields(TypedDict, total=False):
    """The fields of ProxyListOptionsRequest, as keyword arguments.

    Checked at run time against ProxyListOptionsRequest before anything is sent.
    """

    proxy_ids: list[str]
    """The proxies, by id."""
    search_filter: dict[str, Any]
    """Proxy search filters, as for proxies.search."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyListOptionsRequest:
    """The body of POST /proxy/list/options: exactly one of proxy_ids or search_filter."""

    proxy_ids: list[str] | None = None
    """The proxies, by id."""
    search_filter: dict[str, Any] | None = None
    """Proxy search filters, as for proxies.search."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxySearchFilters(TypedDict, total=False):
    """Filters of GET /proxy/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    proxy_id: str
    """Equal to: unique identifier (a UUID)."""
    not_proxy_id: str
    """Not equal to: unique identifier (a UUID)."""
    like_proxy_id: str
    """Case-insensitive match, % as the wildcard: unique identifier (a UUID)."""
    service_id: str
    """Equal to: the service the proxy belongs to."""
    not_service_id: str
    """Not equal to: the service the proxy belongs to."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: the service the proxy belongs to."""
    proxy_ip_address: str
    """Equal to: iPv4 address."""
    not_proxy_ip_address: str
    """Not equal to: iPv4 address."""
    like_proxy_ip_address: str
    """Case-insensitive match, % as the wildcard: iPv4 address."""
    proxy_ip_address_v6: str
    """Equal to: iPv6 address."""
    not_proxy_ip_address_v6: str
    """Not equal to: iPv6 address."""
    like_proxy_ip_address_v6: str
    """Case-insensitive match, % as the wildcard: iPv6 address."""
    ip_address_id_v4: str
    """Equal to: iPv4 address identifier."""
    not_ip_address_id_v4: str
    """Not equal to: iPv4 address identifier."""
    like_ip_address_id_v4: str
    """Case-insensitive match, % as the wildcard: iPv4 address identifier."""
    ip_address_id_v6: str
    """Equal to: iPv6 address identifier."""
    not_ip_address_id_v6: str
    """Not equal to: iPv6 address identifier."""
    like_ip_address_id_v6: str
    """Case-insensitive match, % as the wildcard: iPv6 address identifier."""
    subnet_id: str
    """Equal to: iPv4 subnet, e.g. 107.225.72.0/22."""
    not_subnet_id: str
    """Not equal to: iPv4 subnet, e.g. 107.225.72.0/22."""
    like_subnet_id: str
    """Case-insensitive match, % as the wildcard: iPv4 subnet, e.g. 107.225.72.0/22."""
    subnet_id_v6: str
    """Equal to: iPv6 subnet."""
    not_subnet_id_v6: str
    """Not equal to: iPv6 subnet."""
    like_subnet_id_v6: str
    """Case-insensitive match, % as the wildcard: iPv6 subnet."""
    proxy_http_port: int
    """Equal to: hTTP port."""
    not_proxy_http_port: int
    """Not equal to: hTTP port."""
    min_proxy_http_port: int
    """At least (inclusive): hTTP port."""
    max_proxy_http_port: int
    """At most (inclusive): hTTP port."""
    proxy_socks5_port: int
    """Equal to: sOCKS5 port."""
    not_proxy_socks5_port: int
    """Not equal to: sOCKS5 port."""
    min_proxy_socks5_port: int
    """At least (inclusive): sOCKS5 port."""
    max_proxy_socks5_port: int
    """At most (inclusive): sOCKS5 port."""
    proxy_status: ProxyStatus | str
    """Equal to: state of the proxy."""
    not_proxy_status: ProxyStatus | str
    """Not equal to: state of the proxy."""
    proxy_type: ProductType | str
    """Equal to: the kind of proxy."""
    not_proxy_type: ProductType | str
    """Not equal to: the kind of proxy."""
    proxy_protocol: IpProtocol | str
    """Equal to: iP protocol."""
    not_proxy_protocol: IpProtocol | str
    """Not equal to: iP protocol."""
    country_id: str
    """Equal to: country (ISO code)."""
    not_country_id: str
    """Not equal to: country (ISO code)."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: country (ISO code)."""
    country_name: str
    """Equal to: country name."""
    not_country_name: str
    """Not equal to: country name."""
    like_country_name: str
    """Case-insensitive match, % as the wildcard: country name."""
    subdivision_id: str
    """Equal to: region, e.g. us-tx."""
    not_subdivision_id: str
    """Not equal to: region, e.g. us-tx."""
    like_subdivision_id: str
    """Case-insensitive match, % as the wildcard: region, e.g. us-tx."""
    subdivision_name: str
    """Equal to: region name."""
    not_subdivision_name: str
    """Not equal to: region name."""
    like_subdivision_name: str
    """Case-insensitive match, % as the wildcard: region name."""
    city_id: int
    """Equal to: city identifier."""
    not_city_id: int
    """Not equal to: city identifier."""
    min_city_id: int
    """At least (inclusive): city identifier."""
    max_city_id: int
    """At most (inclusive): city identifier."""
    city_name: str
    """Equal to: city name."""
    not_city_name: str
    """Not equal to: city name."""
    like_city_name: str
    """Case-insensitive match, % as the wildcard: city name."""
    city_timezone: str
    """Equal to: iANA time zone of the city."""
    not_city_timezone: str
    """Not equal to: iANA time zone of the city."""
    like_city_timezone: str
    """Case-insensitive match, % as the wildcard: iANA time zone of the city."""
    city_example_postcode: str
    """Equal to: a postcode in the city."""
    not_city_example_postcode: str
    """Not equal to: a postcode in the city."""
    like_city_example_postcode: str
    """Case-insensitive match, % as the wildcard: a postcode in the city."""
    city_latitude: float
    """Equal to: latitude of the city."""
    not_city_latitude: float
    """Not equal to: latitude of the city."""
    min_city_latitude: float
    """At least (inclusive): latitude of the city."""
    max_city_latitude: float
    """At most (inclusive): latitude of the city."""
    city_longitude: float
    """Equal to: longitude of the city."""
    not_city_longitude: float
    """Not equal to: longitude of the city."""
    min_city_longitude: float
    """At least (inclusive): longitude of the city."""
    max_city_longitude: float
    """At most (inclusive): longitude of the city."""
    asn_id: int
    """Equal to: autonomous system number."""
    not_asn_id: int
    """Not equal to: autonomous system number."""
    min_asn_id: int
    """At least (inclusive): autonomous system number."""
    max_asn_id: int
    """At most (inclusive): autonomous system number."""
    proxy_user_id: str
    """Equal to: a proxy user that may use the proxy."""
    not_proxy_user_id: str
    """Not equal to: a proxy user that may use the proxy."""
    like_proxy_user_id: str
    """Case-insensitive match, % as the wildcard: a proxy user that may use the proxy."""
    asn_name: str
    """Equal to: name of the network."""
    not_asn_name: str
    """Not equal to: name of the network."""
    like_asn_name: str
    """Case-insensitive match, % as the wildcard: name of the network."""
    proxy_last_update_datetime: datetime
    """Equal to: when the proxy last changed."""
    not_proxy_last_update_datetime: datetime
    """Not equal to: when the proxy last changed."""
    min_proxy_last_update_datetime: datetime
    """At least (inclusive): when the proxy last changed."""
    max_proxy_last_update_datetime: datetime
    """At most (inclusive): when the proxy last changed."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


class ProxyStatus(StrEnum):
    """The state of one proxy."""

    AVAILABLE = "available"
    IN_USE = "in_use"
    RESERVED = "reserved"
    WAITING = "waiting"
    PENDING_DELETION = "pending_deletion"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyTestServer:
    """A server the proxy tester measures from."""

    proxy_test_server_id: str
    """Server identifier."""
    country_id: str | None = None
    """The country it is in."""
    city_id: int | None = None
    """The city it is in."""
    city_name: str | None = None
    """The city's name."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyTestServerSearchFilters(TypedDict, total=False):
    """Filters of GET /proxy_test_server/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    proxy_test_server_id: str
    """Equal to: server identifier."""
    not_proxy_test_server_id: str
    """Not equal to: server identifier."""
    like_proxy_test_server_id: str
    """Case-insensitive match, % as the wildcard: server identifier."""
    country_id: str
    """Equal to: the country it is in."""
    not_country_id: str
    """Not equal to: the country it is in."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: the country it is in."""
    city_id: int
    """Equal to: the city it is in."""
    not_city_id: int
    """Not equal to: the city it is in."""
    min_city_id: int
    """At least (inclusive): the city it is in."""
    max_city_id: int
    """At most (inclusive): the city it is in."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyUser:
    """A proxy user: the user name and password clients authenticate to the proxies with, and what
    they may use."""

    proxy_user_id: str
    """The user name (10 to 32 characters, chosen or random); also the id."""
    proxy_user_password: str | None = attrs.field(default=None, repr=False)
    """The password (10 to 32 letters and digits). Hidden from repr()."""
    proxy_user_access_type: ProxyUserAccessType | str | None = None
    """What the user may use."""
    proxy_user_is_default: bool | None = None
    """The account's default user (always access type all)."""
    proxy_user_is_deleted: bool | None = None
    """Deleted (known from the peer SDK only)."""
    proxy_user_is_strict_security: bool | None = None
    """Requires IP address authentication as well as the password."""
    proxy_user_enforce_https: bool | None = None
    """Allows only HTTPS (port 443) targets."""
    proxy_user_residential_bytes_limit: int | None = None
    """Residential bytes the user may use; null for no limit."""
    proxy_user_residential_bytes_used: int | None = None
    """Residential bytes used."""
    proxy_user_mobile_bytes_limit: int | None = None
    """Mobile bytes the user may use; null for no limit."""
    proxy_user_mobile_bytes_used: int | None = None
    """Mobile bytes used (known from the peer SDK only)."""
    proxy_user_metadata: Metadata | None = None
    """Your own key/value tags."""
    ip_address_authentications: list[str] | None = None
    """IP addresses that authenticate as this user."""
    proxy_user_ip_address_authentication_limit: int | None = None
    """How many IP addresses it may list (known from the peer SDK only)."""
    customer_id: int | None = None
    """The account that owns the user."""
    proxy_user_creation_datetime: datetime | None = None
    """When the user was made."""
    proxy_user_last_update_datetime: datetime | None = None
    """When the user last changed."""
    restricted_proxy_ids: list[str] | None = None
    """The proxies a proxy_restricted user may use (known from the sync SDK only)."""
    restricted_service_ids: list[str] | None = None
    """The services a service_restricted user may use (known from the sync SDK only)."""
    residential_bytes_left: int | None = None
    """Residential bytes the user may still use under its limit (known from the sync SDK only)."""
    mobile_bytes_left: int | None = None
    """Mobile bytes the user may still use under its limit (known from the sync SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyUserAccessType(StrEnum):
    """What a proxy user may use: every proxy of the account (all, the default users' only choice),
    the services its ACLs name, or the proxies they name."""

    ALL = "all"
    SERVICE_RESTRICTED = "service_restricted"
    PROXY_RESTRICTED = "proxy_restricted"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyUserAcl:
    """An access rule: a restricted proxy user may use one service or one proxy."""

    proxy_user_acl_id: str
    """Unique identifier (a UUID)."""
    proxy_user_id: str | None = None
    """The proxy user it lets in."""
    service_id: str | None = None
    """The service it opens (for service_restricted users)."""
    proxy_id: str | None = None
    """The proxy it opens (for proxy_restricted users)."""
    proxy_user_acl_creation_datetime: datetime | None = None
    """When the rule was made."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyUserAclCreateFields(TypedDict, total=False):
    """The fields of ProxyUserAclCreateRequest, as keyword arguments.

    Checked at run time against ProxyUserAclCreateRequest before anything is sent.
    """

    proxy_user_id: Required[str]
    """The restricted proxy user to let in."""
    service_id: str
    """A service to open (the user must be service_restricted)."""
    proxy_id: str
    """A proxy to open (the user must be proxy_restricted)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyUserAclCreateRequest:
    """The body of POST /proxy_user_acl/create: a user and exactly one of a service or a proxy."""

    proxy_user_id: str
    """The restricted proxy user to let in."""
    service_id: str | None = None
    """A service to open (the user must be service_restricted)."""
    proxy_id: str | None = None
    """A proxy to open (the user must be proxy_restricted)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyUserAclSearchFilters(TypedDict, total=False):
    """Filters of GET /proxy_user_acl/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    proxy_user_acl_id: str
    """Equal to: the rule's id."""
    not_proxy_user_acl_id: str
    """Not equal to: the rule's id."""
    like_proxy_user_acl_id: str
    """Case-insensitive match, % as the wildcard: the rule's id."""
    proxy_user_id: str
    """Equal to: the proxy user it lets in."""
    not_proxy_user_id: str
    """Not equal to: the proxy user it lets in."""
    like_proxy_user_id: str
    """Case-insensitive match, % as the wildcard: the proxy user it lets in."""
    service_id: str
    """Equal to: the service it opens."""
    not_service_id: str
    """Not equal to: the service it opens."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: the service it opens."""
    proxy_id: str
    """Equal to: the proxy it opens."""
    not_proxy_id: str
    """Not equal to: the proxy it opens."""
    like_proxy_id: str
    """Case-insensitive match, % as the wildcard: the proxy it opens."""
    proxy_user_acl_creation_datetime: datetime
    """Equal to: when the rule was made."""
    not_proxy_user_acl_creation_datetime: datetime
    """Not equal to: when the rule was made."""
    min_proxy_user_acl_creation_datetime: datetime
    """At least (inclusive): when the rule was made."""
    max_proxy_user_acl_creation_datetime: datetime
    """At most (inclusive): when the rule was made."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


class ProxyUserCreateFields(TypedDict, total=False):
    """The fields of ProxyUserCreateRequest, as keyword arguments.

    Checked at run time against ProxyUserCreateRequest before anything is sent.
    """

    proxy_user_id: str
    """The user name, 10 to 32 characters."""
    proxy_user_password: str
    """The password, 10 to 32 letters and digits."""
    proxy_user_access_type: ProxyUserAccessType | str
    """What the user may use (default all)."""
    proxy_user_is_strict_security: bool
    """Require IP address authentication as well."""
    proxy_user_enforce_https: bool
    """Allow only HTTPS targets."""
    ip_address_authentications: list[str]
    """IP addresses that authenticate as this user."""
    proxy_user_metadata: Metadata
    """Your own key/value tags."""
    proxy_user_residential_bytes_limit: int
    """Residential bytes it may use."""
    proxy_user_mobile_bytes_limit: int
    """Mobile bytes it may use."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyUserCreateRequest:
    """The body of POST /proxy_user/create. Every field is optional: the API picks a random user
    name and password when they are left out."""

    proxy_user_id: str | None = None
    """The user name, 10 to 32 characters."""
    proxy_user_password: str | None = attrs.field(default=None, repr=False)
    """The password, 10 to 32 letters and digits. Hidden from repr()."""
    proxy_user_access_type: ProxyUserAccessType | str | None = None
    """What the user may use (default all)."""
    proxy_user_is_strict_security: bool | None = None
    """Require IP address authentication as well."""
    proxy_user_enforce_https: bool | None = None
    """Allow only HTTPS targets."""
    ip_address_authentications: list[str] | None = None
    """IP addresses that authenticate as this user."""
    proxy_user_metadata: Metadata | None = None
    """Your own key/value tags."""
    proxy_user_residential_bytes_limit: int | None = None
    """Residential bytes it may use."""
    proxy_user_mobile_bytes_limit: int | None = None
    """Mobile bytes it may use."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyUserEditFields(TypedDict, total=False):
    """The fields of ProxyUserEditRequest, as keyword arguments.

    Checked at run time against ProxyUserEditRequest before anything is sent.
    """

    proxy_user_password: str
    """A new password (clients using the old one stop working)."""
    proxy_user_access_type: ProxyUserAccessType | str
    """What the user may use."""
    clear_proxy_user_acl: bool
    """Delete the user's ACLs (needed to move back to all)."""
    proxy_user_is_strict_security: bool
    """Require IP address authentication as well."""
    proxy_user_enforce_https: bool
    """Allow only HTTPS targets."""
    ip_address_authentications: list[str]
    """IP addresses that authenticate as this user."""
    proxy_user_metadata: Metadata
    """New metadata (replaces the old)."""
    proxy_user_residential_bytes_limit: int
    """Residential bytes it may use (not below what it used)."""
    proxy_user_mobile_bytes_limit: int
    """Mobile bytes it may use (not below what it used)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ProxyUserEditRequest:
    """The body of PATCH /proxy_user/edit/{proxy_user_id}. Only the fields given change;
    proxy_user_metadata replaces the whole metadata. Moving a user with ACLs back to all needs
    clear_proxy_user_acl, which deletes them."""

    proxy_user_password: str | None = attrs.field(default=None, repr=False)
    """A new password (clients using the old one stop working). Hidden from repr()."""
    proxy_user_access_type: ProxyUserAccessType | str | None = None
    """What the user may use."""
    clear_proxy_user_acl: bool | None = None
    """Delete the user's ACLs (needed to move back to all)."""
    proxy_user_is_strict_security: bool | None = None
    """Require IP address authentication as well."""
    proxy_user_enforce_https: bool | None = None
    """Allow only HTTPS targets."""
    ip_address_authentications: list[str] | None = None
    """IP addresses that authenticate as this user."""
    proxy_user_metadata: Metadata | None = None
    """New metadata (replaces the old)."""
    proxy_user_residential_bytes_limit: int | None = None
    """Residential bytes it may use (not below what it used)."""
    proxy_user_mobile_bytes_limit: int | None = None
    """Mobile bytes it may use (not below what it used)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ProxyUserSearchFilters(TypedDict, total=False):
    """Filters of GET /proxy_user/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    proxy_user_id: str
    """Equal to: the user name."""
    not_proxy_user_id: str
    """Not equal to: the user name."""
    like_proxy_user_id: str
    """Case-insensitive match, % as the wildcard: the user name."""
    proxy_user_access_type: ProxyUserAccessType | str
    """Equal to: what the user may use."""
    not_proxy_user_access_type: ProxyUserAccessType | str
    """Not equal to: what the user may use."""
    proxy_user_is_default: bool
    """Equal to: the account's default user."""
    not_proxy_user_is_default: bool
    """Not equal to: the account's default user."""
    proxy_user_is_deleted: bool
    """Equal to: deleted."""
    not_proxy_user_is_deleted: bool
    """Not equal to: deleted."""
    proxy_user_is_strict_security: bool
    """Equal to: requires IP address authentication."""
    not_proxy_user_is_strict_security: bool
    """Not equal to: requires IP address authentication."""
    proxy_user_residential_bytes_limit: int
    """Equal to: residential bytes it may use."""
    not_proxy_user_residential_bytes_limit: int
    """Not equal to: residential bytes it may use."""
    min_proxy_user_residential_bytes_limit: int
    """At least (inclusive): residential bytes it may use."""
    max_proxy_user_residential_bytes_limit: int
    """At most (inclusive): residential bytes it may use."""
    proxy_user_residential_bytes_used: int
    """Equal to: residential bytes used."""
    not_proxy_user_residential_bytes_used: int
    """Not equal to: residential bytes used."""
    min_proxy_user_residential_bytes_used: int
    """At least (inclusive): residential bytes used."""
    max_proxy_user_residential_bytes_used: int
    """At most (inclusive): residential bytes used."""
    proxy_user_ip_address_authentication_limit: int
    """Equal to: how many IP addresses may authenticate as the user (known from the sync SDK only)."""
    not_proxy_user_ip_address_authentication_limit: int
    """Not equal to: how many IP addresses may authenticate as the user (known from the sync SDK
    only)."""
    min_proxy_user_ip_address_authentication_limit: int
    """At least (inclusive): how many IP addresses may authenticate as the user (known from the
    sync SDK only)."""
    max_proxy_user_ip_address_authentication_limit: int
    """At most (inclusive): how many IP addresses may authenticate as the user (known from the sync
    SDK only)."""
    proxy_user_creation_datetime: datetime
    """Equal to: when the user was made."""
    not_proxy_user_creation_datetime: datetime
    """Not equal to: when the user was made."""
    min_proxy_user_creation_datetime: datetime
    """At least (inclusive): when the user was made."""
    max_proxy_user_creation_datetime: datetime
    """At most (inclusive): when the user was made."""
    proxy_user_last_update_datetime: datetime
    """Equal to: when the user last changed."""
    not_proxy_user_last_update_datetime: datetime
    """Not equal to: when the user last changed."""
    min_proxy_user_last_update_datetime: datetime
    """At least (inclusive): when the user last changed."""
    max_proxy_user_last_update_datetime: datetime
    """At most (inclusive): when the user last changed."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Quote:
    """The price of a prospective purchase, from /checkout/quote. Nothing is bought. A quote may
    come back with is_valid false and a reason rather than as an error."""

    is_valid: bool | None = None
    """Whether the purchase can go ahead as quoted."""
    invalid_reason: str | None = None
    """Why the quote is not valid."""
    line_items: list[QuoteLineItem] | None = None
    """The lines of the quote."""
    before_discount_total: int | None = None
    """Total before discounts, in cents."""
    discount: int | None = None
    """Discount, in cents."""
    discounted: bool | None = None
    """Whether a discount applies."""
    total: int | None = None
    """Total after discounts, in cents."""
    credit_balance: int | None = None
    """The account's credit, in cents."""
    credit_only_checkout: bool | None = None
    """Whether the purchase must be paid entirely from credit."""
    customer_credit_balance_applied: bool | None = None
    """Whether credit is applied."""
    customer_credit_balance_applied_amount: int | None = None
    """Credit applied, in cents."""
    total_after_applied_credit: int | None = None
    """What is left to pay after credit, in cents."""
    promotional_code: str | None = None
    """The promotional code used."""
    promotional_code_id: str | None = None
    """Identifier of that code (promo_...)."""
    is_top_up: bool | None = None
    """Whether this is a credit top-up."""
    top_up_amount: int | None = None
    """Credit to add, in cents; 0 when not a top-up."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class QuoteLineItem:
    """One line of a quote."""

    item_name: str | None = None
    """Display name of the product."""
    item_type: ProductType | str | None = None
    """The kind of product."""
    item_country_id: str | None = None
    """Country of the proxies."""
    item_price_id: str | None = None
    """The price applied (price_...)."""
    item_price_type: PriceType | str | None = None
    """recurring or one_time."""
    item_per_unit_amount: int | None = None
    """Price per unit in cents."""
    item_quantity: int | None = None
    """Units."""
    item_total: int | None = None
    """Line total in cents."""
    service_fulfillment_filter: FulfillmentFilter | None = None
    """Provisioning criteria of the line."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ResidentialAvailability:
    """Residential nodes available in one place or network: a row of
    residential_availability/search (grouped by its group_by), or the answer of
    residential_availability/count. Without group_by the API answers bare country ids, each read
    as a row with only country_id set. The docs give no shape; the field names are known from
    the peer SDK only."""

    country_id: str | None = None
    """Country (ISO code, lower case)."""
    country_name: str | None = None
    """Country name."""
    subdivision_id: str | None = None
    """Region (ISO 3166-2, e.g. us-tx)."""
    subdivision_name: str | None = None
    """Region name."""
    city_id: int | None = None
    """City."""
    city_name: str | None = None
    """City name."""
    zip_code_id: int | None = None
    """Zip code area."""
    zip_code_alias: str | None = None
    """Zip code alias (us_78701)."""
    asn_id: int | None = None
    """Autonomous system number."""
    asn_name: str | None = None
    """Network name."""
    residential_availability_is_available: bool | None = None
    """Nodes can be had there now."""
    residential_availability_node_count: int | None = None
    """How many nodes."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ResidentialAvailabilitySearchFilters(TypedDict, total=False):
    """Filters of GET /residential_availability/search (known from the peer SDK only).

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    country_id: str
    """Equal to: country (ISO code, lower case)."""
    not_country_id: str
    """Not equal to: country (ISO code, lower case)."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: country (ISO code, lower case)."""
    subdivision_id: str
    """Equal to: region (ISO 3166-2)."""
    not_subdivision_id: str
    """Not equal to: region (ISO 3166-2)."""
    like_subdivision_id: str
    """Case-insensitive match, % as the wildcard: region (ISO 3166-2)."""
    city_name: str
    """Equal to: city name."""
    not_city_name: str
    """Not equal to: city name."""
    like_city_name: str
    """Case-insensitive match, % as the wildcard: city name."""
    asn_id: int
    """Equal to: autonomous system number."""
    not_asn_id: int
    """Not equal to: autonomous system number."""
    min_asn_id: int
    """At least (inclusive): autonomous system number."""
    max_asn_id: int
    """At most (inclusive): autonomous system number."""
    zip_code_alias: str
    """Equal to: zip code alias (us_78701)."""
    not_zip_code_alias: str
    """Not equal to: zip code alias (us_78701)."""
    like_zip_code_alias: str
    """Case-insensitive match, % as the wildcard: zip code alias (us_78701)."""
    residential_availability_node_count: int
    """Equal to: how many nodes (per row, after grouping)."""
    not_residential_availability_node_count: int
    """Not equal to: how many nodes (per row, after grouping)."""
    min_residential_availability_node_count: int
    """At least (inclusive): how many nodes (per row, after grouping)."""
    max_residential_availability_node_count: int
    """At most (inclusive): how many nodes (per row, after grouping)."""
    group_by: AvailabilityGroupBy | str
    """Equal to: what each row stands for; without it rows are bare country ids."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ResidentialLedger:
    """One entry of the residential data ledger: a change to the account's residential data pool.
    Usage is aggregated per day, and the current day's usage entry keeps growing until the day
    ends."""

    residential_ledger_id: str
    """Unique identifier of the entry (a UUID)."""
    residential_ledger_bytes: int
    """Bytes added to (positive: top-ups, purchases) or taken from (negative: usage) the pool."""
    residential_ledger_requests: int
    """Number of proxy requests the entry accounts for."""
    residential_ledger_period_date: date
    """The day the usage or change belongs to."""
    residential_ledger_reason: LedgerReason | str
    """Why the entry exists: usage, top_up, adjustment, service_purchase or a newer reason."""
    residential_ledger_creation_datetime: datetime
    """When the entry was created."""
    residential_ledger_last_update_datetime: datetime
    """When the entry last changed."""
    service_id: str | None = None
    """The service the entry belongs to, if any."""
    service_adjustment_id: int | None = None
    """The service adjustment that caused the entry, if any."""
    customer_id: int | None = None
    """The account that owns the entry."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ResidentialLedgerSearchFilters(TypedDict, total=False):
    """Filters of GET /residential_ledger/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    residential_ledger_id: str
    """Equal to: unique identifier of the entry (a UUID)."""
    not_residential_ledger_id: str
    """Not equal to: unique identifier of the entry (a UUID)."""
    like_residential_ledger_id: str
    """Case-insensitive match, % as the wildcard: unique identifier of the entry (a UUID)."""
    service_id: str
    """Equal to: the service the entry belongs to, if any."""
    not_service_id: str
    """Not equal to: the service the entry belongs to, if any."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: the service the entry belongs to, if any."""
    service_adjustment_id: int
    """Equal to: the service adjustment that caused the entry, if any."""
    not_service_adjustment_id: int
    """Not equal to: the service adjustment that caused the entry, if any."""
    min_service_adjustment_id: int
    """At least (inclusive): the service adjustment that caused the entry, if any."""
    max_service_adjustment_id: int
    """At most (inclusive): the service adjustment that caused the entry, if any."""
    residential_ledger_reason: LedgerReason | str
    """Equal to: why the entry exists: usage, top_up, adjustment, service_purchase or a newer
    reason."""
    not_residential_ledger_reason: LedgerReason | str
    """Not equal to: why the entry exists: usage, top_up, adjustment, service_purchase or a newer
    reason."""
    residential_ledger_requests: int
    """Equal to: number of proxy requests the entry accounts for."""
    not_residential_ledger_requests: int
    """Not equal to: number of proxy requests the entry accounts for."""
    min_residential_ledger_requests: int
    """At least (inclusive): number of proxy requests the entry accounts for."""
    max_residential_ledger_requests: int
    """At most (inclusive): number of proxy requests the entry accounts for."""
    residential_ledger_bytes: int
    """Equal to: bytes added to (positive: top-ups, purchases) or taken from (negative: usage) the
    pool."""
    not_residential_ledger_bytes: int
    """Not equal to: bytes added to (positive: top-ups, purchases) or taken from (negative: usage)
    the pool."""
    min_residential_ledger_bytes: int
    """At least (inclusive): bytes added to (positive: top-ups, purchases) or taken from (negative:
    usage) the pool."""
    max_residential_ledger_bytes: int
    """At most (inclusive): bytes added to (positive: top-ups, purchases) or taken from (negative:
    usage) the pool."""
    residential_ledger_period_date: date
    """Equal to: the day the usage or change belongs to."""
    not_residential_ledger_period_date: date
    """Not equal to: the day the usage or change belongs to."""
    min_residential_ledger_period_date: date
    """At least (inclusive): the day the usage or change belongs to."""
    max_residential_ledger_period_date: date
    """At most (inclusive): the day the usage or change belongs to."""
    residential_ledger_creation_datetime: datetime
    """Equal to: when the entry was created."""
    not_residential_ledger_creation_datetime: datetime
    """Not equal to: when the entry was created."""
    min_residential_ledger_creation_datetime: datetime
    """At least (inclusive): when the entry was created."""
    max_residential_ledger_creation_datetime: datetime
    """At most (inclusive): when the entry was created."""
    residential_ledger_last_update_datetime: datetime
    """Equal to: when the entry last changed."""
    not_residential_ledger_last_update_datetime: datetime
    """Not equal to: when the entry last changed."""
    min_residential_ledger_last_update_datetime: datetime
    """At least (inclusive): when the entry last changed."""
    max_residential_ledger_last_update_datetime: datetime
    """At most (inclusive): when the entry last changed."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ResidentialSummary:
    """The state of the account's residential data pool, from /residential/summary."""

    residential_bytes: int | None = None
    """Total bytes allocated to the pool."""
    residential_bytes_used: int | None = None
    """Bytes used so far."""
    residential_bytes_left: int | None = None
    """Bytes remaining."""
    residential_requests: int | None = None
    """Total number of requests made."""
    service_expiry_datetime: datetime | None = None
    """When the residential service expires."""
    service_id: str | None = None
    """The active residential service."""
    proxy_user_ids: list[str] | None = None
    """Proxy users that can draw on the pool."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Service:
    """A purchased product: a group of proxies or a data pool, with its billing state."""

    service_id: str
    """Unique identifier, e.g. API-1234-5678."""
    service_name: str | None = None
    """Display name."""
    service_type: ServiceType | str | None = None
    """The kind of service."""
    service_status: ServiceStatus | str | None = None
    """Where the service is in its life."""
    service_protocol: IpProtocol | str | None = None
    """IP protocol; null for data services."""
    service_quantity: int | None = None
    """Number of proxies in the service."""
    service_cycle: str | None = None
    """Billing cycle, written count:interval (1:month)."""
    service_total: int | None = None
    """Price per cycle in cents."""
    service_creation_datetime: datetime | None = None
    """When the service was created."""
    service_last_update_datetime: datetime | None = None
    """When the service last changed."""
    service_dispatch_datetime: datetime | None = None
    """When the proxies were delivered."""
    service_expiry_datetime: datetime | None = None
    """End of the current billing period."""
    service_earliest_cancellation_datetime: datetime | None = None
    """The earliest moment the service may be canceled."""
    service_is_automatic_collection: bool | None = None
    """Whether renewals are charged automatically."""
    service_is_pending_cancellation: bool | None = None
    """Whether the service ends at the close of its period."""
    service_is_cancellable: bool | None = None
    """Whether it may be canceled now."""
    service_is_off_catalog: bool | None = None
    """Whether it was set up outside the catalog."""
    service_is_reconfigurable: bool | None = None
    """Whether it may be reconfigured."""
    service_subscription_is_paused: bool | None = None
    """Whether its subscription is paused."""
    service_metadata: Metadata | None = None
    """The customer's own metadata."""
    service_fulfillment_filter: FulfillmentFilter | None = None
    """Provisioning criteria of the service."""
    service_image: str | None = None
    """URL of the product image."""
    service_promotional_code: str | None = None
    """The promotional code used at purchase."""
    service_price_id: str | None = None
    """The price billed (price_...)."""
    service_subscription_id: str | None = None
    """The subscription (sub_...)."""
    subscription_schedule_id: str | None = None
    """The subscription schedule, if any."""
    open_invoice_id: str | None = None
    """The unpaid invoice, if any (in_...)."""
    payment_method_id: str | None = None
    """The payment method for renewals (pm_...)."""
    product_id: str | None = None
    """The product bought (prod_...)."""
    country_id: str | None = None
    """Country of the proxies."""
    customer_id: int | None = None
    """The account that owns the service."""
    proxies: list[Proxy] | None = None
    """The service's proxies, when asked for with proxies=True."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ServiceAdjustment:
    """A recorded change to a service (fulfillment, extension, top-up, cancellation...), with the
    state before and after."""

    service_adjustment_id: int
    """Unique identifier."""
    service_id: str | None = None
    """The service changed."""
    invoice_id: str | None = None
    """The invoice behind the change, if any (in_...)."""
    service_adjustment_type: ServiceAdjustmentType | str | None = None
    """What changed."""
    service_adjustment_status: ServiceAdjustmentStatus | str | None = None
    """pending, complete or failed."""
    service_adjustment_pre: dict[str, Any] | None = None
    """The changed fields before the change."""
    service_adjustment_post: dict[str, Any] | None = None
    """The changed fields after the change."""
    service_adjustment_eval: dict[str, list[Any]] | None = None
    """Each changed field mapped to [before, after]."""
    service_adjustment_is_administrator: bool | None = None
    """Made by staff."""
    service_adjustment_is_automatic: bool | None = None
    """Made by the system."""
    service_adjustment_is_customer: bool | None = None
    """Made by the customer."""
    service_adjustment_creation_datetime: datetime | None = None
    """When the adjustment was created."""
    service_adjustment_last_update_datetime: datetime | None = None
    """When the adjustment last changed."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ServiceAdjustmentSearchFilters(TypedDict, total=False):
    """Filters of GET /service_adjustment/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    service_adjustment_id: int
    """Equal to: unique identifier."""
    not_service_adjustment_id: int
    """Not equal to: unique identifier."""
    min_service_adjustment_id: int
    """At least (inclusive): unique identifier."""
    max_service_adjustment_id: int
    """At most (inclusive): unique identifier."""
    service_id: str
    """Equal to: the service changed."""
    not_service_id: str
    """Not equal to: the service changed."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: the service changed."""
    invoice_id: str
    """Equal to: the invoice behind the change (in_...)."""
    not_invoice_id: str
    """Not equal to: the invoice behind the change (in_...)."""
    like_invoice_id: str
    """Case-insensitive match, % as the wildcard: the invoice behind the change (in_...)."""
    service_adjustment_type: ServiceAdjustmentType | str
    """Equal to: what changed."""
    not_service_adjustment_type: ServiceAdjustmentType | str
    """Not equal to: what changed."""
    service_adjustment_status: ServiceAdjustmentStatus | str
    """Equal to: pending, complete or failed."""
    not_service_adjustment_status: ServiceAdjustmentStatus | str
    """Not equal to: pending, complete or failed."""
    service_adjustment_is_administrator: bool
    """Equal to: made by staff."""
    not_service_adjustment_is_administrator: bool
    """Not equal to: made by staff."""
    service_adjustment_is_automatic: bool
    """Equal to: made by the system."""
    not_service_adjustment_is_automatic: bool
    """Not equal to: made by the system."""
    service_adjustment_is_customer: bool
    """Equal to: made by the customer."""
    not_service_adjustment_is_customer: bool
    """Not equal to: made by the customer."""
    service_adjustment_creation_datetime: datetime
    """Equal to: when the adjustment was created."""
    not_service_adjustment_creation_datetime: datetime
    """Not equal to: when the adjustment was created."""
    min_service_adjustment_creation_datetime: datetime
    """At least (inclusive): when the adjustment was created."""
    max_service_adjustment_creation_datetime: datetime
    """At most (inclusive): when the adjustment was created."""
    service_adjustment_last_update_datetime: datetime
    """Equal to: when the adjustment last changed."""
    not_service_adjustment_last_update_datetime: datetime
    """Not equal to: when the adjustment last changed."""
    min_service_adjustment_last_update_datetime: datetime
    """At least (inclusive): when the adjustment last changed."""
    max_service_adjustment_last_update_datetime: datetime
    """At most (inclusive): when the adjustment last changed."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


class ServiceAdjustmentStatus(StrEnum):
    """Whether a service adjustment has been applied."""

    PENDING = "pending"
    COMPLETE = "complete"
    FAILED = "failed"


class ServiceAdjustmentType(StrEnum):
    """What a service adjustment changed."""

    INGESTION = "ingestion"
    FULFILLMENT = "fulfillment"
    REMOVE_PROXY = "remove_proxy"
    ADDITIONAL_FULFILLMENT = "additional_fulfillment"
    UPDATE = "update"
    PROXY_REPLACEMENT = "proxy_replacement"
    EXTENSION = "extension"
    TOP_UP = "top_up"
    TOP_UP_AND_EXTENSION = "top_up_and_extension"
    CANCEL = "cancel"


class ServiceCancelFields(TypedDict, total=False):
    """The fields of ServiceCancelRequest, as keyword arguments.

    Checked at run time against ServiceCancelRequest before anything is sent.
    """

    cancel_comment: str
    """Free text on why the service is canceled."""
    cancel_feedback: CancelFeedback | str
    """The reason for canceling."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ServiceCancelRequest:
    """The body of DELETE /service/cancel/{service_id}."""

    cancel_comment: str | None = None
    """Free text on why the service is canceled."""
    cancel_feedback: CancelFeedback | str | None = None
    """The reason for canceling."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ServiceEditFields(TypedDict, total=False):
    """The fields of ServiceEditRequest, as keyword arguments.

    Checked at run time against ServiceEditRequest before anything is sent.
    """

    service_is_automatic_collection: bool
    """Charge renewals automatically."""
    service_is_pending_cancellation: bool
    """End the service at the close of its period."""
    payment_method_id: str
    """Payment method for renewals (pm_...)."""
    service_metadata: Metadata
    """New metadata (replaces the old)."""
    cancel_comment: str
    """Free text on why the service is being canceled."""
    cancel_feedback: CancelFeedback | str
    """The reason for canceling."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ServiceEditRequest:
    """The body of PATCH /service/edit/{service_id}. Only the fields given are changed;
    service_metadata replaces the whole metadata object."""

    service_is_automatic_collection: bool | None = None
    """Charge renewals automatically."""
    service_is_pending_cancellation: bool | None = None
    """End the service at the close of its period."""
    payment_method_id: str | None = None
    """Payment method for renewals (pm_...)."""
    service_metadata: Metadata | None = None
    """New metadata (replaces the old)."""
    cancel_comment: str | None = None
    """Free text on why the service is being canceled."""
    cancel_feedback: CancelFeedback | str | None = None
    """The reason for canceling."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ServiceSearchFilters(TypedDict, total=False):
    """Filters of GET /service/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    service_id: str
    """Equal to: unique identifier, e.g. API-1234-5678."""
    not_service_id: str
    """Not equal to: unique identifier, e.g. API-1234-5678."""
    like_service_id: str
    """Case-insensitive match, % as the wildcard: unique identifier, e.g. API-1234-5678."""
    service_name: str
    """Equal to: display name."""
    not_service_name: str
    """Not equal to: display name."""
    like_service_name: str
    """Case-insensitive match, % as the wildcard: display name."""
    service_type: ServiceType | str
    """Equal to: the kind of service."""
    not_service_type: ServiceType | str
    """Not equal to: the kind of service."""
    service_status: ServiceStatus | str
    """Equal to: where the service is in its life."""
    not_service_status: ServiceStatus | str
    """Not equal to: where the service is in its life."""
    service_protocol: IpProtocol | str
    """Equal to: iP protocol."""
    not_service_protocol: IpProtocol | str
    """Not equal to: iP protocol."""
    service_quantity: int
    """Equal to: number of proxies in the service."""
    not_service_quantity: int
    """Not equal to: number of proxies in the service."""
    min_service_quantity: int
    """At least (inclusive): number of proxies in the service."""
    max_service_quantity: int
    """At most (inclusive): number of proxies in the service."""
    service_total: int
    """Equal to: price per cycle in cents."""
    not_service_total: int
    """Not equal to: price per cycle in cents."""
    min_service_total: int
    """At least (inclusive): price per cycle in cents."""
    max_service_total: int
    """At most (inclusive): price per cycle in cents."""
    service_cycle: str
    """Equal to: billing cycle, written count:interval (1:month)."""
    not_service_cycle: str
    """Not equal to: billing cycle, written count:interval (1:month)."""
    like_service_cycle: str
    """Case-insensitive match, % as the wildcard: billing cycle, written count:interval (1:month)."""
    service_image: str
    """Equal to: uRL of the product image."""
    not_service_image: str
    """Not equal to: uRL of the product image."""
    like_service_image: str
    """Case-insensitive match, % as the wildcard: uRL of the product image."""
    service_is_automatic_collection: bool
    """Equal to: whether renewals are charged automatically."""
    not_service_is_automatic_collection: bool
    """Not equal to: whether renewals are charged automatically."""
    service_is_pending_cancellation: bool
    """Equal to: whether the service ends at the close of its period."""
    not_service_is_pending_cancellation: bool
    """Not equal to: whether the service ends at the close of its period."""
    service_promotional_code: str
    """Equal to: promotional code used at purchase."""
    not_service_promotional_code: str
    """Not equal to: promotional code used at purchase."""
    like_service_promotional_code: str
    """Case-insensitive match, % as the wildcard: promotional code used at purchase."""
    service_price_id: str
    """Equal to: the price billed (price_...)."""
    not_service_price_id: str
    """Not equal to: the price billed (price_...)."""
    like_service_price_id: str
    """Case-insensitive match, % as the wildcard: the price billed (price_...)."""
    service_subscription_id: str
    """Equal to: the subscription (sub_...)."""
    not_service_subscription_id: str
    """Not equal to: the subscription (sub_...)."""
    like_service_subscription_id: str
    """Case-insensitive match, % as the wildcard: the subscription (sub_...)."""
    payment_method_id: str
    """Equal to: the payment method (pm_...)."""
    not_payment_method_id: str
    """Not equal to: the payment method (pm_...)."""
    like_payment_method_id: str
    """Case-insensitive match, % as the wildcard: the payment method (pm_...)."""
    product_id: str
    """Equal to: the product bought (prod_...)."""
    not_product_id: str
    """Not equal to: the product bought (prod_...)."""
    like_product_id: str
    """Case-insensitive match, % as the wildcard: the product bought (prod_...)."""
    country_id: str
    """Equal to: country of the proxies."""
    not_country_id: str
    """Not equal to: country of the proxies."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: country of the proxies."""
    service_creation_datetime: datetime
    """Equal to: when the service was created."""
    not_service_creation_datetime: datetime
    """Not equal to: when the service was created."""
    min_service_creation_datetime: datetime
    """At least (inclusive): when the service was created."""
    max_service_creation_datetime: datetime
    """At most (inclusive): when the service was created."""
    service_last_update_datetime: datetime
    """Equal to: when the service last changed."""
    not_service_last_update_datetime: datetime
    """Not equal to: when the service last changed."""
    min_service_last_update_datetime: datetime
    """At least (inclusive): when the service last changed."""
    max_service_last_update_datetime: datetime
    """At most (inclusive): when the service last changed."""
    service_dispatch_datetime: datetime
    """Equal to: when the proxies were delivered."""
    not_service_dispatch_datetime: datetime
    """Not equal to: when the proxies were delivered."""
    min_service_dispatch_datetime: datetime
    """At least (inclusive): when the proxies were delivered."""
    max_service_dispatch_datetime: datetime
    """At most (inclusive): when the proxies were delivered."""
    service_expiry_datetime: datetime
    """Equal to: end of the current billing period."""
    not_service_expiry_datetime: datetime
    """Not equal to: end of the current billing period."""
    min_service_expiry_datetime: datetime
    """At least (inclusive): end of the current billing period."""
    max_service_expiry_datetime: datetime
    """At most (inclusive): end of the current billing period."""
    proxies: bool
    """Equal to: include each service's proxies in the results."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


class ServiceStatus(StrEnum):
    """Where a service is in its life: paid and waiting for proxies, running, paused, overdue,
    canceled or finished."""

    AWAITING_FULFILLMENT = "awaiting_fulfillment"
    AWAITING_MANUAL_FULFILLMENT = "awaiting_manual_fulfillment"
    AWAITING_ADDITIONAL_FULFILLMENT = "awaiting_additional_fulfillment"
    ACTIVE = "active"
    PAUSED = "paused"
    OVERDUE = "overdue"
    CANCELED = "canceled"
    COMPLETE = "complete"


class ServiceType(StrEnum):
    """The kind of service a customer holds."""

    DATACENTER = "datacenter"
    ISP = "isp"
    RESIDENTIAL = "residential"
    MOBILE = "mobile"
    OFF_CATALOG = "off_catalog"


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class Subdivision:
    """A state or region of a country."""

    subdivision_id: str
    """ISO 3166-2 code, lower case (us-tx)."""
    subdivision_name: str | None = None
    """Name."""
    subdivision_alias: str | None = None
    """The identifier residential targeting uses (fr_idf)."""
    country_id: str | None = None
    """The country it belongs to."""
    subdivision_node_count: int | None = None
    """Residential nodes there (known from the peer SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class SubdivisionSearchFilters(TypedDict, total=False):
    """Filters of GET /subdivision/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    subdivision_id: str
    """Equal to: iSO 3166-2 code, lower case (us-tx)."""
    not_subdivision_id: str
    """Not equal to: iSO 3166-2 code, lower case (us-tx)."""
    like_subdivision_id: str
    """Case-insensitive match, % as the wildcard: iSO 3166-2 code, lower case (us-tx)."""
    subdivision_name: str
    """Equal to: name."""
    not_subdivision_name: str
    """Not equal to: name."""
    like_subdivision_name: str
    """Case-insensitive match, % as the wildcard: name."""
    subdivision_alias: str
    """Equal to: the identifier residential targeting uses (fr_idf)."""
    not_subdivision_alias: str
    """Not equal to: the identifier residential targeting uses (fr_idf)."""
    like_subdivision_alias: str
    """Case-insensitive match, % as the wildcard: the identifier residential targeting uses
    (fr_idf)."""
    country_id: str
    """Equal to: the country it belongs to."""
    not_country_id: str
    """Not equal to: the country it belongs to."""
    like_country_id: str
    """Case-insensitive match, % as the wildcard: the country it belongs to."""
    subdivision_node_count: int
    """Equal to: residential nodes there (known from the peer SDK only)."""
    not_subdivision_node_count: int
    """Not equal to: residential nodes there (known from the peer SDK only)."""
    min_subdivision_node_count: int
    """At least (inclusive): residential nodes there (known from the peer SDK only)."""
    max_subdivision_node_count: int
    """At most (inclusive): residential nodes there (known from the peer SDK only)."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


@attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False)
class ZipCode:
    """A postal code area, for targeting residential traffic."""

    zip_code_id: int
    """Zip code identifier."""
    zip_code_alias: str | None = None
    """The identifier residential targeting uses."""
    subdivision_id: str | None = None
    """The region it lies in."""
    zip_code_node_count: int | None = None
    """Residential nodes there."""
    zip_code_creation_datetime: datetime | None = None
    """When the row was made (known from the sync SDK only)."""
    zip_code_last_update_datetime: datetime | None = None
    """When the row last changed (known from the sync SDK only)."""
    extra: Mapping[str, Any] = attrs.field(default=NO_EXTRA, repr=False)
    """Fields the API sent that this schema does not describe, exactly as received (read-only
    and empty when there were none)."""


class ZipCodeSearchFilters(TypedDict, total=False):
    """Filters of GET /zip_code/search.

    Every key is optional. Operator variants follow the API's prefixes: ``min_``/``max_``
    (inclusive bounds), ``like_`` (``%`` wildcard) and ``not_``.
    """

    zip_code_id: int
    """Equal to: zip code identifier."""
    not_zip_code_id: int
    """Not equal to: zip code identifier."""
    min_zip_code_id: int
    """At least (inclusive): zip code identifier."""
    max_zip_code_id: int
    """At most (inclusive): zip code identifier."""
    zip_code_alias: str
    """Equal to: the identifier residential targeting uses."""
    not_zip_code_alias: str
    """Not equal to: the identifier residential targeting uses."""
    like_zip_code_alias: str
    """Case-insensitive match, % as the wildcard: the identifier residential targeting uses."""
    subdivision_id: str
    """Equal to: the region it lies in."""
    not_subdivision_id: str
    """Not equal to: the region it lies in."""
    like_subdivision_id: str
    """Case-insensitive match, % as the wildcard: the region it lies in."""
    zip_code_node_count: int
    """Equal to: residential nodes there."""
    not_zip_code_node_count: int
    """Not equal to: residential nodes there."""
    min_zip_code_node_count: int
    """At least (inclusive): residential nodes there."""
    max_zip_code_node_count: int
    """At most (inclusive): residential nodes there."""
    page: int
    """Page number, from 1. The paginators set it; pass it to start elsewhere."""
    per_page: int
    """Rows per page, 1 to 100 (the API's default and maximum)."""
    sort_by: str
    """A field name, optionally ending _asc or _desc; or random (never paged)."""


__all__ = [
    "AnalyticsBreakdown",
    "AnalyticsGraph",
    "Asn",
    "AsnRir",
    "AsnSearchFilters",
    "AsnType",
    "AvailabilityGroupBy",
    "CancelFeedback",
    "Catalog",
    "CatalogProduct",
    "ChangeResult",
    "Checkout",
    "CheckoutFields",
    "CheckoutRequest",
    "City",
    "CitySearchFilters",
    "Continent",
    "ContinentSearchFilters",
    "Country",
    "CountrySearchFilters",
    "CreditTopUp",
    "Customer",
    "CycleInterval",
    "FulfillmentFilter",
    "IpAddressGeolocation",
    "IpProtocol",
    "LedgerReason",
    "Log",
    "LogNetwork",
    "LogProtocol",
    "LogSearchFilters",
    "LogSummary",
    "LogSummarySearchFilters",
    "Metadata",
    "MobileAvailability",
    "MobileAvailabilitySearchFilters",
    "MobileLedger",
    "MobileLedgerSearchFilters",
    "MobileSummary",
    "PriceTier",
    "PriceTierType",
    "PriceType",
    "Product",
    "ProductPrice",
    "ProductSearchFilters",
    "ProductType",
    "Proxy",
    "ProxyListByIdFields",
    "ProxyListByIdRequest",
    "ProxyListOption",
    "ProxyListOptionsFields",
    "ProxyListOptionsRequest",
    "ProxySearchFilters",
    "ProxyStatus",
    "ProxyTestServer",
    "ProxyTestServerSearchFilters",
    "ProxyUser",
    "ProxyUserAccessType",
    "ProxyUserAcl",
    "ProxyUserAclCreateFields",
    "ProxyUserAclCreateRequest",
    "ProxyUserAclSearchFilters",
    "ProxyUserCreateFields",
    "ProxyUserCreateRequest",
    "ProxyUserEditFields",
    "ProxyUserEditRequest",
    "ProxyUserSearchFilters",
    "Quote",
    "QuoteLineItem",
    "ResidentialAvailability",
    "ResidentialAvailabilitySearchFilters",
    "ResidentialLedger",
    "ResidentialLedgerSearchFilters",
    "ResidentialSummary",
    "Service",
    "ServiceAdjustment",
    "ServiceAdjustmentSearchFilters",
    "ServiceAdjustmentStatus",
    "ServiceAdjustmentType",
    "ServiceCancelFields",
    "ServiceCancelRequest",
    "ServiceEditFields",
    "ServiceEditRequest",
    "ServiceSearchFilters",
    "ServiceStatus",
    "ServiceType",
    "Subdivision",
    "SubdivisionSearchFilters",
    "ZipCode",
    "ZipCodeSearchFilters",
]
