"""The package reads top-down: no import cycle, and nothing below the client imports it."""

from __future__ import annotations

import ast
from pathlib import Path

import byteful_async

PACKAGE = Path(byteful_async.__file__).parent

#: The modules that may import the client: the package's front door and what sits on it.
ABOVE_THE_CLIENT = ("byteful_async.cli", "byteful_async.testing", "byteful_async.mirror")


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """What ``path`` imports from the package when it is loaded (TYPE_CHECKING aside)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("byteful_async"):
            assert node.module is not None
            found.add(node.module)
    return found


GRAPH = {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def test_no_import_cycle() -> None:
    done: set[str] = set()

    def walk(module: str, trail: tuple[str, ...]) -> None:
        for target in GRAPH.get(module, ()):
            if target == module or target not in GRAPH:
                continue
            assert target not in trail, " -> ".join((*trail, target))
            if target not in done:
                walk(target, (*trail, target))
        done.add(module)

    for module in GRAPH:
        walk(module, (module,))


def test_nothing_below_the_client_imports_it() -> None:
    importers = {
        module
        for module, targets in GRAPH.items()
        if "byteful_async._client" in targets and module != "byteful_async._client"
    }
    assert importers
    assert all(m == "byteful_async" or m.startswith(ABOVE_THE_CLIENT) for m in importers), importers
    below = {"byteful_async._core", "byteful_async.resources", "byteful_async._transport"}
    assert not importers & below
