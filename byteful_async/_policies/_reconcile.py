"""Deciding which service, if any, an uncertain purchase made: the rules, without any I/O.

The API stamps a service's creation to the second, on its own clock. This machine knows when
the call started and when it failed, on its clock. The ``Date`` headers of answers bound the
difference: an answer dated ``D`` (whole seconds) that was asked for at local ``t0`` and
received at local ``t1`` was written when the API's clock read between ``D`` and ``D + 1``,
at a local time between ``t0`` and ``t1``; so the API's clock runs ahead of this one by at
least ``D - t1`` and less than ``D + 1 - t0``. Every answer narrows those bounds; answers
whose bounds do not meet show a clock that lies.

A service the purchase made was stamped between the call's start and its failure, read on
the API's clock: the *window*, widened by a second either side for the stamps' resolution.
A service that matches the purchase in every field it names, and that this client does not
already know, is a *match* inside the window and a *near miss* just outside it (within
:data:`NEAR` seconds). The answer is the one match when there is one and no near miss;
``None`` when there is neither; anything else cannot be told.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import attrs

from byteful_async._basics._exceptions import ReconcileError
from byteful_async.models import CatalogProduct, Service

#: The most the API's clock may differ from this one before nothing can be told (seconds).
MAX_SKEW: Final = 300.0
#: How far outside the window a matching service still casts doubt (seconds): it is what a
#: ``Date`` header that lies by less than :data:`MAX_SKEW` could move the purchase by.
NEAR: Final = 2 * MAX_SKEW
#: The stamps' resolution, allowed on each side of the window.
_STAMP: Final = 1.0


@attrs.frozen
class ClockReading:
    """One answer's ``Date``: the API's time, seen between two moments of this machine's.

    ``date`` is the header (whole seconds), ``t0`` and ``t1`` this machine's clock before
    the call and after its answer (all in seconds since the epoch).
    """

    date: float
    t0: float
    t1: float


@attrs.frozen
class Offset:
    """How far the API's clock runs ahead of this machine's: between ``low`` and ``high``."""

    low: float
    high: float


def offset_of(readings: Iterable[ClockReading]) -> Offset:
    """The API's clock against this one, from the ``Date`` of answers.

    Raises:
        ReconcileError: no answer carried a ``Date``; two answers' dates disagree; or the
            API's clock is more than :data:`MAX_SKEW` seconds from this machine's.

    """
    low, high = -float("inf"), float("inf")
    seen = 0
    for reading in readings:
        seen += 1
        low = max(low, reading.date - reading.t1)
        high = min(high, reading.date + 1.0 - reading.t0)
    if not seen:
        raise ReconcileError("no answer carried a Date header: the API's clock is unknown")
    if low > high:
        raise ReconcileError(
            "the Date headers of the API's answers contradict each other: its clock cannot "
            "be trusted to place the purchase"
        )
    if max(abs(low), abs(high)) > MAX_SKEW:
        raise ReconcileError(
            f"the API's Date header is {low:+.0f} s from this machine's clock (more than "
            f"{MAX_SKEW:.0f} s): one of the two clocks is wrong, so the purchase cannot be "
            "placed in time"
        )
    return Offset(low, high)


@attrs.frozen
class Wanted:
    """What a service made by the purchase must be: None where the purchase did not say."""

    service_type: str | None
    service_protocol: str | None
    country_id: str | None
    service_quantity: int | None
    service_cycle: str | None

    @classmethod
    def of(cls, body: Mapping[str, Any], entry: CatalogProduct | None) -> Wanted:
        """From the purchase's body and its product's catalog entry (if it named one)."""

        def text(value: Any) -> str | None:
            return None if value is None else str(getattr(value, "value", value))

        count = body.get("cycle_interval_count", 1)
        interval = text(body.get("cycle_interval")) or "month"
        return cls(
            service_type=text(entry.product_type if entry else body.get("product_type")),
            service_protocol=text(
                entry.product_protocol if entry else body.get("product_protocol")
            ),
            country_id=text(entry.country_id if entry else body.get("country_id")),
            service_quantity=body.get("quantity"),
            service_cycle=f"{count}:{interval}",
        )

    def compare(self, service: Service) -> bool | None:
        """Whether ``service`` is what the purchase would make.

        True: it matches every named field; False: one differs; None: it leaves a named
        field out, so it cannot be told.
        """
        unknown = False
        for field in attrs.fields(Wanted):
            want = getattr(self, field.name)
            if want is None:
                continue
            have = getattr(service, field.name)
            if have is None:
                unknown = True
                continue
            if str(getattr(have, "value", have)) != str(want):
                return False
        return None if unknown else True


def _stamp(service: Service) -> float | None:
    created = service.service_creation_datetime
    if created is None:
        return None
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return created.timestamp()


def decide(
    *,
    services: Sequence[Service],
    wanted: Wanted,
    started: float,
    failed: float,
    offset: Offset,
    known: Iterable[str],
) -> Service | None:
    """The service the purchase made, or None when it made none.

    ``started`` and ``failed`` are on this machine's clock (seconds since the epoch).

    Raises:
        ReconcileError: it cannot be told (two matches, a near miss, a service that leaves
            a named field or its creation time out).

    """
    low = started + offset.low - _STAMP
    high = failed + offset.high + _STAMP
    known_ids = set(known)
    matches: list[Service] = []
    doubts: list[str] = []
    for service in services:
        if service.service_id in known_ids:
            continue
        stamp = _stamp(service)
        if stamp is not None and not low - NEAR <= stamp <= high + NEAR:
            continue  # far outside: even a filter the server ignored cannot make it ours
        verdict = wanted.compare(service)
        if verdict is False:
            continue
        if stamp is None:
            doubts.append(f"{service.service_id} has no creation time")
        elif verdict is None:
            if low <= stamp <= high:
                doubts.append(f"{service.service_id} leaves out a field the purchase named")
        elif low <= stamp <= high:
            matches.append(service)
        else:
            gap = low - stamp if stamp < low else stamp - high
            doubts.append(
                f"{service.service_id} matches and was made {gap:.0f} s outside the window"
            )
    if len(matches) > 1:
        ids = ", ".join(s.service_id for s in matches)
        raise ReconcileError(f"{len(matches)} services match the purchase: {ids}")
    if doubts:
        raise ReconcileError(
            "the purchase cannot be told from another one: " + "; ".join(doubts[:5])
        )
    return matches[0] if matches else None


def window_start(started: float, offset: Offset) -> datetime:
    """The earliest creation time worth asking the API for (UTC, naive, whole seconds)."""
    moment = datetime.fromtimestamp(started + offset.low - _STAMP - NEAR, UTC)
    return moment.replace(tzinfo=None, microsecond=0) - timedelta(seconds=1)
