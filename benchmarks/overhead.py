"""Per-request overhead with no limit and no latency (figures, not a test).

FakeByteful runs in another process, so the CPU time taken here is the client's own. Two
calls, one request after another: ``retrieve`` (one ledger row) and a one-page ``search``
(100 rows), each decoded into models. Against each: a bare aiohttp loop (the same GET, then
``json.loads``, no models) and the peer SDK (``byteful-sdk``, sync, ``requests``). The
contenders take turns, round after round (``--rounds``, at least 5); each reports requests/s
(median, min, max over the rounds) and client CPU per request. Targets: >= 0.95x the bare
loop's requests/s on retrieve and >= 0.90x on search, and >= 2.5x the peer's.

    python benchmarks/overhead.py [--rounds 9] [--skip-peer]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from _harness import PeerClient, save, served, spread

from byteful_async import AsyncByteful

BARE = "bare aiohttp + json.loads"
OURS = "byteful-async"
PEER = "peer byteful-sdk"
PER_ROUND = {"retrieve": 300, "search": 150}


async def measure(
    url: str, public: str, private: str, rounds: int, with_peer: bool
) -> dict[str, Any]:
    headers = {"X-API-Public-Key": public, "X-API-Private-Key": private}
    async with (
        aiohttp.ClientSession() as session,
        AsyncByteful(public, private, base_url=url, rate_limit=None) as client,
    ):
        page = await client.residential_ledger.search(per_page=100)
        row_id = page.items[0].residential_ledger_id
        paths = {
            "retrieve": f"/public/user/residential_ledger/retrieve/{row_id}",
            "search": "/public/user/residential_ledger/search?per_page=100&page=1",
        }
        peer = PeerClient(public, private, base_url=url, rate_limiter=None) if with_peer else None

        def bare(path: str) -> Callable[[], Awaitable[None]]:
            async def call() -> None:
                async with session.get(url + path, headers=headers) as response:
                    json.loads(await response.read())

            return call

        async def ours_retrieve() -> None:
            await client.residential_ledger.retrieve(row_id)

        async def ours_search() -> None:
            await client.residential_ledger.search(per_page=100)

        async def peer_retrieve() -> None:
            assert peer is not None
            peer.residential_ledger_retrieve(row_id)

        async def peer_search() -> None:
            assert peer is not None
            peer.residential_ledger_search(per_page=100, page=1)

        calls: dict[str, dict[str, Callable[[], Awaitable[None]]]] = {
            "retrieve": {BARE: bare(paths["retrieve"]), OURS: ours_retrieve},
            "search": {BARE: bare(paths["search"]), OURS: ours_search},
        }
        if peer is not None:
            calls["retrieve"][PEER] = peer_retrieve
            calls["search"][PEER] = peer_search
        figures: dict[str, Any] = {}
        for operation, contenders in calls.items():
            count = PER_ROUND[operation]
            rates: dict[str, list[float]] = {name: [] for name in contenders}
            cpu: dict[str, list[float]] = {name: [] for name in contenders}
            for call in contenders.values():  # warm connections, caches, compiled decoders
                for _ in range(20):
                    await call()
            for _ in range(rounds):
                for name, call in contenders.items():
                    wall, proc = time.perf_counter(), time.process_time()
                    for _ in range(count):
                        await call()
                    wall, proc = time.perf_counter() - wall, time.process_time() - proc
                    rates[name].append(count / wall)
                    cpu[name].append(proc / count * 1e6)
            result = {
                name: {"req_per_s": spread(rates[name]), "cpu_us_per_req": spread(cpu[name])}
                for name in contenders
            }
            for name in contenders:
                result[name]["vs_bare"] = _ratio(rates[name], rates[BARE])
                if PEER in contenders:
                    result[name]["vs_peer"] = _ratio(rates[name], rates[PEER])
            figures[operation] = result
    return figures


def _ratio(ours: list[float], theirs: list[float]) -> dict[str, float]:
    """Ratio of medians, and the ratio of each round's pair (median, min, max)."""
    pairs = spread(a / b for a, b in zip(ours, theirs, strict=True))
    return {"of_medians": spread(ours)["median"] / spread(theirs)["median"], **pairs}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--skip-peer", action="store_true", help="leave out the peer SDK")
    args = parser.parse_args()
    with_peer = PeerClient is not None and not args.skip_peer
    print(
        f"Overhead: one request after another, no limit, no latency; {args.rounds} interleaved "
        "rounds (median, min-max)"
    )
    with served("--rows", "6000", "--rate-limit", "0") as server:
        figures = await measure(*server, rounds=args.rounds, with_peer=with_peer)
    for operation, contenders in figures.items():
        label = "retrieve (1 row)" if operation == "retrieve" else "search (1 page, 100 rows)"
        print(f"   {label}")
        for name, f in contenders.items():
            rate, cpu = f["req_per_s"], f["cpu_us_per_req"]
            line = (
                f"      {name:26} {rate['median']:5.0f} req/s ({rate['min']:4.0f}-"
                f"{rate['max']:4.0f})  {cpu['median']:5.0f} us CPU/req (min {cpu['min']:4.0f})"
            )
            if name != BARE:
                line += f"  {f['vs_bare']['of_medians']:.2f}x bare"
            if name == OURS and "vs_peer" in f:
                line += f", {f['vs_peer']['of_medians']:.2f}x peer"
            print(line)
    print(f"   results: {save('overhead', figures)}")


if __name__ == "__main__":
    asyncio.run(main())
