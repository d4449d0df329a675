"""``--profiles a,b`` on ``customer`` and ``usage``: several accounts side by side, one table.

Each profile's keys are used for its own requests (each account keeps its own rate limit);
the accounts are fetched concurrently.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
from datetime import UTC, date, datetime, timedelta
from typing import Any

from byteful_async.cli._commands import (
    Streams,
    account_now,
    client_for,
    customer,
    emit_json,
    make_table,
    usage,
    usage_rows,
)
from byteful_async.cli._format import dollars, human_bytes
from byteful_async.usage import daily_usage


def _as_profile(args: argparse.Namespace, name: str) -> argparse.Namespace:
    """``args`` for one profile: its keys, not the ones the command line gave."""
    one = copy.copy(args)
    one.profile, one.public_key, one.private_key, one.base_url = name, None, None, None
    return one


async def _account(args: argparse.Namespace, name: str) -> dict[str, Any]:
    async with client_for(_as_profile(args, name)) as client:
        me, residential, mobile, services = await account_now(client)
    return {
        "profile": name,
        "customer_id": me.customer_id,
        "customer_email_address": me.customer_email_address,
        "credit_balance": me.credit_balance,
        "residential_bytes_left": residential,
        "mobile_bytes_left": mobile,
        "active_services": len(services),
    }


async def customers(args: argparse.Namespace, io: Streams) -> int:
    """``byteful customer --profiles a,b``: one row an account."""
    rows = await asyncio.gather(*(_account(args, name) for name in args.profiles))
    if args.json:
        emit_json(io, rows)
        return 0
    headings = ["Profile", "Customer", "Credit", "Residential left", "Mobile left", "Services"]
    table = make_table(
        f"Accounts ({len(rows)})",
        headings,
        numeric=headings[2:],
        give_way=["Customer"],
    )
    for row in rows:
        table.add_row(
            row["profile"],
            f"{row['customer_id']} {row['customer_email_address'] or ''}".strip(),
            dollars(row["credit_balance"]),
            human_bytes(row["residential_bytes_left"]),
            human_bytes(row["mobile_bytes_left"]),
            str(row["active_services"]),
        )
    io.out.print(table)
    return 0


async def _usage_of(
    args: argparse.Namespace, name: str, since: date, until: date
) -> dict[str, Any]:
    kind = args.kind
    async with client_for(_as_profile(args, name)) as client:
        rows, left_now = await usage_rows(client, kind, since, until)
    days = daily_usage(rows, since=since, until=until, left_now=left_now)
    return {
        "profile": name,
        "used_bytes": sum(d.used for d in days),
        "requests": sum(d.requests for d in days),
        "added_bytes": sum(d.added for d in days),
        "left_bytes": days[-1].remaining,
    }


async def usages(args: argparse.Namespace, io: Streams) -> int:
    """``byteful usage --profiles a,b``: each account's totals over the same days."""
    until: date = args.until or datetime.now(UTC).date()
    since = until - timedelta(days=args.days - 1)
    rows = await asyncio.gather(*(_usage_of(args, n, since, until) for n in args.profiles))
    if args.json:
        emit_json(io, rows)
        return 0
    headings = ["Profile", "Used", "Requests", "Added", "Left"]
    table = make_table(
        f"{args.kind.capitalize()} data, {since} to {until}", headings, numeric=headings[1:]
    )
    for row in rows:
        table.add_row(
            row["profile"],
            human_bytes(row["used_bytes"]),
            f"{row['requests']:,}",
            human_bytes(row["added_bytes"]),
            human_bytes(row["left_bytes"]),
        )
    io.out.print(table)
    return 0


async def customer_command(args: argparse.Namespace, io: Streams) -> int:
    """``byteful customer``: one account, or several with ``--profiles``."""
    return await (customers if args.profiles else customer)(args, io)


async def by_user(args: argparse.Namespace, io: Streams) -> int:
    """``byteful usage --by-user``: each proxy user's bytes used of the pool against its limit."""
    kind = args.kind
    async with client_for(args) as client:
        users = await client.proxy_users.search(per_page=100).collect(concurrency=4)
    rows = [
        {
            "proxy_user_id": u.proxy_user_id,
            "pool": kind,
            "bytes_used": getattr(u, f"proxy_user_{kind}_bytes_used"),
            "bytes_limit": getattr(u, f"proxy_user_{kind}_bytes_limit"),
        }
        for u in users
        if not u.proxy_user_is_deleted
    ]
    rows.sort(key=lambda r: -(r["bytes_used"] or 0))
    if args.json:
        emit_json(io, rows)
        return 0
    headings = ["User", "Used", "Limit", "Of the limit"]
    table = make_table(
        f"{kind.capitalize()} data by proxy user ({len(rows)})", headings, numeric=headings[1:]
    )
    for row in rows:
        used, limit = row["bytes_used"], row["bytes_limit"]
        share = f"{used / limit:.0%}" if used is not None and limit else "no limit"
        table.add_row(row["proxy_user_id"], human_bytes(used), human_bytes(limit), share)
    io.out.print(table)
    return 0


async def usage_command(args: argparse.Namespace, io: Streams) -> int:
    """``byteful usage``: one account's days, several accounts' totals, or its proxy users."""
    if args.by_user:
        if args.profiles or args.db or args.plot:
            raise ValueError("--by-user shows the proxy users now: no --profiles, --db or --plot")
        return await by_user(args, io)
    if args.profiles and (args.db or args.plot):
        raise ValueError("--profiles shows each account's totals: it takes no --db or --plot")
    return await (usages if args.profiles else usage)(args, io)
