"""The one cattrs converter: API JSON <-> the generated attrs models.

Rules it applies, beyond cattrs' defaults:

* primitives are strict: an ``int`` field takes an int (not ``True``, not ``"12"``, not
  ``12.7``), so money and byte counts are never silently coerced;
* ``*_datetime`` values in either API spelling (``2023-04-01 12:00:00`` or
  ``2023-11-07T05:31:56Z``) become UTC-aware ``datetime``; ``YYYY-MM-DD`` becomes ``date``;
* on a nullable field, ``null``, an absent key and the literal string ``"null"`` all give ``None``;
* an enum field keeps a value it does not know as a plain ``str`` (the models type these
  fields ``SomeEnum | str``);
* keys the schema does not describe are kept, verbatim, in the model's ``extra`` mapping;
* unstructuring writes the API's own spelling back (``YYYY-MM-DD HH:MM:SS`` in UTC), omits
  ``None`` fields, and puts ``extra`` back.

Every decoding failure surfaces as :class:`~byteful_async.ResponseDecodeError`, naming the
model and the field path.
"""

from __future__ import annotations

import enum
import reprlib
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from byteful_async._basics._exceptions import ResponseDecodeError
from byteful_async._basics._types import (
    PRIMITIVES,
    is_nullable,
    open_enum_of,
    union_args,
    without_none,
)
from byteful_async._calls._fast_structure import compile_list_structure, compile_structure

T = TypeVar("T")


class _Mismatch(TypeError):
    """A value of the wrong type or shape; formatted (and redacted) by the error translator."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value


_CONTAINER_REPR = reprlib.Repr()
_CONTAINER_REPR.maxlevel = 3  # a value nested 1,000 deep must not exhaust the stack


def _short_repr(value: object, limit: int = 60) -> str:
    text = _CONTAINER_REPR.repr(value) if isinstance(value, list | dict) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -- primitives -----------------------------------------------------------------------------


def _exactly(tp: type[T]) -> Callable[[object, Any], T]:
    """Make a hook that takes only values whose type is exactly `tp` (no bool for int, no "12")."""

    def structure_exact(value: object, _: Any) -> T:
        if type(value) is tp:
            return value
        raise _Mismatch(tp.__name__, value)

    return structure_exact


def _structure_float(value: object, _: type) -> float:
    if type(value) is float:
        return value
    if type(value) is int:  # JSON writes 3.0 as 3
        return float(value)
    raise _Mismatch("float", value)


# -- dates and times --------------------------------------------------------------------------


def parse_datetime(value: str) -> datetime:
    """Parse an API timestamp into a UTC-aware datetime.

    Accepts ``2023-04-01 12:00:00`` (no zone: the API's clock is UTC), ISO 8601 with ``T``
    and ``Z`` or an offset, and the HTTP-date form ``Mon, 10 Jul 2023 00:00:00 GMT``.

    Raises:
        ValueError: the text is none of those.

    """
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            raise ValueError(f"not a datetime: {_short_repr(value)}") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def format_datetime(value: datetime) -> str:
    """Write a datetime the way the API does: ``YYYY-MM-DD HH:MM:SS`` in UTC.

    A naive datetime is taken to be UTC already.
    """
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ", timespec="seconds")


def _structure_datetime(value: object, _: type) -> datetime:
    # The decoder's hot path inlines the common spelling (see _fast_structure); this hook
    # serves everything else.
    if type(value) is str:
        try:
            return parse_datetime(value)
        except ValueError:
            pass
    raise _Mismatch("datetime text", value)


def _structure_date(value: object, _: type) -> date:
    if type(value) is not str:
        raise _Mismatch("date text (YYYY-MM-DD)", value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Mismatch("date text (YYYY-MM-DD)", value) from None


# -- unions: nullable, open enums, primitive mixes ---------------------------------------------


def _nullable_hook(tp: Any, conv: cattrs.Converter) -> Callable[[object, Any], Any]:
    inner = without_none(tp)
    inner_hook = conv.get_structure_hook(inner)

    def structure_nullable(value: object, _: Any) -> Any:
        if value is None or value == "null":
            return None
        return inner_hook(value, inner)

    return structure_nullable


def _open_enum_hook(tp: Any, _: cattrs.Converter) -> Callable[[object, Any], Any]:
    members: Mapping[object, Any] = open_enum_of(tp)._value2member_map_  # type: ignore[union-attr]

    def structure_open_enum(value: object, _: Any) -> Any:
        if type(value) is not str:
            raise _Mismatch("str", value)
        return members.get(value, value)

    return structure_open_enum


def _is_primitive_union(tp: Any) -> bool:
    args = union_args(tp)
    return bool(args) and all(a in PRIMITIVES for a in args)


def _primitive_union_hook(tp: Any, _: cattrs.Converter) -> Callable[[object, Any], Any]:
    allowed = frozenset(union_args(tp))
    expected = " | ".join(a.__name__ for a in union_args(tp))

    def structure_primitive(value: object, _: Any) -> Any:
        if type(value) in allowed:
            return value
        raise _Mismatch(expected, value)

    return structure_primitive


# -- models ----------------------------------------------------------------------------------


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and "extra" in attrs.fields_dict(tp)


def _is_model_list(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is list and len(args) == 1 and _is_model(args[0])


def _model_structure_hook(cls: type[T], conv: cattrs.Converter) -> Callable[[object, Any], T]:
    base = make_dict_structure_fn(cls, conv, extra=override(omit=True))
    known = frozenset(a.name for a in attrs.fields(cls) if a.name != "extra")  # type: ignore[arg-type]

    def structure_model(value: object, _: Any) -> T:
        if type(value) is not dict:
            raise _Mismatch("an object", value)
        obj = base(value, cls)
        if value.keys() <= known:
            return obj
        unknown = {k: v for k, v in value.items() if k not in known}
        return attrs.evolve(obj, extra=unknown)  # type: ignore[misc]

    return structure_model


def _model_unstructure_hook(cls: type[T], conv: cattrs.Converter) -> Callable[[T], dict[str, Any]]:
    base = make_dict_unstructure_fn(
        cls, conv, _cattrs_omit_if_default=True, extra=override(omit=True)
    )

    def unstructure_model(obj: T) -> dict[str, Any]:
        out = base(obj)
        extra: Mapping[str, Any] = obj.extra  # type: ignore[attr-defined]
        if extra:
            out.update(extra)
        return out

    return unstructure_model


def _is_list(tp: Any) -> bool:
    return bool(typing.get_origin(tp) is list)


def _strict_list_hook(tp: Any, conv: cattrs.Converter) -> Callable[[object, Any], list[Any]]:
    """Cattrs' own list hook, behind a check that the value is a JSON array.

    cattrs would turn any iterable into a list (a dict into its keys); the API's lists are
    arrays, and the fast path refuses anything else, so both paths agree.
    """
    inner = list_structure_factory(tp, conv)

    def structure_list(value: object, _: Any) -> list[Any]:
        if type(value) is not list:
            raise _Mismatch("a list", value)
        result: list[Any] = inner(value, tp)
        return result

    return structure_list


def _build(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(omit_if_default=True, detailed_validation=detailed)
    for exact in (int, str, bool):
        conv.register_structure_hook(exact, _exactly(exact))
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(datetime, format_datetime)
    conv.register_unstructure_hook(date, date.isoformat)
    # Later registrations win; the nullable hook must see a union before the others do.
    conv.register_structure_hook_factory(_is_primitive_union, _primitive_union_hook)
    conv.register_structure_hook_factory(lambda t: open_enum_of(t) is not None, _open_enum_hook)
    conv.register_structure_hook_factory(is_nullable, _nullable_hook)
    conv.register_structure_hook_factory(_is_list, _strict_list_hook)
    if detailed:
        conv.register_structure_hook_factory(_is_model, _model_structure_hook)
    else:
        conv.register_structure_hook_factory(
            _is_model, lambda cls, c: compile_structure(cls, c.get_structure_hook)
        )
        conv.register_structure_hook_factory(
            _is_model_list,
            lambda tp, c: compile_list_structure(typing.get_args(tp)[0], c.get_structure_hook),
        )
    # cattrs dispatches a StrEnum member on its str base (identity); StrEnum precedes str in
    # the MRO, so this hook wins and the API's JSON gets plain text.
    conv.register_unstructure_hook(enum.StrEnum, _enum_value)
    # A union field holds one concrete value; unstructure it by what it is (an enum -> its value).
    conv.register_unstructure_hook_factory(
        lambda t: bool(union_args(t)), lambda _t, c: c.unstructure
    )
    conv.register_unstructure_hook_factory(_is_model, _model_unstructure_hook)
    return conv


converter: Final[cattrs.Converter] = _build(detailed=False)
"""The converter every request and response goes through. Built once, at import.

Its model hooks are compiled by ``_fast_structure``; everything else is cattrs' own."""

# The same rules through cattrs' generated functions with per-field bookkeeping. Decoding
# never pays for it: only when `converter` has failed is the input run through this one, to
# say which field broke. tests/test_fast_structure.py checks that the two always agree.
_diagnostic: Final[cattrs.Converter] = _build(detailed=True)


# -- errors ----------------------------------------------------------------------------------


def _problems(exc: BaseException, path: str, secret: bool) -> list[tuple[str, str]]:
    if isinstance(exc, ClassValidationError):
        found: list[tuple[str, str]] = []
        noted, unnoted = exc.group_exceptions()
        for sub, note in noted:
            field = _field_of(exc.cl, note.name)
            hidden = secret or (field is not None and not field.repr)
            found += _problems(sub, f"{path}.{note.name}", hidden)
        for sub in unnoted:
            found += _problems(sub, path, secret)
        return found
    if isinstance(exc, IterableValidationError):
        found = []
        noted_items, unnoted_items = exc.group_exceptions()
        for sub, item in noted_items:
            found += _problems(sub, f"{path}[{item.index!r}]", secret)
        for sub in unnoted_items:
            found += _problems(sub, path, secret)
        return found
    if isinstance(exc, _Mismatch):
        got = "a hidden value" if secret else _short_repr(exc.value)
        return [(path, f"expected {exc.expected}, got {got}")]
    if isinstance(exc, KeyError):
        return [(path, "required field is missing")]
    return [(path, f"{type(exc).__name__}: {exc}")]


def _field_of(cls: type, name: str) -> attrs.Attribute[Any] | None:
    fields: dict[str, attrs.Attribute[Any]] = attrs.fields_dict(cls)
    return fields.get(name)


def _type_name(tp: Any) -> str:
    args = typing.get_args(tp)
    if args:
        return f"{_type_name(typing.get_origin(tp))}[{', '.join(map(_type_name, args))}]"
    return getattr(tp, "__name__", None) or str(tp)


@typing.overload
def structure(data: object, cls: type[T]) -> T: ...


@typing.overload
def structure(data: object, cls: Any) -> Any: ...


def structure(data: object, cls: Any) -> Any:
    """Decode JSON-shaped ``data`` into ``cls`` (a model, ``list[Model]``, ``dict[str, Model]``...).

    Raises:
        ResponseDecodeError: ``data`` does not fit ``cls``; the message names each bad field.

    """
    try:
        return converter.structure(data, cls)
    except Exception as fast_exc:
        name = _type_name(cls)
        try:
            # The two converters apply the same rules, so this raises; if it ever did not,
            # its answer is the careful one.
            return _diagnostic.structure(data, cls)
        except Exception as exc:
            problems = _problems(exc, name, secret=False)
        shown = "; ".join(f"{p}: {d}" for p, d in problems[:5])
        if len(problems) > 5:
            shown += f"; and {len(problems) - 5} more"
        raise ResponseDecodeError(shown, model=name, problems=problems) from fast_exc


def unstructure(obj: object) -> Any:
    """Encode a model (or a list/dict of them) as the API's JSON, ``None`` fields left out."""
    return converter.unstructure(obj)
