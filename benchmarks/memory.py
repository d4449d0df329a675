"""Memory and scaling of a long ledger walk (figures, not tests).

For 10k, 100k and 1M ledger rows served by FakeByteful in another process (no limit, no
latency), a fresh client process walks every row with ``async for`` and reports rows/s and
its peak RSS growth over its own state after the first page. The target: under 50 MB at 1M
rows (nothing accumulates) and a flat cost per row across sizes.

    python benchmarks/memory.py [--sizes 10000,100000,1000000] [--mode iterate|stream]

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

# Run as a script, so this folder is on sys.path: the server helper is shared with client.py.
from client import served

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


def measure(size: int, mode: str) -> dict[str, float]:
    """Serve ``size`` rows and walk them from a fresh process; its figures."""
    with served("--rows", str(size), "--rate-limit", "0") as server:
        child = subprocess.run(
            [sys.executable, __file__, "--child", mode, *server],
            capture_output=True,
            text=True,
            check=True,
        )
    result: dict[str, float] = json.loads(child.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--mode", choices=("iterate", "stream"), default="iterate")
    parser.add_argument("--child", nargs=4, metavar=("MODE", "URL", "PK", "SK"))
    args = parser.parse_args()
    if args.child:
        mode, url, public, private = args.child
        print(json.dumps(asyncio.run(_walk(url, public, private, mode))))
        return
    label = "async for" if args.mode == "iterate" else "stream(concurrency=8)"
    print(f"Memory and scaling: {label} over the residential ledger, no limit, no latency")
    for size in (int(s) for s in args.sizes.split(",")):
        r = measure(size, args.mode)
        print(
            f"   {r['rows']:>9,.0f} rows  {r['seconds']:6.1f} s  {r['rows_per_s']:7,.0f} rows/s  "
            f"{r['us_per_row']:5.1f} us/row  peak RSS {r['peak_mb']:5.1f} MB "
            f"(+{r['growth_mb']:.1f} MB over the start)"
        )


if __name__ == "__main__":
    main()
