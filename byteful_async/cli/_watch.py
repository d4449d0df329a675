"""``byteful watch``: snapshots of the account, and alerts that run a command or post a webhook.

A webhook is posted with a session of its own (the API's keys never go to it), a 10 s
timeout and three attempts. A command runs through the shell with the alert in its
environment. A failed action is reported on stderr and the watch goes on. Ctrl-C and
SIGTERM (which the command line turns into a cancellation) stop it cleanly (exit 0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from typing import Any

import aiohttp

from byteful_async._watch import Alert, Snapshot
from byteful_async.cli._commands import Streams, client_for
from byteful_async.cli._format import dollars, human_bytes

_WEBHOOK_ATTEMPTS = 3
_WEBHOOK_TIMEOUT = aiohttp.ClientTimeout(total=10)
_EXEC_TIMEOUT = 60.0


def _pool(snap: Snapshot, kind: str) -> str:
    left = getattr(snap, f"{kind}_bytes_left")
    if left is None:
        return f"{kind} -"
    days = getattr(snap, f"{kind}_days_left")
    return f"{kind} {human_bytes(left)}" + (f" ({days:,.1f} days)" if days is not None else "")


def _shown(alert: Alert) -> str:
    if alert.field == "credit_balance":
        return f"{dollars(int(alert.value))} below {dollars(int(alert.threshold))}"
    if alert.field.endswith("_days_left"):
        return f"{alert.value:,.1f} days below {alert.threshold:,.1f}"
    return f"{human_bytes(int(alert.value))} below {human_bytes(int(alert.threshold))}"


def alert_payload(alert: Alert, snap: Snapshot) -> dict[str, Any]:
    """What a webhook receives (and, as variables, a command)."""
    return {
        "field": alert.field,
        "value": alert.value,
        "threshold": alert.threshold,
        "at": snap.at.isoformat(),
    }


async def _post(url: str, payload: dict[str, Any], io: Streams) -> None:
    async with aiohttp.ClientSession(timeout=_WEBHOOK_TIMEOUT) as session:
        for attempt in range(1, _WEBHOOK_ATTEMPTS + 1):
            try:
                async with session.post(url, json=payload, allow_redirects=False) as answer:
                    if answer.status < 300:
                        return
                    problem = f"answered {answer.status}"
                    if answer.status < 500 and answer.status != 429:
                        break  # the receiver refuses it: sending again changes nothing
            except (aiohttp.ClientError, TimeoutError) as exc:
                problem = type(exc).__name__
            if attempt < _WEBHOOK_ATTEMPTS:
                await asyncio.sleep(attempt)
    io.err.print(f"byteful watch: the webhook failed ({problem}); watching on", highlight=False)


async def _run(command: str, payload: dict[str, Any], io: Streams) -> None:
    env = {**os.environ, **{f"BYTEFUL_ALERT_{k.upper()}": str(v) for k, v in payload.items()}}
    process = await asyncio.create_subprocess_shell(command, env=env)
    try:
        code = await asyncio.wait_for(process.wait(), _EXEC_TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        code = None
    if code != 0:
        ended = "timed out" if code is None else f"exited {code}"
        io.err.print(f"byteful watch: the --exec command {ended}; watching on", highlight=False)


def _thresholds(args: argparse.Namespace) -> dict[str, float]:
    floors = {
        "residential_bytes_left": args.residential_below,
        "mobile_bytes_left": args.mobile_below,
        "credit_balance": args.credit_below,
    }
    return {field: floor for field, floor in floors.items() if floor is not None}


async def watch(args: argparse.Namespace, io: Streams) -> int:
    """Print a line per snapshot and one per alert; act on alerts; stop on a signal."""
    shown = 0
    try:
        async with client_for(args) as client:
            async for snap in client.watch(interval=args.interval, thresholds=_thresholds(args)):
                shown += 1
                _print(snap, args, io)
                for alert in snap.alerts:
                    payload = alert_payload(alert, snap)
                    if args.webhook:
                        await _post(args.webhook, payload, io)
                    if args.exec:
                        await _run(args.exec, payload, io)
                if args.count is not None and shown >= args.count:
                    break
    except asyncio.CancelledError:
        # The command line cancels a command on SIGTERM or Ctrl-C: for a watch, that is stop.
        io.err.print("byteful watch: stopped")
        return 0
    return 0


def _print(snap: Snapshot, args: argparse.Namespace, io: Streams) -> None:
    if args.json:
        line = {
            "at": snap.at.isoformat(),
            "credit_balance": snap.credit_balance,
            "residential_bytes_left": snap.residential_bytes_left,
            "mobile_bytes_left": snap.mobile_bytes_left,
            "residential_days_left": snap.residential_days_left,
            "mobile_days_left": snap.mobile_days_left,
            "active_services": [s.service_id for s in snap.active_services],
            "alerts": [alert_payload(a, snap) for a in snap.alerts],
        }
        io.stdout.write(json.dumps(line) + "\n")
        io.stdout.flush()
        return
    stamp = snap.at.strftime("%Y-%m-%d %H:%M:%S")
    io.out.print(
        f"{stamp}  credit {dollars(snap.credit_balance)}  {_pool(snap, 'residential')}  "
        f"{_pool(snap, 'mobile')}  {len(snap.active_services)} active services",
        highlight=False,
    )
    for alert in snap.alerts:
        io.out.print(f"{stamp}  ALERT {alert.field}: {_shown(alert)}", highlight=False)
    io.stdout.flush()
