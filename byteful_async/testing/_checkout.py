"""Checkout rules of the fake account: quotes, purchases and credit top-ups."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Final

from byteful_async.testing._data import GIB, LedgerTable, Row, api_now
from byteful_async.testing._manifest import message
from byteful_async.testing._pricing import CATALOG, invalid_quote, price_quote, with_product_code
from byteful_async.testing._problems import Problem, bad

_UNPAID: Final = "Successfully created checkout. Please complete payment at the invoice URL."
_PAID: Final = (
    "Successfully created checkout and paid with credit. Your service will be provisioned shortly."
)


class CheckoutRules:
    """The checkout operations, mixed into the account (which holds the rows they change)."""

    customer: Row
    purchases: list[Row]
    services: list[Row]
    proxies: list[Row]
    residential: LedgerTable
    mobile: LedgerTable
    version: int
    offset: timedelta

    def _one(self, data: Any, message: str) -> tuple[int, Any]:
        raise NotImplementedError  # the account's

    def _service_row(
        self, service_id: str, kind: str, code: str, quantity: int, created: datetime
    ) -> Row:
        raise NotImplementedError  # the service rules'

    def _make_proxies(self, service: Row) -> list[Row]:
        raise NotImplementedError  # the service rules'

    def _ledger_row(
        self, table: LedgerTable, reason: str, size: int, requests: int, moment: datetime
    ) -> Row:
        raise NotImplementedError  # the account's

    def clock(self, now: datetime | None = None) -> datetime:
        raise NotImplementedError  # the account's

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
            return self._one(invalid_quote(invalid), message("checkout.quote"))
        return self._one(quote, message("checkout.quote"))

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
        service = self._service_row(
            service_id, kind, code, body["quantity"], api_now() + self.offset
        )
        paid = quote["total_after_applied_credit"] == 0
        # As documented, paid or not: the service waits to be provisioned (the invoice, when
        # there is one, is paid at its URL).
        service["service_status"] = "awaiting_fulfillment"
        self.services.append(service)
        self.proxies += self._make_proxies(service)
        created_rows: dict[str, list[str]] = {"residential": [], "mobile": []}
        if kind in created_rows:
            # Data bought goes into the pool: a top_up row in that ledger.
            table = self.residential if kind == "residential" else self.mobile
            row = self._ledger_row(table, "top_up", body["quantity"] * GIB, 0, self.clock())
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
