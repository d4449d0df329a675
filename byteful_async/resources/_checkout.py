"""``checkout``: the generated methods, plus ``top_up``, the purchase guard and ``reconcile``."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Unpack

from byteful_async._exceptions import BytefulError, ReconcileError
from byteful_async._guard import PurchaseGuard
from byteful_async._params import check_value
from byteful_async._response import APIResponse, captured
from byteful_async._transport import Timeout
from byteful_async.models import Checkout, CheckoutFields, CreditTopUp, Service
from byteful_async.resources._generated import (
    CHECKOUT_TOP_UP,
    SERVICES_SEARCH,
    CheckoutResourceBase,
)

#: How far before the call a service it made may be stamped (the Date header's resolution,
#: and the time between the call starting and the API stamping the service).
_SLACK = timedelta(seconds=2)
_PURCHASES = ("checkout.create", "checkout.top_up")


def _spending(guard: PurchaseGuard | None, cents: int | None) -> AbstractContextManager[None]:
    """The guard's count around a purchase, when there is a guard and a known cost."""
    return guard.spending(cents) if guard is not None and cents else contextlib.nullcontext()


class CheckoutResource(CheckoutResourceBase):
    """The catalog, quotes, purchases and credit top-ups."""

    async def create(
        self,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **fields: Unpack[CheckoutFields],
    ) -> Checkout:
        """Buy: credit is applied first; any rest is invoiced (``Checkout.invoice_url``).

        Sent at most once, never resent after it may have arrived; after an error with
        ``outcome_unknown``, :meth:`reconcile` tells whether it bought anything. With a
        :class:`~byteful_async.PurchaseGuard` on the client, the purchase is quoted first
        and refused (:class:`~byteful_async.PurchaseRefused`) in a dry run or over the cap.
        ``POST /public/user/checkout/create``.
        """
        guard = self._core.guard
        cost = None
        if guard is not None and guard.needs_price():
            what = f"buy {fields.get('quantity')} x {fields.get('product_code') or 'product'}"
            if guard.exhausted():
                guard.check(what, None)  # refused before any request, the quote included
            cost = (await self.quote(**fields, timeout=timeout)).total
            guard.check(what, cost)
        with _spending(guard, cost):
            return await super().create(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )

    async def top_up(
        self,
        amount_cents: int,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreditTopUp:
        """Add ``amount_cents`` of account credit (5000 is $50.00); pay at the invoice URL.

        A top-up is a purchase of the product ``credit``: sent at most once, like
        :meth:`create`, and held to the purchase guard. ``POST /public/user/checkout/create``.
        """
        check_value("checkout.top_up", "amount_cents", amount_cents, int, bounds=(1, None))
        guard = self._core.guard
        if guard is not None:
            guard.check(f"add ${amount_cents / 100:,.2f} of credit", amount_cents)
        fields = {
            "product_code": "credit",
            "quantity": 1,
            "cycle_interval": "month",
            "cycle_interval_count": 1,
            "top_up_amount": amount_cents,
        }
        with _spending(guard, amount_cents):
            return await self._core.call(
                CHECKOUT_TOP_UP,
                body=fields,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )

    async def reconcile(self, error: BytefulError) -> Service | None:
        """After a purchase whose outcome is unknown: the service it made, or None if none.

        Reads what the failed call carried (product, quantity, when it started), the API's
        clock (the ``Date`` of an answer, so this machine's clock may be off), and the
        services created since the call began: the one that matches is the purchase's.
        A service bought earlier, even a minute before, is not taken for it.

        Raises:
            ValueError: ``error`` is not the error of an uncertain ``checkout.create``.
            ReconcileError: the answer cannot be told: two services match, or the call was
                a credit top-up (it leaves nothing the public API can find until its
                invoice is paid).

        """
        call = error.call
        if not error.outcome_unknown or call is None or call.operation not in _PURCHASES:
            raise ValueError(
                "reconcile() takes the error of a checkout.create or checkout.top_up whose "
                "outcome_unknown is True"
            )
        body: Mapping[str, Any] = call.body or {}
        if body.get("product_code") == "credit":
            raise ReconcileError(
                "a credit top-up leaves nothing the public API can find until its invoice is "
                "paid: look for the invoice (e-mail, dashboard) before buying again"
            )
        catalog, server_now = await self._catalog_and_clock()
        since = call.sent_at + (server_now - datetime.now(UTC)) - _SLACK
        entry = catalog.get(body.get("product_code") or "")
        kind = entry.product_type if entry else body.get("product_type")
        country = entry.country_id if entry else body.get("country_id")
        candidates = await self._core.paginate(
            SERVICES_SEARCH, {"min_service_creation_datetime": since, "per_page": 100}
        ).collect()
        matches = [
            s
            for s in candidates
            if s.service_quantity == body.get("quantity")
            and (kind is None or s.service_type == kind)
            and (country is None or s.country_id == country)
        ]
        if len(matches) > 1:
            ids = ", ".join(s.service_id for s in matches)
            raise ReconcileError(f"{len(matches)} services match the purchase: {ids}")
        return matches[0] if matches else None

    async def _catalog_and_clock(self) -> tuple[Any, datetime]:
        """The catalog, and the API's time now (this machine's when it sends no Date)."""
        answers: list[APIResponse[None]] = []
        token = captured.set(answers)
        try:
            catalog = await self.catalog()
        finally:
            captured.reset(token)
        stamp = answers[-1].headers.get("Date") if answers else None
        try:
            server_now = parsedate_to_datetime(stamp) if stamp else datetime.now(UTC)
        except (TypeError, ValueError):
            server_now = datetime.now(UTC)
        return catalog, server_now
