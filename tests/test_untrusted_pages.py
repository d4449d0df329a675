"""The paginator does not trust the server: a lying page ends every walk with an error.

A server that lies about its total, repeats a page, sends a short page mid-way or a page
size of 0 must never make a walk return a short or doubled list, or loop forever. Each case
runs in all four walks: ``collect``, ``stream``, ``async for`` and ``pages()``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from byteful_async import (
    AsyncPaginator,
    IncompleteResultError,
    ResidentialLedger,
    ResponseDecodeError,
)
from tests.rogue import Rogue, json_answer, ledger_rows

ROWS = ledger_rows(250)
PER_PAGE = 100
CONCURRENCY = 8
MODES = ["collect", "stream", "iterate", "pages"]

#: Builds the envelope for one requested page: (page, per_page) -> body.
Liar = Callable[[int, int], dict[str, Any]]


def honest(page: int, per_page: int, *, total: int | None = None) -> dict[str, Any]:
    """The page as the API documents it (``total`` overrides the count)."""
    data = ROWS[(page - 1) * per_page : page * per_page]
    return {
        "data": data,
        "page": page,
        "per_page": per_page,
        "item_count": len(data),
        "total_count": len(ROWS) if total is None else total,
        "message": "ok",
    }


def _server(liar: Liar) -> Rogue:
    async def search(request: web.Request) -> web.StreamResponse:
        page = int(request.query.get("page", "1"))
        per_page = int(request.query.get("per_page", str(PER_PAGE)))
        return json_answer(liar(page, per_page))

    return Rogue(search)


async def walk(paginator: AsyncPaginator[ResidentialLedger], mode: str) -> list[str]:
    """Every row id one walk returns; a guard turns a hang into a failure."""
    async with asyncio.timeout(20):
        if mode == "collect":
            rows = await paginator.collect(concurrency=CONCURRENCY)
        elif mode == "stream":
            rows = [r async for r in paginator.stream(concurrency=CONCURRENCY)]
        elif mode == "iterate":
            rows = [r async for r in paginator]
        else:
            rows = [r for page in [p async for p in paginator.pages()] for r in page.items]
    return [r.residential_ledger_id for r in rows]


async def _refused(
    liar: Liar, mode: str, error: type[Exception] = IncompleteResultError
) -> tuple[Exception, int]:
    async with _server(liar) as server, server.client() as client:
        with pytest.raises(error) as caught:
            await walk(client.residential_ledger.search(per_page=PER_PAGE), mode)
    return caught.value, len(server.seen)


def _bound(mode: str, pages_before_the_lie: int) -> int:
    """The most requests a walk may make: the pages up to the lie, plus its look-ahead."""
    ahead = CONCURRENCY if mode in ("collect", "stream") else 1
    return pages_before_the_lie + ahead


@pytest.mark.parametrize("mode", MODES)
async def test_an_honest_server_gives_every_row_once(mode: str) -> None:
    async with _server(honest) as server, server.client() as client:
        ids = await walk(client.residential_ledger.search(per_page=PER_PAGE), mode)
    assert ids == [row["residential_ledger_id"] for row in ROWS]
    assert len(server.seen) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_a_total_count_far_above_the_rows(mode: str) -> None:
    error, requests = await _refused(lambda p, n: honest(p, n, total=10**9), mode)
    assert "page 3 came back with 50 rows where total_count 1000000000 promises 100" in str(error)
    assert requests <= _bound(mode, 3)


@pytest.mark.parametrize("mode", MODES)
async def test_a_total_count_below_the_rows(mode: str) -> None:
    # 250 rows, counted as 200: two full pages look like the whole result. The page after a
    # count that fills its last page must come back empty, and here it does not.
    error, requests = await _refused(lambda p, n: honest(p, n, total=200), mode)
    assert "page 3 came back with 50 rows where total_count 200 promises 0" in str(error)
    assert requests <= _bound(mode, 3)


async def test_a_count_that_fills_its_last_page_costs_one_empty_page() -> None:
    rows = ROWS[:200]

    def exact(page: int, per_page: int) -> dict[str, Any]:
        data = rows[(page - 1) * per_page : page * per_page]
        return {**honest(page, per_page, total=200), "data": data, "item_count": len(data)}

    async with _server(exact) as server, server.client() as client:
        ids = await walk(client.residential_ledger.search(per_page=PER_PAGE), "collect")
    assert ids == [row["residential_ledger_id"] for row in rows]
    assert len(server.seen) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_a_page_field_stuck_at_one(mode: str) -> None:
    def stuck(page: int, per_page: int) -> dict[str, Any]:
        return honest(1, per_page)  # whatever was asked, page 1 again, saying "page": 1

    error, requests = await _refused(stuck, mode)
    assert "came on page 1 and again on page 2" in str(error)
    assert requests <= _bound(mode, 2)


@pytest.mark.parametrize("mode", MODES)
async def test_a_per_page_of_zero(mode: str) -> None:
    def zero(page: int, per_page: int) -> dict[str, Any]:
        return {**honest(page, per_page), "per_page": 0}

    error, requests = await _refused(zero, mode, ResponseDecodeError)
    assert "'per_page' is not an int of 1 or more: 0" in str(error)
    assert requests <= _bound(mode, 1)


@pytest.mark.parametrize("mode", MODES)
async def test_a_short_page_in_an_uncounted_search(mode: str) -> None:
    # Pages of 100, 50, 100, 0 rows with total_count -1: page 2 looks like the end, but
    # page 3 has rows, so 100 were cut off.
    def short_then_more(page: int, per_page: int) -> dict[str, Any]:
        start = {1: 0, 2: 100, 3: 150}.get(page, 250)
        size = {1: 100, 2: 50, 3: 100}.get(page, 0)
        data = ROWS[start : start + size]
        return {**honest(page, per_page), "data": data, "total_count": -1}

    error, requests = await _refused(short_then_more, mode)
    assert "page 2 came back short, yet page 3 has 100 rows" in str(error)
    assert requests <= _bound(mode, 3)


@pytest.mark.parametrize("mode", MODES)
async def test_an_uncounted_search_ends_on_its_first_empty_page(mode: str) -> None:
    async with _server(lambda p, n: honest(p, n, total=-1)) as server, server.client() as client:
        ids = await walk(client.residential_ledger.search(per_page=PER_PAGE), mode)
    assert len(ids) == len(set(ids)) == 250
    # Pages 1-3, then page 4 (empty) confirms the short page 3 was the end: one request
    # more, and no other (the fan-out may have asked for pages already in flight).
    if mode in ("iterate", "pages"):
        assert len(server.seen) == 4
    else:
        assert 4 <= len(server.seen) <= _bound(mode, 4)


@pytest.mark.parametrize("mode", MODES)
async def test_a_total_that_moves(mode: str) -> None:
    def moving(page: int, per_page: int) -> dict[str, Any]:
        return honest(page, per_page, total=250 if page == 1 else 251)

    error, requests = await _refused(moving, mode)
    assert "total_count moved from 250 to 251 at page 2" in str(error)
    assert requests <= _bound(mode, 3)


@pytest.mark.parametrize("mode", MODES)
async def test_an_empty_page_before_the_total(mode: str) -> None:
    def hole(page: int, per_page: int) -> dict[str, Any]:
        body = honest(page, per_page)
        return {**body, "data": []} if page == 2 else body

    error, requests = await _refused(hole, mode)
    assert "page 2 came back with 0 rows where total_count 250 promises 100" in str(error)
    assert requests <= _bound(mode, 3)


async def test_the_page_number_is_the_one_asked_for() -> None:
    liar = _server(lambda p, n: {**honest(p, n), "page": 7})
    async with liar as server, server.client() as client:
        page = await client.residential_ledger.search(per_page=PER_PAGE, page=2)
    assert page.page == 2
    assert page.has_next


@pytest.mark.parametrize("mode", MODES)
async def test_a_row_twice_on_one_page(mode: str) -> None:
    def doubled(page: int, per_page: int) -> dict[str, Any]:
        body = honest(page, per_page)
        if page == 2:
            body["data"] = [*body["data"][:-1], body["data"][0]]  # the page's first row again
        return body

    error, requests = await _refused(doubled, mode)
    assert f"row {ROWS[100]['residential_ledger_id']!r} came twice on page 2" in str(error)
    assert requests <= _bound(mode, 2)


@pytest.mark.parametrize("mode", ["collect", "stream"])
async def test_a_fan_out_catches_a_row_from_any_earlier_page(mode: str) -> None:
    # A walk that holds every id sees a page-1 row again on page 3, not only on page 2.
    def replayed(page: int, per_page: int) -> dict[str, Any]:
        body = honest(page, per_page)
        if page == 3:
            body["data"] = [ROWS[5], *body["data"][1:]]
        return body

    error, _ = await _refused(replayed, mode)
    assert f"row {ROWS[5]['residential_ledger_id']!r} came on page 1 and again on page 3" in str(
        error
    )


@pytest.mark.parametrize("mode", MODES)
async def test_an_empty_counted_result_may_say_per_page_zero(mode: str) -> None:
    def empty(page: int, per_page: int) -> dict[str, Any]:
        return {"data": [], "page": page, "per_page": 0, "item_count": 0, "total_count": 0}

    async with _server(empty) as server, server.client() as client:
        ids = await walk(client.residential_ledger.search(per_page=PER_PAGE), mode)
    assert ids == []
    assert len(server.seen) <= (2 if mode in ("collect", "stream") else 1)  # page 2 asked ahead
