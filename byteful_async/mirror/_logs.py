"""Keeping the request logs past the API's 7 days: slices of the past, then a watermark.

A log is never edited, and it carries the time of its request (``log_request_datetime``,
whole seconds), so that time is the watermark. A run starts with one request: the newest
log since the stored watermark (less an overlap), which also counts them.

- A few (no more than one round of the fan-out: ``100 * concurrency``) are read by a
  :class:`~byteful_async.WatermarkCursor`, as the ledger mirror reads its changes.
- More (the first run, or a run after a long pause) are read as closed slices of time,
  oldest first, up to the newest log's second. Each slice is fanned out at the rate limit
  with the paginator's checks and written page by page, and the stored watermark moves to a
  slice's end only once all of it is in: a killed run reads at most one slice again. A
  slice whose count moves while it is read (its oldest logs expiring, or a late write) is
  read again. Slices are sized from the count, then from what the last one held.
  The cursor then reads on from the newest second.

Either way a log is stored once (by id) and the watermark never passes a log not stored.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

import attrs

from byteful_async._basics._exceptions import IncompleteResultError
from byteful_async._calls._pagination import AsyncPaginator
from byteful_async._calls._watermark import WatermarkCursor
from byteful_async._client import AsyncByteful
from byteful_async.mirror._store import LedgerStore, State
from byteful_async.mirror._sync import Progress, SyncSummary
from byteful_async.mirror._tables import LOGS
from byteful_async.models import Log

_FIELD: Final = "log_request_datetime"
_SECOND: Final = timedelta(seconds=1)
#: How often a slice whose count moved is read again before the sync gives up.
_REREADS: Final = 3
#: A slice grows or shrinks by at most this factor from one to the next.
_STEP: Final = 8.0


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
    slice_rows: int = 10_000,
    on_progress: Progress | None = None,
) -> SyncSummary:
    """Bring the store's ``request_log`` table up to date; see the module docstring for how.

    Args:
        client: The account's client.
        store: A store that keeps the logs: ``LedgerStore(url, kinds=["logs"])``.
        concurrency: Pages in flight while a slice is read.
        overlap: How far before the stored watermark to read again, for logs the API wrote
            after later ones. It does not say how late a log can be written; 10 minutes is
            our guess, and a longer overlap costs only the re-read.
        slice_rows: About how many logs a slice holds. A bigger slice costs fewer
            requests (each slice ends on a part page, and its fan-out drains before the next
            begins); a smaller one, less to read again after a kill.
        on_progress: Called as rows are written: ``("logs", rows so far, rows expected)``.

    Raises:
        ValueError: an argument is out of range (before any request), or the store does
            not keep the logs.
        MirrorError: the database failed (rows committed before stay, and the next run
            resumes from them).
        BytefulError: the API failed the same way.

    """
    _check(concurrency, overlap, slice_rows)
    store.table(LOGS)  # a store without the logs is refused now, before any request
    started, before = time.monotonic(), client.stats.snapshot()
    run = _Run(store, client.logs.search, SyncSummary(kind=LOGS), concurrency, on_progress)
    telemetry = client._transport.telemetry
    span = telemetry.walk("sync", "logs.search") if telemetry else contextlib.nullcontext()
    with span:
        state = await store.state(LOGS)
        start = None if state.watermark is None else state.watermark - overlap
        since = {} if start is None else {f"min_{_FIELD}": start}
        newest = await run.search(**since, sort_by=f"{_FIELD}_desc", per_page=1)
        if newest.items:
            total = newest.total_count
            run.expected = total if total >= 0 else None
            if total < 0 or total > 100 * concurrency:
                run.summary.backfill = True
                edge = _when(newest.items[0])
                if start is None:
                    oldest = await run.search(sort_by=f"{_FIELD}_asc", per_page=1)
                    start = _when(oldest.items[0]) if oldest.items else edge
                state = await _slices(run, state, start, edge, total, slice_rows)
                start = edge  # the slices have just read the overlap; the next run reads it
            cursor = WatermarkCursor(
                run.search, field=_FIELD, key="log_id", since=start, overlap=timedelta(0)
            )
            async for batch in cursor:
                state = attrs.evolve(state, watermark=batch.watermark)
                await run.save(batch.items, state)
    summary = run.summary
    sent = client.stats.since(before)
    summary.requests, summary.rate_limited = sent.requests, sent.rate_limited
    summary.rows = await store.count(LOGS)
    summary.seconds = time.monotonic() - started
    return summary


def _check(concurrency: int, overlap: timedelta, slice_rows: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int of 1 or more, not {concurrency!r}")
    if not isinstance(overlap, timedelta) or overlap < timedelta(0):
        raise ValueError(f"overlap must be a timedelta of 0 or more, not {overlap!r}")
    if isinstance(slice_rows, bool) or not isinstance(slice_rows, int) or slice_rows < 100:
        raise ValueError(f"slice_rows must be an int of 100 or more, not {slice_rows!r}")


def _when(log: Log) -> datetime:
    if log.log_request_datetime is None:
        raise IncompleteResultError(
            f"log {log.log_id} has no {_FIELD}, so the sync cannot place it",
            expected=-1,
            received=-1,
        )
    return log.log_request_datetime


async def _slices(
    run: _Run, state: State, start: datetime, edge: datetime, total: int, slice_rows: int
) -> State:
    """Read ``[start, edge)`` slice by slice; the state with the watermark at ``edge``."""
    # As if the logs were spread evenly; when they were not counted, the first slice tells.
    span = (edge - start) * (slice_rows / total) if total > 0 else timedelta(hours=1)
    low = start
    while low < edge:
        span = max(_SECOND, timedelta(seconds=round(span.total_seconds())))
        high = min(low + span, edge)
        held = await _slice(run, state, low, high)
        # Every log before `high` is in now; a watermark stored ahead of it stays.
        if state.watermark is None or high > state.watermark:
            state = attrs.evolve(state, watermark=high)
            await run.save([], state)
        factor = _STEP if held == 0 else min(_STEP, max(1 / _STEP, slice_rows / held))
        span, low = span * factor, high
    return state


async def _slice(run: _Run, state: State, low: datetime, high: datetime) -> int:
    """Store every log of ``[low, high)``, page by page; how many there were."""
    for reread in range(_REREADS + 1):
        pages = run.search(
            **{f"min_{_FIELD}": low, f"max_{_FIELD}": high - _SECOND},
            sort_by=f"{_FIELD}_asc",
            per_page=100,
        ).stream_pages(run.concurrency)
        held, stray = 0, None
        try:
            async for page in pages:
                stray = next((r for r in page.items if not low <= _when(r) < high), None)
                if stray is not None:
                    break
                await run.save(page.items, state)  # the watermark stays where it was
                held += len(page.items)
        except IncompleteResultError:
            if reread == _REREADS:
                raise
            continue
        finally:
            await pages.aclose()
        if stray is not None:  # a server that ignores a filter: no read again would help
            raise IncompleteResultError(
                f"log {stray.log_id} of {stray.log_request_datetime} came back for the slice "
                f"{low} to {high - _SECOND}: the search did not keep to its {_FIELD} filters",
                expected=-1,
                received=-1,
            )
        return held
    raise AssertionError("unreachable")  # pragma: no cover
