"""Prometheus: `byteful watch --metrics-port` and `WatchMetrics`, scraped over HTTP."""

from __future__ import annotations

import asyncio
import io
import re
from datetime import UTC, datetime

import aiohttp
import pytest

from byteful_async import BytefulError, Snapshot
from byteful_async.cli import main
from byteful_async.cli._commands import keys_for
from byteful_async.metrics import WatchMetrics
from byteful_async.testing import FakeByteful


def _value(text: str, name: str, labels: str = "") -> float:
    found = re.search(rf"^{re.escape(name + labels)} (\S+)$", text, re.M)
    assert found is not None, f"{name}{labels} not in:\n{text}"
    return float(found.group(1))


def _residential(text: str) -> float:
    return _value(text, "byteful_bytes_left", '{pool="residential"}')


@pytest.mark.fake_byteful(rate_limit=None, live=0.05)
async def test_the_watch_serves_the_accounts_figures_as_they_move(
    fake_byteful: FakeByteful, unused_tcp_port: int
) -> None:
    port = unused_tcp_port
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "watch", "--interval", "0.05", "--metrics-port", str(port), "--count", "12",
        "--user-limit", "90%", *keys_for(fake_byteful),
    ]  # fmt: skip
    watching = asyncio.create_task(
        asyncio.to_thread(main, argv, stdout=out, stderr=err, stdin=io.StringIO())
    )
    url = f"http://127.0.0.1:{port}/metrics"
    scrapes: list[str] = []
    async with aiohttp.ClientSession() as http:
        while len(scrapes) < 2 and not watching.done():
            try:
                async with http.get(url) as answer:
                    text = await answer.text()
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.02)  # not listening yet
                continue
            if "byteful_bytes_left{" in text and (
                not scrapes or _residential(text) != _residential(scrapes[-1])
            ):
                scrapes.append(text)
            await asyncio.sleep(0.02)  # the next scrape, as Prometheus would come back
    assert await watching == 0, err.getvalue()
    assert len(scrapes) == 2, "the residential pool never moved between two scrapes"
    first, second = scrapes
    # The live account uses data: the pool left went down between the scrapes.
    assert _residential(second) < _residential(first)
    assert _value(first, "byteful_credit_balance_cents") == fake_byteful.customer["credit_balance"]
    assert _value(first, "byteful_active_services") == 3
    assert _value(first, "byteful_last_success_timestamp_seconds") > 1.7e9
    assert _value(first, "byteful_watch_errors_total") == 0
    # The account's proxy users are followed: the traffic of the ticks is theirs.
    users = re.findall(
        r'^byteful_proxy_user_bytes_used\{pool="residential",proxy_user="[^"]+"\} (\S+)$',
        second,
        re.M,
    )
    assert users and sum(map(float, users)) > 0


def test_a_failed_snapshot_is_counted_and_leaves_the_last_figures() -> None:
    metrics = WatchMetrics()
    at = datetime.now(UTC)
    whole = Snapshot(
        at=at, credit_balance=1200, residential_bytes_left=5, mobile_bytes_left=None,
        active_services=[], residential_days_left=2.5, mobile_days_left=None, alerts=[],
    )  # fmt: skip
    metrics.update(whole)
    failed = Snapshot(
        at=at, credit_balance=None, residential_bytes_left=None, mobile_bytes_left=None,
        active_services=[], residential_days_left=None, mobile_days_left=None, alerts=[],
        error=BytefulError("503"),
    )  # fmt: skip
    metrics.update(failed)
    text = metrics.text()
    assert _value(text, "byteful_watch_errors_total") == 1
    assert _value(text, "byteful_credit_balance_cents") == 1200
    assert 'pool="mobile"' not in text  # a pool the account does not have is left out
    assert _value(text, "byteful_last_success_timestamp_seconds") == pytest.approx(at.timestamp())


def test_it_listens_on_this_machine_unless_told_otherwise() -> None:
    metrics = WatchMetrics()
    port = metrics.serve(0)
    try:
        assert metrics._server.server_address[0] == "127.0.0.1" and port > 0
    finally:
        metrics.close()


def test_the_proxy_users_bytes_are_a_gauge_when_the_watch_follows_them() -> None:
    from byteful_async import ProxyUser

    metrics = WatchMetrics()
    user = ProxyUser(proxy_user_id="scraper_bot_02", proxy_user_residential_bytes_used=123_456)
    snap = Snapshot(
        at=datetime.now(UTC), credit_balance=1, residential_bytes_left=1, mobile_bytes_left=None,
        active_services=[], residential_days_left=None, mobile_days_left=None, alerts=[],
        proxy_users={"scraper_bot_02": user},
    )  # fmt: skip
    metrics.update(snap)
    labels = '{pool="residential",proxy_user="scraper_bot_02"}'
    assert _value(metrics.text(), "byteful_proxy_user_bytes_used", labels) == 123_456
