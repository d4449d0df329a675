"""Every command of ``byteful``, by the name the parser gives it."""

from __future__ import annotations

from byteful_async.cli._commands import (
    Command,
    catalog,
    customer,
    ledger_export,
    quote,
    usage,
)
from byteful_async.cli._local import demo, endpoints, fake_server

COMMANDS: dict[str, Command] = {
    "endpoints": endpoints,
    "customer": customer,
    "catalog": catalog,
    "quote": quote,
    "ledger export": ledger_export,
    "usage": usage,
    "fake-server": fake_server,
    "demo": demo,
}
