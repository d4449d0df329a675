"""The documentation site builds in strict mode: every link, page and API reference resolves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_site_builds_strictly_with_a_page_per_guide_and_the_api(tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for page in ("index.html", "bulk-fetching.html", "resources.html", "api/clients.html"):
        assert (site / page).exists(), page
    clients = (site / "api" / "clients.html").read_text()
    # The reference is built from the docstrings: both clients, with their options.
    assert "AsyncByteful" in clients and "Byteful" in clients and "max_concurrency" in clients
    assert "residential_ledger.search" in (site / "resources.html").read_text()
