"""The sync client beside the async one (figures, not a test).

Two measurements, each against FakeByteful in another process, the contenders taking
turns round after round:

* the cost of a call: ``residential_ledger.retrieve`` one after another with no limit and
  no latency, on ``Byteful`` (the call handed to its loop thread and waited for) and on
  ``AsyncByteful`` (awaited in a loop of this thread). Reported: microseconds of wall time
  per call and the difference. Target: the sync call costs at most 100 us more.
* the bulk fetch: 6,000 ledger rows, 100 a page, 200 ms latency, 10 requests/s, fetched
  by ``collect(concurrency=8)`` on each client. Target: the sync client at >= 0.95 of the
  limit (1,000 rows/s), as the async one.

    python benchmarks/sync.py [--rounds 7] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

from _harness import save, served, server_stats, spread

from byteful_async import AsyncByteful, Byteful

CALLS = 300
ROWS = 6_000
LIMIT_ROWS_PER_S = 1_000


def call_costs(url: str, public: str, private: str, rounds: int) -> dict[str, Any]:
    """Microseconds per retrieve on each client, interleaved round by round."""
    sync_client = Byteful(public, private, base_url=url, rate_limit=None)
    twin = AsyncByteful(public, private, base_url=url, rate_limit=None)
    loop = asyncio.new_event_loop()
    try:
        row_id = sync_client.residential_ledger.search(per_page=1).first_page().items[0]
        ident = row_id.residential_ledger_id

        async def async_round() -> float:
            started = time.perf_counter()
            for _ in range(CALLS):
                await twin.residential_ledger.retrieve(ident)
            return time.perf_counter() - started

        def sync_round() -> float:
            started = time.perf_counter()
            for _ in range(CALLS):
                sync_client.residential_ledger.retrieve(ident)
            return time.perf_counter() - started

        loop.run_until_complete(async_round())  # warm both up
        sync_round()
        times: dict[str, list[float]] = {"async": [], "sync": []}
        for _ in range(rounds):
            times["async"].append(loop.run_until_complete(async_round()) / CALLS * 1e6)
            times["sync"].append(sync_round() / CALLS * 1e6)
    finally:
        loop.run_until_complete(twin.close())
        loop.close()
        sync_client.close()
    figures: dict[str, Any] = {name: spread(us) for name, us in times.items()}
    figures["extra_us"] = spread(s - a for s, a in zip(times["sync"], times["async"], strict=True))
    return figures


def bulk_sync(url: str, public: str, private: str) -> list[str]:
    with Byteful(public, private, base_url=url) as client:
        rows = client.residential_ledger.search(per_page=100).collect(concurrency=8)
    return [r.residential_ledger_id for r in rows]


async def bulk_async(url: str, public: str, private: str) -> list[str]:
    async with AsyncByteful(public, private, base_url=url) as client:
        rows = await client.residential_ledger.search(per_page=100).collect(concurrency=8)
    return [r.residential_ledger_id for r in rows]


def bulk(server: tuple[str, str, str], repeats: int) -> dict[str, Any]:
    """Rows/s of collect(concurrency=8) on each client, runs interleaved."""
    runs: dict[str, list[dict[str, Any]]] = {"sync": [], "async": []}
    for _ in range(repeats):
        for name in runs:
            time.sleep(1.1)  # the server counts a sliding one-second window
            before = asyncio.run(server_stats(server[0]))
            started = time.perf_counter()
            ids = bulk_sync(*server) if name == "sync" else asyncio.run(bulk_async(*server))
            seconds = time.perf_counter() - started
            after = asyncio.run(server_stats(server[0]))
            runs[name].append(
                {
                    "rows_per_s": len(ids) / seconds,
                    "exactly_once": len(ids) == len(set(ids)) == ROWS,
                    "429s": after["rate_limited"] - before["rate_limited"],
                    "requests": after["requests"] - before["requests"],
                }
            )
    figures: dict[str, Any] = {}
    for name, results in runs.items():
        rates = spread(r["rows_per_s"] for r in results)
        figures[name] = {
            "rows_per_s": rates,
            "share_of_limit": {k: v / LIMIT_ROWS_PER_S for k, v in rates.items() if k != "runs"},
            "429s": sum(r["429s"] for r in results),
            "requests": sum(r["requests"] for r in results),
            "every_row_once": all(r["exactly_once"] for r in results),
        }
    return figures


def main() -> None:
    """Print the figures and save them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with served("--rows", "2000", "--rate-limit", "0") as server:
        costs = call_costs(*server, rounds=args.rounds)
    print(f"Sync vs async: {CALLS} retrieves a round, {args.rounds} interleaved rounds (median)")
    for name in ("async", "sync"):
        us = costs[name]
        print(f"   {name:5} client  {us['median']:6.0f} us/call (min {us['min']:4.0f})")
    extra = costs["extra_us"]["median"]
    verdict = "meets" if extra <= 100 else "misses"
    print(f"   the sync call costs {extra:.0f} us more ({verdict} the 100 us target)")
    with served("--rows", str(ROWS), "--latency", "0.2", "--rate-limit", "10") as server:
        fetched = bulk(server, args.repeats)
    print(f"Bulk: {ROWS:,} rows, collect(concurrency=8), 200 ms latency, 10 req/s")
    for name, f in fetched.items():
        share = f["share_of_limit"]["median"]
        print(
            f"   {name:5} client  {f['rows_per_s']['median']:5.0f} rows/s  {share:6.1%} of the "
            f"limit  429s {f['429s']}/{f['requests']}  "
            f"{'every row once' if f['every_row_once'] else 'ROWS LOST OR DOUBLED'}"
        )
    print(f"   results: {save('sync', {'calls': costs, 'bulk': fetched})}")


if __name__ == "__main__":
    main()
