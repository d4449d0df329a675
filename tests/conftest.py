"""Shared test helpers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import settings

# The same examples on every run and every machine: the suite must be deterministic.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

EXAMPLES = Path(__file__).parent / "examples"


def example(name: str) -> Any:
    """A documented example body from tests/examples/, parsed."""
    return json.loads((EXAMPLES / f"{name}.json").read_text())


def example_names() -> list[str]:
    return sorted(p.stem for p in EXAMPLES.glob("*.json"))
