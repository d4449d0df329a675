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
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Final, Generic, TypeVar

from byteful_async._basics._exceptions import APIConnectionError, BytefulError

T = TypeVar("T")

#: How long a Ctrl-C or a close waits for the work on the loop to unwind.
UNWIND_SECONDS: Final = 10.0


class Pending(Generic[T]):
    """One coroutine handed to the loop: a task there, its end signalled by a plain lock.

    Lighter than ``asyncio.run_coroutine_threadsafe``'s chained futures: the caller sleeps
    on one lock, which the task's done-callback releases.
    """

    __slots__ = ("_done", "_loop", "_task")

    def __init__(self, coroutine: Coroutine[Any, Any, T], loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._task: asyncio.Task[T] | None = None
        self._done = threading.Lock()
        self._done.acquire()
        loop.call_soon_threadsafe(self._begin, coroutine)

    def _begin(self, coroutine: Coroutine[Any, Any, T]) -> None:
        self._task = self._loop.create_task(coroutine)
        self._task.add_done_callback(self._finished)

    def _finished(self, _: object) -> None:
        self._done.release()

    def result(self) -> T:
        """Wait for the end (interruptible by Ctrl-C); the result, or raise its error."""
        self._done.acquire()
        self._done.release()  # ended for good: later waits return at once
        assert self._task is not None
        if self._task.cancelled():
            # Not by Ctrl-C (that raises before asking): the client closed under the call.
            raise APIConnectionError(
                "this Byteful client was closed while the call was in flight", sent=True
            )
        return self._task.result()

    def cancel(self) -> None:
        """Cancel the task on the loop (after it started: callbacks run in order)."""
        self._loop.call_soon_threadsafe(self._cancel)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def settle(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the task to end, whatever it ends in."""
        if self._done.acquire(timeout=timeout):
            self._done.release()


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

    def start(self, coroutine: Coroutine[Any, Any, T]) -> Pending[T]:
        """Start ``coroutine`` on the loop and return its handle at once.

        Refused (and the coroutine closed, so it is not left unawaited) when called from the
        loop's own thread, which would wait for itself, or after :meth:`close`.
        """
        try:
            if threading.current_thread() is self._thread:
                raise BytefulError(
                    "a sync Byteful client was called from its own event loop (from a hook or "
                    "callback it runs); that call would wait for itself forever. Use the "
                    "AsyncByteful client there"
                )
            loop = self._loop
            if loop is None or self._closed:
                loop = self._running_loop()  # starts the thread, or raises once closed
            return Pending(coroutine, loop)
        except BaseException:
            coroutine.close()
            raise

    def wait(self, pending: Pending[T]) -> T:
        """The result of a started call; on Ctrl-C, the call is cancelled first."""
        try:
            return pending.result()
        except KeyboardInterrupt:
            pending.cancel()
            # The task runs its cleanup (dropping its requests) before it ends; a second
            # Ctrl-C while waiting for that propagates at once.
            pending.settle(UNWIND_SECONDS)
            raise

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and wait for it: one sync call."""
        return self.wait(self.start(coroutine))

    def run(self, make: Callable[[], Awaitable[T]]) -> T:
        """Like :meth:`call`, for any awaitable, made on the loop (``agen.aclose``, say)."""
        return self.call(_awaited(make))

    def close(self, last: Callable[[], Awaitable[object]] | None = None) -> None:
        """Run ``last()`` on the loop (the client's own close), then stop the thread."""
        if self._thread is not None and threading.current_thread() is self._thread:
            raise BytefulError("a sync Byteful client cannot be closed from its own event loop")
        loop = self._closing()
        if loop is None or self._thread is None:
            return
        if last is not None:
            Pending(_awaited(last), loop).settle(UNWIND_SECONDS)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=UNWIND_SECONDS)

    def close_soon(self, last: Callable[[], Awaitable[object]] | None = None) -> None:
        """Like :meth:`close`, without waiting: for a finalizer, which may run on any thread."""
        loop = self._closing()
        if loop is not None:
            loop.call_soon_threadsafe(lambda: loop.create_task(_stop_after(loop, last)))

    def _closing(self) -> asyncio.AbstractEventLoop | None:
        """Mark the runner closed; its loop if it was running and this is the first close."""
        with self._lock:
            if self._closed:
                return None
            self._closed = True
            return self._loop


async def _awaited(make: Callable[[], Awaitable[T]]) -> T:
    return await make()


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
        # Calls handed over as the loop stopped start now, to be cancelled with the rest:
        # no caller is left waiting for a task that never began.
        loop.run_until_complete(asyncio.sleep(0))
        left = asyncio.all_tasks(loop)
        for task in left:
            task.cancel()
        if left:
            loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
