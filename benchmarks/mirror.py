"""The ledger mirror: backfill and incremental runs against the fake at 10 requests/s.

The fake runs in another process (so its CPU is not the client's), with a 20,000-row
residential ledger, its real 10 requests/s window and 50 ms or 150 ms of latency. Each run
backfills a new database (SQLite in a file, and PostgreSQL in a throw-away cluster when
the server binaries are here), then syncs again with nothing changed. Targets: a backfill
at 0.90 of the 1,000 rows/s limit or better with no 429; an unchanged run in 1 request and
under 1 s. dlt's figures, measured on the same fake by the issue that asked for the mirror,
are printed beside ours.

    python benchmarks/mirror.py [--rows 20000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _harness import save, served, server_stats, spread

from byteful_async import AsyncByteful
from byteful_async.mirror import LedgerStore, sync_ledger

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.servers import postgres_available, postgres_server

#: What the issue measured for dlt 1.31's rest_api source on the same fake (50 ms).
DLT = "dlt 1.31 rest_api: 53-59% of the limit, 6-20 429s a run; restarts from page 1 after a kill"


async def one_run(url: str, public: str, private: str, db: str) -> dict[str, Any]:
    before = await server_stats(url)
    async with AsyncByteful(public, private, base_url=url) as client, LedgerStore(db) as store:
        backfill = await sync_ledger(client, store, "residential")
        again = await sync_ledger(client, store, "residential")
    after = await server_stats(url)
    return {
        "rows": backfill.rows,
        "seconds": backfill.seconds,
        "share": backfill.rows / backfill.seconds / 1_000,
        "requests": backfill.requests,
        "server_429s": after.get("rate_limited", 0) - before.get("rate_limited", 0),
        "again_requests": again.requests,
        "again_seconds": again.seconds,
    }


@contextlib.contextmanager
def databases(tmp: Path) -> Iterator[dict[str, Any]]:
    """A maker of new, empty database URLs for each database kind that can run here."""
    counter = iter(range(1_000))
    makers: dict[str, Any] = {"sqlite": lambda: f"sqlite:///{tmp / f'm{next(counter)}.db'}"}
    with contextlib.ExitStack() as stack:
        if postgres_available():
            server = stack.enter_context(postgres_server())

            def new_pg() -> str:
                import asyncpg

                name = f"bench_{next(counter)}"

                async def create() -> None:
                    admin = await asyncpg.connect(server)
                    await admin.execute(f"CREATE DATABASE {name}")
                    await admin.close()

                asyncio.run(create())
                return server.rsplit("/", 1)[0] + "/" + name

            makers["postgresql"] = new_pg
        yield makers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"Ledger mirror: {args.rows:,}-row backfill at 10 req/s, then an unchanged run")
    print(f"   beside: {DLT}")
    figures: dict[str, Any] = {"rows": args.rows}
    with tempfile.TemporaryDirectory() as tmp, databases(Path(tmp)) as makers:
        for latency in (0.05, 0.15):
            with served("--rows", str(args.rows), "--latency", str(latency)) as (url, pub, priv):
                for kind, make in makers.items():
                    runs = [
                        asyncio.run(one_run(url, pub, priv, make())) for _ in range(args.repeats)
                    ]
                    share = spread(r["share"] for r in runs)
                    again = spread(r["again_seconds"] for r in runs)
                    result = {
                        "share": share,
                        "server_429s": max(r["server_429s"] for r in runs),
                        "requests": runs[0]["requests"],
                        "again_requests": max(r["again_requests"] for r in runs),
                        "again_seconds": again,
                    }
                    figures[f"{kind} {int(latency * 1000)} ms"] = result
                    print(
                        f"   {kind:<10} {latency * 1000:4.0f} ms: backfill {share['median']:.3f} "
                        f"of the limit ({share['min']:.3f}-{share['max']:.3f}), "
                        f"{result['requests']} requests, {result['server_429s']} x 429; "
                        f"unchanged run {result['again_requests']} request(s) in "
                        f"{again['median'] * 1000:.0f} ms"
                    )
    print(f"   results: {save('mirror', figures)}")


if __name__ == "__main__":
    main()
