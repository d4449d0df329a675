"""Every command of ``byteful``, by the name the parser gives it."""

from __future__ import annotations

from byteful_async.cli._accounts import customer_command, usage_command
from byteful_async.cli._commands import (
    Command,
    catalog,
    ledger_export,
    quote,
)
from byteful_async.cli._completion import completion
from byteful_async.cli._local import demo, endpoints, fake_server
from byteful_async.cli._login import login, logout, whoami
from byteful_async.cli._logs import logs
from byteful_async.cli._mirror import ledger_sync, logs_sync
from byteful_async.cli._proxies import (
    pool_lines,
    proxies_lines,
    proxies_list,
    proxy_users_create,
    proxy_users_delete,
    proxy_users_list,
    proxy_users_rotate,
)
from byteful_async.cli._watch import watch

COMMANDS: dict[str, Command] = {
    "endpoints": endpoints,
    "customer": customer_command,
    "catalog": catalog,
    "quote": quote,
    "ledger export": ledger_export,
    "ledger sync": ledger_sync,
    "usage": usage_command,
    "watch": watch,
    "proxies list": proxies_list,
    "proxies lines": proxies_lines,
    "proxies pool-lines": pool_lines,
    "proxy-users list": proxy_users_list,
    "proxy-users create": proxy_users_create,
    "proxy-users rotate-password": proxy_users_rotate,
    "proxy-users delete": proxy_users_delete,
    "fake-server": fake_server,
    "demo": demo,
    "completion": completion,
    "login": login,
    "logout": logout,
    "whoami": whoami,
    "logs": logs,
    "logs sync": logs_sync,
}
