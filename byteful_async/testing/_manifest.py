"""The operations table as the fake reads it: each operation's declaration, by name.

The fake answers each operation with the success message the table gives it, so the
messages live in one place with the rest of what is known of each endpoint.
"""

from __future__ import annotations

from typing import Any, Final

from byteful_async._calls._endpoint import Endpoint
from byteful_async.resources import OPERATIONS

BY_NAME: Final[dict[str, Endpoint[Any]]] = {op.name: op for op in OPERATIONS}


def message(name: str) -> str:
    """The success message of the operation ``name`` (every one the fake answers has one)."""
    text = BY_NAME[name].message
    if text is None:
        raise AssertionError(f"{name}: the operations table gives no message")
    return text


def noun(name: str) -> str:
    """What a retrieve's 404 names: its message's subject (``Proxy User`` -> ``proxy user``)."""
    return message(name).removesuffix(" successfully retrieved.").lower()
