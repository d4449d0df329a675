"""``checkout.reconcile`` is never wrong: it answers, or it raises naming why.

A table over faults (before and after the API acted, a slow timeout) x the API's clock
against this machine's x other purchases around the call (this client's own, another
client's of the same product or of another one, an old one a server let through its filter);
then ``Date`` headers that lie, and the rules on their own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from byteful_async import AsyncByteful, BytefulError, ReconcileError
from byteful_async._policies._reconcile import ClockReading, Offset, Wanted, decide, offset_of
from byteful_async.models import Service
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES

pytestmark = pytest.mark.fake_byteful(rate_limit=None, credit_balance=1_000_000_00)

ISP: dict[str, Any] = {"product_code": "isp_us", "quantity": 3}

#: fault -> whether the API carried the purchase out.
FAULTS = {"503": False, "drop": False, "500_after": True, "truncate": True, "stall_after": True}
#: Seconds the API's clock runs ahead of this machine's (-2.5: this machine is 2.5 s fast).
SKEWS = [0.0, -2.5, 90.0]
#: Other purchases around the call; "stranger" makes the answer impossible to tell.
OTHERS = ["none", "own_just_before", "other_product", "old_unfiltered", "stranger"]


def plant_service(fake: FakeByteful, code: str, at: datetime) -> str:
    """A service another client of the account bought, stamped ``at`` (the API's clock)."""
    account = fake.account
    service_id = f"API-9999-{len(account.services) + 1:04d}"
    kind = {"isp_us": "isp", "datacenter_us": "datacenter"}.get(code, "isp")
    naive = at.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    account.services.append(account._service_row(service_id, kind, code, 3, naive))
    account.version += 1
    return service_id


def api_now(fake: FakeByteful) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=fake.clock_offset)


async def uncertain_purchase(client: AsyncByteful, fake: FakeByteful, fault: str) -> BytefulError:
    fake.inject(fault, path="/checkout/create")  # type: ignore[arg-type]
    before = datetime.now(UTC)
    with pytest.raises(BytefulError) as caught:
        await client.checkout.create(**ISP, timeout=0.3)
    after = datetime.now(UTC)
    error = caught.value
    assert error.outcome_unknown and error.call is not None
    # When the call started and when it failed, never the other way round.
    assert before <= error.call.sent_at <= error.call.failed_at <= after  # type: ignore[operator]
    if fault == "stall_after":
        assert error.call.failed_at - error.call.sent_at >= timedelta(seconds=0.25)  # type: ignore[operator]
    return error


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("skew", SKEWS)
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_reconcile_table(
    fake_byteful: FakeByteful, fault: str, skew: float, other: str
) -> None:
    fake = fake_byteful
    fake.clock_offset = skew
    async with fake.client(retry_policy=FAST_RETRIES) as client:
        if other == "own_just_before":
            await client.checkout.create(**ISP)  # a bot buying the same product a moment ago
        elif other == "old_unfiltered":
            fake.ignored_filters = {"min_service_creation_datetime"}
            plant_service(fake, "isp_us", api_now(fake) - timedelta(days=3))
        before = len(fake.purchases)
        error = await uncertain_purchase(client, fake, fault)
        made = len(fake.purchases) > before
        assert made is FAULTS[fault]
        ours = fake.services[-1]["service_id"] if made else None
        if other == "other_product":
            plant_service(fake, "datacenter_us", api_now(fake))
        elif other == "stranger":
            plant_service(fake, "isp_us", api_now(fake) + timedelta(seconds=10))
        if other == "stranger":
            with pytest.raises(ReconcileError, match="outside the window"):
                await client.checkout.reconcile(error)
            return
        found = await client.checkout.reconcile(error)
        assert (found.service_id if found else None) == ours
        if found is not None:
            # Attributed now: a second reconcile of another failure will not take it again.
            assert found.service_id in client._core.known_services


@pytest.mark.parametrize("lie", [-3600.0, 3600.0, -400.0])
async def test_a_date_header_far_from_this_clock_cannot_tell(
    fake_byteful: FakeByteful, lie: float
) -> None:
    async with fake_byteful.client(retry_policy=FAST_RETRIES) as client:
        # A purchase half an hour before, which an hour-old Date would put inside the window.
        plant_service(fake_byteful, "isp_us", api_now(fake_byteful) - timedelta(minutes=30))
        error = await uncertain_purchase(client, fake_byteful, "503")
        fake_byteful.date_lie = lie
        with pytest.raises(ReconcileError, match="Date header"):
            await client.checkout.reconcile(error)


async def test_a_date_header_that_lies_a_little_cannot_hide_the_purchase(
    fake_byteful: FakeByteful,
) -> None:
    async with fake_byteful.client(retry_policy=FAST_RETRIES) as client:
        error = await uncertain_purchase(client, fake_byteful, "500_after")
        fake_byteful.date_lie = 120.0  # within 5 minutes: believed, and it moves the window
        with pytest.raises(ReconcileError, match="outside the window"):
            await client.checkout.reconcile(error)  # never None: the purchase was made


async def test_two_strangers_in_the_window_cannot_be_told(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(retry_policy=FAST_RETRIES) as client:
        error = await uncertain_purchase(client, fake_byteful, "500_after")
        plant_service(fake_byteful, "isp_us", api_now(fake_byteful))
        with pytest.raises(ReconcileError, match="2 services match"):
            await client.checkout.reconcile(error)


# -- the rules on their own -------------------------------------------------------------------


def service(ident: str, at: float, **fields: Any) -> Service:
    values: dict[str, Any] = {
        "service_id": ident,
        "service_type": "isp",
        "service_protocol": "ipv4",
        "country_id": "us",
        "service_quantity": 3,
        "service_cycle": "1:month",
        "service_creation_datetime": datetime.fromtimestamp(at, UTC),
    }
    values.update(fields)
    return Service(**values)


WANTED = Wanted("isp", "ipv4", "us", 3, "1:month")
T = 1_800_000_000.0


def test_the_clock_bounds_narrow_and_refuse_contradictions() -> None:
    offset = offset_of([ClockReading(T + 10, T, T + 0.2), ClockReading(T + 11, T + 0.5, T + 0.6)])
    assert (offset.low, offset.high) == (pytest.approx(10.4), pytest.approx(11.0))
    with pytest.raises(ReconcileError, match="contradict"):
        offset_of([ClockReading(T, T, T + 0.1), ClockReading(T + 30, T + 0.2, T + 0.3)])
    with pytest.raises(ReconcileError, match="no answer carried a Date"):
        offset_of([])


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "match"),
        ({"service_quantity": 4}, None),
        ({"service_cycle": "3:month"}, None),
        ({"service_protocol": "ipv6"}, None),
        ({"country_id": "gb"}, None),
        ({"service_type": "datacenter"}, None),
        ({"service_cycle": None}, ReconcileError),  # it leaves a field out: cannot tell
        ({"service_creation_datetime": None}, ReconcileError),
    ],
)
def test_a_match_needs_every_field(fields: dict[str, Any], expected: Any) -> None:
    candidate = service("s1", T + 0.5, **fields)
    arguments: dict[str, Any] = {
        "wanted": WANTED,
        "started": T,
        "failed": T + 1,
        "offset": Offset(0, 0),
        "known": (),
    }
    if expected is ReconcileError:
        with pytest.raises(ReconcileError):
            decide(services=[candidate], **arguments)
        return
    found = decide(services=[candidate], **arguments)
    assert found is (candidate if expected == "match" else None)


def test_known_services_are_left_out_and_far_ones_ignored() -> None:
    mine = service("mine", T)
    old = service("old", T - 3 * 86_400)
    new = service("new", T + 0.5)
    found = decide(
        services=[mine, old, new],
        wanted=WANTED,
        started=T,
        failed=T + 1,
        offset=Offset(0, 0),
        known={"mine"},
    )
    assert found is new
