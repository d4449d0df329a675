"""The fake's shop: the catalog, promotions and how a checkout body is priced."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from byteful_async.testing._data import Row, mix, stamp

#: product code -> (catalog entry, price in cents per unit per month)
CATALOG: Final[dict[str, tuple[Row, int]]] = {
    "datacenter_us": (
        {
            "country_id": "us",
            "product_cycle_options": ["1:month", "3:month", "1:year"],
            "product_is_available": True,
            "product_is_per_ip": True,
            "product_name": "Datacenter Proxies (US)",
            "product_protocol": "ipv4",
            "product_stock": 5000,
            "product_type": "datacenter",
        },
        150,
    ),
    "isp_us": (
        {
            "country_id": "us",
            "product_cycle_options": ["1:month", "3:month"],
            "product_is_available": True,
            "product_is_per_ip": True,
            "product_name": "ISP Proxies (US)",
            "product_protocol": "ipv4",
            "product_stock": 800,
            "product_type": "isp",
        },
        300,
    ),
    "isp_gb": (
        {
            "country_id": "gb",
            "product_cycle_options": ["1:month"],
            "product_is_available": False,
            "product_is_per_ip": True,
            "product_name": "ISP Proxies (GB)",
            "product_protocol": "ipv4",
            "product_stock": 0,
            "product_type": "isp",
        },
        325,
    ),
    "residential_global": (
        {
            "country_id": None,
            "product_cycle_options": ["1:month"],
            "product_is_available": True,
            "product_is_per_ip": False,
            "product_name": "Residential Proxies (Global)",
            "product_protocol": None,
            "product_stock": None,
            "product_type": "residential",
        },
        450,
    ),
    "mobile_global": (
        {
            "country_id": None,
            "product_cycle_options": ["1:month"],
            "product_is_available": True,
            "product_is_per_ip": False,
            "product_name": "Mobile Proxies (Global)",
            "product_protocol": None,
            "product_stock": None,
            "product_type": "mobile",
        },
        800,
    ),
}

PROMOTIONS: Final = {"SAVE10": 10}
"""Promotional code -> percent off."""

_CYCLE_MONTHS: Final = {"day": 1 / 30, "week": 7 / 30, "month": 1, "year": 12}


def price_quote(body: Row, credit_balance: int) -> tuple[Row | None, str | None]:
    """Price a checkout body. Returns (quote, None) or (None, why it is invalid)."""
    code = body.get("product_code")
    quantity = body["quantity"]
    if code == "credit":
        amount = body.get("top_up_amount")
        if type(amount) is not int or amount < 1:
            return None, "The top_up_amount field is required for a credit top-up."
        line = {"item_name": "Account credit", "item_per_unit_amount": amount, "cents": amount}
        total = amount
    else:
        if code not in CATALOG:
            return None, f"Unknown product_code {code!r}."
        entry, cents = CATALOG[code]
        if not entry["product_is_available"]:
            return None, f"{entry['product_name']} is out of stock."
        stock = entry.get("product_stock")
        if stock is not None and quantity > stock:
            return None, f"Only {stock} of {entry['product_name']} are in stock."
        months = _CYCLE_MONTHS.get(body.get("cycle_interval") or "month", 1)
        count = body.get("cycle_interval_count") or 1
        unit = round(cents * months * count)
        line = {"item_name": entry["product_name"], "item_per_unit_amount": unit, "cents": unit}
        total = unit * quantity
    percent = PROMOTIONS.get(body.get("promotional_code") or "", 0)
    if body.get("promotional_code") and not percent:
        return None, "The promotional code is not valid."
    discount = total * percent // 100
    after = total - discount
    applied = 0 if code == "credit" else min(credit_balance, after)
    quote = {
        "before_discount_total": total,
        "credit_balance": credit_balance,
        "credit_only_checkout": applied == after and after > 0,
        "customer_credit_balance_applied": applied > 0,
        "customer_credit_balance_applied_amount": applied,
        "discount": discount,
        "discounted": discount > 0,
        "invalid_reason": "null",
        "is_top_up": code == "credit",
        "is_valid": True,
        "line_items": [
            {
                "item_country_id": None if code == "credit" else CATALOG[code][0]["country_id"],
                "item_name": line["item_name"],
                "item_per_unit_amount": line["item_per_unit_amount"],
                "item_price_id": f"price_{code}",
                "item_price_type": "one_time" if code == "credit" else "recurring",
                "item_quantity": quantity,
                "item_total": total,
                # As documented: the product's type ("isp"), or "credit" for a top-up.
                "item_type": "credit" if code == "credit" else CATALOG[code][0]["product_type"],
                "service_fulfillment_filter": body.get("service_fulfillment_filter") or {},
            }
        ],
        "promotional_code": body.get("promotional_code") or "null",
        "promotional_code_id": f"promo_{body['promotional_code']}" if percent else "null",
        "top_up_amount": body.get("top_up_amount") or 0,
        "total": after,
        "total_after_applied_credit": after - applied,
    }
    return quote, None


def with_product_code(body: Row) -> Row:
    """A checkout body naming its product by code, also when it came by type.

    The API takes ``product_code``, or ``product_type`` + ``product_protocol`` +
    ``country_id`` (which must agree with the code when both are given).
    """
    kind = body.get("product_type")
    if kind is None:
        return body
    wanted = (kind, body.get("product_protocol"), body.get("country_id"))
    codes = [
        code
        for code, (entry, _) in CATALOG.items()
        if (entry["product_type"], entry["product_protocol"], entry["country_id"]) == wanted
    ]
    named = body.get("product_code")
    code = named if named in codes else (codes[0] if codes and named is None else None)
    return {**body, "product_code": code or named or f"{kind}_?"}


def invalid_quote(reason: str | None) -> Row:
    """The quote the API answers for a cart it cannot sell: 200, ``is_valid: false``."""
    return {
        "is_valid": False,
        "invalid_reason": reason or "The checkout is not valid.",
        "line_items": [],
        "before_discount_total": 0,
        "discount": 0,
        "discounted": False,
        "total": 0,
        "total_after_applied_credit": 0,
        "is_top_up": False,
    }


def product_rows(seed: int, created: datetime) -> list[Row]:
    """The products behind the catalog, with one monthly price each."""
    rows = []
    for code, (entry, cents) in CATALOG.items():
        product_id = f"prod_{mix(seed, 'product', code):016x}"
        rows.append(
            {
                "product_id": product_id,
                "product_name": entry["product_name"],
                "product_type": entry["product_type"],
                "product_protocol": entry["product_protocol"],
                "country_id": entry["country_id"],
                "product_description": "null",
                "product_image": f"https://cdn.example.invalid/{code}.png",
                "product_instock": bool(entry["product_stock"] is None or entry["product_stock"]),
                "product_is_active": True,
                "product_is_available": entry["product_is_available"],
                "product_is_per_ip": entry["product_is_per_ip"],
                "product_is_visible": True,
                "product_is_one_per_customer": False,
                "product_is_one_active_per_customer": False,
                "product_stock": -1 if entry["product_stock"] is None else entry["product_stock"],
                "product_creation_datetime": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "product_last_update_datetime": stamp(created),
                "product_prices": [
                    {
                        "price_id": f"price_{mix(seed, 'price', code):016x}",
                        "price_amount": cents,
                        "price_per_unit_amount": cents,
                        "price_cycle_interval": "month",
                        "price_cycle_interval_count": 1,
                        "price_is_subscription": True,
                        "price_package_quantity": 1,
                        "price_tier_type": "volume",
                        "price_tiers": [{"price_tier_amount": cents, "price_tier_up_to": None}],
                        "price_type": "recurring",
                    }
                ],
            }
        )
    return rows
