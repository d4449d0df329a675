"""The package reads top-down: no import cycle, and nothing below the client imports it."""

from __future__ import annotations

import ast
from pathlib import Path

import byteful_async

PACKAGE = Path(byteful_async.__file__).parent

#: The modules that may import the client: the package's front door and what sits on it.
ABOVE_THE_CLIENT = (
    "byteful_async._sync",
    "byteful_async.cli",
    "byteful_async.testing",
    "byteful_async.mirror",
)


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p) for p in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Every module of the package ``path`` imports, wherever the import stands: at the top,
    under ``TYPE_CHECKING`` or inside a function (a cycle hidden there is still a cycle)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("byteful_async"):
            assert node.module is not None
            found.add(node.module)
            # ``from byteful_async.cli import _mirror`` imports the submodule itself.
            found |= {f"{node.module}.{a.name}" for a in node.names} & MODULES
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("byteful_async")}
    return found


GRAPH = {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def test_the_walk_sees_imports_inside_functions_and_type_checking() -> None:
    # The three cycles that once hid there would show up in these edges.
    assert "byteful_async.resources._checkout" in GRAPH["byteful_async.resources._attributes"]
    assert "byteful_async.cli._store" in GRAPH["byteful_async.cli._commands"]
    lazy = GRAPH["byteful_async.cli._store"]  # imported inside a function, for the extra
    assert "byteful_async.mirror" in lazy


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
    below = {
        "byteful_async._calls._core",
        "byteful_async.resources",
        "byteful_async._sending._transport",
    }
    assert not importers & below


#: The layers, bottom up: a module may import its own layer and those below, never above.
LAYERS = (
    ("byteful_async._basics", "byteful_async._version"),
    ("byteful_async.models", "byteful_async.usage", "byteful_async.connect"),
    ("byteful_async._policies",),
    ("byteful_async._sending",),
    ("byteful_async._calls",),
    ("byteful_async.resources",),
    ("byteful_async._bots", "byteful_async.webhooks", "byteful_async.metrics"),
    ("byteful_async._client",),
    ("byteful_async._sync", "byteful_async"),
    ("byteful_async.mirror", "byteful_async.testing"),
    ("byteful_async.cli",),
)


def _layer(module: str) -> int:
    best = -1, 0  # (layer, length of the prefix that placed it)
    for level, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[1]:
                best = level, len(prefix)
    assert best[0] >= 0, f"{module} is in no layer: add it to LAYERS"
    return best[0]


def test_imports_point_down_the_layers() -> None:
    upward = [
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if target in GRAPH and _layer(target) > _layer(module)
    ]
    assert upward == []
