"""A compiled structure function per generated model: the decoder's hot path.

cattrs' generated functions call one hook per field and build the object through attrs'
frozen ``__init__`` (an ``object.__setattr__`` per field). For a 100-row ledger page that
is most of the decode time. Here each model gets one function that

* checks ``str``/``int``/``float``/``bool`` fields inline, with the converter's strict rules,
  and inlines the common cases of dates, datetimes and open enums;
* reads ``None``, an absent key and the string ``"null"`` as ``None`` on nullable fields;
* hands every other type (lists, mappings, nested models) to the converter's own hook;
* keeps unknown keys in ``extra``;
* fills the slots through their descriptors, which is what the frozen ``__init__`` does,
  minus the per-field indirection. That is only sound for classes with no validators,
  converters or ``__attrs_post_init__``; :func:`compile_structure` refuses any other.

A failure here carries no explanation: the caller re-runs the input through cattrs'
detailed validation to name the field (see ``_converter.structure``).
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs

from byteful_async._types import PRIMITIVES, is_nullable, open_enum_of, without_none

StructureHook = Callable[[Any, Any], Any]


class FastPathMiss(Exception):
    """The input does not fit; the caller asks the detailed converter why."""


def _inline(
    var: str, tp: Any, i: int, env: dict[str, Any], hook_for: Callable[[Any], StructureHook]
) -> list[str]:
    """Lines that turn the JSON value in `var` into a `tp`, or raise."""
    if tp is float:
        return [
            f"if type({var}) is int: {var} = float({var})",
            f"elif type({var}) is not float: raise __miss",
        ]
    if tp in PRIMITIVES:
        return [f"if type({var}) is not {tp.__name__}: raise __miss"]
    env[f"__h{i}"] = hook_for(tp)
    env[f"__t{i}"] = tp
    general = f"{var} = __h{i}({var}, __t{i})"
    if tp is datetime:
        # The API's usual zone-less spelling (19 characters) means UTC; others take the hook.
        return [
            f"if type({var}) is str and len({var}) == 19:",
            f'    {var} = __datetime_from_iso({var} + "+00:00")',
            "else:",
            f"    {general}",
        ]
    if tp is date:
        return [f"if type({var}) is not str: raise __miss", f"{var} = __date_from_iso({var})"]
    enum_type = open_enum_of(tp)
    if enum_type is not None:
        env[f"__members{i}"] = enum_type._value2member_map_
        return [
            f"if type({var}) is not str: raise __miss",
            f"{var} = __members{i}.get({var}, {var})",
        ]
    return [general]


def compile_structure(cls: type, hook_for: Callable[[Any], StructureHook]) -> StructureHook:
    """Build the structure function for one generated model.

    Args:
        cls: A generated attrs model (frozen, slotted, with an ``extra`` field).
        hook_for: Returns the converter's structure hook for a field type.

    """
    if getattr(cls, "__attrs_post_init__", None) is not None:
        raise TypeError(f"{cls.__name__} has __attrs_post_init__; the fast path would skip it")
    hints = typing.get_type_hints(cls)
    fields = [f for f in attrs.fields(cls) if f.name != "extra"]
    for field in fields:
        if field.validator is not None or field.converter is not None:
            raise TypeError(f"{cls.__name__}.{field.name} has a validator or converter")
    env: dict[str, Any] = {
        "__cls": cls,
        "__new": object.__new__,
        "__miss": FastPathMiss,
        "__known": frozenset(f.name for f in fields),
        "__set_extra": cls.extra.__set__,  # type: ignore[attr-defined]
        "__datetime_from_iso": datetime.fromisoformat,
        "__date_from_iso": date.fromisoformat,
    }
    lines = ["def structure(o, _):", "    if type(o) is not dict: raise __miss"]
    for i, field in enumerate(fields):
        var = f"v{i}"
        tp = hints[field.name]
        env[f"__set{i}"] = getattr(cls, field.name).__set__
        required = field.default is attrs.NOTHING
        lines.append(
            f"    {var} = o[{field.name!r}]" if required else f"    {var} = o.get({field.name!r})"
        )
        convert = _inline(var, without_none(tp), i, env, hook_for)
        if is_nullable(tp):
            lines += [
                f'    if {var} is None or {var} == "null":',
                f"        {var} = None",
                "    else:",
            ]
            lines += ["        " + line for line in convert]
        else:
            lines += ["    " + line for line in convert]
    lines.append("    obj = __new(__cls)")
    lines += [f"    __set{i}(obj, v{i})" for i in range(len(fields))]
    lines += [
        "    if o.keys() <= __known:",
        "        __set_extra(obj, {})",
        "    else:",
        "        __set_extra(obj, {k: v for k, v in o.items() if k not in __known})",
        "    return obj",
    ]
    code = compile("\n".join(lines), f"<byteful_async fast structure {cls.__qualname__}>", "exec")
    exec(code, env)
    function: StructureHook = env["structure"]
    function.__doc__ = f"Structure a {cls.__name__} (compiled by byteful_async._fast_structure)."
    return function
