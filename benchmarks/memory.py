"""Memory and scaling of a long ledger walk (figures, not tests).

For 10k, 100k and 1M ledger rows served by FakeByteful in another process (no limit, no
latency), a fresh client process walks every row with ``async for`` and reports rows/s and
its peak RSS growth over its own state after the first page; each size ``--repeats`` times
(median, min, max). The target: under 50 MB at 1M rows (nothing accumulates) and a flat
cost per row across sizes.

    python benchmarks/memory.py [--sizes 10000,100000,1000000] [--repeats 5]
                                [--mode iterate|stream]

``--mode stream`` walks with ``stream(concurrency=8)`` instead; that keeps one id per row
for de-duplication, so its memory grows with the row count by design.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from typing import Any

from _harness import save, served, spread

from byteful_async import AsyncByteful


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


async def _walk(url: str, public: str, private: str, mode: str) -> dict[str, float]:
    async with AsyncByteful(public, private, base_url=url, rate_limit=None) as client:
        search = client.residential_ledger.search(per_page=100)
        await search  # sessions, caches and compiled decoders exist from here on
        start_mb = _rss_mb()
        started = time.perf_counter()
        rows = 0
        source = search if mode == "iterate" else search.stream(concurrency=8)
        async for _ in source:
            rows += 1
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "rows": rows,
        "seconds": seconds,
        "rows_per_s": rows / seconds,
        "us_per_row": seconds / rows * 1e6,
        "start_mb": start_mb,
        "peak_mb": peak_mb,
        "growth_mb": peak_mb - start_mb,
    }


def measure(size: int, mode: str, repeats: int) -> list[dict[str, float]]:
    """Serve ``size`` rows; walk them ``repeats`` times, each from a fresh process."""
    runs = []
    with served("--rows", str(size), "--rate-limit", "0") as server:
        for _ in range(repeats):
            child = subprocess.run(
                [sys.executable, __file__, "--child", mode, *server],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(child.stdout))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--mode", choices=("iterate", "stream"), default="iterate")
    parser.add_argument("--child", nargs=4, metavar=("MODE", "URL", "PK", "SK"))
    args = parser.parse_args()
    if args.child:
        mode, url, public, private = args.child
        print(json.dumps(asyncio.run(_walk(url, public, private, mode))))
        return
    label = "async for" if args.mode == "iterate" else "stream(concurrency=8)"
    print(
        f"Memory and scaling: {label} over the residential ledger, no limit, no latency; "
        f"{args.repeats} runs per size (median, min-max)"
    )
    figures: dict[str, Any] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        runs = measure(size, args.mode, args.repeats)
        assert all(r["rows"] == size for r in runs), runs
        f = figures[str(size)] = {
            key: spread(r[key] for r in runs)
            for key in ("rows_per_s", "us_per_row", "peak_mb", "growth_mb")
        }
        us, growth = f["us_per_row"], f["growth_mb"]
        print(
            f"   {size:>9,} rows  {f['rows_per_s']['median']:7,.0f} rows/s  "
            f"{us['median']:5.1f} us/row ({us['min']:.1f}-{us['max']:.1f})  "
            f"peak RSS {f['peak_mb']['median']:5.1f} MB, +{growth['median']:.1f} MB over the "
            f"start (max +{growth['max']:.1f})"
        )
    print(f"   results: {save('memory' if args.mode == 'iterate' else 'memory-stream', figures)}")


if __name__ == "__main__":
    main()
