# Generated from schema/byteful.schema.json by codegen. Do not edit by hand: change the
# schema, then run `make codegen`.
"""Every bounded number in the schema: (minimum, maximum), None where open."""

from typing import Final

MAX_PER_PAGE: Final = 100
"""The largest page a search returns (and its default size)."""

BOUNDS: Final[dict[str, dict[str, tuple[int | None, int | None]]]] = {
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
    "MobileLedgerSearchFilters": {
        "page": (1, None),
        "per_page": (1, 100),
    },
    "ProductSearchFilters": {
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
}
