"""`byteful logs`: the request logs once, or followed with every new line printed once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from byteful_async.cli._commands import keys_for
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
