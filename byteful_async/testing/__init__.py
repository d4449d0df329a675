"""A fake Byteful API server for tests, demos and benchmarks.

::

    from byteful_async.testing import FakeByteful

    async with FakeByteful(residential_rows=2_000, latency=0.05) as server:
        async with server.client() as client:
            rows = await client.residential_ledger.search().collect()

``with FakeThread(FakeByteful()) as server:`` serves it from a thread with a loop of its own,
as a remote API would be: request timing is then as on the network.

For pytest, add ``pytest_plugins = ["byteful_async.testing.pytest_plugin"]`` to your
``conftest.py`` and use the ``fake_byteful`` and ``byteful_client`` fixtures.
"""

from byteful_async.testing._faults import FaultKind, FaultRates, RecordedRequest
from byteful_async.testing._server import DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY, FakeByteful
from byteful_async.testing._thread import FakeThread

__all__ = [
    "DEFAULT_PRIVATE_KEY",
    "DEFAULT_PUBLIC_KEY",
    "FakeByteful",
    "FakeThread",
    "FaultKind",
    "FaultRates",
    "RecordedRequest",
]
