"""Many accounts in one process, each at its own 10 requests/s (figures, not a test).

An agency pulling ledgers for 10, 50, 100 and 150 accounts at once from one event loop: one
client per account, each walking 60 pages (``stream``, 4 in flight) against a fake that
counts a sliding 10 requests/s window per account (in another process, 20 ms latency). The
same pages fetched by a bare aiohttp loop spaced at the same rate run in the same session,
interleaved. Reported: the share of the summed limits reached, and the 429s. Goals: >= 0.95
at 100 accounts and >= 0.90 at 150, with no more 429s than the bare loop.

    python benchmarks/many_accounts.py [--pages 60] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

import aiohttp
import orjson
from _harness import save, served, server_stats, spread

from byteful_async import AsyncByteful

RATE = 10.0
PER_PAGE = 50


async def ours(url: str, keys: list[tuple[str, str]], pages: int) -> int:
    async def one(public: str, private: str) -> int:
        async with AsyncByteful(public, private, base_url=url, rate_limit=RATE) as client:
            search = client.residential_ledger.search(per_page=PER_PAGE)
            rows = 0
            async for _ in search.stream(4):
                rows += 1
                if rows >= pages * PER_PAGE:
                    break
            return rows

    return sum(await asyncio.gather(*(one(*k) for k in keys)))


async def bare(url: str, keys: list[tuple[str, str]], pages: int) -> int:
    """aiohttp alone: each account's pages started 1/RATE s apart (less the same 3% margin)."""
    interval = 1 / (RATE * 0.97)

    async def one(session: aiohttp.ClientSession, public: str, private: str) -> int:
        headers = {"X-API-Public-Key": public, "X-API-Private-Key": private}
        start = time.monotonic()

        async def page(number: int) -> int:
            await asyncio.sleep(max(0.0, start + (number - 1) * interval - time.monotonic()))
            target = f"{url}/public/user/residential_ledger/search"
            query = {"per_page": str(PER_PAGE), "page": str(number)}
            async with session.get(target, params=query, headers=headers) as answer:
                body = orjson.loads(await answer.read())
                return len(body.get("data", [])) if answer.status == 200 else 0

        return sum(await asyncio.gather(*(page(n) for n in range(1, pages + 1))))

    async with aiohttp.ClientSession() as session:
        return sum(await asyncio.gather(*(one(session, *k) for k in keys)))


async def run(url: str, keys: list[tuple[str, str]], pages: int, contender: str) -> dict[str, Any]:
    await asyncio.sleep(1.1)  # the windows empty between runs
    before = await server_stats(url)
    began = time.perf_counter()
    rows = await (ours if contender == "byteful-async" else bare)(url, keys, pages)
    seconds = time.perf_counter() - began
    after = await server_stats(url)
    limit = len(keys) * RATE * PER_PAGE  # rows per second the summed limits allow
    return {
        "share": rows / seconds / limit,
        "rate_limited": after["rate_limited"] - before["rate_limited"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"Many accounts in one loop: {args.pages} pages each, {RATE:g} req/s per account")
    figures: dict[str, Any] = {"pages": args.pages}
    for accounts in (10, 50, 100, 150):
        rows = args.pages * PER_PAGE
        with served("--rows", str(rows), "--latency", "0.02", "--accounts", str(accounts)) as (
            url,
            public,
            private,
        ):
            keys = [(public, private)] + [
                (f"{public}_{n}", f"{private}_{n}") for n in range(2, accounts + 1)
            ]
            results: dict[str, list[dict[str, Any]]] = {"byteful-async": [], "bare aiohttp": []}
            for _ in range(args.repeats):
                for contender in results:
                    results[contender].append(asyncio.run(run(url, keys, args.pages, contender)))
        row = {}
        for contender, runs in results.items():
            share = spread(r["share"] for r in runs)
            row[contender] = {"share": share, "rate_limited": [r["rate_limited"] for r in runs]}
            limited = row[contender]["rate_limited"]
            print(
                f"   {accounts:3d} accounts, {contender:<13}: {share['median']:.3f} of the summed "
                f"limits ({share['min']:.3f}-{share['max']:.3f}), 429s {limited}"
            )
        figures[f"{accounts} accounts"] = row
    print(f"   results: {save('many_accounts', figures)}")


if __name__ == "__main__":
    main()
