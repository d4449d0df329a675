"""One account, several processes, one limit through Redis (figures, not a test).

A real redis-server and a fake Byteful API (10 requests/s per account, a sliding window, 20
ms latency) on this machine; 4 and then 8 worker processes each stream the account's ledger
for ``--seconds`` with 4 pages in flight, sharing the limit through a ``RedisLimiter``.
Reported: requests the API accepted per second, 429s, the most requests the server saw in
any one-second window, and what one acquire costs in Redis round trips (p50, p99). Beside
them, this issue's anchors: each process with its own in-process limiter got 8.00 accepted
requests/s and 28.6% 429s; ``limits`` and ``pyrate-limiter`` on Redis 9.80 and 9.50.
Targets: >= 9.7 accepted/s, 0 429s, at most 10 in any second, p50 <= 200 us, p99 <= 500 us.

    python benchmarks/shared_limit.py [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from _harness import save

from byteful_async.testing import FakeByteful, FakeThread

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.servers import redis_server

WORKER = """
import asyncio, json, sys, time
from byteful_async import AsyncByteful, RedisLimiter

class Timed(RedisLimiter):
    costs = []
    pings = []  # a bare PING right after each acquire: what a round trip costs on this load
    async def acquire(self):
        script = self._acquire
        async def timed(*args, **kwargs):
            began = time.perf_counter()
            try:
                return await script(*args, **kwargs)
            finally:
                Timed.costs.append(time.perf_counter() - began)
        self._acquire = timed
        try:
            await super().acquire()
        finally:
            self._acquire = script
        began = time.perf_counter()
        await self._redis.ping()
        Timed.pings.append(time.perf_counter() - began)

async def main():
    base, public, private, url, seconds = sys.argv[1:6]
    limiter = Timed(url, public, 10)
    client = AsyncByteful(public, private, base_url=base, rate_limiter=limiter, max_retries=5)
    async with client as c:
        began = time.monotonic()
        end = began + float(seconds)
        rows = 0
        while time.monotonic() < end:
            async for _ in c.residential_ledger.search(per_page=100).stream(4):
                rows += 1
                if time.monotonic() >= end:
                    break
        ended = time.monotonic()
    await limiter.close()
    print(json.dumps({"rows": rows, "costs": Timed.costs, "pings": Timed.pings, "began": began,
                      "ended": ended}))

asyncio.run(main())
"""


async def run(processes: int, seconds: float, url: str) -> dict[str, Any]:
    server = FakeByteful(residential_rows=20_000, rate_limit=10, latency=0.02)
    server.warm()
    with FakeThread(server):
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        workers = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", WORKER, server.url, server.public_key, server.private_key,
                url, str(seconds), stdout=asyncio.subprocess.PIPE, env=env,
            )
            for _ in range(processes)
        ]  # fmt: skip
        outputs = [json.loads((await w.communicate())[0]) for w in workers]
        requests = list(server.requests)
    arrived = sorted(r.at for r in requests)
    # The steady state: from a second after the last worker was up to when the first one
    # stopped (time.monotonic is one clock for every process here). Outside it, fewer
    # processes share the limit, and a stopping one leaves the slots it was granted unused.
    begin = max(o["began"] for o in outputs) + 1.0
    end = min(o["ended"] for o in outputs)
    span = max(end - begin, 1e-9)
    accepted = sum(1 for r in requests if r.status == 200 and begin <= r.at < end)
    costs = sorted(c for o in outputs for c in o["costs"])
    pings = sorted(c for o in outputs for c in o["pings"])
    return {
        "processes": processes,
        "accepted_per_second": accepted / span,
        "rate_limited": sum(1 for r in requests if r.status == 429),
        "steady_seconds": span,
        "most_in_a_second": max(sum(1 for t in arrived if s <= t < s + 1) for s in arrived),
        "acquire_p50_us": statistics.median(costs) * 1e6,
        "acquire_p99_us": costs[int(len(costs) * 0.99) - 1] * 1e6,
        "ping_p50_us": statistics.median(pings) * 1e6,
        "ping_p99_us": pings[int(len(pings) * 0.99) - 1] * 1e6,
        "requests": len(requests),
    }


async def script_alone(url: str, calls: int = 2_000) -> dict[str, float]:
    """One process, nothing else running: what the acquire script costs by itself."""
    from byteful_async import RedisLimiter

    limiter = RedisLimiter(url, "pk_bench_alone", 1e6)  # never has to wait
    costs = []
    for _ in range(calls):
        began = time.perf_counter()
        await limiter.acquire()  # the whole public path: one script call when Redis is up
        costs.append(time.perf_counter() - began)
    await limiter.close()
    costs.sort()
    return {"p50_us": statistics.median(costs) * 1e6, "p99_us": costs[int(calls * 0.99)] * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    print(f"One account, shared through Redis: {args.seconds:g} s per run")
    print("   anchors: in-process limiter per process 8.00/s, 28.6% 429s; limits 9.80; "
          "pyrate-limiter 9.50")  # fmt: skip
    figures: dict[str, Any] = {"seconds": args.seconds}
    with redis_server() as (url, _):
        alone = asyncio.run(script_alone(url))
        figures["script_alone"] = alone
        print(f"   the acquire script alone: p50 {alone['p50_us']:.0f} us, "
              f"p99 {alone['p99_us']:.0f} us")  # fmt: skip
        for processes in (4, 8):
            result = asyncio.run(run(processes, args.seconds, url))
            figures[f"{processes} processes"] = result
            print(
                f"   {processes} processes: {result['accepted_per_second']:.2f} accepted/s, "
                f"{result['rate_limited']} x 429, at most {result['most_in_a_second']} in a "
                f"second, acquire p50 {result['acquire_p50_us']:.0f} us, "
                f"p99 {result['acquire_p99_us']:.0f} us (a PING at the same moments: p50 "
                f"{result['ping_p50_us']:.0f} us, p99 {result['ping_p99_us']:.0f} us; "
                f"{result['requests']} requests)"
            )
    print(f"   results: {save('shared_limit', figures)}")


if __name__ == "__main__":
    main()
