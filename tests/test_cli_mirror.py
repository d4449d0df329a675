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
    assert len(fake_byteful.requests) == after_api > sent  # the mirror sent nothing
    # The same days, bytes and requests; only the pool left needs the API.
    assert days(from_api.out) == days(from_db.out) and len(days(from_db.out)) == 7


def days(table: str) -> list[list[str]]:
    """Day, used and requests of each day's row of a usage table."""
    return [line.split("│")[1:4] for line in table.splitlines() if line.startswith("│ 2026-01")]


@pytest.mark.parametrize(
    ("db", "code", "says"),
    [
        ("mysql://db.example/ledger", 2, "keeps SQLite or PostgreSQL, not 'mysql'"),
        ("not a url", 2, "not a database URL"),
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
