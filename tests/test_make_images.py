"""`python docs/make_images.py`, which redraws the documentation's pictures, runs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def test_the_pictures_are_drawn(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_images", ROOT / "docs" / "make_images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    await module.draw(tmp_path, rows=300, rate_limit=None)
    svg = (tmp_path / "ledger-export.svg").read_text().replace("&#160;", " ")
    assert "byteful ledger export --kind residential" in svg and "300 rows" in svg
    assert (tmp_path / "usage.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
