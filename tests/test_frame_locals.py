"""No frame of a raised error holds the private key where a crash reporter would print it."""

from __future__ import annotations

import socket

import pytest

from byteful_async import (
    APIConnectionError,
    APITimeoutError,
    BytefulError,
    InternalServerError,
    NotFoundError,
)
from byteful_async.testing import FakeByteful
from tests.secret_watch import frame_locals, shown


def _printed(error: BaseException) -> list[tuple[str, str]]:
    """Every (SDK frame local, text) a crash reporter could print for ``error``."""
    return [(where, text) for where, value in frame_locals(error) for text in shown(value)]


def test_the_walk_finds_a_key_kept_in_a_local() -> None:
    def leaky(headers: dict[str, str]) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError) as caught:
        leaky({"X-API-Private-Key": "sk_planted_4f1e9a"})
    found = [
        where
        for where, value in frame_locals(caught.value, only=lambda name: name == __file__)
        if any("sk_planted_4f1e9a" in text for text in shown(value))
    ]
    assert found == ["test_the_walk_finds_a_key_kept_in_a_local.<locals>.leaky:headers"]


def _refused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize("failure", ["404", "500", "connection", "timeout"])
async def test_no_frame_of_a_caught_error_holds_the_key(
    fake_byteful: FakeByteful, failure: str
) -> None:
    key = fake_byteful.private_key
    base_url = f"http://127.0.0.1:{_refused_port()}/1.0" if failure == "connection" else None
    options = {"base_url": base_url} if base_url else {}
    async with fake_byteful.client(max_retries=0, rate_limit=None, **options) as client:
        if failure == "500":
            fake_byteful.inject("500")
        if failure == "timeout":
            fake_byteful.inject("stall")
        expected: type[BytefulError] = {
            "404": NotFoundError,
            "500": InternalServerError,
            "connection": APIConnectionError,
            "timeout": APITimeoutError,
        }[failure]
        with pytest.raises(expected) as caught:
            if failure == "404":
                await client.services.retrieve("API-0000-0000")
            else:
                await client.customer.retrieve(timeout=0.3)
    printed = _printed(caught.value)
    # The walk did reach the SDK's frames (the request core among them).
    assert any(where.startswith("Transport.send:") for where, _ in printed)
    assert [where for where, text in printed if key in text] == []
