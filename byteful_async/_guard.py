"""The purchase guard: a spend cap per period and a dry run, for software that buys.

The guard counts what its purchases cost (the quote's total before credit, or a top-up's
amount) over a sliding period. A purchase that would pass the cap, or any purchase in a dry
run, raises :class:`~byteful_async.PurchaseRefused` and buys nothing. A purchase whose
outcome is unknown counts as spent: the cap errs on the side of the wallet.
"""

from __future__ import annotations

import collections
import contextlib
import time
from collections.abc import Iterator
from datetime import timedelta

from byteful_async._exceptions import BytefulError, PurchaseRefused


class PurchaseGuard:
    """A cap on what ``checkout.create`` and ``checkout.top_up`` may spend.

    ::

        guard = PurchaseGuard(cap_cents=50_00, period=timedelta(days=1), dry_run=True)
        client = AsyncByteful(purchase_guard=guard)

    Args:
        cap_cents: The most that may be spent per ``period``, in cents; None: no cap.
        period: The sliding window the cap applies to.
        dry_run: Refuse every purchase (after pricing it, for ``create``), so a bot can be
            run and watched before it is let loose.

    A guard may be shared by several clients of one account.

    """

    def __init__(
        self,
        *,
        cap_cents: int | None = None,
        period: timedelta = timedelta(days=1),
        dry_run: bool = False,
    ) -> None:
        if cap_cents is not None and (
            isinstance(cap_cents, bool) or not isinstance(cap_cents, int) or cap_cents < 0
        ):
            raise ValueError(f"cap_cents must be cents (an int, 0 or more), not {cap_cents!r}")
        if not isinstance(period, timedelta) or period <= timedelta(0):
            raise ValueError(f"period must be a positive timedelta, not {period!r}")
        self.cap_cents = cap_cents
        self.period = period
        self.dry_run = dry_run
        self._spent: collections.deque[tuple[float, int]] = collections.deque()

    @property
    def spent(self) -> int:
        """Cents spent (or possibly spent) within the current period."""
        horizon = time.monotonic() - self.period.total_seconds()
        while self._spent and self._spent[0][0] < horizon:
            self._spent.popleft()
        return sum(cents for _, cents in self._spent)

    def check(self, what: str, cost: int | None) -> None:
        """Refuse ``what`` (costing ``cost`` cents, when known) if the guard says no.

        Raises:
            PurchaseRefused: a dry run, or the cap would be passed (or is reached already).

        """
        spent = self.spent
        price = "" if cost is None else f" (${cost / 100:,.2f})"
        if self.dry_run:
            raise PurchaseRefused(f"dry run: would {what}{price}", cost=cost, spent=spent)
        cap = self.cap_cents
        if cap is not None and (spent >= cap or (cost is not None and spent + cost > cap)):
            raise PurchaseRefused(
                f"spend cap: {what}{price} would pass ${cap / 100:,.2f} per "
                f"{self.period} (${spent / 100:,.2f} spent already)",
                cost=cost,
                spent=spent,
            )

    def exhausted(self) -> bool:
        """Whether the cap is reached already (any purchase would be refused)."""
        return self.cap_cents is not None and self.spent >= self.cap_cents

    def needs_price(self) -> bool:
        """Whether a purchase must be priced first (a cap or a dry run to report against)."""
        return self.dry_run or self.cap_cents is not None

    def record(self, cents: int) -> None:
        """Count ``cents`` as spent now."""
        self._spent.append((time.monotonic(), cents))

    @contextlib.contextmanager
    def spending(self, cents: int) -> Iterator[None]:
        """Around one purchase of ``cents``: counted if it went through or may have."""
        try:
            yield
        except BytefulError as exc:
            if exc.outcome_unknown:
                self.record(cents)  # it may have gone through: counted, to be safe
            raise
        self.record(cents)
