"""The `byteful` command, run for real (its entry point, in a thread) against FakeByteful."""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from rich.console import Console

from byteful_async import __version__
from byteful_async.cli import main
from byteful_async.cli._commands import keys_for
from byteful_async.cli._format import dollars, human_bytes
from byteful_async.cli._parser import parse_command
from byteful_async.cli._progress import FetchProgress
from byteful_async.resources import OPERATIONS
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES
from .rogue import ConnectProxy, Rogue, json_answer

pytestmark = pytest.mark.fake_byteful(residential_rows=250, mobile_rows=120, rate_limit=None)


# The ledgers these tests read end on a fixed day, so dates in them stay put.
pytestmark = pytest.mark.fake_byteful(end_date=date(2026, 1, 31))


class Run:
    """What one `byteful ...` run printed and returned."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


async def byteful(*argv: str) -> Run:
    """Run the command on its own thread and event loop, as a shell would run it."""
    out, err = io.StringIO(), io.StringIO()
    code = await asyncio.to_thread(main, list(argv), stdout=out, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())


def as_text(value: Any) -> str:
    return "" if value is None else str(value)


# -- reading the account ---------------------------------------------------------------------


async def test_customer_shows_credit_data_left_and_services(fake_byteful: FakeByteful) -> None:
    run = await byteful("customer", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    assert "$250.00" in run.out and "Steve Jobs" in run.out
    added, used, _ = fake_byteful.residential.total_bytes()
    assert human_bytes(max(0, added - used)) in run.out
    for service in ("API-1955-0001", "API-1955-0002", "API-1955-0003"):
        assert service in run.out
    assert "Active services (3)" in run.out


async def test_catalog_lists_every_code_with_a_unit_price(fake_byteful: FakeByteful) -> None:
    run = await byteful("catalog", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    for code in ("datacenter_us", "isp_us", "isp_gb", "residential_global", "mobile_global"):
        assert code in run.out
    assert "$3.00 / 1:month" in run.out  # isp_us, quoted for one IP
    assert "not available" in run.out  # isp_gb is out of stock: not quoted
    before = fake_byteful.count()
    quiet = await byteful("catalog", "--no-prices", *keys_for(fake_byteful))
    assert quiet.code == 0 and "Price" not in quiet.out
    assert fake_byteful.count() - before == 1
    assert fake_byteful.count(path="/checkout/create") == 0  # pricing never buys


async def test_catalog_json_gives_prices_in_cents_and_cycles(fake_byteful: FakeByteful) -> None:
    run = await byteful("catalog", "--json", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    by_code = {p["code"]: p for p in json.loads(run.out)}
    assert by_code["isp_us"]["price_cents"] == 300
    assert by_code["isp_us"]["price_cycle"] == "1:month"
    assert by_code["isp_us"]["no_price"] is None
    assert by_code["isp_gb"]["price_cents"] is None
    assert by_code["isp_gb"]["no_price"] == "not available"
    assert all("$" not in json.dumps(p) for p in by_code.values())  # no display strings


async def test_quote_prints_lines_and_totals_in_dollars(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "quote", "isp_us", "--quantity", "5", "--cycle", "1:month", *keys_for(fake_byteful)
    )
    assert run.code == 0, run.err
    assert "ISP Proxies (US)" in run.out and "$15.00" in run.out
    sent = next(r for r in fake_byteful.requests if r.path.endswith("/checkout/quote"))
    assert json.loads(sent.body) == {
        "product_code": "isp_us",
        "quantity": 5,
        "cycle_interval": "month",
        "cycle_interval_count": 1,
    }


async def test_an_invalid_quote_exits_non_zero_with_the_reason(fake_byteful: FakeByteful) -> None:
    fake_byteful.respond(
        200,
        {"data": {"is_valid": False, "invalid_reason": "Quantity too high."}, "message": "x"},
        path="/checkout/quote",
    )
    run = await byteful("quote", "isp_us", "--quantity", "9999", *keys_for(fake_byteful))
    assert run.code == 1
    assert "the quote is not valid: Quantity too high." in run.err
    assert "$0.00" not in run.out and "Total" not in run.out  # no table of zeros first


# -- ledger export ---------------------------------------------------------------------------


async def test_csv_export_equals_the_server_rows(fake_byteful: FakeByteful, tmp_path: Path) -> None:
    target = tmp_path / "ledger.csv"
    run = await byteful(
        "ledger", "export", "--kind", "residential", "--out", str(target), *keys_for(fake_byteful)
    )
    assert run.code == 0, run.err
    with target.open(newline="") as handle:
        written = list(csv.reader(handle))
    expected = list(fake_byteful.residential.iter_rows())
    assert written[0] == list(expected[0])  # every column, in the model's order
    assert written[1:] == [[as_text(v) for v in row.values()] for row in expected]
    assert "Wrote 250 rows (csv)" in run.err
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.csv"]  # no temporary left


async def test_jsonl_export_to_stdout_with_filters(fake_byteful: FakeByteful) -> None:
    since, until = date(2025, 12, 1), date(2026, 1, 15)
    run = await byteful(
        "ledger", "export", "--kind", "mobile", "--format", "jsonl", "--out", "-",
        "--since", since.isoformat(), "--until", until.isoformat(), "--reason", "usage",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    written = [json.loads(line) for line in run.out.splitlines()]
    expected = [
        row
        for row in fake_byteful.mobile.iter_rows()
        if since.isoformat() <= row["mobile_ledger_period_date"] <= until.isoformat()
        and row["mobile_ledger_reason"] == "usage"
    ]
    assert expected and written == expected
    sent = fake_byteful.requests[0].query
    assert sent["min_mobile_ledger_period_date"] == "2025-12-01"
    assert sent["mobile_ledger_reason"] == "usage"


@pytest.mark.parametrize(
    ("name", "given", "shape"),
    [
        ("rows.json", None, "array"),
        ("rows.jsonl", None, "lines"),
        ("rows.ndjson", None, "lines"),
        ("rows.json", "jsonl", "lines"),  # --format overrides the suffix
        ("rows.jsonl", "json", "array"),
    ],
)
async def test_the_file_suffix_picks_a_json_array_or_json_lines(
    fake_byteful: FakeByteful, tmp_path: Path, name: str, given: str | None, shape: str
) -> None:
    chosen = ["--format", given] if given else []
    target = tmp_path / name
    run = await byteful(
        "ledger", "export", "--kind", "residential", "--out", str(target), *chosen,
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    text = target.read_text()
    rows = json.loads(text) if shape == "array" else [json.loads(x) for x in text.splitlines()]
    assert isinstance(rows, list)
    assert rows == list(fake_byteful.residential.iter_rows())


async def test_an_empty_json_export_is_an_empty_array(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    target = tmp_path / "none.json"
    run = await byteful(
        "ledger", "export", "--kind", "residential", "--out", str(target), "--reason", "refund",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    assert json.loads(target.read_text()) == []


async def test_a_failed_export_leaves_no_file_and_keeps_an_old_one(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    target = tmp_path / "ledger.jsonl"
    target.write_text("yesterday's export\n")
    fake_byteful.inject("500", path="/residential_ledger/search", query={"page": "3"})
    run = await byteful(
        "ledger", "export", "--kind", "residential", "--out", str(target), "--max-retries", "0",
        "--concurrency", "2", *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 1
    assert run.err.startswith("byteful: error: 500") and "Traceback" not in run.err
    assert target.read_text() == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.jsonl"]


async def test_export_survives_retried_faults_and_counts_them(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    fake_byteful.inject("503", "429", path="/residential_ledger/search", query={"page": "2"})
    target = tmp_path / "ledger.csv"
    run = await byteful(
        "ledger", "export", "--kind", "residential", "--out", str(target), *keys_for(fake_byteful)
    )
    assert run.code == 0, run.err
    assert len(target.read_text().splitlines()) == 251
    assert "2 retries, 1 answered 429" in run.err


# -- usage -----------------------------------------------------------------------------------


async def test_usage_table_totals_and_plot(fake_byteful: FakeByteful, tmp_path: Path) -> None:
    chart = tmp_path / "usage.png"
    run = await byteful(
        "usage", "--kind", "residential", "--days", "7", "--until", "2026-01-31",
        "--plot", str(chart), *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    day = [
        r for r in fake_byteful.residential.iter_rows()
        if r["residential_ledger_period_date"] == "2026-01-31"
    ]  # fmt: skip
    used = -sum(
        r["residential_ledger_bytes"] for r in day if r["residential_ledger_reason"] == "usage"
    )
    requests = sum(r["residential_ledger_requests"] for r in day)
    line = next(line for line in run.out.splitlines() if "2026-01-31" in line and "│" in line)
    assert human_bytes(used) in line and f"{requests:,}" in line
    assert "Total, 7 days" in run.out
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    with Image.open(chart) as image:
        image.verify()
        assert image.size[0] > 400 and image.size[1] > 200


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["ledger", "export", "--kind", "wired"], "--kind"),
        (["ledger", "export", "--kind", "mobile", "--since", "2026-02-30"], "--since"),
        (["ledger", "export", "--kind", "mobile", "--concurrency", "0"], "--concurrency"),
        (["ledger", "export", "--kind", "mobile", "--reason", " "], "--reason"),
        (["ledger", "export", "--kind", "mobile", "--format", "xml"], "--format"),
        (["usage", "--kind", "mobile", "--days", "-3"], "--days"),
        (["usage", "--kind", "mobile", "--until", "yesterday"], "--until"),
        (["quote", "isp_us", "--quantity", "0"], "--quantity"),
        (["quote", "isp_us", "--quantity", "1", "--cycle", "monthly"], "--cycle"),
        (["customer", "--timeout", "0"], "--timeout"),
        (["customer", "--base-url", "ftp://example.com"], "base_url"),
        (["frobnicate"], "frobnicate"),
    ],
)
async def test_bad_input_is_one_line_naming_it_and_sends_nothing(
    fake_byteful: FakeByteful, argv: list[str], named: str
) -> None:
    extra = keys_for(fake_byteful) if argv and argv[0] != "frobnicate" else []
    if "--base-url" in argv:
        extra = extra[2:]
    run = await byteful(*argv, *extra)
    assert run.code == 2
    assert run.err.count("\n") == 1 and run.err.startswith("byteful: error:")
    assert named in run.err
    assert fake_byteful.count() == 0


async def test_missing_keys_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BYTEFUL_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("BYTEFUL_PRIVATE_KEY", raising=False)
    run = await byteful("customer", "--base-url", "http://127.0.0.1:9/1.0")
    assert run.code == 2  # the command line (or its environment) is what is wrong
    assert "BYTEFUL_PUBLIC_KEY" in run.err and run.err.count("\n") == 1
    assert "--public-key" in run.err and "--private-key" in run.err


async def test_wrong_keys_and_an_unreachable_server_fail_in_one_line(
    fake_byteful: FakeByteful, unused_tcp_port: int
) -> None:
    wrong = await byteful(
        "customer", "--base-url", fake_byteful.url, "--public-key", "pk", "--private-key", "nope"
    )
    assert wrong.code == 1 and "401" in wrong.err and wrong.err.count("\n") == 1
    assert "nope" not in wrong.err  # the private key is never echoed
    gone = await byteful(
        "customer", "--base-url", f"http://127.0.0.1:{unused_tcp_port}/1.0",
        "--public-key", "pk", "--private-key", "sk", "--max-retries", "0",
    )  # fmt: skip
    assert gone.code == 1 and "Cannot connect" in gone.err and gone.err.count("\n") == 1


PASTED = "sk_live_pasted_0a1b2c3d4e"


@pytest.mark.parametrize(
    "argv",
    [
        ["customer", "--privat-key", PASTED],  # a mistyped option name
        ["customer", f"--private-kye={PASTED}"],
        ["customer", PASTED],  # the key without its option
        ["customer", "--timeout", PASTED],
    ],
)
async def test_a_usage_error_never_echoes_a_key(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.setenv("BYTEFUL_PRIVATE_KEY", PASTED)
    run = await byteful(*argv)
    assert run.code == 2 and run.err.startswith("byteful: error:")
    assert PASTED not in run.err


async def test_a_key_the_server_quotes_back_is_masked_on_stderr() -> None:
    async def quoting(request: web.Request) -> web.StreamResponse:
        key = request.headers["X-API-Private-Key"]
        return json_answer({"error": "Unauthorized", "message": f"bad key {key}"}, status=401)

    async with Rogue(quoting) as server:
        run = await byteful(
            "customer", "--base-url", f"{server.url}/1.0",
            "--public-key", "pk_x", "--private-key", PASTED,
        )  # fmt: skip
    assert run.code == 1
    assert PASTED not in run.err and "bad key [redacted]" in run.err


async def test_the_command_honours_the_proxy_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("NO_PROXY", "no_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with ConnectProxy() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        run = await byteful(
            "customer", "--base-url", "https://api.byteful.test/1.0",
            "--public-key", "pk_x", "--private-key", PASTED, "--max-retries", "0",
        )  # fmt: skip
    assert run.code == 1
    assert proxy.lines == ["CONNECT api.byteful.test:443 HTTP/1.1"]


async def test_an_unwritable_output_is_refused_before_any_request(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    run = await byteful(
        "ledger", "export", "--kind", "mobile", "--out", str(tmp_path / "no" / "x.csv"),
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 1 and "no directory" in run.err
    assert fake_byteful.count() == 0


# -- progress, demo, the installed script ----------------------------------------------------


async def test_progress_bar_on_a_terminal_counts_pages_rows_and_429s(
    fake_byteful: FakeByteful,
) -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    fake_byteful.inject("429", path="/residential_ledger/search", query={"page": "2"})
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        with FetchProgress(console, "residential ledger", client.stats) as progress:
            rows = [
                r
                async for r in client.residential_ledger.search(per_page=50).stream(
                    3, on_page=progress.page
                )
            ]
    assert len(rows) == 250
    assert (progress.pages, progress.rows, progress.retries, progress.rate_limited) == (
        5,
        250,
        1,
        1,
    )
    drawn = screen.getvalue()
    assert "page 5/5" in drawn and "250 rows" in drawn and "1 x 429" in drawn


async def test_demo_runs_customer_usage_and_a_complete_export(tmp_path: Path) -> None:
    run = await byteful(
        "demo", "--rows", "400", "--rate-limit", "0", "--latency", "0", "--dir", str(tmp_path)
    )
    assert run.code == 0, run.err
    assert "Credit balance" in run.out and "Total, 30 days" in run.out
    export = (tmp_path / "residential-ledger.csv").read_text().splitlines()
    assert len(export) == 401 and len(set(export)) == 401
    assert (tmp_path / "residential-usage.png").read_bytes()[:4] == b"\x89PNG"
    assert "Exported 400 rows" in run.err and "with 429" in run.err


def test_the_console_script_runs_against_a_fake_server() -> None:
    script = Path(sys.executable).with_name("byteful")
    with subprocess.Popen(
        [str(script), "fake-server", "--rows", "50", "--rate-limit", "0"],
        stdout=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            assert server.stdout is not None
            assert server.stdout.readline().startswith("Fake Byteful API on http://127.0.0.1:")
            env = dict(os.environ)
            for _ in range(3):
                line = server.stdout.readline().strip().removeprefix("export ")
                name, _, value = line.partition("=")
                env[name] = value
            done = subprocess.run(
                [str(script), "ledger", "export", "--kind", "mobile", "--format", "jsonl"],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
            )
        finally:
            server.terminate()
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 50


def test_formatting_of_money_and_sizes() -> None:
    assert [dollars(c) for c in (0, 5, 1245, -150, 123456789, None)] == [
        "$0.00", "$0.05", "$12.45", "-$1.50", "$1,234,567.89", "-",
    ]  # fmt: skip
    assert [human_bytes(n) for n in (0, 1023, 1536, 10 * 1024**3, -(3 * 1024**2), None)] == [
        "0 B", "1023 B", "1.5 KiB", "10.0 GiB", "-3.0 MiB", "-",
    ]  # fmt: skip


async def test_endpoints_lists_the_manifest_without_a_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("BYTEFUL_PRIVATE_KEY", raising=False)  # needs no keys
    as_json = await byteful("endpoints", "--json")
    listed = [json.loads(line) for line in as_json.out.splitlines()]
    assert as_json.code == 0
    assert [e["name"] for e in listed] == [op.name for op in OPERATIONS]
    effects = {e["name"]: e["effect"] for e in listed}
    assert effects["checkout.create"] == "spends money"
    assert effects["services.cancel"] == "destroys"
    assert effects["services.edit"] == "write"
    shown = await byteful("endpoints")
    assert shown.code == 0 and "GET /service/retrieve/{service_id}" in shown.out


async def test_the_fake_server_can_move_on_a_clock() -> None:
    args = parse_command("fake-server", "--live", "0.5")
    assert args.live == 0.5
    refused = await byteful("fake-server", "--live", "0")
    assert refused.code == 2 and "--live" in refused.err


async def test_version_help_and_a_bare_command() -> None:
    version = await byteful("--version")
    assert (version.code, version.out.strip()) == (0, f"byteful {__version__}")
    bare = await byteful()
    assert bare.code == 0 and bare.out.startswith("usage: byteful")
    helped = await byteful("ledger", "sync", "--help")
    assert helped.code == 0
    text = " ".join(helped.out.split())
    assert "one of residential, mobile, all; default: all" in text
    assert "default: sqlite:///byteful-ledger.db" in text and "default: 8" in text


def test_fake_server_flags_set_the_account_and_it_says_what_it_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "byteful_async.cli", "fake-server", "--rows", "40",
         "--end-date", "2026-01-31", "--credit-balance", "1234", "--rate-limit", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        env = dict(process.stdout.readline().split()[1].split("=", 1) for _ in range(1))
        url = env["BYTEFUL_BASE_URL"]
        keys = [process.stdout.readline().split()[1].split("=", 1)[1] for _ in range(2)]
        serving = process.stderr.readline()
        assert "40 rows per ledger" in serving and "to 2026-01-31" in serving
        got = io.StringIO()
        argv = ["customer", "--base-url", url, "--public-key", keys[0], "--private-key", keys[1]]
        assert main(argv, stdout=got, stderr=io.StringIO()) == 0
        assert "$12.34" in got.getvalue()
    finally:
        process.terminate()
        process.communicate(timeout=10)  # reads what is left and closes the pipes


async def test_a_fake_in_its_own_thread_serves_and_stops() -> None:
    import threading

    from byteful_async.testing import FakeThread

    with FakeThread(FakeByteful(rate_limit=None)) as server:
        async with server.client(rate_limit=None) as client:
            me = await client.customer.retrieve()
        assert me.customer_id == server.customer["customer_id"]
        assert len(server.requests) == 1
    assert not any(t.name == "fake-byteful" for t in threading.enumerate())


async def test_ids_codes_and_dates_are_whole_at_80_columns(
    fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    catalog = await byteful("catalog", "--no-prices", *keys_for(fake_byteful))
    customer = await byteful("customer", *keys_for(fake_byteful))
    assert catalog.code == customer.code == 0
    assert max(len(line) for line in catalog.out.splitlines()) <= 80
    for code in ("datacenter_us", "residential_global", "isp_us"):
        assert f" {code} " in catalog.out, code
    for service in fake_byteful.services:
        if service["service_status"] == "active":
            assert service["service_id"] in customer.out
            assert service["service_expiry_datetime"][:10] in customer.out
    # Ids and dates are whole; other columns may give way.
    service_lines = [line for line in customer.out.splitlines() if "API-1955-" in line]
    assert service_lines and all("API-1955-…" not in line for line in service_lines)


async def test_a_backwards_range_and_an_unknown_reason(fake_byteful: FakeByteful) -> None:
    backwards = await byteful(
        "ledger", "export", "--kind", "mobile", "--since", "2026-01-20", "--until", "2026-01-10",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert backwards.code == 2 and "--since 2026-01-20 is after --until 2026-01-10" in backwards.err
    assert fake_byteful.requests == []
    odd = await byteful(
        "ledger", "export", "--kind", "mobile", "--reason", "refund", *keys_for(fake_byteful)
    )
    assert odd.code == 0
    assert "warning: 'refund' is not a reason the docs name" in odd.err
    assert "0 rows in 1 page," in odd.err


def fake_in_a_thread() -> Any:
    from byteful_async.testing import FakeThread

    return FakeThread(FakeByteful(residential_rows=3_000, rate_limit=None))


def test_a_closed_pipe_ends_quietly() -> None:
    with fake_in_a_thread() as server:
        shell = subprocess.run(
            f"{sys.executable} -m byteful_async.cli ledger export --kind residential "
            f"{' '.join(keys_for(server))} | head -n 2",
            shell=True, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert shell.stdout.count("\n") == 2
    assert "Traceback" not in shell.stderr and "error" not in shell.stderr.lower()


async def test_every_table_command_speaks_json(fake_byteful: FakeByteful) -> None:
    keys = keys_for(fake_byteful)
    runs = {
        "customer": await byteful("customer", "--json", *keys),
        "catalog": await byteful("catalog", "--json", "--no-prices", *keys),
        "quote": await byteful("quote", "isp_us", "--quantity", "2", "--json", *keys),
        "usage": await byteful(
            "usage", "--kind", "mobile", "--days", "3", "--until", "2026-01-31", "--json", *keys
        ),
        "proxies": await byteful("proxies", "list", "--json", *keys),
        "users": await byteful("proxy-users", "list", "--json", *keys),
    }
    data = {name: json.loads(run.out) for name, run in runs.items()}
    assert data["customer"]["customer"]["customer_id"] == fake_byteful.customer["customer_id"]
    assert {p["code"] for p in data["catalog"]} >= {"isp_us", "residential_global"}
    assert data["quote"]["total"] > 0
    assert [d["day"] for d in data["usage"]] == ["2026-01-29", "2026-01-30", "2026-01-31"]
    assert len(data["proxies"]) == len(fake_byteful.account.proxies)
    # Credentials stay out of the JSON as they stay out of the tables.
    text = runs["proxies"].out + runs["users"].out
    for user in fake_byteful.account.proxy_users:
        assert str(user["proxy_user_password"]) not in text
    assert "proxy_password" not in text and "proxy_user_password" not in text


async def test_an_invalid_quote_exits_non_zero_in_json_too(fake_byteful: FakeByteful) -> None:
    fake_byteful.respond(
        200,
        {"data": {"is_valid": False, "invalid_reason": "Out of stock."}, "message": "x"},
        path="/checkout/quote",
    )
    run = await byteful("quote", "isp_us", "--quantity", "1", "--json", *keys_for(fake_byteful))
    assert run.code == 1
    assert json.loads(run.out)["is_valid"] is False


async def test_customer_json_names_each_pool_by_its_own_figure(fake_byteful: FakeByteful) -> None:
    run = await byteful("customer", "--json", *keys_for(fake_byteful))
    data = json.loads(run.out)
    async with fake_byteful.client(rate_limit=None) as client:
        residential = (await client.residential.summary()).residential_bytes_left
        mobile = (await client.mobile.summary()).mobile_bytes_left
    assert residential != mobile  # the fake's pools differ, so a swap cannot pass
    assert (data["residential_bytes_left"], data["mobile_bytes_left"]) == (residential, mobile)


# -- the command line itself ------------------------------------------------------------------


async def test_connection_options_work_before_and_after_the_command(
    fake_byteful: FakeByteful,
) -> None:
    keys = keys_for(fake_byteful)
    before = await byteful(*keys, "--timeout", "3", "customer", "--json")
    after = await byteful("customer", "--json", "--timeout", "3", *keys)
    assert before.code == after.code == 0, before.err + after.err
    assert json.loads(before.out)["customer"] == json.loads(after.out)["customer"]
    # The one after the command wins: a timeout too small to answer shows it was used.
    fake_byteful.latency = 0.5
    late = await byteful(
        *keys, "--timeout", "30", "--max-retries", "0", "customer", "--timeout", "0.05"
    )
    assert late.code != 0 and "timed out" in late.err


async def test_a_usage_error_points_to_that_commands_help() -> None:
    run = await byteful("quote", "isp_us", "--quantity", "zero")
    assert run.code == 2
    assert "--quantity" in run.err and "(see byteful quote --help)" in run.err
    nested = await byteful("proxies", "lines", "--format", "carrier-pigeon")
    assert "(see byteful proxies lines --help)" in nested.err
    top = await byteful("no-such-command")
    assert "(see byteful --help)" in top.err


def _every_command(parser: argparse.ArgumentParser, name: str) -> Iterator[tuple[str, Any]]:
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for word, sub in action.choices.items():
                yield from _every_command(sub, f"{name} {word}")


def test_every_option_and_argument_of_every_command_has_help() -> None:
    from byteful_async.cli._parser import build_parser

    for name, parser in _every_command(build_parser(), "byteful"):
        text = parser.format_help()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
                continue
            shown = parser._get_formatter()._get_help_string(action)  # type: ignore[attr-defined]
            assert shown.strip(), f"{name} {action.option_strings or action.dest}: no help"
        # No option runs into the next one on its line (what an empty help did).
        run_together = re.compile(r"^\s+--\S+(?: \S+)?\s{2,}--")
        assert not [line for line in text.splitlines() if run_together.match(line)], name


async def test_a_refused_key_names_where_it_came_from(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "customer", "--base-url", fake_byteful.url, "--public-key", fake_byteful.public_key,
        "--private-key", "sk_not_the_right_one_123",
    )  # fmt: skip
    assert run.code == 1
    assert "401" in run.err and "--private-key and --public-key" in run.err
    assert "sk_not_the_right_one_123" not in run.err


async def test_an_out_file_that_cannot_be_written_is_named_with_the_reason(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked / "rows.csv"
        run = await byteful(
            "ledger", "export", "--kind", "mobile", "--out", str(target), *keys_for(fake_byteful)
        )
    finally:
        locked.chmod(0o700)
    if os.geteuid() == 0:  # root writes anywhere: try a place no one can write instead
        run = await byteful(
            "ledger", "export", "--kind", "mobile", "--out", "/proc/rows.csv",
            *keys_for(fake_byteful),
        )  # fmt: skip
        target = Path("/proc/rows.csv")
    assert run.code == 1
    assert f"--out {target}: cannot write there (" in run.err
    assert ".part" not in run.err  # not the temporary file's name


async def test_dates_after_today_are_said_to_have_no_rows_yet(fake_byteful: FakeByteful) -> None:
    future = (date.today() + timedelta(days=400)).isoformat()
    usage = await byteful(
        "usage", "--kind", "mobile", "--days", "3", "--until", future, "--json",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert usage.code == 0, usage.err
    assert f"--until {future} is after today" in usage.err
    export = await byteful(
        "ledger", "export", "--kind", "mobile", "--since", future, *keys_for(fake_byteful)
    )
    assert export.code == 0 and f"--since {future} is after today" in export.err


TABLES = {
    ("proxies", "list"): [
        "Proxy", "Address", "HTTP", "SOCKS5", "Type", "Status", "Country", "City", "Service",
    ],
    ("catalog",): [
        "Code", "Name", "Type", "Country", "Protocol", "Cycles", "Stock", "Price, 1 unit",
    ],
    ("customer",): ["Service", "Name", "Type", "Quantity", "Cycle", "Per cycle", "Renews"],
}  # fmt: skip


def _headers_and_left_out(text: str) -> tuple[set[str], set[str]]:
    heads: set[str] = set()
    for line in text.splitlines():
        if line.startswith("┃"):
            heads |= {cell.strip() for cell in line.strip("┃").split("┃")}
    caption = " ".join(text.split()).partition("Left out to fit ")[2]
    named = caption.partition(": ")[2].partition(" (a wider")[0]
    return heads, {name.strip() for name in named.split(", ") if name.strip()}


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", list(TABLES), ids=" ".join)
async def test_tables_fit_the_terminal_and_name_any_column_left_out(
    fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...], width: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    run = await byteful(*command, *keys_for(fake_byteful))
    assert run.code == 0, run.err
    assert max(len(line) for line in run.out.splitlines()) <= width
    shown, left_out = _headers_and_left_out(run.out)
    expected = TABLES[command]
    # Each heading is shown (wrapped between its words, at worst), or named as left out.
    heading_words = set(" ".join(shown).replace(",", " ").split())
    for header in expected:
        words = header.replace(",", " ").split()
        assert header in left_out or all(w in heading_words for w in words), header
    # No column squeezed to nothing (what six of nine columns were at 80 before).
    first = next(line for line in run.out.splitlines() if line.startswith("┃"))
    assert all(len(cell) >= 3 for cell in first.strip("┃").split("┃")), first
    if width == 120:
        assert not left_out  # everything fits at 120 columns
    # Nothing is cut short with an ellipsis: long text wraps, or folds, or its column is named.
    assert "…" not in run.out


async def test_a_one_page_fetch_shows_no_meaningless_rate(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "ledger", "export", "--kind", "mobile", "--since", "2026-01-30", "--until", "2026-01-30",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    summary = run.err.strip().splitlines()[-1]
    assert "in 1 page" in summary and "rows/s" not in summary, summary
    assert "1 rows" not in summary


async def test_the_demo_writes_to_one_folder_however_often_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        run = await byteful("demo", "--rows", "100", "--rate-limit", "0", "--latency", "0")
        assert run.code == 0, run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["byteful-demo"]
    assert (tmp_path / "byteful-demo" / "residential-ledger.csv").exists()


async def test_usage_by_user_shows_each_users_bytes_against_its_limit(
    fake_byteful: FakeByteful,
) -> None:
    run = await byteful(
        "usage", "--kind", "residential", "--by-user", "--json", *keys_for(fake_byteful)
    )
    assert run.code == 0, run.err
    rows = json.loads(run.out)
    users = {
        u["proxy_user_id"]: u
        for u in fake_byteful.account.proxy_users
        if not u["proxy_user_is_deleted"]
    }
    assert {r["proxy_user_id"] for r in rows} == set(users)
    for row in rows:
        user = users[row["proxy_user_id"]]
        assert row["bytes_used"] == user["proxy_user_residential_bytes_used"]
        assert row["bytes_limit"] == user["proxy_user_residential_bytes_limit"]
    used = [r["bytes_used"] or 0 for r in rows]
    assert used == sorted(used, reverse=True)  # the biggest users first
    table = await byteful("usage", "--kind", "residential", "--by-user", *keys_for(fake_byteful))
    assert "by proxy user" in table.out and "Of the limit" in table.out
