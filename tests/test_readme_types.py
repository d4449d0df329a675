"""Every Python example in the README and the docs passes mypy --strict, as an editor would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .test_readme import BLOCKS, ROOT


def test_every_example_type_checks(tmp_path: Path) -> None:
    assert len(BLOCKS) >= 15
    for page, number, source in BLOCKS:
        name = str(page.relative_to(ROOT)).replace("/", "_").replace(".", "_")
        (tmp_path / f"{name}_{number}.py").write_text(source)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout
