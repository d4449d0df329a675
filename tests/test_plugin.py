"""The pytest plugin users enable: the README's example, as a test."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from byteful_async import AsyncByteful
from byteful_async.testing import FakeByteful


@pytest.mark.fake_byteful(residential_rows=1_000)
async def test_usage_report(byteful_client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    rows = await byteful_client.residential_ledger.search().collect()
    assert len(rows) == 1_000
    assert fake_byteful.count(status=429) == 0
    # Ten full pages, and the eleventh, which must come back empty: a count that fills its
    # last page to the brim could be short of the rows.
    assert fake_byteful.count(path="/residential_ledger/search") == 11


async def test_defaults(fake_byteful: FakeByteful) -> None:
    assert fake_byteful.url.startswith("http://127.0.0.1:")
    assert fake_byteful.residential.size == 250
    assert fake_byteful.stats() == {
        "requests": 0,
        "rate_limited": 0,
        "server_errors": 0,
        "faults": 0,
    }


def test_the_documented_setup_runs_a_users_tests_with_no_warning(tmp_path: Path) -> None:
    """The three snippets of docs/testing.md, as a user's project: they pass, warning-free."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "testing.md").read_text()
    blocks = re.findall(r"```(?:toml)?\n(.*?)```", page[page.index("For pytest, install") :], re.S)
    settings, conftest, test = blocks[:3]
    assert "asyncio_mode" in settings and "pytest_plugins" in conftest and "def test" in test
    (tmp_path / "pyproject.toml").write_text(settings.replace("# pyproject.toml\n", ""))
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_usage.py").write_text(test)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in done.stdout.lower(), done.stdout
