"""A compiled structure function per generated model: the decoder's hot path.

cattrs' generated functions call one hook per field and build the object through attrs'
frozen ``__init__`` (an ``object.__setattr__`` per field). For a 100-row ledger page that
is most of the decode time. Here each model gets one function that

* checks ``str``/``int``/``float``/``bool`` fields inline, with the converter's strict rules,
  and inlines the common cases of dates, datetimes and open enums;
* reads ``None`` and the string ``"null"`` as ``None`` on nullable fields, and gives an
  absent optional field its declared default;
* hands every other type (lists, mappings, nested models) to the converter's own hook;
* keeps unknown keys in ``extra`` (a row without any shares the one empty ``NO_EXTRA``);
* for ``list[Model]`` (every search page) runs the row code inside one loop, so a page
  costs one call instead of one per row;
* fills the slots of a plain twin of the class (same slots, not frozen: plain attribute
  stores, which the interpreter specialises) and then makes the object an instance of the
  model by assigning ``__class__``, which Python allows between classes of one layout. It
  is checked once per class; a class whose layout does not allow it (one with a
  ``__weakref__`` slot) is filled through its slot descriptors instead, which is what the
  frozen ``__init__`` does minus the per-field indirection. Either is only sound for
  classes with no validators, converters or ``__attrs_post_init__``;
  :func:`compile_structure` refuses any other.

A failure here carries no explanation: the caller re-runs the input through cattrs'
detailed validation to name the field (see ``_converter.structure``).
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs

from byteful_async._basics._types import PRIMITIVES, is_nullable, open_enum_of, without_none
from byteful_async.models._extra import NO_EXTRA

StructureHook = Callable[[Any, Any], Any]
_ABSENT = object()
_FACTORY: type[Any] = type(attrs.Factory(list))  # the stubs call Factory a function


#: Dates already parsed, by their text. A ledger page holds a handful of distinct days, so
#: most rows find theirs here (a dict lookup against a parse); dates are immutable, so rows
#: may share one. Emptied when it grows past `_MOST_DATES`.
_DATES: dict[str, date] = {}
_MOST_DATES = 4096


def _date_of(text: str) -> date:
    """Parse an ISO date and remember it."""
    value = date.fromisoformat(text)
    if len(_DATES) >= _MOST_DATES:
        _DATES.clear()
    _DATES[text] = value
    return value


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
        return [
            f"if type({var}) is not str: raise __miss",
            f"{var} = __dates.get({var}) or __date_of({var})",
        ]
    enum_type = open_enum_of(tp)
    if enum_type is not None:
        env[f"__members{i}"] = enum_type._value2member_map_
        return [
            f"if type({var}) is not str: raise __miss",
            f"{var} = __members{i}.get({var}, {var})",
        ]
    return [general]


def _checked_model(cls: type) -> tuple[dict[str, Any], list[attrs.Attribute[Any]]]:
    if getattr(cls, "__attrs_post_init__", None) is not None:
        raise TypeError(f"{cls.__name__} has __attrs_post_init__; the fast path would skip it")
    fields = [f for f in attrs.fields(cls) if f.name != "extra"]
    for field in fields:
        if field.validator is not None or field.converter is not None:
            raise TypeError(f"{cls.__name__}.{field.name} has a validator or converter")
    return typing.get_type_hints(cls), fields


def _default(field: attrs.Attribute[Any], i: int, env: dict[str, Any]) -> str:
    """An expression for the value of an optional field the row left out."""
    default: Any = field.default
    if isinstance(default, _FACTORY):
        if default.takes_self:
            raise TypeError(f"{field.name}: a default that takes self is not supported")
        env[f"__factory{i}"] = default.factory
        return f"__factory{i}()"
    env[f"__default{i}"] = default
    return f"__default{i}"


def _row_lines(
    cls: type, hook_for: Callable[[Any], StructureHook], env: dict[str, Any]
) -> list[str]:
    """Lines turning the dict in ``o`` into a ``cls`` in ``obj`` (or raising ``__miss``)."""
    hints, fields = _checked_model(cls)
    env.update(
        __cls=cls,
        __new=object.__new__,
        __miss=FastPathMiss,
        __absent=_ABSENT,
        __known=frozenset(f.name for f in fields),
        __set_extra=cls.extra.__set__,  # type: ignore[attr-defined]
        __no_extra=NO_EXTRA,
        __datetime_from_iso=datetime.fromisoformat,
        __dates=_DATES,
        __date_of=_date_of,
    )
    lines = ["if type(o) is not dict: raise __miss", "missing = 0"]
    for i, field in enumerate(fields):
        var = f"v{i}"
        tp = hints[field.name]
        env[f"__set{i}"] = getattr(cls, field.name).__set__
        convert = _inline(var, without_none(tp), i, env, hook_for)
        if is_nullable(tp):
            convert = [f'if {var} is None or {var} == "null":', f"    {var} = None", "else:"] + [
                "    " + line for line in convert
            ]
        if field.default is attrs.NOTHING:
            lines.append(f"{var} = o[{field.name!r}]")
            lines += convert
            continue
        lines += [
            f"{var} = o.get({field.name!r}, __absent)",
            f"if {var} is __absent:",
            "    missing += 1",
            f"    {var} = {_default(field, i, env)}",
            "else:",
        ]
        lines += ["    " + line for line in convert]
    # Every key was looked up once, so the row has unknown keys exactly when it has more
    # keys than the fields it set from it; cheaper than comparing key sets per row.
    extra = [
        f"if len(o) + missing == {len(fields)}:",
        "    extra = __no_extra",
        "else:",
        "    extra = {k: v for k, v in o.items() if k not in __known}",
    ]
    twin = _twin(cls)
    if twin is None:
        lines += ["obj = __new(__cls)", *(f"__set{i}(obj, v{i})" for i in range(len(fields)))]
        lines += [*extra, "__set_extra(obj, extra)"]
        return lines
    env["__twin"] = twin
    lines += ["obj = __new(__twin)", *(f"obj.{f.name} = v{i}" for i, f in enumerate(fields))]
    lines += [*extra, "obj.extra = extra", "obj.__class__ = __cls"]
    return lines


def _twin(cls: type) -> type | None:
    """A plain slotted class laid out as ``cls``, whose instances may become ``cls`` objects.

    None when Python refuses the ``__class__`` assignment for this layout (a class with a
    ``__weakref__`` slot, on 3.11), which the probe here finds out once.
    """
    slots = getattr(cls, "__slots__", None)
    if cls.__bases__ != (object,) or not isinstance(slots, tuple) or "__weakref__" in slots:
        return None
    twin = type(f"{cls.__name__}Filling", (), {"__slots__": slots})
    probe: Any = object.__new__(twin)
    try:
        probe.__class__ = cls
    except TypeError:
        return None
    return twin


def _compile(source: list[str], env: dict[str, Any], name: str) -> StructureHook:
    code = compile("\n".join(source), f"<byteful_async fast structure {name}>", "exec")
    exec(code, env)
    function: StructureHook = env["structure"]
    return function


def compile_structure(cls: type, hook_for: Callable[[Any], StructureHook]) -> StructureHook:
    """Build the structure function for one generated model.

    Args:
        cls: A generated attrs model (frozen, slotted, with an ``extra`` field).
        hook_for: Returns the converter's structure hook for a field type.

    """
    env: dict[str, Any] = {}
    body = _row_lines(cls, hook_for, env)
    source = ["def structure(o, _):"] + ["    " + line for line in body] + ["    return obj"]
    function = _compile(source, env, cls.__qualname__)
    function.__doc__ = (
        f"Structure a {cls.__name__} (compiled by byteful_async._calls._fast_structure)."
    )
    return function


def compile_list_structure(cls: type, hook_for: Callable[[Any], StructureHook]) -> StructureHook:
    """Build the structure function for ``list[cls]``: one loop, no call per row.

    A search page is a list of one model, so this is the function a page decode runs.
    """
    env: dict[str, Any] = {}
    body = _row_lines(cls, hook_for, env)
    source = [
        "def structure(rows, _):",
        "    if type(rows) is not list: raise __miss",
        "    out = []",
        "    append = out.append",
        "    for o in rows:",
        *["        " + line for line in body],
        "        append(obj)",
        "    return out",
    ]
    function = _compile(source, env, f"list[{cls.__qualname__}]")
    function.__doc__ = f"Structure a list of {cls.__name__} (compiled by _fast_structure)."
    return function
