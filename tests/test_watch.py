"""client.watch against the fake's changing world: snapshots, alerts that fire once, no pool."""

from __future__ import annotations

import asyncio

import pytest

from byteful_async import AsyncByteful, Snapshot
from byteful_async.testing import FakeByteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None)

GIB = 2**30


async def test_a_snapshot_has_the_pools_credit_services_and_days_left(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    snap = await client.watch(interval=0).snapshot()
    added, used, _ = fake_byteful.residential.total_bytes()
    assert snap.residential_bytes_left == added - used > 0
    assert snap.credit_balance == fake_byteful.customer["credit_balance"]
    assert {s.service_id for s in snap.active_services} == {
        s["service_id"] for s in fake_byteful.services if s["service_status"] == "active"
    }
    assert snap.residential_days_left is not None and snap.residential_days_left > 0
    assert snap.alerts == []


async def test_an_alert_fires_once_below_its_floor_and_again_after_recovery(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    start = (await client.residential.summary()).residential_bytes_left
    assert start is not None
    floor = start - 50_000_000  # about ten appended usage rows below where it starts
    fired: list[int] = []
    seen = 0
    watch = client.watch(interval=0, thresholds={"residential_bytes_left": floor})
    async for snap in watch:
        seen += 1
        fired += [int(a.value) for a in snap.alerts if a.field == "residential_bytes_left"]
        if seen == 1:  # above: lower it
            fake_byteful.account.change_ledger("residential", appended=40)
        elif seen == 3:  # still below (no second alert): raise it with a purchase
            await client.checkout.create(product_code="residential_global", quantity=1)
        elif seen == 4:  # recovered: lower it again
            fake_byteful.account.change_ledger("residential", appended=500)
        elif seen == 5:
            break
    assert len(fired) == 2 and all(value < floor for value in fired)


async def test_an_account_without_a_mobile_pool_still_watches(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    refused = {"error": "Not Found", "message": "No mobile service.", "api_request_id": "r"}
    for _ in range(2):
        fake_byteful.respond(404, refused, path="/mobile/summary")
    watch = client.watch(interval=0, thresholds={"mobile_bytes_left": 10 * GIB})
    snaps: list[Snapshot] = []
    async for snap in watch:
        snaps.append(snap)
        if len(snaps) == 2:
            break
    assert [s.mobile_bytes_left for s in snaps] == [None, None]
    assert [s.mobile_days_left for s in snaps] == [None, None]
    assert all(s.alerts == [] for s in snaps)  # no pool, nothing to alert on
    assert all(s.residential_bytes_left for s in snaps)


async def test_cancelling_the_watch_leaves_nothing_running(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    got = asyncio.Event()

    async def run() -> None:
        async for _ in client.watch(interval=3600):
            got.set()

    task = asyncio.ensure_future(run())
    await got.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    sent = len(fake_byteful.requests)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert not [t for t in others if "watch" in repr(t.get_coro())]
    assert len(fake_byteful.requests) == sent


def test_bad_thresholds_are_refused_before_anything_is_sent(
    client: AsyncByteful,
) -> None:
    with pytest.raises(ValueError, match="no value 'bytes_left'"):
        client.watch(thresholds={"bytes_left": 1})
    with pytest.raises(TypeError, match="must be a number"):
        client.watch(thresholds={"credit_balance": "10"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="interval"):
        client.watch(interval=-1)


GiB = 2**30


def _use(fake: FakeByteful, name: str, *, limit: int | None, used: int) -> None:
    """Give proxy user ``name`` a residential limit and usage (as the API would report)."""
    user = next(u for u in fake.account.proxy_users if u["proxy_user_id"] == name)
    user["proxy_user_residential_bytes_limit"] = limit
    user["proxy_user_residential_bytes_used"] = used
    fake.account.version += 1  # the fake's searches see the change


async def test_a_proxy_user_floor_and_a_nearly_reached_limit_alert_once_each(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    _use(fake_byteful, "scraper_bot_02", limit=10 * GiB, used=5 * GiB)
    _use(fake_byteful, "ads_team_user1", limit=None, used=40 * GiB)  # no limit: never alerts
    floor = {"proxy_user:scraper_bot_02:residential_bytes_left": 2 * GiB}
    watch = client.watch(interval=0, thresholds=floor, limit_share=0.9)
    fields: list[list[str]] = []
    async for snap in watch:
        fields.append(sorted(a.field for a in snap.alerts))
        assert snap.proxy_users["scraper_bot_02"].proxy_user_residential_bytes_limit == 10 * GiB
        step = len(fields)
        if step == 1:  # 5 GiB left: no alert; now 9.5 of 10 GiB used
            _use(fake_byteful, "scraper_bot_02", limit=10 * GiB, used=int(9.5 * GiB))
        elif step == 3:  # reset: back under both
            _use(fake_byteful, "scraper_bot_02", limit=10 * GiB, used=GiB)
        elif step == 4:  # and over them again
            _use(fake_byteful, "scraper_bot_02", limit=10 * GiB, used=10 * GiB)
        elif step == 5:
            break
    both = ["proxy_user:scraper_bot_02:residential_bytes_left",
            "proxy_user:scraper_bot_02:residential_limit_used"]  # fmt: skip
    assert fields == [[], both, [], [], both]


async def test_a_users_own_traffic_brings_its_limit_alert_once(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    # Only scraper_bot_02 is left, so every tick's residential traffic is its own.
    for user in fake_byteful.account.proxy_users:
        user["proxy_user_is_deleted"] = user["proxy_user_id"] != "scraper_bot_02"
    _use(fake_byteful, "scraper_bot_02", limit=200 * 2**20, used=100 * 2**20)
    watch = client.watch(interval=0, limit_share=0.9)
    used: list[int] = []
    alerts: list[list[str]] = []
    async for snap in watch:
        user = snap.proxy_users["scraper_bot_02"]
        used.append(user.proxy_user_residential_bytes_used or 0)
        alerts.append([a.field for a in snap.alerts])
        if used[-1] > 200 * 2**20 or len(used) == 40:
            break
        fake_byteful.account.tick()  # 1 to 51 MB more, all of it this user's
    assert used == sorted(used) and used[-1] > 200 * 2**20  # it grew past its limit
    crossed = next(n for n, u in enumerate(used) if u >= 0.9 * 200 * 2**20)
    fired = [n for n, a in enumerate(alerts) if a]
    assert fired == [crossed]  # on the snapshot that crossed 90%, and only then
    assert alerts[crossed] == ["proxy_user:scraper_bot_02:residential_limit_used"]


async def test_no_user_threshold_means_no_proxy_user_request(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    async for snap in client.watch(interval=0):
        assert snap.proxy_users == {}
        break
    assert fake_byteful.count(path="/proxy_user/search") == 0


def test_bad_per_user_thresholds_are_refused(client: AsyncByteful) -> None:
    with pytest.raises(ValueError, match="proxy_user:NAME"):
        client.watch(thresholds={"proxy_user:bot:bandwidth": 1})
    for share in (0, 1.5, True):
        with pytest.raises(ValueError, match="limit_share"):
            client.watch(limit_share=share)  # type: ignore[arg-type]
