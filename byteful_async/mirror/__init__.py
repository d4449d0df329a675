"""A local copy of the residential and mobile ledgers, kept up to date incrementally.

::

    from byteful_async import AsyncByteful
    from byteful_async.mirror import LedgerStore, sync_ledger

    async with AsyncByteful() as client, LedgerStore("sqlite:///byteful-ledger.db") as store:
        summary = await sync_ledger(client, store, "residential")
        print(summary.inserted, summary.updated, summary.requests)

Tables ``residential_ledger`` and ``mobile_ledger`` hold one row per ledger id, a column per
field of the model (typed), and ``extra`` (JSON) for fields the model does not know; the
table ``byteful_mirror_state`` holds each ledger's watermark. SQLite (the default) and
PostgreSQL (``postgresql://user@host/db``) share one code path. Needs the ``[mirror]`` extra.
"""

from byteful_async.mirror._store import DatabaseURLError, LedgerStore, MirrorError, database_url
from byteful_async.mirror._sync import SyncSummary, sync_ledger
from byteful_async.mirror._tables import KINDS

__all__ = [
    "KINDS",
    "DatabaseURLError",
    "LedgerStore",
    "MirrorError",
    "SyncSummary",
    "database_url",
    "sync_ledger",
]
