"""The mirror's tables, read off the models: one column per field, typed as the field.

Ints are big integers (byte counts pass 2**31), dates are dates, datetimes are UTC
timestamps, enum fields are text (a reason the API adds later is kept as written), and the
fields the model does not know go, whole, into a JSON column ``extra``.
"""

from __future__ import annotations

import enum
import typing
from datetime import UTC, date, datetime
from typing import Any, Final

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from byteful_async._basics._types import open_enum_of, without_none
from byteful_async.models import Log, MobileLedger, ResidentialLedger

KINDS: Final = ("residential", "mobile")
"""The ledgers a mirror keeps."""
LOGS: Final = "logs"
"""The request logs, kept past the API's 7 days by :func:`~byteful_async.mirror.sync_logs`."""


@attrs.frozen
class Mirrored:
    """What the mirror keeps of one search: its model, table, id and time fields.

    Attributes:
        kind: The name the store and its state row know it by (``residential``, ``logs``).
        model: The rows' model class.
        table: The table's name.
        key: The id field (the primary key).
        stamp: The field whose newer value wins when a row comes twice (the last update
            time; a log, never edited, has only the time of its request).
        period: The field ``LedgerStore.rows(since=...)`` filters on.
        indexed: Fields with an index of their own.

    """

    kind: str
    model: type
    table: str
    key: str
    stamp: str
    period: str
    indexed: tuple[str, ...]


def _ledger(kind: str, model: type) -> Mirrored:
    return Mirrored(
        kind=kind,
        model=model,
        table=f"{kind}_ledger",
        key=f"{kind}_ledger_id",
        stamp=f"{kind}_ledger_last_update_datetime",
        period=f"{kind}_ledger_period_date",
        indexed=(f"{kind}_ledger_period_date", f"{kind}_ledger_reason"),
    )


MIRRORED: Final[dict[str, Mirrored]] = {
    "residential": _ledger("residential", ResidentialLedger),
    "mobile": _ledger("mobile", MobileLedger),
    LOGS: Mirrored(
        kind=LOGS,
        model=Log,
        table="request_log",
        key="log_id",
        stamp="log_request_datetime",
        period="log_request_datetime",
        indexed=("log_request_datetime", "proxy_user_id", "log_status_code"),
    ),
}
"""Everything a mirror can keep, by kind."""


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A UTC moment: timestamptz on PostgreSQL, UTC text on SQLite; always aware in Python."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        # SQLite keeps no zone: store the UTC wall time.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _column_type(tp: Any) -> sa.types.TypeEngine[Any]:
    tp = without_none(tp)
    if open_enum_of(tp) is not None or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        return sa.Text()
    if tp is bool:
        return sa.Boolean()
    if tp is int:
        return sa.BigInteger()
    if tp is float:
        return sa.Float()
    if tp is str:
        return sa.Text()
    if tp is datetime:
        return UTCDateTime()
    if tp is date:
        return sa.Date()
    return sa.JSON()


def mirror_table(mirrored: Mirrored, metadata: sa.MetaData) -> sa.Table:
    """The table of ``mirrored``: the model's fields, ``extra``, and its indexes."""
    hints = typing.get_type_hints(mirrored.model)
    columns = [
        sa.Column(
            field.name,
            sa.JSON() if field.name == "extra" else _column_type(hints[field.name]),
            primary_key=field.name == mirrored.key,
            nullable=field.name != mirrored.key,
        )
        for field in attrs.fields(mirrored.model)
    ]
    # A ledger's fields start with its table's name: their indexes keep the names they had.
    indexes = [
        sa.Index(
            f"ix_{name}" if name.startswith(mirrored.table) else f"ix_{mirrored.table}_{name}", name
        )
        for name in mirrored.indexed
    ]
    return sa.Table(mirrored.table, metadata, *columns, *indexes)


def state_table(metadata: sa.MetaData) -> sa.Table:
    """``byteful_mirror_state``: each kind's watermark and unfinished backfill."""
    return sa.Table(
        "byteful_mirror_state",
        metadata,
        sa.Column("ledger", sa.Text(), primary_key=True),
        sa.Column("watermark", UTCDateTime(), nullable=True),
        sa.Column("backfill_bound", UTCDateTime(), nullable=True),
        sa.Column("backfill_page", sa.Integer(), nullable=True),
        sa.Column("backfilled", sa.Boolean(), nullable=False, default=False),
        sa.Column("updated", UTCDateTime(), nullable=False),
    )


def row_of(entry: Any) -> dict[str, Any]:
    """A model as a table row: enums as their text, unknown fields in ``extra``."""
    row: dict[str, Any] = {}
    for field in attrs.fields(type(entry)):
        value = getattr(entry, field.name)
        if isinstance(value, enum.Enum):
            value = value.value
        row[field.name] = value if field.name != "extra" else (dict(value) or None)
    return row
