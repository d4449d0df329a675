"""pytest fixtures for code that uses byteful-async (needs pytest-asyncio).

Enable in ``conftest.py``::

    pytest_plugins = ["byteful_async.testing.pytest_plugin"]

then::

    async def test_credit(byteful_client):
        me = await byteful_client.customer.retrieve()
        assert me.credit_balance == 250_00

``fake_byteful`` is a started :class:`FakeByteful` with its defaults; mark a test with
``@pytest.mark.fake_byteful(residential_rows=5_000, latency=0.01)`` to change them (marks
on the module, the class and the test add up; the closest wins).
``byteful_client`` is an :class:`~byteful_async.AsyncByteful` pointed at it, closed after.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from byteful_async import AsyncByteful
from byteful_async.testing._server import FakeByteful


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``fake_byteful`` marker."""
    config.addinivalue_line(
        "markers", "fake_byteful(**options): options for the fake_byteful fixture's server"
    )


@pytest_asyncio.fixture
async def fake_byteful(request: pytest.FixtureRequest) -> AsyncIterator[FakeByteful]:
    """A FakeByteful server on 127.0.0.1, started for the test and stopped after it."""
    options: dict[str, Any] = {}
    # Module and class marks first, the test's own last: the closest one wins.
    for marker in reversed(list(request.node.iter_markers("fake_byteful"))):
        options.update(marker.kwargs)
    async with FakeByteful(**options) as server:
        yield server


@pytest_asyncio.fixture
async def byteful_client(fake_byteful: FakeByteful) -> AsyncIterator[AsyncByteful]:
    """An AsyncByteful client with the fake server's URL and keys."""
    client: AsyncByteful = fake_byteful.client()
    async with client:
        yield client
