"""Warn a webhook before a data pool runs dry (a Discord, Slack or Teams incoming webhook).

    export BYTEFUL_PUBLIC_KEY=... BYTEFUL_PRIVATE_KEY=...
    python examples/alert_bot.py --webhook https://hooks.example.com/T0/B0 --below-gib 5
    python examples/alert_bot.py --fake        # a fake account and a local receiver

The watch takes a snapshot every ``--interval`` seconds; an alert fires once when a pool
drops below its floor, and again only after it has been topped up and dropped again.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

import aiohttp

from byteful_async import AsyncByteful, Snapshot

GIB = 2**30


async def post(session: aiohttp.ClientSession, webhook: str, text: str) -> None:
    """Post one message; a failed post is printed, and the bot watches on."""
    try:
        async with session.post(webhook, json={"text": text}) as answer:
            if answer.status >= 300:
                print(f"webhook answered {answer.status}")
    except aiohttp.ClientError as exc:
        print(f"webhook failed: {exc}")


async def run(
    client: AsyncByteful,
    webhook: str,
    *,
    below_gib: float,
    interval: float,
    snapshots: int | None = None,
) -> list[str]:
    """Watch both pools; post a message per alert. Returns the messages (for tests)."""
    floor = int(below_gib * GIB)
    floors = {"residential_bytes_left": floor, "mobile_bytes_left": floor}
    sent: list[str] = []
    seen = 0
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        snap: Snapshot
        async for snap in client.watch(interval=interval, thresholds=floors):
            for alert in snap.alerts:
                pool = alert.field.removesuffix("_bytes_left")
                days = getattr(snap, f"{pool}_days_left")
                eta = f", about {days:.1f} days at the current rate" if days else ""
                text = f"{pool} data is down to {alert.value / GIB:.2f} GiB{eta}"
                await post(session, webhook, text)
                sent.append(text)
            seen += 1
            if snapshots is not None and seen >= snapshots:
                break
    return sent


async def fake_demo() -> None:
    """Run the bot against FakeByteful, with a local receiver that prints what it gets."""
    from aiohttp import web

    from byteful_async.testing import FakeByteful

    async def receive(request: web.Request) -> web.Response:
        print("webhook got:", (await request.json())["text"])
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port: Any = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with FakeByteful() as server, server.client() as client:
            await run(
                client, f"http://127.0.0.1:{port}/hook", below_gib=10_000, interval=0, snapshots=1
            )
    finally:
        await runner.cleanup()


def main() -> None:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--webhook", help="where alerts are posted")
    parser.add_argument("--below-gib", type=float, default=5.0)
    parser.add_argument("--interval", type=float, default=300.0)
    parser.add_argument("--fake", action="store_true", help="run against a fake account")
    args = parser.parse_args()
    if args.fake:
        asyncio.run(fake_demo())
        return
    if not args.webhook:
        parser.error("--webhook is required (or --fake)")

    async def live() -> None:
        async with AsyncByteful() as client:
            await run(client, args.webhook, below_gib=args.below_gib, interval=args.interval)

    asyncio.run(live())


if __name__ == "__main__":
    main()
