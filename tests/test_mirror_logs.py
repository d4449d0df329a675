"""The logs mirror: every log once, past the API's 7 days, on SQLite and a real PostgreSQL.

The logs here are dense (three to a second), so every boundary between two slices falls on a
second that holds logs: a slice that ends a second short, or starts a second late, loses them.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from byteful_async import IncompleteResultError, Log, structure
from byteful_async.mirror import LOGS, LedgerStore, sync_ledger, sync_logs
from byteful_async.mirror._tables import row_of
from byteful_async.testing import FakeByteful
from byteful_async.testing._data import stamp
from byteful_async.testing._server import RecordedRequest

pytestmark = pytest.mark.fake_byteful(end_date=date(2026, 1, 31), rate_limit=None)

START = datetime(2026, 1, 31, 6, tzinfo=UTC)
_ids = itertools.count()
_template: dict[str, Any] = {}


def dense(fake: FakeByteful, seconds: int, *, start: datetime = START, per_second: int = 3) -> None:
    """Add ``per_second`` logs to each second of ``seconds`` from ``start``."""
    fake.account.logs.extend(
        {
            **_template,
            "log_id": f"00000000-0000-4000-8000-{next(_ids):012d}",
            "log_request_datetime": stamp(start + timedelta(seconds=n // per_second)),
        }
        for n in range(seconds * per_second)
    )
    fake.account.version += 1  # the fake's searches see the new rows


@pytest.fixture(autouse=True)
def logs(fake_byteful: FakeByteful) -> None:
    """1,500 logs over 500 seconds in place of the fake's own (a busy half hour)."""
    _template.update(fake_byteful.account.logs[0])
    fake_byteful.account.logs.clear()
    dense(fake_byteful, 500)


def server_logs(fake: FakeByteful) -> dict[str, dict[str, Any]]:
    """The fake's logs as the mirror should hold them: by id, typed as the table."""
    return {row["log_id"]: row_of(structure(row, Log)) for row in fake.account.logs}


async def mirrored(url: str) -> dict[str, dict[str, Any]]:
    async with LedgerStore(url, kinds=[LOGS]) as store:
        return {row["log_id"]: row for row in await store.rows(LOGS)}


def log_searches(fake: FakeByteful) -> list[RecordedRequest]:
    return [r for r in fake.requests if r.path.endswith("/log/search")]


async def sync(fake: FakeByteful, url: str, **options: Any) -> Any:
    options.setdefault("slice_rows", 200)
    async with fake.client(rate_limit=None) as client, LedgerStore(url, kinds=[LOGS]) as store:
        return await sync_logs(client, store, **options)


async def test_the_first_sync_stores_every_log_once_in_slices(
    fake_byteful: FakeByteful, db: str
) -> None:
    summary = await sync(fake_byteful, db)
    assert await mirrored(db) == server_logs(fake_byteful)
    assert summary.inserted == summary.rows == 1_500
    assert summary.backfill is True
    slices = {
        (r.query["min_log_request_datetime"], r.query["max_log_request_datetime"])
        for r in log_searches(fake_byteful)
        if "max_log_request_datetime" in r.query
    }
    assert len(slices) >= 5  # 1,500 logs at about 200 a slice
    # Slices meet without a gap: each starts the second after the last one ended.
    bounds = sorted(slices)
    for (_, end), (begin, _) in itertools.pairwise(bounds):
        assert datetime.fromisoformat(begin) - datetime.fromisoformat(end) == timedelta(seconds=1)


async def test_a_sync_with_nothing_new_reads_only_the_overlap(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    await sync(fake_byteful, url)
    before = len(fake_byteful.requests)
    again = await sync(fake_byteful, url, overlap=timedelta(seconds=10))
    # The newest log since the overlap's start, then one page of the cursor.
    assert again.requests == len(fake_byteful.requests) - before == 2
    assert (again.inserted, again.backfill) == (0, False)
    assert again.unchanged == 33  # the newest eleven seconds, three a second, read again


async def test_new_logs_and_logs_written_late_within_the_overlap_are_caught(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    await sync(fake_byteful, url)
    newest = START + timedelta(seconds=499)
    dense(fake_byteful, 20, start=newest + timedelta(seconds=1))
    dense(fake_byteful, 1, start=newest - timedelta(seconds=50), per_second=2)  # written late
    later = await sync(fake_byteful, url, overlap=timedelta(minutes=1), slice_rows=500)
    assert later.backfill is False  # few enough for the cursor alone
    assert later.inserted == 62
    assert await mirrored(url) == server_logs(fake_byteful)


async def test_a_long_pause_is_read_in_slices_again(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    await sync(fake_byteful, url)
    dense(fake_byteful, 400, start=START + timedelta(hours=3))
    later = await sync(fake_byteful, url)
    assert later.backfill is True
    assert later.inserted == 1_200
    assert await mirrored(url) == server_logs(fake_byteful)


async def test_logs_expiring_while_a_slice_is_read_lose_nothing_still_there(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    everything = server_logs(fake_byteful)
    seen = itertools.count(1)

    def expire_the_oldest(request: RecordedRequest) -> None:
        # The fourth search is a page of the first slice, after its first page was answered.
        if request.path.endswith("/log/search") and next(seen) == 4:
            del fake_byteful.account.logs[:30]  # the API's 7 days ran out for these
            fake_byteful.account.version += 1

    fake_byteful.before_answer = expire_the_oldest
    summary = await sync(fake_byteful, url, concurrency=1)
    mirror = await mirrored(url)
    still = server_logs(fake_byteful)
    assert still.items() <= mirror.items() <= everything.items()
    assert summary.fetched > summary.rows  # the first slice was read again


async def test_a_slice_that_keeps_moving_raises_instead_of_ending_short(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    later = START + timedelta(seconds=10)

    def a_late_log_every_time(request: RecordedRequest) -> None:
        if "max_log_request_datetime" in request.query:
            dense(fake_byteful, 1, start=later, per_second=1)  # into the slice being read

    fake_byteful.before_answer = a_late_log_every_time
    with pytest.raises(IncompleteResultError):
        await sync(fake_byteful, url, concurrency=1)
    fake_byteful.before_answer = None
    async with LedgerStore(url, kinds=[LOGS]) as store:
        state = await store.state(LOGS)
    assert state.watermark is None or state.watermark <= later  # never past a log not stored
    await sync(fake_byteful, url)
    assert await mirrored(url) == server_logs(fake_byteful)


def at_most(fake: FakeByteful, searches: int) -> None:
    """Fail the fake's answers past ``searches`` log searches: a sync that loops ends."""
    seen = itertools.count(1)

    def count(request: RecordedRequest) -> None:
        if request.path.endswith("/log/search") and next(seen) > searches:
            raise RuntimeError("a sync that does not end")

    fake.before_answer = count


@pytest.mark.parametrize("lie", ["min_log_request_datetime", "sort_by", "max_log_request_datetime"])
async def test_a_server_that_ignores_a_filter_or_the_sort_is_not_believed(
    fake_byteful: FakeByteful, tmp_path: Path, lie: str
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    logs = fake_byteful.account.logs
    if lie != "max_log_request_datetime":  # the cursor's ground: a first run of 600 logs
        del logs[:900]
        await sync(fake_byteful, url)
        dense(fake_byteful, 5, start=START + timedelta(hours=1))
    logs.reverse()  # the fake's own order, for a server that ignores the sort
    async with LedgerStore(url, kinds=[LOGS]) as store:
        before = await store.state(LOGS)
    fake_byteful.ignored_filters = {lie}
    at_most(fake_byteful, 100)
    with pytest.raises(IncompleteResultError, match="did not keep to"):
        await sync(fake_byteful, url, overlap=timedelta(0))
    async with LedgerStore(url, kinds=[LOGS]) as store:
        assert await store.state(LOGS) == before


_KILLED_SYNC = """
import asyncio, sys
from byteful_async import AsyncByteful
from byteful_async.mirror import LOGS, LedgerStore, sync_logs

async def main():
    base, key, secret, url = sys.argv[1:5]
    async with AsyncByteful(key, secret, base_url=base, rate_limit=None) as client:
        async with LedgerStore(url, kinds=[LOGS]) as store:
            await sync_logs(client, store, concurrency=2, slice_rows=200)

asyncio.run(main())
"""


async def test_a_sync_killed_half_way_resumes_with_nothing_lost_or_doubled(
    fake_byteful: FakeByteful, db: str
) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _KILLED_SYNC,
        fake_byteful.url,
        fake_byteful.public_key,
        fake_byteful.private_key,
        db,
    )
    seen = itertools.count(1)

    def kill_on_the_twelfth(request: RecordedRequest) -> None:
        if request.path.endswith("/log/search") and next(seen) == 12:
            os.kill(process.pid, signal.SIGKILL)

    fake_byteful.before_answer = kill_on_the_twelfth
    assert await process.wait() == -signal.SIGKILL
    fake_byteful.before_answer = None
    kept = await mirrored(db)
    async with LedgerStore(db, kinds=[LOGS]) as store:
        state = await store.state(LOGS)
    assert 0 < len(kept) < 1_500
    assert state.watermark is not None
    # The stored watermark never passes a log that is not stored.
    before_it = {k for k, r in server_logs(fake_byteful).items()
                 if r["log_request_datetime"] < state.watermark}  # fmt: skip
    assert before_it <= kept.keys()
    resumed = await sync(fake_byteful, db, overlap=timedelta(seconds=5))
    assert await mirrored(db) == server_logs(fake_byteful)
    assert resumed.inserted == 1_500 - len(kept)
    assert resumed.fetched < 1_500  # it went on from the watermark, not from the start


async def test_logs_and_ledgers_share_one_database(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'both.db'}"
    await sync(fake_byteful, url)
    async with fake_byteful.client(rate_limit=None) as client, LedgerStore(url) as store:
        ledger = await sync_ledger(client, store, "mobile")
    assert ledger.rows == fake_byteful.mobile.size
    assert len(await mirrored(url)) == 1_500
    async with LedgerStore(url) as store:
        assert set(store.tables) == {"residential", "mobile"}
        with pytest.raises(ValueError, match=r"kinds=\['logs'\]"):
            await store.count(LOGS)


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"slice_rows": 10}, "slice_rows must be an int of 100 or more"),
        ({"concurrency": 0}, "concurrency must be an int of 1 or more"),
        ({"overlap": 5}, "overlap must be a timedelta"),
    ],
)
async def test_bad_options_are_refused_before_any_request(
    fake_byteful: FakeByteful, tmp_path: Path, options: dict[str, Any], says: str
) -> None:
    with pytest.raises(ValueError, match=says):
        await sync(fake_byteful, f"sqlite:///{tmp_path / 'logs.db'}", **options)
    assert fake_byteful.requests == []


async def test_a_store_without_the_logs_is_refused_before_any_request(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    async with fake_byteful.client(rate_limit=None) as client, LedgerStore(url) as store:
        with pytest.raises(ValueError, match="keeps residential, mobile, not 'logs'"):
            await sync_logs(client, store)
    with pytest.raises(ValueError, match="kinds takes some of residential, mobile, logs"):
        LedgerStore(f"sqlite:///{tmp_path / 'x.db'}", kinds=["log"])
    assert fake_byteful.requests == []
