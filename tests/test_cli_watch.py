"""`byteful watch`: snapshots, a webhook to a loopback receiver, --exec, and a clean SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from byteful_async.cli._commands import keys_for
from byteful_async.testing import FakeByteful
from tests.rogue import Rogue, json_answer

from .test_cli_proxies import byteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None)

HUGE = str(10**15)  # every pool is below this: an alert on the first snapshot


async def test_snapshots_print_a_line_each_and_an_alert_once(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "watch", "--interval", "0.001", "--count", "3", "--residential-below", HUGE,
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert sum("active services" in line for line in lines) == 3
    assert sum("ALERT residential_bytes_left" in line for line in lines) == 1


@pytest.mark.parametrize(
    ("option", "given", "threshold"),
    [
        ("--residential-below", "1PiB", 2**50),
        ("--mobile-below", "900TB", 900 * 10**12),
        ("--credit-below", "$10000", 10000_00),
        ("--credit-below", "$12.5", 1250),
        ("--residential-below", "1125899906842624", 2**50),
    ],
)
async def test_thresholds_take_sizes_and_dollars_as_people_write_them(
    fake_byteful: FakeByteful, option: str, given: str, threshold: int
) -> None:
    fake_byteful.account.customer["credit_balance"] = 5  # below $12.50 too
    run = await byteful(
        "watch", "--interval", "0.001", "--count", "1", option, given, "--json",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    (snapshot,) = [json.loads(line) for line in run.out.splitlines()]
    assert [a["threshold"] for a in snapshot["alerts"]] == [threshold], run.out


async def test_the_webhook_gets_each_alert_as_json(fake_byteful: FakeByteful) -> None:
    received: list[Any] = []

    async def hook(request: web.Request) -> web.StreamResponse:
        received.append((dict(request.headers), await request.json()))
        status = 503 if len(received) == 1 else 204  # the first post fails, and is resent
        return json_answer({}, status=status)

    async with Rogue(hook) as receiver:
        run = await byteful(
            "watch", "--interval", "0.001", "--count", "2", "--credit-below", HUGE,
            "--mobile-below", HUGE, "--webhook", f"{receiver.url}/alerts",
            *keys_for(fake_byteful),
        )  # fmt: skip
    assert run.code == 0, run.err
    bodies = [body for _, body in received]
    assert [b["field"] for b in bodies] == [
        "mobile_bytes_left",
        "mobile_bytes_left",
        "credit_balance",
    ]
    assert bodies[2]["value"] == fake_byteful.customer["credit_balance"]
    # The API's keys never travel to the webhook.
    for headers, _ in received:
        assert not any("key" in name.lower() for name in headers)
        assert fake_byteful.private_key not in json.dumps(headers)


async def test_exec_runs_with_the_alert_in_its_environment(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    out = tmp_path / "alert.txt"
    run = await byteful(
        "watch", "--interval", "0.001", "--count", "1", "--credit-below", HUGE,
        "--exec", f'echo "$BYTEFUL_ALERT_FIELD $BYTEFUL_ALERT_THRESHOLD" > {out}',
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    assert out.read_text().split() == ["credit_balance", HUGE]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_a_signal_stops_the_watch_cleanly(fake_byteful: FakeByteful, sig: int) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "byteful_async.cli", "watch", "--interval", "3600",
        *keys_for(fake_byteful),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert process.stdout is not None
    first = await asyncio.wait_for(process.stdout.readline(), 30)
    assert b"active services" in first
    process.send_signal(sig)
    _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 130  # as any command a signal ends
    assert b"stopped" in err and b"Traceback" not in err


async def test_bad_watch_options_are_refused(fake_byteful: FakeByteful) -> None:
    for argv in (
        ["--webhook", "ftp://x"],
        ["--interval", "-1"],
        ["--interval", "0"],  # a watch that never waits would hammer the API
        ["--credit-below", "lots"],
        ["--credit-below", "$1.234"],
        ["--residential-below", "5XB"],
        ["--mobile-below", "-5GB"],
    ):
        run = await byteful("watch", *argv, *keys_for(fake_byteful))
        assert run.code == 2 and run.err.startswith("byteful: error: "), argv
    assert fake_byteful.requests == []


async def test_customer_shows_an_account_without_a_mobile_pool(fake_byteful: FakeByteful) -> None:
    refused = {"error": "Not Found", "message": "No mobile service.", "api_request_id": "r"}
    fake_byteful.respond(404, refused, path="/mobile/summary")
    run = await byteful("customer", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    mobile = next(line for line in run.out.splitlines() if "Mobile data left" in line)
    assert mobile.split()[-2:] == ["-", "│"]


async def test_per_user_floors_and_limits_from_the_command_line(fake_byteful: FakeByteful) -> None:
    user = next(
        u for u in fake_byteful.account.proxy_users if u["proxy_user_id"] == "scraper_bot_02"
    )
    user["proxy_user_residential_bytes_limit"] = 10 * 2**30
    user["proxy_user_residential_bytes_used"] = 9 * 2**30
    fake_byteful.account.version += 1
    run = await byteful(
        "watch", "--interval", "0.001", "--count", "1", "--json",
        "--user-below", "scraper_bot_02=2GiB", "--user-limit", "85%",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    (snapshot,) = [json.loads(line) for line in run.out.splitlines()]
    alerts = {a["field"]: a for a in snapshot["alerts"]}
    assert alerts["proxy_user:scraper_bot_02:residential_bytes_left"]["value"] == 2**30
    assert alerts["proxy_user:scraper_bot_02:residential_limit_used"]["threshold"] == 0.85
    for bad in (
        ["--user-below", "bot=lots"],
        ["--user-below", "bot:fiber=1GiB"],
        ["--user-limit", "120%"],
    ):
        refused = await byteful("watch", *bad, *keys_for(fake_byteful))
        assert refused.code == 2, bad
