"""The HTTP session below the transport: one per client, made lazily, bounded reads.

:class:`HTTPSession` owns the aiohttp session (or borrows the user's) and the concurrency
cap; it refuses use from a second event loop and after ``close()``. :func:`read_capped`
reads a body no further than ``max_response_bytes``.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
import warnings
from collections.abc import Callable
from typing import Any

import aiohttp
import orjson

from byteful_async._basics._exceptions import APIConnectionError, BytefulError

SentAt = Callable[[float], object]
"""Told the ``time.monotonic()`` at which a request got its connection: its headers go out
right after, so that is about when the server sees it."""

#: Set around each request by the transport (a context variable, so concurrent requests
#: each see their own).
sending: contextvars.ContextVar[SentAt | None] = contextvars.ContextVar(
    "byteful_async_sending", default=None
)


class _Connector(aiohttp.TCPConnector):
    """A ``TCPConnector`` that says when each request got its connection.

    The rate limiter counts a start when it hands it out; a request that first had to open
    a connection (or wait for one) reaches the server later than that, and the limiter is
    told so. This costs one context-variable read per request; aiohttp's request tracing,
    which could say the same, costs several awaited signals.
    """

    async def connect(self, *args: Any, **kwargs: Any) -> Any:
        """Get a connection as aiohttp does, then tell the request's ``sending`` hook."""
        connection = await super().connect(*args, **kwargs)
        tell = sending.get()
        if tell is not None:
            tell(time.monotonic())
        return connection


class HTTPSession:
    """The aiohttp session and concurrency cap shared by a client and its ``with_options`` copies.

    The session is made on first use, inside the running loop, and belongs to that loop: a
    request from another loop is refused with a clear error. A session passed in by the user
    is theirs: it is used, never closed, and it does not report when requests go out (the
    rate limiter then counts each start when it hands it out).
    """

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        max_concurrency: int | None,
        *,
        trust_env: bool = False,
    ) -> None:
        self._session = session
        self.owned = session is None
        self._closed = False
        self._max_concurrency = max_concurrency
        self._trust_env = trust_env
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        if session is not None:
            _no_silent_resend(session)

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called."""
        return self._closed

    def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            raise BytefulError(
                "this AsyncByteful client was first used in another event loop, and its "
                "connections belong to that loop; make one client per event loop (or per "
                "asyncio.run)"
            )

    def get(self) -> aiohttp.ClientSession:
        """The session, made now if this is the first request."""
        if self._closed:
            raise APIConnectionError(
                "this AsyncByteful client is closed, so nothing was sent; make a new one",
                sent=False,
            )
        if self._session is None:
            limit = self._max_concurrency or 100
            self._session = aiohttp.ClientSession(
                connector=_Connector(limit=limit),
                json_serialize=_json_text,
                trust_env=self._trust_env,
            )
            _no_silent_resend(self._session)
        return self._session

    def slots(self) -> asyncio.Semaphore | None:
        """The concurrency cap (None when uncapped), made on first use."""
        self._check_loop()
        if self._max_concurrency is None:
            return None
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max_concurrency)
        return self._slots

    @property
    def is_open(self) -> bool:
        """True while we own a session that is not closed yet."""
        return self.owned and self._session is not None and not self._session.closed

    async def close(self) -> None:
        """Close the session if it is ours; later requests raise."""
        self._closed = True
        if self.owned and self._session is not None and not self._session.closed:
            await self._session.close()

    def __del__(self) -> None:
        if self.is_open:
            warnings.warn(
                "AsyncByteful was not closed; use `async with AsyncByteful()` or "
                "`await client.close()`",
                ResourceWarning,
                stacklevel=2,
            )


def _no_silent_resend(session: aiohttp.ClientSession) -> None:
    """Turn off aiohttp's own resend of GET/PUT/DELETE after a dropped keep-alive connection.

    That resend happens below our retry loop, so ``services.cancel`` with ``max_retries=0``
    could reach the API twice. aiohttp offers no public switch (3.14); ``_retry_connection``
    is the attribute its own test client clears for the same reason. This is the one place
    that touches it; ``tests/test_one_request.py`` fails if it stops working.
    """
    if hasattr(session, "_retry_connection"):
        session._retry_connection = False


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


class TooLarge(Exception):
    """The body went past ``max_response_bytes`` (``seen`` bytes read or announced)."""

    def __init__(self, seen: int) -> None:
        super().__init__(seen)
        self.seen = seen


async def read_capped(response: aiohttp.ClientResponse, cap: int) -> bytes:
    """The whole body, decompressed, or :class:`TooLarge` as soon as it passes ``cap``.

    aiohttp (3.13.3 on) decompresses in bounded steps, so what is held stays near the cap
    plus one step: a gzip bomb or an endless stream ends here, not in the OOM killer.
    """
    announced = response.content_length
    if announced is not None and announced > cap:
        raise TooLarge(announced)
    if announced is not None and "Content-Encoding" not in response.headers:
        return await response.read()  # the parser reads exactly Content-Length bytes
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.content.iter_any():
        total += len(chunk)
        if total > cap:
            raise TooLarge(total)
        chunks.append(chunk)
    return b"".join(chunks)
