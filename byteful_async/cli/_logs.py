"""``byteful logs``: the proxy request logs (the API keeps 7 days), once or followed.

Rows come oldest first from ``--since`` on; with ``--db``, from the logs mirror (``byteful
logs sync``) instead of the API, so from before its 7 days too. With ``--follow`` the search
is asked again every ``--interval`` seconds for rows at or after the newest one seen; rows
of that same second already printed are recognised by id, so a row is printed once however
the polls fall. Each poll is one or a few requests through the client's rate limiter.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from byteful_async._basics._exceptions import IncompleteResultError
from byteful_async._calls._converter import unstructure
from byteful_async.cli._commands import Streams, client_for
from byteful_async.cli._format import human_bytes
from byteful_async.cli._store import mirror_logs
from byteful_async.models import Log

_AGO = re.compile(r"(\d+)\s*([smhd])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def since_of(text: str, now: datetime) -> datetime:
    """``15m``, ``2h``, ``1d`` ago, or a date or date and time (UTC)."""
    spelled = text.strip().lower()
    found = _AGO.fullmatch(spelled)
    if found is not None:
        amount, unit = int(found.group(1)), found.group(2)
        return now - timedelta(**{_UNITS[unit]: amount})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"--since {text!r}: expected an age (15m, 2h, 1d) or a time (2026-01-31 12:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def status_filters(text: str | None) -> dict[str, int]:
    """``--status``: ``4xx`` (a class), ``502`` (one code)."""
    if text is None:
        return {}
    spelled = text.strip().lower()
    if re.fullmatch(r"[1-5]xx", spelled):
        low = int(spelled[0]) * 100
        return {"min_log_status_code": low, "max_log_status_code": low + 99}
    if spelled.isdigit() and 100 <= int(spelled) <= 599:
        return {"log_status_code": int(spelled)}
    raise ValueError(f"--status {text!r}: expected a code (502) or a class (4xx)")


def _when(log: Log) -> datetime:
    """When the request was made (a row without a time sorts first)."""
    return log.log_request_datetime or datetime.min.replace(tzinfo=UTC)


def _line(log: Log) -> str:
    when = _when(log).strftime("%Y-%m-%d %H:%M:%S")
    return (
        f"{when}  {log.log_status_code or '-':>3}  {log.log_method or '-'} "
        f"{log.log_hostname or '-'}  {log.proxy_user_id or '-'}  "
        f"{human_bytes(log.log_total_bytes)}  {log.log_total_elapsed_ms or 0} ms"
    )


class _Tail:
    """The newest second printed and the ids printed in it: what a poll must not repeat."""

    def __init__(self, since: datetime) -> None:
        self.mark = since
        self.at_mark: set[str] = set()

    def fresh(self, rows: list[Log]) -> list[Log]:
        """The rows not printed before, oldest first; the mark moves to the newest."""
        new = [r for r in rows if _when(r) > self.mark or r.log_id not in self.at_mark]
        new = list({r.log_id: r for r in new}.values())  # once, even if a page repeats one
        new.sort(key=lambda r: (_when(r), r.log_id))
        for row in new:
            if _when(row) > self.mark:
                self.mark, self.at_mark = _when(row), set()
            self.at_mark.add(row.log_id)
        return new


def _print(rows: list[Log], args: argparse.Namespace, io: Streams) -> None:
    for row in rows:
        text = json.dumps(unstructure(row)) if args.json else _line(row)
        io.stdout.write(text + "\n")
    io.stdout.flush()


async def logs(args: argparse.Namespace, io: Streams) -> int:
    """Print the matching request logs; with ``--follow``, keep printing new ones."""
    filters: dict[str, Any] = status_filters(args.status)
    if args.proxy_user:
        filters["proxy_user_id"] = args.proxy_user
    since = since_of(args.since, datetime.now(UTC))
    if args.db is not None:
        if args.follow:
            raise ValueError("--follow reads the API as logs arrive; leave out --db")
        _print(await mirror_logs(args.db, since, filters), args, io)
        return 0
    tail = _Tail(since)
    polls = 0
    async with client_for(args) as client:
        while True:
            search = client.logs.search(
                min_log_request_datetime=tail.mark,
                sort_by="log_request_datetime_asc",
                per_page=100,
                **filters,
            )
            try:
                rows = await search.collect(concurrency=4)
            except IncompleteResultError:
                if not args.follow:
                    raise
                rows = []  # logs arrived during the walk: the next poll reads them whole
            _print(tail.fresh(rows), args, io)
            polls += 1
            if not args.follow or (args.polls is not None and polls >= args.polls):
                return 0
            await asyncio.sleep(args.interval)
