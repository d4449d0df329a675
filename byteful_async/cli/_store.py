"""The mirror's database as the command opens it: one place, below every command module."""

from __future__ import annotations

from datetime import date
from typing import Any

from byteful_async._basics._install import install_command
from byteful_async.models import MobileLedger, ResidentialLedger


def open_store(url: str) -> Any:
    """A :class:`~byteful_async.mirror.LedgerStore` of ``url`` (the extra's absence named)."""
    try:
        from byteful_async.mirror import LedgerStore
    except ImportError as exc:
        raise RuntimeError(
            f"the mirror needs the mirror extra ({exc.name} is missing): "
            f"{install_command('mirror')}"
        ) from None
    return LedgerStore(url)


async def mirror_rows(url: str, kind: str, since: date) -> list[Any]:
    """The mirrored rows of ``kind`` from ``since`` on, as models (no request is sent)."""
    model = ResidentialLedger if kind == "residential" else MobileLedger
    async with open_store(url) as store:
        rows = await store.rows(kind, since=since)
        if not rows and await store.count(kind) == 0:
            raise RuntimeError(
                f"the mirror {store.shown} has no {kind} rows: run `byteful ledger sync` first"
            )
    return [model(**{**row, "extra": row["extra"] or {}}) for row in rows]
