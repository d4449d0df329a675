"""Logging, raw responses, client.request, and the private key staying out of sight."""

from __future__ import annotations

import logging

import pytest

from byteful_async import (
    APIResponse,
    AsyncByteful,
    AuthenticationError,
    Customer,
    InternalServerError,
    Page,
    ResidentialLedger,
)
from byteful_async._basics._logging import configure_from_env, logger
from byteful_async.testing import FakeByteful
from tests.conftest import FAST_RETRIES

pytestmark = pytest.mark.fake_byteful(rate_limit=None, residential_rows=120)


async def test_debug_log_lines(fake_byteful: FakeByteful, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="byteful_async")
    fake_byteful.inject("503", path="/customer/retrieve")
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        await client.customer.retrieve()
    lines = [r.getMessage() for r in caplog.records]
    assert any(line.startswith("GET /public/user/customer/retrieve -> 503") for line in lines)
    assert any(line.startswith("GET /public/user/customer/retrieve -> 200") for line in lines)
    retry = [r for r in caplog.records if "retry 1 of 2" in r.getMessage()]
    assert len(retry) == 1 and retry[0].levelno == logging.INFO
    # Structured fields, for handlers that count retries without parsing messages.
    assert (retry[0].byteful_retry, retry[0].byteful_status) == (1, 503)
    assert retry[0].byteful_wait >= 0
    # Each answer's line carries the id that answer gave.
    answered = [line for line in lines if "->" in line]
    given = [r.request_id for r in fake_byteful.requests]
    assert len(answered) == len(given) == 2 and None not in given
    assert all(
        line.endswith(f"(request id {rid})") for line, rid in zip(answered, given, strict=True)
    )
    assert any(fake_byteful.requests[-1].path in line for line in lines)


async def test_the_private_key_is_never_shown(
    fake_byteful: FakeByteful, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="byteful_async")
    secret = fake_byteful.private_key
    shown: list[str] = []
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        shown += [repr(client), str(vars(client)), repr(client._transport)]
        raw = await client.with_raw_response(client.customer.retrieve())
        shown += [repr(raw)]
        fake_byteful.inject("500", "500", "500")
        with pytest.raises(InternalServerError) as caught:
            await client.customer.retrieve()
        shown += [str(caught.value), repr(caught.value), str(caught.value.headers)]
    async with AsyncByteful(
        fake_byteful.public_key, "sk_wrong_" + secret, base_url=fake_byteful.url
    ) as bad:
        with pytest.raises(AuthenticationError) as denied:
            await bad.customer.retrieve()
        shown += [str(denied.value), repr(bad)]
    shown += [record.getMessage() for record in caplog.records]
    shown += [str(record.args) for record in caplog.records]
    assert len(shown) > 10
    assert not [text for text in shown if secret in text]


def test_byteful_log_sets_the_level(monkeypatch: pytest.MonkeyPatch) -> None:
    before = logger.level, list(logger.handlers)
    try:
        monkeypatch.setenv("BYTEFUL_LOG", "debug")
        configure_from_env()
        assert logger.level == logging.DEBUG
        assert logger.handlers
        monkeypatch.setenv("BYTEFUL_LOG", "chatty")
        with pytest.raises(ValueError, match="BYTEFUL_LOG"):
            configure_from_env()
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]


async def test_raw_response_of_a_call(
    byteful_client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    raw = await byteful_client.with_raw_response(byteful_client.customer.retrieve())
    assert isinstance(raw, APIResponse)
    assert isinstance(raw.parsed, Customer) and raw.parsed.customer_id == 1955
    assert raw.status_code == 200
    assert raw.method == "GET"
    assert raw.url == fake_byteful.url + "/public/user/customer/retrieve"
    assert raw.headers["Content-Type"].startswith("application/json")
    assert raw.request_id == raw.headers["X-Request-Id"]
    assert raw.json()["message"] == "Customer successfully retrieved."
    assert raw.retries == 0


async def test_raw_response_of_a_search_and_chained_form(byteful_client: AsyncByteful) -> None:
    raw_page = await byteful_client.with_raw_response(
        byteful_client.residential_ledger.search(per_page=7)
    )
    assert isinstance(raw_page.parsed, Page)
    assert len(raw_page.parsed.items) == 7
    assert isinstance(raw_page.parsed.items[0], ResidentialLedger)
    chained = await byteful_client.with_raw_response.checkout.create(
        product_code="isp_us", quantity=1
    )
    assert chained.status_code == 201
    assert chained.parsed.service_id
    with pytest.raises(AttributeError):
        byteful_client.with_raw_response.nothing_here  # noqa: B018


async def test_raw_response_counts_retries(fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("503", "drop", path="/customer/retrieve")
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        raw = await client.with_raw_response(client.customer.retrieve())
    # aiohttp itself resends a GET once when a kept-alive connection drops, so the SDK may
    # count one retry where the server saw two.
    assert raw.retries >= 1
    assert fake_byteful.count(path="/customer/retrieve") == 3


async def test_request_for_an_unwrapped_endpoint(
    byteful_client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    body = await byteful_client.request(
        "GET", "/public/user/residential_ledger/search", params={"per_page": 3}
    )
    assert len(body["data"]) == 3
    assert fake_byteful.requests[-1].query == {"per_page": "3"}
    customer = await byteful_client.request(
        "GET", "public/user/customer/retrieve", cast_to=Customer
    )
    assert isinstance(customer, Customer)
    with pytest.raises(ValueError, match="unsupported method"):
        await byteful_client.request("TRACE", "/x")
