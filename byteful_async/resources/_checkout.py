"""``checkout``: the generated methods, plus ``top_up``, which has behaviour of its own."""

from __future__ import annotations

from collections.abc import Mapping

from byteful_async._params import check_value
from byteful_async._transport import Timeout
from byteful_async.models import CreditTopUp
from byteful_async.resources._generated import CHECKOUT_TOP_UP, CheckoutResourceBase


class CheckoutResource(CheckoutResourceBase):
    """The catalog, quotes, purchases and credit top-ups."""

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
        :meth:`create`. ``POST /public/user/checkout/create``.
        """
        check_value("checkout.top_up", "amount_cents", amount_cents, int, bounds=(1, None))
        fields = {
            "product_code": "credit",
            "quantity": 1,
            "cycle_interval": "month",
            "cycle_interval_count": 1,
            "top_up_amount": amount_cents,
        }
        return await self._core.call(
            CHECKOUT_TOP_UP,
            body=fields,
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )
