"""The base of every resource: a handle on the request core."""

from __future__ import annotations

from byteful_async._calls._core import Core


class Resource:
    """A group of operations (``client.services``...); each method is one call of the core."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
