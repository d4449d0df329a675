"""``byteful ledger sync`` and ``byteful logs sync``: a mirror brought up to date."""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

import attrs
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from byteful_async._client import AsyncByteful
from byteful_async.cli._commands import Streams, client_for, make_table
from byteful_async.cli._parser import DEFAULT_LOGS_DB
from byteful_async.cli._store import database, open_store


def _kinds(choice: str) -> list[str]:
    return ["residential", "mobile"] if choice == "all" else [choice]


async def ledger_sync(args: argparse.Namespace, io: Streams) -> int:
    """Sync each ledger asked for; print a summary table (or JSON with ``--json``)."""
    from byteful_async.mirror import sync_ledger

    def job(kind: str) -> Job:
        async def run(client: AsyncByteful, store: Any, on_progress: Any) -> Any:
            return await sync_ledger(
                client, store, kind, concurrency=args.concurrency, on_progress=on_progress
            )

        return run

    store = open_store(database(args.db))  # a bad URL is refused here, before any request
    return await _run(args, io, store, [job(kind) for kind in _kinds(args.kind)], "Ledger")


async def logs_sync(args: argparse.Namespace, io: Streams) -> int:
    """Sync the request logs into the mirror; print a summary (or JSON with ``--json``)."""
    from byteful_async.mirror import LOGS, sync_logs

    async def run(client: AsyncByteful, store: Any, on_progress: Any) -> Any:
        return await sync_logs(
            client,
            store,
            concurrency=args.concurrency,
            overlap=timedelta(seconds=args.overlap),
            on_progress=on_progress,
        )

    store = open_store(database(args.db or DEFAULT_LOGS_DB), kinds=[LOGS])
    return await _run(args, io, store, [run], "Logs")


Job = Callable[[AsyncByteful, Any, Any], Awaitable[Any]]
"""One sync: (client, store, on_progress) -> its summary."""


async def _run(
    args: argparse.Namespace, io: Streams, store: Any, jobs: list[Job], what: str
) -> int:
    """Run ``jobs`` against ``store`` with a progress bar each; print their summaries."""
    client = client_for(args)
    bars = _Bars(io, client) if io.err.is_terminal else None
    summaries = []
    async with store, client:
        with bars or contextlib.nullcontext():
            for job in jobs:
                summaries.append(await job(client, store, bars.update if bars else None))
    for summary in summaries:
        if summary.expired is not None:
            since, oldest = summary.expired
            io.err.print(
                f"warning: the API's oldest log is from {oldest:%Y-%m-%d %H:%M:%S}, after the "
                f"last sync's {since:%Y-%m-%d %H:%M:%S}: logs between them, if there were any, "
                "expired unread (the API keeps 7 days; sync more often than that)",
                highlight=False,
            )
    if args.json:
        for summary in summaries:
            fields = {**attrs.asdict(summary), "db": store.shown}
            io.stdout.write(json.dumps(fields, default=str) + "\n")
        io.stdout.flush()
        return 0
    headings = [what, "Fetched", "Inserted", "Updated", "Unchanged", "Rows now", "Requests",
                "429s", "Seconds"]  # fmt: skip
    table = make_table(
        f"Mirror {store.shown}",
        headings,
        numeric=set(headings[1:]),
        give_way=["Unchanged", "Updated", "Inserted", "Seconds"],  # requests and 429s stay
    )
    for s in summaries:
        name = s.kind + (" (backfill)" if s.backfill else "")
        figures = (s.fetched, s.inserted, s.updated, s.unchanged, s.rows, s.requests)
        table.add_row(name, *(f"{n:,}" for n in figures), str(s.rate_limited), f"{s.seconds:.1f}")
    io.out.print(table)
    return 0


class _Bars:
    """A progress bar per sync on stderr: rows, speed, 429s, time left."""

    def __init__(self, io: Streams, client: AsyncByteful) -> None:
        self.client = client
        self.live = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.completed:,} rows"),
            TextColumn("{task.fields[speed]}"),
            TextColumn("{task.fields[trouble]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=io.err,
        )
        self.tasks: dict[str, Any] = {}
        self.started: dict[str, float] = {}

    def __enter__(self) -> _Bars:
        self.live.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.live.stop()

    def update(self, kind: str, rows: int, expected: int | None) -> None:
        """The ``on_progress`` of a sync."""
        if kind not in self.tasks:
            name = kind if kind == "logs" else f"{kind} ledger"
            self.tasks[kind] = self.live.add_task(name, total=None, speed="", trouble="")
            self.started[kind] = time.monotonic()
        seconds = time.monotonic() - self.started[kind] or 1e-9
        self.live.update(
            self.tasks[kind],
            completed=rows,
            total=expected,
            speed=f"{rows / seconds:,.0f} rows/s",
            trouble=f"{self.client.stats.rate_limited} x 429",
        )


def since_for(days: int, until: date) -> date:
    """The first day of a ``days``-long window ending ``until``."""
    return until - timedelta(days=days - 1)
