"""The fake server's routes: one per operation of the manifest, matched on method and path."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote

from byteful_async.resources import OPERATIONS


def _route_table() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path pattern, operation) for each distinct route of the manifest.

    Two operations on one route (``checkout.create`` and ``checkout.top_up``) are one route,
    served by the first.
    """
    table: list[tuple[str, re.Pattern[str], str]] = []
    seen: set[tuple[str, str]] = set()
    for op in OPERATIONS:
        if (op.method, op.path) in seen:
            continue
        seen.add((op.method, op.path))
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
        table.append((op.method, re.compile(pattern), op.name))
    return table


def match(method: str, path: str) -> tuple[str, dict[str, str]] | None:
    """The operation ``method path`` calls, with its ids decoded; None for no operation."""
    for route_method, pattern, name in _ROUTES:
        found = pattern.fullmatch(path)
        if found is not None and route_method == method:
            return name, {key: unquote(value) for key, value in found.groupdict().items()}
    return None


_ROUTES: Final = _route_table()
