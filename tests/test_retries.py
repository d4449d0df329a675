"""Retries: what is resent, what never is, how long the client waits, and 429 handling."""

from __future__ import annotations

import asyncio
import logging
import socket
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime as http_date

import pytest

from byteful_async import (
    APIConnectionError,
    AsyncByteful,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from byteful_async._policies._retry import parse_retry_after, parse_wait_message, requested_wait
from byteful_async.testing import FakeByteful
from tests.conftest import FAST_RETRIES

pytestmark = pytest.mark.fake_byteful(rate_limit=None)


@pytest.mark.parametrize("fault", ["500", "502", "503", "drop", "truncate", "429"])
async def test_a_get_is_retried(
    client: AsyncByteful, fake_byteful: FakeByteful, fault: str
) -> None:
    fake_byteful.inject(fault, path="/customer/retrieve")  # type: ignore[arg-type]
    me = await client.customer.retrieve()
    assert me.customer_id == 1955
    assert fake_byteful.count(path="/customer/retrieve") == 2


async def test_a_search_page_is_retried(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("drop", "503", path="/residential_ledger/search", query={"page": "2"})
    rows = await client.residential_ledger.search(per_page=100).collect(concurrency=3)
    assert len({r.residential_ledger_id for r in rows}) == len(rows) == 250
    page_two = [r for r in fake_byteful.requests if r.query.get("page") == "2"]
    assert [r.fault for r in page_two] == ["drop", "503", None]
    assert fake_byteful.count(path="/residential_ledger/search") == 3 + 2


async def test_retries_run_out(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("500", "500", "500", path="/customer/retrieve")
    with pytest.raises(InternalServerError) as caught:
        await client.customer.retrieve()
    assert caught.value.status_code == 500
    assert fake_byteful.count() == 3  # the first try and max_retries=2 more


async def test_max_retries_zero_means_no_retry_at_all(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        fake_byteful.inject("429", path="/customer/retrieve")
        with pytest.raises(RateLimitError):
            await client.customer.retrieve()
        fake_byteful.inject("503", path="/customer/retrieve")
        with pytest.raises(InternalServerError):
            await client.customer.retrieve()
    assert fake_byteful.count() == 2


async def test_checkout_create_is_retried_after_a_429(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    fake_byteful.inject("429", path="/checkout/create")
    checkout = await client.checkout.create(product_code="isp_us", quantity=1)
    assert checkout.service_id
    assert fake_byteful.count(path="/checkout/create") == 2
    assert len(fake_byteful.purchases) == 1


async def test_a_write_is_retried_when_the_connection_was_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = AsyncByteful(
        "pk", "sk", base_url=f"http://127.0.0.1:{port}/1.0", retry_policy=FAST_RETRIES
    )
    caplog.set_level(logging.INFO, logger="byteful_async")
    async with client:
        with pytest.raises(APIConnectionError) as caught:
            await client.checkout.create(product_code="isp_us", quantity=1)
    assert not caught.value.sent
    assert not caught.value.outcome_unknown
    retries = [r for r in caplog.records if "retry" in r.getMessage()]
    assert len(retries) == 2


async def test_a_get_timeout_is_retried(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("stall", path="/customer/retrieve")
    me = await client.customer.retrieve(timeout=0.3)
    assert me.customer_id == 1955
    assert fake_byteful.count(path="/customer/retrieve") == 2


async def test_quote_reads_only_so_it_is_retried(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    fake_byteful.inject("503", path="/checkout/quote")
    quote = await client.checkout.quote(product_code="isp_us", quantity=1)
    assert quote.total == 300
    assert fake_byteful.count(path="/checkout/quote") == 2


async def test_edit_is_not_retried_after_a_5xx(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    fake_byteful.inject("503", path="/service/edit")
    with pytest.raises(InternalServerError, match="may have been processed"):
        await client.services.edit("API-1955-0003", service_is_automatic_collection=False)
    assert fake_byteful.count(path="/service/edit") == 1


async def test_retry_after_is_honoured(
    fake_byteful: FakeByteful, caplog: pytest.LogCaptureFixture
) -> None:
    fake_byteful.retry_after = 0.25
    fake_byteful.inject("429", path="/customer/retrieve")
    caplog.set_level(logging.INFO, logger="byteful_async")
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        await client.customer.retrieve()
    first, second = [r.at for r in fake_byteful.requests]
    assert second - first >= 0.25
    assert any("in 0.25 s" in r.getMessage() for r in caplog.records)


async def test_a_429_pauses_the_whole_bucket(fake_byteful: FakeByteful) -> None:
    fake_byteful.retry_after = 0.3
    fake_byteful.inject("429", path="/customer/retrieve")
    others: list[asyncio.Task[object]] = []

    class StartAnother(logging.Handler):
        # Runs when the 429 is about to be retried: the bucket is paused by then, and this
        # other call starts while the first is still waiting.
        def emit(self, record: logging.LogRecord) -> None:
            if getattr(record, "byteful_retry", None) == 1 and not others:
                others.append(asyncio.ensure_future(client.residential.summary()))

    watcher = StartAnother()
    logging.getLogger("byteful_async").addHandler(watcher)
    try:
        async with fake_byteful.client(
            rate_limit=1000, public_key=fake_byteful.public_key
        ) as client:
            await client.customer.retrieve()
            await others[0]
    finally:
        logging.getLogger("byteful_async").removeHandler(watcher)
    rejected = fake_byteful.requests[0]
    other = next(r for r in fake_byteful.requests if r.path.endswith("/residential/summary"))
    assert rejected.status == 429
    # The other call, which never saw a 429, still waited out the pause.
    assert other.at - rejected.at >= 0.3


async def test_a_wait_past_the_cap_raises_at_once(fake_byteful: FakeByteful) -> None:
    fake_byteful.retry_after = 3600
    fake_byteful.inject("429", path="/customer/retrieve")
    policy = RetryPolicy(max_wait=60)
    async with fake_byteful.client(rate_limit=None, retry_policy=policy) as client:
        with pytest.raises(RateLimitError, match="3600 s") as caught:
            await client.customer.retrieve()
    assert caught.value.retry_after == 3600
    assert fake_byteful.count() == 1


async def test_the_message_says_how_long(fake_byteful: FakeByteful) -> None:
    body = {
        "error": "Too Many Requests",
        "message": "Rate limit exceeded. Please try again in 90 seconds.",
        "api_request_id": "r-429",
    }
    fake_byteful.respond(429, body, path="/customer/retrieve")
    async with fake_byteful.client(
        rate_limit=None, retry_policy=RetryPolicy(max_wait=60)
    ) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.customer.retrieve()
    assert caught.value.retry_after == 90
    assert caught.value.request_id == "r-429"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        ("1.5", 1.5),
        (" 12 ", 12.0),
        # No usable wait: the caller falls back to its rate-limit floor.
        ("0", None),
        ("-3", None),
        ("soon", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_parse_retry_after_seconds(value: str, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_parse_retry_after_http_date() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    later = http_date(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(30)
    earlier = http_date(now - timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(earlier, now=now.timestamp()) is None


@pytest.mark.parametrize(
    ("message", "seconds"),
    [
        ("Rate limit exceeded. Please try again in 45 seconds.", 45.0),
        ("Please try again in 1 second", 1.0),
        ("try again in 2.5s", 2.5),
        ("Try again in 500 ms.", 0.5),
        ("try again in 2 minutes", 120.0),
        ("Too many requests.", None),
    ],
)
def test_parse_wait_message(message: str, seconds: float | None) -> None:
    assert parse_wait_message(message) == seconds


def test_header_wins_over_message() -> None:
    assert requested_wait({"Retry-After": "3"}, "try again in 45 seconds") == 3.0
    assert requested_wait({"Retry-After": "junk"}, "try again in 45 seconds") == 45.0
    assert requested_wait({}, None) is None


def test_backoff_is_full_jitter_and_capped() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_max=4.0)
    waits = [policy.backoff(attempt) for attempt in range(10) for _ in range(50)]
    assert all(0.0 <= w <= 4.0 for w in waits)
    assert max(policy.backoff(0) for _ in range(200)) <= 0.5
    assert policy.rate_limit_wait(0, None) >= policy.rate_limit_floor
    assert policy.rate_limit_wait(3, 2.0) == 2.0
    assert policy.rate_limit_wait(0, 1e-9) == policy.rate_limit_floor  # raised to the floor
