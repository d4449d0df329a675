"""Bodies a broken or hostile server might send: each is a clear error, never a crash."""

from __future__ import annotations

import pytest
from aiohttp import web

from byteful_async import (
    AuthenticationError,
    BadRequestError,
    ResponseDecodeError,
)
from tests.conftest import example
from tests.rogue import ROGUE_PRIVATE_KEY, Rogue, json_answer

DEPTH = 1000


def _deep(text: str) -> str:
    return "[" * DEPTH + text + "]" * DEPTH


async def test_a_value_nested_a_thousand_deep_is_a_decode_error() -> None:
    quote = example("quote_reference")
    quote_text = web.json_response(quote).text or ""
    body = quote_text.replace('"line_items":', f'"line_items": {_deep("1")}, "was":', 1)

    async def deep(request: web.Request) -> web.StreamResponse:
        return web.Response(text=body, content_type="application/json")

    async with Rogue(deep) as server, server.client() as client:
        with pytest.raises(ResponseDecodeError) as caught:
            await client.checkout.quote(product_code="isp_us", quantity=1)
    assert "Quote.line_items[0]: expected an object" in str(caught.value)


async def test_a_thousand_deep_error_body_is_still_an_api_error() -> None:
    async def deep(request: web.Request) -> web.StreamResponse:
        text = f'{{"error": "Bad Request", "message": "no", "detail": {_deep("0")}}}'
        return web.Response(status=400, text=text, content_type="application/json")

    async with Rogue(deep) as server, server.client() as client:
        with pytest.raises(BadRequestError) as caught:
            await client.customer.retrieve()
    assert caught.value.message == "no"


async def test_a_key_quoted_back_is_masked_everywhere() -> None:
    async def quoting(request: web.Request) -> web.StreamResponse:
        key = request.headers["X-API-Private-Key"]
        return json_answer(
            {
                "error": "Unauthorized",
                "message": f"The private key {key} is not valid.",
                "detail": {"keys": [key]},
            },
            status=401,
            **{"X-Echo": key, "X-Request-Id": f"req-{key}"},
        )

    async with Rogue(quoting) as server, server.client() as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.customer.retrieve()
    error = caught.value
    assert ROGUE_PRIVATE_KEY in server.seen[0].headers["X-API-Private-Key"]  # it was sent
    shown = f"{error} {error!r} {error.message} {error.body} {dict(error.headers)}"
    assert ROGUE_PRIVATE_KEY not in shown
    assert error.message == "The private key [redacted] is not valid."
    assert error.body["detail"] == {"keys": ["[redacted]"]}
    assert error.headers["X-Echo"] == "[redacted]"
    assert error.request_id == "req-[redacted]"


async def test_a_key_quoted_in_an_undecodable_answer_is_masked() -> None:
    async def quoting(request: web.Request) -> web.StreamResponse:
        return web.Response(text=f"<html>{request.headers['X-API-Private-Key']}</html>")

    async with Rogue(quoting) as server, server.client() as client:
        with pytest.raises(ResponseDecodeError) as caught:
            await client.customer.retrieve()
    assert ROGUE_PRIVATE_KEY not in str(caught.value)
    assert "[redacted]" in str(caught.value)
