"""``outcome_unknown``: True exactly when a write may have been done and no answer says so.

For every way a purchase or a top-up can fail, the error says, as data, whether the API may
have acted (and then what to check, in ``advice``), so no caller parses message text to
decide whether buying again could buy twice.
"""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable

import pytest

from byteful_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncByteful,
    BadRequestError,
    BytefulError,
    InternalServerError,
    RateLimitError,
    ResponseDecodeError,
)
from byteful_async.testing import FakeByteful
from tests.conftest import FAST_RETRIES

Call = Callable[[AsyncByteful], Awaitable[object]]

WRITES: dict[str, tuple[Call, str]] = {
    "checkout.create": (
        lambda c: c.checkout.create(product_code="isp_us", quantity=1, timeout=0.5),
        "client.services.search(sort_by='service_creation_datetime_desc')",
    ),
    "checkout.top_up": (
        lambda c: c.checkout.top_up(5_000, timeout=0.5),
        "client.customer.retrieve()",
    ),
}

# fault -> (error class, outcome_unknown)
FAULTS: dict[str, tuple[type[BytefulError], bool]] = {
    "500": (InternalServerError, True),  # the client cannot know where the 500 came from
    "500_after": (InternalServerError, True),
    "stall_after": (APITimeoutError, True),
    "drop_after": (APIConnectionError, True),
    "drop": (APIConnectionError, True),  # the body left: the client cannot tell
    "truncate": (APIConnectionError, True),
    "bad_json": (ResponseDecodeError, True),  # a 2xx that cannot be read
    "wrong_shape": (ResponseDecodeError, True),
    "429": (RateLimitError, False),  # refused before anything was done
}


@pytest.mark.parametrize("write", list(WRITES))
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_each_fault_of_a_write(fake_byteful: FakeByteful, write: str, fault: str) -> None:
    call, advice = WRITES[write]
    expected, unknown = FAULTS[fault]
    fake_byteful.inject(fault, path="/checkout/create")  # type: ignore[arg-type]
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        with pytest.raises(expected) as caught:
            await call(client)
    error = caught.value
    assert error.outcome_unknown is unknown
    assert fake_byteful.count(method="POST", path="/checkout/create") == 1
    if unknown:
        assert error.advice is not None and advice in error.advice
        assert error.advice in str(error)
    else:
        assert error.advice is None


async def test_a_refused_write_is_known_not_done(fake_byteful: FakeByteful) -> None:
    problem = {"error": "Bad Request", "message": "quantity is too large", "api_request_id": "r1"}
    fake_byteful.respond(400, problem, path="/checkout/create")
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.checkout.create(product_code="isp_us", quantity=1)
    assert not caught.value.outcome_unknown
    assert caught.value.message == "quantity is too large"


async def test_a_refused_connection_is_known_not_done() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = AsyncByteful(
        "pk_x", "sk_x_0123456789", base_url=f"http://127.0.0.1:{port}/1.0", max_retries=0
    )
    async with client:
        with pytest.raises(APIConnectionError) as caught:
            await client.checkout.create(product_code="isp_us", quantity=1)
    assert not caught.value.sent
    assert not caught.value.outcome_unknown


async def test_the_api_message_is_left_as_the_api_wrote_it(fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("500_after", path="/checkout/create")
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        with pytest.raises(InternalServerError) as caught:
            await client.checkout.create(product_code="isp_us", quantity=1)
    assert caught.value.message == "Something went wrong."
    assert caught.value.body["message"] == "Something went wrong."


@pytest.mark.parametrize("fault", ["500", "drop", "bad_json"])
async def test_a_read_never_has_an_unknown_outcome(fake_byteful: FakeByteful, fault: str) -> None:
    fake_byteful.inject(fault, path="/customer/retrieve")  # type: ignore[arg-type]
    async with fake_byteful.client(
        max_retries=0, rate_limit=None, retry_policy=FAST_RETRIES
    ) as client:
        with pytest.raises(BytefulError) as caught:
            await client.customer.retrieve()
    assert not caught.value.outcome_unknown
    assert caught.value.advice is None
