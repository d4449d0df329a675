"""Connecting to Redis, for the policies that share state through it (limiter, guard)."""

from __future__ import annotations

from typing import Any, Final

from byteful_async._basics._install import install_command
from byteful_async._basics._secret import shown_url

#: The URL schemes redis-py takes.
SCHEMES: Final = ("redis://", "rediss://", "unix://")


def is_redis_url(text: object) -> bool:
    """Whether ``text`` is a URL redis-py takes (by its scheme)."""
    return isinstance(text, str) and text.startswith(SCHEMES)


def connect(url: str, what: str) -> Any:
    """A redis-py asyncio client of ``url`` (connecting lazily, 2 s timeouts) for ``what``.

    Raises:
        RuntimeError: redis-py is not installed (the ``[redis]`` extra).
        ValueError: redis-py cannot read ``url``; the message shows it without its password.

    """
    try:
        import redis.asyncio as aioredis
    except ImportError:
        raise RuntimeError(f"{what} needs redis-py: {install_command('redis')}") from None
    try:
        return aioredis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    except Exception as exc:  # a URL redis-py cannot read: say which, never its password
        raise ValueError(f"not a Redis URL: {shown_url(url)} ({type(exc).__name__})") from None
