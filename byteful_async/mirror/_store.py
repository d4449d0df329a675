"""The mirror's database: tables made or widened on open, rows upserted with their state.

One code path for SQLite (aiosqlite) and PostgreSQL (asyncpg), through SQLAlchemy Core's
async engine. Every batch of rows is written in one transaction with the state it brings
(the watermark, or how far a backfill got), so a run stopped at any point leaves the rows
and the state that describes them, never one without the other.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from byteful_async._basics._secret import shown_url
from byteful_async.mirror._tables import KINDS, MIRRORED, mirror_table, row_of, state_table

_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}


class MirrorError(RuntimeError):
    """The database could not be used: an unreachable server, a read-only file..."""


class DatabaseURLError(MirrorError, ValueError):
    """The database URL is not one the mirror can use."""


def database_url(text: str) -> URL:
    """``sqlite:///file.db`` or ``postgresql://user@host/db`` as the async driver's URL.

    Raises:
        MirrorError: the URL is not one of those.

    """
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseURLError(
            f"not a database URL: {shown_url(text)!r} (use sqlite:///FILE or postgresql://HOST/DB)"
        ) from None
    backend = url.get_backend_name()
    backend = "postgresql" if backend == "postgres" else backend
    if backend not in _DRIVERS:
        raise DatabaseURLError(
            f"the mirror keeps SQLite or PostgreSQL, not {backend!r} ({shown_url(text)})"
        )
    if backend == "sqlite" and not url.database:
        raise DatabaseURLError("a SQLite mirror needs a file: sqlite:///byteful-ledger.db")
    return url.set(drivername=_DRIVERS[backend])


@attrs.frozen
class State:
    """Where one kind's mirror stands."""

    watermark: datetime | None = None
    backfill_bound: datetime | None = None
    backfill_page: int | None = None
    backfilled: bool = False


@attrs.define
class Counts:
    """What writing some rows did to the table."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


class LedgerStore:
    """The mirror database: ``async with LedgerStore(url) as store``.

    Args:
        url: ``sqlite:///FILE`` or ``postgresql://USER@HOST/DB``.
        kinds: What it keeps: the ledgers (``residential``, ``mobile``) by default; ``logs``
            for the request logs (:func:`~byteful_async.mirror.sync_logs`). Only their tables
            are made, so one database can hold both, opened by two stores.

    Raises:
        DatabaseURLError: ``url`` is not one of those.
        ValueError: a kind is not one of those.

    """

    def __init__(self, url: str, *, kinds: Collection[str] = KINDS) -> None:
        unknown = sorted(set(kinds) - set(MIRRORED)) if not isinstance(kinds, str) else [kinds]
        if unknown or not kinds:
            raise ValueError(f"kinds takes some of {', '.join(MIRRORED)}, not {kinds!r}")
        self.url = database_url(url)
        self.shown = shown_url(url)
        """The URL as given, its password hidden: for messages."""
        self.metadata = sa.MetaData()
        self.tables = {kind: mirror_table(MIRRORED[kind], self.metadata) for kind in kinds}
        self.state_table = state_table(self.metadata)
        self._engine: AsyncEngine | None = None

    @property
    def engine(self) -> AsyncEngine:
        """The engine (the store must be open)."""
        if self._engine is None:
            raise MirrorError("the store is not open; use `async with LedgerStore(url)`")
        return self._engine

    async def __aenter__(self) -> LedgerStore:
        self._engine = create_async_engine(self.url)
        try:
            await self._make_tables(self._engine)
            # A store it cannot write to is refused now, before a single request is sent.
            async with self._engine.connect() as conn:
                probe = await conn.begin()
                await self._put_state(conn, "__write_check__", State())
                await probe.rollback()
        except BaseException as exc:
            await self._engine.dispose()
            self._engine = None
            if isinstance(exc, (SQLAlchemyError, OSError)):
                raise self.failure(exc) from None
            raise
        return self

    async def _make_tables(self, engine: AsyncEngine) -> None:
        """Make or widen the tables; a second store doing the same at that moment is fine."""
        # Two runs opening a new database may both find a table missing and both make it:
        # the loser's CREATE fails, and on another look that table is there. Each look finds
        # at least one more table made, so there are no more looks than tables.
        looks = len(self.metadata.tables) + 1
        for look in range(1, looks + 1):
            try:
                async with engine.begin() as conn:
                    await conn.run_sync(self.metadata.create_all)
                    await self._widen(conn)
                return
            except (IntegrityError, ProgrammingError, OperationalError) as exc:
                raced = isinstance(exc, IntegrityError) or "already exists" in str(exc).lower()
                if look == looks or not raced:
                    raise

    async def __aexit__(self, *exc_info: object) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None

    def failure(self, exc: BaseException) -> MirrorError:
        """A database failure as one line naming the database (its password hidden)."""
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        text = " ".join(str(cause).split()) or type(cause).__name__
        return MirrorError(f"the mirror database {self.shown} failed: {text}")

    async def _widen(self, conn: AsyncConnection) -> None:
        """Add the columns a newer model has to a table an older version made."""

        def existing(sync_conn: Any) -> dict[str, set[str]]:
            inspector = sa.inspect(sync_conn)
            return {
                t.name: {c["name"] for c in inspector.get_columns(t.name)}
                for t in self.tables.values()
            }

        present = await conn.run_sync(existing)
        for table in self.tables.values():
            for column in table.columns:
                if column.name not in present[table.name]:
                    kind = column.type.compile(dialect=conn.dialect)
                    await conn.execute(
                        sa.text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}')
                    )

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except (SQLAlchemyError, OSError) as exc:
            raise self.failure(exc) from None

    async def state(self, kind: str) -> State:
        """The stored state of ``kind``'s mirror (empty before the first run)."""
        table = self.state_table
        with self._guard():
            async with self.engine.connect() as conn:
                query = sa.select(table).where(table.c.ledger == kind)
                found = (await conn.execute(query)).first()
        if found is None:
            return State()
        return State(
            watermark=found.watermark,
            backfill_bound=found.backfill_bound,
            backfill_page=found.backfill_page,
            backfilled=bool(found.backfilled),
        )

    async def save(self, kind: str, rows: Sequence[Any], state: State) -> Counts:
        """Upsert ``rows`` (the newer copy of each id wins) and store ``state``, atomically."""
        with self._guard():
            async with self.engine.begin() as conn:
                counts = await self._upsert(conn, kind, rows)
                await self._put_state(conn, kind, state)
        return counts

    def table(self, kind: str) -> sa.Table:
        """The table of ``kind``.

        Raises:
            ValueError: this store does not keep ``kind``.

        """
        table = self.tables.get(kind)
        if table is None:
            raise ValueError(
                f"this store keeps {', '.join(self.tables)}, not {kind!r} "
                f"(open it with LedgerStore(url, kinds=[{kind!r}]))"
            )
        return table

    async def _upsert(self, conn: AsyncConnection, kind: str, rows: Sequence[Any]) -> Counts:
        counts = Counts()
        table = self.table(kind)
        if not rows:
            return counts
        key = table.c[MIRRORED[kind].key]
        stamp = table.c[MIRRORED[kind].stamp]
        newest: dict[str, dict[str, Any]] = {}
        for row in map(row_of, rows):
            held = newest.get(row[key.name])
            if held is None or _newer(row[stamp.name], held[stamp.name]):
                newest[row[key.name]] = row
        stored = dict(
            (await conn.execute(sa.select(key, stamp).where(key.in_(list(newest))))).all()
        )
        changed = []
        for ident, row in newest.items():
            if ident not in stored:
                counts.inserted += 1
            elif _newer(row[stamp.name], stored[ident]):
                counts.updated += 1
            else:
                counts.unchanged += 1  # the same copy, or an older one: the stored one stays
                continue
            changed.append(row)
        if changed:
            insert = _upsert_into(conn, table)
            statement = insert.on_conflict_do_update(
                index_elements=[key],
                set_={c.name: insert.excluded[c.name] for c in table.columns if c is not key},
                where=sa.or_(stamp.is_(None), insert.excluded[stamp.name] > stamp),
            )
            await conn.execute(statement, changed)
        return counts

    async def _put_state(self, conn: AsyncConnection, kind: str, state: State) -> None:
        table = self.state_table
        values = {
            "ledger": kind,
            **attrs.asdict(state),
            "updated": datetime.now(UTC),
        }
        insert = _upsert_into(conn, table)
        await conn.execute(
            insert.values(values).on_conflict_do_update(
                index_elements=[table.c.ledger],
                set_={k: v for k, v in values.items() if k != "ledger"},
            )
        )

    async def count(self, kind: str) -> int:
        """Rows in ``kind``'s table."""
        table = self.table(kind)
        with self._guard():
            async with self.engine.connect() as conn:
                query = sa.select(sa.func.count()).select_from(table)
                total = await conn.scalar(query)
        return int(total or 0)

    async def rows(
        self,
        kind: str,
        *,
        since: date | datetime | None = None,
        filters: Mapping[str, object] | None = None,
    ) -> list[dict[str, Any]]:
        """The rows of ``kind``'s table from ``since`` on that match ``filters``, by id.

        A ledger's ``since`` is a period date; a log's, a moment of its request (a date is
        that UTC day's start). ``filters`` are spelled as the search's own: ``name`` is
        equal, ``min_name`` and ``max_name`` bound it.
        """
        table, mirrored = self.table(kind), MIRRORED[kind]
        query = sa.select(table).order_by(table.c[mirrored.key])
        if since is not None:
            period = table.c[mirrored.period]
            if period.type.python_type is not date and not isinstance(since, datetime):
                since = datetime.combine(since, time(), UTC)
            query = query.where(period >= since)
        for name, value in (filters or {}).items():
            bound, column = name[:4], table.c[name[4:] if name[:4] in ("min_", "max_") else name]
            if bound == "min_":
                query = query.where(column >= value)
            elif bound == "max_":
                query = query.where(column <= value)
            else:
                query = query.where(column == value)
        with self._guard():
            async with self.engine.connect() as conn:
                return [dict(r._mapping) for r in await conn.execute(query)]


def _upsert_into(conn: AsyncConnection, table: sa.Table) -> Any:
    """An INSERT with ``on_conflict_do_update``, in the connection's dialect."""
    return (postgresql if conn.dialect.name == "postgresql" else sqlite).insert(table)


def _newer(candidate: datetime | None, held: datetime | None) -> bool:
    if held is None:
        return candidate is not None
    if candidate is None:
        return False
    if held.tzinfo is None:  # read back from SQLite by a bare select: UTC wall time
        held = held.replace(tzinfo=UTC)
    return candidate > held
