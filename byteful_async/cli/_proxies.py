"""The proxy side of ``byteful``: the account's proxies, their lines, and the proxy users.

Lines for a service or a country are built from a checked search (every proxy exactly once)
and ``proxies.list_by_id`` in chunks, so each chunk must give one line per proxy asked for.
Passwords show only where the command exists to hand one out: a new user, a new password.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from byteful_async._basics._exceptions import BytefulError, IncompleteResultError
from byteful_async._client import AsyncByteful
from byteful_async.cli._commands import Streams, client_for, emit_json, make_table, shown
from byteful_async.cli._format import human_bytes
from byteful_async.cli._progress import FetchProgress
from byteful_async.models import MAX_PER_PAGE, Proxy, ProxyUser


def _proxy_filters(args: argparse.Namespace) -> dict[str, Any]:
    filters: dict[str, Any] = {
        "service_id": args.service,
        "country_id": args.country,
        "proxy_type": args.type,
        "proxy_status": args.status,
        "city_name": args.city,
    }
    return {name: value for name, value in filters.items() if value is not None}


async def _matching(client: AsyncByteful, args: argparse.Namespace, io: Streams) -> list[Proxy]:
    filters = _proxy_filters(args)
    search = client.proxies.search(per_page=MAX_PER_PAGE, **filters)
    with FetchProgress(io.err, "proxies", client.stats) as progress:
        found = await search.collect(concurrency=4, on_page=progress.page)
    if not found and filters:
        # An empty answer to a filter is easy to miss in a pipeline: say it on stderr.
        given = ", ".join(f"--{_FLAGS[name]} {value}" for name, value in filters.items())
        io.err.print(f"byteful: warning: no proxy matches {given}", highlight=False)
    return found


#: The option each proxy filter comes from.
_FLAGS = {
    "service_id": "service",
    "country_id": "country",
    "proxy_type": "type",
    "proxy_status": "status",
    "city_name": "city",
}


async def proxies_list(args: argparse.Namespace, io: Streams) -> int:
    """A table of the proxies matching the filters (all of them without any)."""
    async with client_for(args) as client:
        proxies = await _matching(client, args, io)
    if args.json:
        emit_json(io, [shown(p) for p in proxies])  # passwords left out, as in the table
        return 0
    table = make_table(
        f"Proxies ({len(proxies)})",
        ["Proxy", "Address", "HTTP", "SOCKS5", "Type", "Status", "Country", "City", "Service"],
        numeric={"HTTP", "SOCKS5"},
        give_way=["City", "SOCKS5", "HTTP", "Country", "Status"],
    )
    for proxy in proxies:
        table.add_row(
            proxy.proxy_id,
            proxy.proxy_ip_address or proxy.proxy_ip_address_v6 or "",
            str(proxy.proxy_http_port or ""),
            str(proxy.proxy_socks5_port or ""),
            str(proxy.proxy_type or ""),
            str(proxy.proxy_status or ""),
            proxy.country_id or "",
            proxy.city_name or "",
            proxy.service_id or "",
        )
    io.out.print(table)
    return 0


async def _lines_for(client: AsyncByteful, ids: list[str], options: dict[str, Any]) -> list[str]:
    lines = await client.proxies.list_by_id(ids, **options)
    if len(lines) != len(ids):
        raise IncompleteResultError(
            f"proxies.list_by_id gave {len(lines)} lines for {len(ids)} proxies; "
            "nothing was written",
            expected=len(ids),
            received=len(lines),
        )
    return lines


async def proxies_lines(args: argparse.Namespace, io: Streams) -> int:
    """One line per matching proxy (ready for a scraper's proxy list), on stdout."""
    options: dict[str, Any] = {"list_format": args.format}
    if args.user is not None:
        options["proxy_user_id"] = args.user
    if args.protocol is not None:
        options["list_protocol"] = args.protocol
    async with client_for(args) as client:
        proxies = await _matching(client, args, io)
        ids = [p.proxy_id for p in proxies]
        chunks = [ids[i : i + MAX_PER_PAGE] for i in range(0, len(ids), MAX_PER_PAGE)]
        written = await asyncio.gather(*(_lines_for(client, c, options) for c in chunks))
    for chunk in written:
        for line in chunk:
            io.stdout.write(line + "\n")
    io.stdout.flush()
    io.err.print(f"{len(ids)} lines ({args.format})")
    return 0


async def pool_lines(args: argparse.Namespace, io: Streams) -> int:
    """Lines for the residential or mobile gateway, targeted and with sessions as asked."""
    options: dict[str, Any] = {
        "list_count": args.count,
        "list_format": args.format,
        "list_session_type": args.session,
        "country_id": args.country,
        "city_alias": args.city,
        "proxy_user_id": args.user,
    }
    async with client_for(args) as client:
        pool = client.residential if args.pool == "residential" else client.mobile
        lines = await pool.list(**{k: v for k, v in options.items() if v is not None})
    for line in lines:
        io.stdout.write(line + "\n")
    io.stdout.flush()
    io.err.print(f"{len(lines)} {args.pool} lines ({args.format}, {args.session})")
    return 0


# -- proxy users ------------------------------------------------------------------------------


def _limit(used: int | None, limit: int | None) -> str:
    if limit is None:
        return human_bytes(used) if used else ""
    return f"{human_bytes(used or 0)} of {human_bytes(limit)}"


async def proxy_users_list(args: argparse.Namespace, io: Streams) -> int:
    """A table of the proxy users (never their passwords)."""
    async with client_for(args) as client:
        users = await client.proxy_users.search(per_page=MAX_PER_PAGE).collect()
    if args.json:
        emit_json(io, [shown(u) for u in users])  # never the passwords
        return 0
    table = make_table(
        f"Proxy users ({len(users)})",
        ["User", "Access", "Default", "Residential used", "Metadata", "Created"],
        numeric={"Residential used"},
    )
    for user in users:
        created = user.proxy_user_creation_datetime
        table.add_row(
            user.proxy_user_id,
            str(user.proxy_user_access_type or ""),
            "yes" if user.proxy_user_is_default else "",
            _limit(user.proxy_user_residential_bytes_used, user.proxy_user_residential_bytes_limit),
            ", ".join(f"{k}={v}" for k, v in (user.proxy_user_metadata or {}).items()),
            created.date().isoformat() if created else "",
        )
    io.out.print(table)
    return 0


def _metadata(pairs: list[tuple[str, str]] | None) -> dict[str, str] | None:
    return None if not pairs else dict(pairs)


async def proxy_users_create(args: argparse.Namespace, io: Streams) -> int:
    """Create a proxy user and print its credentials (the password only this once)."""
    fields: dict[str, Any] = {
        "proxy_user_id": args.name,
        "proxy_user_access_type": args.access,
        "proxy_user_residential_bytes_limit": args.residential_limit,
        "proxy_user_metadata": _metadata(args.metadata),
    }
    async with client_for(args) as client:
        made = await client.proxy_users.create(**{k: v for k, v in fields.items() if v is not None})
        name = made.created[0] if made.created else args.name
        user: ProxyUser | None = made.data
        if user is None or user.proxy_user_password is None:
            user = await client.proxy_users.retrieve(name)
    if args.json:
        # The one place a password is printed: the user asked for these credentials.
        emit_json(io, {**shown(user), "proxy_user_password": user.proxy_user_password})
        return 0
    io.out.print(f"Created proxy user {user.proxy_user_id}", highlight=False)
    _print_password(io, user.proxy_user_password)
    return 0


def _print_password(io: Streams, password: str | None) -> None:
    if password is None:
        io.err.print("The API sent no password; set one with `byteful proxy-users rotate-password`")
        return
    # The one place a password is shown: the user asked for these credentials.
    io.stdout.write(f"Password: {password}\n")
    io.stdout.flush()
    io.err.print("Keep it now: it is not shown again.")


def confirm(io: Streams, question: str, *, yes: bool) -> bool:
    """True when ``--yes`` was given or the person at the terminal answers y."""
    if yes:
        return True
    if not io.stdin.isatty():
        raise ValueError(f"{question} Pass --yes to confirm (there is no terminal to ask)")
    io.err.print(f"{question} [y/N] ", end="", markup=False, highlight=False)
    answer = io.stdin.readline().strip().lower()
    return answer in ("y", "yes")


async def proxy_users_rotate(args: argparse.Namespace, io: Streams) -> int:
    """Give a proxy user a new random password (clients using the old one stop working)."""
    question = (
        f"Give {args.name} a new password? Everything using the old one stops working at once."
    )
    if not confirm(io, question, yes=args.yes):
        io.err.print("Nothing changed.")
        return 1
    async with client_for(args) as client:
        try:
            password = await client.proxy_users.rotate_password(args.name)
        except BytefulError as exc:
            body = exc.call.body if exc.outcome_unknown and exc.call is not None else None
            if not body:
                raise
            # The server may have set it: the password must not be lost with the answer.
            if args.json:
                maybe = body["proxy_user_password"].reveal()
                emit_json(io, {"proxy_user_id": args.name, "proxy_user_password": maybe,
                               "outcome_unknown": True})  # fmt: skip
                return 1
            io.err.print(
                f"byteful: the answer was lost; {args.name} may now have this password "
                "(try it before rotating again):",
                highlight=False,
            )
            _print_password(io, body["proxy_user_password"].reveal())
            return 1
    if args.json:
        emit_json(io, {"proxy_user_id": args.name, "proxy_user_password": password.reveal()})
        return 0
    io.out.print(f"New password set for {args.name}", highlight=False)
    _print_password(io, password.reveal())
    return 0


async def proxy_users_delete(args: argparse.Namespace, io: Streams) -> int:
    """Delete a proxy user (one DELETE, never resent)."""
    question = f"Delete proxy user {args.name}? Its credentials stop working at once."
    if not confirm(io, question, yes=args.yes):
        io.err.print("Nothing deleted.")
        return 1
    async with client_for(args) as client:
        await client.proxy_users.delete(args.name)
    if args.json:
        emit_json(io, {"proxy_user_id": args.name, "deleted": True})
        return 0
    io.out.print(f"Deleted proxy user {args.name}", highlight=False)
    return 0
