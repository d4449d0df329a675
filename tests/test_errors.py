"""Error answers map to the documented exception classes, with everything a user needs."""

from __future__ import annotations

import json

import pytest

from byteful_async import (
    APIStatusError,
    AsyncByteful,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    TwoFactorRequiredError,
    UnprocessableEntityError,
)
from byteful_async.testing import FakeByteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None)


@pytest.fixture
def client(client: AsyncByteful) -> AsyncByteful:
    """The shared client, with retries off: each error surfaces as it arrived."""
    return client.with_options(max_retries=0)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIStatusError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (504, InternalServerError),
    ],
)
async def test_status_maps_to_class(
    client: AsyncByteful, fake_byteful: FakeByteful, status: int, cls: type[APIStatusError]
) -> None:
    body = {"error": "Some Error", "message": "It went wrong.", "api_request_id": "req-123"}
    fake_byteful.respond(status, body, headers={"X-Extra": "1"})
    with pytest.raises(cls) as caught:
        await client.customer.retrieve()
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.error, error.message, error.request_id) == (
        status,
        "Some Error",
        "It went wrong.",
        "req-123",
    )
    assert error.body == body
    assert error.headers["X-Extra"] == "1"
    assert (error.method, error.target) == ("GET", "/public/user/customer/retrieve")
    assert str(error) == (
        f"{status} Some Error from GET /public/user/customer/retrieve: It went wrong. "
        "(request id req-123)"
    )


@pytest.mark.parametrize("status", [403, 499])
async def test_two_factor_challenge(
    client: AsyncByteful, fake_byteful: FakeByteful, status: int
) -> None:
    fake_byteful.respond(
        status,
        {
            "error": "Two Factor Authentication Required",
            "message": "Two factor authentication key required.",
            "api_request_id": "req-2fa",
            "two_factor_authentication_public_key": "tfa_abc",
            "two_factor_authentication_service": "email",
            "two_factor_authentication_target": "e******@byteful.com",
        },
    )
    with pytest.raises(TwoFactorRequiredError) as caught:
        await client.checkout.create(product_code="isp_us", quantity=1)
    error = caught.value
    assert error.status_code == status
    assert (error.two_factor_public_key, error.two_factor_service, error.two_factor_target) == (
        "tfa_abc",
        "email",
        "e******@byteful.com",
    )


async def test_an_old_style_error_id_is_the_request_id(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    fake_byteful.respond(404, {"error": "Not Found", "message": "Gone.", "error_id": "xIxTs"})
    with pytest.raises(NotFoundError, match=r"request id xIxTs"):
        await client.customer.retrieve()


async def test_a_non_json_error_body(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    fake_byteful.respond(400, b"<html>Bad Request</html>")
    with pytest.raises(BadRequestError) as caught:
        await client.customer.retrieve()
    assert "<html>Bad Request</html>" in str(caught.value)
    assert caught.value.body == "<html>Bad Request</html>"
    assert caught.value.request_id is None


@pytest.mark.parametrize(
    ("fault", "message"),
    [("bad_json", "expected a JSON body"), ("wrong_shape", "no 'data'")],
)
async def test_a_body_that_is_not_the_envelope(
    client: AsyncByteful, fake_byteful: FakeByteful, fault: str, message: str
) -> None:
    fake_byteful.inject(fault)  # type: ignore[arg-type]
    with pytest.raises(ResponseDecodeError, match=message) as caught:
        await client.customer.retrieve()
    assert caught.value.status_code == 200


async def test_a_page_that_is_not_a_page(client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    fake_byteful.respond(200, {"data": {"not": "a list"}, "message": "?"})
    with pytest.raises(ResponseDecodeError, match="'data' to be a list"):
        await client.residential_ledger.search()
    fake_byteful.respond(200, {"data": [], "total_count": "many", "message": "?"})
    with pytest.raises(ResponseDecodeError, match="total_count"):
        await client.residential_ledger.search()


async def test_a_row_of_the_wrong_type_names_the_field(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    row = fake_byteful.residential.row(3)
    row["residential_ledger_bytes"] = "lots"
    fake_byteful.respond(
        200, {"data": [row], "page": 1, "per_page": 100, "item_count": 1, "total_count": 1}
    )
    with pytest.raises(ResponseDecodeError) as caught:
        await client.residential_ledger.search()
    error = caught.value
    assert str(error).startswith("GET http://127.0.0.1:")
    assert str(error).endswith(
        "list[ResidentialLedger][0].residential_ledger_bytes: expected int, got 'lots'"
    )
    assert error.problems == [
        ("list[ResidentialLedger][0].residential_ledger_bytes", "expected int, got 'lots'")
    ]
    assert error.status_code == 200


async def test_an_error_status_with_no_body(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    fake_byteful.respond(502, b"")
    with pytest.raises(InternalServerError) as caught:
        await client.customer.retrieve()
    assert str(caught.value).startswith(
        "502 from GET /public/user/customer/retrieve: the answer had no message"
    )


async def test_a_key_quoted_back_as_an_object_key_is_masked(fake_byteful: FakeByteful) -> None:
    key = fake_byteful.private_key
    body = {"error": "Bad Request", "message": "no", "details": {key: "not allowed"}, key: 1}
    fake_byteful.respond(400, body, path="/customer/retrieve")
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.customer.retrieve()
    error = caught.value
    shown = json.dumps(error.body) + str(error) + repr(error) + repr(error.body)
    assert key not in shown
    assert "[redacted]" in json.dumps(error.body)


@pytest.mark.parametrize("key", ["edited", "deleted"])
async def test_a_cancel_answered_with_either_list_is_the_change_it_reports(
    fake_byteful: FakeByteful, key: str
) -> None:
    answer = {key: ["API-1955-0003"], "message": "Service successfully canceled."}
    fake_byteful.respond(200, answer, path="/service/cancel")
    async with fake_byteful.client(max_retries=0, rate_limit=None) as client:
        result = await client.services.cancel("API-1955-0003")
    assert getattr(result, key) == ["API-1955-0003"]
    assert not result.extra
