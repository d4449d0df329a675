"""`byteful logs`: the request logs once, or followed with every new line printed once."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from byteful_async.cli._commands import Streams, keys_for
from byteful_async.cli._mirror import logs_sync
from byteful_async.cli._parser import build_parser
from byteful_async.mirror import LOGS, LedgerStore
from byteful_async.testing import FakeByteful
from byteful_async.testing._data import stamp

from .test_cli import byteful


def _rows(fake: FakeByteful, since: datetime, **match: Any) -> list[dict[str, Any]]:
    rows = [
        r
        for r in fake.account.logs
        if r["log_request_datetime"] >= stamp(since) and all(r[k] == v for k, v in match.items())
    ]
    return sorted(rows, key=lambda r: (r["log_request_datetime"], r["log_id"]))


async def test_logs_since_an_age_with_a_status_class(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "logs", "--since", "1d", "--status", "5xx", "--json", *keys_for(fake_byteful)
    )
    assert run.code == 0, run.err
    printed = [json.loads(line) for line in run.out.splitlines()]
    assert printed and all(p["log_status_code"] == 502 for p in printed)
    since = datetime.now(UTC) - timedelta(days=1)
    expected = [r["log_id"] for r in _rows(fake_byteful, since, log_status_code=502)]
    # The first row may sit a second either side of the moment the command computed.
    assert [p["log_id"] for p in printed][-len(expected) + 2 :] == expected[-len(expected) + 2 :]


async def test_follow_prints_each_new_line_once_in_order(fake_byteful: FakeByteful) -> None:
    newest = max(fake_byteful.account.logs, key=lambda r: r["log_request_datetime"])
    moment = datetime.fromisoformat(newest["log_request_datetime"] + "+00:00")
    added = [
        {**newest, "log_id": f"00000000-0000-4000-8000-00000000000{n}",
         "log_request_datetime": stamp(moment + timedelta(seconds=s))}
        for n, s in ((1, 0), (2, 1), (3, 1))
    ]  # fmt: skip
    searches = 0

    def grow(request: Any) -> None:
        nonlocal searches
        if request.path.endswith("/log/search"):
            searches += 1
            if searches == 2:  # between the first poll and the second, three more requests
                fake_byteful.account.logs.extend(added)
                fake_byteful.account.version += 1  # the fake's searches see the new rows

    fake_byteful.before_answer = grow
    run = await byteful(
        "logs", "--since", "2h", "--follow", "--interval", "0.01", "--polls", "3", "--json",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    printed = [json.loads(line)["log_id"] for line in run.out.splitlines()]
    assert len(printed) == len(set(printed))  # every line once
    assert printed[-3:] == [a["log_id"] for a in added]  # the new ones, last, in order
    assert newest["log_id"] in printed
    assert fake_byteful.stats()["rate_limited"] == 0


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--since", "yesterday"], "--since 'yesterday'"),
        (["--status", "6xx"], "--status '6xx'"),
        (["--interval", "0"], "--interval"),
    ],
)
async def test_bad_log_options_are_refused_before_any_request(
    fake_byteful: FakeByteful, argv: list[str], says: str
) -> None:
    run = await byteful("logs", *argv, *keys_for(fake_byteful))
    assert run.code == 2 and says in run.err
    assert fake_byteful.requests == []


# -- logs sync ----------------------------------------------------------------------------------


async def test_logs_sync_keeps_every_log_and_then_only_the_new_ones(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    first = await byteful("logs", "sync", "--db", url, "--json", *keys_for(fake_byteful))
    assert first.code == 0, first.err
    summary = json.loads(first.out)
    total = len(fake_byteful.account.logs)
    assert (summary["kind"], summary["inserted"], summary["rows"]) == ("logs", total, total)
    newest = max(fake_byteful.account.logs, key=lambda r: r["log_request_datetime"])
    moment = datetime.fromisoformat(newest["log_request_datetime"] + "+00:00")
    fake_byteful.account.logs.append(
        {**newest, "log_id": "00000000-0000-4000-8000-0000000000aa",
         "log_request_datetime": stamp(moment + timedelta(seconds=3))}
    )  # fmt: skip
    fake_byteful.account.version += 1
    second = await byteful("logs", "sync", "--db", url, "--overlap", "0", *keys_for(fake_byteful))
    assert second.code == 0, second.err
    (row,) = [line for line in second.out.splitlines() if line.startswith("│ logs")]
    # Logs, fetched, inserted: the newest log (read again at the watermark) and the new one.
    assert row.replace("│", " ").split()[:3] == ["logs", "2", "1"]
    async with LedgerStore(url, kinds=[LOGS]) as store:
        assert await store.count(LOGS) == total + 1


async def test_logs_sync_draws_a_progress_bar_on_a_terminal(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    screen = io.StringIO()
    streams = Streams(
        out=Console(file=io.StringIO(), width=120),
        err=Console(file=screen, force_terminal=True, width=120),
        stdout=io.StringIO(),
        stdin=io.StringIO(),
    )
    args = build_parser().parse_args(
        ["logs", "sync", "--db", str(tmp_path / "logs.db"), *keys_for(fake_byteful)]
    )
    assert await logs_sync(args, streams) == 0
    drawn = screen.getvalue()
    assert "logs" in drawn and f"{len(fake_byteful.account.logs):,} rows" in drawn


async def test_logs_sync_refuses_a_bad_database_before_any_request(
    fake_byteful: FakeByteful,
) -> None:
    run = await byteful("logs", "sync", "--db", "mysql://db/logs", *keys_for(fake_byteful))
    assert run.code != 0 and "SQLite or PostgreSQL, not 'mysql'" in run.err
    assert fake_byteful.requests == []


async def test_logs_from_the_mirror_go_back_past_what_the_api_still_has(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    assert (await byteful("logs", "sync", "--db", url, *keys_for(fake_byteful))).code == 0
    kept = _rows(fake_byteful, datetime(2000, 1, 1, tzinfo=UTC), log_status_code=502)
    bots = _rows(fake_byteful, datetime(2000, 1, 1, tzinfo=UTC),
                 proxy_user_id="scraper_bot_02", log_status_code=200)  # fmt: skip
    del fake_byteful.account.logs[:100]  # the API's 7 days ran out for the oldest
    fake_byteful.account.version += 1
    sent = len(fake_byteful.requests)
    argv = ["--since", "2000-01-01", "--status", "5xx", "--json"]
    mirror = await byteful("logs", *argv, "--db", url)  # no keys: the API is not asked
    assert mirror.code == 0, mirror.err
    assert len(fake_byteful.requests) == sent
    assert [json.loads(line)["log_id"] for line in mirror.out.splitlines()] == [
        r["log_id"] for r in kept
    ]
    api = await byteful("logs", *argv, *keys_for(fake_byteful))
    assert len(api.out.splitlines()) < len(kept)  # the API has lost some of them
    one_user = await byteful("logs", "--since", "2000-01-01", "--proxy-user", "scraper_bot_02",
                             "--status", "200", "--db", url, "--json")  # fmt: skip
    assert [json.loads(line)["log_id"] for line in one_user.out.splitlines()] == [
        r["log_id"] for r in bots
    ]


async def test_logs_from_a_mirror_that_is_not_there_or_followed_are_refused(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    missing = await byteful("logs", "--db", str(tmp_path / "none.db"))
    assert missing.code == 1 and "byteful logs sync --db" in missing.err
    assert not (tmp_path / "none.db").exists()
    followed = await byteful("logs", "--follow", "--db", str(tmp_path / "none.db"))
    assert followed.code == 2 and "leave out --db" in followed.err
    assert fake_byteful.requests == []
