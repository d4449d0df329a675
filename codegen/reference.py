"""Render ``docs/reference.md``: every model's fields, every enum, every search's filters.

The reference is read off the generated models module (its classes, annotations and
docstrings, through :mod:`ast`), so it says exactly what the code does, and off the
operations table (which calls return each model). Codegen regenerates it with the modules
and ``--check`` fails when it drifts.
"""

from __future__ import annotations

import ast
from collections import defaultdict

from codegen.operations import Operation, render_endpoint_table

TITLE = """\
<!-- Generated from schema/ by codegen. Do not edit by hand: change the schema (or the
     operations table), then run `make codegen`. -->
# byteful-async reference: endpoints, models, enums and search filters

Every model is a frozen, slotted, keyword-only attrs class in `byteful_async` (and
`byteful_async.models`). A field the API may leave out defaults to `None`; fields the schema
does not know arrive in `extra`. An enum field also takes any text, so a value the API adds
later decodes instead of failing. Fields marked *hidden* hold credentials and never show in
`repr()`.

"""

_OPERATORS = ("not_", "min_", "max_", "like_")
_PREFIX_LABEL = {"": "=", "not_": "not", "min_": "min", "max_": "max", "like_": "like"}


def _docstring(node: ast.ClassDef) -> str:
    return " ".join((ast.get_docstring(node) or "").split("\n\n")[0].split())


def _fields(node: ast.ClassDef) -> list[tuple[str, str, bool, bool, str]]:
    """(name, annotation, required, hidden, description) of each annotated field."""
    found: list[tuple[str, str, bool, bool, str]] = []
    body = node.body
    for index, statement in enumerate(body):
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        name = statement.target.id
        after = body[index + 1] if index + 1 < len(body) else None
        doc = ""
        if (
            isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            doc = " ".join(after.value.value.split())
        value = statement.value
        hidden = isinstance(value, ast.Call) and any(
            k.arg == "repr" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in value.keywords
        )
        found.append((name, ast.unparse(statement.annotation), value is None, hidden, doc))
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _returned_by(ops: list[Operation]) -> dict[str, list[str]]:
    calls: dict[str, list[str]] = defaultdict(list)
    for op in ops:
        if op.returns != "str":
            calls[op.returns].append(f"`{op.name}`")
    return calls


def _model(node: ast.ClassDef, calls: list[str]) -> list[str]:
    lines = [f"### {node.name}\n\n", f"{_docstring(node)}\n\n"]
    if calls:
        lines.append(f"Returned by {', '.join(calls)}.\n\n")
    lines += ["| field | type | |\n", "| --- | --- | --- |\n"]
    for name, annotation, required, hidden, doc in _fields(node):
        if name == "extra":
            continue
        marks = [m for m, on in (("required", required), ("hidden", hidden)) if on]
        note = f"*{', '.join(marks)}.* " if marks else ""
        lines.append(f"| `{name}` | `{_cell(annotation)}` | {note}{_cell(doc)} |\n")
    return [*lines, "\n"]


def _enum(node: ast.ClassDef) -> list[str]:
    values = [
        statement.value.value
        for statement in node.body
        if isinstance(statement, ast.Assign)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    ]
    shown = ", ".join(f"`{v}`" for v in values)
    return [f"| `{node.name}` | {_cell(_docstring(node))} | {shown} |\n"]


def _filters(node: ast.ClassDef, searches: list[str]) -> list[str]:
    annotations = {name: annotation for name, annotation, *_ in _fields(node)}
    bases: dict[str, list[str]] = {}
    for name in annotations:
        prefix = next(
            (p for p in _OPERATORS if name.startswith(p) and name[len(p) :] in annotations), ""
        )
        bases.setdefault(name[len(prefix) :], []).append(_PREFIX_LABEL[prefix])
    title = ", ".join(f"`{s}`" for s in searches) or node.name
    lines = [f"### {title}\n\n", "| filter | type | operators |\n", "| --- | --- | --- |\n"]
    for base, operators in bases.items():
        if base in ("page", "per_page", "sort_by"):
            continue  # every search has them; the section's introduction says so
        lines.append(f"| `{base}` | `{_cell(annotations[base])}` | {' '.join(operators)} |\n")
    return [*lines, "\n"]


def render_reference(models_source: str, ops: list[Operation]) -> str:
    """The text of ``docs/reference.md`` from the generated models and the operations."""
    tree = ast.parse(models_source)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    calls = _returned_by(ops)
    searches: dict[str, list[str]] = defaultdict(list)
    for op in ops:
        if op.filters is not None:
            searches[op.filters].append(f"{op.name}(**filters)")
    models, enums, filters = [], [], []
    for node in sorted(classes, key=lambda n: n.name):
        kinds = {ast.unparse(b) for b in node.bases}
        if "StrEnum" in kinds:
            enums += _enum(node)
        elif "TypedDict" in kinds:
            if node.name in searches:
                filters += _filters(node, searches[node.name])
        else:
            models += _model(node, calls.get(node.name, []))
    aliases = [
        f"| `{n.target.id}` | `{_cell(ast.unparse(n.value))}` | "
        f"{', '.join(calls.get(n.target.id, [])) or '-'} |\n"
        for n in tree.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.value is not None
    ]
    endpoints = render_endpoint_table(ops)
    endpoints = endpoints[endpoints.index("\n") + 1 : endpoints.rindex("<!--")]
    out = [TITLE, "## Endpoints\n\n", endpoints, "\n", "## Models\n\n", *models]
    out += ["## Type aliases\n\n", "| name | type | returned by |\n", "| --- | --- | --- |\n"]
    out += [*aliases, "\n", "## Enums\n\n"]
    out += ["| enum | meaning | values |\n", "| --- | --- | --- |\n", *enums, "\n"]
    out += [
        "## Search filters\n\n",
        "Each search also takes `page`, `per_page` (1 to 100) and `sort_by`. Operators: `=` is\n",
        "the filter's own name, the others its prefixed forms (`min_city_id`, `not_country_id`,\n",
        "`like_city_name`); `min`/`max` are inclusive and `like` takes `%` as a wildcard.\n\n",
        *filters,
    ]
    text = "".join(out)
    return text.rstrip("\n") + "\n"
