"""``checkout``: the generated methods, plus ``top_up``, the purchase guard and ``reconcile``."""

from __future__ import annotations

import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any, Unpack

from byteful_async._basics._exceptions import BytefulError, ReconcileError
from byteful_async._calls._params import check_value
from byteful_async._policies._reconcile import ClockReading, Wanted, decide, offset_of, window_start
from byteful_async._sending._response import APIResponse, captured
from byteful_async._sending._transport import Timeout
from byteful_async.models import Catalog, Checkout, CheckoutFields, CreditTopUp, Service
from byteful_async.resources._generated import (
    CHECKOUT_TOP_UP,
    SERVICES_SEARCH,
    CheckoutResourceBase,
)

_PURCHASES = ("checkout.create", "checkout.top_up")


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
        :class:`~byteful_async.PurchaseGuard` on the client, the purchase is quoted first,
        then its cost is reserved against the cap in one atomic step before it is sent, and
        it is refused (:class:`~byteful_async.PurchaseRefused`) in a dry run or over the cap.
        ``POST /public/user/checkout/create``.
        """
        core = self._core
        guard = core.guard
        if guard is None or not guard.needs_price():
            checkout = await super().create(
                timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
            )
        else:
            what = f"buy {fields.get('quantity')} x {fields.get('product_code') or 'product'}"
            await guard.precheck(what)  # a cap reached already: not even a quote is sent
            cost = (await self.quote(**fields, timeout=timeout)).total
            async with guard.reserve(what, cost):
                checkout = await super().create(
                    timeout=timeout, extra_query=extra_query, extra_headers=extra_headers, **fields
                )
        core.known_services.update(checkout.created or ())
        if checkout.service_id is not None:
            core.known_services.add(checkout.service_id)
        return checkout

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
        :meth:`create`, and held to the purchase guard (its amount reserved before it is
        sent). ``POST /public/user/checkout/create``.
        """
        check_value("checkout.top_up", "amount_cents", amount_cents, int, bounds=(1, None))
        fields = {
            "product_code": "credit",
            "quantity": 1,
            "cycle_interval": "month",
            "cycle_interval_count": 1,
            "top_up_amount": amount_cents,
        }
        guard = self._core.guard
        if guard is None:
            return await self._send_top_up(fields, timeout, extra_query, extra_headers)
        async with guard.reserve(f"add ${amount_cents / 100:,.2f} of credit", amount_cents):
            return await self._send_top_up(fields, timeout, extra_query, extra_headers)

    async def _send_top_up(
        self,
        fields: Mapping[str, object],
        timeout: Timeout | None,
        extra_query: Mapping[str, object] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> CreditTopUp:
        return await self._core.call(
            CHECKOUT_TOP_UP,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )

    async def reconcile(self, error: BytefulError) -> Service | None:
        """After a purchase whose outcome is unknown: the service it made, or None if none.

        It reads what the failed call carried (product, quantity, cycle, when it started and
        when it failed), the API's clock (the ``Date`` of this call's answers, so this
        machine's clock may be off), and the services created around the call. The answer
        is the one service that matches the purchase in type, protocol, country, quantity
        and cycle, was made between the call's start and its failure (on the API's clock,
        a second either side), and is not already known to this client (bought by its own
        successful purchases, or found by an earlier reconcile). It never claims a purchase
        that was not made and never denies one that was: when it cannot tell, it raises.

        Raises:
            ValueError: ``error`` is not the error of an uncertain ``checkout.create``.
            ReconcileError: it cannot be told, and why: two services match; a matching
                service was made just outside the window (another client's purchase, or a
                clock that lies); the API's ``Date`` is more than 5 minutes from this
                machine's clock or contradicts itself; or the call was a credit top-up
                (it leaves nothing the public API can find until its invoice is paid).

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
        readings: list[ClockReading] = []
        catalog: Catalog = await self._reading(self.catalog(), readings)
        started = call.sent_at.timestamp()
        failed = (call.failed_at or call.sent_at).timestamp()
        since = window_start(started, offset_of(readings))
        services: list[Service] = await self._reading(
            self._core.paginate(
                SERVICES_SEARCH, {"min_service_creation_datetime": since, "per_page": 100}
            ).collect(),
            readings,
        )
        entry = catalog.get(body.get("product_code") or "")
        known = self._core.known_services
        found = decide(
            services=services,
            wanted=Wanted.of(body, entry),
            started=started,
            failed=failed,
            offset=offset_of(readings),  # again: the search's answers narrow the bounds
            known=known,
        )
        if found is not None:
            known.add(found.service_id)  # a later reconcile will not take it again
        return found

    async def _reading(self, call: Any, readings: list[ClockReading]) -> Any:
        """Await ``call``, adding the ``Date`` of each of its answers to ``readings``."""
        answers: list[APIResponse[None]] = []
        token = captured.set(answers)
        before = time.time()
        try:
            result = await call
        finally:
            captured.reset(token)
        after = time.time()
        for answer in answers:
            stamp = answer.headers.get("Date")
            try:
                date = parsedate_to_datetime(stamp).timestamp() if stamp else None
            except (TypeError, ValueError):
                date = None
            if date is not None:
                readings.append(ClockReading(date, before, after))
        return result
