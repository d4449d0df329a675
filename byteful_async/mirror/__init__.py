"""A local copy of the residential and mobile ledgers and of the request logs, kept up to date.

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

The request logs (the API keeps 7 days of them) go to the table ``request_log`` of a store
that keeps them, read on from their own watermark::

    async with LedgerStore(url, kinds=["logs"]) as store:
        summary = await sync_logs(client, store)
"""

from byteful_async.mirror._logs import sync_logs
from byteful_async.mirror._store import DatabaseURLError, LedgerStore, MirrorError, database_url
from byteful_async.mirror._sync import SyncSummary, sync_ledger
from byteful_async.mirror._tables import KINDS, LOGS

__all__ = [
    "KINDS",
    "LOGS",
    "DatabaseURLError",
    "LedgerStore",
    "MirrorError",
    "SyncSummary",
    "database_url",
    "sync_ledger",
    "sync_logs",
]
