"""Keeping the request logs past the API's 7 days: a checked walk, then a watermark.

A log is never edited, and it carries the time of its request (``log_request_datetime``,
whole seconds), so that time is the watermark. A run starts with one request: the newest
log since the stored watermark (less an overlap), which also counts them.

- A few (no more than one round of the fan-out: ``100 * concurrency``) are read by a
  :class:`~byteful_async.WatermarkCursor`, as the ledger mirror reads its changes.
- More (the first run, or a run after a long pause) are read by one walk of the logs up to
  the newest one's second, sorted by time, fanned out at the rate limit with the
  paginator's checks, and written page by page in order. As the pages are in time order,
  each one moves the watermark to its last log's time: every earlier log is stored. A walk
  whose count moves (the oldest logs expiring under it, or a log written late) raises in
  the paginator; the sync then walks on from the watermark, so expiring logs slow it by a
  request or two and never stop it. A killed run resumes the same way, on its next run.
- The cursor then reads on from the newest second.

Either way a log is stored once (by id), the watermark never passes a log not stored, and a
server that answers logs out of order or outside the asked range is refused, not believed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

import attrs

from byteful_async._basics._exceptions import IncompleteResultError
from byteful_async._calls._pagination import AsyncPaginator
from byteful_async._calls._watermark import WatermarkCursor
from byteful_async._client import AsyncByteful
from byteful_async.mirror._store import LedgerStore, State
from byteful_async.mirror._sync import Progress, SyncSummary, measured
from byteful_async.mirror._tables import LOGS
from byteful_async.models import Log

_FIELD: Final = "log_request_datetime"
_SECOND: Final = timedelta(seconds=1)
#: Walks in a row that may end with the count moved and the watermark where it was.
_STALLS: Final = 3
#: A stretch this long may reach back to logs the API no longer has (it keeps 7 days).
_NEAR_RETENTION: Final = timedelta(days=6)


@attrs.define
class _Run:
    """One sync's moving parts: the search, the summary, the progress callback."""

    store: LedgerStore
    search: Callable[..., AsyncPaginator[Log]]
    summary: SyncSummary
    concurrency: int
    on_progress: Progress | None
    expected: int | None = None

    def progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(LOGS, self.summary.fetched, self.expected)

    async def save(self, rows: list[Log], state: State) -> None:
        self.summary.add(await self.store.save(LOGS, rows, state), len(rows))
        self.progress()


async def sync_logs(
    client: AsyncByteful,
    store: LedgerStore,
    *,
    concurrency: int = 8,
    overlap: timedelta = timedelta(minutes=10),
    on_progress: Progress | None = None,
) -> SyncSummary:
    """Bring the store's ``request_log`` table up to date; see the module docstring for how.

    Args:
        client: The account's client.
        store: A store that keeps the logs: ``LedgerStore(url, kinds=["logs"])``.
        concurrency: Pages in flight while many logs are read.
        overlap: How far before the stored watermark to read again, for logs the API wrote
            after later ones. It does not say how late a log can be written; 10 minutes is
            our guess, and a longer overlap costs only the re-read.
        on_progress: Called as rows are written: ``("logs", rows so far, rows expected)``.

    Returns:
        What the run did; ``expired`` says when logs may have expired before any run read
        them (the last run was more than about 7 days ago).

    Raises:
        ValueError: an argument is out of range (before any request), or the store does
            not keep the logs.
        MirrorError: the database failed (rows committed before stay, and the next run
            resumes from them).
        IncompleteResultError: the API answered logs out of order or outside the range
            asked for, or kept changing the count without the walk getting anywhere.
        BytefulError: the API failed the same way.

    """
    _check(concurrency, overlap)
    store.table(LOGS)  # a store without the logs is refused now, before any request
    run = _Run(store, client.logs.search, SyncSummary(kind=LOGS), concurrency, on_progress)
    async with measured(client, store, run.summary, "logs.search"):
        state = await store.state(LOGS)
        start = None if state.watermark is None else state.watermark - overlap
        since = {} if start is None else {f"min_{_FIELD}": start}
        newest = await run.search(**since, sort_by=f"{_FIELD}_desc", per_page=1)
        if newest.items:
            total, edge = newest.total_count, _when(newest.items[0])
            run.expected = total if total >= 0 else None
            if start is not None and edge - start > _NEAR_RETENTION:
                start = await _oldest_readable(run, state.watermark, start, edge)
            if total < 0 or total > 100 * concurrency:
                run.summary.backfill = True
                if start is None:
                    start = await _oldest_readable(run, None, None, edge)
                state = await _walk(run, state, start, edge)
                start = edge  # the walk has just read the overlap; the next run reads it
            cursor = WatermarkCursor(
                run.search, field=_FIELD, key="log_id", since=start, overlap=timedelta(0)
            )
            async for batch in cursor:
                state = attrs.evolve(state, watermark=batch.watermark)
                await run.save(batch.items, state)
    return run.summary


def _check(concurrency: int, overlap: timedelta) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int of 1 or more, not {concurrency!r}")
    if not isinstance(overlap, timedelta) or overlap < timedelta(0):
        raise ValueError(f"overlap must be a timedelta of 0 or more, not {overlap!r}")


def _when(log: Log) -> datetime:
    if log.log_request_datetime is None:
        raise IncompleteResultError(
            f"log {log.log_id} has no {_FIELD}, so the sync cannot place it",
            expected=-1,
            received=-1,
        )
    return log.log_request_datetime


async def _oldest_readable(
    run: _Run, watermark: datetime | None, start: datetime | None, edge: datetime
) -> datetime:
    """Where the walk starts: ``start``, or the API's oldest log when that is later.

    A watermark older than the API's oldest log means logs may have expired unread: the
    summary says so.
    """
    oldest = (await run.search(sort_by=f"{_FIELD}_asc", per_page=1)).items
    first = _when(oldest[0]) if oldest else edge
    if watermark is not None and first > watermark:
        run.summary.expired = (watermark, first)
    return first if start is None else max(start, first)


async def _walk(run: _Run, state: State, start: datetime, edge: datetime) -> State:
    """Store every log of ``[start, edge)``; the state with the watermark at ``edge``."""
    low, stalls = start, 0
    while True:
        pages = run.search(
            **{f"min_{_FIELD}": low, f"max_{_FIELD}": edge - _SECOND},
            sort_by=f"{_FIELD}_asc",
            per_page=100,
        ).stream_pages(run.concurrency)
        previous, stored = low, low
        try:
            async for page in pages:
                for log in page.items:  # the watermark stands on this order
                    moment = log.log_request_datetime
                    if moment is None or not previous <= moment < edge:
                        raise _refused(log, previous, low, edge)
                    previous = moment
                if state.watermark is None or previous > state.watermark:
                    # Every log before the last one's time is in this page or an earlier one.
                    state = attrs.evolve(state, watermark=previous)
                await run.save(page.items, state)
                stored = previous
        except _Refused as refused:
            raise refused.error from None
        except IncompleteResultError:
            # The count moved under the walk: walk on from the last log stored by this walk.
            stalls = 0 if stored > low else stalls + 1
            if stalls > _STALLS:
                raise
            low = stored
            continue
        finally:
            await pages.aclose()
        if state.watermark is None or edge > state.watermark:
            state = attrs.evolve(state, watermark=edge)
            await run.save([], state)
        return state


class _Refused(Exception):
    """An answer not to believe: kept apart from the count moving, which a walk on cures."""

    def __init__(self, error: IncompleteResultError) -> None:
        self.error = error


def _refused(log: Log, previous: datetime, low: datetime, edge: datetime) -> _Refused:
    moment = log.log_request_datetime
    if moment is None:
        text = f"log {log.log_id} has no {_FIELD}, so the sync cannot place it"
    else:
        if low <= moment < edge:
            where = f"after one of {previous}"
        else:
            where = f"for the range {low} to {edge - _SECOND}"
        text = (
            f"log {log.log_id} of {moment} came back {where}: the search did not keep to its "
            f"{_FIELD} filters and sort, so the sync cannot tell what it has stored"
        )
    return _Refused(IncompleteResultError(text, expected=-1, received=-1))
