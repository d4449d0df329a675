"""Checking and encoding what the caller passes, before anything is sent.

Search filters are checked against the generated ``*SearchFilters`` TypedDicts (names and
value types), request bodies against the generated request models, and path ids are
percent-encoded into a single path segment. Every problem is a ``TypeError`` (wrong name or
type) or ``ValueError`` (right type, bad value) that names the method and the argument.
"""

from __future__ import annotations

import difflib
import enum
import functools
import math
import re
import typing
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final
from urllib.parse import quote

import attrs

from byteful_async._basics._secret import Secret
from byteful_async._basics._types import is_nullable, open_enum_of, union_args, without_none
from byteful_async._calls._converter import format_datetime, unstructure
from byteful_async.models import BOUNDS, CHOICES, EXACTLY_ONE_OF, ONE_OR_MORE_OF

Bounds = tuple[int | None, int | None]
"""A number's (minimum, maximum), either None; from the schema (``models.BOUNDS``)."""

#: The API's integers are signed 64-bit; JSON encoders refuse anything wider.
INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1

#: Deepest nesting accepted in a free-form JSON value (metadata, ``request(json=...)``).
MAX_JSON_DEPTH: Final = 32


@functools.cache
def _hints(td: type) -> dict[str, Any]:
    return typing.get_type_hints(td)


def _type_label(tp: Any) -> str:
    members = union_args(tp)
    if members:
        return " or ".join(_type_label(m) for m in members)
    return getattr(tp, "__name__", str(tp))


def _unknown(op: str, kind: str, name: str, known: typing.Iterable[str]) -> TypeError:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"{op}() got an unknown {kind} {name!r}{hint}")


def bounds_of(model: type, name: str) -> Bounds | None:
    """The schema's (minimum, maximum) of field ``name`` of ``model``, if it has any."""
    return BOUNDS.get(model.__name__, {}).get(name)


def _check_bounds(op: str, name: str, value: int | float, bounds: Bounds | None) -> None:
    if bounds is None:
        return
    low, high = bounds
    if low is not None and value < low:
        raise ValueError(f"{op}(): {name} must be at least {low}, not {value}")
    if high is not None and value > high:
        raise ValueError(f"{op}(): {name} must be at most {high}, not {value}")


def check_value(
    op: str, name: str, value: object, tp: Any, *, bounds: Bounds | None = None
) -> object:
    """Check ``value`` against the field type ``tp``; return it normalised (enums to values).

    ``bounds`` are the field's (minimum, maximum) when it is a number the schema bounds.

    Raises:
        TypeError: the value has the wrong type.
        ValueError: the value has the right type but cannot be meant (empty text, a page 0...).

    """
    if is_nullable(tp):
        if value is None:
            return None
        tp = without_none(tp)
    enum_cls = open_enum_of(tp)
    if enum_cls is not None:
        if isinstance(value, enum.Enum):
            if not isinstance(value, enum_cls):
                raise TypeError(f"{op}(): {name} must be a {enum_cls.__name__}, not {value!r}")
            return value.value
        tp = str
    if tp in (bool, int, float, str):
        return _as_scalar(op, name, value, tp, bounds)
    if tp is datetime or tp is date:
        return _as_moment(op, name, value, tp)
    if isinstance(tp, type) and attrs.has(tp):
        return _as_model(op, name, value, tp)
    if typing.get_origin(tp) is list:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{op}(): {name} must be a list, not {type(value).__name__}")
        (item_type,) = typing.get_args(tp)
        return [check_value(op, f"{name}[{i}]", item, item_type) for i, item in enumerate(value)]
    if typing.get_origin(tp) is dict or tp is dict:
        return _as_mapping(op, name, value, tp)
    raise TypeError(f"{op}(): {name} must be {_type_label(tp)}, not {type(value).__name__}")


def _as_scalar(op: str, name: str, value: object, tp: type, bounds: Bounds | None) -> object:
    """``value`` as a bool, int, float or str field takes it: exactly that type, and meant."""
    if tp is bool:
        if type(value) is not bool:
            raise TypeError(f"{op}(): {name} must be a bool, not {type(value).__name__}")
        return value
    if tp is int:
        if type(value) is not int:
            raise TypeError(f"{op}(): {name} must be an int, not {type(value).__name__}")
        _check_bounds(op, name, value, bounds)
        _check_int64(op, name, value)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{op}(): {name} must be a number, not {type(value).__name__}")
        if not math.isfinite(value):
            raise ValueError(f"{op}(): {name} must be a finite number, not {value}")
        _check_bounds(op, name, value, bounds)
        return value
    if not isinstance(value, str):
        raise TypeError(f"{op}(): {name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{op}(): {name} must not be empty")
    return value


def _as_mapping(op: str, name: str, value: object, tp: Any) -> object:
    """``value`` as a mapping field takes it: each value of a type the schema names, JSON."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{op}(): {name} must be a mapping, not {type(value).__name__}")
    args = typing.get_args(tp)
    allowed = union_args(args[1]) or (args[1],) if len(args) == 2 else ()
    if allowed and Any not in allowed:
        for key, item in value.items():
            # bool is an int to isinstance; match the exact type the schema names
            if not any(type(item) is t or (t is float and type(item) is int) for t in allowed):
                raise TypeError(
                    f"{op}(): {name}[{key!r}] must be {_type_label(args[1])}, "
                    f"not {type(item).__name__}"
                )
    return check_json(op, name, dict(value))


def _check_int64(op: str, name: str, value: int) -> None:
    if not INT64_MIN <= value <= INT64_MAX:
        raise ValueError(f"{op}(): {name} does not fit in 64 bits (the API's integers): {value}")


def check_json(op: str, name: str, value: Any, depth: int = 0) -> Any:
    """Check a free-form JSON value before it is encoded; return it unchanged.

    Keys must be text; values text, bool, None, a 64-bit int, a finite float, or lists and
    mappings of those, at most :data:`MAX_JSON_DEPTH` deep. The error names the place
    (``metadata['team'][0]``).
    """
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, int):
        _check_int64(op, name, value)
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{op}(): {name} must be a finite number, not {value}")
        return value
    if depth >= MAX_JSON_DEPTH:
        raise ValueError(f"{op}(): {name} is nested more than {MAX_JSON_DEPTH} levels deep")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{op}(): {name} has a key that is not a str: {key!r}")
            check_json(op, f"{name}[{key!r}]", item, depth + 1)
        return value
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_json(op, f"{name}[{index}]", item, depth + 1)
        return value
    raise TypeError(
        f"{op}(): {name} must be JSON (str, int, float, bool, None, list, dict), "
        f"not {type(value).__name__}"
    )


def _as_moment(op: str, name: str, value: object, kind: type[date]) -> date:
    """A ``date`` or ``datetime`` (``kind``), or ISO text for one; a datetime is no date here."""
    label, spelling = ("datetime", "ISO 8601 text") if kind is datetime else ("date", "YYYY-MM-DD")
    if isinstance(value, str):
        try:
            value = kind.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"{op}(): {name} must be a {label} or {spelling}, not {value!r}"
            ) from None
    if not isinstance(value, kind) or (kind is date and isinstance(value, datetime)):
        raise TypeError(f"{op}(): {name} must be a {label}, not {type(value).__name__}")
    return value


def _as_model(op: str, name: str, value: object, cls: type) -> object:
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{op}(): {name} must be a {cls.__name__} or a mapping")
    return build_model(f"{op}(): {name}", cls, value)


def build_model(op: str, cls: type, fields: Mapping[str, object]) -> Any:
    """Make a request model from keyword arguments, checking each name and value first."""
    known = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    hints = _hints(cls)
    checked: dict[str, object] = {}
    for key, value in fields.items():
        if key not in known:
            raise _unknown(op, "argument", key, known)
        if value is None:
            continue
        if isinstance(value, Secret):
            checked[key] = _check_secret(op, key, value, hints[key], bounds_of(cls, key))
            continue
        checked[key] = check_value(op, key, value, hints[key], bounds=bounds_of(cls, key))
    missing = [
        a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING and a.name not in checked
    ]
    if missing:
        raise TypeError(f"{op}() is missing required argument {missing[0]!r}")
    for group in EXACTLY_ONE_OF.get(cls.__name__, ()):
        given = [name for name in group if name in checked]
        if len(given) != 1:
            said = " and ".join(given) if given else "neither"
            raise TypeError(f"{op}() takes exactly one of {' or '.join(group)}, not {said}")
    for group in ONE_OR_MORE_OF.get(cls.__name__, ()):
        if not any(name in checked for name in group):
            raise TypeError(f"{op}() needs {' or '.join(group)} to name what it is about")
    return cls(**checked)


@functools.cache
def secret_fields(cls: type) -> frozenset[str]:
    """The fields of request model ``cls`` that hold a credential (hidden from its repr)."""
    return frozenset(a.name for a in attrs.fields(cls) if not a.repr and a.name != "extra")


def hold_secrets(fields: Mapping[str, object], names: frozenset[str]) -> Mapping[str, object]:
    """``fields`` with each credential among ``names`` held in a :class:`Secret`.

    A dict (the ``**fields`` of a resource method) is changed in place, so no frame that holds
    it, the caller's included, keeps the plain text from here on.
    """
    target = fields if isinstance(fields, dict) else dict(fields)
    for name in names:
        value = target.get(name)
        if isinstance(value, str):
            target[name] = Secret(value)
    return target


def _check_secret(op: str, name: str, value: Secret, tp: Any, bounds: Any) -> Secret:
    """Check a credential's text like any value, saying what is wrong without showing it."""
    try:
        check_value(op, name, value.reveal(), tp, bounds=bounds)
    except (TypeError, ValueError):
        pass  # its message would quote the value; the one below, raised outside, does not
    else:
        return value
    low, high = bounds if bounds else (None, None)
    size = f" ({low} to {high} characters)" if low is not None and high is not None else ""
    raise ValueError(f"{op}(): {name} is not acceptable{size}; its value is not shown")


def encode_body(op: str, cls: type[Any], fields: Mapping[str, object]) -> dict[str, Any]:
    """Check keyword arguments against the request model ``cls`` and return the JSON body."""
    body: dict[str, Any] = unstructure(build_model(op, cls, fields))
    return body


def format_query_value(value: object) -> str:
    """One filter value the way the API expects it in a query string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def encode_filters(
    op: str, filters_type: type, filters: Mapping[str, object], *, rows: type
) -> dict[str, str]:
    """Check search filters against their TypedDict and encode them as query parameters.

    ``None`` values are left out (the same as not passing the filter). ``sort_by`` must name
    a field of ``rows``, the model the search returns.

    Raises:
        TypeError: an unknown filter name or a value of the wrong type.
        ValueError: an impossible value (a number outside the schema's bounds, such as
            ``per_page`` above 100; an empty string; a sort key that is no field...).

    """
    hints = _hints(filters_type)
    query: dict[str, str] = {}
    for name, value in filters.items():
        tp = hints.get(name)
        if tp is None:
            raise _unknown(op, "filter", name, hints)
        if value is None:
            continue
        checked = check_value(op, name, value, tp, bounds=bounds_of(filters_type, name))
        choices = CHOICES.get(filters_type.__name__, {}).get(name)
        if choices is not None and checked not in choices:
            raise ValueError(f"{op}(): {name} must be one of {', '.join(choices)}, not {value!r}")
        query[name] = format_query_value(checked)
    if "sort_by" in query:
        _check_sort(op, query["sort_by"], rows)
    return query


#: Operators a metadata filter may carry after the dot (``service_metadata.min_score``).
_METADATA_OPERATORS: Final = ("not_", "min_", "max_", "like_", "exists_")


def encode_metadata(op: str, field: str, metadata: Mapping[str, object]) -> dict[str, str]:
    """Metadata filters as query parameters: ``{"team": "ads"}`` -> ``field.team=ads``.

    A key may start with an operator (``not_``, ``min_``, ``max_``, ``like_``, ``exists_``);
    it goes after the dot, as the API spells it. ``exists_`` takes a bool; the others text,
    a number or a bool.
    """
    if not isinstance(metadata, Mapping):
        raise TypeError(f"{op}(): metadata must be a mapping, not {type(metadata).__name__}")
    query: dict[str, str] = {}
    for key, value in metadata.items():
        if not isinstance(key, str):
            raise TypeError(f"{op}(): metadata keys must be text, not {key!r}")
        operator = next((o for o in _METADATA_OPERATORS if key.startswith(o)), "")
        name = key[len(operator) :]
        if not name or not all(ch.isalnum() or ch in "_-" for ch in name):
            raise ValueError(
                f"{op}(): metadata key {key!r} must be a name of letters, digits, _ and -"
            )
        label = f"metadata[{key!r}]"
        if operator == "exists_":
            check_value(op, label, value, bool)
        elif isinstance(value, bool | str):
            check_value(op, label, value, type(value))
        elif isinstance(value, int | float):
            check_value(op, label, value, int if isinstance(value, int) else float)
        else:
            raise TypeError(
                f"{op}(): {label} must be text, a number or a bool, not {type(value).__name__}"
            )
        query[f"{field}.{key}"] = format_query_value(value)
    return query


def _check_sort(op: str, key: str, rows: type) -> None:
    """``key`` is ``random``, or a field of ``rows`` with an optional ``_asc``/``_desc``."""
    fields = [a.name for a in attrs.fields(rows) if a.name != "extra"]
    if key == "random" or key in fields:
        return
    field, _, direction = key.rpartition("_")
    if direction in ("asc", "desc") and field in fields:
        return
    close = difflib.get_close_matches(key, [*fields, *(f"{f}_desc" for f in fields)], n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(
        f"{op}(): sort_by must be a field of {rows.__name__} (optionally ending in _asc or "
        f"_desc) or 'random', not {key!r}{hint}"
    )


#: Text that is one path segment as it stands: letters, digits, ``-``, ``_`` and ``~``
#: (RFC 3986's unreserved characters less ``.``, so ``.`` and ``..`` take the escaping path).
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_~-]+").fullmatch


def path_id(op: str, name: str, value: object, tp: type) -> str:
    """Encode an id as exactly one URL path segment (``/``, ``?``, ``#`` and ``..`` escaped).

    Raises:
        TypeError: ``value`` is not of type ``tp``.
        ValueError: ``value`` is empty.

    """
    if tp is int:
        if type(value) is not int:
            raise TypeError(f"{op}(): {name} must be an int, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"{op}(): {name} must not be negative, not {value}")
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{op}(): {name} must be a str, not {type(value).__name__}")
    if _PLAIN_SEGMENT(value) is not None:
        return value  # the usual id (API-1234-5678, a UUID): nothing to escape
    if not value.strip():
        raise ValueError(f"{op}(): {name} must not be empty")
    segment = quote(value, safe="")
    # "." and ".." are the only segments a URL library would resolve away.
    return segment.replace(".", "%2E") if segment in (".", "..") else segment
