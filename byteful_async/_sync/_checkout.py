"""``checkout`` on the sync client: the generated methods, plus ``top_up`` and ``reconcile``."""

from __future__ import annotations

from collections.abc import Mapping

from byteful_async._basics._exceptions import BytefulError
from byteful_async._sending._transport import Timeout
from byteful_async._sync._resources import SyncCheckoutResourceBase
from byteful_async.models import CreditTopUp, Service


class SyncCheckoutResource(SyncCheckoutResourceBase):
    """The catalog, quotes, purchases and credit top-ups."""

    def top_up(
        self,
        amount_cents: int,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreditTopUp:
        """Add ``amount_cents`` of account credit (5000 is $50.00); pay at the invoice URL.

        Sent at most once and held to the purchase guard, as
        :meth:`byteful_async.AsyncByteful.checkout.top_up <byteful_async.CheckoutResource.top_up>`.
        ``POST /public/user/checkout/create``.
        """
        return self._runner.call(
            self._twin.top_up(
                amount_cents,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )

    def reconcile(self, error: BytefulError) -> Service | None:
        """After a purchase whose outcome is unknown: the service it made, or None if none.

        The same rules as the async client's ``checkout.reconcile``: it never claims a
        purchase that was not made and never denies one that was; when it cannot tell, it
        raises :class:`~byteful_async.ReconcileError`.
        """
        return self._runner.call(self._twin.reconcile(error))
