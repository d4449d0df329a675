"""What the benchmarks share: FakeByteful in another process, repeated figures, result files.

Every figure is measured several times; :func:`spread` keeps the median, the best and the
worst, so one noisy moment on a shared machine shows up as spread instead of as the answer.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import aiohttp

RESULTS = Path(__file__).resolve().parent / "results"

try:  # the peer SDK is a bench-only dependency (make bench installs it)
    from byteful import BytefulClient as PeerClient
except ImportError:
    PeerClient = None


@contextlib.contextmanager
def served(*args: str) -> Iterator[tuple[str, str, str]]:
    """Run ``python -m byteful_async.testing ARGS``; yield (url, public key, private key)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "byteful_async.testing", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url, public, private = process.stdout.readline().split()
        yield url, public, private
    finally:
        process.terminate()
        process.wait(timeout=10)


async def server_stats(url: str) -> dict[str, int]:
    """The fake server's request counters (all, answered 429, 5xx, faults)."""
    stats_url = url.removesuffix("/1.0") + "/_fake/stats"
    async with aiohttp.ClientSession() as session, session.get(stats_url) as response:
        return dict(await response.json())


def spread(values: Iterable[float]) -> dict[str, float]:
    """Median, min and max of repeated measurements, and how many there were."""
    data = list(values)
    return {
        "median": statistics.median(data),
        "min": min(data),
        "max": max(data),
        "runs": len(data),
    }


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    """Where and when the figures were taken."""
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "byteful_async": _version("byteful-async"),
        "byteful_sdk": _version("byteful-sdk"),
    }


def save(name: str, figures: dict[str, Any]) -> Path:
    """Write ``results/<name>.json`` (the figures and the machine) and return its path."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), "figures": figures}, indent=2) + "\n")
    return path
