"""Redraw the documentation's pictures: ``python docs/make_images.py`` (cli and plot extras).

* ``docs/ledger-export.svg``: a terminal recording of ``byteful ledger export`` with its
  progress bar, against FakeByteful at the real 10 requests/s.
* ``docs/usage.png``: ``byteful usage --kind residential --days 30 --plot``.
"""

from __future__ import annotations

import asyncio
import io
import sys
from datetime import date
from pathlib import Path

from rich.console import Console

from byteful_async.cli._commands import Streams, export_rows, keys_for, usage
from byteful_async.cli._parser import parse_command
from byteful_async.testing import FakeByteful

HERE = Path(__file__).resolve().parent


async def draw(where: Path = HERE, *, rows: int = 6_000, rate_limit: float | None = 10) -> None:
    """Record the export, then draw the usage chart, against one fake server.

    The tests draw a small account with no limit into a folder of their own.
    """
    screen = Console(record=True, force_terminal=True, width=118, file=io.StringIO())
    streams = Streams(out=screen, err=screen, stdout=io.StringIO(), stdin=io.StringIO())
    async with FakeByteful(
        residential_rows=rows, rate_limit=rate_limit, latency=0.15, end_date=date(2026, 1, 31)
    ) as server:
        connection = keys_for(server)
        command = "$ byteful ledger export --kind residential --out ledger.csv"
        progress = await export_rows(
            parse_command("ledger", "export", "--kind", "residential", "--out", "-", *connection),
            streams,
        )
        # The recording holds the live display's first frame; keep its last one instead.
        screen.export_text(clear=True)
        screen.print(command, style="bold", highlight=False)
        assert progress._live is not None
        screen.print(progress._live.get_renderable())
        screen.print(f"Wrote {progress.rows:,} rows (csv) to ledger.csv: {progress.summary()}")
        screen.save_svg(str(where / "ledger-export.svg"), title="byteful ledger export")
        quiet = Console(file=io.StringIO())
        chart = ["--until", "2026-01-31", "--plot", str(where / "usage.png")]
        await usage(
            parse_command("usage", "--kind", "residential", "--days", "30", *chart, *connection),
            Streams(out=quiet, err=quiet, stdout=io.StringIO(), stdin=io.StringIO()),
        )
    print(f"wrote {where / 'ledger-export.svg'} and {where / 'usage.png'}", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(draw())
