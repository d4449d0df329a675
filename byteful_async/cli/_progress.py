"""The progress of a fetch: pages, rows, rows/s, retries and 429s.

Drawn on stderr while it is a terminal; otherwise the same figures come as one summary line
at the end. Retries and 429s are the client's own counters (``client.stats``), read as the
difference since the fetch began.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from byteful_async._calls._pagination import Page
from byteful_async._sending._stats import RequestStats


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 row``, ``2 rows``, ``1 retry``, ``3 retries`` (with thousands separators)."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


class FetchProgress:
    """Counts what a fetch did and, on a terminal, shows it live.

    Use as a context manager around the fetch; pass :meth:`page` as ``on_page``.
    """

    def __init__(self, console: Console, label: str, stats: RequestStats) -> None:
        self.console = console
        self.label = label
        self._stats = stats
        self._start = stats.snapshot()
        self.pages = 0
        self.rows = 0
        self.total_rows: int | None = None
        self.total_pages: int | None = None
        self.started = time.monotonic()
        self.seconds = 0.0
        self._live: Progress | None = None
        self._task: Any = None

    @property
    def retries(self) -> int:
        """Requests sent again after a failure (429s included)."""
        return self._stats.retries - self._start.retries

    @property
    def rate_limited(self) -> int:
        """Requests the API answered 429 (each was retried after the wait it asked for)."""
        return self._stats.rate_limited - self._start.rate_limited

    @property
    def rows_per_second(self) -> float:
        """Rows so far over the time so far."""
        elapsed = self.seconds or (time.monotonic() - self.started)
        return self.rows / elapsed if elapsed > 0 else 0.0

    def __enter__(self) -> FetchProgress:
        self._start = self._stats.snapshot()
        self.started = time.monotonic()
        if self.console.is_terminal:
            self._live = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.fields[pages]}"),
                TextColumn("{task.fields[rows]}"),
                TextColumn("{task.fields[speed]}"),
                TextColumn("{task.fields[trouble]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self._live.start()
            self._task = self._live.add_task(
                self.label, total=None, pages="page 0", rows="0 rows", speed="", trouble=""
            )
        return self

    def page(self, page: Page[Any]) -> None:
        """Take in one page (the ``on_page`` callback of ``stream``/``collect``)."""
        self.pages += 1
        self.rows += len(page.items)
        if page.total_count >= 0:
            self.total_rows = page.total_count
            self.total_pages = page.total_pages
        self._refresh()

    def _refresh(self) -> None:
        if self._live is None:
            return
        of = f"/{self.total_pages}" if self.total_pages is not None else ""
        self._live.update(
            self._task,
            completed=self.rows,
            total=self.total_rows,
            pages=f"page {self.pages}{of}",
            rows=plural(self.rows, "row"),
            speed=self._speed(),
            trouble=f"{plural(self.retries, 'retry', 'retries')}, {self.rate_limited} x 429",
        )

    #: A rate over less time, or fewer pages, than this is noise ("1 row, 250,000 rows/s").
    MEASURED_AFTER: float = 1.0

    def _speed(self) -> str:
        elapsed = self.seconds or (time.monotonic() - self.started)
        if self.pages < 2 or elapsed < self.MEASURED_AFTER:
            return ""
        return f"{self.rows_per_second:,.0f} rows/s"

    def summary(self) -> str:
        """One line: rows, pages, seconds, rows/s (once it means something), retries, 429s."""
        speed = self._speed()
        return (
            f"{plural(self.rows, 'row')} in {plural(self.pages, 'page')}, {self.seconds:.1f} s, "
            + (f"{speed}, " if speed else "")
            + f"{plural(self.retries, 'retry', 'retries')}, {self.rate_limited} answered 429"
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.seconds = time.monotonic() - self.started
        self._refresh()
        if self._live is not None:
            self._live.stop()
