"""Bitmap indexes over a table's rows, so a filtered page costs a few big-integer operations.

Two kinds of column are indexed, each built on first use and kept while the rows stay as
they are:

* a *monotonic* column, whose values never go down from one row to the next (a ledger's
  dates and timestamps, in a table kept in creation order): a range or an exact value is a
  contiguous run of rows, found by bisection;
* a *categorical* column with at most :data:`MAX_CATEGORIES` distinct values (a ledger's
  reason): one bitmap of the rows holding each value.

A query whose every filter and whose order fit these is answered by AND-ing bitmaps: the
count is a ``bit_count()``, and a page is the n-th to m-th set bits. Anything else goes to
the plain scan in ``_search``.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any, Final

from byteful_async.testing._data import Row

MAX_CATEGORIES: Final = 64
#: Below this many rows a scan is as quick as building an index.
SMALLEST: Final = 1_000

_POPCOUNT: Final = bytes(bin(i).count("1") for i in range(256))
_MISSING: Final = object()


class Index:
    """The indexes of one table state."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.size = len(rows)
        self.everything = (1 << self.size) - 1
        self._monotonic: dict[str, tuple[list[Any], bool] | None] = {}
        self._categories: dict[str, dict[Any, int] | None] = {}

    def monotonic(self, field: str) -> tuple[list[Any], bool] | None:
        """(the column, whether it strictly increases), if it never goes down; else None."""
        if field not in self._monotonic:
            values = [row.get(field, _MISSING) for row in self.rows]
            found: tuple[list[Any], bool] | None = None
            try:
                pairs = list(itertools.pairwise(values))
                if all(a <= b for a, b in pairs):
                    found = (values, all(a < b for a, b in pairs))
            except TypeError:  # None, missing or mixed types: not a column to bisect
                found = None
            self._monotonic[field] = found
        return self._monotonic[field]

    def categories(self, field: str) -> dict[Any, int] | None:
        """A bitmap per value, if the column has at most :data:`MAX_CATEGORIES` values."""
        if field not in self._categories:
            positions: dict[Any, bytearray] = {}
            found: dict[Any, int] | None = {}
            width = (self.size + 7) // 8
            for i, row in enumerate(self.rows):
                value = row.get(field)
                bits = positions.get(value)
                if bits is None:
                    if len(positions) == MAX_CATEGORIES or not _hashable(value):
                        found = None
                        break
                    bits = positions[value] = bytearray(width)
                bits[i >> 3] |= 1 << (i & 7)
            if found is not None:
                found = {v: int.from_bytes(b, "little") for v, b in positions.items()}
            self._categories[field] = found
        return self._categories[field]

    def mask(self, operator: str, field: str, value: Any) -> int | None:
        """The rows ``field`` ``operator`` ``value`` selects, or None if no index serves it."""
        if operator in ("", "min_", "max_"):
            column = self.monotonic(field)
            if column is not None:
                values = column[0]
                try:
                    low = bisect.bisect_left(values, value) if operator != "max_" else 0
                    high = bisect.bisect_right(values, value) if operator != "min_" else self.size
                except TypeError:
                    return None
                return ((1 << high) - 1) ^ ((1 << low) - 1) if high > low else 0
        if operator in ("", "not_"):
            categories = self.categories(field)
            if categories is not None:
                chosen = categories.get(value, 0)
                return chosen if operator == "" else self.everything ^ chosen
        return None

    def positions(self, mask: int, skip: int, take: int, descending: bool) -> list[int]:
        """Row positions of set bits ``skip`` to ``skip + take``, in position order or reversed."""
        data = mask.to_bytes((self.size + 7) // 8 or 1, "little")
        found: list[int] = []
        indices = range(len(data) - 1, -1, -1) if descending else range(len(data))
        for index in indices:
            byte = data[index]
            if not byte:
                continue
            count = _POPCOUNT[byte]
            if skip >= count:
                skip -= count
                continue
            bits = [index * 8 + b for b in range(8) if byte >> b & 1]
            for position in reversed(bits) if descending else bits:
                if skip:
                    skip -= 1
                    continue
                found.append(position)
                if len(found) == take:
                    return found
        return found


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True
