"""Reliability: what a cancelled bulk fetch leaves behind."""

from __future__ import annotations

import asyncio

import pytest

from byteful_async import Page, ResidentialLedger
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES


def fetch_tasks() -> list[asyncio.Task[object]]:
    """The paginator's page fetches still running (the server's own tasks are not counted)."""
    return [
        task
        for task in asyncio.all_tasks()
        if not task.done() and "_paginate.<locals>.fetch" in task.get_coro().__qualname__  # type: ignore[union-attr]
    ]


@pytest.mark.fake_byteful(residential_rows=2_000, rate_limit=None, latency=0.02)
@pytest.mark.parametrize("mode", ["collect", "stream"])
async def test_cancelling_a_fetch_half_way_leaves_nothing_running(
    fake_byteful: FakeByteful, mode: str
) -> None:
    async with fake_byteful.client(rate_limit=200, retry_policy=FAST_RETRIES) as client:
        halfway = asyncio.Event()

        def on_page(page: Page[ResidentialLedger]) -> None:
            if page.page == 5:
                halfway.set()

        search = client.residential_ledger.search(per_page=50)

        async def drain() -> int:
            rows = 0
            async for _ in search.stream(concurrency=6, on_page=on_page):
                rows += 1
            return rows

        job = asyncio.ensure_future(
            search.collect(concurrency=6, on_page=on_page) if mode == "collect" else drain()
        )
        await halfway.wait()
        assert fetch_tasks()  # pages were in flight when it was cancelled
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
        assert fetch_tasks() == []
        connector = client._transport.http.get().connector
        assert connector is not None and not connector._acquired  # every connection released
        # The limiter and the session still serve the whole ledger, each row once.
        rows = await search.collect(concurrency=6)
        assert len({r.residential_ledger_id for r in rows}) == 2_000
