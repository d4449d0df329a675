"""Turn the hand-written schema into the schema datamodel-code-generator is given.

The hand-written schema states each fact once. This step derives what follows from it:

* enums are open: a property typed by an enum also accepts any string, so a value the
  API adds later decodes to a plain ``str`` instead of failing;
* each ``x-search`` definition (the query parameters of one search endpoint) is expanded
  into every operator variant the API accepts, plus ``page``, ``per_page`` and ``sort_by``;
  a parameter marked ``x-closed`` takes only its enum's values (``x-choices``);
* ``$ref``s that point at another object's property are inlined, so a filter has the
  same type as the field it filters;
* a request body marked ``x-kwargs`` also gets a TypedDict of the same fields (less those
  listed in ``x-positional``, which the method takes positionally), so the method
  that sends it can take them as typed keyword arguments (``**fields: Unpack[...]``).

It also returns the per-class template data: which definitions render as TypedDicts.
"""

from __future__ import annotations

import copy
from typing import Any

JSON = dict[str, Any]

PER_PAGE_MAX = 100
"""The documented maximum page size."""

_RANGE_FORMATS = {"date", "date-time"}


def _pointer(schema: JSON, ref: str) -> JSON:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported, got {ref!r}")
    node: Any = schema
    for part in ref[2:].split("/"):
        node = node[part]
    if not isinstance(node, dict):
        raise ValueError(f"$ref {ref!r} does not point at a schema object")
    return node


def _is_enum_ref(schema: JSON, node: JSON) -> bool:
    ref = node.get("$ref")
    return isinstance(ref, str) and "enum" in _pointer(schema, ref)


def _open_enum(schema: JSON, prop: JSON) -> JSON:
    """Widen every enum reference in a property to 'that enum or any string'."""
    if _is_enum_ref(schema, prop):
        widened = {k: v for k, v in prop.items() if k != "$ref"}
        widened["anyOf"] = [{"$ref": prop["$ref"]}, {"type": "string"}]
        return widened
    if "anyOf" in prop:
        options: list[JSON] = []
        for option in prop["anyOf"]:
            options.append(option)
            if _is_enum_ref(schema, option):
                options.append({"type": "string"})
        return {**prop, "anyOf": options}
    return prop


def _resolve_property(schema: JSON, prop: JSON) -> JSON:
    """Inline a $ref to another object's property, keeping a local description."""
    ref = prop.get("$ref")
    if isinstance(ref, str) and "/properties/" in ref:
        target = copy.deepcopy(_pointer(schema, ref))
        target.update({k: v for k, v in prop.items() if k != "$ref"})
        return target
    return dict(prop)


def _non_null(prop: JSON) -> JSON:
    """Drop null from a filter's type: a filter value is never null."""
    prop = dict(prop)
    kind = prop.get("type")
    if isinstance(kind, list):
        rest = [t for t in kind if t != "null"]
        prop["type"] = rest[0] if len(rest) == 1 else rest
    if "anyOf" in prop:
        options = [o for o in prop["anyOf"] if o.get("type") != "null"]
        if len(options) == 1:
            del prop["anyOf"]
            prop.update(options[0])
        else:
            prop["anyOf"] = options
    return prop


def _operators(schema: JSON, prop: JSON) -> list[str]:
    """List the operator prefixes the API accepts for a parameter of this type."""
    if "x-operators" in prop:
        return list(prop["x-operators"])
    if _is_enum_ref(schema, prop):
        return ["not_"]
    kind = prop.get("type")
    if kind in ("integer", "number") or prop.get("format") in _RANGE_FORMATS:
        return ["not_", "min_", "max_"]
    if kind == "string":
        return ["not_", "like_"]
    return ["not_"]


_OPERATOR_DOCS = {
    "": "Equal to: {}",
    "not_": "Not equal to: {}",
    "min_": "At least (inclusive): {}",
    "max_": "At most (inclusive): {}",
    "like_": "Case-insensitive match, % as the wildcard: {}",
}


def _expand_search(schema: JSON, definition: JSON) -> JSON:
    properties: JSON = {}
    for name, raw in definition["properties"].items():
        prop = _non_null(_resolve_property(schema, raw))
        operators = _operators(schema, prop)
        prop.pop("x-operators", None)
        description = prop.pop("description", name).rstrip(".")
        closed = prop.pop("x-closed", False)
        value = _open_enum(schema, prop)
        if closed:
            # Typed like any enum filter, but only the listed values mean anything: the
            # argument check refuses the rest before sending.
            value["x-choices"] = list(_pointer(schema, prop["$ref"])["enum"])
        for operator in ["", *operators]:
            doc = _OPERATOR_DOCS[operator].format(description[0].lower() + description[1:])
            properties[operator + name] = {**value, "description": doc + "."}
    properties["page"] = {
        "type": "integer",
        "minimum": 1,
        "description": "Page number, from 1. The paginators set it; pass it to start elsewhere.",
    }
    properties["per_page"] = {
        "type": "integer",
        "minimum": 1,
        "maximum": PER_PAGE_MAX,
        "description": f"Rows per page, 1 to {PER_PAGE_MAX} (the API's default and maximum).",
    }
    properties["sort_by"] = {
        "type": "string",
        "description": "A field name, optionally ending _asc or _desc; or random (never paged).",
    }
    expanded = {k: v for k, v in definition.items() if k not in ("x-search", "x-metadata")}
    expanded["properties"] = properties
    # Every key is optional at call time; marking them required only keeps None out of the hints.
    expanded["required"] = list(properties)
    return expanded


def _kwargs_of(schema: JSON, name: str, definition: JSON) -> JSON:
    # Fields taken positionally (x-positional) are parameters of their own, not keywords.
    positional = set(definition.get("x-positional", ()))
    properties = {
        field: _open_enum(schema, _non_null(prop))
        for field, prop in definition["properties"].items()
        if field not in positional
    }
    return {
        "type": "object",
        "description": f"The fields of {name}, as keyword arguments.",
        "properties": properties,
        # As for filters: "required" here only keeps None out of the hints.
        "required": list(properties),
    }


def expand(schema: JSON) -> tuple[JSON, JSON]:
    """Return the generator's input schema and its per-class template data."""
    out = copy.deepcopy(schema)
    template_data: JSON = {}
    for name, definition in schema["$defs"].items():
        if "x-search" in definition:
            out["$defs"][name] = _expand_search(schema, definition)
            template_data[name] = {"typed_dict": True}
        elif "properties" in definition:
            out["$defs"][name]["properties"] = {
                field: _open_enum(schema, prop) for field, prop in definition["properties"].items()
            }
            out["$defs"][name].pop("x-kwargs", None)
            out["$defs"][name].pop("x-positional", None)
        if "x-kwargs" in definition:
            kwargs_name = definition["x-kwargs"]
            out["$defs"][kwargs_name] = _kwargs_of(schema, name, definition)
            template_data[kwargs_name] = {
                "typed_dict": True,
                "kwargs_of": name,
                "required_keys": definition.get("required", []),
            }
    return out, template_data
