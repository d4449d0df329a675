"""Buying from software: reconcile after an uncertain purchase, the spend cap and the dry run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from byteful_async import (
    AsyncByteful,
    BytefulError,
    PurchaseGuard,
    PurchaseRefused,
    ReconcileError,
)
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES

pytestmark = pytest.mark.fake_byteful(rate_limit=None, credit_balance=1_000_000_00)

ISP = {"product_code": "isp_us", "quantity": 3}
#: Faults that strike before the purchase is carried out, and after it.
BEFORE = ["500", "502", "503", "drop"]
AFTER = ["500_after", "drop_after", "truncate", "bad_json", "wrong_shape"]


async def bought_a_minute_ago(client: AsyncByteful, fake: FakeByteful) -> str:
    """The same product bought a minute before: what reconcile must not take for the new one."""
    earlier = await client.checkout.create(**ISP)  # type: ignore[arg-type]
    row = fake.services[-1]
    moment = datetime.now(UTC) - timedelta(minutes=1)
    row["service_creation_datetime"] = moment.strftime("%Y-%m-%d %H:%M:%S")
    fake.account.version += 1
    assert earlier.service_id == row["service_id"]
    return row["service_id"]


async def uncertain(client: AsyncByteful, fake: FakeByteful, fault: Any) -> BytefulError:
    fake.inject(fault, path="/checkout/create")
    with pytest.raises(BytefulError) as caught:
        await client.checkout.create(**ISP)  # type: ignore[arg-type]
    assert caught.value.outcome_unknown, fault
    return caught.value


@pytest.mark.parametrize("fault", AFTER)
async def test_a_purchase_that_went_through_is_found_not_an_earlier_one(
    fake_byteful: FakeByteful, fault: str
) -> None:
    async with fake_byteful.client(retry_policy=FAST_RETRIES) as client:
        earlier = await bought_a_minute_ago(client, fake_byteful)
        error = await uncertain(client, fake_byteful, fault)
        found = await client.checkout.reconcile(error)
    assert found is not None
    assert found.service_id == fake_byteful.services[-1]["service_id"] != earlier
    assert (found.service_quantity, found.service_type) == (3, "isp")


@pytest.mark.parametrize("fault", BEFORE)
async def test_a_purchase_that_never_happened_reconciles_to_none(
    fake_byteful: FakeByteful, fault: str
) -> None:
    async with fake_byteful.client(retry_policy=FAST_RETRIES) as client:
        await bought_a_minute_ago(client, fake_byteful)  # an earlier purchase is no evidence
        bought = len(fake_byteful.purchases)
        error = await uncertain(client, fake_byteful, fault)
        assert len(fake_byteful.purchases) == bought
        assert await client.checkout.reconcile(error) is None


async def test_an_uncertain_top_up_cannot_be_told(fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("500_after", path="/checkout/create")
    async with fake_byteful.client() as client:
        with pytest.raises(BytefulError) as caught:
            await client.checkout.top_up(50_00)
        assert caught.value.outcome_unknown
        with pytest.raises(ReconcileError, match="invoice"):
            await client.checkout.reconcile(caught.value)
        with pytest.raises(ValueError, match="outcome_unknown"):
            await client.checkout.reconcile(BytefulError("not a purchase"))


async def test_the_spend_cap_refuses_with_nothing_bought(fake_byteful: FakeByteful) -> None:
    quote = None
    async with fake_byteful.client() as probe:
        quote = await probe.checkout.quote(**ISP)  # type: ignore[arg-type]
    assert quote.total is not None
    guard = PurchaseGuard(cap_cents=quote.total * 2, period=timedelta(days=1))
    async with fake_byteful.client(purchase_guard=guard) as client:
        await client.checkout.create(**ISP)
        await client.checkout.create(**ISP)
        assert guard.spent == quote.total * 2
        bought, sent = len(fake_byteful.purchases), len(fake_byteful.requests)
        with pytest.raises(PurchaseRefused, match="spend cap") as caught:
            await client.checkout.create(**ISP)
        with pytest.raises(PurchaseRefused, match="spend cap"):
            await client.checkout.top_up(1)
    assert caught.value.spent == quote.total * 2
    assert len(fake_byteful.purchases) == bought
    assert len(fake_byteful.requests) == sent  # the cap was reached: not even a quote


async def test_an_uncertain_purchase_counts_as_spent(
    fake_byteful: FakeByteful,
) -> None:
    guard = PurchaseGuard(cap_cents=10_000_00)
    async with fake_byteful.client(purchase_guard=guard, retry_policy=FAST_RETRIES) as client:
        quote = await client.checkout.quote(**ISP)  # type: ignore[arg-type]
        assert quote.total
        await uncertain(client, fake_byteful, "drop_after")  # may have gone through
        assert guard.spent == quote.total
        await client.checkout.top_up(25_00)
    assert guard.spent == quote.total + 25_00


async def test_a_purchase_that_would_pass_the_cap_is_priced_then_refused(
    fake_byteful: FakeByteful,
) -> None:
    guard = PurchaseGuard(cap_cents=1)
    async with fake_byteful.client(purchase_guard=guard) as client:
        with pytest.raises(PurchaseRefused) as caught:
            await client.checkout.create(**ISP)
        with pytest.raises(PurchaseRefused):
            await client.checkout.top_up(2)  # its price is known: refused unsent
    assert caught.value.cost is not None and caught.value.cost > 1
    assert fake_byteful.purchases == []
    assert [r.path for r in fake_byteful.requests] == ["/public/user/checkout/quote"]


async def test_a_dry_run_prices_and_buys_nothing(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(purchase_guard=PurchaseGuard(dry_run=True)) as client:
        with pytest.raises(PurchaseRefused, match=r"dry run: would buy 3 x isp_us \(\$"):
            await client.checkout.create(**ISP)
        with pytest.raises(PurchaseRefused, match=r"dry run: would add \$50.00 of credit"):
            await client.checkout.top_up(50_00)
    assert fake_byteful.purchases == []
    assert fake_byteful.count(path="/checkout/create") == 0


def test_a_guard_checks_its_settings() -> None:
    with pytest.raises(ValueError, match="cap_cents"):
        PurchaseGuard(cap_cents=-1)
    with pytest.raises(ValueError, match="period"):
        PurchaseGuard(period=timedelta(0))
    with pytest.raises(TypeError, match="purchase_guard"):
        AsyncByteful("pk_x", "sk_x", purchase_guard="cap")  # type: ignore[arg-type]
