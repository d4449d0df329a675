"""Bringing a mirror up to date: a backfill on the first run, then what changed.

The first run asks for the ledger's newest update time (one request) and reads every row
created before it, sorted by creation, fanned out at the rate limit: rows are only appended
after that moment, so this set holds still while it is read, and each page is committed with
the number of the next page, so a killed backfill resumes there. Then (and on every later
run) a :class:`~byteful_async.WatermarkCursor` reads what was updated since the stored
watermark, less an overlap, committing each batch with its watermark. A row edited or added
while the run goes on lies ahead of the cursor, so it is read before the run ends, or by
the next run: never lost, never doubled (one row per id, the newer copy kept).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from typing import Any

import attrs

from byteful_async._calls._pagination import AsyncPaginator, Page
from byteful_async._calls._watermark import WatermarkCursor
from byteful_async._client import AsyncByteful
from byteful_async.mirror._store import Counts, LedgerStore, State
from byteful_async.mirror._tables import KINDS

_SECOND = timedelta(seconds=1)


@attrs.define
class SyncSummary:
    """What one sync of one ledger (or of the logs) did.

    Attributes:
        kind: ``residential``, ``mobile`` or ``logs``.
        fetched: Rows that arrived (a row read twice counts twice).
        inserted: Rows new to the mirror.
        updated: Rows the mirror had, replaced by a newer copy.
        unchanged: Rows that arrived as the mirror already had them.
        requests: Requests sent (answered, any status).
        rate_limited: Of those, 429s.
        seconds: How long the sync took.
        backfill: Whether this run backfilled (or went on with a backfill); for the logs,
            whether it read a stretch of them in slices, fanned out.
        rows: Rows in the mirror afterwards.
        expired: For the logs: (the stored watermark, the API's oldest log) when the
            second is later. Logs of that stretch, if there were any, expired before a sync
            read them; run the sync more often than the API's 7 days.

    """

    kind: str
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    requests: int = 0
    rate_limited: int = 0
    seconds: float = 0.0
    backfill: bool = False
    rows: int = 0
    expired: tuple[datetime, datetime] | None = None

    def add(self, counts: Counts, fetched: int) -> None:
        """Count a written batch."""
        self.fetched += fetched
        self.inserted += counts.inserted
        self.updated += counts.updated
        self.unchanged += counts.unchanged


Progress = Callable[[str, int, int | None], object]
"""Called as rows are written: (kind, rows so far, rows expected or None)."""


async def sync_ledger(
    client: AsyncByteful,
    store: LedgerStore,
    kind: str,
    *,
    concurrency: int = 8,
    overlap: timedelta = timedelta(minutes=5),
    on_progress: Progress | None = None,
) -> SyncSummary:
    """Bring ``kind``'s mirror table up to date; see the module docstring for how.

    Raises:
        ValueError: ``kind`` is not residential or mobile.
        MirrorError: the database failed (rows committed before stay, and the next run
            resumes from them).
        BytefulError: the API failed the same way.

    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    store.table(kind)  # a store without this ledger is refused before any request
    summary = SyncSummary(kind=kind)
    search: Callable[..., AsyncPaginator[Any]] = getattr(client, f"{kind}_ledger").search

    def progress(expected: int | None) -> None:
        if on_progress is not None:
            on_progress(kind, summary.fetched, expected)

    async with measured(client, store, summary, f"{kind}_ledger.search"):
        state = await store.state(kind)
        if not state.backfilled:
            summary.backfill = True
            state = await _backfill(store, kind, search, state, summary, concurrency, progress)
        cursor: WatermarkCursor[Any] = WatermarkCursor(
            search,
            field=f"{kind}_ledger_last_update_datetime",
            key=f"{kind}_ledger_id",
            since=state.watermark,
            overlap=overlap,
        )
        async for batch in cursor:
            state = attrs.evolve(state, watermark=batch.watermark)
            summary.add(await store.save(kind, batch.items, state), len(batch.items))
            progress(None)
    return summary


@contextlib.asynccontextmanager
async def measured(
    client: AsyncByteful, store: LedgerStore, summary: SyncSummary, operation: str
) -> AsyncIterator[None]:
    """A sync's span (with telemetry on), and its requests, 429s, rows and time counted in."""
    started, before = time.monotonic(), client.stats.snapshot()
    telemetry = client._transport.telemetry
    with telemetry.walk("sync", operation) if telemetry else contextlib.nullcontext():
        yield
    sent = client.stats.since(before)
    summary.requests, summary.rate_limited = sent.requests, sent.rate_limited
    summary.rows = await store.count(summary.kind)
    summary.seconds = time.monotonic() - started


async def _backfill(
    store: LedgerStore,
    kind: str,
    search: Callable[..., Any],
    state: State,
    summary: SyncSummary,
    concurrency: int,
    progress: Callable[[int | None], None],
) -> State:
    updated = f"{kind}_ledger_last_update_datetime"
    created = f"{kind}_ledger_creation_datetime"
    if state.backfill_bound is None:
        newest = (await search(sort_by=f"{updated}_desc", per_page=1)).items
        if not newest:
            # An empty ledger: the cursor will read whatever comes, from the start.
            state = State(backfilled=True)
            await store.save(kind, [], state)
            return state
        state = State(backfill_bound=getattr(newest[0], updated), backfill_page=1)
        await store.save(kind, [], state)
    bound, first = state.backfill_bound, state.backfill_page or 1
    assert bound is not None
    # Rows created up to a second before the newest update existed when it was read; the
    # cursor that follows covers the rest.
    paginator = search(
        **{f"max_{created}": bound - _SECOND},
        sort_by=f"{created}_asc",
        per_page=100,
        page=first,
    )
    current: list[Page[Any]] = []
    expected: list[int | None] = [None]

    def on_page(page: Page[Any]) -> None:
        current.append(page)
        if page.total_count >= 0:
            expected[0] = page.total_count - (page.page - 1) * page.per_page + summary.fetched

    batch: list[Any] = []
    async for row in paginator.stream(concurrency, on_page=on_page):
        batch.append(row)
        page = current[-1]
        if len(batch) == page.item_count:
            state = attrs.evolve(state, backfill_page=page.page + 1)
            summary.add(await store.save(kind, batch, state), len(batch))
            progress(expected[0])
            batch = []
    # Everything updated before the bound is in; the cursor starts there (less its overlap).
    state = State(watermark=bound, backfilled=True)
    await store.save(kind, batch, state)
    return state
