"""`byteful ledger sync` and `byteful usage --db`, run for real against FakeByteful."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from byteful_async.cli._commands import keys_for
from byteful_async.testing import FakeByteful

from .test_cli_proxies import byteful

pytestmark = pytest.mark.fake_byteful(
    end_date=date(2026, 1, 31), residential_rows=600, mobile_rows=90, rate_limit=None
)


async def test_sync_backfills_then_reads_only_what_changed(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    first = await byteful("ledger", "sync", "--db", url, *keys_for(fake_byteful))
    assert first.code == 0, first.err
    assert "residential (backfill)" in first.out and "mobile (backfill)" in first.out
    fake_byteful.account.change_ledger("mobile", edited=[3], appended=2)
    sent = len(fake_byteful.requests)
    second = await byteful("ledger", "sync", "--db", url, "--json", *keys_for(fake_byteful))
    assert second.code == 0, second.err
    residential, mobile = (json.loads(line) for line in second.out.splitlines())
    assert (residential["kind"], residential["requests"], residential["inserted"]) == (
        "residential",
        1,
        0,
    )
    assert (mobile["inserted"], mobile["updated"], mobile["rows"]) == (2, 1, 92)
    assert len(fake_byteful.requests) - sent == residential["requests"] + mobile["requests"]
    assert "hunter" not in second.out


async def test_usage_reads_the_mirror_without_the_api(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    await byteful("ledger", "sync", "--kind", "residential", "--db", url, *keys_for(fake_byteful))
    sent = len(fake_byteful.requests)
    from_api = await byteful(
        "usage", "--kind", "residential", "--days", "7", "--until", "2026-01-31",
        *keys_for(fake_byteful),
    )  # fmt: skip
    after_api = len(fake_byteful.requests)
    from_db = await byteful(
        "usage", "--kind", "residential", "--days", "7", "--until", "2026-01-31", "--db", url,
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert from_db.code == 0, from_db.err
    # The rows are the mirror's; one summary request fills in the pool left.
    assert len(fake_byteful.requests) == after_api + 1 and after_api > sent
    assert fake_byteful.requests[-1].path.endswith("/residential/summary")
    # The same days, bytes and requests.
    assert days(from_api.out) == days(from_db.out) and len(days(from_db.out)) == 7
    # The pool left on each day: from the mirror (it has every row since), not from a past
    # range of the API (which would need every row since, too).
    assert all(left(line) != "-" for line in rows_of(from_db.out))
    assert all(left(line) == "-" for line in rows_of(from_api.out))
    assert "needs every row since then" in " ".join(from_api.err.split())


async def test_a_past_range_fetches_only_its_own_days(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "usage", "--kind", "residential", "--days", "5", "--until", "2026-01-10",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    searches = [r for r in fake_byteful.requests if r.path.endswith("/search")]
    assert len(searches) == 1  # five days of rows fit one page
    assert searches[0].query["max_residential_ledger_period_date"] == "2026-01-10"


async def test_reading_a_mirror_that_is_not_there_makes_none(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.db"
    run = await byteful("usage", "--kind", "residential", "--db", str(missing))
    assert run.code == 1 and f"no mirror at {missing}" in run.err
    assert not missing.exists()  # no empty database left behind


async def test_db_takes_a_plain_path_for_a_sqlite_file(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    path = tmp_path / "plain.db"
    synced = await byteful(
        "ledger", "sync", "--kind", "mobile", "--db", f"sqlite:///{path}", *keys_for(fake_byteful)
    )
    assert synced.code == 0, synced.err
    run = await byteful("usage", "--kind", "mobile", "--days", "3", "--db", str(path))
    assert run.code == 0, run.err


def rows_of(table: str) -> list[str]:
    return [line for line in table.splitlines() if line.startswith("│ 2026-01")]


def left(line: str) -> str:
    return line.split("│")[5].strip()


def days(table: str) -> list[list[str]]:
    """Day, used and requests of each day's row of a usage table."""
    return [line.split("│")[1:4] for line in table.splitlines() if line.startswith("│ 2026-01")]


@pytest.mark.parametrize(
    ("db", "code", "says"),
    [
        ("mysql://db.example/ledger", 2, "keeps SQLite or PostgreSQL, not 'mysql'"),
        ("sqlite://", 2, "a SQLite mirror needs a file"),
        ("postgresql://ann:hunter2@127.0.0.1:1/ledger", 1, "ann:[redacted]@127.0.0.1:1/ledger"),
    ],
)
async def test_a_database_it_cannot_use_is_one_line_and_no_request(
    fake_byteful: FakeByteful, db: str, code: int, says: str
) -> None:
    run = await byteful("ledger", "sync", "--db", db, *keys_for(fake_byteful))
    assert run.code == code
    assert run.err.count("\n") == 1 and run.err.startswith("byteful: error: ")
    assert says in run.err and "hunter2" not in run.err
    assert fake_byteful.requests == []


async def test_a_read_only_mirror_is_refused_and_left_as_it_was(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.db"
    await byteful("ledger", "sync", "--db", f"sqlite:///{path}", *keys_for(fake_byteful))
    before, sent = path.read_bytes(), len(fake_byteful.requests)
    run = await byteful(
        "ledger", "sync", "--db", f"sqlite:///file:{path}?mode=ro&uri=true",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 1
    assert "readonly database" in run.err and run.err.count("\n") == 1
    assert len(fake_byteful.requests) == sent
    assert path.read_bytes() == before
