"""The command line: every command, its options and their checks.

Values are checked here, so a bad date or ``--concurrency 0`` is refused before any
request is sent.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, Final, NoReturn, TextIO

from byteful_async._basics._units import parse_bytes, parse_cents
from byteful_async._version import __version__
from byteful_async.models import CycleInterval, ProductType, ProxyStatus, ProxyUserAccessType

KINDS = ("residential", "mobile")
FORMATS = ("csv", "jsonl", "json")
LINE_FORMATS = ("standard", "http", "https", "socks5", "socks5h")
DEFAULT_DB = "sqlite:///byteful-ledger.db"
DEFAULT_LOGS_DB = "sqlite:///byteful-logs.db"
SHELLS = ("bash", "zsh", "fish")


class UsageError(Exception):
    """The command line was wrong; the message names what.

    Attributes:
        prog: The command whose help explains it (``byteful quote``).

    """

    def __init__(self, message: str, prog: str = "byteful") -> None:
        super().__init__(message)
        self.prog = prog


#: The help of an option given none: argparse shows no line for an empty help.
_AUTO = "\x00"


class _Formatter(argparse.HelpFormatter):
    """Every option's help ends with its default (when it has one) or its choices."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = (action.help or "").replace(_AUTO, "").strip()
        if action.choices and action.option_strings:
            choices = ", ".join(map(str, action.choices))
            if choices not in text:
                text += ("; " if text else "") + f"one of {choices}"
        default = action.default
        if (
            action.option_strings
            and default is not None
            and default is not False  # a flag; 0 and 0.0 are defaults worth showing
            and default is not argparse.SUPPRESS
            and "default" not in text
        ):
            text += ("; " if text else "") + "default: %(default)s"
        return text


class _Parser(argparse.ArgumentParser):
    #: Where --help and --version write (the command's own stdout, not always sys.stdout).
    out: TextIO | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    # argparse prints the whole usage and exits; the command prints one line instead.
    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (_Parser.out or file or sys.stdout).write(message)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """An option without help still shows its default or choices (argparse skips it)."""
        if args and str(args[0]).startswith("-") and not kwargs.get("help"):
            kwargs["help"] = _AUTO
        return super().add_argument(*args, **kwargs)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _int_at_least(minimum: int, most: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum or (most is not None and value > most):
            bound = f"from {minimum} to {most}" if most is not None else f"{minimum} or more"
            raise argparse.ArgumentTypeError(f"must be {bound}, not {value}")
        return value

    return parse


def _checked(parse: Callable[[str], int]) -> Callable[[str], int]:
    """``parse`` as an argparse type: its ValueError becomes the option's usage error."""

    def check(text: str) -> int:
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return check


def _user_floor(text: str) -> tuple[str, str, int]:
    """``NAME=5GiB`` (residential) or ``NAME:mobile=5GiB``: (name, pool, bytes)."""
    who, equals, size = text.partition("=")
    name, _, pool = who.partition(":")
    if not equals or not name.strip() or pool not in ("", "residential", "mobile"):
        raise argparse.ArgumentTypeError(f"expected NAME=SIZE or NAME:mobile=SIZE, not {text!r}")
    return name.strip(), pool or "residential", _checked(parse_bytes)(size)


def _share(text: str) -> float:
    """``90%`` or ``0.9``: a share above 0 and at most 1."""
    spelled = text.strip()
    try:
        value = float(spelled[:-1]) / 100 if spelled.endswith("%") else float(spelled)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a share like 90% or 0.9, not {text!r}"
        ) from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"a share above 0 and at most 100%, not {text!r}")
    return value


def _text(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _seconds(text: str, *, positive: bool = False) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (value > 0 if positive else value >= 0) or value == float("inf"):
        raise argparse.ArgumentTypeError(
            f"must be {'above' if positive else 'at least'} 0, not {text}"
        )
    return value


def _positive_seconds(text: str) -> float:
    return _seconds(text, positive=True)


def _cycle(text: str) -> tuple[int, str]:
    count, _, interval = text.partition(":")
    intervals = [c.value for c in CycleInterval]
    if not count.isdigit() or int(count) < 1 or interval not in intervals:
        raise argparse.ArgumentTypeError(
            f"expected COUNT:INTERVAL with INTERVAL one of {', '.join(intervals)} "
            f"(e.g. 1:month), not {text!r}"
        )
    return int(count), interval


def _metadata_pair(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, not {text!r}")
    return key, value


def _webhook(text: str) -> str:
    if not text.startswith(("https://", "http://")):
        raise argparse.ArgumentTypeError(f"expected an http(s):// URL, not {text!r}")
    return text


#: The connection options: name -> (their add_argument keywords, their default).
_CONNECTION: Final[dict[str, tuple[dict[str, Any], Any]]] = {
    "--public-key": (
        {"metavar": "KEY", "help": "default: the BYTEFUL_PUBLIC_KEY environment variable"},
        None,
    ),
    "--private-key": (
        {
            "metavar": "KEY",
            "help": "default: BYTEFUL_PRIVATE_KEY (prefer the variable: flags show in process "
            "lists)",
        },
        None,
    ),
    "--base-url": ({"metavar": "URL", "help": "default: BYTEFUL_BASE_URL or the public API"}, None),
    "--timeout": (
        {"type": _positive_seconds, "metavar": "S", "help": "seconds per attempt; default: 30"},
        30.0,
    ),
    "--redis": (
        {
            "type": _text,
            "metavar": "URL",
            "help": "share the account's rate limit with other processes through this Redis "
            "(default: BYTEFUL_REDIS_URL)",
        },
        None,
    ),
    "--redis-processes": (
        {
            "type": _int_at_least(1),
            "metavar": "N",
            "help": "how many processes share the account through Redis: while Redis is away, "
            "this one keeps to 1/N of the rate (default: BYTEFUL_REDIS_PROCESSES, else 1)",
        },
        None,
    ),
    "--profile": (
        {
            "type": _text,
            "metavar": "NAME",
            "help": "use the keys of this profile (`byteful login`); default: BYTEFUL_PROFILE",
        },
        None,
    ),
    "--max-retries": (
        {
            "type": _int_at_least(0, 10),
            "metavar": "N",
            "help": "resends after a failure that is safe to retry; default: 2",
        },
        2,
    ),
}


def _connection_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Add the connection options to ``parser``.

    They go both on ``byteful`` itself (with their defaults) and on every command (without:
    a value is set there only when given), so ``byteful --timeout 3 customer`` and ``byteful
    customer --timeout 3`` mean the same, and the one after the command wins.
    """
    group = parser.add_argument_group("connection")
    for name, (keywords, default) in _CONNECTION.items():
        group.add_argument(name, default=default if defaults else argparse.SUPPRESS, **keywords)


def _connection_parent() -> _Parser:
    common = _Parser(add_help=False)
    _connection_options(common, defaults=False)
    return common


def build_parser() -> argparse.ArgumentParser:
    """The ``byteful`` parser with every command."""
    parser = _Parser(
        prog="byteful",
        description="Your Byteful account from the shell: balance, catalog, quotes, ledgers.",
    )
    parser.add_argument(
        "--version", action="version", version=f"byteful {__version__}", help="show the version"
    )
    _connection_options(parser, defaults=True)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    common = [_connection_parent()]

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(
            name, help=summary, description=summary, parents=common
        )
        sub.set_defaults(command_name=name)
        return sub

    def group(name: str, summary: str) -> Callable[[str, str], argparse.ArgumentParser]:
        """A command with actions (``byteful proxies list``); returns a maker of actions."""
        holder = commands.add_parser(name, help=summary, description=summary)
        actions = holder.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True)

        def action(verb: str, text: str) -> argparse.ArgumentParser:
            sub: argparse.ArgumentParser = actions.add_parser(
                verb, help=text, description=text, parents=common
            )
            sub.set_defaults(command_name=f"{name} {verb}")
            return sub

        return action

    _account_commands(command)
    _login_commands(command)
    logs = command("logs", "The proxies' request logs (7 days kept), once or followed.")
    _logs_options(logs)
    _logs_sync(logs, common)
    _ledger_commands(group("ledger", "Ledger rows: export, or keep a local copy."))
    _watch_options(command("watch", "Watch the account: a line per snapshot, alerts below floors."))

    _proxy_commands(group("proxies", "The account's proxies: list them, or write their lines."))
    _proxy_user_commands(group("proxy-users", "Proxy users: the credentials the proxies take."))

    _local_commands(commands)
    return parser


_PROFILES_HELP: Final = "several accounts in one table: these profiles (from `byteful login`)"


def _names(text: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected profile names separated by commas")
    return names


_JSON_FLAG: Final[dict[str, Any]] = {
    "action": "store_true",
    "help": "JSON on stdout instead of a table",
}


def _account_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """customer, catalog, quote and usage: the account read from the API."""
    customer = command("customer", "The account: credit, data left, active services.")
    customer.add_argument("--json", **_JSON_FLAG)
    customer.add_argument("--profiles", type=_names, metavar="A,B", help=_PROFILES_HELP)
    catalog = command("catalog", "Products on sale, each priced for one unit.")
    catalog.add_argument("--json", **_JSON_FLAG)
    catalog.add_argument(
        "--no-prices", action="store_true", help="skip the quote per product (one request each)"
    )

    quote = command("quote", "Price a purchase without buying anything.")
    quote.add_argument(
        "product_code", type=_text, metavar="PRODUCT_CODE", help="a code from `byteful catalog`"
    )
    quote.add_argument(
        "--quantity", type=_int_at_least(1), required=True, metavar="N",
        help="how many units to price (IPs for datacenter and ISP, GB for data)",
    )  # fmt: skip
    quote.add_argument(
        "--cycle", type=_cycle, default=None, metavar="COUNT:INTERVAL", help="e.g. 1:month"
    )
    quote.add_argument("--promo", type=_text, metavar="CODE", help="a promotional code")
    quote.add_argument("--json", **_JSON_FLAG)

    usage = command("usage", "Data used per day, with totals and the pool left.")
    usage.add_argument("--kind", choices=KINDS, required=True)
    usage.add_argument("--days", type=_int_at_least(1, 3660), default=30, metavar="N")
    usage.add_argument("--until", type=_date, default=None, metavar="DATE", help="default: today")
    usage.add_argument("--plot", metavar="FILE.png", help="also draw a chart (needs [plot])")
    usage.add_argument(
        "--db",
        type=_text,
        metavar="URL",
        help="read the rows from a mirror (a SQLite path, or a database URL)",
    )
    usage.add_argument("--json", **_JSON_FLAG)
    usage.add_argument("--profiles", type=_names, metavar="A,B", help=_PROFILES_HELP)
    usage.add_argument(
        "--by-user", action="store_true",
        help="each proxy user's bytes used of the pool, against its limit (now, not per day)",
    )  # fmt: skip


def _login_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """login, logout and whoami: named profiles of keys."""
    login = command(
        "login",
        "Check a pair of keys against the API and keep them as a profile: the private key in "
        "the system keyring (or a file only you can read), read from the terminal.",
    )
    login.add_argument("--json", **_JSON_FLAG)
    logout = command("logout", "Forget a profile and its private key.")
    logout.add_argument("--json", **_JSON_FLAG)
    whoami = command("whoami", "Which account the keys in use belong to, and where they come from.")
    whoami.add_argument("--json", **_JSON_FLAG)


def _logs_options(logs: argparse.ArgumentParser) -> None:
    logs.add_argument(
        "--since", type=_text, default="15m", metavar="WHEN",
        help="an age (15m, 2h, 1d) or a time (2026-01-31 12:00, UTC)",
    )  # fmt: skip
    logs.add_argument("--status", type=_text, metavar="CODE", help="a code (502) or class (4xx)")
    logs.add_argument("--proxy-user", type=_text, metavar="NAME", help="only this proxy user's")
    logs.add_argument("--follow", action="store_true", help="keep printing new logs")
    logs.add_argument(
        "--interval", type=_positive_seconds, default=5.0, metavar="S", help="between polls"
    )
    logs.add_argument("--polls", type=_int_at_least(1), metavar="N", help="stop after N polls")
    logs.add_argument("--json", action="store_true", help="a JSON object a line")
    logs.add_argument(
        "--db", type=_text, metavar="URL",
        help="read the logs mirror (`byteful logs sync`) instead of the API: past 7 days too",
    )  # fmt: skip


def _mirror_options(sync: argparse.ArgumentParser, default_db: str, more: str = "") -> None:
    """``--db`` and ``--concurrency`` of a mirror's sync."""
    sync.add_argument(
        "--db", type=_text, default=default_db, metavar="URL",
        help=f"a SQLite file (a path) or postgresql://USER@HOST/DB{more}",
    )  # fmt: skip
    sync.add_argument(
        "--concurrency", type=_int_at_least(1, 64), default=8, metavar="N", help="pages in flight"
    )


def _logs_sync(logs: argparse.ArgumentParser, common: list[_Parser]) -> None:
    """``byteful logs sync``: the one action of ``logs``, which reads the logs without one."""
    actions = logs.add_subparsers(dest="logs_action", metavar="ACTION", parser_class=_Parser)
    text = (
        "Keep the logs past the API's 7 days: copy them into a database, all on the first "
        "run, then only the new ones. SQLite or PostgreSQL; a stopped run resumes."
    )
    sync = actions.add_parser("sync", help=text, description=text, parents=common)
    sync.set_defaults(command_name="logs sync")
    # Unset unless given, so `logs --db URL sync` keeps the URL given before the action.
    _mirror_options(
        sync, argparse.SUPPRESS, f"; a ledger mirror's is fine; default: {DEFAULT_LOGS_DB}"
    )
    sync.add_argument(
        "--overlap", type=_int_at_least(0, 86_400), default=600, metavar="S",
        help="seconds before the last run's newest log to read again, for logs written late",
    )  # fmt: skip
    sync.add_argument("--json", action="store_true", help="the summary as JSON")


def _ledger_commands(ledger: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Ledger export and ledger sync."""
    export = ledger(
        "export",
        "Fetch ledger rows concurrently (at the account's rate limit) and write them as they "
        "arrive, to CSV or JSON Lines. A file is written whole or not at all.",
    )
    _ledger_options(export)
    export.add_argument(
        "--reason", type=_text, help="only rows with this reason (usage, top_up...)"
    )
    export.add_argument(
        "--format", choices=FORMATS, default=None,
        help="default: from --out (.csv, .jsonl or .ndjson, .json: one array); csv for stdout",
    )  # fmt: skip
    export.add_argument("--out", default="-", metavar="FILE", help="a file, or - for stdout")
    export.add_argument(
        "--concurrency", type=_int_at_least(1, 64), default=8, metavar="N", help="pages in flight"
    )
    sync = ledger(
        "sync",
        "Bring a local copy of the ledgers up to date: everything on the first run, then only "
        "what changed. SQLite or PostgreSQL; a stopped run resumes where it stopped.",
    )
    sync.add_argument("--kind", choices=(*KINDS, "all"), default="all")
    _mirror_options(sync, DEFAULT_DB)
    sync.add_argument("--json", action="store_true", help="the summary as JSON, a line a ledger")


def _local_commands(commands: Any) -> None:
    """endpoints, fake-server and demo: what runs without an account."""
    endpoints = commands.add_parser(
        "endpoints",
        help="Every endpoint the SDK calls: method, path, effect, docs.",
        description="List the API's endpoints as the SDK knows them (no request is sent).",
    )
    endpoints.set_defaults(command_name="endpoints")
    endpoints.add_argument("--json", action="store_true", help="one JSON object per line")

    fake = commands.add_parser(
        "fake-server",
        help="Run a local fake Byteful API to try things against.",
        description="Serve a fake Byteful API on 127.0.0.1 until Ctrl-C.",
    )
    fake.set_defaults(command_name="fake-server")
    _fake_options(fake, rows=10_000, latency=0.0)
    fake.add_argument("--port", type=_int_at_least(0, 65535), default=0, help="0: a free port")
    fake.add_argument(
        "--end-date",
        type=_date,
        default=None,
        metavar="DATE",
        help="the ledgers' last day (default: today)",
    )
    fake.add_argument(
        "--credit-balance",
        type=_int_at_least(0),
        default=250_00,
        metavar="CENTS",
        help="the account's credit",
    )
    fake.add_argument(
        "--retry-after", type=_seconds, default=None, metavar="S", help="Retry-After on 429s"
    )  # fmt: skip
    fake.add_argument(
        "--live",
        type=_positive_seconds,
        default=None,
        metavar="S",
        help="move the account every S seconds: today's usage grows, bytes left shrink",
    )

    completion = commands.add_parser(
        "completion",
        help="A shell completion script for bash, zsh or fish.",
        description='Print a completion script: eval "$(byteful completion bash)" in ~/.bashrc, '
        'eval "$(byteful completion zsh)" in ~/.zshrc, or byteful completion fish > '
        "~/.config/fish/completions/byteful.fish.",
    )
    completion.set_defaults(command_name="completion")
    completion.add_argument("shell", choices=SHELLS, help="one of bash, zsh, fish")

    demo = commands.add_parser(
        "demo",
        help="See it work: a fake account, its usage and a ledger export.",
        description="Start a fake Byteful API in-process and run customer, usage and ledger "
        "export against it at the real 10 requests/s.",
    )
    demo.set_defaults(command_name="demo")
    _fake_options(demo, rows=20_000, latency=0.15)
    demo.add_argument(
        "--dir", metavar="DIR", help="where the export and chart go (default: ./byteful-demo)"
    )


def _watch_options(watch: argparse.ArgumentParser) -> None:
    option = watch.add_argument
    option(
        "--interval", type=_positive_seconds, default=60.0, metavar="S", help="between snapshots"
    )
    for flag, what in (("--residential-below", "residential"), ("--mobile-below", "mobile")):
        option(
            flag, type=_checked(parse_bytes), metavar="SIZE",
            help=f"alert when the {what} pool drops below SIZE (5GiB, 500MB or bytes)",
        )  # fmt: skip
    option(
        "--credit-below", type=_checked(parse_cents), metavar="AMOUNT",
        help="alert when the credit balance drops below AMOUNT ($20, or cents: 2000)",
    )  # fmt: skip
    option(
        "--exec",
        type=_text,
        metavar="CMD",
        help="run on each alert, with BYTEFUL_ALERT_FIELD, _VALUE, _THRESHOLD, _TEXT and _AT "
        "set (never the private key), in its own process group, ended with the watch",
    )
    option(
        "--webhook",
        type=_webhook,
        metavar="URL",
        help="POST each alert as JSON (with a 'text' chat tools show); re-sent until delivered",
    )
    option(
        "--webhook-secret",
        type=_text,
        metavar="SECRET",
        help="sign each post (X-Byteful-Signature); default BYTEFUL_WEBHOOK_SECRET",
    )
    option(
        "--user-below", type=_user_floor, action="append", metavar="NAME=SIZE",
        help="alert when proxy user NAME may use less than SIZE more of its own residential "
        "limit (NAME:mobile=SIZE for the mobile one); repeatable",
    )  # fmt: skip
    option(
        "--user-limit", type=_share, metavar="PCT",
        help="alert when any proxy user has used PCT of its own limit (90%%, or 0.9)",
    )  # fmt: skip
    option("--count", type=_int_at_least(1), metavar="N", help="stop after N snapshots")
    option(
        "--metrics-port", type=_int_at_least(0, 65535), metavar="PORT",
        help="serve Prometheus metrics on this port (0: a free one, printed on stderr)",
    )  # fmt: skip
    option(
        "--metrics-host", type=_text, default="127.0.0.1", metavar="HOST",
        help="the address the metrics listen on",
    )  # fmt: skip
    option("--json", action="store_true", help="a JSON line per snapshot")  # fmt: skip


def _proxy_filters(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--service", type=_text, metavar="ID", help="only this service's proxies")
    sub.add_argument("--country", type=_text, metavar="CC", help="only this country (us, de...)")
    sub.add_argument("--city", type=_text, metavar="NAME", help="only this city (Austin...)")
    sub.add_argument("--type", choices=[t.value for t in ProductType if t.value != "credit"])
    sub.add_argument("--status", choices=[s.value for s in ProxyStatus])


def _proxy_commands(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    listing = action("list", "A table of the proxies matching the filters (all without any).")
    _proxy_filters(listing)
    listing.add_argument("--json", action="store_true", help="JSON instead of a table")
    lines = action(
        "lines",
        "One line per matching proxy on stdout, with a proxy user's credentials: a list for "
        "a scraper or a browser.",
    )
    _proxy_filters(lines)
    lines.add_argument("--user", type=_text, metavar="NAME", help="whose credentials (default: "
                       "the default user)")  # fmt: skip
    lines.add_argument("--format", choices=LINE_FORMATS, default="standard")
    lines.add_argument("--protocol", choices=("http", "socks5"), help="which port the line uses")
    pool = action(
        "pool-lines",
        "Lines for the residential or mobile gateway, targeted by country or city, on stdout.",
    )
    pool.add_argument("--pool", choices=KINDS, required=True, help="which data pool's gateway")
    pool.add_argument(
        "--count", type=_int_at_least(1, 10_000), default=10, metavar="N", help="how many lines"
    )
    pool.add_argument("--country", type=_text, metavar="CC", help="exit in this country (us...)")
    pool.add_argument("--city", type=_text, metavar="ALIAS", help="a city alias (austin...)")
    pool.add_argument(
        "--session", choices=("sticky", "rotating"), default="sticky",
        help="keep one exit IP per line, or a new one per request",
    )  # fmt: skip
    pool.add_argument(
        "--user", type=_text, metavar="NAME", help="whose credentials (default: the default user)"
    )
    pool.add_argument("--format", choices=LINE_FORMATS, default="standard")


def _proxy_user_commands(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    users = action("list", "A table of the proxy users (never their passwords).")
    users.add_argument("--json", action="store_true", help="JSON instead of a table")
    create = action("create", "Create a proxy user and print its password, once.")
    create.add_argument("name", type=_text, nargs="?", metavar="NAME",
                        help="10 to 32 characters (default: the API picks one)")  # fmt: skip
    create.add_argument("--access", choices=[a.value for a in ProxyUserAccessType])
    create.add_argument(
        "--residential-limit", type=_int_at_least(0), metavar="BYTES", help="a residential cap"
    )
    create.add_argument(
        "--metadata", type=_metadata_pair, action="append", metavar="KEY=VALUE",
        help="a tag to find it by later (repeatable)",
    )  # fmt: skip
    create.add_argument(
        "--json", action="store_true", help="the new user as JSON on stdout, password included"
    )
    for verb, text in (
        ("rotate-password", "Give a proxy user a new random password and print it."),
        ("delete", "Delete a proxy user; its credentials stop working at once."),
    ):
        sub = action(verb, text)
        sub.add_argument("name", type=_text, metavar="NAME", help="the proxy user's name (id)")
        sub.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        sub.add_argument("--json", action="store_true", help="the outcome as JSON on stdout")


def _ledger_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--kind", choices=KINDS, required=True)
    sub.add_argument("--since", type=_date, metavar="DATE", help="first period date (inclusive)")
    sub.add_argument("--until", type=_date, metavar="DATE", help="last period date (inclusive)")


def _fake_options(sub: argparse.ArgumentParser, *, rows: int, latency: float) -> None:
    sub.add_argument("--rows", type=_int_at_least(0), default=rows, help="rows in each ledger")
    sub.add_argument(
        "--rate-limit", type=_seconds, default=10.0, metavar="R", help="requests/s; 0: none"
    )
    sub.add_argument(
        "--latency", type=_seconds, default=latency, metavar="S", help="seconds before answering"
    )
    sub.add_argument("--seed", type=int, default=1955, help="the same seed, the same account")


def parse_command(*argv: str) -> argparse.Namespace:
    """The options of ``byteful ARGV``, with every default filled in."""
    return build_parser().parse_args(list(argv))
