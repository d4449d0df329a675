"""Watching an account: snapshots at an interval, and alerts when a value drops below a floor.

Each snapshot costs four requests (the customer, both pool summaries and the active
services), all through the client's rate limiter; the burn rate behind "days left" reads
the last week of each ledger's usage rows, at the start and then at most once an hour. A
pool the account does not have (its summary refused with 403, 404 or 422) reads as None
and never alerts. An alert fires at the first snapshot where its value is below its floor
(the first snapshot included), then not again until the value has been back at or above it.

Per proxy user: a threshold named ``proxy_user:NAME:residential_bytes_left`` (or ``mobile``)
is a floor on what that user may still use of its own bytes limit, and ``limit_share``
(``0.9``) alerts each user that has used that share of its limit. Either costs one more
search a snapshot (the proxy users), and a user without a limit never alerts.

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
import re
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
from byteful_async.models import ProxyUser, Service
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
#: A threshold on one proxy user's bytes left under its own limit.
USER_FIELD: Final = re.compile(
    r"proxy_user:(?P<name>[^:\s]+):(?P<pool>residential|mobile)_bytes_left"
)
POOLS: Final = ("residential", "mobile")
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
        if self.field.endswith("_limit_used"):
            shown = f"{self.value:.0%} of its limit used, at or above {self.threshold:.0%}"
        elif self.field == "credit_balance":
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
        proxy_users: The proxy users, by name, when the watch follows them.

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
    proxy_users: Mapping[str, ProxyUser] = attrs.field(factory=dict, repr=False)
    """The proxy users, by name, when the watch follows them (per-user floors or limits)."""

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
        """The value a threshold names (a proxy user's bytes left under its limit too)."""
        user = USER_FIELD.fullmatch(field)
        if user is not None:
            found = self.proxy_users.get(user["name"])
            return None if found is None else user_bytes_left(found, user["pool"])
        value: float | None = getattr(self, field)
        return value


def user_bytes_left(user: ProxyUser, pool: str) -> int | None:
    """What ``user`` may still use of its own ``pool`` limit; None without a limit."""
    limit: int | None = getattr(user, f"proxy_user_{pool}_bytes_limit")
    if limit is None:
        return None
    used: int | None = getattr(user, f"proxy_user_{pool}_bytes_used")
    return limit - (used or 0)


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
        if field not in FIELDS and USER_FIELD.fullmatch(field) is None:
            raise ValueError(
                f"watch(): no value {field!r} to watch; one of {', '.join(FIELDS)}, or "
                "proxy_user:NAME:residential_bytes_left (or mobile_bytes_left)"
            )
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
        limit_share: float | None = None,
        burn_refresh: float = _BURN_REFRESH,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if isinstance(interval, bool) or not isinstance(interval, int | float) or interval < 0:
            raise ValueError(f"watch(): interval must be seconds (0 or more), not {interval!r}")
        self._client = client
        self._policy = retry_policy or RetryPolicy()
        self.interval = float(interval)
        self.thresholds = check_thresholds(thresholds)
        if limit_share is not None and (
            isinstance(limit_share, bool)
            or not isinstance(limit_share, int | float)
            or not 0 < limit_share <= 1
        ):
            raise ValueError(
                f"watch(): limit_share is a share of a limit, above 0 and at most 1 (0.9 is "
                f"90%), not {limit_share!r}"
            )
        self.limit_share = limit_share
        self._follows_users = limit_share is not None or any(
            USER_FIELD.fullmatch(field) for field in self.thresholds
        )
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
        customer, residential, mobile, services, users = await asyncio.gather(
            client.customer.retrieve(),
            pool_left(client, "residential"),
            pool_left(client, "mobile"),
            client.services.search(service_status="active", per_page=100).collect(),
            self._users(),
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
        snap = Snapshot(
            at=datetime.now(UTC),
            active_services=services,
            alerts=[],
            proxy_users=users,
            **values,
        )
        return attrs.evolve(snap, alerts=self._alerts(snap) + self._limit_alerts(users))

    async def _users(self) -> dict[str, ProxyUser]:
        """The proxy users by name, when the watch follows them (else none, and no request)."""
        if not self._follows_users:
            return {}
        found = await self._client.proxy_users.search(per_page=100).collect()
        return {u.proxy_user_id: u for u in found if not u.proxy_user_is_deleted}

    def _limit_alerts(self, users: Mapping[str, ProxyUser]) -> list[Alert]:
        """A user that has used ``limit_share`` of its own limit, once until it is below."""
        share = self.limit_share
        if share is None:
            return []
        fired = []
        for name, user in users.items():
            for pool in POOLS:
                limit = getattr(user, f"proxy_user_{pool}_bytes_limit")
                field = f"proxy_user:{name}:{pool}_limit_used"
                used = (getattr(user, f"proxy_user_{pool}_bytes_used") or 0) / limit if limit else 0
                alert = self._edge(field, used, share, crossed=bool(limit) and used >= share)
                fired += [alert] if alert else []
        return fired

    def _alerts(self, snap: Snapshot) -> list[Alert]:
        fired = []
        for field, floor in self.thresholds.items():
            value = snap.value(field)
            if value is None:
                continue
            alert = self._edge(field, value, floor, crossed=value < floor)
            fired += [alert] if alert else []
        return fired

    def _edge(self, field: str, value: float, threshold: float, *, crossed: bool) -> Alert | None:
        """An alert when ``field`` has just crossed its threshold (not while it stays over)."""
        if not crossed:
            self._firing.discard(field)
            return None
        if field in self._firing:
            return None
        self._firing.add(field)
        return Alert(field=field, value=value, threshold=threshold)
