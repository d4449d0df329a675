"""Watching an account: snapshots at an interval, and alerts when a value drops below a floor.

Each snapshot costs four requests (the customer, both pool summaries and the active
services), all through the client's rate limiter; the burn rate behind "days left" reads
the last week of each ledger's usage rows, at the start and then at most once an hour. A
pool the account does not have (its summary refused with 403, 404 or 422) reads as None
and never alerts. An alert fires at the first snapshot where its value is below its floor
(the first snapshot included), then not again until the value has been back at or above it.

A watch outlives outages: a snapshot that fails (a 5xx, a 429, a timeout, a dropped
connection, a body that cannot be read, after the client's own retries) is yielded as a
snapshot with ``error`` set and no values, counted in ``AccountWatch.errors``, and the next
one is tried after a backoff that grows with each failure in a row, from the client's
:class:`~byteful_async.RetryPolicy` (``backoff_base`` doubling up to ``backoff_max``, the
upper half of it, jittered). Only a refused key (401, 403) ends it. Alert state carries across an
outage: a value that was below its floor before it is not alerted again after it.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

import attrs

from byteful_async._basics._exceptions import (
    APIStatusError,
    AuthenticationError,
    BytefulError,
    PermissionDeniedError,
)
from byteful_async._basics._units import dollars, human_bytes
from byteful_async._policies._retry import RetryPolicy, growing_wait
from byteful_async.models import Service
from byteful_async.resources import ResourceAttributes
from byteful_async.usage import burn_rate

#: What a threshold may name.
FIELDS: Final = (
    "credit_balance",
    "residential_bytes_left",
    "mobile_bytes_left",
    "residential_days_left",
    "mobile_days_left",
)
#: Answers meaning "this account has no such pool".
_NO_POOL: Final = frozenset({403, 404, 422})
_BURN_DAYS: Final = 7
_BURN_REFRESH: Final = 3600.0


@attrs.frozen(kw_only=True)
class Alert:
    """A value that went below its floor.

    Attributes:
        field: Which value (``residential_bytes_left``...).
        value: What it is now.
        threshold: The floor it went below.

    """

    field: str
    value: float
    threshold: float

    def text(self) -> str:
        """The alert for people: ``residential_bytes_left: 3.2 GiB, below 5.0 GiB``."""
        if self.field == "credit_balance":
            shown = f"{dollars(int(self.value))}, below {dollars(int(self.threshold))}"
        elif self.field.endswith("_days_left"):
            shown = f"{self.value:,.1f} days, below {self.threshold:,.1f}"
        else:
            shown = f"{human_bytes(int(self.value))}, below {human_bytes(int(self.threshold))}"
        return f"{self.field}: {shown}"


@attrs.frozen(kw_only=True)
class Snapshot:
    """The account at one moment.

    Attributes:
        at: When the snapshot was taken (UTC).
        credit_balance: Credit in cents.
        residential_bytes_left: The residential pool, or None without one.
        mobile_bytes_left: The mobile pool, or None without one.
        active_services: The services with status ``active``.
        residential_days_left: The pool over the last week's average use per day; None
            without a pool or without use.
        mobile_days_left: The same for mobile.
        alerts: The alerts that fired at this snapshot.
        error: Why this snapshot could not be taken (its values are then None and its lists
            empty); the watch goes on and tries again after a backoff.

    """

    at: datetime
    credit_balance: int | None
    residential_bytes_left: int | None
    mobile_bytes_left: int | None
    active_services: list[Service]
    residential_days_left: float | None
    mobile_days_left: float | None
    alerts: list[Alert]
    error: BytefulError | None = attrs.field(default=None, repr=False)

    @classmethod
    def failed(cls, error: BytefulError) -> Snapshot:
        """A snapshot that could not be taken, because of ``error``."""
        return cls(
            at=datetime.now(UTC),
            credit_balance=None,
            residential_bytes_left=None,
            mobile_bytes_left=None,
            active_services=[],
            residential_days_left=None,
            mobile_days_left=None,
            alerts=[],
            error=error,
        )

    def value(self, field: str) -> float | None:
        """The value a threshold names."""
        found: float | None = getattr(self, field)
        return found


def alert_body(alert: Alert, snapshot: Snapshot) -> dict[str, Any]:
    """What a webhook receives for ``alert`` (and, as variables, an ``--exec`` command).

    ``text`` is for people (Slack and Teams show it; ``content`` is the same for Discord);
    ``field``, ``value``, ``threshold`` and ``at`` are for programs.
    """
    text = f"Byteful alert: {alert.text()}"
    return {
        "text": text,
        "content": text,
        "field": alert.field,
        "value": alert.value,
        "threshold": alert.threshold,
        "at": snapshot.at.isoformat(),
    }


def check_thresholds(thresholds: Mapping[str, float] | None) -> dict[str, float]:
    """The thresholds, checked: known fields, finite numbers.

    Raises:
        ValueError, TypeError: a field name or a floor is wrong.

    """
    checked: dict[str, float] = {}
    for field, floor in (thresholds or {}).items():
        if field not in FIELDS:
            raise ValueError(f"watch(): no value {field!r} to watch; one of {', '.join(FIELDS)}")
        if (
            isinstance(floor, bool)
            or not isinstance(floor, int | float)
            or not math.isfinite(floor)
        ):
            raise TypeError(f"watch(): thresholds[{field!r}] must be a number, not {floor!r}")
        checked[field] = floor
    return checked


async def pool_left(client: ResourceAttributes, kind: str) -> int | None:
    """The ``residential`` or ``mobile`` pool's bytes left; None when the account has none.

    The API refuses the summary of a pool the account does not have (403, 404 or 422).
    """
    pool = client.residential if kind == "residential" else client.mobile
    try:
        summary = await pool.summary()
    except APIStatusError as exc:
        if exc.status_code in _NO_POOL:
            return None
        raise
    left: int | None = getattr(summary, f"{kind}_bytes_left")
    return left


class AccountWatch:
    """``async for snapshot in client.watch(...)``: see :meth:`AsyncByteful.watch`."""

    def __init__(
        self,
        client: ResourceAttributes,
        *,
        interval: float,
        thresholds: Mapping[str, float] | None,
        burn_refresh: float = _BURN_REFRESH,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if isinstance(interval, bool) or not isinstance(interval, int | float) or interval < 0:
            raise ValueError(f"watch(): interval must be seconds (0 or more), not {interval!r}")
        self._client = client
        self._policy = retry_policy or RetryPolicy()
        self.interval = float(interval)
        self.thresholds = check_thresholds(thresholds)
        self._burn_refresh = burn_refresh
        self._burn: dict[str, float | None] = {}
        self._burn_at: float | None = None
        self._firing: set[str] = set()
        self.errors = 0
        """Snapshots that failed since the watch began (each yielded with ``error`` set)."""

    def __aiter__(self) -> AsyncIterator[Snapshot]:
        return self._run()

    async def _run(self) -> AsyncIterator[Snapshot]:
        policy = self._policy
        failures = 0
        while True:
            try:
                snap = await self.snapshot()
            except (AuthenticationError, PermissionDeniedError):
                raise  # a refused key does not come back by waiting
            except BytefulError as exc:
                failures += 1
                self.errors += 1
                yield Snapshot.failed(exc)
                await asyncio.sleep(growing_wait(policy.backoff_base, policy.backoff_max, failures))
                continue
            failures = 0
            yield snap
            await asyncio.sleep(self.interval)

    async def _burn_rates(self, pools: dict[str, int | None]) -> dict[str, float | None]:
        now = time.monotonic()
        if self._burn_at is not None and now - self._burn_at < self._burn_refresh:
            return self._burn
        today = datetime.now(UTC).date()
        since = today - timedelta(days=_BURN_DAYS - 1)
        rates: dict[str, float | None] = {}
        for kind, left in pools.items():
            rates[kind] = None if left is None else await self._rate(kind, since, today)
        self._burn, self._burn_at = rates, now
        return rates

    async def _rate(self, kind: str, since: date, today: date) -> float | None:
        ledger: Any = getattr(self._client, f"{kind}_ledger")
        filters = {f"min_{kind}_ledger_period_date": since, f"{kind}_ledger_reason": "usage"}
        try:
            rows = await ledger.search(per_page=100, **filters).collect()
        except APIStatusError as exc:
            if exc.status_code in _NO_POOL:
                return None
            raise
        return burn_rate(rows, days=_BURN_DAYS, until=today)

    async def snapshot(self) -> Snapshot:
        """Take one snapshot now (the iteration calls this every ``interval`` seconds)."""
        client = self._client
        customer, residential, mobile, services = await asyncio.gather(
            client.customer.retrieve(),
            pool_left(client, "residential"),
            pool_left(client, "mobile"),
            client.services.search(service_status="active", per_page=100).collect(),
        )
        pools = {"residential": residential, "mobile": mobile}
        rates = await self._burn_rates(pools)

        def days_left(kind: str) -> float | None:
            left, rate = pools[kind], rates.get(kind)
            return None if left is None or not rate else max(left, 0) / rate

        values: dict[str, Any] = {
            "credit_balance": customer.credit_balance,
            "residential_bytes_left": residential,
            "mobile_bytes_left": mobile,
            "residential_days_left": days_left("residential"),
            "mobile_days_left": days_left("mobile"),
        }
        return Snapshot(
            at=datetime.now(UTC),
            active_services=services,
            alerts=self._alerts(values),
            **values,
        )

    def _alerts(self, values: Mapping[str, float | None]) -> list[Alert]:
        fired = []
        for field, floor in self.thresholds.items():
            value = values[field]
            if value is None:
                continue
            if value < floor:
                if field not in self._firing:
                    self._firing.add(field)
                    fired.append(Alert(field=field, value=value, threshold=floor))
            else:
                self._firing.discard(field)
        return fired
