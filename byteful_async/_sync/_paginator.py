"""``SyncPaginator``: a search for the sync client, the async paginator's walks as iterators.

Every walk is the async paginator's own, run on the client's loop thread, so the checks
that a result is whole (each row once, nothing missing, no endless walk) are the same
ones. What crosses between the threads is a page at a time, never a row at a time: a
10,000-row walk costs 100 hand-overs, not 10,000.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Generic, TypeVar

from byteful_async._calls._pagination import AsyncPaginator, Page, check_max_items
from byteful_async._sync._runner import UNWIND_SECONDS, LoopThread, Pending

T = TypeVar("T")


async def _step(walk: AsyncIterator[T]) -> tuple[bool, T | None]:
    """The next value, as (True, value), or (False, None) at the end."""
    try:
        return True, await anext(walk)
    except StopAsyncIteration:
        return False, None


def bridge(
    runner: LoopThread, walk: AsyncIterator[T], *, prefetch: bool
) -> Generator[T, None, None]:
    """An async iterator run on ``runner``'s loop, as a sync iterator in the caller's thread.

    With ``prefetch`` the walk is asked for its next value as soon as one is handed over,
    so (for a page walk) the next request is on its way while the caller reads this page.
    Closing the iterator early (``break``, an exception, Ctrl-C) closes the walk on the
    loop, which drops its requests in flight.
    """
    following: Pending[tuple[bool, T | None]] | None = None
    try:
        following = runner.start(_step(walk))
        while True:
            more, value = runner.wait(following)
            following = None
            if not more:
                return
            if prefetch:
                following = runner.start(_step(walk))
            yield value  # type: ignore[misc]  # (True, value): value is a T
            if following is None:
                following = runner.start(_step(walk))
    finally:
        if following is not None:
            following.cancel()
            following.settle(UNWIND_SECONDS)
        closing = getattr(walk, "aclose", None)
        if closing is not None and runner.started and not runner.closed:
            runner.run(closing)


class SyncPaginator(Generic[T]):
    """The result of a ``search(...)`` on the sync client; nothing is sent until it is used.

    * ``for row in paginator``: every row, in order, the next page fetched while you read.
    * ``paginator.first_page()``: the first :class:`Page` (or the page given as ``page=``).
    * ``paginator.pages(start=k)``: the pages one by one, from page ``k`` (to resume).
    * ``paginator.collect(concurrency=8)`` / ``paginator.stream(concurrency=8)``: the
      concurrent fan-out through the rate limiter, rows in page order, each id once.

    The same checks as :class:`~byteful_async.AsyncPaginator`: a result that does not add
    up raises :class:`~byteful_async.IncompleteResultError`, never comes back short.
    """

    def __init__(self, paginator: AsyncPaginator[T], runner: LoopThread) -> None:
        self._paginator = paginator
        self._runner = runner

    def __repr__(self) -> str:
        return repr(self._paginator).replace("AsyncPaginator", "SyncPaginator", 1)

    def first_page(self) -> Page[T]:
        """The search's first page (or the one given as ``page=``): one request.

        What ``await paginator`` gives on the async client. Its ``next()`` is a coroutine
        of the async client; walk on with :meth:`pages` instead.
        """
        paginator = self._paginator

        async def first() -> Page[T]:
            return await paginator

        return self._runner.run(first)

    def __iter__(self) -> Iterator[T]:
        """Every row of every page, in order; the next page is fetched while you read."""
        for page in bridge(self._runner, self._paginator.pages(), prefetch=True):
            yield from page.items

    def pages(self, start: int | None = None) -> Iterator[Page[T]]:
        """The pages one at a time, from ``start`` (default: the search's first page).

        Each page is asked for when the previous one has been taken, as on the async
        client; an uncounted search ends with its first empty page, which is not yielded.
        """
        return bridge(self._runner, self._paginator.pages(start), prefetch=False)

    def stream(
        self, concurrency: int = 8, *, on_page: Callable[[Page[T]], object] | None = None
    ) -> Generator[T, None, None]:
        """Rows as their pages arrive, ``concurrency`` pages in flight, in page order.

        ``on_page(page)`` is called in your thread with each page before its rows.
        """
        if on_page is not None and not callable(on_page):
            raise TypeError(f"on_page must be a callable taking a Page, not {on_page!r}")
        return self._rows(self._paginator.stream_pages(concurrency), on_page)

    def stream_pages(self, concurrency: int = 8) -> Iterator[Page[T]]:
        """The pages of :meth:`stream`, each whole, in order (those with rows, and the first)."""
        return bridge(self._runner, self._paginator.stream_pages(concurrency), prefetch=True)

    def _rows(
        self,
        pages: AsyncGenerator[Page[T], None],
        on_page: Callable[[Page[T]], object] | None,
    ) -> Generator[T, None, None]:
        walk = bridge(self._runner, pages, prefetch=True)
        try:
            for page in walk:
                if on_page is not None:
                    on_page(page)
                yield from page.items
        finally:
            walk.close()

    def collect(
        self,
        concurrency: int = 8,
        max_items: int | None = None,
        *,
        on_page: Callable[[Page[T]], object] | None = None,
    ) -> list[T]:
        """Every matching row, fetched ``concurrency`` pages at a time, in page order.

        Args:
            concurrency: Pages in flight at once (the account's rate limit still applies).
            max_items: Stop after the first ``max_items`` rows (in order).
            on_page: Called in your thread with each page as it is taken in.

        Raises:
            IncompleteResultError: the pages did not add up, so rows would be missing or
                doubled.

        """
        check_max_items(max_items)
        rows: list[T] = []
        if max_items == 0:
            return rows
        stream = self.stream(concurrency, on_page=on_page)
        try:
            for row in stream:
                rows.append(row)
                if max_items is not None and len(rows) >= max_items:
                    break
        finally:
            stream.close()
        return rows
