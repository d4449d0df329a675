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

For the sync client, ``fake_byteful_thread`` is the same server on a thread of its own (a
sync call blocks the test's thread, so the server cannot share it), and
``byteful_sync_client`` a :class:`~byteful_async.Byteful` pointed at it::

    def test_credit(byteful_sync_client):
        assert byteful_sync_client.customer.retrieve().credit_balance == 250_00
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from byteful_async import AsyncByteful, Byteful
from byteful_async.testing._server import FakeByteful
from byteful_async.testing._thread import FakeThread


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``fake_byteful`` marker."""
    config.addinivalue_line(
        "markers", "fake_byteful(**options): options for the fake_byteful fixture's server"
    )


@pytest_asyncio.fixture
async def fake_byteful(request: pytest.FixtureRequest) -> AsyncIterator[FakeByteful]:
    """A FakeByteful server on 127.0.0.1, started for the test and stopped after it."""
    async with FakeByteful(**_marked(request)) as server:
        yield server


def _marked(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The ``fake_byteful`` marks' options: module and class first, the test's own last."""
    options: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers("fake_byteful"))):
        options.update(marker.kwargs)
    return options


@pytest_asyncio.fixture
async def byteful_client(fake_byteful: FakeByteful) -> AsyncIterator[AsyncByteful]:
    """An AsyncByteful client with the fake server's URL and keys."""
    client: AsyncByteful = fake_byteful.client()
    async with client:
        yield client


@pytest.fixture
def fake_byteful_thread(request: pytest.FixtureRequest) -> Iterator[FakeByteful]:
    """A FakeByteful server on 127.0.0.1 in a thread of its own (for the sync client)."""
    with FakeThread(FakeByteful(**_marked(request))) as server:
        yield server


@pytest.fixture
def byteful_sync_client(fake_byteful_thread: FakeByteful) -> Iterator[Byteful]:
    """A sync Byteful client with the threaded fake server's URL and keys, closed after."""
    with fake_byteful_thread.sync_client() as client:
        yield client
