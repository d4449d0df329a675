"""Incremental reads of a live search: a watermark on its last-update field.

A ledger grows at its end and its newest rows are edited all day. Offset pages shift under
such a set, so this cursor never asks for page 2: it asks for the first page of the rows
updated at or after a bound, sorted by the update time ascending, and moves the bound to the
last row it got (keyset paging through the ``min_`` filter). A row edited while the cursor
runs gets a newer update time, so it lies ahead and is read again later; no row can slip
behind the bound. Each batch says the watermark that is safe to store with its rows: every
row updated before it has been read. A run starts from the stored watermark less an
``overlap`` that covers rows whose update was written a little after its timestamp.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

import attrs

from byteful_async._basics._exceptions import IncompleteResultError
from byteful_async._calls._pagination import AsyncPaginator

T = TypeVar("T")

#: The API's timestamps have whole seconds.
_TICK = timedelta(seconds=1)


@attrs.frozen(kw_only=True)
class WatermarkBatch(Generic[T]):
    """One request's rows, and the watermark to store with them.

    Attributes:
        items: Rows not yet given by this cursor (a row it gave already, unchanged, is left
            out; an edited one comes again, newer).
        watermark: Every row updated before this time has now been read: store it in the
            same transaction as ``items``.

    """

    items: list[T]
    watermark: datetime


class WatermarkCursor(Generic[T]):
    """Every row of a search updated since a watermark, in update order, as batches.

    ::

        cursor = WatermarkCursor(
            client.residential_ledger.search,
            field="residential_ledger_last_update_datetime",
            key="residential_ledger_id",
            since=stored_watermark,  # None: from the beginning
        )
        async for batch in cursor:
            save(batch.items, batch.watermark)  # in one transaction

    Args:
        search: A search method (``client.residential_ledger.search``).
        field: The rows' last-update field; the search must filter (``min_``) and sort on it.
        key: The rows' id field.
        since: The watermark stored by the last run; None reads everything.
        overlap: How far before ``since`` to start again (rows whose update landed late).
        per_page: Rows per request (1 to 100).
        filters: More filters for every request (a service, a reason...).

    """

    def __init__(
        self,
        search: Callable[..., AsyncPaginator[T]],
        *,
        field: str,
        key: str,
        since: datetime | None = None,
        overlap: timedelta = timedelta(minutes=5),
        per_page: int = 100,
        filters: Mapping[str, object] | None = None,
    ) -> None:
        if not isinstance(overlap, timedelta) or overlap < timedelta(0):
            raise ValueError(f"overlap must be a timedelta of 0 or more, not {overlap!r}")
        if since is not None and not isinstance(since, datetime):
            raise TypeError(f"since must be a datetime or None, not {since!r}")
        reserved = {"sort_by", "page", "per_page", field, f"min_{field}"} & set(filters or {})
        if reserved:
            raise ValueError(f"the cursor sets {sorted(reserved)} itself; leave them out")
        self._search = search
        self.field = field
        self.key = key
        self.since = since
        self.overlap = overlap
        self.per_page = per_page
        self.filters = dict(filters or {})
        self.requests = 0
        """Requests made so far (each is one page)."""

    def __aiter__(self) -> AsyncIterator[WatermarkBatch[T]]:
        return self._batches()

    def _page(self, **filters: object) -> AsyncPaginator[T]:
        self.requests += 1
        return self._search(
            **self.filters, **filters, sort_by=f"{self.field}_asc", per_page=self.per_page
        )

    def _stamp(self, row: T) -> datetime:
        value = getattr(row, self.field)
        if not isinstance(value, datetime):
            raise IncompleteResultError(
                f"a row has no {self.field} ({value!r}), so the cursor cannot place it",
                expected=-1,
                received=-1,
            )
        return value

    async def _batches(self) -> AsyncIterator[WatermarkBatch[T]]:
        bound = None if self.since is None else self.since - self.overlap
        # Rows at the bound itself are asked for again (the filter is inclusive): these are
        # the ones already given, with the update time they were given at.
        given: dict[Any, datetime] = {}
        while True:
            filters = {} if bound is None else {f"min_{self.field}": bound}
            page = await self._page(**filters)
            rows = page.items
            if not rows:
                return  # nothing changed since the bound: the stored watermark stands
            last = self._in_order(rows, bound)
            if len(rows) >= self.per_page and last == bound:
                # A whole page of one timestamp: no bound can split it, so that second is read
                # by a checked offset walk, and the bound moves past it.
                same = await self._every_row_at(last)
                yield WatermarkBatch(items=self._new(same, given), watermark=last)
                bound, given = last + _TICK, {}
                continue
            fresh = self._new(rows, given)
            given = {getattr(r, self.key): last for r in rows if self._stamp(r) == last}
            yield WatermarkBatch(items=fresh, watermark=last)
            if len(rows) < self.per_page:
                return
            bound = last

    def _in_order(self, rows: list[T], bound: datetime | None) -> datetime:
        """The last row's time, once the rows are sorted and none lies before ``bound``.

        A server that ignored the ``min_`` filter or the sort would otherwise move the bound
        past rows never read (or back, forever).
        """
        previous = bound
        for row in rows:
            moment = self._stamp(row)
            if previous is not None and moment < previous:
                raise IncompleteResultError(
                    f"the search answered a row of {self.field} {moment} after {previous}: it "
                    f"did not keep to min_{self.field} and sort_by={self.field}_asc, so the "
                    "cursor cannot tell which rows it has read",
                    expected=-1,
                    received=-1,
                )
            previous = moment
        assert previous is not None
        return previous

    async def _every_row_at(self, moment: datetime) -> list[T]:
        self.requests += 1
        paginator = self._search(**self.filters, **{self.field: moment}, per_page=self.per_page)
        rows: list[T] = await paginator.collect(concurrency=1, on_page=self._count_page)
        return rows

    def _count_page(self, page: Any) -> None:
        if page.page > 1:
            self.requests += 1

    def _new(self, rows: list[T], given: Mapping[Any, datetime]) -> list[T]:
        return [r for r in rows if given.get(getattr(r, self.key)) != self._stamp(r)]
