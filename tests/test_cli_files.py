"""What the command does to files: modes, a signal mid-export, suffixes it cannot write."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from byteful_async.cli._commands import keys_for
from byteful_async.testing import FakeByteful
from byteful_async.testing._faults import RecordedRequest

from .test_cli_proxies import byteful

pytestmark = pytest.mark.fake_byteful(
    end_date=date(2026, 1, 31), residential_rows=900, rate_limit=None
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_a_new_export_follows_the_umask_and_an_old_one_keeps_its_mode(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    old = os.umask(0o027)
    try:
        fresh = tmp_path / "fresh.csv"
        run = await byteful(
            "ledger", "export", "--kind", "residential", "--out", str(fresh),
            *keys_for(fake_byteful),
        )  # fmt: skip
        assert run.code == 0, run.err
        assert mode(fresh) == 0o640
        kept = tmp_path / "kept.csv"
        kept.write_text("old\n")
        kept.chmod(0o604)
        run = await byteful(
            "ledger", "export", "--kind", "residential", "--out", str(kept),
            *keys_for(fake_byteful),
        )  # fmt: skip
        assert run.code == 0, run.err
        assert mode(kept) == 0o604 and kept.read_text() != "old\n"
    finally:
        os.umask(old)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
async def test_a_signal_mid_export_leaves_no_partial_file(
    fake_byteful: FakeByteful, tmp_path: Path, signum: int
) -> None:
    target = tmp_path / "ledger.csv"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "byteful_async.cli", "ledger", "export", "--kind", "residential",
        "--out", str(target), "--concurrency", "1", *keys_for(fake_byteful),
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    seen = itertools.count(1)

    def signal_on_the_fourth_page(request: RecordedRequest) -> None:
        if "/residential_ledger/search" in request.path and next(seen) == 4:
            process.send_signal(signum)

    fake_byteful.before_answer = signal_on_the_fourth_page
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # neither the file nor a hidden .part


async def test_suffixes_it_cannot_write_are_refused_before_any_request(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    for argv, says in (
        (["ledger", "export", "--kind", "residential", "--out", str(tmp_path / "x.parquet")],
         "cannot write .parquet"),
        (["usage", "--kind", "residential", "--plot", str(tmp_path / "chart.gif")],
         ".png, .svg, .pdf"),
        (["usage", "--kind", "residential", "--plot", str(tmp_path / "no" / "chart.png")],
         "no directory"),
    ):  # fmt: skip
        run = await byteful(*argv, *keys_for(fake_byteful))
        assert run.code in (1, 2) and says in run.err, (argv, run.err)
    assert fake_byteful.requests == []
    assert list(tmp_path.iterdir()) == []


async def test_a_chart_is_written_in_the_format_its_suffix_names(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    chart = tmp_path / "usage.svg"
    run = await byteful(
        "usage", "--kind", "residential", "--until", "2026-01-31", "--days", "7",
        "--plot", str(chart), *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    assert chart.read_text().lstrip().startswith(("<?xml", "<svg"))
