"""Bulk ledger fetch at the real rate limit (figures, not a test).

6,000 residential ledger rows, 100 a page, from FakeByteful in another process answering after
200 ms and allowing 10 requests/s (1,000 rows/s at most). byteful-async ``collect`` and
``stream`` at concurrency 1, 4, 8 and 16, and the peer SDK (``byteful-sdk``, sync) walking the
same pages. Every configuration runs ``--repeats`` times, interleaved with the others; the
server's one-second window is left to empty between runs. Reports rows/s (median, min, max),
the share of the limit, and the 429s the server sent. Target: >= 0.95 of the limit with
<= 1% of requests answered 429.

    python benchmarks/bulk.py [--repeats 5] [--skip-peer]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

from _harness import PeerClient, save, served, server_stats, spread

from byteful_async import AsyncByteful

ROWS = 6_000
LIMIT_ROWS_PER_S = 1_000
CONCURRENCY = (1, 4, 8, 16)


async def ours(url: str, public: str, private: str, mode: str, concurrency: int) -> list[str]:
    async with AsyncByteful(public, private, base_url=url) as client:
        search = client.residential_ledger.search(per_page=100)
        if mode == "collect":
            rows = await search.collect(concurrency=concurrency)
            return [r.residential_ledger_id for r in rows]
        return [r.residential_ledger_id async for r in search.stream(concurrency=concurrency)]


def peer(url: str, public: str, private: str) -> list[str]:
    assert PeerClient is not None
    client = PeerClient(public, private, base_url=url)
    ids: list[str] = []
    page = 0
    while True:
        page += 1
        result = client.residential_ledger_search(per_page=100, page=page)
        ids += [row.residential_ledger_id for row in result.data]
        if not result.has_more:
            return ids


async def one_run(server: tuple[str, str, str], contender: str) -> dict[str, Any]:
    await asyncio.sleep(1.1)  # the server counts a sliding one-second window
    before = await server_stats(server[0])
    started = time.perf_counter()
    if contender == "peer":
        ids = peer(*server)
    else:
        mode, concurrency = contender.split("@")
        ids = await ours(*server, mode, int(concurrency))
    seconds = time.perf_counter() - started
    after = await server_stats(server[0])
    return {
        "rows": len(ids),
        "exactly_once": len(ids) == len(set(ids)) == ROWS,
        "rows_per_s": len(ids) / seconds,
        "requests": after["requests"] - before["requests"],
        "429s": after["rate_limited"] - before["rate_limited"],
    }


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    rates = spread(r["rows_per_s"] for r in runs)
    requests = sum(r["requests"] for r in runs)
    limited = sum(r["429s"] for r in runs)
    return {
        "rows_per_s": rates,
        "share_of_limit": {k: v / LIMIT_ROWS_PER_S for k, v in rates.items() if k != "runs"},
        "requests": requests,
        "429s": limited,
        "429_share": limited / requests if requests else 0.0,
        "every_row_once": all(r["exactly_once"] for r in runs),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-peer", action="store_true", help="leave out the peer SDK")
    args = parser.parse_args()
    contenders = [f"{mode}@{n}" for mode in ("collect", "stream") for n in CONCURRENCY]
    if PeerClient is not None and not args.skip_peer:
        contenders.append("peer")
    print(
        f"Bulk: {ROWS:,} ledger rows, 200 ms latency, 10 req/s limit "
        f"({LIMIT_ROWS_PER_S:,} rows/s), {args.repeats} interleaved runs each"
    )
    runs: dict[str, list[dict[str, Any]]] = {c: [] for c in contenders}
    with served("--rows", str(ROWS), "--latency", "0.2", "--rate-limit", "10") as server:
        for _ in range(args.repeats):
            for contender in contenders:
                runs[contender].append(await one_run(server, contender))
    figures = {contender: summarise(results) for contender, results in runs.items()}
    for contender, f in figures.items():
        name = "peer byteful-sdk page walk" if contender == "peer" else contender
        name = name.replace("@", " @ ")
        rate, share = f["rows_per_s"], f["share_of_limit"]
        print(
            f"   {name:28} {rate['median']:5.0f} rows/s (min {rate['min']:4.0f}, max "
            f"{rate['max']:4.0f})  {share['median']:6.1%} of the limit  "
            f"429s {f['429s']}/{f['requests']} ({f['429_share']:.1%})  "
            f"{'every row once' if f['every_row_once'] else 'ROWS LOST OR DOUBLED'}"
        )
    if "peer" in figures:
        best = max(
            (c for c in figures if c != "peer"),
            key=lambda c: figures[c]["rows_per_s"]["median"],
        )
        ratio = figures[best]["rows_per_s"]["median"] / figures["peer"]["rows_per_s"]["median"]
        print(f"   {best.replace('@', ' @ ')} is {ratio:.2f}x the peer (medians)")
    print(f"   results: {save('bulk', figures)}")


if __name__ == "__main__":
    asyncio.run(main())
