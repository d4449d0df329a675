"""What each ``byteful`` command does, over one :class:`AsyncByteful`."""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
from collections.abc import Callable, Collection, Coroutine, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, TextIO

import attrs
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table

from byteful_async._basics._exceptions import APIStatusError
from byteful_async._bots._watch import pool_left
from byteful_async._calls._converter import unstructure
from byteful_async._client import AsyncByteful
from byteful_async.cli._export import RowWriter, format_for, output
from byteful_async.cli._format import dollars, human_bytes
from byteful_async.cli._profiles import Keys, keys_for_args
from byteful_async.cli._progress import FetchProgress, plural
from byteful_async.cli._store import mirror_rows
from byteful_async.cli._usage import check_plot, plot
from byteful_async.models import (
    CatalogProduct,
    Customer,
    LedgerReason,
    MobileLedger,
    Quote,
    ResidentialLedger,
)
from byteful_async.usage import daily_usage

if TYPE_CHECKING:
    from byteful_async.testing import FakeByteful


@attrs.define
class Streams:
    """Where the command writes: results on ``out``, progress and notes on ``err``."""

    out: Console
    err: Console
    stdout: TextIO
    """The raw standard output, for ``ledger export --out -`` and proxy lines."""
    stdin: TextIO
    """Where a confirmation is read from (only when it is a terminal)."""


Command = Callable[[argparse.Namespace, Streams], Coroutine[Any, Any, int]]


def _redis_processes(args: argparse.Namespace) -> int | None:
    """``--redis-processes``, when a Redis URL (the flag or the variable) comes with it."""
    processes: int | None = getattr(args, "redis_processes", None)
    if processes is None:
        return None
    if not (getattr(args, "redis", None) or os.environ.get("BYTEFUL_REDIS_URL")):
        raise ValueError("--redis-processes goes with --redis URL (or BYTEFUL_REDIS_URL)")
    return processes


def client_for(args: argparse.Namespace, keys: Keys | None = None) -> AsyncByteful:
    """The client the options, a profile or the environment describe (see ``_profiles``).

    ``keys``: those :func:`keys_for_args` already found for ``args``. Like other command-line
    tools, the command honours ``HTTP_PROXY``, ``HTTPS_PROXY`` and ``NO_PROXY``.
    """
    keys = keys or keys_for_args(args)
    if not keys.public or keys.private is None:
        missing = "public" if not keys.public else "private"
        raise ValueError(
            f"no {missing} key: run `byteful login`, or set BYTEFUL_PUBLIC_KEY and "
            "BYTEFUL_PRIVATE_KEY in the environment, or pass --public-key and --private-key "
            "(the variables are safer: flags show in process lists)"
        )
    return AsyncByteful(
        keys.public,
        keys.private,
        rate_limiter=getattr(args, "redis", None),
        redis_processes=_redis_processes(args),
        base_url=keys.base_url,
        timeout=args.timeout,
        max_retries=args.max_retries,
        trust_env=True,
    )


#: Columns of ids, codes and dates: shown whole however narrow the terminal (what a user
#: copies into the next command must never end in an ellipsis); the others give way or wrap.
WHOLE: Final = frozenset(
    {"Code", "Service", "Proxy", "User", "Address", "Renews", "Created", "Day", "Ledger"}
)


#: The narrowest a column that may wrap is drawn: below this, text is no longer readable.
NARROWEST: Final = 6


class _Table(Table):
    """A table that fits its terminal, and says what it left out to fit.

    :data:`WHOLE` columns keep their widest cell; the others wrap down to :data:`NARROWEST`.
    If that is still too wide, columns give way (the ``give_way`` names first, then the
    other columns from the right), named in a caption.
    """

    give_way: Sequence[str] = ()

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        least = {id(c): _least(c) for c in self.columns}  # each column measured once
        fitted = self._fitted(options.max_width, least)
        for column in fitted.columns:
            column.min_width = least[id(column)]
            column.no_wrap = column.header in WHOLE
        return Table.__rich_console__(fitted, console, options)

    def _fitted(self, width: int, least: dict[int, int]) -> Table:
        kept = list(self.columns)
        order = [c for name in self.give_way for c in kept if c.header == name]
        order += [c for c in reversed(kept) if c not in order and c.header not in WHOLE]
        # The cells, plus a border and two spaces a column, plus one.
        needed = sum(least[id(c)] for c in kept) + 3 * len(kept) + 1
        dropped: list[str] = []
        while needed > width and order:
            column = order.pop(0)
            kept.remove(column)
            needed -= least[id(column)] + 3
            dropped.append(str(column.header))
        if not dropped:
            return self
        fitted = copy.copy(self)
        fitted.columns = kept
        fitted.caption = (
            f"Left out to fit {width} columns: {', '.join(dropped)} (a wider terminal or "
            "--json shows them)"
        )
        fitted.caption_justify = "left"
        return fitted


def _natural(column: Any) -> int:
    """The column's widest line, header included."""
    lines = [str(column.header), *(line for c in column.cells for line in str(c).splitlines())]
    return max(map(cell_len, lines))


def _least(column: Any) -> int:
    """How narrow the column may be drawn."""
    if column.header in WHOLE:
        return _natural(column)
    # A heading may wrap between its words, never inside one.
    longest_word = max(map(cell_len, str(column.header).split()))
    return min(_natural(column), max(NARROWEST, longest_word))


def shown(model: Any) -> dict[str, Any]:
    """A model as the API's JSON, without the fields hidden from repr (credentials)."""
    hidden = {f.name for f in attrs.fields(type(model)) if not f.repr}
    data: dict[str, Any] = unstructure(model)
    return {k: v for k, v in data.items() if k not in hidden}


def emit_json(io: Streams, value: object) -> None:
    """``--json``: one JSON document on stdout."""
    io.stdout.write(json.dumps(value, default=str) + "\n")
    io.stdout.flush()


def make_table(
    title: str,
    headings: Sequence[str],
    *,
    numeric: Collection[str],
    give_way: Sequence[str] = (),
) -> Table:
    """A table titled ``title``; the ``numeric`` columns are right-aligned.

    On a terminal too narrow for every column, the ``give_way`` columns are left out first
    (then the others from the right, never an id), and the table says which.
    """
    table = _Table(title=title, title_justify="left")
    table.give_way = give_way
    for heading in headings:
        # A cell too long for its column wraps, a word too long is folded: never an ellipsis.
        table.add_column(
            heading, justify="right" if heading in numeric else "left", overflow="fold"
        )
    return table


def keys_for(server: FakeByteful) -> list[str]:
    """The options that point a command at ``server``."""
    return [
        "--base-url",
        server.url,
        "--public-key",
        server.public_key,
        "--private-key",
        server.private_key,
    ]


def _ledger(client: AsyncByteful, kind: str) -> Any:
    return client.residential_ledger if kind == "residential" else client.mobile_ledger


def _model(kind: str) -> type:
    return ResidentialLedger if kind == "residential" else MobileLedger


def period_filters(kind: str, since: date | None, until: date | None) -> dict[str, Any]:
    """The ledger filters of a period (either end may be open)."""
    filters: dict[str, Any] = {}
    if since is not None:
        filters[f"min_{kind}_ledger_period_date"] = since
    if until is not None:
        filters[f"max_{kind}_ledger_period_date"] = until
    return filters


# -- customer --------------------------------------------------------------------------------


async def account_now(client: AsyncByteful) -> tuple[Customer, int | None, int | None, list[Any]]:
    """The customer, each pool's bytes left (None without one) and the active services."""
    return await asyncio.gather(
        client.customer.retrieve(),
        pool_left(client, "residential"),
        pool_left(client, "mobile"),
        client.services.search(service_status="active", per_page=100).collect(),
    )


async def customer(args: argparse.Namespace, io: Streams) -> int:
    """Show the account, its credit, the data left in each pool and its active services."""
    async with client_for(args) as client:
        me, residential, mobile, services = await account_now(client)
    if args.json:
        emit_json(
            io,
            {
                "customer": shown(me),
                "residential_bytes_left": residential,
                "mobile_bytes_left": mobile,
                "active_services": [shown(s) for s in services],
            },
        )
        return 0
    account = Table(title="Account", show_header=False, title_justify="left")
    account.add_column(style="bold")
    account.add_column()
    name = " ".join(p for p in (me.customer_first_name, me.customer_last_name) if p)
    account.add_row("Customer", f"{me.customer_id}  {name}  {me.customer_email_address or ''}")
    account.add_row("Credit balance", dollars(me.credit_balance))
    account.add_row("Residential data left", human_bytes(residential))
    account.add_row("Mobile data left", human_bytes(mobile))
    io.out.print(account)
    table = make_table(
        f"Active services ({len(services)})",
        ["Service", "Name", "Type", "Quantity", "Cycle", "Per cycle", "Renews"],
        numeric={"Quantity", "Per cycle"},
    )
    for service in services:
        expiry = service.service_expiry_datetime
        table.add_row(
            service.service_id,
            service.service_name or "",
            str(service.service_type or ""),
            "" if service.service_quantity is None else str(service.service_quantity),
            service.service_cycle or "",
            dollars(service.service_total),
            expiry.date().isoformat() if expiry else "",
        )
    io.out.print(table)
    return 0


# -- catalog and quote -----------------------------------------------------------------------


def _cycle_fields(option: str | None) -> dict[str, Any]:
    if not option or ":" not in option:
        return {}
    count, _, interval = option.partition(":")
    return {"cycle_interval": interval, "cycle_interval_count": int(count)}


@attrs.frozen
class UnitPrice:
    """What one unit of a product costs, or why there is no price."""

    cents: int | None
    cycle: str | None = None
    """The billing cycle priced (``1:month``), when the product has cycles."""
    missing: str | None = None
    """Why there is no price (``not available``, ``invalid quantity``...)."""

    def shown(self) -> str:
        """For the table: ``$1.50 / 1:month``, or why there is none."""
        if self.cents is None:
            return self.missing or "no price"
        return dollars(self.cents) + (f" / {self.cycle}" if self.cycle else "")

    def machine(self) -> dict[str, object]:
        """For ``--json``: cents and the cycle, or why there is no price."""
        return {"price_cents": self.cents, "price_cycle": self.cycle, "no_price": self.missing}


async def _unit_price(client: AsyncByteful, code: str, product: CatalogProduct) -> UnitPrice:
    if not product.product_is_available:
        return UnitPrice(None, missing="not available")
    options = product.product_cycle_options or []
    try:
        quote = await client.checkout.quote(
            product_code=code, quantity=1, **_cycle_fields(options[0] if options else None)
        )
    except APIStatusError as exc:
        return UnitPrice(None, missing=f"no price ({exc.status_code})")
    if not quote.is_valid:
        return UnitPrice(None, missing=f"no price ({quote.invalid_reason or 'invalid'})")
    return UnitPrice(quote.total, cycle=options[0] if options else None)


async def catalog(args: argparse.Namespace, io: Streams) -> int:
    """List the catalog; each available product is quoted for one unit (nothing is bought)."""
    async with client_for(args) as client:
        products = await client.checkout.catalog()
        codes = sorted(products)
        prices: list[UnitPrice] = []
        if not args.no_prices:
            prices = await asyncio.gather(*(_unit_price(client, c, products[c]) for c in codes))
    if args.json:
        emit_json(
            io,
            [
                {"code": code, **shown(products[code]), **(prices[i].machine() if prices else {})}
                for i, code in enumerate(codes)
            ],
        )
        return 0
    headings = ["Code", "Name", "Type", "Country", "Protocol", "Cycles", "Stock"]
    if prices:
        headings.append("Price, 1 unit")
    table = make_table(
        f"Catalog ({len(codes)} products)",
        headings,
        numeric={"Stock", "Price, 1 unit"},
        give_way=["Protocol", "Country", "Cycles", "Type", "Stock"],  # the price stays
    )
    for i, code in enumerate(codes):
        product = products[code]
        stock = "-" if product.product_stock is None else f"{product.product_stock:,}"
        cells = [
            code,
            product.product_name or "",
            str(product.product_type or ""),
            product.country_id or "global",
            str(product.product_protocol or "-"),
            ", ".join(product.product_cycle_options or []),
            stock,
        ]
        if prices:
            cells.append(prices[i].shown())
        table.add_row(*cells)
    io.out.print(table)
    return 0


def _quote_table(code: str, quote: Quote) -> Table:
    table = make_table(
        f"Quote for {code} (nothing bought)",
        ["Item", "Quantity", "Per unit", "Total"],
        numeric={"Quantity", "Per unit", "Total"},
    )
    for item in quote.line_items or []:
        table.add_row(
            item.item_name or str(item.item_type or ""),
            "" if item.item_quantity is None else f"{item.item_quantity:,}",
            dollars(item.item_per_unit_amount),
            dollars(item.item_total),
        )
    table.add_section()
    table.add_row("Before discount", "", "", dollars(quote.before_discount_total))
    if quote.discount:
        promo = f" ({quote.promotional_code})" if quote.promotional_code else ""
        table.add_row(f"Discount{promo}", "", "", "-" + dollars(quote.discount))
    table.add_row("[bold]Total", "", "", f"[bold]{dollars(quote.total)}")
    if quote.customer_credit_balance_applied:
        table.add_row(
            "Paid from credit", "", "", "-" + dollars(quote.customer_credit_balance_applied_amount)
        )
        table.add_row("Left to pay", "", "", dollars(quote.total_after_applied_credit))
    return table


async def quote(args: argparse.Namespace, io: Streams) -> int:
    """Price a purchase; exits 1 when the API says the quote is not valid."""
    fields: dict[str, Any] = {"product_code": args.product_code, "quantity": args.quantity}
    if args.cycle is not None:
        fields["cycle_interval_count"], fields["cycle_interval"] = args.cycle
    if args.promo:
        fields["promotional_code"] = args.promo
    async with client_for(args) as client:
        priced = await client.checkout.quote(**fields)
    if args.json:
        emit_json(io, shown(priced))  # is_valid and invalid_reason say it, for a program
    elif priced.is_valid:
        io.out.print(_quote_table(args.product_code, priced))
    if not priced.is_valid:
        # No table: the zeros of a quote that is not valid are no price.
        io.err.print(
            f"byteful: the quote is not valid: {priced.invalid_reason or 'no reason given'}"
        )
        return 1
    return 0


# -- ledgers ---------------------------------------------------------------------------------


async def ledger_export(args: argparse.Namespace, io: Streams) -> int:
    """Stream every matching ledger row into CSV or JSON Lines, with progress on stderr."""
    await export_rows(args, io)
    return 0


def warn_future(io: Streams, **dates: date | None) -> None:
    """Say on stderr when a date option lies after today (UTC): no ledger row has it yet."""
    today = datetime.now(UTC).date()
    for name, day in dates.items():
        if day is not None and day > today:
            io.err.print(
                f"byteful: warning: --{name} {day} is after today ({today}, UTC): the ledgers "
                "have no rows for the days after today yet",
                highlight=False,
            )


async def export_rows(args: argparse.Namespace, io: Streams) -> FetchProgress:
    if args.since and args.until and args.since > args.until:
        raise ValueError(f"--since {args.since} is after --until {args.until}")
    warn_future(io, since=args.since, until=args.until)
    fmt = format_for(args.out, args.format)
    known = {r.value for r in LedgerReason}
    if args.reason and args.reason not in known:
        # Reasons are an open set: warn, and export what the API has under that reason.
        io.err.print(
            f"byteful: warning: {args.reason!r} is not a reason the docs name "
            f"({', '.join(sorted(known))}); exporting the rows that have it anyway",
            highlight=False,
        )
    filters = period_filters(args.kind, args.since, args.until)
    if args.reason:
        filters[f"{args.kind}_ledger_reason"] = args.reason
    async with client_for(args) as client:
        # Built first: a bad filter is refused before a file is opened or a request sent.
        search = _ledger(client, args.kind).search(per_page=100, **filters)
        with output(args.out, io.stdout) as stream:
            writer = RowWriter(stream, _model(args.kind), fmt)
            with FetchProgress(io.err, f"{args.kind} ledger", client.stats) as progress:
                async for row in search.stream(args.concurrency, on_page=progress.page):
                    writer.write(row)
            writer.finish()
    where = "stdout" if args.out == "-" else args.out
    io.err.print(f"Wrote {plural(writer.count, 'row')} ({fmt}) to {where}: {progress.summary()}")
    return progress


async def usage(args: argparse.Namespace, io: Streams) -> int:
    """Bytes used per day over the last ``--days``, the pool left, and optionally a chart."""
    until: date = args.until or datetime.now(UTC).date()
    since = until - timedelta(days=args.days - 1)
    warn_future(io, until=args.until)
    if args.plot:
        check_plot(args.plot)  # a chart that cannot be written is refused before fetching
    if args.db is not None:
        return await _usage_from_mirror(args, io, since, until)
    async with client_for(args) as client:
        with FetchProgress(io.err, f"{args.kind} usage", client.stats) as progress:
            rows, left_now = await usage_rows(client, args.kind, since, until, progress.page)
    if left_now is None and until < datetime.now(UTC).date() - timedelta(days=7):
        io.err.print(
            "The pool left on each day is not shown: it needs every row since then (the "
            "mirror has them: `byteful ledger sync`, then `--db`).",
            highlight=False,
        )
    _usage_table(args, io, rows, since, until, left_now)
    return 0


async def usage_rows(
    client: AsyncByteful,
    kind: str,
    since: date,
    until: date,
    on_page: Callable[[Any], object] | None = None,
) -> tuple[list[Any], int | None]:
    """The ledger rows a usage table needs, and the pool left now when it can be used.

    The pool left on a day is counted back from the pool now, through every row since: for
    days before this week that means fetching all the rows after them too. Only what was
    asked for is fetched then, and the pool left is None; the mirror has every row.
    """
    recent = until >= datetime.now(UTC).date() - timedelta(days=7)
    search = _ledger(client, kind).search(
        per_page=100, **period_filters(kind, since, None if recent else until)
    )
    pools = client.residential if kind == "residential" else client.mobile
    pool, rows = await asyncio.gather(
        pools.summary(), search.collect(concurrency=8, on_page=on_page)
    )
    left: int | None = getattr(pool, f"{kind}_bytes_left") if recent else None
    return rows, left


async def _usage_from_mirror(
    args: argparse.Namespace, io: Streams, since: date, until: date
) -> int:
    rows = await mirror_rows(args.db, args.kind, since)
    io.err.print(f"{len(rows):,} rows from the mirror", highlight=False)
    # One summary request fills in the pool left, when keys are at hand; the rows stay local.
    left_now: int | None = None
    try:
        client = client_for(args)
    except ValueError:
        io.err.print("(no keys: the pool left on each day is not shown)", highlight=False)
    else:
        async with client:
            pools = client.residential if args.kind == "residential" else client.mobile
            left_now = getattr(await pools.summary(), f"{args.kind}_bytes_left")
    _usage_table(args, io, rows, since, until, left_now)
    return 0


def _usage_table(
    args: argparse.Namespace,
    io: Streams,
    rows: list[Any],
    since: date,
    until: date,
    left_now: int | None,
) -> None:
    days = daily_usage(rows, since=since, until=until, left_now=left_now)
    if args.plot:
        plot(days, args.kind, args.plot)
        io.err.print(f"Chart written to {args.plot}")
    if args.json:
        emit_json(io, [attrs.asdict(d) for d in days])
        return
    headings = ["Day", "Used", "Requests", "Added", "Left at end of day"]
    table = make_table(
        f"{args.kind.capitalize()} data, {since} to {until}", headings, numeric=headings[1:]
    )
    for day in days:
        table.add_row(
            day.day.isoformat(),
            human_bytes(day.used),
            f"{day.requests:,}",
            human_bytes(day.added) if day.added else "",
            human_bytes(day.remaining),
        )
    table.add_section()
    table.add_row(
        f"[bold]Total, {len(days)} days",
        f"[bold]{human_bytes(sum(d.used for d in days))}",
        f"[bold]{sum(d.requests for d in days):,}",
        f"[bold]{human_bytes(sum(d.added for d in days))}",
        f"[bold]{human_bytes(days[-1].remaining)}",  # the pool at the end of the range
    )
    io.out.print(table)


# -- the fake server and the demo ------------------------------------------------------------
