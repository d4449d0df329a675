"""What one search page costs the fake server (figures, not a test).

A 100,000-row residential ledger; the account answers pages directly (no HTTP), so the
figure is the server's own CPU per page. Three queries: a plain page (computed from its
number), a filtered page (a date range and a reason), and the same filters sorted newest
first. Each run asks with a date no earlier run used, so nothing of an earlier answer is
reused; the first page and the median of the later ones are reported. The indexes the
filters use are built by the first query after the table changes: that cost is reported on
its own. Target: a filtered, sorted page under 5 ms.

    python benchmarks/fake_pages.py [--rows 100000] [--pages 50] [--repeats 5]
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from typing import Any

from _harness import save, spread

from byteful_async.testing import FakeByteful

QUERIES = {
    "plain": {},
    "filtered": {
        "min_residential_ledger_period_date": "2026-03-01",
        "residential_ledger_reason": "usage",
    },
    "filtered, sorted": {
        "min_residential_ledger_period_date": "2026-03-01",
        "residential_ledger_reason": "usage",
        "sort_by": "residential_ledger_creation_datetime_desc",
    },
}


def walk(server: FakeByteful, query: dict[str, str], pages: int) -> tuple[float, float]:
    """(ms of CPU for page 1, median ms for pages 2..pages) of one query."""
    costs = []
    for number in range(1, pages + 1):
        started = time.process_time()
        status, body = server.account.handle(
            "residential_ledger.search",
            {**query, "per_page": "100", "page": str(number)},
            None,
            None,
        )
        costs.append((time.process_time() - started) * 1000)
        assert status == 200 and body["data"], (number, body.get("total_count"))
    later = sorted(costs[1:]) or [0.0]
    return costs[0], later[len(later) // 2]


def _fresh(query: dict[str, str], run: int) -> dict[str, str]:
    """``query`` with a start date of its own for this run."""
    if "min_residential_ledger_period_date" not in query:
        return query
    return {**query, "min_residential_ledger_period_date": f"2026-02-{run:02d}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    server = FakeByteful(residential_rows=args.rows, end_date=date(2026, 11, 30))
    started = time.process_time()
    server.residential.rows()  # built once per server, as a filtered search would
    build = (time.process_time() - started) * 1000
    print(
        f"Fake server page cost: {args.rows:,}-row ledger, {args.pages} pages of 100 per query, "
        f"{args.repeats} runs (median, min-max); rows built once in {build:,.0f} ms"
    )
    started = time.process_time()
    walk(server, QUERIES["filtered, sorted"], 1)
    indexes = (time.process_time() - started) * 1000
    print(f"   indexes built by the first query after a change: {indexes:,.0f} ms")
    figures: dict[str, Any] = {"rows": args.rows, "build_ms": build, "index_ms": indexes}
    for label, query in QUERIES.items():
        runs = [walk(server, _fresh(query, run), args.pages) for run in range(1, args.repeats + 1)]
        first, later = spread(r[0] for r in runs), spread(r[1] for r in runs)
        figures[label] = {"first_page_ms": first, "later_page_ms": later}
        print(
            f"   {label:<17} first page {first['median']:7.2f} ms ({first['min']:.2f}-"
            f"{first['max']:.2f})   later pages {later['median']:5.2f} ms "
            f"({later['min']:.2f}-{later['max']:.2f})"
        )
    print(f"   results: {save('fake_pages', figures)}")


if __name__ == "__main__":
    main()
