"""The mirror's tables, read off the ledger models: one column per field, typed as the field.

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
from byteful_async.models import MobileLedger, ResidentialLedger

KINDS: Final = ("residential", "mobile")
MODELS: Final[dict[str, type]] = {"residential": ResidentialLedger, "mobile": MobileLedger}


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


def ledger_table(kind: str, metadata: sa.MetaData) -> sa.Table:
    """The table ``{kind}_ledger``: the model's fields, ``extra``, and its two indexes."""
    model = MODELS[kind]
    hints = typing.get_type_hints(model)
    key = f"{kind}_ledger_id"
    columns = [
        sa.Column(
            field.name,
            sa.JSON() if field.name == "extra" else _column_type(hints[field.name]),
            primary_key=field.name == key,
            nullable=field.name != key,
        )
        for field in attrs.fields(model)
    ]
    return sa.Table(
        f"{kind}_ledger",
        metadata,
        *columns,
        sa.Index(f"ix_{kind}_ledger_period_date", f"{kind}_ledger_period_date"),
        sa.Index(f"ix_{kind}_ledger_reason", f"{kind}_ledger_reason"),
    )


def state_table(metadata: sa.MetaData) -> sa.Table:
    """``byteful_mirror_state``: each ledger's watermark and unfinished backfill."""
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
    """A ledger model as a table row: enums as their text, unknown fields in ``extra``."""
    row: dict[str, Any] = {}
    for field in attrs.fields(type(entry)):
        value = getattr(entry, field.name)
        if isinstance(value, enum.Enum):
            value = value.value
        row[field.name] = value if field.name != "extra" else (dict(value) or None)
    return row
