"""``byteful ledger sync``: bring the local mirror up to date, with progress and a summary."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from byteful_async.cli._commands import Streams, client_for, make_table
from byteful_async.cli._store import database, open_store


def _kinds(choice: str) -> list[str]:
    return ["residential", "mobile"] if choice == "all" else [choice]


async def ledger_sync(args: argparse.Namespace, io: Streams) -> int:
    """Sync each ledger asked for; print a summary table (or JSON with ``--json``)."""
    from byteful_async.mirror import sync_ledger

    store = open_store(database(args.db))  # a bad URL is refused here, before any request
    summaries = []
    live = None
    if io.err.is_terminal:
        live = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.completed:,} rows"),
            TextColumn("{task.fields[speed]}"),
            TextColumn("{task.fields[trouble]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=io.err,
        )
    tasks: dict[str, Any] = {}
    started: dict[str, datetime] = {}
    client = client_for(args)

    def on_progress(kind: str, rows: int, expected: int | None) -> None:
        if live is None:
            return
        if kind not in tasks:
            tasks[kind] = live.add_task(f"{kind} ledger", total=None, speed="", trouble="")
            started[kind] = datetime.now(UTC)
        seconds = (datetime.now(UTC) - started[kind]).total_seconds() or 1e-9
        live.update(
            tasks[kind],
            completed=rows,
            total=expected,
            speed=f"{rows / seconds:,.0f} rows/s",
            trouble=f"{client.stats.rate_limited} x 429",
        )

    async with store, client:
        if live is not None:
            live.start()
        try:
            for kind in _kinds(args.kind):
                summaries.append(
                    await sync_ledger(
                        client, store, kind, concurrency=args.concurrency, on_progress=on_progress
                    )
                )
        finally:
            if live is not None:
                live.stop()
    if args.json:
        for summary in summaries:
            io.stdout.write(json.dumps({**attrs.asdict(summary), "db": store.shown}) + "\n")
        io.stdout.flush()
        return 0
    headings = ["Ledger", "Fetched", "Inserted", "Updated", "Unchanged", "Rows now", "Requests",
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


def since_for(days: int, until: date) -> date:
    """The first day of a ``days``-long window ending ``until``."""
    return until - timedelta(days=days - 1)
