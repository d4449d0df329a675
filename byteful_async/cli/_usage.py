"""Daily data usage from ledger rows, and its chart."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import attrs

GIB = 1024**3


@attrs.frozen
class Day:
    """One day of a data pool."""

    day: date
    used: int
    """Bytes consumed by proxy traffic (the ``usage`` rows, as a positive number)."""
    added: int
    """Bytes added (top-ups, purchases, positive adjustments)."""
    requests: int
    """Proxy requests the day's rows account for."""
    remaining: int | None
    """The pool at the end of the day, or None when the current balance is unknown."""


def daily_usage(
    rows: Iterable[Any], kind: str, since: date, until: date, left_now: int | None
) -> list[Day]:
    """One :class:`Day` per date from ``since`` to ``until``, days without rows included.

    ``rows`` must hold every row from ``since`` on (later ones too): the pool left at the
    end of a day is today's balance less every change after that day.
    """
    prefix = f"{kind}_ledger_"
    used: dict[date, int] = {}
    added: dict[date, int] = {}
    requests: dict[date, int] = {}
    net: dict[date, int] = {}
    for row in rows:
        day: date = getattr(row, prefix + "period_date")
        size: int = getattr(row, prefix + "bytes")
        net[day] = net.get(day, 0) + size
        requests[day] = requests.get(day, 0) + getattr(row, prefix + "requests")
        if getattr(row, prefix + "reason") == "usage" and size < 0:
            used[day] = used.get(day, 0) - size
        elif size > 0:
            added[day] = added.get(day, 0) + size
    after_until = sum(change for day, change in net.items() if day > until)
    remaining = None if left_now is None else left_now - after_until
    days: list[Day] = []
    day = until
    while day >= since:
        days.append(
            Day(
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


def plot(days: list[Day], kind: str, path: str) -> None:
    """Write a PNG: bars of the bytes used each day and a line of the pool left (GiB)."""
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError("--plot needs matplotlib: pip install 'byteful-async[plot]'") from None
    matplotlib.use("Agg")  # files only: no display needed
    from matplotlib import pyplot

    figure, used_axis = pyplot.subplots(figsize=(10, 4.5), dpi=110)
    try:
        where = list(range(len(days)))
        used_axis.bar(where, [d.used / GIB for d in days], color="#4c78a8", label="used per day")
        used_axis.set_ylabel("GiB used per day")
        used_axis.set_title(f"{kind.capitalize()} data, {days[0].day} to {days[-1].day}")
        step = max(1, len(days) // 15)  # at most ~15 date labels
        used_axis.set_xticks(where[::step], [d.day.isoformat() for d in days[::step]])
        known = [d.remaining for d in days if d.remaining is not None]
        if known:
            left_axis = used_axis.twinx()
            left_axis.plot(
                where,
                [math.nan if d.remaining is None else d.remaining / GIB for d in days],
                color="#e45756",
                linewidth=2,
                label="left at end of day",
            )
            left_axis.set_ylabel("GiB left in the pool")
            left_axis.set_ylim(bottom=min(0.0, min(known) / GIB))
            figure.legend(loc="upper right", ncols=2, frameon=False)
        figure.autofmt_xdate()
        figure.tight_layout(rect=(0, 0, 1, 0.95))  # room for the legend above the plot
        figure.savefig(Path(path), format="png")
    finally:
        pyplot.close(figure)
