"""Many accounts in one process, each at its own 10 requests/s (figures, not a test).

An agency pulling ledgers for 10, 50, 100 and 150 accounts at once from one event loop: one
client per account, each walking 60 pages (``stream``, 4 in flight) against a fake that
counts a sliding 10 requests/s window per account (in another process, 20 ms latency). The
same pages fetched by a bare aiohttp loop spaced at the same rate run in the same session,
interleaved, and the same loop again building the SDK's models from each page (what any
typed client must do: it shows how much of the gap is the models and how much the SDK).
Reported: the share of the summed limits reached, the 429s, and this process's CPU per
request. Goals: >= 0.95 at 100 accounts and >= 0.90 at 150, with no more 429s than the bare
loop.

    python benchmarks/many_accounts.py [--pages 60] [--repeats 3] [--accounts 100 150]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

import aiohttp
import orjson
from _harness import save, served, server_stats, spread

from byteful_async import AsyncByteful, ResidentialLedger
from byteful_async._calls._converter import structure

RATE = 10.0
PER_PAGE = 50
OURS = "byteful-async"
BARE = "bare aiohttp"
MODELS = "bare aiohttp + models"


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


async def bare(url: str, keys: list[tuple[str, str]], pages: int, models: bool = False) -> int:
    """aiohttp alone: each account's pages started 1/RATE s apart (less the same 3% margin).

    With ``models``, each page's rows are also built into the SDK's models (not kept).
    """
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
                if answer.status != 200:
                    return 0
                if models:
                    return len(structure(body["data"], list[ResidentialLedger]))
                return len(body.get("data", []))

        return sum(await asyncio.gather(*(page(n) for n in range(1, pages + 1))))

    async with aiohttp.ClientSession() as session:
        return sum(await asyncio.gather(*(one(session, *k) for k in keys)))


async def run(url: str, keys: list[tuple[str, str]], pages: int, contender: str) -> dict[str, Any]:
    await asyncio.sleep(1.1)  # the windows empty between runs
    before = await server_stats(url)
    began, cpu = time.perf_counter(), time.process_time()
    if contender == OURS:
        rows = await ours(url, keys, pages)
    else:
        rows = await bare(url, keys, pages, models=contender == MODELS)
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    after = await server_stats(url)
    limit = len(keys) * RATE * PER_PAGE  # rows per second the summed limits allow
    return {
        "share": rows / seconds / limit,
        "rate_limited": after["rate_limited"] - before["rate_limited"],
        "cpu_us_per_request": cpu / max(1, after["requests"] - before["requests"]) * 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--accounts", type=int, nargs="+", default=[10, 50, 100, 150])
    args = parser.parse_args()
    print(f"Many accounts in one loop: {args.pages} pages each, {RATE:g} req/s per account")
    figures: dict[str, Any] = {"pages": args.pages}
    for accounts in args.accounts:
        rows = args.pages * PER_PAGE
        with served("--rows", str(rows), "--latency", "0.02", "--accounts", str(accounts)) as (
            url,
            public,
            private,
        ):
            keys = [(public, private)] + [
                (f"{public}_{n}", f"{private}_{n}") for n in range(2, accounts + 1)
            ]
            results: dict[str, list[dict[str, Any]]] = {OURS: [], BARE: [], MODELS: []}
            for _ in range(args.repeats):
                for contender in results:
                    results[contender].append(asyncio.run(run(url, keys, args.pages, contender)))
        row = {}
        for contender, runs in results.items():
            share = spread(r["share"] for r in runs)
            cpu = spread(r["cpu_us_per_request"] for r in runs)
            row[contender] = {
                "share": share,
                "rate_limited": [r["rate_limited"] for r in runs],
                "cpu_us_per_request": cpu,
            }
            limited = row[contender]["rate_limited"]
            print(
                f"   {accounts:3d} accounts, {contender:<21}: {share['median']:.3f} of the summed "
                f"limits ({share['min']:.3f}-{share['max']:.3f}), 429s {limited}, "
                f"CPU {cpu['median']:.0f} us/request"
            )
        figures[f"{accounts} accounts"] = row
    print(f"   results: {save('many_accounts', figures)}")


if __name__ == "__main__":
    main()
