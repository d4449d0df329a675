"""A Redis that lies: a loopback server speaking enough of Redis' protocol to answer scripts.

Every ``EVALSHA``/``EVAL`` gets the reply the test set (any RESP value: a list holding a wait
of ``1e12`` ms, ``nan``, 8 MiB of digits...); anything else (the client's connection set-up)
gets ``+OK``. What a real Redis can never be made to say, this one says.
"""

from __future__ import annotations

import asyncio
from typing import Any


def encode(value: Any) -> bytes:
    """``value`` in RESP: lists, ints, bytes or text (bulk strings), or an Exception (error)."""
    if isinstance(value, Exception):
        return f"-{value}\r\n".encode()
    if isinstance(value, bool):
        raise TypeError("RESP has no booleans")
    if isinstance(value, int):
        return f":{value}\r\n".encode()
    if isinstance(value, str):
        value = value.encode()
    if isinstance(value, bytes):
        return b"$%d\r\n%s\r\n" % (len(value), value)
    if isinstance(value, list):
        return b"*%d\r\n" % len(value) + b"".join(encode(v) for v in value)
    raise TypeError(f"cannot encode {value!r}")


class LyingRedis:
    """``async with LyingRedis(reply) as url``: scripts answered with ``reply``."""

    def __init__(self, reply: Any) -> None:
        self.reply = reply
        self.scripts = 0
        self._server: asyncio.Server | None = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                header = await reader.readline()
                if not header:
                    return
                count = int(header[1:])
                words = []
                for _ in range(count):
                    size = int((await reader.readline())[1:])
                    words.append((await reader.readexactly(size + 2))[:-2])
                command = words[0].upper()
                if command == b"HELLO":
                    writer.write(b"%1\r\n+proto\r\n:3\r\n")  # RESP3, as redis-py asks
                elif command in (b"EVALSHA", b"EVAL"):
                    self.scripts += 1
                    writer.write(encode(self.reply))
                else:
                    writer.write(b"+OK\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            return
        finally:
            writer.close()

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"redis://127.0.0.1:{port}/0"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
