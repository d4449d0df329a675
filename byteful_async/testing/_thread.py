"""Serving a FakeByteful from a thread with an event loop of its own.

In the client's own loop, the server's answers wait for the client's work and the client's
requests wait for the server's: arrival times bunch up, and a client spacing its requests
exactly at the limit can still be answered 429. On its own loop the server sees requests
when they are sent, as a remote API would.
"""

from __future__ import annotations

import asyncio
import threading
from types import TracebackType

from byteful_async.testing._server import FakeByteful


class FakeThread:
    """``with FakeThread(FakeByteful(...)) as server:``: the server runs until the block ends.

    Its attributes (``url``, ``requests``, ``stats()``...) may be read from the caller's
    thread; change the account only while no request is being answered.
    """

    def __init__(self, server: FakeByteful) -> None:
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="fake-byteful", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:  # handed to the caller, who waits on _ready
            self._failed = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()

    def __enter__(self) -> FakeByteful:
        self._thread.start()
        self._ready.wait()
        if self._failed is not None:
            raise self._failed
        return self.server

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._failed is None:
            asyncio.run_coroutine_threadsafe(self.server.close(), self._loop).result(timeout=30)
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)
        self._loop.close()
