"""The fake account moves: usage grows through the day, purchases fill the pools."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from byteful_async import AsyncByteful
from byteful_async.testing import FakeByteful

NOON = datetime(2026, 11, 30, 12, 0, 0)


async def test_the_ledgers_end_today_by_default() -> None:
    async with FakeByteful(rate_limit=None) as server, server.client(rate_limit=None) as client:
        newest = await client.residential_ledger.search(
            sort_by="residential_ledger_creation_datetime_desc", per_page=1
        )
    assert newest.items[0].residential_ledger_period_date == datetime.now(UTC).date()


async def test_a_tick_grows_todays_usage_and_shrinks_the_pool() -> None:
    world = FakeByteful(rate_limit=None, end_date=date(2026, 11, 29))
    async with world as server, server.client(rate_limit=None) as client:
        before = await client.residential.summary()
        server.account.tick(NOON)  # the first usage of the 30th: a new row
        first = await client.residential_ledger.search(
            min_residential_ledger_period_date=date(2026, 11, 30)
        )
        server.account.tick(NOON.replace(hour=13))  # the same row grows
        changed = await client.residential_ledger.search(
            min_residential_ledger_last_update_datetime=NOON.replace(hour=13, tzinfo=UTC)
        )
        after = await client.residential.summary()
    assert first.total_count == 1 and changed.total_count == 1
    row, grown = first.items[0], changed.items[0]
    assert grown.residential_ledger_id == row.residential_ledger_id
    assert grown.residential_ledger_bytes < row.residential_ledger_bytes < 0
    assert grown.residential_ledger_requests > row.residential_ledger_requests
    used_before, used_after = before.residential_bytes_used, after.residential_bytes_used
    assert used_before is not None and used_after is not None
    assert used_after - used_before == -grown.residential_ledger_bytes


async def test_a_ticks_bytes_are_used_by_a_proxy_user() -> None:
    world = FakeByteful(rate_limit=None, end_date=date(2026, 11, 29))
    async with world as server, server.client(rate_limit=None) as client:
        before = {u.proxy_user_id: u async for u in client.proxy_users.search()}
        pool_before = await client.residential.summary()
        for hour in range(12, 16):
            server.account.tick(NOON.replace(hour=hour))
        after = {u.proxy_user_id: u async for u in client.proxy_users.search()}
        pool_after = await client.residential.summary()
    assert before.keys() == after.keys()
    grew = {
        name: (after[name].proxy_user_residential_bytes_used or 0)
        - (before[name].proxy_user_residential_bytes_used or 0)
        for name in after
    }
    assert all(g >= 0 for g in grew.values()) and any(g > 0 for g in grew.values())
    # What the users used is what the pool lost.
    assert pool_before.residential_bytes_used is not None
    assert pool_after.residential_bytes_used is not None
    assert (
        sum(grew.values()) == pool_after.residential_bytes_used - pool_before.residential_bytes_used
    )


async def test_buying_data_adds_a_top_up_row(byteful_client: AsyncByteful) -> None:
    before = await byteful_client.residential.summary()
    bought = await byteful_client.checkout.create(product_code="residential_global", quantity=3)
    after = await byteful_client.residential.summary()
    top_ups = await byteful_client.residential_ledger.search(
        residential_ledger_reason="top_up", sort_by="residential_ledger_creation_datetime_desc"
    )
    assert bought.residential_ledger_created == [top_ups.items[0].residential_ledger_id]
    assert top_ups.items[0].residential_ledger_bytes == 3 * 1024**3
    assert before.residential_bytes is not None and after.residential_bytes is not None
    assert after.residential_bytes - before.residential_bytes == 3 * 1024**3


async def test_a_live_account_ticks_on_its_own() -> None:
    async with FakeByteful(rate_limit=None, live=0.01) as server:
        size = server.residential.size
        await server.ticked.wait()
        assert server.residential.size >= size  # a row appended or today's row grown
        changed = server.account.version
        server.ticked.clear()
        await server.ticked.wait()
    assert server.account.version > changed


def test_the_fake_has_a_handler_for_every_operation_it_routes() -> None:
    from byteful_async.resources import OPERATIONS
    from byteful_async.testing._account import Account
    from byteful_async.testing._routes import match

    account = Account(
        seed=1, residential_rows=1, mobile_rows=1, end_date=date(2026, 1, 31), credit=0
    )
    routed = set()
    for op in OPERATIONS:
        path = op.path
        for ident, _ in op.ids:
            path = path.replace("{" + ident + "}", "1")
        found = match(op.method, path)
        assert found is not None, op.name
        routed.add(found[0])
    assert routed <= set(account._handlers), sorted(routed - set(account._handlers))


async def test_an_operation_without_a_handler_is_a_501_naming_it() -> None:
    from byteful_async import APIStatusError

    async with FakeByteful(rate_limit=None) as server, server.client(max_retries=0) as client:
        del server.account._handlers["asns.search"]
        with pytest.raises(APIStatusError) as caught:
            await client.asns.search()
    assert caught.value.status_code == 501
    assert "no handler for asns.search" in str(caught.value)
