"""The logs mirror: a first sync of 7 days of logs, then an unchanged run, at 10 requests/s.

The fake runs in another process with 120 logs an hour (20,160 in its 7 days), its real
10 requests/s window, and 50 ms or 150 ms of latency. Each run syncs into a new database
(SQLite in a file, and PostgreSQL in a throw-away cluster when the server binaries are
here), then syncs again with nothing new. Beside it, the same first sync one page at a
time (``concurrency=1``), to show what the fan-out buys. Targets: the first sync at 0.90 of
the 1,000 rows/s limit or better with no 429; the unchanged run in 2 requests.

    python benchmarks/logs_mirror.py [--per-hour 120] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from _harness import save, served, server_stats, spread
from mirror import databases

from byteful_async import AsyncByteful
from byteful_async.mirror import LOGS, LedgerStore, sync_logs


async def one_run(url: str, keys: tuple[str, str], db: str, concurrency: int) -> dict[str, Any]:
    before = await server_stats(url)
    async with (
        AsyncByteful(*keys, base_url=url) as client,
        LedgerStore(db, kinds=[LOGS]) as store,
    ):
        first = await sync_logs(client, store, concurrency=concurrency)
        again = await sync_logs(client, store, overlap=timedelta(seconds=30))
    after = await server_stats(url)
    return {
        "rows": first.rows,
        "seconds": first.seconds,
        "share": first.rows / first.seconds / 1_000,
        "requests": first.requests,
        "server_429s": after.get("rate_limited", 0) - before.get("rate_limited", 0),
        "again_requests": again.requests,
        "again_seconds": again.seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-hour", type=int, default=120)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    logs = args.per_hour * 24 * 7
    print(f"Logs mirror: {logs:,} logs at 10 req/s, then an unchanged run")
    figures: dict[str, Any] = {"logs": logs}
    ways = {"fan-out": 8, "a page at a time": 1}
    with tempfile.TemporaryDirectory() as tmp, databases(Path(tmp)) as makers:
        for latency in (0.05, 0.15):
            fake = ("--logs-per-hour", str(args.per_hour), "--rows", "10")
            fake += ("--latency", str(latency))
            with served(*fake) as (url, public, private):
                for kind, make in makers.items():
                    for way, concurrency in ways.items():
                        if concurrency == 1 and kind != "sqlite":
                            continue  # the cursor's pace does not depend on the database
                        runs = [
                            asyncio.run(one_run(url, (public, private), make(), concurrency))
                            for _ in range(args.repeats)
                        ]
                        assert all(r["rows"] == logs for r in runs), "a sync lost logs"
                        share = spread(r["share"] for r in runs)
                        again = spread(r["again_seconds"] for r in runs)
                        result = {
                            "share": share,
                            "server_429s": max(r["server_429s"] for r in runs),
                            "requests": runs[0]["requests"],
                            "again_requests": max(r["again_requests"] for r in runs),
                            "again_seconds": again,
                        }
                        label = f"{kind} {int(latency * 1000)} ms, {way}"
                        figures[label] = result
                        print(
                            f"   {label:<28} first sync {share['median']:.3f} of the limit "
                            f"({share['min']:.3f}-{share['max']:.3f}), {result['requests']} "
                            f"requests, {result['server_429s']} x 429; unchanged run "
                            f"{result['again_requests']} requests in "
                            f"{again['median'] * 1000:.0f} ms"
                        )
    print(f"   results: {save('logs_mirror', figures)}")


if __name__ == "__main__":
    main()
