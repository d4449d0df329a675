"""Misbehaving loopback servers: the hostile or broken side of the security tests.

A :class:`Rogue` is a real aiohttp.web server on 127.0.0.1 whose every request goes to one
handler the test writes, and which records what it received. The SDK talks to it over
HTTP, exactly as it talks to the API.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from aiohttp import web

from byteful_async import AsyncByteful
from byteful_async.testing import FakeByteful

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: The keys every client of a rogue server is given; the tests look for the private one.
ROGUE_PUBLIC_KEY = "pk_rogue_account"
ROGUE_PRIVATE_KEY = "sk_rogue_0123456789abcdef"


@attrs.frozen
class Seen:
    """One request as the rogue server received it."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    raw_path: str = ""


class Rogue:
    """``async with Rogue(handler) as server``: ``server.url``, ``server.seen``."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self.seen: list[Seen] = []
        self.arrived = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def _record(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.seen.append(
            Seen(
                request.method,
                str(request.url),
                dict(request.headers),
                body,
                request.rel_url.raw_path,
            )
        )
        self.arrived.set()
        return await self._handler(request)

    async def __aenter__(self) -> Rogue:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._record)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    def client(self, **options: Any) -> AsyncByteful:
        """A client of this server: no client-side limit, no retries unless asked."""
        settings: dict[str, Any] = {"rate_limit": None, "max_retries": 0, **options}
        return AsyncByteful(
            ROGUE_PUBLIC_KEY, ROGUE_PRIVATE_KEY, base_url=f"{self.url}/1.0", **settings
        )


def json_answer(body: Any, status: int = 200, **headers: str) -> web.Response:
    """A JSON response."""
    return web.json_response(body, status=status, headers=headers)


def ledger_rows(count: int) -> list[dict[str, Any]]:
    """``count`` valid residential ledger rows, each with its own id."""
    table = FakeByteful(residential_rows=count).residential
    return [table.row(i) for i in range(count)]


class ConnectProxy:
    """A forward proxy that writes down each request line and refuses it (403).

    For HTTPS targets a client asks it to ``CONNECT host:443``; the line shows which host the
    client wanted, and the refusal ends the attempt without any traffic leaving the machine.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._server: asyncio.Server | None = None
        self.url = ""

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        self.lines.append(head.split(b"\r\n", 1)[0].decode())
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    async def __aenter__(self) -> ConnectProxy:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
