"""Reliability: bulk fetches under faults, money safety, and what a cancelled fetch leaves."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import re
from collections.abc import AsyncIterator

import pytest

from byteful_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncByteful,
    InternalServerError,
    Page,
    ResidentialLedger,
)
from byteful_async.testing import FakeByteful, FaultKind, FaultRates

from .conftest import FAST_RETRIES


def fetch_tasks() -> list[asyncio.Task[object]]:
    """The paginator's page fetches still running (the server's own tasks are not counted)."""
    return [
        task
        for task in asyncio.all_tasks()
        if not task.done() and "Core.paginate.<locals>.fetch" in task.get_coro().__qualname__  # type: ignore[union-attr]
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


# -- faults in a bulk fetch ------------------------------------------------------------------

#: The issue's mix: 5% 5xx, 2% dropped connections, 3% 429s (half with Retry-After), 2% bodies
#: cut off half-way. Drawn per request from the server's seeded generator.
FAULTS = FaultRates(server_error=0.05, drop=0.02, rate_limit=0.03, truncate=0.02)
BULK_ROWS = 5_000
RUNS = [
    (mode, counted, seed, f"{mode}, total_count {'given' if counted else '-1'}, seed {seed}")
    for mode in ("collect", "stream")
    for counted in (True, False)  # False: the API's total_count of -1, so no row count to check
    for seed in (1, 2)
]
"""(mode, counted, seed, label) of each run."""


async def fetch_all(client: AsyncByteful, mode: str) -> list[str]:
    """Every residential ledger id, by ``collect`` or ``stream``, 50 rows a page."""
    search = client.residential_ledger.search(per_page=50)
    if mode == "collect":
        return [r.residential_ledger_id for r in await search.collect(concurrency=8)]
    return [r.residential_ledger_id async for r in search.stream(concurrency=8)]


@contextlib.asynccontextmanager
async def faulty_server(seed: int, counted: bool) -> AsyncIterator[tuple[FakeByteful, list[str]]]:
    """A server whose faults start after every ledger id was listed; yields both."""
    async with FakeByteful(
        residential_rows=BULK_ROWS, rate_limit=None, count_total=counted, seed=seed
    ) as server:
        async with server.client(rate_limit=None) as client:
            truth = await fetch_all(client, "collect")
        assert len(truth) == len(set(truth)) == BULK_ROWS
        server.faults = FAULTS
        server.requests.clear()
        yield server, truth


async def test_a_bulk_fetch_under_faults_returns_every_row_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="byteful_async")
    faults: collections.Counter[str] = collections.Counter()
    for mode, counted, seed, run in RUNS:
        # A client-side limiter, so 429s pause the account's bucket as in production.
        async with (
            faulty_server(seed, counted) as (server, truth),
            server.client(rate_limit=5_000, max_retries=6, retry_policy=FAST_RETRIES) as client,
        ):
            ids = await fetch_all(client, mode)
        assert ids == truth, f"{run}: rows missing, doubled or out of order"
        faulted = [r.fault for r in server.requests if r.fault]
        assert faulted, f"{run}: no fault was injected"
        faults.update(faulted)
    # Over the eight runs (about 900 requests) every kind of fault happened.
    assert set(faults) == {"500", "502", "503", "drop", "429", "429 Retry-After", "truncate"}
    waits = [r.byteful_wait for r in caplog.records if getattr(r, "byteful_status", 0) == 429]
    assert FAULTS.retry_after in waits  # the header's wait was taken as given
    assert len(waits) == faults["429"] + faults["429 Retry-After"]


async def test_a_bulk_fetch_under_faults_without_retries_raises() -> None:
    # With no retries, any fault on a page must end the fetch with an error: never fewer rows.
    outcomes: collections.Counter[str] = collections.Counter()
    for mode, counted, seed, run in RUNS:
        async with (
            faulty_server(seed, counted) as (server, truth),
            server.client(rate_limit=None, max_retries=0) as client,
        ):
            try:
                ids = await fetch_all(client, mode)
            except (APIStatusError, APIConnectionError) as exc:
                outcomes[type(exc).__name__] += 1
                # The error names the page that failed.
                assert re.search(
                    r"GET /public/user/residential_ledger/search\?.*page=\d+", str(exc)
                )
                assert any(r.fault for r in server.requests), f"{run}: an error with no fault"
            else:
                outcomes["complete"] += 1
                assert ids == truth, run
                # Only a page past the end (asked for ahead, then dropped) may have failed.
                last = BULK_ROWS // 50
                assert all(int(r.query["page"]) > last for r in server.requests if r.fault), run
    assert outcomes["complete"] < len(RUNS)  # faults did end fetches


# -- money safety ----------------------------------------------------------------------------

# Each way a purchase can fail after its body left: the API may have charged, so it is sent
# once only, whatever max_retries says, and the error says what to check.
AFTER_SENDING = [
    pytest.param("stall_after", APITimeoutError, True, id="timeout-after-processing"),
    pytest.param("500_after", InternalServerError, True, id="500-after-processing"),
    pytest.param("drop_after", APIConnectionError, True, id="dropped-after-processing"),
    pytest.param("drop", APIConnectionError, False, id="dropped-before-processing"),
]


@pytest.mark.parametrize(("fault", "error", "processed"), AFTER_SENDING)
async def test_a_purchase_is_sent_once_and_the_error_says_how_to_check(
    fake_byteful: FakeByteful, fault: FaultKind, error: type[Exception], processed: bool
) -> None:
    async with fake_byteful.client(max_retries=5, retry_policy=FAST_RETRIES) as client:
        services_before = {s.service_id async for s in client.services.search()}
        fake_byteful.inject(fault, path="/checkout/create")
        with pytest.raises(error) as caught:
            await client.checkout.create(product_code="isp_us", quantity=1, timeout=0.5)
        assert fake_byteful.count(method="POST", path="/checkout/create") == 1
        assert len(fake_byteful.purchases) == int(processed)
        message = str(caught.value)
        assert "may have gone through and was not sent again" in message
        assert "client.services.search(sort_by='service_creation_datetime_desc')" in message
        # Even a drop before processing: the body left, so the client cannot tell.
        assert caught.value.outcome_unknown
        assert caught.value.advice is not None and "services.search" in caught.value.advice
        if isinstance(caught.value, InternalServerError):
            assert caught.value.message == "Something went wrong."  # the API's, untouched
        # Following the advice finds the service exactly when the purchase went through.
        newest = await client.services.search(sort_by="service_creation_datetime_desc")
        new = {s.service_id for s in newest.items} - services_before
        assert len(new) == int(processed)


@pytest.mark.parametrize(("fault", "error", "processed"), AFTER_SENDING)
async def test_a_top_up_is_sent_once_and_the_error_says_how_to_check(
    fake_byteful: FakeByteful, fault: FaultKind, error: type[Exception], processed: bool
) -> None:
    async with fake_byteful.client(max_retries=5, retry_policy=FAST_RETRIES) as client:
        fake_byteful.inject(fault, path="/checkout/create")
        with pytest.raises(error) as caught:
            await client.checkout.top_up(5_000, timeout=0.5)
        assert fake_byteful.count(method="POST", path="/checkout/create") == 1
        assert len(fake_byteful.purchases) == int(processed)
        assert "top-up may have gone through" in str(caught.value)
        assert "client.customer.retrieve()" in str(caught.value)
