"""A body larger than ``max_response_bytes`` is an error, read no further than the cap."""

from __future__ import annotations

import tracemalloc
import zlib

import pytest
from aiohttp import web

from byteful_async import AsyncByteful, ResponseDecodeError
from tests.rogue import Rogue

CAP = 1024 * 1024
#: A gzip body this large once inflated: 256 times the cap.
BOMB_SIZE = 256 * CAP


def _gzip_of_zeros(size: int) -> bytes:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    block = bytes(CAP)
    parts = [squeeze.compress(block) for _ in range(size // CAP)]
    return b"".join([*parts, squeeze.flush()])


BOMB = _gzip_of_zeros(BOMB_SIZE)


async def _bomb(request: web.Request) -> web.StreamResponse:
    return web.Response(
        body=BOMB,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )


async def _endless(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    chunk = b"[" * 65536
    # Bounded: far past the cap, yet it ends by itself if the client never hangs up.
    for _ in range(20 * CAP // len(chunk)):
        try:
            await response.write(chunk)
        except (ConnectionError, RuntimeError):
            break
    return response


async def _announces_a_gigabyte(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    response.content_length = 10**9
    await response.prepare(request)
    await response.write(b"{")
    return response


async def _fetch_under_trace(client: AsyncByteful) -> tuple[ResponseDecodeError, int]:
    tracemalloc.start()
    try:
        with pytest.raises(ResponseDecodeError) as caught:
            await client.customer.retrieve()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return caught.value, peak


async def test_a_gzip_bomb_stops_at_the_cap() -> None:
    assert len(BOMB) < CAP  # small on the wire
    async with Rogue(_bomb) as server, server.client(max_response_bytes=CAP) as client:
        error, peak = await _fetch_under_trace(client)
    assert f"max_response_bytes ({CAP:,} bytes" in str(error)
    # Inflating it all would hold 256 MiB; the read held about the cap.
    assert peak < 4 * CAP


async def test_an_endless_body_stops_at_the_cap() -> None:
    async with Rogue(_endless) as server, server.client(max_response_bytes=CAP) as client:
        error, peak = await _fetch_under_trace(client)
    assert "larger than max_response_bytes" in str(error)
    assert peak < 4 * CAP


async def test_an_announced_length_over_the_cap_is_refused_unread() -> None:
    async with Rogue(_announces_a_gigabyte) as server, server.client() as client:
        with pytest.raises(ResponseDecodeError) as caught:
            await client.customer.retrieve()
    assert "1,000,000,000 seen" in str(caught.value)
    assert "max_response_bytes (33,554,432 bytes" in str(caught.value)


async def test_an_oversized_answer_to_a_purchase_is_an_unknown_outcome() -> None:
    async with Rogue(_bomb) as server, server.client(max_response_bytes=CAP) as client:
        with pytest.raises(ResponseDecodeError) as caught:
            await client.checkout.create(product_code="isp_us", quantity=1)
    assert caught.value.outcome_unknown
    assert caught.value.advice is not None and "services.search" in caught.value.advice
    assert len(server.seen) == 1


def test_the_cap_is_checked() -> None:
    with pytest.raises(ValueError, match="max_response_bytes must be at least 1024"):
        AsyncByteful("pk", "sk_0123456789", max_response_bytes=10)
    with pytest.raises(TypeError, match="max_response_bytes must be an int"):
        AsyncByteful("pk", "sk_0123456789", max_response_bytes=1.5)  # type: ignore[arg-type]
