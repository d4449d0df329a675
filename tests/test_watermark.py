"""WatermarkCursor on its own: keyset reads of a ledger that changes while it is read."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from byteful_async import AsyncByteful, IncompleteResultError, WatermarkBatch, WatermarkCursor
from byteful_async.testing import FakeByteful
from byteful_async.testing._server import RecordedRequest

pytestmark = pytest.mark.fake_byteful(
    end_date=date(2026, 1, 31), residential_rows=450, rate_limit=None
)

FIELD = "residential_ledger_last_update_datetime"
KEY = "residential_ledger_id"


def cursor(client: AsyncByteful, **options: object) -> WatermarkCursor[object]:
    return WatermarkCursor(client.residential_ledger.search, field=FIELD, key=KEY, **options)  # type: ignore[arg-type]


async def test_every_row_once_and_a_watermark_per_batch(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    reader = cursor(client)
    batches = [b async for b in reader]
    assert all(isinstance(b, WatermarkBatch) for b in batches)
    ids = [getattr(r, KEY) for b in batches for r in b.items]
    assert len(ids) == len(set(ids)) == 450
    marks = [b.watermark for b in batches]
    assert marks == sorted(marks)
    newest = max(getattr(r, FIELD) for b in batches for r in b.items)
    assert marks[-1] == newest
    assert reader.requests == fake_byteful.count(path="/residential_ledger/search") == 5
    # Each request is a first page past a moving bound: never page 2.
    assert {r.query.get("page") for r in fake_byteful.requests} == {"1"}
    assert all(r.query["sort_by"] == f"{FIELD}_asc" for r in fake_byteful.requests)


async def test_a_row_edited_behind_the_cursor_comes_again_newer(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    reader = cursor(client)
    seen: dict[str, object] = {}
    async for batch in reader:
        for row in batch.items:
            seen[getattr(row, KEY)] = getattr(row, FIELD)
        if len(seen) == 100:  # the first batch is in: edit a row it held
            fake_byteful.account.change_ledger("residential", edited=[7])
    edited = fake_byteful.residential.row(7)
    assert str(seen[edited[KEY]])[:19] == edited[FIELD]  # the newer copy came last
    assert len(seen) == 450


async def test_since_reads_only_the_overlap_and_what_changed(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    everything = [b async for b in cursor(client)]
    mark = everything[-1].watermark
    fake_byteful.account.change_ledger("residential", appended=3)
    later = [b async for b in cursor(client, since=mark, overlap=timedelta(0))]
    rows = [r for b in later for r in b.items]
    # The row at the watermark itself is read again (the bound is inclusive), then the new.
    assert len(rows) == 4
    assert later[-1].watermark > mark


def test_bad_arguments_are_refused(client: AsyncByteful) -> None:
    with pytest.raises(ValueError, match="overlap"):
        cursor(client, overlap=timedelta(seconds=-1))
    with pytest.raises(ValueError, match="sort_by"):
        cursor(client, filters={"sort_by": "x"})
    with pytest.raises(TypeError, match="since"):
        cursor(client, since="yesterday")


async def test_a_stored_watermark_is_read_again_from_before_it(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    mark = [b async for b in cursor(client)][-1].watermark
    fake_byteful.requests.clear()
    [b async for b in cursor(client, since=mark)]  # the default overlap: five minutes
    bounds = {r.query[f"min_{FIELD}"] for r in fake_byteful.requests[:1]}
    # Before the watermark, never after it: rows whose update landed late are read again.
    assert bounds == {(mark - timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")}


@pytest.mark.parametrize("lie", [f"min_{FIELD}", "sort_by"])
async def test_a_search_that_ignores_the_bound_or_the_sort_raises_instead_of_looping(
    client: AsyncByteful, fake_byteful: FakeByteful, lie: str
) -> None:
    fake_byteful.account.change_ledger("residential", edited=[3, 60])  # newest, not last
    fake_byteful.ignored_filters = {lie}
    seen = itertools.count(1)

    def end_a_loop(request: RecordedRequest) -> None:
        if next(seen) > 20:
            raise RuntimeError("a cursor that does not end")

    fake_byteful.before_answer = end_a_loop
    batches = []
    with pytest.raises(IncompleteResultError, match=f"did not keep to min_{FIELD}"):
        async for batch in cursor(client):
            batches.append(batch)
    # Before it raised, no batch claimed a watermark past a row it had not given.
    given = {getattr(r, KEY) for b in batches for r in b.items}
    if batches:
        passed = [
            r
            for r in fake_byteful.residential.iter_rows()
            if r[FIELD] < str(batches[-1].watermark)[:19]
        ]
        assert {r[KEY] for r in passed} <= given
    assert fake_byteful.count(path="/residential_ledger/search") <= 10
