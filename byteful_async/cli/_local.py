"""Commands that need no account: the fake server, the demo on it, the endpoint list."""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from byteful_async._basics._install import install_command
from byteful_async._calls._endpoint import Endpoint
from byteful_async.cli._commands import (
    Streams,
    customer,
    export_rows,
    keys_for,
    make_table,
    usage,
)
from byteful_async.cli._parser import parse_command
from byteful_async.resources import OPERATIONS

if TYPE_CHECKING:
    from byteful_async.testing import FakeByteful


def _fake(args: argparse.Namespace, **extra: Any) -> FakeByteful:
    # Imported here: the server (aiohttp.web) is only needed by these two commands.
    from byteful_async.testing import FakeByteful

    return FakeByteful(
        residential_rows=args.rows,
        mobile_rows=args.rows,
        rate_limit=args.rate_limit or None,
        latency=args.latency,
        seed=args.seed,
        **extra,
    )


def _window(server: FakeByteful) -> tuple[str, str]:
    """The first and last period dates the residential ledger holds."""
    table = server.residential
    if not table.size:
        return "-", "-"
    key = "residential_ledger_period_date"
    return table.row(0)[key], table.row(table.size - 1)[key]


async def fake_server(args: argparse.Namespace, io: Streams) -> int:
    """Serve the fake API until interrupted, after printing how to point the SDK at it."""
    extra = {
        "end_date": args.end_date,
        "credit_balance": args.credit_balance,
        "retry_after": args.retry_after,
    }
    fake = _fake(args, port=args.port, live=args.live, **extra)
    fake.warm()
    async with fake as server:
        moving = f", moving every {args.live:g} s" if args.live else ""
        io.out.print(
            f"Fake Byteful API on {server.url}{moving} (Ctrl-C to stop). To use it:",
            highlight=False,
        )
        first, last = _window(server)
        io.err.print(
            f"Serving {args.rows:,} rows per ledger from {first} to {last}, seed {args.seed}, "
            f"{args.rate_limit or 'no'} requests/s, {args.latency * 1000:.0f} ms latency, "
            f"credit ${args.credit_balance / 100:,.2f}",
            highlight=False,
        )
        io.out.print(f"  export BYTEFUL_BASE_URL={server.url}", highlight=False)
        io.out.print(f"  export BYTEFUL_PUBLIC_KEY={server.public_key}", highlight=False)
        io.out.print(f"  export BYTEFUL_PRIVATE_KEY={server.private_key}", highlight=False)
        io.stdout.flush()
        await asyncio.Event().wait()
    return 0


async def demo(args: argparse.Namespace, io: Streams) -> int:
    """A fake account at the real rate limit: customer, usage with a chart, a full export."""
    # The files go where asked, or into ./byteful-demo, made again by each run: a demo run
    # over and over leaves one folder, not one more in the temporary directory each time.
    folder = Path(args.dir) if args.dir else Path("byteful-demo")
    folder.mkdir(parents=True, exist_ok=True)
    today = datetime.now(UTC).date()
    from byteful_async.testing import FakeThread

    # The server on a loop of its own, as a remote API: its arrival times are not bunched
    # by the client's work, so spacing at the limit is never answered 429.
    fake = _fake(args, end_date=today)
    fake.warm()
    with FakeThread(fake) as server:
        connection = keys_for(server)

        def step(*argv: str) -> argparse.Namespace:
            # Each step is parsed like a typed command, so it gets the command's defaults.
            io.err.rule("byteful " + " ".join(argv))
            return parse_command(*argv, *connection)

        io.err.rule(
            f"A fake Byteful account at {server.url}: {args.rows:,} rows per ledger, "
            f"{args.rate_limit or 'no'} requests/s, {args.latency * 1000:.0f} ms latency"
        )
        await customer(step("customer"), io)
        chart: Path | None = folder / "residential-usage.png"
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            chart = None
            io.err.print(f"(no chart: matplotlib is not installed; {install_command('plot')})")
        plotting = ["--plot", str(chart)] if chart else []
        await usage(step("usage", "--kind", "residential", "--days", "30", *plotting), io)
        export_path = folder / "residential-ledger.csv"
        export = await export_rows(
            step("ledger", "export", "--kind", "residential", "--out", str(export_path)), io
        )
        stats = server.stats()
    io.err.rule("Summary")
    limit = f"the limit allows {100 * args.rate_limit:,.0f}" if args.rate_limit else "no limit"
    io.err.print(
        f"Exported {export.rows:,} rows in {export.seconds:.1f} s = "
        f"{export.rows_per_second:,.0f} rows/s ({limit}), {export.retries} retries. "
        f"The server answered {stats['requests']:,} requests in all, "
        f"{stats['rate_limited']} of them with 429.",
        highlight=False,
    )
    io.err.print(f"Files: {export_path}" + (f", {chart}" if chart else ""), highlight=False)
    return 0


def effect_of(endpoint: Endpoint[Any]) -> str:
    """``spends money``, ``destroys``, ``write`` or ``read``."""
    if endpoint.spends_money:
        return "spends money"
    if endpoint.destroys:
        return "destroys"
    return "read" if endpoint.retry_safe else "write"


async def endpoints(args: argparse.Namespace, io: Streams) -> int:
    """``byteful endpoints``: the manifest, as a table or JSON lines; sends nothing."""
    if args.json:
        for op in OPERATIONS:
            line = {
                "name": op.name,
                "method": op.method,
                "path": op.path,
                "effect": effect_of(op),
                "retry_safe": op.retry_safe,
                "doc": op.doc,
            }
            io.stdout.write(json.dumps(line) + "\n")
        return 0
    table = make_table("Endpoints", ["call", "request", "effect"], numeric=())
    for op in OPERATIONS:
        table.add_row(op.name, f"{op.method} {op.path.removeprefix('/public/user')}", effect_of(op))
    io.out.print(table)
    return 0
