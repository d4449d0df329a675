"""The base of every sync resource: the async resource it runs, and the loop it runs on."""

from __future__ import annotations

from typing import Generic, TypeVar

from byteful_async._sync._runner import LoopThread
from byteful_async.resources import Resource

R = TypeVar("R", bound=Resource)


class SyncResource(Generic[R]):
    """A group of operations of the sync client; each method runs the async twin's."""

    def __init__(self, twin: R, runner: LoopThread) -> None:
        self._twin = twin
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
