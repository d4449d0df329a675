"""The fake account's data: deterministic from a seed, ledgers generated row by row on demand.

Everything is plain JSON-shaped dicts in the API's own spelling, so the server can answer
with them as they are. A ledger of a million rows costs nothing until a filter or a sort asks
for all of it; unfiltered pages are computed from the row number alone.
"""

from __future__ import annotations

import collections
import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

Row = dict[str, Any]

CUSTOMER_ID: Final = 1955
GIB: Final = 1024**3


def stamp(moment: datetime) -> str:
    """The API's spelling of a moment: ``YYYY-MM-DD HH:MM:SS``."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def mix(seed: int, *parts: object) -> int:
    """A stable pseudo-random 64-bit number for (seed, parts)."""
    digest = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def stable_uuid(seed: int, *parts: object) -> str:
    """A UUID (version 4 layout) that is the same for the same seed and parts."""
    raw = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=16).digest()
    return str(uuid.UUID(bytes=raw, version=4))


class LedgerTable:
    """``size`` ledger rows of one kind (residential or mobile), oldest first.

    Rows are spread evenly over the ``min(size, 365)`` days ending at ``end_date``: mostly
    ``usage`` (negative bytes), a ``top_up`` every 25th row (+10 GiB, with a service
    adjustment), now and then an ``adjustment``. The generated rows are computed from their
    number; rows appended later and rows edited since are kept as they are (``append``,
    ``update``), so a moving account costs only its changes.
    """

    def __init__(self, kind: str, size: int, *, seed: int, end_date: date, service_id: str) -> None:
        if size < 0:
            raise ValueError(f"ledger size must be 0 or more, not {size}")
        self.kind = kind
        self.size = size
        self.seed = seed
        self.service_id = service_id
        days = max(1, min(size, 365))
        self._start = datetime.combine(end_date - timedelta(days=days - 1), datetime.min.time())
        self._span = days * 86_400
        self._generated = size
        self._appended: list[Row] = []
        self._changed: dict[int, Row] = {}
        self._rows: list[Row] | None = None
        self._index: dict[str, int] | None = None
        # Recently served slices: repeated pages (benchmarks, retries) cost a lookup.
        self._slices: collections.OrderedDict[tuple[int, int, int], list[Row]] = (
            collections.OrderedDict()
        )

    def slice(self, start: int, stop: int) -> list[Row]:
        """Rows ``start`` to ``stop - 1`` (fresh dicts; a few recent slices are cached)."""
        stop = min(stop, self.size)
        if self._rows is not None:  # built already (a filter or FakeByteful.warm asked)
            return [dict(row) for row in self._rows[start:stop]]
        key = (start, stop, self.size)
        cached = self._slices.get(key)
        if cached is None:
            cached = [self.row(i) for i in range(start, stop)]
            self._slices[key] = cached
            if len(self._slices) > 32:
                self._slices.popitem(last=False)
        else:
            self._slices.move_to_end(key)
        return [dict(row) for row in cached]

    def row(self, i: int) -> Row:
        """Row number ``i`` (0 is the oldest), as it is now."""
        if self._rows is not None:
            return dict(self._rows[i])
        appended = i - self._generated
        if 0 <= appended < len(self._appended):
            return dict(self._appended[appended])
        changed = self._changed.get(i)
        return dict(changed) if changed is not None else self._generate(i)

    def append(self, row: Row) -> None:
        """Add a row at the end (the newest)."""
        self._appended.append(row)
        if self._rows is not None:
            self._rows.append(row)
        if self._index is not None:
            self._index[row[f"{self.kind}_ledger_id"]] = self.size
        self.size += 1
        self._slices.clear()

    def update(self, i: int, changes: Row) -> None:
        """Change row ``i`` in place (today's row grows as the day goes on)."""
        row = {**self.row(i), **changes}
        if i >= self._generated:
            self._appended[i - self._generated] = row
        else:
            self._changed[i] = row
        if self._rows is not None:
            self._rows[i] = row
        self._slices.clear()

    def _generate(self, i: int) -> Row:
        k = self.kind
        noise = mix(self.seed, k, i)
        created = self._start + timedelta(seconds=(i * self._span) // max(1, self.size))
        if i % 25 == 0:
            reason, size, requests, adjustment = "top_up", 10 * GIB, 0, 1000 + i // 25
        elif i % 97 == 5:
            reason, size, requests, adjustment = (
                "adjustment",
                (noise % 200_000_000) - 100_000_000,
                0,
                None,
            )
        else:
            reason, size = "usage", -((noise % 800_000_000) + 1_000_000)
            requests, adjustment = (noise >> 32) % 5_000 + 10, None
        return {
            f"{k}_ledger_id": stable_uuid(self.seed, k, i),
            f"{k}_ledger_bytes": size,
            f"{k}_ledger_requests": requests,
            f"{k}_ledger_period_date": created.date().isoformat(),
            f"{k}_ledger_reason": reason,
            f"{k}_ledger_creation_datetime": stamp(created),
            f"{k}_ledger_last_update_datetime": stamp(created + timedelta(minutes=59)),
            "service_id": self.service_id,
            "service_adjustment_id": adjustment,
            "customer_id": CUSTOMER_ID,
        }

    def rows(self) -> list[Row]:
        """Every row, built once (filters and sorts need them all)."""
        if self._rows is None:
            self._rows = [self.row(i) for i in range(self.size)]
        return self._rows

    def find(self, ledger_id: str) -> Row | None:
        """The row with this id, if any."""
        if self._index is None:
            key = f"{self.kind}_ledger_id"
            self._index = {row[key]: i for i, row in enumerate(self.iter_rows())}
        i = self._index.get(ledger_id)
        return None if i is None else self.row(i)

    def iter_rows(self) -> Iterator[Row]:
        """Every row, oldest first, generated one at a time."""
        if self._rows is not None:
            yield from self._rows
        else:
            for i in range(self.size):
                yield self.row(i)

    def total_bytes(self) -> tuple[int, int, int]:
        """(bytes added, bytes used, requests) over the whole ledger."""
        added = used = requests = 0
        for row in self.iter_rows():
            value = row[f"{self.kind}_ledger_bytes"]
            if value >= 0:
                added += value
            else:
                used -= value
            requests += row[f"{self.kind}_ledger_requests"]
        return added, used, requests


def api_now() -> datetime:
    """Now in UTC, naive, to the second: how the API's timestamps read."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def now_stamp(clock: datetime | None = None) -> str:
    """The API's spelling of a moment (default: now, UTC)."""
    return stamp((clock or datetime.now(UTC)).replace(tzinfo=None))
