"""The mirror's database as the command opens it: one place, below every command module."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from byteful_async._basics._install import install_command
from byteful_async.models import Log, MobileLedger, ResidentialLedger

LOGS: Final = "logs"
"""The logs' kind in a mirror (``byteful_async.mirror.LOGS``, without importing the extra)."""


def database(text: str) -> str:
    """``--db`` as a URL: a plain path (``ledger.db``) is a SQLite file."""
    if "://" not in text:
        return f"sqlite:///{text}"
    return text


def existing_sqlite_file(url: str) -> Path | None:
    """For a SQLite URL, its file (None for any other database)."""
    if not url.startswith("sqlite:"):
        return None
    path = url.partition(":///")[2]
    return Path(path) if path else None


def open_store(url: str, kinds: Collection[str] = ("residential", "mobile")) -> Any:
    """A :class:`~byteful_async.mirror.LedgerStore` of ``url`` keeping ``kinds``.

    Without the mirror extra, an error that says how to install it.
    """
    try:
        from byteful_async.mirror import LedgerStore
    except ImportError as exc:
        raise RuntimeError(
            f"the mirror needs the mirror extra ({exc.name} is missing): "
            f"{install_command('mirror')}"
        ) from None
    return LedgerStore(url, kinds=kinds)


def _existing(url: str, making: str) -> str:
    """``url`` as a database URL; a SQLite file that is not there is an error."""
    url = database(url)
    file = existing_sqlite_file(url)
    if file is not None and not file.exists():
        raise RuntimeError(f"no mirror at {file}: make it with `{making} --db {url}` first")
    return url


async def mirror_logs(url: str, since: datetime, filters: Mapping[str, object]) -> list[Log]:
    """The mirrored logs from ``since`` on that match ``filters``, oldest first.

    ``filters`` are the log search's own (``proxy_user_id``, ``log_status_code``,
    ``min_log_status_code``, ``max_log_status_code``...). No request is sent.
    """
    async with open_store(_existing(url, "byteful logs sync"), kinds=[LOGS]) as store:
        rows = await store.rows(LOGS, since=since, filters=filters)
    rows.sort(key=lambda row: (row["log_request_datetime"], row["log_id"]))
    return [Log(**{**row, "extra": row["extra"] or {}}) for row in rows]


async def mirror_rows(url: str, kind: str, since: date) -> list[Any]:
    """The mirrored rows of ``kind`` from ``since`` on, as models (no request is sent).

    Reading never makes a mirror: a SQLite file that is not there is an error, not a new
    empty database left behind.
    """
    model = ResidentialLedger if kind == "residential" else MobileLedger
    async with open_store(_existing(url, "byteful ledger sync")) as store:
        rows = await store.rows(kind, since=since)
        if not rows and await store.count(kind) == 0:
            raise RuntimeError(
                f"the mirror {store.shown} has no {kind} rows: run `byteful ledger sync` first"
            )
    return [model(**{**row, "extra": row["extra"] or {}}) for row in rows]
