"""The ledger mirror, on SQLite and on a real PostgreSQL, against a ledger that keeps moving."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from byteful_async import MobileLedger, ResidentialLedger, structure
from byteful_async.mirror import LedgerStore, MirrorError, sync_ledger
from byteful_async.mirror._tables import row_of
from byteful_async.testing import FakeByteful
from byteful_async.testing._server import RecordedRequest

from .conftest import killed_at

#: The ledgers end on a past day, so every change made now is the newest, as on the API.
pytestmark = pytest.mark.fake_byteful(
    end_date=date(2026, 1, 31), residential_rows=1_000, mobile_rows=120, rate_limit=None
)


def server_rows(fake: FakeByteful, kind: str) -> dict[str, dict[str, Any]]:
    """The fake's ledger as the mirror should hold it: by id, typed as the table."""
    model = ResidentialLedger if kind == "residential" else MobileLedger
    table = fake.residential if kind == "residential" else fake.mobile
    return {row[f"{kind}_ledger_id"]: row_of(structure(row, model)) for row in table.iter_rows()}


async def mirrored(url: str, kind: str) -> dict[str, dict[str, Any]]:
    async with LedgerStore(url) as store:
        return {row[f"{kind}_ledger_id"]: row for row in await store.rows(kind)}


def searches(fake: FakeByteful, kind: str = "residential") -> int:
    return fake.count(path=f"/{kind}_ledger/search")


async def sync(fake: FakeByteful, url: str, kind: str = "residential") -> Any:
    async with fake.client(rate_limit=None) as client, LedgerStore(url) as store:
        return await sync_ledger(client, store, kind)


async def test_a_backfill_equals_the_servers_rows(fake_byteful: FakeByteful, db: str) -> None:
    summary = await sync(fake_byteful, db)
    assert await mirrored(db, "residential") == server_rows(fake_byteful, "residential")
    assert summary.inserted == summary.rows == 1_000
    assert summary.backfill is True
    # The newest update (1), ten pages and the empty eleventh (the count's proof), and the
    # cursor's first page.
    assert summary.requests == searches(fake_byteful) == 1 + 11 + 1
    mobile = await sync(fake_byteful, db, "mobile")
    assert mobile.rows == 120
    assert await mirrored(db, "mobile") == server_rows(fake_byteful, "mobile")


async def test_a_run_with_nothing_new_is_one_request(fake_byteful: FakeByteful, db: str) -> None:
    await sync(fake_byteful, db)
    before = searches(fake_byteful)
    again = await sync(fake_byteful, db)
    assert searches(fake_byteful) - before == again.requests == 1
    assert (again.inserted, again.updated, again.backfill) == (0, 0, False)


async def test_appended_and_edited_rows_are_caught_with_a_handful_of_requests(
    fake_byteful: FakeByteful, db: str
) -> None:
    await sync(fake_byteful, db)
    fake_byteful.account.change_ledger("residential", edited=range(0, 1_000, 20), appended=300)
    before = searches(fake_byteful)
    summary = await sync(fake_byteful, db)
    assert (summary.inserted, summary.updated) == (300, 50)
    assert searches(fake_byteful) - before <= math.ceil(350 / 100) + 2
    assert await mirrored(db, "residential") == server_rows(fake_byteful, "residential")


async def test_many_rows_of_one_second_are_read_whole(fake_byteful: FakeByteful, db: str) -> None:
    await sync(fake_byteful, db)
    # 250 rows in one second: no bound can split them across pages.
    fake_byteful.account.change_ledger(
        "residential", edited=range(0, 40), appended=210, at_once=True
    )
    summary = await sync(fake_byteful, db)
    assert (summary.inserted, summary.updated) == (210, 40)
    assert await mirrored(db, "residential") == server_rows(fake_byteful, "residential")


def _change_on(fake: FakeByteful, nth: int, **change: Any) -> None:
    """Edit and append ledger rows just before the ``nth`` ledger search is answered."""
    seen = itertools.count(1)

    def hook(request: RecordedRequest) -> None:
        if "/residential_ledger/search" in request.path and next(seen) == nth:
            fake.account.change_ledger("residential", **change)

    fake.before_answer = hook


# Ending today: the changes land a second after the newest row, right at the watermark.
@pytest.mark.fake_byteful(end_date=datetime.now(UTC).date())
@pytest.mark.parametrize("nth", [4, 12])  # during the backfill; during the cursor's pages
async def test_rows_changed_during_a_run_are_all_there_after_it(
    fake_byteful: FakeByteful, db: str, nth: int
) -> None:
    if nth == 12:
        await sync(fake_byteful, db)
        fake_byteful.account.change_ledger("residential", appended=450)  # a five-page cursor
        nth = searches(fake_byteful) + 3
    # Rows on pages already read, on pages not read yet, and new ones.
    _change_on(fake_byteful, nth, edited=[0, 150, 520, 998], appended=130)
    first = await sync(fake_byteful, db)
    fake_byteful.before_answer = None
    await sync(fake_byteful, db)  # anything the first run could not see yet
    mirror = await mirrored(db, "residential")
    assert mirror == server_rows(fake_byteful, "residential")
    assert len(mirror) == fake_byteful.residential.size
    assert first.rows <= len(mirror)


_KILLED_SYNC = """
import asyncio, sys
from byteful_async import AsyncByteful
from byteful_async.mirror import LedgerStore, sync_ledger

async def main():
    base, key, secret, url = sys.argv[1:5]
    async with AsyncByteful(key, secret, base_url=base, rate_limit=None) as client:
        async with LedgerStore(url) as store:
            await sync_ledger(client, store, "residential", concurrency=2)

asyncio.run(main())
"""


async def test_a_sync_killed_half_way_resumes_where_it_stopped(
    fake_byteful: FakeByteful, db: str
) -> None:
    await killed_at(fake_byteful, _KILLED_SYNC, db, path="/residential_ledger/search", nth=7)
    async with LedgerStore(db) as store:
        kept = await store.count("residential")
        state = await store.state("residential")
    assert 0 < kept < 1_000
    assert state.backfill_page == kept // 100 + 1  # the rows and the page they reach agree
    before = searches(fake_byteful)
    resumed = await sync(fake_byteful, db)
    assert resumed.backfill is True
    assert searches(fake_byteful) - before < 1 + 10 + 1  # less than a whole backfill
    assert await mirrored(db, "residential") == server_rows(fake_byteful, "residential")


async def test_a_field_the_model_lacks_is_kept(fake_byteful: FakeByteful, db: str) -> None:
    fake_byteful.residential.update(3, {"residential_ledger_region": "eu-west"})
    await sync(fake_byteful, db)
    ident = fake_byteful.residential.row(3)["residential_ledger_id"]
    mirror = await mirrored(db, "residential")
    assert mirror[ident]["extra"] == {"residential_ledger_region": "eu-west"}
    assert sum(1 for row in mirror.values() if row["extra"]) == 1


async def test_an_unwritable_store_is_refused_before_any_request(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    path = tmp_path / "mirror.db"
    await sync(fake_byteful, f"sqlite:///{path}")
    before, sent = path.read_bytes(), len(fake_byteful.requests)
    fake_byteful.account.change_ledger("residential", appended=5)
    with pytest.raises(MirrorError, match="readonly database"):
        await sync(fake_byteful, f"sqlite:///file:{path}?mode=ro&uri=true")
    assert len(fake_byteful.requests) == sent
    assert path.read_bytes() == before


async def test_an_unreachable_server_names_it_without_its_password(
    fake_byteful: FakeByteful,
) -> None:
    with pytest.raises(MirrorError) as caught:
        await sync(fake_byteful, "postgresql://ann:hunter2@127.0.0.1:1/ledger")
    assert "postgresql://ann:[redacted]@127.0.0.1:1/ledger" in str(caught.value)
    assert "hunter2" not in str(caught.value)
    assert len(fake_byteful.requests) == 0


@pytest.mark.parametrize("fails", ["rows", "state"])
async def test_rows_and_their_state_are_written_together_or_not_at_all(
    fake_byteful: FakeByteful, db: str, fails: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from byteful_async.mirror._store import State

    rows = [structure(r, ResidentialLedger) for r in fake_byteful.residential.rows()[:5]]
    moved = State(watermark=datetime(2026, 1, 2, tzinfo=UTC), backfilled=True)
    async with LedgerStore(db) as store:
        before = await store.state("residential")
        broken = "_upsert" if fails == "rows" else "_put_state"
        original = getattr(store, broken)

        async def write_then_fail(*args: Any) -> Any:
            await original(*args)  # written inside the transaction, then the batch fails
            raise RuntimeError("the disk is full")

        monkeypatch.setattr(store, broken, write_then_fail)
        with pytest.raises(RuntimeError, match="disk is full"):
            await store.save("residential", rows, moved)
        monkeypatch.undo()
        assert await store.state("residential") == before
        assert await store.rows("residential") == []
