"""Searches in the fake server: filters typed from the schema, sorting, paging, a result cache.

A :class:`Search` serves one search endpoint of the manifest. Its filters and their types
come from the endpoint's generated filters TypedDict (not from a sample row), its sort keys
from the row model's fields, its metadata field from the declaration. A query that bitmap
indexes can serve (``_index``: ranges on columns that never go down, values of columns with
few values) costs a few big-integer operations; any other has its matching rows worked out
once and kept until the rows change, so the later pages of a bulk fetch cost a slice each.
"""

from __future__ import annotations

import collections
import enum
import operator
import random
import re
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

import attrs

from byteful_async._basics._types import open_enum_of, without_none
from byteful_async._calls._endpoint import Endpoint
from byteful_async.models import MAX_PER_PAGE
from byteful_async.testing._data import Row
from byteful_async.testing._index import SMALLEST, Index
from byteful_async.testing._problems import bad

_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME: Final = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_OPERATORS: Final = ("not_", "min_", "max_", "like_")
#: Distinct queries whose matches are kept, per search.
_KEPT: Final = 16

Predicate = Callable[[Row], bool]


def paging(query: Mapping[str, str]) -> tuple[int, int]:
    """``page`` and ``per_page`` from the query, checked as the API checks them."""

    def number(name: str, default: int, high: int | None) -> int:
        raw = query.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or int(raw) < 1 or (high is not None and int(raw) > high):
            bound = f" and {high}" if high else ""
            raise bad(f"The {name} field must be an integer between 1{bound}.")
        return int(raw)

    return number("page", 1, None), number("per_page", MAX_PER_PAGE, MAX_PER_PAGE)


def page_body(rows: list[Row], page: int, per_page: int, total: int, message: str) -> Row:
    """The documented search envelope."""
    return {
        "data": rows,
        "item_count": len(rows),
        "message": message,
        "page": page,
        "per_page": per_page,
        "total_count": total,
    }


def _compare(operator: str, actual: Any, value: Any) -> bool:
    if operator == "not_":
        return bool(actual != value)
    if actual is None:
        return False
    if operator == "min_":
        return bool(actual >= value)
    if operator == "max_":
        return bool(actual <= value)
    if operator == "like_":
        # Case-insensitive "contains", with % standing for any run of characters.
        pattern = ".*".join(re.escape(part) for part in str(value).split("%"))
        return re.search(pattern, str(actual), re.IGNORECASE | re.DOTALL) is not None
    return bool(actual == value)


def _parse(tp: Any, key: str, raw: str) -> Any:
    """A filter's text as the value its schema type says, or a 400 naming the filter."""
    tp = without_none(tp)
    if open_enum_of(tp) is not None or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        return raw
    if tp is bool:
        if raw not in ("true", "false"):
            raise bad(f"The {key} field must be true or false.")
        return raw == "true"
    if tp is int:
        try:
            return int(raw)
        except ValueError:
            raise bad(f"The {key} field must be an integer.") from None
    if tp is float:
        try:
            return float(raw)
        except ValueError:
            raise bad(f"The {key} field must be a number.") from None
    if tp is date and not _DATE.fullmatch(raw):
        raise bad(f"The {key} field must be a date (YYYY-MM-DD).")
    if tp is datetime and not _DATETIME.fullmatch(raw):
        raise bad(f"The {key} field must be a datetime (YYYY-MM-DD HH:MM:SS).")
    return raw


def _metadata_predicate(field: str, key: str, raw: str) -> Predicate:
    """A dotted metadata filter (``service_metadata.min_score=3``) as a row test."""
    operator = next((o for o in (*_OPERATORS, "exists_") if key.startswith(o)), "")
    name = key[len(operator) :]
    if operator == "exists_":
        if raw not in ("true", "false", "1", "0"):
            raise bad(f"The {field}.{key} filter must be true or false.")
        wanted = raw in ("true", "1")
        return lambda row: ((row.get(field) or {}).get(name) is not None) == wanted

    def test(row: Row) -> bool:
        stored = (row.get(field) or {}).get(name)
        if stored is None:
            return operator == "not_"
        value: Any = raw
        if isinstance(stored, bool):
            value = raw == "true"
        elif isinstance(stored, int | float):
            try:
                value = float(raw)
            except ValueError:
                raise bad(f"The {field}.{key} filter must be a number.") from None
        return _compare(operator, stored, value)

    return test


class Search:
    """Pages of one search endpoint over rows the caller hands in."""

    def __init__(self, endpoint: Endpoint[Any], message: str) -> None:
        assert endpoint.filters is not None and endpoint.rows is not None
        self.name = endpoint.name
        self.message = message
        self.metadata = endpoint.metadata
        self.hints: dict[str, Any] = typing.get_type_hints(endpoint.filters)
        self.fields = [a.name for a in attrs.fields(endpoint.rows) if a.name != "extra"]
        self._kept: collections.OrderedDict[tuple[Any, ...], list[Row]] = collections.OrderedDict()
        self._orders: dict[tuple[int, str, bool], list[Row]] = {}
        self._indexes: dict[int, Index] = {}

    def _parsed(self, key: str, raw: str) -> tuple[str, str, Any] | None:
        """(operator, field, value) of a filter; None for a metadata filter; 400 if unknown."""
        head, dot, _ = key.partition(".")
        if dot and head == self.metadata:
            return None
        tp = self.hints.get(key)
        if tp is None or key in ("page", "per_page", "sort_by"):
            raise bad(f"Unknown search parameter {key!r}.")
        operator = next(
            (o for o in _OPERATORS if key.startswith(o) and key[len(o) :] in self.hints), ""
        )
        return operator, key[len(operator) :], _parse(tp, key, raw)

    def _predicate(self, key: str, raw: str) -> Predicate:
        parsed = self._parsed(key, raw)
        if parsed is None:
            head, _, rest = key.partition(".")
            return _metadata_predicate(head, rest, raw)
        operator, field, value = parsed
        # One small closure per operator: this runs once per row of the table.
        if operator == "":
            return lambda row: row.get(field) == value
        if operator == "not_":
            return lambda row: row.get(field) != value
        if operator == "min_":
            return lambda row: (got := row.get(field)) is not None and got >= value
        if operator == "max_":
            return lambda row: (got := row.get(field)) is not None and got <= value
        return lambda row: _compare(operator, row.get(field), value)

    def _order(self, sort_by: str) -> tuple[str, bool]:
        field, descending = sort_by, False
        if field not in self.fields and field.endswith(("_asc", "_desc")):
            field, _, direction = field.rpartition("_")
            descending = direction == "desc"
        if field not in self.fields:
            raise bad(f"Cannot sort by {sort_by!r}.")
        return field, descending

    def _sorted(self, rows: list[Row], field: str, descending: bool, version: int) -> list[Row]:
        key = (version, field, descending)
        ordered = self._orders.get(key)
        if ordered is None:
            present = [r for r in rows if r.get(field) is not None]
            try:
                present.sort(key=operator.itemgetter(field), reverse=descending)
            except TypeError:  # objects or mixed types: their text has an order
                present.sort(key=lambda r: str(r[field]), reverse=descending)
            ordered = present + [r for r in rows if r.get(field) is None]
            self._orders = {key: ordered}  # one order kept: the last one asked for
        return ordered

    def matching(self, rows: list[Row], query: Mapping[str, str], version: int) -> list[Row]:
        """The rows that match the query's filters, in its order (kept for next time).

        ``version`` changes whenever the rows do, so a kept answer is never stale.
        """
        pairs = sorted((k, v) for k, v in query.items() if k not in ("page", "per_page"))
        criteria = (version, *pairs)
        kept = self._kept.get(criteria)
        if kept is not None:
            self._kept.move_to_end(criteria)
            return kept
        tests = [self._predicate(k, v) for k, v in pairs if k != "sort_by"]
        sort_by = query.get("sort_by")
        found = list(rows)
        if sort_by and sort_by != "random":
            # Filtering keeps order, so the whole table sorted once serves every filter.
            found = self._sorted(rows, *self._order(sort_by), version)
        for test in tests:
            found = [row for row in found if test(row)]
        self._kept[criteria] = found
        if len(self._kept) > _KEPT:
            self._kept.popitem(last=False)
        return found

    def _index_of(self, rows: list[Row], version: int) -> Index:
        index = self._indexes.get(version)
        if index is None or index.rows is not rows:
            index = Index(rows)
            self._indexes = {version: index}  # one table state kept: the current one
        return index

    def _indexed(
        self, rows: list[Row], query: Mapping[str, str], version: int, page: int, per_page: int
    ) -> tuple[list[Row], int] | None:
        """(the page's rows, the total) from the bitmap indexes; None if they cannot serve it."""
        sort_by = query.get("sort_by")
        if len(rows) < SMALLEST or sort_by == "random":
            return None
        index = self._index_of(rows, version)
        descending = False
        if sort_by:
            field, descending = self._order(sort_by)
            column = index.monotonic(field)
            # Reversing rows matches a stable descending sort only when no two values tie.
            if column is None or (descending and not column[1]):
                return None
        mask = index.everything
        for key, raw in query.items():
            if key in ("page", "per_page", "sort_by"):
                continue
            parsed = self._parsed(key, raw)
            chosen = None if parsed is None else index.mask(*parsed)
            if chosen is None:
                return None
            mask &= chosen
        found = index.positions(mask, (page - 1) * per_page, per_page, descending)
        return [dict(rows[p]) for p in found], mask.bit_count()

    def page(
        self,
        rows: list[Row],
        query: Mapping[str, str],
        *,
        version: int,
        counted: bool,
        rng: random.Random,
    ) -> Row:
        """The envelope of the page the query asks for."""
        page, per_page = paging(query)
        indexed = self._indexed(rows, query, version, page, per_page)
        if indexed is not None:
            chunk, total = indexed
        else:
            matches = self.matching(rows, query, version)
            start = (page - 1) * per_page
            chunk, total = [dict(r) for r in matches[start : start + per_page]], len(matches)
        if query.get("sort_by") == "random":
            rng.shuffle(chunk)
        return page_body(chunk, page, per_page, total if counted else -1, self.message)
