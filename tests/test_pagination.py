"""Paginators: first page, item iteration, page walks and resume, fan-out, -1 totals."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest

from byteful_async import AsyncByteful, IncompleteResultError, Page, ResidentialLedger
from byteful_async.testing import FakeByteful

# Paging tests send many requests; neither side limits them here (the limit has its own tests).
pytestmark = pytest.mark.fake_byteful(residential_rows=250, rate_limit=None)


def ids(rows: list[ResidentialLedger]) -> list[str]:
    return [r.residential_ledger_id for r in rows]


def expected_ids(server: FakeByteful) -> list[str]:
    return [r["residential_ledger_id"] for r in server.residential.iter_rows()]


async def test_search_sends_nothing_until_used(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    paginator = client.residential_ledger.search(per_page=10)
    assert fake_byteful.count() == 0
    page = await paginator
    assert isinstance(page, Page)
    assert (page.page, page.per_page, page.item_count, page.total_count) == (1, 10, 10, 250)
    assert page.has_next and page.total_pages == 25
    assert fake_byteful.count() == 1


async def test_page_next_walks_to_the_end(client: AsyncByteful) -> None:
    page: Page[ResidentialLedger] | None = await client.residential_ledger.search(per_page=100)
    seen = []
    while page is not None:
        seen.append((page.page, page.item_count))
        page = await page.next()
    assert seen == [(1, 100), (2, 100), (3, 50)]


async def test_async_for_yields_every_row_in_order(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    rows = [row async for row in client.residential_ledger.search(per_page=40)]
    assert ids(rows) == expected_ids(fake_byteful)
    assert fake_byteful.count() == 7


def _page_fetches() -> list[asyncio.Task[Any]]:
    return [
        t
        for t in asyncio.all_tasks()
        if not t.done() and "Core.paginate.<locals>.fetch" in t.get_coro().__qualname__  # type: ignore[union-attr]
    ]


async def test_async_for_stopped_early_cancels_the_prefetched_page(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    # Page 2 would hang: only cancelling its prefetch ends the walk's work.
    fake_byteful.inject("stall", path="/residential_ledger/search", query={"page": "2"})
    rows = aiter(client.residential_ledger.search(per_page=10))
    first = await anext(rows)  # page 2 is being fetched ahead by now
    assert len(_page_fetches()) == 1
    await rows.aclose()  # type: ignore[attr-defined]
    assert _page_fetches() == []
    assert first.residential_ledger_id == expected_ids(fake_byteful)[0]


async def test_pages_resume_from_a_page(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    paginator = client.residential_ledger.search(per_page=50)
    numbers = [page.page async for page in paginator.pages(start=3)]
    assert numbers == [3, 4, 5]
    pages = [page async for page in paginator.pages()]
    assert [r for p in pages for r in ids(p.items)] == expected_ids(fake_byteful)


async def test_page_filter_is_the_start(client: AsyncByteful) -> None:
    page = await client.residential_ledger.search(per_page=50, page=4)
    assert page.page == 4


@pytest.mark.parametrize("start", [0, -1, "2", True])
async def test_pages_start_must_be_a_page_number(client: AsyncByteful, start: object) -> None:
    with pytest.raises(ValueError, match="page number"):
        client.residential_ledger.search().pages(start=start)  # type: ignore[arg-type]


async def test_filters_are_carried_to_every_page(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    rows = await client.residential_ledger.search(
        residential_ledger_reason="usage",
        min_residential_ledger_period_date=date(2025, 11, 1),
        per_page=20,
    ).collect(concurrency=4)
    assert rows and all(r.residential_ledger_reason == "usage" for r in rows)
    assert all(r.residential_ledger_period_date >= date(2025, 11, 1) for r in rows)
    queries = [r.query for r in fake_byteful.requests]
    assert len(queries) > 1
    for query in queries:
        assert query["residential_ledger_reason"] == "usage"
        assert query["min_residential_ledger_period_date"] == "2025-11-01"
        assert query["per_page"] == "20"
    assert sorted(int(q["page"]) for q in queries) == list(range(1, len(queries) + 1))


@pytest.mark.parametrize("concurrency", [1, 3, 8])
async def test_collect_returns_every_row_once_in_order(
    client: AsyncByteful, fake_byteful: FakeByteful, concurrency: int
) -> None:
    rows = await client.residential_ledger.search(per_page=30).collect(concurrency=concurrency)
    assert ids(rows) == expected_ids(fake_byteful)
    assert fake_byteful.count() == 9


async def test_collect_max_items_stops_early(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    rows = await client.residential_ledger.search(per_page=10).collect(concurrency=2, max_items=25)
    assert ids(rows) == expected_ids(fake_byteful)[:25]
    assert fake_byteful.count() <= 5  # 3 pages needed, at most 2 more in flight


async def test_stream_yields_in_page_order(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    rows = [r async for r in client.residential_ledger.search(per_page=25).stream(concurrency=4)]
    assert ids(rows) == expected_ids(fake_byteful)


async def test_on_page_sees_every_page_in_order_before_its_rows(client: AsyncByteful) -> None:
    seen: list[tuple[int, int, int | None]] = []
    rows_when_called: list[int] = []
    rows: list[ResidentialLedger] = []

    def on_page(page: Page[ResidentialLedger]) -> None:
        seen.append((page.page, page.item_count, page.total_pages))
        rows_when_called.append(len(rows))

    async for row in client.residential_ledger.search(per_page=100).stream(4, on_page=on_page):
        rows.append(row)
    assert seen == [(1, 100, 3), (2, 100, 3), (3, 50, 3)]
    assert rows_when_called == [0, 100, 200]
    collected: list[int] = []
    await client.residential_ledger.search(per_page=100).collect(
        on_page=lambda p: collected.append(p.page)
    )
    assert collected == [1, 2, 3]
    with pytest.raises(TypeError, match="on_page"):
        client.residential_ledger.search().stream(on_page="print")  # type: ignore[arg-type]


async def test_collect_from_a_later_page(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    rows = await client.residential_ledger.search(per_page=50, page=4).collect()
    assert ids(rows) == expected_ids(fake_byteful)[150:]


async def test_empty_search(client: AsyncByteful) -> None:
    paginator = client.residential_ledger.search(residential_ledger_id="no-such-id")
    assert await paginator.collect() == []
    assert [r async for r in paginator] == []
    page = await paginator
    assert page.items == [] and not page.has_next and await page.next() is None


@pytest.mark.fake_byteful(residential_rows=230, rate_limit=None, count_total=False)
async def test_uncounted_totals(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    paginator = client.residential_ledger.search(per_page=50)
    first = await paginator
    assert first.total_count == -1 and first.total_pages is None and first.has_next
    assert ids([r async for r in paginator]) == expected_ids(fake_byteful)
    fake_byteful.requests.clear()
    rows = await paginator.collect(concurrency=3)
    assert ids(rows) == expected_ids(fake_byteful)
    # 5 pages hold the rows; at most concurrency - 1 pages past the short one are asked for.
    assert 5 <= fake_byteful.count() <= 7


@pytest.mark.fake_byteful(residential_rows=200, rate_limit=None, count_total=False)
async def test_uncounted_total_ending_on_a_full_page(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    pages = [p async for p in client.residential_ledger.search(per_page=50).pages()]
    # The empty fifth page ends the walk and is not yielded.
    assert [p.item_count for p in pages] == [50, 50, 50, 50]
    assert fake_byteful.count() == 5
    rows = await client.residential_ledger.search(per_page=50).collect(concurrency=1)
    assert len(rows) == 200


@pytest.mark.parametrize("mode", ["collect", "stream", "iterate", "pages"])
async def test_random_order_is_never_paged(
    client: AsyncByteful, fake_byteful: FakeByteful, mode: str
) -> None:
    paginator = client.residential_ledger.search(sort_by="random")
    with pytest.raises(ValueError, match="random"):
        if mode == "collect":
            await paginator.collect()
        elif mode == "stream":
            paginator.stream()
        elif mode == "iterate":
            paginator.__aiter__()
        else:
            paginator.pages()
    assert fake_byteful.count() == 0
    page = await paginator  # one random page is fine
    assert len(page.items) == 100


@pytest.mark.parametrize("bad", [0, -2, 1.5, True, "4"])
async def test_concurrency_must_be_positive(client: AsyncByteful, bad: object) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        await client.residential_ledger.search().collect(concurrency=bad)  # type: ignore[arg-type]


async def test_sort_by_is_applied(client: AsyncByteful) -> None:
    rows = await client.residential_ledger.search(
        sort_by="residential_ledger_bytes_desc", per_page=100
    ).collect()
    sizes = [r.residential_ledger_bytes for r in rows]
    assert sizes == sorted(sizes, reverse=True)


async def test_growing_result_set_raises_instead_of_losing_rows(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    stream = client.residential_ledger.search(per_page=50).stream(concurrency=2)
    first = await anext(stream)
    fake_byteful.residential.size += 7  # rows arrive while the fetch runs
    with pytest.raises(IncompleteResultError, match="total_count moved") as caught:
        async for _ in stream:
            pass
    assert caught.value.expected == 250
    assert first.residential_ledger_id == expected_ids(fake_byteful)[0]


async def test_a_row_repeated_on_the_next_page_is_an_error(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    # Page 2 repeats page 1's last row (as offset pages do when a row is inserted in front).
    page_two = {
        "data": [fake_byteful.residential.row(i) for i in range(9, 19)],
        "item_count": 10,
        "page": 2,
        "per_page": 10,
        "total_count": 20,
        "message": "ok",
    }
    fake_byteful.residential.size = 20
    paginator = client.residential_ledger.search(per_page=10)
    first = await paginator
    assert first.item_count == 10
    fake_byteful.respond(200, page_two, path="/residential_ledger/search", query={"page": "2"})
    with pytest.raises(IncompleteResultError, match="on page 1 and again on page 2") as caught:
        await paginator.collect(concurrency=1)
    assert (caught.value.expected, caught.value.received) == (20, 10)


async def test_a_search_encodes_its_filters_once_for_all_its_pages(
    client: AsyncByteful, fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch
) -> None:
    from byteful_async._calls import _core

    encoded: list[dict[str, str]] = []
    encode = _core.encode_query

    def counting(query: dict[str, str]) -> str:
        encoded.append(dict(query))
        return encode(query)

    monkeypatch.setattr(_core, "encode_query", counting)
    rows = await client.residential_ledger.search(
        per_page=50, residential_ledger_reason="usage", max_residential_ledger_requests=3000
    ).collect(concurrency=3)
    pages = {r.query["page"] for r in fake_byteful.requests}
    assert len(pages) >= 3 and rows
    assert len(encoded) == 1
    # Every page carries the same filters, and its own number last.
    assert {tuple(r.query.items())[:-1] for r in fake_byteful.requests} == {
        tuple(encoded[0].items())
    }
