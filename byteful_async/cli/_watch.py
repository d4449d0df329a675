"""``byteful watch``: snapshots of the account, and alerts that run a command or post a webhook.

The watch outlives outages: a snapshot that fails is reported on stderr and tried again
after a backoff; only a refused key ends it (exit 1). Alerts go to the webhook through a
:class:`~byteful_async.webhooks.WebhookOutbox`: kept and re-sent until delivered, and those
still waiting when the watch stops are reported. A command runs through the shell with the
alert in its environment but none of the account's secrets, in a process group of its own,
and is ended with the watch. Ctrl-C and SIGTERM (which the command line turns into a
cancellation) stop it cleanly (exit 0).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
from collections.abc import Mapping
from typing import Any, Final

from byteful_async._basics._exceptions import BytefulError
from byteful_async._bots._watch import Snapshot, alert_body
from byteful_async.cli._commands import Streams, client_for
from byteful_async.cli._format import INTERRUPTED, dollars, human_bytes, one_line
from byteful_async.metrics import WatchMetrics
from byteful_async.webhooks import WebhookOutbox

#: How long a finished watch (``--count``) waits for the webhook to take what is queued.
FLUSH_GRACE = 30.0
#: How long an ``--exec`` command may run, and how long it gets to end after SIGTERM.
EXEC_TIMEOUT = 60.0
EXEC_GRACE = 2.0
#: Variables an ``--exec`` command never inherits.
SECRET_VARIABLES: Final = frozenset(
    {"BYTEFUL_PRIVATE_KEY", "BYTEFUL_REDIS_URL", "BYTEFUL_WEBHOOK_SECRET", "BYTEFUL_DB_URL"}
)


def _pool(snap: Snapshot, kind: str) -> str:
    left = getattr(snap, f"{kind}_bytes_left")
    if left is None:
        return f"{kind} -"
    days = getattr(snap, f"{kind}_days_left")
    return f"{kind} {human_bytes(left)}" + (f" ({days:,.1f} days)" if days is not None else "")


class Commands:
    """The ``--exec`` commands started by one watch, each in its own process group."""

    def __init__(self, command: str, io: Streams) -> None:
        self.command = command
        self.io = io
        self.running: set[asyncio.subprocess.Process] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, payload: Mapping[str, Any]) -> None:
        """Run the command for one alert, in the background."""
        task = asyncio.get_running_loop().create_task(self._run(payload))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, payload: Mapping[str, Any]) -> None:
        env = {k: v for k, v in os.environ.items() if k not in SECRET_VARIABLES}
        env.update(
            {f"BYTEFUL_ALERT_{k.upper()}": str(v) for k, v in payload.items() if k != "content"}
        )
        process = await asyncio.create_subprocess_shell(
            self.command, env=env, start_new_session=True
        )
        self.running.add(process)
        try:
            code: int | None = await asyncio.wait_for(process.wait(), EXEC_TIMEOUT)
        except TimeoutError:
            await self._end(process)
            code = None
        finally:
            self.running.discard(process)
        if code != 0:
            ended = "timed out" if code is None else f"exited {code}"
            self.io.err.print(
                f"byteful watch: the --exec command {ended}; watching on", highlight=False
            )

    @staticmethod
    async def _end(process: asyncio.subprocess.Process) -> None:
        """SIGTERM to the command's whole group, then SIGKILL if it is still there."""
        for sig, grace in ((signal.SIGTERM, EXEC_GRACE), (signal.SIGKILL, None)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, sig)
            if grace is None:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), grace)
                return
        await process.wait()

    async def wait(self) -> None:
        """Wait for the commands started so far (each is bounded by its timeout)."""
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def stop(self) -> None:
        """End every command still running, and its children."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*(self._end(p) for p in list(self.running)))
        await asyncio.gather(*self._tasks, return_exceptions=True)


def _thresholds(args: argparse.Namespace) -> dict[str, float]:
    floors = {
        "residential_bytes_left": args.residential_below,
        "mobile_bytes_left": args.mobile_below,
        "credit_balance": args.credit_below,
    }
    chosen: dict[str, float] = {f: floor for f, floor in floors.items() if floor is not None}
    for name, pool, size in args.user_below or ():
        chosen[f"proxy_user:{name}:{pool}_bytes_left"] = size
    return chosen


def _outbox(args: argparse.Namespace, io: Streams) -> WebhookOutbox | None:
    if not args.webhook:
        return None
    secret = args.webhook_secret or os.environ.get("BYTEFUL_WEBHOOK_SECRET") or None

    def failed(body: Mapping[str, Any], problem: str) -> None:
        io.err.print(
            f"byteful watch: the webhook failed ({problem}) for {body.get('field')}; "
            "keeping the alert to send again",
            highlight=False,
        )

    return WebhookOutbox(args.webhook, secret=secret, on_failure=failed)


def _metrics(args: argparse.Namespace, io: Streams) -> WatchMetrics | None:
    """The Prometheus endpoint of ``--metrics-port``, serving from now on (None without it)."""
    if args.metrics_port is None:
        return None
    metrics = WatchMetrics()
    port = metrics.serve(args.metrics_port, args.metrics_host)
    io.err.print(
        f"Prometheus metrics on http://{args.metrics_host}:{port}/metrics", highlight=False
    )
    return metrics


async def watch(args: argparse.Namespace, io: Streams) -> int:
    """Print a line per snapshot and one per alert; act on alerts; stop on a signal."""
    shown = 0
    outbox = _outbox(args, io)
    commands = Commands(args.exec, io) if args.exec else None
    metrics = _metrics(args, io)
    stopped = False
    try:
        async with client_for(args) as client:
            following = client.watch(
                interval=args.interval, thresholds=_thresholds(args), limit_share=args.user_limit
            )
            async for snap in following:
                if metrics is not None:
                    metrics.update(snap)
                if snap.error is not None:
                    _print_error(snap.error, io)
                    continue
                shown += 1
                _print(snap, args, io)
                for alert in snap.alerts:
                    payload = alert_body(alert, snap)
                    if outbox is not None:
                        outbox.send(payload)
                    if commands is not None:
                        commands.start(payload)
                if args.count is not None and shown >= args.count:
                    break
            # A watch that ran its --count: what it started may finish (a signal ends it all).
            if commands is not None:
                await commands.wait()
            if outbox is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(outbox.flush(), FLUSH_GRACE)
    except asyncio.CancelledError:
        # The command line cancels a command on SIGTERM or Ctrl-C: for a watch, that is stop.
        stopped = True
    finally:
        if metrics is not None:
            metrics.close()
        if commands is not None:
            await commands.stop()
        if outbox is not None:
            left = await outbox.aclose()
            if left:
                fields = ", ".join(str(b.get("field")) for b in left)
                io.err.print(
                    f"byteful watch: {len(left)} alert(s) not delivered to the webhook: {fields}",
                    highlight=False,
                )
    if stopped:
        io.err.print("byteful watch: stopped")
        return INTERRUPTED  # as every command a signal ends
    return 0


def _print_error(error: BytefulError, io: Streams) -> None:
    io.err.print(
        f"byteful watch: a snapshot failed ({one_line(error)}); trying again", highlight=False
    )


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
            "alerts": [alert_body(a, snap) for a in snap.alerts],
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
        io.out.print(f"{stamp}  ALERT {alert.text()}", highlight=False)
    io.stdout.flush()
