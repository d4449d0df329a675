# Generated from schema/byteful.schema.json by codegen. Do not edit by hand: change the
# schema, then run `make codegen`.
"""Bounded numbers, and parameters with a closed set of values, of the schema."""

from typing import Final

MAX_PER_PAGE: Final = 100
"""The largest page a search returns (and its default size)."""

BOUNDS: Final[dict[str, dict[str, tuple[int | None, int | None]]]] = {
    "AsnSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "CheckoutFields": {
        "cycle_interval_count": (1, None),
        "quantity": (1, None),
        "top_up_amount": (1, None),
    },
    "CheckoutRequest": {
        "cycle_interval_count": (1, None),
        "quantity": (1, None),
        "top_up_amount": (1, None),
    },
    "CitySearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ContinentSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "CountrySearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "LogSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "LogSummarySearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "MobileAvailabilitySearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "MobileLedgerSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ProductSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ProxySearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ProxyTestServerSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ProxyUserAclSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ProxyUserCreateFields": {
        "proxy_user_mobile_bytes_limit": (0, None),
        "proxy_user_residential_bytes_limit": (0, None),
    },
    "ProxyUserCreateRequest": {
        "proxy_user_mobile_bytes_limit": (0, None),
        "proxy_user_residential_bytes_limit": (0, None),
    },
    "ProxyUserEditFields": {
        "proxy_user_mobile_bytes_limit": (0, None),
        "proxy_user_residential_bytes_limit": (0, None),
    },
    "ProxyUserEditRequest": {
        "proxy_user_mobile_bytes_limit": (0, None),
        "proxy_user_residential_bytes_limit": (0, None),
    },
    "ProxyUserSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ResidentialAvailabilitySearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ResidentialLedgerSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ServiceAdjustmentSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ServiceSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "SubdivisionSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ZipCodeSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
}
"""Model -> field -> (minimum, maximum), None where open."""

CHOICES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "MobileAvailabilitySearchFilters": {
        "group_by": ("country", "subdivision", "city", "asn", "zip_code"),
    },
    "ResidentialAvailabilitySearchFilters": {
        "group_by": ("country", "subdivision", "city", "asn", "zip_code"),
    },
}
"""Model -> field -> the only values it takes (x-closed in the schema)."""

EXACTLY_ONE_OF: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "ProxyListOptionsRequest": (("proxy_ids", "search_filter"),),
    "ProxyUserAclCreateRequest": (("service_id", "proxy_id"),),
}
"""Body model -> groups of fields, exactly one of each group (x-exactly-one-of)."""

ONE_OR_MORE_OF: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "CheckoutRequest": (("product_code", "product_type"),),
}
"""Body model -> groups of fields, at least one of each group (x-one-or-more-of)."""
