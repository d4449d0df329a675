"""Run FakeByteful in the foreground: ``python -m byteful_async.testing --rows 6000``.

Builds every account's ledgers first, then prints one line, ``URL PUBLIC_KEY PRIVATE_KEY``
(the first account's keys; account ``n`` adds ``_n`` to both), and serves until interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from byteful_async.testing._server import FakeByteful


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m byteful_async.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port to bind (0: any free port)")
    parser.add_argument("--rows", type=int, default=10_000, help="rows in each ledger")
    parser.add_argument(
        "--rate-limit", type=float, default=10.0, help="requests/s per account; 0 turns it off"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each answer")
    parser.add_argument("--retry-after", type=float, default=None, help="Retry-After on 429s")
    parser.add_argument("--accounts", type=int, default=1, help="accounts, each with its keys")
    parser.add_argument(
        "--logs-per-hour", type=int, default=2, help="request logs an hour over the last 7 days"
    )
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    server = FakeByteful(
        residential_rows=args.rows,
        mobile_rows=args.rows,
        rate_limit=args.rate_limit or None,
        latency=args.latency,
        retry_after=args.retry_after,
        port=args.port,
        accounts=args.accounts,
        logs_per_hour=args.logs_per_hour,
    )
    server.warm()  # whoever reads the line below may start a clock
    async with server:
        print(server.url, server.public_key, server.private_key, flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    """Serve until Ctrl-C."""
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(_parse(argv)))


if __name__ == "__main__":
    main()
