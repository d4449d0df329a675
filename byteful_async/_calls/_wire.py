"""Search pages decoded straight from bytes by msgspec, when every row fits its model exactly.

The tolerant path (orjson, then the compiled structure function of ``_fast_structure``)
handles whatever the API sends: unknown fields kept in ``extra``, the string ``"null"`` on
a nullable field, an absent optional field. Most pages need none of that, and for them
this module is the common case:

* msgspec parses the body into one plain struct per row, typed from the model: text, whole
  numbers and booleans are checked in C as they are read; dates, datetimes and open enums
  arrive as text and are converted here as on the tolerant path; any other type (lists,
  nested models, unions of primitives) arrives as raw JSON and goes through the
  converter's own hook;
* the structs forbid unknown fields, and whole numbers are limited to signed 64 bits (past
  64 bits orjson gives a float, which the tolerant path refuses; msgspec keeps the int);
* any failure at all, from msgspec or from a conversion, returns None, and the caller
  decodes the page on the tolerant path, which gives the answer (or the detailed error).

So a page decoded here is exactly what the tolerant path would have built: the tests
compare the two on the documented bodies, on generated rows and on fuzzed ones. A model
class whose layout the fast fill cannot use gets no decoder (None), and an endpoint whose
pages keep missing here tries only now and then (:data:`_GIVE_UP_AFTER`, :data:`_RETRY_EVERY`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Final

import attrs
import msgspec
import orjson

from byteful_async._basics._types import PRIMITIVES, is_nullable, open_enum_of, without_none
from byteful_async._calls._converter import converter
from byteful_async._calls._fast_structure import (
    _DATES,
    StructureHook,
    _checked_model,
    _date_of,
    _default,
    _twin,
)
from byteful_async.models._extra import NO_EXTRA

#: Whole numbers taken here: signed 64-bit, inside what orjson reads as ``int`` (it gives a
#: float past 64 bits, which the tolerant path refuses; msgspec would keep the int).
_WHOLE = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]
#: Misses in a row after which a row type's pages go straight to the tolerant path (a field
#: the API added shows up on every page, and each failed attempt costs a parse), trying
#: again once every :data:`_RETRY_EVERY` pages.
_GIVE_UP_AFTER: Final = 3
_RETRY_EVERY: Final = 100

PageDecoder = Callable[[bytes], "tuple[list[Any], dict[str, Any]] | None"]


class _Envelope(msgspec.Struct):
    """What a page decoder reads of the search envelope besides the rows."""

    per_page: _WHOLE | msgspec.UnsetType = msgspec.UNSET
    total_count: _WHOLE | msgspec.UnsetType = msgspec.UNSET
    message: str | msgspec.UnsetType = msgspec.UNSET


def _wire_type(tp: Any) -> Any:
    """The type msgspec checks a field as (the model's type ``tp``, nullable or not)."""
    inner = without_none(tp)
    if inner is int:
        wire: Any = _WHOLE
    elif inner in PRIMITIVES:
        wire = inner
    elif inner in (date, datetime) or open_enum_of(inner) is not None:
        wire = str
    else:
        return msgspec.Raw  # the converter's hook decides, on what orjson reads of it
    return wire | None if is_nullable(tp) else wire


def _convert(var: str, tp: Any, i: int, env: dict[str, Any], hook_for: Any) -> list[str]:
    """Lines that turn the checked wire value in ``var`` into the model's ``tp``."""
    inner = without_none(tp)
    wire = _wire_type(tp)
    if wire is msgspec.Raw:
        env[f"__h{i}"], env[f"__t{i}"] = hook_for(tp), tp
        return [f"{var} = __h{i}(__loads(__view({var})), __t{i})"]
    if inner is datetime:
        env[f"__h{i}"], env[f"__t{i}"] = hook_for(datetime), datetime
        lines = [
            f"if len({var}) == 19:",
            f'    {var} = __datetime_from_iso({var} + "+00:00")',
            "else:",
            f"    {var} = __h{i}({var}, __t{i})",
        ]
    elif inner is date:
        lines = [f"{var} = __dates.get({var}) or __date_of({var})"]
    elif open_enum_of(inner) is not None:
        env[f"__members{i}"] = open_enum_of(inner)._value2member_map_  # type: ignore[union-attr]
        lines = [f"{var} = __members{i}.get({var}, {var})"]
    else:
        lines = []
    if not is_nullable(tp):
        return lines
    # The tolerant path reads the text "null" as None on any nullable field; only a field
    # that arrives as text can hold it here (other types send the page back).
    if wire != str | None:
        return [f"if {var} is not None:", *("    " + line for line in lines)] if lines else []
    return [
        f'if {var} is None or {var} == "null":',
        f"    {var} = None",
        *(["else:", *("    " + line for line in lines)] if lines else []),
    ]


def _compile_rows(
    cls: type, twin: type, hook_for: Callable[[Any], StructureHook]
) -> tuple[type, Callable[[list[Any]], list[Any]]]:
    hints, fields = _checked_model(cls)
    env: dict[str, Any] = {
        "__cls": cls,
        "__twin": twin,
        "__new": object.__new__,
        "__unset": msgspec.UNSET,
        "__no_extra": NO_EXTRA,
        "__loads": orjson.loads,
        "__view": memoryview,  # orjson reads a msgspec.Raw through its buffer
        "__datetime_from_iso": datetime.fromisoformat,
        "__dates": _DATES,
        "__date_of": _date_of,
    }
    spec: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    body = ["obj = __new(__twin)"]
    for i, field in enumerate(fields):
        tp, var = hints[field.name], f"v{i}"
        convert = _convert(var, tp, i, env, hook_for)
        body.append(f"{var} = r.{field.name}")
        if field.default is attrs.NOTHING:
            spec.append((field.name, _wire_type(tp)))
            body += convert
        else:
            spec.append((field.name, _wire_type(tp) | msgspec.UnsetType, msgspec.UNSET))
            body += [f"if {var} is __unset:", f"    {var} = {_default(field, i, env)}"]
            if convert:
                body += ["else:", *("    " + line for line in convert)]
        body.append(f"obj.{field.name} = {var}")
    body += ["obj.extra = __no_extra", "obj.__class__ = __cls", "append(obj)"]
    source = [
        "def build(rows):",
        "    out = []",
        "    append = out.append",
        "    for r in rows:",
        *("        " + line for line in body),
        "    return out",
    ]
    exec(compile("\n".join(source), f"<byteful_async wire rows {cls.__qualname__}>", "exec"), env)
    row = msgspec.defstruct(f"{cls.__name__}Wire", spec, forbid_unknown_fields=True, kw_only=True)
    build: Callable[[list[Any]], list[Any]] = env["build"]
    return row, build


class _PageDecoder:
    """Decodes one model's search pages from bytes, or says it cannot (None)."""

    def __init__(self, cls: type, twin: type, hook_for: Callable[[Any], StructureHook]) -> None:
        row, self._build = _compile_rows(cls, twin, hook_for)
        rows: Any = list[row]  # type: ignore[valid-type]  # a type made at run time
        page = msgspec.defstruct(
            f"{cls.__name__}WirePage", [("data", rows)], bases=(_Envelope,), kw_only=True
        )
        self._decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(page)
        self.misses = 0  # in a row
        self._passed = 0  # pages left to the tolerant path since giving up

    def __call__(self, content: bytes) -> tuple[list[Any], dict[str, Any]] | None:
        """The page's models and its envelope fields (those present), or None."""
        if self.misses >= _GIVE_UP_AFTER:
            self._passed += 1
            if self._passed % _RETRY_EVERY:
                return None
        try:
            page = self._decoder.decode(content)
            items = self._build(page.data)
        except Exception:
            self.misses += 1
            return None
        self.misses = self._passed = 0
        envelope = {
            name: value
            for name in ("per_page", "total_count", "message")
            if (value := getattr(page, name)) is not msgspec.UNSET
        }
        return items, envelope


@functools.cache
def page_decoder(cls: type) -> PageDecoder | None:
    """The bytes-to-models decoder of ``cls``'s search pages, or None where there is none."""
    if not (isinstance(cls, type) and attrs.has(cls)):
        return None
    twin = _twin(cls)
    if twin is None:
        return None
    try:
        return _PageDecoder(cls, twin, converter.get_structure_hook)
    except TypeError:  # a model the compiled fill refuses (a validator, say)
        return None
