"""Client benchmarks against FakeByteful running in another process (figures, not tests).

1. Bulk: ``collect(concurrency=8)`` of 6,000 ledger rows with 200 ms latency and the real
   10 requests/s limit: rows/s, share of the limit, 429s. The peer SDK (``byteful-sdk``, sync)
   walks the same pages for reference.
2. Overhead: no limit, no latency; a one-page search of 100 rows decoded into models, one
   request after another. byteful-async vs a bare aiohttp loop (same GET, json.loads, no
   models) vs the peer SDK, in interleaved rounds; median and best round each.

Run with ``make bench`` (or ``python benchmarks/client.py [--skip-peer]``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import aiohttp

from byteful_async import AsyncByteful

try:
    from byteful import BytefulClient as PeerClient
except ImportError:  # the peer is a bench-only dependency
    PeerClient = None


@contextlib.contextmanager
def served(*args: str) -> Iterator[tuple[str, str, str]]:
    """Start ``python -m byteful_async.testing ARGS`` and yield (url, public key, private key)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "byteful_async.testing", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url, public, private = process.stdout.readline().split()
        yield url, public, private
    finally:
        process.terminate()
        process.wait(timeout=10)


async def stats(url: str) -> dict[str, int]:
    stats_url = url.removesuffix("/1.0") + "/_fake/stats"
    async with aiohttp.ClientSession() as session, session.get(stats_url) as response:
        return dict(await response.json())


async def bulk(url: str, public: str, private: str, concurrency: int) -> dict[str, Any]:
    before = await stats(url)
    async with AsyncByteful(public, private, base_url=url) as client:
        started = time.perf_counter()
        rows = await client.residential_ledger.search(per_page=100).collect(concurrency=concurrency)
        seconds = time.perf_counter() - started
    after = await stats(url)
    requests = after["requests"] - before["requests"]
    limited = after["rate_limited"] - before["rate_limited"]
    distinct = len({r.residential_ledger_id for r in rows})
    return {
        "rows": len(rows),
        "distinct": distinct,
        "seconds": seconds,
        "rows_per_s": len(rows) / seconds,
        "requests": requests,
        "429s": limited,
    }


def peer_walk(url: str, public: str, private: str) -> dict[str, Any]:
    client = PeerClient(public, private, base_url=url)
    started = time.perf_counter()
    rows = page = 0
    while True:
        page += 1
        result = client.residential_ledger_search(per_page=100, page=page)
        rows += len(result.data)
        if not result.has_more:
            break
    seconds = time.perf_counter() - started
    return {"rows": rows, "seconds": seconds, "rows_per_s": rows / seconds}


async def overhead(
    url: str, public: str, private: str, rounds: int, per_round: int
) -> dict[str, Any]:
    path = f"{url}/public/user/residential_ledger/search?per_page=100&page=1"
    headers = {"X-API-Public-Key": public, "X-API-Private-Key": private}
    rates: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    async with (
        aiohttp.ClientSession() as session,
        AsyncByteful(public, private, base_url=url, rate_limit=None) as client,
    ):
        peer = PeerClient(public, private, base_url=url, rate_limiter=None) if PeerClient else None

        async def bare() -> None:
            async with session.get(path, headers=headers) as response:
                json.loads(await response.read())

        async def ours() -> None:
            await client.residential_ledger.search(per_page=100)

        async def theirs() -> None:
            assert peer is not None
            peer.residential_ledger_search(per_page=100, page=1)

        contenders = {"bare aiohttp + json.loads": bare, "byteful-async": ours}
        if peer is not None:
            contenders["peer byteful-sdk"] = theirs
        for call in contenders.values():  # warm connections and caches
            for _ in range(20):
                await call()
        for _ in range(rounds):
            for name, call in contenders.items():
                wall, proc = time.perf_counter(), time.process_time()
                for _ in range(per_round):
                    await call()
                wall, proc = time.perf_counter() - wall, time.process_time() - proc
                rates.setdefault(name, []).append(per_round / wall)
                cpu.setdefault(name, []).append(proc / per_round * 1e6)
    return {
        name: {
            "req_per_s": statistics.median(rates[name]),
            "best_req_per_s": max(rates[name]),
            "cpu_us_per_req": statistics.median(cpu[name]),
        }
        for name in rates
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-peer", action="store_true", help="leave out the peer SDK")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    global PeerClient
    if args.skip_peer:
        PeerClient = None

    print("1. Bulk: 6,000 ledger rows, 200 ms latency, 10 req/s limit (server in another process)")
    with served("--rows", "6000", "--latency", "0.2", "--rate-limit", "10") as server:
        result = await bulk(*server, concurrency=8)
        share = result["rows_per_s"] / 1000
        print(
            f"   byteful-async collect(concurrency=8): {result['rows']} rows "
            f"({result['distinct']} distinct) in {result['seconds']:.2f} s = "
            f"{result['rows_per_s']:.0f} rows/s, {share:.1%} of the limit; "
            f"{result['requests']} requests, {result['429s']} answered 429 "
            f"({result['429s'] / max(1, result['requests']):.1%})"
        )
        if PeerClient is not None:
            await asyncio.sleep(1.1)  # let the server's window empty
            peer = peer_walk(*server)
            print(
                f"   peer byteful-sdk page walk: {peer['rows']} rows in {peer['seconds']:.2f} s = "
                f"{peer['rows_per_s']:.0f} rows/s; byteful-async is "
                f"{result['rows_per_s'] / peer['rows_per_s']:.2f}x"
            )

    print(
        f"2. Overhead: one-page search (100 rows), sequential, no limit, no latency; "
        f"median (best) of {args.rounds} interleaved rounds"
    )
    with served("--rows", "6000", "--rate-limit", "0") as server:
        figures = await overhead(*server, rounds=args.rounds, per_round=150)
    bare = figures["bare aiohttp + json.loads"]
    for name, figure in figures.items():
        print(
            f"   {name:28} {figure['req_per_s']:5.0f} ({figure['best_req_per_s']:5.0f}) req/s  "
            f"{figure['cpu_us_per_req']:6.0f} us CPU/req  "
            f"{figure['req_per_s'] / bare['req_per_s']:5.2f}x "
            f"({figure['best_req_per_s'] / bare['best_req_per_s']:.2f}x) bare"
        )
    if "peer byteful-sdk" in figures:
        ours, peer = figures["byteful-async"], figures["peer byteful-sdk"]
        print(
            f"   byteful-async vs peer: {ours['req_per_s'] / peer['req_per_s']:.2f}x "
            f"({ours['best_req_per_s'] / peer['best_req_per_s']:.2f}x best)"
        )


if __name__ == "__main__":
    asyncio.run(main())
