"""The chart of daily data usage (the figures come from ``byteful_async.usage``)."""

from __future__ import annotations

import math
from pathlib import Path

from byteful_async._basics._install import install_command
from byteful_async.usage import UsageDay

GIB = 1024**3


CHART_FORMATS = (".png", ".svg", ".pdf")


def check_plot(path: str) -> None:
    """Refuse a chart that cannot be written, before anything is fetched.

    Raises:
        ValueError: the suffix is not .png, .svg or .pdf.
        FileNotFoundError: the directory does not exist.
        RuntimeError: matplotlib is not installed.

    """
    target = Path(path)
    if target.suffix.lower() not in CHART_FORMATS:
        raise ValueError(f"--plot {path}: the chart is written as {', '.join(CHART_FORMATS)}")
    if not target.parent.is_dir():
        raise FileNotFoundError(f"--plot {path}: no directory {str(target.parent)!r}")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise RuntimeError(f"--plot needs matplotlib: {install_command('plot')}") from None


def plot(days: list[UsageDay], kind: str, path: str) -> None:
    """Write a PNG: bars of the bytes used each day and a line of the pool left (GiB)."""
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError(f"--plot needs matplotlib: {install_command('plot')}") from None
    matplotlib.use("Agg")  # files only: no display needed
    from matplotlib import pyplot

    figure, used_axis = pyplot.subplots(figsize=(10, 4.5), dpi=110)
    try:
        where = list(range(len(days)))
        used_axis.bar(where, [d.used / GIB for d in days], color="#4c78a8", label="used per day")
        used_axis.set_ylabel("GiB used per day")
        used_axis.set_title(f"{kind.capitalize()} data, {days[0].day} to {days[-1].day}")
        step = max(1, len(days) // 15)  # at most ~15 date labels
        used_axis.set_xticks(where[::step], [d.day.isoformat() for d in days[::step]])
        known = [d.remaining for d in days if d.remaining is not None]
        if known:
            left_axis = used_axis.twinx()
            left_axis.plot(
                where,
                [math.nan if d.remaining is None else d.remaining / GIB for d in days],
                color="#e45756",
                linewidth=2,
                label="left at end of day",
            )
            left_axis.set_ylabel("GiB left in the pool")
            left_axis.set_ylim(bottom=min(0.0, min(known) / GIB))
            figure.legend(loc="upper right", ncols=2, frameon=False)
        figure.autofmt_xdate()
        figure.tight_layout(rect=(0, 0, 1, 0.95))  # room for the legend above the plot
        figure.savefig(Path(path), format=Path(path).suffix.lower().lstrip("."))
    finally:
        pyplot.close(figure)
