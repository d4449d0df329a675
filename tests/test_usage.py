"""byteful_async.usage: one shape for both ledgers, daily usage and the burn rate."""

from __future__ import annotations

from datetime import date

import pytest

from byteful_async import MobileLedger, ResidentialLedger, structure
from byteful_async.usage import LedgerEntry, burn_rate, daily_usage, ledger_entry

from .conftest import LEDGER_ROW


def entry(day: int, size: int, reason: str = "usage") -> LedgerEntry:
    return LedgerEntry(
        kind="mobile",
        id=f"e{day}{size}",
        bytes=size,
        requests=1,
        period_date=date(2026, 3, day),
        reason=reason,
    )


def test_both_ledgers_read_the_same() -> None:
    residential = structure(LEDGER_ROW, ResidentialLedger)
    mobile_row = {k.replace("residential_", "mobile_"): v for k, v in LEDGER_ROW.items()}
    mobile = structure(mobile_row, MobileLedger)
    a, b = ledger_entry(residential), ledger_entry(mobile)
    assert (a.kind, b.kind) == ("residential", "mobile")
    assert attrs_without_kind(a) == attrs_without_kind(b)
    assert a.bytes == LEDGER_ROW["residential_ledger_bytes"]
    assert a.period_date == date.fromisoformat(LEDGER_ROW["residential_ledger_period_date"])
    with pytest.raises(TypeError, match="not a ledger row"):
        ledger_entry(object())


def attrs_without_kind(e: LedgerEntry) -> tuple[object, ...]:
    return (e.id, e.bytes, e.requests, e.period_date, e.reason, e.created, e.updated)


def test_the_pool_left_is_right_for_a_range_that_ends_in_the_past() -> None:
    rows = [
        entry(1, 1_000, "top_up"),
        entry(2, -100),
        entry(3, -200),
        entry(4, 500, "top_up"),
        entry(5, -50),
    ]
    # The pool now: 1,000 - 100 - 200 + 500 - 50.
    days = daily_usage(rows, since=date(2026, 3, 2), until=date(2026, 3, 3), left_now=1_150)
    assert [(d.day.day, d.used, d.added, d.remaining) for d in days] == [
        (2, 100, 0, 900),
        (3, 200, 0, 700),
    ]
    empty = daily_usage([], since=date(2026, 3, 1), until=date(2026, 3, 2))
    assert [(d.used, d.remaining) for d in empty] == [(0, None), (0, None)]
    with pytest.raises(ValueError, match="after"):
        daily_usage(rows, since=date(2026, 3, 3), until=date(2026, 3, 2))


def test_the_burn_rate_is_the_average_use_per_day() -> None:
    rows = [entry(1, -300), entry(2, -100), entry(3, 999, "top_up"), entry(4, -200)]
    assert burn_rate(rows, days=4, until=date(2026, 3, 4)) == 150.0
    assert burn_rate(rows, days=1, until=date(2026, 3, 3)) is None  # nothing used that day
    assert burn_rate([], days=7, until=date(2026, 3, 3)) is None
