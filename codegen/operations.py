"""Render schema/operations.json into Python: declarations, resources, bounds.

Every endpoint fact lives once, in the operations table. This module checks the table
against the schema (every ``$ref`` resolves, every path id is declared with a type, every
write says whether resending it is safe) and renders:

* ``byteful_async/resources/_generated.py``: one :class:`Endpoint` declaration per
  operation, one resource class per resource with a typed method per operation (unless the
  entry is ``handwritten``), the ``OPERATIONS`` manifest and the client's resource
  attributes;
* ``byteful_async/models/_bounds.py``: the minimum and maximum of every bounded number in
  the expanded schema, so the argument checks read them from one place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

JSON = dict[str, Any]

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ROOT / "schema" / "operations.json"

HEADER = """\
# Generated from schema/operations.json by codegen. Do not edit by hand: change the table
# (or the schema), then run `make codegen`.
"""

_METHODS = ("GET", "POST", "PATCH", "PUT", "DELETE")
_ENVELOPES = {
    "data": "DATA",
    "list": "LIST",
    "page": "PAGE",
    "created": "CREATED",
    "edited": "EDITED",
    "deleted": "DELETED",
    "body": "BODY",
    "strings": "STRINGS",
}
_SCALARS = {"string": "str", "integer": "int", "boolean": "bool", "number": "float"}
_REQUIRED = ("name", "summary", "method", "path", "returns", "envelope", "retry_safe", "doc")
_FLAGS = ("spends_money", "destroys")


class TableError(SystemExit):
    """The operations table says something codegen cannot use; the message says what."""


def _pointer(schema: JSON, ref: object, where: str) -> JSON:
    if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
        raise TableError(f"{where}: expected a $ref into byteful.schema.json, got {ref!r}")
    node: Any = schema
    for part in ref[2:].split("/"):
        if not isinstance(node, dict) or part not in node:
            raise TableError(f"{where}: $ref {ref!r} does not resolve in byteful.schema.json")
        node = node[part]
    return node  # type: ignore[no-any-return]


def _def_name(ref: str) -> str:
    return ref.split("/")[2]


def _scalar(node: JSON, where: str) -> str:
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind not in _SCALARS:
        raise TableError(f"{where}: must be a string, integer, number or boolean, not {kind!r}")
    return _SCALARS[kind]


class Operation:
    """One checked entry of the table, with what rendering needs."""

    def __init__(self, entry: JSON, schema: JSON, resources: JSON) -> None:
        name = entry.get("name", "?")
        where = f"operations.json: {name}"
        for key in _REQUIRED:
            if key not in entry:
                raise TableError(f"{where}: {key!r} is required (say it; there is no default)")
        if not isinstance(entry["retry_safe"], bool):
            raise TableError(f"{where}: retry_safe must be true or false")
        self.name: str = name
        self.resource, _, self.method_name = name.partition(".")
        if self.resource not in resources or not self.method_name.isidentifier():
            raise TableError(f"{where}: name must be <resource>.<method> of a listed resource")
        self.method: str = entry["method"]
        if self.method not in _METHODS:
            raise TableError(f"{where}: method {self.method!r} is not one of {_METHODS}")
        self.path: str = entry["path"]
        if not self.path.startswith("/public/user/"):
            raise TableError(f"{where}: path must start with /public/user/")
        self.ids: list[tuple[str, str]] = []
        for id_name, node in entry.get("ids", {}).items():
            target = _pointer(schema, node.get("$ref"), f"{where}: ids.{id_name}")
            self.ids.append((id_name, _scalar(target, f"{where}: ids.{id_name}")))
        placeholders = [p.split("}")[0] for p in self.path.split("{")[1:]]
        if placeholders != [i for i, _ in self.ids]:
            raise TableError(f"{where}: the path's ids {placeholders} differ from ids {self.ids}")
        self.options: list[tuple[str, str, Any, str]] = []
        self.option_bounds: dict[str, tuple[Any, Any]] = {}
        for option, node in entry.get("query", {}).items():
            tp = _scalar(node, f"{where}: query.{option}")
            self.options.append((option, tp, node.get("default"), node.get("description", "")))
            if "minimum" in node or "maximum" in node:
                self.option_bounds[option] = (node.get("minimum"), node.get("maximum"))
        self.envelope: str = entry["envelope"]
        if self.envelope not in _ENVELOPES:
            raise TableError(
                f"{where}: envelope {self.envelope!r} is not one of {list(_ENVELOPES)}"
            )
        if self.envelope == "strings":
            # Lines of text: nothing to point at.
            if entry["returns"] != {"type": "array", "items": {"type": "string"}}:
                raise TableError(f"{where}: a strings envelope returns an array of strings")
            self.returns_def: JSON = {}
            self.returns = "str"
        else:
            returns = entry["returns"].get("$ref")
            self.returns_def = _pointer(schema, returns, f"{where}: returns")
            self.returns = _def_name(returns)
        self.filters: str | None = None
        self.metadata: str | None = None
        # The model whose rows the filters pick: what a search returns, or what the lines
        # of a filtered list are made from.
        self.rows: str | None = None
        rows_def: JSON = self.returns_def
        if "filters" in entry:
            ref = entry["filters"].get("$ref")
            filters = _pointer(schema, ref, f"{where}: filters")
            if "x-search" not in filters:
                raise TableError(f"{where}: filters must point at an x-search definition")
            self.filters = _def_name(ref)
            self.metadata = filters.get("x-metadata")
            if self.envelope == "page":
                self.rows = self.returns
            elif self.envelope == "strings" and "rows" in entry:
                rows_ref = entry["rows"].get("$ref")
                rows_def = _pointer(schema, rows_ref, f"{where}: rows")
                self.rows = _def_name(rows_ref)
            else:
                raise TableError(
                    f"{where}: filters go with a page envelope, or with a strings envelope "
                    "and the rows they pick"
                )
        if self.envelope == "page" and self.filters is None:
            raise TableError(f"{where}: a page envelope goes with filters")
        key = entry.get("key")
        # One field, or several whose values together identify a row.
        self.key: tuple[str, ...] | None = (
            None if key is None else (key,) if isinstance(key, str) else tuple(key)
        )
        if (self.envelope == "page") != (self.key is not None):
            raise TableError(f"{where}: a page envelope goes with a row key, and only it")
        for field in self.key or ():
            if field not in rows_def.get("properties", {}):
                raise TableError(f"{where}: key {field!r} is no field of {self.returns}")
        self.text_rows: str | None = entry.get("text_rows")
        if self.text_rows is not None and (
            self.envelope != "page" or self.text_rows not in rows_def.get("properties", {})
        ):
            raise TableError(f"{where}: text_rows names the field a bare-text row of a page fills")
        self.body: str | None = None
        self.fields: str | None = None
        self.positional: list[tuple[str, str]] = []
        if "body" in entry:
            ref = entry["body"].get("$ref")
            body = _pointer(schema, ref, f"{where}: body")
            self.body = _def_name(ref)
            self.fields = body.get("x-kwargs")
            if self.fields is None:
                raise TableError(f"{where}: the body {self.body} needs x-kwargs (its TypedDict)")
            for field in body.get("x-positional", ()):
                prop = body["properties"].get(field)
                if prop is None or field not in body.get("required", ()):
                    raise TableError(f"{where}: x-positional {field!r} is no required body field")
                self.positional.append((field, _plain_type(prop, f"{where}: {field}")))
        self.body_min_fields: int = entry.get("body_min_fields", 0)
        for flag in _FLAGS:
            if not isinstance(entry.get(flag, False), bool):
                raise TableError(f"{where}: {flag} must be true or false")
        self.spends_money: bool = entry.get("spends_money", False)
        self.message: str | None = entry.get("message")
        if self.message is not None and not isinstance(self.message, str):
            raise TableError(f"{where}: message is the API's success message, as text")
        self.destroys: bool = entry.get("destroys", False)
        self.advice: str | None = entry.get("advice")
        self.retry_safe: bool = entry["retry_safe"]
        self.handwritten: bool = entry.get("handwritten", False)
        self.summary: str = entry["summary"]
        # null: the API docs have no page for it (known from the peer SDK only).
        self.doc: str | None = entry["doc"]
        if self.doc is not None and not self.doc.startswith("https://"):
            raise TableError(f"{where}: doc must be a documentation URL, or null for none")

    @property
    def constant(self) -> str:
        """The declaration's module-level name (``SERVICES_RETRIEVE``)."""
        return self.name.replace(".", "_").upper()

    @property
    def returned(self) -> str:
        """The method's return annotation."""
        if self.envelope == "page":
            return f"AsyncPaginator[{self.returns}]"
        if self.envelope == "created":
            return f"Created[{self.returns}]"
        if self.envelope in ("strings", "list"):
            return f"list[{self.returns}]"
        return self.returns


def class_name(resource: str) -> str:
    """The async resource class of ``resource`` (``services`` -> ``ServicesResource``)."""
    return "".join(part.capitalize() for part in resource.split("_")) + "Resource"


def _declaration(op: Operation) -> str:
    fields = [
        f"name={op.name!r}",
        f"method={op.method!r}",
        f"path={op.path!r}",
        f"returns={op.returns}",
        f"envelope=Envelope.{_ENVELOPES[op.envelope]}",
        f"retry_safe={op.retry_safe}",
    ]
    if op.ids:
        fields.append("ids=(" + "".join(f"({n!r}, {t}), " for n, t in op.ids) + ")")
    if op.options:
        fields.append(
            "options={" + ", ".join(f"{n!r}: ({t}, {d!r})" for n, t, d, _ in op.options) + "}"
        )
    if op.option_bounds:
        fields.append(f"option_bounds={op.option_bounds!r}")
    for name, value in (("filters", op.filters), ("rows", op.rows), ("body", op.body)):
        if value is not None:
            fields.append(f"{name}={value}")
    for name, value in (
        ("body_min_fields", op.body_min_fields or None),
        ("metadata", op.metadata),
        ("key", op.key),
        ("text_rows", op.text_rows),
        ("spends_money", op.spends_money or None),
        ("destroys", op.destroys or None),
        ("advice", op.advice),
        ("message", op.message),
    ):
        if value is not None:
            fields.append(f"{name}={value!r}")
    fields += [f"summary={op.summary!r}", f"doc={op.doc!r}"]
    body = "".join(f"    {f},\n" for f in fields)
    # The type a call of the endpoint gives (for a search: the row's, page by page).
    given = op.returns if op.envelope == "page" else op.returned
    return f"{op.constant}: Final[Endpoint[{given}]] = Endpoint(\n{body})\n"


def docstring(op: Operation) -> str:
    """The method's docstring, indented for a method body."""
    notes = [f"``{op.method} {op.path}``."]
    if op.spends_money:
        notes.append("Spends money: sent at most once, never resent after it may have arrived.")
    if op.destroys:
        notes.append("Cannot be undone.")
    if op.envelope == "page":
        notes.append("Nothing is sent until the paginator is used.")
    if op.doc is None:
        notes.append("Docs: none; the API's docs do not describe it (known from the peer SDK).")
    else:
        notes.append(f"Docs: {op.doc}")
    lines = "\n\n        ".join(notes)
    return f'        """{op.summary}\n\n        {lines}\n        """\n'


_COMMON = (
    "        timeout: Timeout | None = None,\n"
    "        extra_query: Mapping[str, object] | None = None,\n"
    "        extra_headers: Mapping[str, str] | None = None,\n"
)
_PASS_COMMON = "timeout=timeout, extra_query=extra_query, extra_headers=extra_headers"


def signature(op: Operation) -> str:
    """The method's parameters, one per line (``self`` first), as both clients declare them."""
    params = ["        self,\n"]
    params += [f"        {name}: {tp},\n" for name, tp in op.ids]
    params += [f"        {name}: {tp},\n" for name, tp in op.positional]
    params.append("        *,\n")
    params += [
        f"        {n}: {t if d is not None else t + ' | None'} = {d!r},\n"
        for n, t, d, _ in op.options
    ]
    if op.metadata:
        params.append("        metadata: Mapping[str, str | int | float | bool] | None = None,\n")
    params.append(_COMMON)
    if op.filters:
        params.append(f"        **filters: Unpack[{op.filters}],\n")
    elif op.fields:
        params.append(f"        **fields: Unpack[{op.fields}],\n")
    return "".join(params)


def _method(op: Operation) -> str:
    signature_text = signature(op)
    if op.envelope == "page":
        extra = ", metadata=metadata" if op.metadata else ""
        call = f"return self._core.paginate({op.constant}, filters{extra}, {_PASS_COMMON})"
        head = f"    def {op.method_name}(\n{signature_text}    ) -> {op.returned}:\n"
    else:
        args = [op.constant]
        if op.ids:
            args.append("ids={" + ", ".join(f"{n!r}: {n}" for n, _ in op.ids) + "}")
        if op.options:
            args.append("options={" + ", ".join(f"{n!r}: {n}" for n, *_ in op.options) + "}")
        if op.filters:
            args.append("filters=filters")
        if op.fields and op.positional:
            given = ", ".join(f"{n!r}: {n}" for n, _ in op.positional)
            args.append(f"body={{{given}, **fields}}")
        elif op.fields:
            args.append("body=fields")
        call = f"return await self._core.call({', '.join(args)}, {_PASS_COMMON})"
        head = f"    async def {op.method_name}(\n{signature_text}    ) -> {op.returned}:\n"
    return head + docstring(op) + f"        {call}\n"


def _plain_type(prop: JSON, where: str) -> str:
    """The Python type of a plain schema property (a string, an integer or a list of them)."""
    plain = {"string": "str", "integer": "int", "boolean": "bool"}
    kind = prop.get("type")
    if kind == "array" and prop.get("items", {}).get("type") in plain:
        return f"list[{plain[prop['items']['type']]}]"
    if kind in plain:
        return plain[kind]
    raise TableError(f"{where}: a positional field must be a string, integer or a list of them")


def load_operations(table: JSON, schema: JSON) -> list[Operation]:
    """Every entry of the table, checked against the schema."""
    ops = [Operation(entry, schema, table["resources"]) for entry in table["operations"]]
    names = [op.name for op in ops]
    if len(set(names)) != len(names):
        raise TableError("operations.json: an operation is listed twice")
    return ops


def render_resources(table: JSON, ops: list[Operation]) -> str:
    """The text of ``byteful_async/resources/_generated.py`` (before formatting)."""
    resources: JSON = table["resources"]
    handwritten = {op.resource for op in ops if op.handwritten}
    models = sorted(
        {op.returns for op in ops if op.returns != "str"}
        | {n for op in ops for n in (op.filters, op.rows, op.body, op.fields) if n is not None}
    )
    out = [
        HEADER,
        '"""The endpoint declarations, resource classes and manifest of every operation."""\n\n',
        "from __future__ import annotations\n\n",
        "from collections.abc import Mapping\n",
        "from typing import Any, Final, Unpack\n\n",
        "from byteful_async._calls._endpoint import Created, Endpoint, Envelope\n",
        "from byteful_async._calls._pagination import AsyncPaginator\n",
        "from byteful_async._sending._transport import Timeout\n",
        "from byteful_async.models import (\n" + "".join(f"    {m},\n" for m in models) + ")\n",
        "from byteful_async.resources._base import Resource\n\n",
    ]
    out.append("\n# -- declarations " + "-" * 76 + "\n\n")
    out += [_declaration(op) + "\n" for op in ops]
    out.append("OPERATIONS: Final[tuple[Endpoint[Any], ...]] = (\n")
    out += [f"    {op.constant},\n" for op in ops]
    out.append(")\n")
    out.append('"""Every operation of the API, in the table\'s order: the manifest."""\n\n')
    out.append("\n# -- resources " + "-" * 79 + "\n\n")
    for resource, description in resources.items():
        members = [op for op in ops if op.resource == resource and not op.handwritten]
        # A resource with hand-written methods is finished by a subclass of this base.
        suffix = "Base" if resource in handwritten else ""
        out.append(f"class {class_name(resource)}{suffix}(Resource):\n")
        out.append(f'    """{description}"""\n\n')
        out += [_method(op) + "\n" for op in members]
        if not members:
            out.append("    pass\n\n")
        out.append("\n")
    exported = ["OPERATIONS"]
    exported += [class_name(r) + ("Base" if r in handwritten else "") for r in resources]
    names = sorted(exported, key=lambda n: (not n.isupper(), n))  # constants, then classes
    out.append("\n__all__ = [\n" + "".join(f"    {n!r},\n" for n in names) + "]\n")
    return "".join(out)


def render_attributes(table: JSON, ops: list[Operation]) -> str:
    """The text of ``byteful_async/resources/_attributes.py``: the client's resources.

    Apart from the declarations, so that it can import the hand-written resources, which
    import the generated bases: every import points one way.
    """
    resources: JSON = table["resources"]
    handwritten = {op.resource for op in ops if op.handwritten}
    out = [
        HEADER,
        '"""The client\'s resource attributes: one per resource, each made on first use."""\n\n',
        "from __future__ import annotations\n\n",
        "from functools import cached_property\n",
        "from typing import Final\n\n",
        "from byteful_async._calls._core import Core\n",
    ]
    out += [
        f"from byteful_async.resources._{r} import {class_name(r)}\n" for r in sorted(handwritten)
    ]
    plain = [class_name(r) for r in resources if r not in handwritten]
    out.append(
        "from byteful_async.resources._generated import (\n"
        + "".join(f"    {c},\n" for c in plain)
        + ")\n\n\n"
    )
    out.append("class ResourceAttributes:\n")
    out.append('    """The client\'s resources, each made on first use."""\n\n')
    out.append("    _core: Core\n\n")
    for resource in resources:
        cls = class_name(resource)
        out.append(f"    @cached_property\n    def {resource}(self) -> {cls}:\n")
        out.append(f'        """{resources[resource]}"""\n')
        out.append(f"        return {cls}(self._core)\n\n")
    out.append(
        "\n#: The client attributes that hold resources.\n"
        "RESOURCE_NAMES: Final = (\n" + "".join(f"    {r!r},\n" for r in resources) + ")\n"
    )
    out.append('\n__all__ = ["RESOURCE_NAMES", "ResourceAttributes"]\n')
    return "".join(out)


def _bounds_of(node: JSON) -> tuple[Any, Any] | None:
    low, high = node.get("minimum"), node.get("maximum")
    return None if low is None and high is None else (low, high)


def render_bounds(expanded: JSON) -> str:
    """The text of ``byteful_async/models/_bounds.py`` from the expanded schema."""
    found: dict[str, dict[str, tuple[Any, Any]]] = {}
    for name, definition in expanded["$defs"].items():
        for field, node in definition.get("properties", {}).items():
            bounds = _bounds_of(node)
            if bounds is not None:
                found.setdefault(name, {})[field] = bounds
    choices: dict[str, dict[str, list[str]]] = {}
    for name, definition in expanded["$defs"].items():
        for field, node in definition.get("properties", {}).items():
            if "x-choices" in node:
                choices.setdefault(name, {})[field] = node["x-choices"]
    per_page = {b[1] for fields in found.values() for f, b in fields.items() if f == "per_page"}
    if len(per_page) != 1:
        raise TableError(f"codegen: every search must share one per_page maximum, not {per_page}")
    lines = [
        HEADER.replace("operations.json", "byteful.schema.json").replace(
            "change the table\n# (or the schema)", "change the\n# schema"
        ),
        '"""Bounded numbers, and parameters with a closed set of values, of the schema."""\n\n',
        "from typing import Final\n\n",
        f"MAX_PER_PAGE: Final = {per_page.pop()}\n",
        '"""The largest page a search returns (and its default size)."""\n\n',
        "BOUNDS: Final[dict[str, dict[str, tuple[int | None, int | None]]]] = {\n",
    ]
    lines += _nested_dict(found)
    lines.append('"""Model -> field -> (minimum, maximum), None where open."""\n\n')
    lines.append("CHOICES: Final[dict[str, dict[str, tuple[str, ...]]]] = {\n")
    lines += _nested_dict({n: {f: tuple(c) for f, c in fs.items()} for n, fs in choices.items()})
    lines.append('"""Model -> field -> the only values it takes (x-closed in the schema)."""\n\n')
    for key, name, doc in (
        ("x-exactly-one-of", "EXACTLY_ONE_OF", "exactly one of each group"),
        ("x-one-or-more-of", "ONE_OR_MORE_OF", "at least one of each group"),
    ):
        groups = {
            model: tuple(tuple(group) for group in definition[key])
            for model, definition in expanded["$defs"].items()
            if key in definition
        }
        lines.append(f"{name}: Final[dict[str, tuple[tuple[str, ...], ...]]] = {{\n")
        lines += [f"    {model!r}: {groups[model]!r},\n" for model in sorted(groups)]
        lines.append("}\n")
        lines.append(f'"""Body model -> groups of fields, {doc} ({key})."""\n\n')
    return "".join(lines).rstrip("\n") + "\n"


def _nested_dict(table: dict[str, dict[str, Any]]) -> list[str]:
    """The body of a ``{model: {field: value}}`` literal, sorted, and its closing brace."""
    lines = []
    for name in sorted(table):
        lines.append(f"    {name!r}: {{\n")
        lines += [f"        {f!r}: {v!r},\n" for f, v in sorted(table[name].items())]
        lines.append("    },\n")
    return [*lines, "}\n"]


def load_table() -> JSON:
    """The operations table as JSON."""
    return json.loads(OPERATIONS.read_text())  # type: ignore[no-any-return]


README_BEGIN = "<!-- endpoints: generated from schema/operations.json by `make codegen` -->\n"
README_END = "<!-- endpoints: end -->\n"


def render_endpoint_table(ops: list[Operation]) -> str:
    """The table of every operation in docs/resources.md, between its markers."""
    rows = [
        "| call | request | effect | returns |\n",
        "| --- | --- | --- | --- |\n",
    ]
    for op in ops:
        args = [name for name, _ in op.ids]
        args += [f"{name}={default!r}" for name, _, default, _ in op.options]
        if op.filters:
            args.append("**filters")
        elif op.fields or op.handwritten:
            args.append("**fields" if op.fields and not op.handwritten else "...")
        call = f"[`{op.name}({', '.join(args)})`](resources/{op.resource}.md#{op.method_name})"
        effect = (
            "**spends money**"
            if op.spends_money
            else "**destroys**"
            if op.destroys
            else "read"
            if op.retry_safe
            else "write"
        )
        request = f"`{op.method} {op.path.removeprefix('/public/user')}`"
        if op.doc is not None:
            request = f"[{request}]({op.doc})"
        rows.append(f"| {call} | {request} | {effect} | `{op.returned}` |\n")
    return README_BEGIN + "".join(rows) + README_END


def with_endpoint_table(readme: str, table_text: str) -> str:
    """``readme`` with the text between the endpoint markers replaced by ``table_text``."""
    start = readme.index(README_BEGIN)
    end = readme.index(README_END) + len(README_END)
    return readme[:start] + table_text + readme[end:]
