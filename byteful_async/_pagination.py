"""Pages and paginators over the API's offset pagination (``page``, ``per_page``, at most 100).

A search returns an :class:`AsyncPaginator` that has sent nothing yet. It can be awaited for
the first page, iterated item by item (the next page fetched while the current one is
consumed), walked page by page from any page, or fanned out: page 1 first, then the rest
concurrently through the account's rate limiter, items still in page order, each id once.
"""

from __future__ import annotations

import asyncio
import collections
import math
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Hashable
from typing import Any, Generic, TypeVar

import attrs

from byteful_async._exceptions import IncompleteResultError

T = TypeVar("T")

FetchPage = Callable[[int], Awaitable["Page[T]"]]


async def _drop(*futures: asyncio.Future[Any]) -> None:
    """Cancel page fetches no longer wanted and wait until they have ended (nothing leaks)."""
    for future in futures:
        future.cancel()
    if futures:
        await asyncio.gather(*futures, return_exceptions=True)


@attrs.frozen(kw_only=True)
class Page(Generic[T]):
    """One page of a search.

    Attributes:
        items: The rows of this page, decoded into models.
        page: This page's number, from 1.
        per_page: The page size the API used.
        item_count: Rows on this page.
        total_count: Rows matching the search on all pages; -1 when the API did not count.
        message: The API's message.

    """

    items: list[T]
    page: int
    per_page: int
    item_count: int
    total_count: int
    message: str | None = None
    fetch: FetchPage[T] = attrs.field(repr=False, eq=False)

    @property
    def has_next(self) -> bool:
        """Whether another page follows; with ``total_count == -1``, while pages come back full."""
        if self.total_count >= 0:
            return self.page * self.per_page < self.total_count
        return self.item_count > 0 and self.item_count >= self.per_page

    @property
    def total_pages(self) -> int | None:
        """``ceil(total_count / per_page)``, or None when the API did not count."""
        if self.total_count < 0:
            return None
        return math.ceil(self.total_count / self.per_page) if self.per_page > 0 else 0

    async def next(self) -> Page[T] | None:
        """Fetch the following page with the same filters; None after the last one."""
        if not self.has_next:
            return None
        return await self.fetch(self.page + 1)

    def __iter__(self) -> Generator[T, None, None]:
        yield from self.items

    def __len__(self) -> int:
        return len(self.items)


class AsyncPaginator(Generic[T]):
    """The result of a ``search(...)``; nothing is sent until it is used.

    * ``await paginator``: the first :class:`Page` (or the page given as ``page=``).
    * ``async for item in paginator``: every item, in order, the next page prefetched.
    * ``paginator.pages(start=k)``: the pages one by one, from page ``k`` (to resume).
    * ``await paginator.collect(concurrency=8)`` / ``paginator.stream(concurrency=8)``:
      concurrent fan-out through the rate limiter, items in page order, each id once.

    The search's filters go unchanged into every page request.
    """

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        operation: str,
        start: int = 1,
        key: Callable[[T], Hashable] | None = None,
        random_order: bool = False,
    ) -> None:
        self._fetch = fetch
        self._operation = operation
        self._start = start
        self._key = key
        self._random_order = random_order

    def __repr__(self) -> str:
        return f"<AsyncPaginator {self._operation} from page {self._start}>"

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._fetch(self._start).__await__()

    # -- walking page after page ------------------------------------------------------------

    def _refuse_random(self, mode: str) -> None:
        if self._random_order:
            raise ValueError(
                f"{self._operation}(sort_by='random') cannot be paged through with {mode}: the "
                "API shuffles each page on its own, so pages would repeat and skip rows. "
                "Await the paginator for one random page instead."
            )

    def pages(self, start: int | None = None) -> AsyncIterator[Page[T]]:
        """Iterate the pages one at a time, from ``start`` (default: the search's first page)."""
        self._refuse_random("pages()")
        first = self._start if start is None else start
        if isinstance(first, bool) or not isinstance(first, int) or first < 1:
            raise ValueError(f"pages(start=...) must be a page number from 1, not {first!r}")
        return self._walk(first)

    async def _walk(self, first: int) -> AsyncIterator[Page[T]]:
        page: Page[T] | None = await self._fetch(first)
        while page is not None:
            yield page
            page = await page.next()

    def __aiter__(self) -> AsyncIterator[T]:
        self._refuse_random("async for")
        return self._items_prefetched()

    async def _items_prefetched(self) -> AsyncIterator[T]:
        page = await self._fetch(self._start)
        while True:
            following = asyncio.ensure_future(page.next()) if page.has_next else None
            try:
                for item in page.items:
                    yield item
                if following is None:
                    return
                next_page = await following
            finally:
                if following is not None:
                    await _drop(following)
            if next_page is None:
                return
            page = next_page

    # -- fan-out ----------------------------------------------------------------------------

    async def collect(
        self,
        concurrency: int = 8,
        max_items: int | None = None,
        *,
        on_page: Callable[[Page[T]], object] | None = None,
    ) -> list[T]:
        """Fetch every matching row concurrently and return them in page order, each id once.

        Args:
            concurrency: Pages in flight at once. The account's rate limit still applies, so
                more than about ``rate * latency + 1`` buys nothing.
            max_items: Stop after the first ``max_items`` rows (in order).
            on_page: Called with each page as it is taken in, in page order (for progress).

        Raises:
            IncompleteResultError: the result set changed while it was being fetched, so
                some rows would be missing or doubled.

        """
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise ValueError(
                f"collect(max_items=...) must be an int of 0 or more, not {max_items!r}"
            )
        rows: list[T] = []
        if max_items == 0:
            return rows
        stream = self._fan_out(concurrency, on_page)
        try:
            async for item in stream:
                rows.append(item)
                if max_items is not None and len(rows) >= max_items:
                    break
        finally:
            await stream.aclose()
        return rows

    def stream(
        self, concurrency: int = 8, *, on_page: Callable[[Page[T]], object] | None = None
    ) -> AsyncIterator[T]:
        """Like :meth:`collect`, but yield rows as their pages arrive.

        At most ``concurrency`` pages are held at once, so memory stays flat however many
        rows there are (only the set of ids seen, for de-duplication, grows).
        ``on_page(page)`` is called with each page, in order, before its rows are yielded:
        ``page.total_count`` and ``page.total_pages`` make a progress bar.
        """
        return self._fan_out(concurrency, on_page)

    def _fan_out(
        self, concurrency: int, on_page: Callable[[Page[T]], object] | None
    ) -> AsyncGenerator[T, None]:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int of 1 or more, not {concurrency!r}")
        if on_page is not None and not callable(on_page):
            raise TypeError(f"on_page must be a callable taking a Page, not {on_page!r}")
        self._refuse_random("collect()/stream()")
        return self._fan_out_rows(concurrency, on_page)

    async def _fan_out_rows(
        self, concurrency: int, on_page: Callable[[Page[T]], object] | None
    ) -> AsyncGenerator[T, None]:
        # Page 2 is asked for while page 1 is still on its way: it waits for its rate-limit
        # slot meanwhile, and is cancelled unsent if page 1 shows there is no page 2.
        ahead = asyncio.ensure_future(self._fetch(self._start + 1)) if concurrency > 1 else None
        try:
            first = await self._fetch(self._start)
        except BaseException:
            if ahead is not None:
                await _drop(ahead)
            raise
        counted = first.total_count >= 0
        last = (self._start - 1 + (first.total_pages or 0)) if counted else None
        # Rows the first page promises from here on (pages before the start are not ours).
        expected = max(0, first.total_count - (self._start - 1) * first.per_page)
        seen: set[Hashable] = set()
        key = self._key
        pending: collections.deque[asyncio.Future[Page[T]]] = collections.deque()
        next_number = first.page + 1
        if ahead is not None:
            if first.has_next:
                pending.append(ahead)
                next_number += 1
            else:
                await _drop(ahead)

        def top_up() -> None:
            nonlocal next_number
            while len(pending) < concurrency and (last is None or next_number <= last):
                pending.append(asyncio.ensure_future(self._fetch(next_number)))
                next_number += 1

        page = first
        try:
            while True:
                if counted and page.total_count != first.total_count:
                    raise IncompleteResultError(
                        f"{self._operation}: the search's total_count moved from "
                        f"{first.total_count} to {page.total_count} while it was being fetched "
                        "(rows were added or removed), so rows could be missing or doubled. "
                        "Bound the search (e.g. a max_..._creation_datetime) and fetch again.",
                        expected=expected,
                        received=len(seen),
                    )
                if on_page is not None:
                    on_page(page)
                for item in page.items:
                    if key is not None:
                        ident = key(item)
                        if ident in seen:
                            continue
                        seen.add(ident)
                    yield item
                if not counted and not page.has_next:
                    break  # a short or empty page ends an uncounted search
                top_up()
                if not pending:
                    break
                page = await pending.popleft()
                top_up()
        finally:
            await _drop(*pending)
        # Reached only when every page was read (an early stop closes the generator first).
        if counted and key is not None and len(seen) != expected:
            raise IncompleteResultError(
                f"{self._operation}: expected {expected} rows (total_count) but {len(seen)} "
                "distinct rows arrived; the result set changed while it was being fetched. "
                "Bound the search (e.g. a max_..._creation_datetime) and fetch again.",
                expected=expected,
                received=len(seen),
            )
