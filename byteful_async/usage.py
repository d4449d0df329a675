"""One shape for both data pools: ledger entries, daily usage and the burn rate.

Residential and mobile ledger rows carry the same facts under different field names
(``residential_ledger_bytes``, ``mobile_ledger_bytes``...). :func:`ledger_entry` reads either
(or a mirror's row) as a :class:`LedgerEntry`, and the functions here work on those:

::

    rows = await client.mobile_ledger.search(min_mobile_ledger_period_date=since).collect()
    days = daily_usage(rows, since=since, until=today, left_now=pool.mobile_bytes_left)
    per_day = burn_rate(rows, days=7, until=today)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

import attrs

from byteful_async.models import MobileLedger, ResidentialLedger

__all__ = ["LedgerEntry", "UsageDay", "burn_rate", "daily_usage", "ledger_entry"]


@attrs.frozen(kw_only=True)
class LedgerEntry:
    """A residential or mobile ledger row, by the same names.

    Attributes:
        kind: ``residential`` or ``mobile``.
        id: The ledger entry's id.
        bytes: Bytes added (positive: top-ups, purchases) or used (negative).
        requests: Proxy requests the entry accounts for.
        period_date: The day it belongs to.
        reason: ``usage``, ``top_up``, ``adjustment``... (text: an open set).
        created: When the entry was made.
        updated: When it last changed.
        service_id: Its service, if any.

    """

    kind: str
    id: str
    bytes: int
    requests: int
    period_date: date
    reason: str
    created: datetime | None = None
    updated: datetime | None = None
    service_id: str | None = None


def ledger_entry(row: ResidentialLedger | MobileLedger | LedgerEntry | Any) -> LedgerEntry:
    """``row`` (a ledger model, or anything with a ledger's fields) as a :class:`LedgerEntry`.

    Raises:
        TypeError: ``row`` has neither ledger's fields.

    """
    if isinstance(row, LedgerEntry):
        return row
    for kind in ("residential", "mobile"):
        prefix = f"{kind}_ledger_"
        if hasattr(row, prefix + "id"):
            return LedgerEntry(
                kind=kind,
                id=getattr(row, prefix + "id"),
                bytes=getattr(row, prefix + "bytes"),
                requests=getattr(row, prefix + "requests") or 0,
                period_date=getattr(row, prefix + "period_date"),
                reason=str(getattr(row, prefix + "reason")),
                created=getattr(row, prefix + "creation_datetime", None),
                updated=getattr(row, prefix + "last_update_datetime", None),
                service_id=getattr(row, "service_id", None),
            )
    raise TypeError(f"not a ledger row: {type(row).__name__}")


@attrs.frozen(kw_only=True)
class UsageDay:
    """One day of a data pool.

    Attributes:
        day: The date.
        used: Bytes consumed by proxy traffic (the ``usage`` entries, as a positive number).
        added: Bytes added (top-ups, purchases, positive adjustments).
        requests: Proxy requests the day's entries account for.
        remaining: The pool at the end of the day, or None when the current pool is unknown.

    """

    day: date
    used: int
    added: int
    requests: int
    remaining: int | None


def daily_usage(
    rows: Iterable[Any], *, since: date, until: date, left_now: int | None = None
) -> list[UsageDay]:
    """One :class:`UsageDay` per date from ``since`` to ``until``, days without rows included.

    ``rows``: ledger rows (either kind, or :class:`LedgerEntry`) from ``since`` on, later ones
    included: the pool left at the end of a day is ``left_now`` (the pool now) less every
    change after that day, so a range that ends in the past is right too.

    Raises:
        ValueError: ``since`` is after ``until``.

    """
    if since > until:
        raise ValueError(f"since ({since}) is after until ({until})")
    used: dict[date, int] = {}
    added: dict[date, int] = {}
    requests: dict[date, int] = {}
    net: dict[date, int] = {}
    for entry in map(ledger_entry, rows):
        day = entry.period_date
        net[day] = net.get(day, 0) + entry.bytes
        requests[day] = requests.get(day, 0) + entry.requests
        if entry.reason == "usage" and entry.bytes < 0:
            used[day] = used.get(day, 0) - entry.bytes
        elif entry.bytes > 0:
            added[day] = added.get(day, 0) + entry.bytes
    after_until = sum(change for day, change in net.items() if day > until)
    remaining = None if left_now is None else left_now - after_until
    days: list[UsageDay] = []
    day = until
    while day >= since:
        days.append(
            UsageDay(
                day=day,
                used=used.get(day, 0),
                added=added.get(day, 0),
                requests=requests.get(day, 0),
                remaining=remaining,
            )
        )
        if remaining is not None:
            remaining -= net.get(day, 0)
        day -= timedelta(days=1)
    days.reverse()
    return days


def burn_rate(rows: Iterable[Any], *, days: int, until: date) -> float | None:
    """Bytes used per day on average over the ``days`` days ending ``until``.

    None when no usage was recorded in that window (there is no rate to speak of).
    """
    if days < 1:
        raise ValueError(f"days must be 1 or more, not {days}")
    since = until - timedelta(days=days - 1)
    window = daily_usage(
        (r for r in rows if ledger_entry(r).period_date <= until), since=since, until=until
    )
    total = sum(d.used for d in window)
    return total / days if total > 0 else None
