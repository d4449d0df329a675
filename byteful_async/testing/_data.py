"""The fake account's data: deterministic from a seed, ledgers generated row by row on demand.

Everything is plain JSON-shaped dicts in the API's own spelling, so the server can answer
with them as they are. A ledger of a million rows costs nothing until a filter or a sort asks
for all of it; unfiltered pages are computed from the row number alone.
"""

from __future__ import annotations

import collections
import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

Row = dict[str, Any]

CUSTOMER_ID: Final = 1955
GIB: Final = 1024**3


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _mix(seed: int, *parts: object) -> int:
    """A stable pseudo-random 64-bit number for (seed, parts)."""
    digest = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def stable_uuid(seed: int, *parts: object) -> str:
    """A UUID (version 4 layout) that is the same for the same seed and parts."""
    raw = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=16).digest()
    return str(uuid.UUID(bytes=raw, version=4))


class LedgerTable:
    """``size`` ledger rows of one kind (residential or mobile), oldest first.

    Rows are spread evenly over the ``min(size, 365)`` days ending at ``end_date``: mostly
    ``usage`` (negative bytes), a ``top_up`` every 25th row (+10 GiB, with a service
    adjustment), now and then an ``adjustment``. The generated rows are computed from their
    number; rows appended later and rows edited since are kept as they are (``append``,
    ``update``), so a moving account costs only its changes.
    """

    def __init__(self, kind: str, size: int, *, seed: int, end_date: date, service_id: str) -> None:
        if size < 0:
            raise ValueError(f"ledger size must be 0 or more, not {size}")
        self.kind = kind
        self.size = size
        self.seed = seed
        self.service_id = service_id
        days = max(1, min(size, 365))
        self._start = datetime.combine(end_date - timedelta(days=days - 1), datetime.min.time())
        self._span = days * 86_400
        self._generated = size
        self._appended: list[Row] = []
        self._changed: dict[int, Row] = {}
        self._rows: list[Row] | None = None
        self._index: dict[str, int] | None = None
        # Recently served slices: repeated pages (benchmarks, retries) cost a lookup.
        self._slices: collections.OrderedDict[tuple[int, int, int], list[Row]] = (
            collections.OrderedDict()
        )

    def slice(self, start: int, stop: int) -> list[Row]:
        """Rows ``start`` to ``stop - 1`` (fresh dicts; a few recent slices are cached)."""
        stop = min(stop, self.size)
        key = (start, stop, self.size)
        cached = self._slices.get(key)
        if cached is None:
            cached = [self.row(i) for i in range(start, stop)]
            self._slices[key] = cached
            if len(self._slices) > 32:
                self._slices.popitem(last=False)
        else:
            self._slices.move_to_end(key)
        return [dict(row) for row in cached]

    def row(self, i: int) -> Row:
        """Row number ``i`` (0 is the oldest), as it is now."""
        appended = i - self._generated
        if 0 <= appended < len(self._appended):
            return dict(self._appended[appended])
        changed = self._changed.get(i)
        return dict(changed) if changed is not None else self._generate(i)

    def append(self, row: Row) -> None:
        """Add a row at the end (the newest)."""
        self._appended.append(row)
        if self._rows is not None:
            self._rows.append(row)
        if self._index is not None:
            self._index[row[f"{self.kind}_ledger_id"]] = self.size
        self.size += 1
        self._slices.clear()

    def update(self, i: int, changes: Row) -> None:
        """Change row ``i`` in place (today's row grows as the day goes on)."""
        row = {**self.row(i), **changes}
        if i >= self._generated:
            self._appended[i - self._generated] = row
        else:
            self._changed[i] = row
        if self._rows is not None:
            self._rows[i] = row
        self._slices.clear()

    def _generate(self, i: int) -> Row:
        k = self.kind
        noise = _mix(self.seed, k, i)
        created = self._start + timedelta(seconds=(i * self._span) // max(1, self.size))
        if i % 25 == 0:
            reason, size, requests, adjustment = "top_up", 10 * GIB, 0, 1000 + i // 25
        elif i % 97 == 5:
            reason, size, requests, adjustment = (
                "adjustment",
                (noise % 200_000_000) - 100_000_000,
                0,
                None,
            )
        else:
            reason, size = "usage", -((noise % 900_000_000) + 1_000_000)
            requests, adjustment = (noise >> 32) % 5_000 + 10, None
        return {
            f"{k}_ledger_id": stable_uuid(self.seed, k, i),
            f"{k}_ledger_bytes": size,
            f"{k}_ledger_requests": requests,
            f"{k}_ledger_period_date": created.date().isoformat(),
            f"{k}_ledger_reason": reason,
            f"{k}_ledger_creation_datetime": _stamp(created),
            f"{k}_ledger_last_update_datetime": _stamp(created + timedelta(minutes=59)),
            "service_id": self.service_id,
            "service_adjustment_id": adjustment,
            "customer_id": CUSTOMER_ID,
        }

    def rows(self) -> list[Row]:
        """Every row, built once (filters and sorts need them all)."""
        if self._rows is None:
            self._rows = [self.row(i) for i in range(self.size)]
        return self._rows

    def find(self, ledger_id: str) -> Row | None:
        """The row with this id, if any."""
        if self._index is None:
            key = f"{self.kind}_ledger_id"
            self._index = {row[key]: i for i, row in enumerate(self.iter_rows())}
        i = self._index.get(ledger_id)
        return None if i is None else self.row(i)

    def iter_rows(self) -> Iterator[Row]:
        """Every row, oldest first, generated one at a time."""
        if self._rows is not None:
            yield from self._rows
        else:
            for i in range(self.size):
                yield self.row(i)

    def total_bytes(self) -> tuple[int, int, int]:
        """(bytes added, bytes used, requests) over the whole ledger."""
        added = used = requests = 0
        for row in self.iter_rows():
            value = row[f"{self.kind}_ledger_bytes"]
            if value >= 0:
                added += value
            else:
                used -= value
            requests += row[f"{self.kind}_ledger_requests"]
        return added, used, requests


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


def product_rows(seed: int, created: datetime) -> list[Row]:
    """The products behind the catalog, with one monthly price each."""
    rows = []
    for code, (entry, cents) in CATALOG.items():
        product_id = f"prod_{_mix(seed, 'product', code):016x}"
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
                "product_last_update_datetime": _stamp(created),
                "product_prices": [
                    {
                        "price_id": f"price_{_mix(seed, 'price', code):016x}",
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
                "item_type": "credit" if code == "credit" else "product",
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


def now_stamp(clock: datetime | None = None) -> str:
    """The API's spelling of a moment (default: now, UTC)."""
    return _stamp((clock or datetime.now(UTC)).replace(tzinfo=None))
