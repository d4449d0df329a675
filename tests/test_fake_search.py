"""The fake server's searches: the bitmap index answers exactly what a scan of the rows does."""

from __future__ import annotations

from typing import Any

import pytest

from byteful_async.testing import FakeByteful
from byteful_async.testing._index import SMALLEST

LEDGER = "residential_ledger.search"
QUERIES: list[dict[str, str]] = [
    {},
    {"residential_ledger_reason": "usage"},
    {"not_residential_ledger_reason": "usage"},
    {"min_residential_ledger_period_date": "2026-06-01"},
    {"max_residential_ledger_period_date": "2026-06-01", "residential_ledger_reason": "top_up"},
    {"residential_ledger_period_date": "2026-07-14"},
    {
        "min_residential_ledger_creation_datetime": "2026-03-01 00:00:00",
        "max_residential_ledger_creation_datetime": "2026-09-30 23:59:59",
        "residential_ledger_reason": "usage",
        "sort_by": "residential_ledger_creation_datetime_desc",
    },
    {"sort_by": "residential_ledger_creation_datetime"},
    {"sort_by": "residential_ledger_last_update_datetime_desc"},
    {"min_residential_ledger_last_update_datetime": "2026-11-01 00:00:00"},
    # Not served by the index (a range on a column that goes up and down, a like_, a sort
    # with ties): the scan answers these, and must agree with itself.
    {"min_residential_ledger_bytes": "0"},
    {"like_service_id": "api-1955%01"},
    {"sort_by": "residential_ledger_period_date_desc"},
]


@pytest.fixture(scope="module")
def world() -> FakeByteful:
    from datetime import date

    return FakeByteful(residential_rows=3 * SMALLEST, end_date=date(2026, 11, 30))


def _page(world: FakeByteful, query: dict[str, str], page: int) -> dict[str, Any]:
    status, body = world.account.handle(
        LEDGER, {**query, "page": str(page), "per_page": "100"}, None, None
    )
    assert status == 200
    return body  # type: ignore[no-any-return]


@pytest.mark.parametrize("query", QUERIES, ids=[str(i) for i in range(len(QUERIES))])
def test_every_page_matches_a_scan_of_the_rows(world: FakeByteful, query: dict[str, str]) -> None:
    search = world.account._searches[LEDGER]
    rows = world.residential.rows()
    scanned = search.matching(rows, query, version=-1)  # a version nothing else uses: a scan
    pages = (len(scanned) + 99) // 100
    for number in sorted({1, 2, pages, pages + 1} - {0}):
        body = _page(world, query, number)
        assert body["total_count"] == len(scanned)
        expected = scanned[(number - 1) * 100 : number * 100]
        assert [r["residential_ledger_id"] for r in body["data"]] == [
            r["residential_ledger_id"] for r in expected
        ]


def test_the_index_serves_the_usual_queries(world: FakeByteful) -> None:
    search = world.account._searches[LEDGER]
    rows = world.residential.rows()
    served = [
        q for q in QUERIES if search._indexed(rows, q, world.account.version, 1, 100) is not None
    ]
    assert len(served) == 10  # all but the last three


def test_a_changed_table_is_indexed_afresh(world: FakeByteful) -> None:
    query = {"residential_ledger_reason": "usage"}
    before = _page(world, query, 1)["total_count"]
    world.account.tick()  # a usage row more (or today's grown)
    world.account.tick()
    after = _page(world, query, 1)["total_count"]
    scanned = world.account._searches[LEDGER].matching(world.residential.rows(), query, version=-2)
    assert after == len(scanned) >= before


def test_random_order_is_a_shuffle_of_the_same_rows(world: FakeByteful) -> None:
    ordered = _page(world, {}, 3)["data"]
    shuffled = _page(world, {"sort_by": "random"}, 3)["data"]
    assert sorted(r["residential_ledger_id"] for r in shuffled) == sorted(
        r["residential_ledger_id"] for r in ordered
    )
