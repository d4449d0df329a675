"""The fake account: its data, and what each operation of the manifest does to it.

:class:`Account` holds the customer, both ledgers, products, services and adjustments as
plain rows in the API's spelling, and answers each operation by its manifest name with
``(status, body)``. Searches go through :class:`~byteful_async.testing._search.Search`;
pricing lives in ``_data``. The HTTP side (auth, rate window, faults) is ``_server``.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

from byteful_async.resources import OPERATIONS
from byteful_async.testing._data import (
    CATALOG,
    CUSTOMER_ID,
    GIB,
    LedgerTable,
    Row,
    invalid_quote,
    now_stamp,
    price_quote,
    product_rows,
    stable_uuid,
    with_product_code,
)
from byteful_async.testing._problems import Problem, bad, not_found
from byteful_async.testing._search import Search, page_body, paging


def _now() -> datetime:
    """Now in UTC, naive, to the second: how the API's timestamps read."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


SEARCH_MESSAGES: Final = {
    "residential_ledger.search": "Residential Ledger search successful.",
    "mobile_ledger.search": "Mobile Ledger search successful.",
    "products.search": "Product search with stock succesfully completed.",
    "services.search": "Service search successful.",
    "service_adjustments.search": "Service Adjustment search successful.",
}
"""Each search's message, as the API words it."""

_UNPAID: Final = "Successfully created checkout. Please complete payment at the invoice URL."
_PAID: Final = (
    "Successfully created checkout and paid with credit. Your service will be provisioned shortly."
)


class Account:
    """The fake customer's world."""

    def __init__(
        self,
        *,
        seed: int,
        residential_rows: int,
        mobile_rows: int,
        end_date: date,
        credit: int,
        count_total: bool = True,
    ) -> None:
        self._seed = seed
        self.count_total = count_total
        self.version = 0
        """Grows with every change to the rows, so kept search results are never stale."""
        self._rng = random.Random(seed)
        self.purchases: list[Row] = []
        """Every checkout/create carried out (the body it was sent)."""
        created = datetime.combine(end_date - timedelta(days=400), datetime.min.time())
        self.residential = LedgerTable(
            "residential",
            residential_rows,
            seed=seed,
            end_date=end_date,
            service_id="API-1955-0001",
        )
        self.mobile = LedgerTable(
            "mobile", mobile_rows, seed=seed, end_date=end_date, service_id="API-1955-0002"
        )
        self.customer: Row = {
            "customer_id": CUSTOMER_ID,
            "customer_email_address": "steve@example.com",
            "customer_first_name": "Steve",
            "customer_last_name": "Jobs",
            "credit_balance": credit,
            "customer_proxy_user_limit": 10,
            "proxy_count": 5,
            "active_residential_service_id": "API-1955-0001",
            "active_mobile_service_id": "API-1955-0002",
            "customer_creation_datetime": created.strftime("%Y-%m-%d %H:%M:%S"),
        }
        self.products = product_rows(seed, created)
        self.services: list[Row] = [
            self._service_row("API-1955-0001", "residential", "residential_global", 1, created),
            self._service_row("API-1955-0002", "mobile", "mobile_global", 1, created),
            self._service_row("API-1955-0003", "isp", "isp_us", 5, created),
        ]
        self.adjustments: list[Row] = []
        for n, service in enumerate(self.services):
            stamp = service["service_creation_datetime"]
            self.adjustments.append(
                {
                    "service_adjustment_id": 200 + n,
                    "service_id": service["service_id"],
                    "invoice_id": f"in_{stable_uuid(seed, 'invoice', n)[:18]}",
                    "service_adjustment_type": "ingestion",
                    "service_adjustment_status": "complete",
                    "service_adjustment_pre": {},
                    "service_adjustment_post": {"service_status": "active"},
                    "service_adjustment_eval": {"service_status": [None, "active"]},
                    "service_adjustment_is_administrator": False,
                    "service_adjustment_is_automatic": True,
                    "service_adjustment_is_customer": True,
                    "service_adjustment_creation_datetime": stamp,
                    "service_adjustment_last_update_datetime": stamp,
                }
            )

    def _service_row(
        self, service_id: str, kind: str, code: str, quantity: int, created: datetime
    ) -> Row:
        entry, cents = CATALOG[code]
        stamp = created.strftime("%Y-%m-%d %H:%M:%S")
        expiry = (created + timedelta(days=430)).strftime("%Y-%m-%d %H:%M:%S")
        return {
            "service_id": service_id,
            "service_name": entry["product_name"],
            "service_type": kind,
            "service_protocol": entry["product_protocol"],
            "service_quantity": quantity,
            "service_status": "active",
            "service_cycle": "1:month",
            "service_total": cents * quantity,
            "service_creation_datetime": stamp,
            "service_last_update_datetime": stamp,
            "service_dispatch_datetime": stamp,
            "service_expiry_datetime": expiry,
            "service_is_automatic_collection": True,
            "service_is_pending_cancellation": False,
            "service_is_cancellable": True,
            "service_metadata": {},
            "service_fulfillment_filter": {},
            "service_image": None,
            "service_price_id": f"price_{code}",
            "service_promotional_code": None,
            "service_subscription_id": f"sub_{service_id}",
            "payment_method_id": None,
            "product_id": f"prod_{code}",
            "country_id": entry["country_id"],
            "customer_id": CUSTOMER_ID,
        }

    def _proxies_of(self, service: Row) -> list[Row]:
        if service["service_type"] not in ("isp", "datacenter"):
            return []
        return [
            {
                "proxy_id": stable_uuid(self._seed, "proxy", service["service_id"], n),
                "service_id": service["service_id"],
                "customer_id": CUSTOMER_ID,
                "proxy_ip_address": f"192.0.2.{10 + n}",
                "proxy_http_port": 8080,
                "proxy_socks5_port": 1080,
                "proxy_username": f"user{n}",
                "proxy_password": f"pw-{stable_uuid(self._seed, 'pw', n)[:8]}",
                "proxy_protocol": "ipv4",
                "proxy_status": "in_use",
                "proxy_type": service["service_type"],
                "country_id": service["country_id"],
            }
            for n in range(service["service_quantity"])
        ]

    def handle(
        self, name: str, query: Mapping[str, str], ident: str | None, body: Any
    ) -> tuple[int, Any]:
        """Carry out the operation ``name`` (from the manifest): (status, body)."""
        answer: tuple[int, Any] = self._handlers[name](query, ident, body)
        return answer

    @functools.cached_property
    def _handlers(self) -> dict[str, Callable[[Mapping[str, str], str | None, Any], Any]]:
        """What each operation does here, by its name in the manifest."""
        return {
            "customer.retrieve": lambda q, i, b: self._one(
                self.customer, "Customer successfully retrieved."
            ),
            "residential_ledger.retrieve": lambda q, i, b: self._ledger_one(
                self.residential, i, "Residential Ledger"
            ),
            "residential_ledger.search": lambda q, i, b: self._ledger_search(self.residential, q),
            "mobile_ledger.retrieve": lambda q, i, b: self._ledger_one(
                self.mobile, i, "Mobile Ledger"
            ),
            "mobile_ledger.search": lambda q, i, b: self._ledger_search(self.mobile, q),
            "residential.summary": lambda q, i, b: self._summary(self.residential),
            "mobile.summary": lambda q, i, b: self._summary(self.mobile),
            "checkout.catalog": lambda q, i, b: self._one(
                {code: entry for code, (entry, _) in CATALOG.items()},
                "Checkout catalog successfully retrieved.",
            ),
            "checkout.quote": lambda q, i, b: self._quote(b),
            "checkout.create": lambda q, i, b: self._create(b),
            "products.search": lambda q, i, b: self._search("products.search", self.products, q),
            "services.retrieve": lambda q, i, b: self._service_one(i, q),
            "services.search": lambda q, i, b: self._service_search(q),
            "services.edit": lambda q, i, b: self._service_edit(i, b),
            "services.cancel": lambda q, i, b: self._service_cancel(i, b),
            "service_adjustments.retrieve": lambda q, i, b: self._adjustment_one(i),
            "service_adjustments.search": lambda q, i, b: self._search(
                "service_adjustments.search", self.adjustments, q
            ),
        }

    @staticmethod
    def _one(data: Any, message: str) -> tuple[int, Any]:
        return 200, {"data": data, "message": message}

    def _ledger_one(self, table: LedgerTable, ident: str | None, label: str) -> tuple[int, Any]:
        row = table.find(ident or "")
        if row is None:
            raise not_found(label.lower())
        return self._one(row, f"{label} successfully retrieved.")

    def _summary(self, table: LedgerTable) -> tuple[int, Any]:
        added, used, requests = table.total_bytes()
        k = table.kind
        service = next(s for s in self.services if s["service_id"] == table.service_id)
        data = {
            f"{k}_bytes": added,
            f"{k}_bytes_used": used,
            f"{k}_bytes_left": max(0, added - used),
            f"{k}_requests": requests,
            "service_expiry_datetime": service["service_expiry_datetime"],
            "service_id": table.service_id,
            "proxy_user_ids": ["default_user"],
        }
        return self._one(data, f"{k.capitalize()} summary successfully generated.")

    @functools.cached_property
    def _searches(self) -> dict[str, Search]:
        by_name = {op.name: op for op in OPERATIONS}
        return {name: Search(by_name[name], message) for name, message in SEARCH_MESSAGES.items()}

    def _search(self, name: str, rows: list[Row], query: Mapping[str, str]) -> tuple[int, Any]:
        body = self._searches[name].page(
            rows, query, version=self.version, counted=self.count_total, rng=self._rng
        )
        return 200, body

    def _ledger_search(self, table: LedgerTable, query: Mapping[str, str]) -> tuple[int, Any]:
        name = f"{table.kind}_ledger.search"
        if any(k not in ("page", "per_page") for k in query):
            # Filters and sorts need every row; a plain page is computed from its numbers.
            return self._search(name, table.rows(), query)
        page, per_page = paging(query)
        start = (page - 1) * per_page
        rows = table.slice(start, start + per_page)
        total = table.size if self.count_total else -1
        return 200, page_body(rows, page, per_page, total, SEARCH_MESSAGES[name])

    def _checkout_body(self, body: Any) -> Row:
        if not isinstance(body, dict):
            raise bad("The request body must be a JSON object.")
        if type(body.get("quantity")) is not int:
            raise bad("The quantity field is required.")
        if body["quantity"] < 1:
            raise Problem(422, "Unprocessable Entity", "The quantity must be at least 1.")
        return with_product_code(body)

    def _quote(self, body: Any) -> tuple[int, Any]:
        quote, invalid = price_quote(self._checkout_body(body), self.customer["credit_balance"])
        if quote is None:
            # As documented: an impossible cart is still a quote, marked invalid.
            return self._one(invalid_quote(invalid), "Quote generated successfully.")
        return self._one(quote, "Quote generated successfully.")

    def _create(self, body: Any) -> tuple[int, Any]:
        body = self._checkout_body(body)
        quote, invalid = price_quote(body, self.customer["credit_balance"])
        if quote is None:
            raise Problem(422, "Unprocessable Entity", invalid or "Invalid checkout.")
        self.purchases.append(body)
        if body.get("product_code") == "credit":
            data = {
                "invoice_is_paid": False,
                "invoice_url": f"https://invoice.example.invalid/{len(self.purchases)}",
                "credit_added": True,
            }
            return 201, {"data": data, "message": _UNPAID}
        code = body["product_code"]
        self.customer["credit_balance"] -= quote["customer_credit_balance_applied_amount"]
        service_id = f"API-1955-{len(self.services) + 1:04d}"
        kind = CATALOG[code][0]["product_type"]
        service = self._service_row(service_id, kind, code, body["quantity"], _now())
        paid = quote["total_after_applied_credit"] == 0
        service["service_status"] = "awaiting_fulfillment" if paid else "overdue"
        self.services.append(service)
        created_rows: dict[str, list[str]] = {"residential": [], "mobile": []}
        if kind in created_rows:
            # Data bought goes into the pool: a top_up row in that ledger.
            table = self.residential if kind == "residential" else self.mobile
            row = self._ledger_row(table, "top_up", body["quantity"] * GIB, 0, _now())
            created_rows[kind].append(row[f"{kind}_ledger_id"])
        self.version += 1
        data = {
            "created": [service_id],
            "service_id": service_id,
            "service": service,
            "invoice_is_paid": paid,
            "invoice_url": None if paid else f"https://invoice.example.invalid/{service_id}",
            "proxies": [],
            "proxy_edited": [],
            "residential_ledger_created": created_rows["residential"],
            "mobile_ledger_created": created_rows["mobile"],
        }
        message = _PAID if paid else _UNPAID
        return 201, {"data": data, "message": message}

    # -- a moving world -------------------------------------------------------------------------

    def tick(self, now: datetime | None = None) -> None:
        """Move the account on by a little traffic, as the day goes.

        Today's usage row grows in each ledger (bytes more negative, requests up,
        ``*_last_update_datetime`` now), or today's first usage row is appended; the pools'
        bytes left shrink with it.
        """
        moment = now or _now()
        for table in (self.residential, self.mobile):
            used = 1_000_000 + self._rng.randrange(50_000_000)
            requests = 10 + self._rng.randrange(500)
            k = table.kind
            last = table.row(table.size - 1) if table.size else None
            today = moment.date().isoformat()
            if (
                last is not None
                and last[f"{k}_ledger_period_date"] == today
                and last[f"{k}_ledger_reason"] == "usage"
            ):
                table.update(
                    table.size - 1,
                    {
                        f"{k}_ledger_bytes": last[f"{k}_ledger_bytes"] - used,
                        f"{k}_ledger_requests": last[f"{k}_ledger_requests"] + requests,
                        f"{k}_ledger_last_update_datetime": now_stamp(moment),
                    },
                )
            else:
                self._ledger_row(table, "usage", -used, requests, moment)
        self.version += 1

    def _ledger_row(
        self, table: LedgerTable, reason: str, size: int, requests: int, moment: datetime
    ) -> Row:
        k = table.kind
        stamp = now_stamp(moment)
        row = {
            f"{k}_ledger_id": stable_uuid(self._seed, k, "live", table.size),
            f"{k}_ledger_bytes": size,
            f"{k}_ledger_requests": requests,
            f"{k}_ledger_period_date": moment.date().isoformat(),
            f"{k}_ledger_reason": reason,
            f"{k}_ledger_creation_datetime": stamp,
            f"{k}_ledger_last_update_datetime": stamp,
            "service_id": table.service_id,
            "service_adjustment_id": None,
            "customer_id": CUSTOMER_ID,
        }
        table.append(row)
        return row

    def _find_service(self, ident: str | None) -> Row:
        for service in self.services:
            if service["service_id"] == ident:
                return service
        raise not_found("service")

    def _service_one(self, ident: str | None, query: Mapping[str, str]) -> tuple[int, Any]:
        service = dict(self._find_service(ident))
        flag = query.get("proxies")
        if flag not in (None, "true", "false"):
            raise bad("The proxies field must be true or false.")
        if flag == "true":
            service["proxies"] = self._proxies_of(service)
        return self._one(service, "Service successfully retrieved.")

    def _service_search(self, query: Mapping[str, str]) -> tuple[int, Any]:
        flag = query.get("proxies")
        if flag not in (None, "true", "false"):
            raise bad("The proxies field must be true or false.")
        rest = {k: v for k, v in query.items() if k != "proxies"}
        status, payload = self._search("services.search", self.services, rest)
        if flag == "true":
            for service in payload["data"]:
                service["proxies"] = self._proxies_of(service)
        return status, payload

    def _service_edit(self, ident: str | None, body: Any) -> tuple[int, Any]:
        service = self._find_service(ident)
        allowed = {
            "service_is_automatic_collection",
            "service_is_pending_cancellation",
            "payment_method_id",
            "service_metadata",
            "cancel_comment",
            "cancel_feedback",
        }
        if not isinstance(body, dict) or not body:
            raise bad("Nothing to edit.")
        unknown = set(body) - allowed
        if unknown:
            raise bad(f"Unknown field {sorted(unknown)[0]}.")
        meta = body.get("service_metadata")
        if meta is not None and (not isinstance(meta, dict) or len(meta) > 30):
            raise Problem(
                422,
                "Unprocessable Entity",
                "service_metadata must be a flat object of at most 30 keys.",
            )
        service.update(
            {k: v for k, v in body.items() if k in allowed and not k.startswith("cancel_")}
        )
        service["service_last_update_datetime"] = now_stamp()
        self.version += 1
        return 200, {"edited": [service["service_id"]], "message": "Service successfully edited."}

    def _service_cancel(self, ident: str | None, body: Any) -> tuple[int, Any]:
        service = self._find_service(ident)
        if service["service_status"] == "canceled":
            raise Problem(409, "Conflict", "The service is already canceled.")
        service["service_status"] = "canceled"
        self.version += 1
        # As documented: the service under "edited", its proxies under "proxy_edited".
        return 200, {
            "edited": [service["service_id"]],
            "proxy_edited": [p["proxy_id"] for p in self._proxies_of(service)],
            "message": "Service successfully canceled.",
        }

    def _adjustment_one(self, ident: str | None) -> tuple[int, Any]:
        for row in self.adjustments:
            if str(row["service_adjustment_id"]) == ident:
                return self._one(row, "Service Adjustment successfully retrieved.")
        raise not_found("service adjustment")
