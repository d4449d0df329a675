"""Every Python example in the README and the documentation pages runs as written.

A block fenced as ``python`` is an example to run; one fenced as ``py`` is shown only (the
"before" of the migration guide, which needs the other SDK and a live account).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BLOCKS = [
    (page, number, source)
    for page in PAGES
    for number, source in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(), re.S))
]


def test_the_readme_and_the_docs_have_examples() -> None:
    assert sum(1 for page, _, _ in BLOCKS if page.name == "README.md") >= 2
    assert len(BLOCKS) >= 15


@pytest.mark.parametrize(
    ("page", "number", "source"),
    BLOCKS,
    ids=[f"{page.relative_to(ROOT)}-{number}" for page, number, _ in BLOCKS],
)
def test_example_runs(page: Path, number: int, source: str) -> None:
    exec(compile(source, f"{page}:block{number}", "exec"), {"__name__": "doc_example"})
