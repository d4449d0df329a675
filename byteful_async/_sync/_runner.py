"""One private event loop in one background thread: where a sync client's calls run.

The async core needs a running loop; a sync caller has none, or has one of its own that it
is busy running (a Jupyter cell, sync code called from a coroutine), where
``asyncio.run`` would fail. So each :class:`~byteful_async.Byteful` owns a
:class:`LoopThread`: a daemon thread running a loop of its own, started on first use. A
call hands its coroutine to that loop and blocks its own thread until the answer comes;
several threads may do so at once, and they share the client's one limiter and one
connection pool, which live on that loop.

A Ctrl-C while a caller waits cancels the coroutine on the loop and waits (briefly) for it
to unwind, so the request is not left in flight, then raises ``KeyboardInterrupt``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Final, TypeVar

from byteful_async._basics._exceptions import APIConnectionError, BytefulError

T = TypeVar("T")

#: How long a Ctrl-C or a close waits for the work on the loop to unwind.
UNWIND_SECONDS: Final = 10.0


class LoopThread:
    """A background thread running one event loop, for one sync client and its copies."""

    def __init__(self, name: str = "byteful-sync") -> None:
        self._name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def started(self) -> bool:
        """True once the thread runs (it starts with the first call)."""
        return self._thread is not None

    @property
    def closed(self) -> bool:
        """True once :meth:`close` began; later calls are refused."""
        return self._closed

    @property
    def thread(self) -> threading.Thread | None:
        """The loop's thread, once started."""
        return self._thread

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise APIConnectionError(
                    "this Byteful client is closed, so nothing was sent; make a new one",
                    sent=False,
                )
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()
                thread = threading.Thread(
                    target=_serve, args=(loop, ready), name=self._name, daemon=True
                )
                thread.start()
                ready.wait()
                self._loop, self._thread = loop, thread
            return self._loop

    def submit(self, make: Callable[[], Awaitable[T]]) -> concurrent.futures.Future[T]:
        """Start ``make()`` on the loop; the future says how it ended.

        ``make`` is called on the loop's thread, so a coroutine is never created in one
        thread and dropped unawaited in another when the client turns out to be closed.
        """
        if threading.current_thread() is self._thread:
            raise BytefulError(
                "a sync Byteful client was called from its own event loop (from a hook or "
                "callback it runs); that call would wait for itself forever. Use the "
                "AsyncByteful client there"
            )
        loop = self._running_loop()

        async def run() -> T:
            return await make()

        return asyncio.run_coroutine_threadsafe(run(), loop)

    def wait(self, future: concurrent.futures.Future[T]) -> T:
        """The result of a submitted call; on Ctrl-C, the call is cancelled first."""
        try:
            return future.result()
        except KeyboardInterrupt:
            future.cancel()  # cancels the task on the loop
            # The task runs its cleanup (dropping its requests) before it ends; a second
            # Ctrl-C while waiting for that propagates at once.
            concurrent.futures.wait([future], timeout=UNWIND_SECONDS)
            raise

    def run(self, make: Callable[[], Awaitable[T]]) -> T:
        """Run ``make()`` on the loop and wait for it: one sync call."""
        return self.wait(self.submit(make))

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run an already-made coroutine on the loop (closed unawaited if refused)."""
        try:
            future = self.submit(lambda: coroutine)
        except BaseException:
            coroutine.close()
            raise
        return self.wait(future)

    def close(self, last: Callable[[], Awaitable[object]] | None = None) -> None:
        """Run ``last()`` on the loop (the client's own close), then stop the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if threading.current_thread() is thread:
            raise BytefulError("a sync Byteful client cannot be closed from its own event loop")
        if last is not None:
            done = asyncio.run_coroutine_threadsafe(_call(last), loop)
            concurrent.futures.wait([done], timeout=UNWIND_SECONDS)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=UNWIND_SECONDS)

    def close_soon(self, last: Callable[[], Awaitable[object]] | None = None) -> None:
        """Like :meth:`close`, without waiting: for a finalizer, which may run on any thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop = self._loop
        if loop is not None:
            loop.call_soon_threadsafe(lambda: loop.create_task(_stop_after(loop, last)))


async def _call(make: Callable[[], Awaitable[object]]) -> None:
    await make()


async def _stop_after(
    loop: asyncio.AbstractEventLoop, last: Callable[[], Awaitable[object]] | None
) -> None:
    try:
        if last is not None:
            await last()
    finally:
        loop.stop()


def _serve(loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
    """The thread's body: run the loop until stopped, then end what is left and close it."""
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    try:
        loop.run_forever()
    finally:
        left = asyncio.all_tasks(loop)
        for task in left:
            task.cancel()
        if left:
            loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
