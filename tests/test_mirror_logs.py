"""The logs mirror: every log once, past the API's 7 days, on SQLite and a real PostgreSQL.

The logs here are dense (three to a second), so every page boundary and every bound of a
walk falls on a second that holds logs: a watermark a second ahead, or a walk that starts a
second late, loses some.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from byteful_async import IncompleteResultError, Log, structure
from byteful_async.cli._commands import keys_for
from byteful_async.mirror import LOGS, LedgerStore, sync_ledger, sync_logs
from byteful_async.mirror._store import State
from byteful_async.mirror._tables import row_of
from byteful_async.testing import FakeByteful
from byteful_async.testing._data import stamp
from byteful_async.testing._server import RecordedRequest

from .conftest import killed_at
from .test_cli import byteful

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
    async with fake.client(rate_limit=None) as client, LedgerStore(url, kinds=[LOGS]) as store:
        return await sync_logs(client, store, **options)


async def test_the_first_sync_stores_every_log_once_in_one_walk(
    fake_byteful: FakeByteful, db: str
) -> None:
    summary = await sync(fake_byteful, db)
    assert await mirrored(db) == server_logs(fake_byteful)
    assert summary.inserted == summary.rows == 1_500
    assert summary.backfill is True
    walk = [r.query for r in log_searches(fake_byteful) if "max_log_request_datetime" in r.query]
    # One walk of 15 pages (the newest second is the cursor's), up to the newest log's second.
    assert sorted(int(q["page"]) for q in walk) == list(range(1, 16))
    assert {q["max_log_request_datetime"] for q in walk} == {stamp(START + timedelta(seconds=498))}
    # The newest log, the oldest, the walk, and the cursor's page from the newest second on.
    assert summary.requests == 1 + 1 + 15 + 1


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
    later = await sync(fake_byteful, url, overlap=timedelta(minutes=1))
    assert later.backfill is False  # few enough for the cursor alone
    assert later.inserted == 62
    assert await mirrored(url) == server_logs(fake_byteful)


async def test_a_long_pause_is_walked_again(fake_byteful: FakeByteful, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    await sync(fake_byteful, url)
    dense(fake_byteful, 400, start=START + timedelta(hours=3))
    later = await sync(fake_byteful, url)
    assert later.backfill is True
    assert later.inserted == 1_200
    assert await mirrored(url) == server_logs(fake_byteful)


async def test_logs_expiring_under_the_walk_lose_nothing_still_there(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    everything = server_logs(fake_byteful)
    walked, searches = itertools.count(1), itertools.count(1)

    def expire_the_oldest(request: RecordedRequest) -> None:
        if next(searches) > 200:
            raise RuntimeError("a sync that does not end")
        # Between pages of the walk, ten of the oldest logs expire, again and again.
        if "max_log_request_datetime" in request.query and next(walked) % 3 == 0:
            del fake_byteful.account.logs[:10]
            fake_byteful.account.version += 1

    fake_byteful.before_answer = expire_the_oldest
    summary = await sync(fake_byteful, url, concurrency=1)
    mirror = await mirrored(url)
    still = server_logs(fake_byteful)
    assert still.items() <= mirror.items() <= everything.items()
    starts = {r.query["min_log_request_datetime"] for r in log_searches(fake_byteful)
              if "max_log_request_datetime" in r.query}  # fmt: skip
    # It went on from the last log it had stored, not from the start.
    assert len(starts) >= 2 and min(starts) == stamp(START)
    assert summary.rows == len(mirror)


async def test_logs_written_late_behind_the_walk_are_read_by_the_next_run(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    late = START + timedelta(seconds=10)

    def a_late_log_every_page(request: RecordedRequest) -> None:
        if "max_log_request_datetime" in request.query:
            dense(fake_byteful, 1, start=late, per_second=1)  # behind the pages read already

    fake_byteful.before_answer = a_late_log_every_page
    await sync(fake_byteful, url, concurrency=1)
    fake_byteful.before_answer = None
    async with LedgerStore(url, kinds=[LOGS]) as store:
        state = await store.state(LOGS)
    assert state.watermark is not None
    # The watermark never passed a log that was there, unread, when its page was read...
    assert state.watermark - late < timedelta(minutes=10)  # ...and this one is in the overlap
    await sync(fake_byteful, url)  # the overlap of the next run reads them
    assert await mirrored(url) == server_logs(fake_byteful)


def _lying_first_page(fake: FakeByteful) -> None:
    """Answer the next page 1 of a walk with a count below its own rows: it cannot add up."""
    status, body = fake.account.handle("logs.search", {"per_page": "100"}, None, None)
    assert status == 200
    fake.respond(
        200, {**body, "total_count": 50}, path="/log/search", query={"page": "1", "per_page": "100"}
    )


async def test_a_walk_that_gets_nowhere_raises_after_a_few_tries(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    for _ in range(4):
        _lying_first_page(fake_byteful)
    at_most(fake_byteful, 40)
    with pytest.raises(IncompleteResultError, match="total_count"):
        await sync(fake_byteful, f"sqlite:///{tmp_path / 'logs.db'}")
    walks = [r for r in log_searches(fake_byteful) if r.query.get("page") == "1"
             and r.query.get("per_page") == "100"]  # fmt: skip
    assert len(walks) == 4  # the first walk and three more, each stuck at its first page


async def test_a_walk_stuck_fewer_times_goes_on_and_stores_everything(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    for _ in range(3):
        _lying_first_page(fake_byteful)
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
    fake_byteful.ignored_filters = {lie}
    at_most(fake_byteful, 100)
    with pytest.raises(IncompleteResultError, match="did not keep to"):
        await sync(fake_byteful, url, overlap=timedelta(0))
    async with LedgerStore(url, kinds=[LOGS]) as store:
        state = await store.state(LOGS)
    # What it stored before it stopped believing the server stands: no log before the
    # watermark is missing.
    stored = await mirrored(url)
    if state.watermark is not None:
        before = {k for k, r in server_logs(fake_byteful).items()
                  if r["log_request_datetime"] < state.watermark}  # fmt: skip
        assert before <= stored.keys()


_KILLED_SYNC = """
import asyncio, sys
from byteful_async import AsyncByteful
from byteful_async.mirror import LOGS, LedgerStore, sync_logs

async def main():
    base, key, secret, url = sys.argv[1:5]
    async with AsyncByteful(key, secret, base_url=base, rate_limit=None) as client:
        async with LedgerStore(url, kinds=[LOGS]) as store:
            await sync_logs(client, store, concurrency=2)

asyncio.run(main())
"""


async def test_a_sync_killed_half_way_resumes_with_nothing_lost_or_doubled(
    fake_byteful: FakeByteful, db: str
) -> None:
    await killed_at(fake_byteful, _KILLED_SYNC, db, path="/log/search", nth=12)
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


async def test_two_syncs_at_once_into_one_database_store_every_log_once(
    fake_byteful: FakeByteful, db: str
) -> None:
    # Two cron runs that overlap, each with its own client and store, while logs arrive.
    searches = itertools.count(1)

    def arrive(request: RecordedRequest) -> None:
        if request.path.endswith("/log/search") and next(searches) % 7 == 0:
            dense(fake_byteful, 2, start=START + timedelta(hours=2, seconds=next(_ids)))

    fake_byteful.before_answer = arrive
    first, second = await asyncio.gather(sync(fake_byteful, db), sync(fake_byteful, db))
    fake_byteful.before_answer = None
    assert max(first.rows, second.rows) <= len(fake_byteful.account.logs)
    await sync(fake_byteful, db)  # whatever arrived after both had looked
    assert await mirrored(db) == server_logs(fake_byteful)  # each log once, by its id


async def test_a_watermark_older_than_the_apis_oldest_log_is_reported(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    last_run = START - timedelta(days=9)  # the logs of the nine days since have expired
    async with LedgerStore(url, kinds=[LOGS]) as store:
        await store.save(LOGS, [], State(watermark=last_run))
    dense(fake_byteful, 2, start=START - timedelta(days=6, hours=1))  # the API's oldest now
    summary = await sync(fake_byteful, url)
    assert summary.expired == (last_run, START - timedelta(days=6, hours=1))
    assert await mirrored(url) == server_logs(fake_byteful)
    run = await byteful("logs", "sync", "--db", url, *keys_for(fake_byteful))
    assert run.code == 0
    assert "expired unread" not in run.err  # that run's watermark was recent
    async with LedgerStore(url, kinds=[LOGS]) as store:
        await store.save(LOGS, [], State(watermark=last_run))
    run = await byteful("logs", "sync", "--db", url, "--json", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    assert "after the last sync's 2026-01-22 06:00:00: logs between them" in run.err
    assert json.loads(run.out)["expired"] == [
        str(last_run),
        str(START - timedelta(days=6, hours=1)),
    ]


async def test_a_pause_past_the_apis_7_days_with_few_new_logs_is_reported_too(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    last_run = START - timedelta(days=8)
    async with LedgerStore(url, kinds=[LOGS]) as store:
        await store.save(LOGS, [], State(watermark=last_run))
    del fake_byteful.account.logs[30:]  # ten seconds of logs: few enough for the cursor
    summary = await sync(fake_byteful, url)
    assert summary.backfill is False
    assert summary.expired == (last_run, START)
    assert summary.inserted == 30


async def test_logs_and_ledgers_share_one_database(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'both.db'}"
    await sync(fake_byteful, url)
    async with fake_byteful.client(rate_limit=None) as client, LedgerStore(url) as store:
        ledger = await sync_ledger(client, store, "mobile")
    assert ledger.rows == fake_byteful.mobile.size
    assert len(await mirrored(url)) == 1_500
    async with LedgerStore(url, kinds=[LOGS]) as store:
        assert len(await store.rows(LOGS, since=date(2026, 1, 31))) == 1_500  # the request's day
        assert await store.rows(LOGS, since=date(2026, 2, 1)) == []
    async with LedgerStore(url) as store:
        assert set(store.tables) == {"residential", "mobile"}
        with pytest.raises(ValueError, match=r"kinds=\['logs'\]"):
            await store.count(LOGS)


@pytest.mark.parametrize(
    ("options", "says"),
    [
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
