"""Pages and paginators over the API's offset pagination (``page``, ``per_page``, at most 100).

A search returns an :class:`AsyncPaginator` that has sent nothing yet. It can be awaited for
the first page, iterated item by item (the next page fetched while the current one is
consumed), walked page by page from any page, or fanned out: page 1 first, then the rest
concurrently through the account's rate limiter, items still in page order, each id once.

The server is not trusted. Every walk checks each page against the first (:class:`_Checker`):
the page number is the one asked for, a counted search must deliver exactly the rows its
``total_count`` promises on each page, the total must not move, no id may come twice, and
an uncounted search must end with an empty page. Anything else ends the walk with
:class:`~byteful_async.IncompleteResultError`: never a short or doubled result, never an
endless loop.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import math
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Hashable
from typing import Any, Generic, TypeVar

import attrs

from byteful_async._basics._exceptions import IncompleteResultError
from byteful_async._sending._telemetry import Telemetry

_BOUND_HINT = "Bound the search (e.g. a max_..._creation_datetime) and fetch again."

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
        page: This page's number, from 1: the one that was asked for.
        per_page: The page size the API used.
        item_count: Rows on this page (those that arrived).
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


class _Checker(Generic[T]):
    """Checks the pages of one walk, in page order, against the first page's promises.

    ``whole`` keeps every id seen (fan-out); otherwise only the previous page's ids are kept,
    so a sequential walk of any length holds one page of ids (a row that slides from one
    page onto the next, the usual effect of a live result set, is still caught).
    """

    def __init__(
        self,
        operation: str,
        first: Page[T],
        start: int,
        key: Callable[[T], Hashable] | None,
        *,
        whole: bool,
    ) -> None:
        self.operation = operation
        self.total = first.total_count
        self.per_page = first.per_page
        self.counted = first.total_count >= 0
        #: The last page with rows, by the count (absolute page number).
        self.last = math.ceil(self.total / self.per_page) if self.counted else None
        #: The last page to ask for: when the count fills its last page to the brim, one
        #: more, which must come back empty (else the count was short of the rows).
        self.final = self.last
        if self.last is not None and self.total and self.total % self.per_page == 0:
            self.final = self.last + 1
        self.expected = max(0, self.total - (start - 1) * self.per_page)
        self.received = 0
        self.key = key
        self.whole = whole
        self.seen: dict[Hashable, int] = {}
        self.ended_at: int | None = None  # an uncounted walk's short page

    def fail(self, text: str) -> IncompleteResultError:
        """An :class:`IncompleteResultError` saying ``text``."""
        return IncompleteResultError(
            f"{self.operation}: {text}; rows would be missing or doubled. {_BOUND_HINT}",
            expected=self.expected if self.counted else -1,
            received=self.received,
        )

    def rows_on(self, number: int) -> int:
        """Rows a counted search must put on page ``number``."""
        assert self.last is not None
        if number < self.last:
            return self.per_page
        if number == self.last:
            return self.total - (self.last - 1) * self.per_page
        return 0

    def more(self, page: Page[T]) -> bool:
        """Whether the walk goes on after ``page`` (which was checked already)."""
        if self.final is not None:
            return page.page < self.final
        # Uncounted: every non-empty page is followed by one more; the walk ends on an
        # empty page, which after a short page confirms nothing was cut off.
        return page.item_count > 0

    def check(self, page: Page[T]) -> None:
        """Raise :class:`IncompleteResultError` unless ``page`` fits the walk so far."""
        number, count = page.page, page.item_count
        if page.total_count != self.total:
            raise self.fail(
                f"the search's total_count moved from {self.total} to {page.total_count} at "
                f"page {number} (rows were added or removed while it was being read)"
            )
        if page.per_page != self.per_page:
            raise self.fail(f"per_page changed from {self.per_page} to {page.per_page}")
        if self.counted:
            promised = self.rows_on(number)
            if count != promised:
                raise self.fail(
                    f"page {number} came back with {count} rows where total_count "
                    f"{self.total} promises {promised}"
                )
        elif self.ended_at is not None and count:
            raise self.fail(
                f"page {self.ended_at} came back short, yet page {number} has {count} rows"
            )
        elif count < self.per_page:
            self.ended_at = number
        key = self.key
        if key is not None:
            # Whole pages at a time (the loops run in C); the slow search for the culprit
            # runs only when something came twice.
            ids = list(map(key, page.items))
            fresh = dict.fromkeys(ids, number)
            if len(fresh) != len(ids) or not self.seen.keys().isdisjoint(fresh):
                raise self._doubled(ids, number)
            if self.whole:
                self.seen.update(fresh)
            else:
                self.seen = fresh  # a sequential walk compares with the page before only
        self.received += count

    def _doubled(self, ids: list[Hashable], number: int) -> IncompleteResultError:
        """The error naming the first id on page ``number`` that came before."""
        here: set[Hashable] = set()
        for ident in ids:
            before = self.seen.get(ident, number if ident in here else None)
            if before is not None:
                where = "twice on" if before == number else f"on page {before} and again on"
                return self.fail(f"row {ident!r} came {where} page {number}")
            here.add(ident)
        raise AssertionError("no id came twice")  # pragma: no cover

    def finish(self) -> None:
        """At the end of a whole walk: every promised row arrived."""
        if self.counted and self.received != self.expected:
            raise self.fail(
                f"expected {self.expected} rows (total_count) but {self.received} arrived"
            )


def check_max_items(max_items: object) -> None:
    """``collect(max_items=...)``: None, or an int of 0 or more."""
    if max_items is not None and (
        isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
    ):
        raise ValueError(f"collect(max_items=...) must be an int of 0 or more, not {max_items!r}")


class AsyncPaginator(Generic[T]):
    """The result of a ``search(...)``; nothing is sent until it is used.

    * ``await paginator``: the first :class:`Page` (or the page given as ``page=``).
    * ``async for item in paginator``: every item, in order, the next page prefetched.
    * ``paginator.pages(start=k)``: the pages one by one, from page ``k`` (to resume).
    * ``await paginator.collect(concurrency=8)`` / ``paginator.stream(concurrency=8)``:
      concurrent fan-out through the rate limiter, items in page order, each id once;
      ``paginator.stream_pages(concurrency=8)`` gives the same walk a page at a time.

    The search's filters go unchanged into every page request. Every walk checks the pages
    it gets (see the module docstring) and raises
    :class:`~byteful_async.IncompleteResultError` rather than return a short, doubled or
    endless result.
    """

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        operation: str,
        start: int = 1,
        key: Callable[[T], Hashable] | None = None,
        random_order: bool = False,
        telemetry: Telemetry | None = None,
    ) -> None:
        self._fetch = fetch
        self._operation = operation
        self._start = start
        self._key = key
        self._random_order = random_order
        self._telemetry = telemetry

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
        """Iterate the pages one at a time, from ``start`` (default: the search's first page).

        An uncounted search (``total_count == -1``) ends with its first empty page, which is
        not yielded.
        """
        self._refuse_random("pages()")
        first = self._start if start is None else start
        if isinstance(first, bool) or not isinstance(first, int) or first < 1:
            raise ValueError(f"pages(start=...) must be a page number from 1, not {first!r}")
        return self._walk(first)

    async def _walk(self, first: int) -> AsyncIterator[Page[T]]:
        page = await self._fetch(first)
        checker = _Checker(self._operation, page, first, self._key, whole=False)
        while True:
            checker.check(page)
            if page.item_count or page.page == first:
                yield page
            if not checker.more(page):
                break
            page = await self._fetch(page.page + 1)
        checker.finish()

    def __aiter__(self) -> AsyncIterator[T]:
        self._refuse_random("async for")
        return self._items_prefetched()

    async def _items_prefetched(self) -> AsyncIterator[T]:
        page = await self._fetch(self._start)
        checker = _Checker(self._operation, page, self._start, self._key, whole=False)
        while True:
            checker.check(page)
            more = checker.more(page)
            following = asyncio.ensure_future(self._fetch(page.page + 1)) if more else None
            try:
                for item in page.items:
                    yield item
                if following is None:
                    break
                page = await following
            finally:
                if following is not None:
                    await _drop(following)
        checker.finish()

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
            IncompleteResultError: the pages did not add up (the result set changed while it
                was being fetched, or the server answered inconsistently), so some rows
                would be missing or doubled.

        """
        check_max_items(max_items)
        rows: list[T] = []
        if max_items == 0:
            return rows
        on_page = self._checked(on_page)
        stream = self._rows_of(self._pages(concurrency), on_page)
        # With telemetry, the whole walk is one span, its page requests the children.
        telemetry = self._telemetry
        walk = telemetry.walk("collect", self._operation) if telemetry else contextlib.nullcontext()
        with walk:
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
    ) -> AsyncGenerator[T, None]:
        """Like :meth:`collect`, but yield rows as their pages arrive.

        At most ``concurrency`` pages are held at once, so memory stays flat however many
        rows there are (only the set of ids seen, which proves each came once, grows).
        ``on_page(page)`` is called with each page, in order, before its rows are yielded:
        ``page.total_count`` and ``page.total_pages`` make a progress bar.
        """
        on_page = self._checked(on_page)
        return self._rows_of(self.stream_pages(concurrency), on_page)

    def stream_pages(self, concurrency: int = 8) -> AsyncGenerator[Page[T], None]:
        """The walk of :meth:`stream` a page at a time: each page with rows (and the first).

        For work done a page at a time (one database insert per page, say). The same
        checks: a walk that does not add up raises instead of ending.
        """
        pages = self._pages(concurrency)
        telemetry = self._telemetry
        if telemetry is None or not telemetry.active:
            return pages
        # With telemetry, the whole walk is one span, its page requests the children.
        return telemetry.around("stream", self._operation, pages)

    def _pages(self, concurrency: int) -> AsyncGenerator[Page[T], None]:
        """The checked fan-out of pages, its arguments checked first (no span)."""
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int of 1 or more, not {concurrency!r}")
        self._refuse_random("collect()/stream()")
        return self._fan_out(concurrency)

    def _checked(
        self, on_page: Callable[[Page[T]], object] | None
    ) -> Callable[[Page[T]], object] | None:
        if on_page is not None and not callable(on_page):
            raise TypeError(f"on_page must be a callable taking a Page, not {on_page!r}")
        return on_page

    @staticmethod
    async def _rows_of(
        pages: AsyncGenerator[Page[T], None], on_page: Callable[[Page[T]], object] | None
    ) -> AsyncGenerator[T, None]:
        async with contextlib.aclosing(pages):
            async for page in pages:
                if on_page is not None:
                    on_page(page)
                for item in page.items:
                    yield item

    async def _fan_out(self, concurrency: int) -> AsyncGenerator[Page[T], None]:
        # Page 2 is asked for while page 1 is still on its way: it waits for its rate-limit
        # slot meanwhile, and is cancelled unsent if page 1 shows there is no page 2.
        ahead = asyncio.ensure_future(self._fetch(self._start + 1)) if concurrency > 1 else None
        try:
            first = await self._fetch(self._start)
        except BaseException:
            if ahead is not None:
                await _drop(ahead)
            raise
        checker = _Checker(self._operation, first, self._start, self._key, whole=True)
        pending: collections.deque[asyncio.Future[Page[T]]] = collections.deque()
        next_number = self._start + 1
        if ahead is not None:
            pending.append(ahead)
            next_number += 1

        def top_up() -> None:
            # Never more than `concurrency` pages past the last page taken in, and, for a
            # counted search, never past the last page its count promises.
            nonlocal next_number
            last = checker.final
            while len(pending) < concurrency and (last is None or next_number <= last):
                pending.append(asyncio.ensure_future(self._fetch(next_number)))
                next_number += 1

        page = first
        try:
            while True:
                checker.check(page)
                if page.item_count or page is first:
                    yield page
                if not checker.more(page):
                    break
                if checker.ended_at is None:
                    top_up()
                elif not pending:
                    # An uncounted search's short page: one more page must come back empty.
                    pending.append(asyncio.ensure_future(self._fetch(page.page + 1)))
                if not pending:
                    break
                page = await pending.popleft()
        finally:
            await _drop(*pending)
        # Reached only when every page was read (an early stop closes the generator first).
        checker.finish()
