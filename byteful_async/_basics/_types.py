"""Questions about field types, shared by the converter and the fast structure compiler."""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

NONE_TYPE = type(None)
PRIMITIVES: tuple[type, ...] = (str, int, float, bool)


def union_args(tp: Any) -> tuple[Any, ...]:
    """Return the members of a union type, or () for anything else."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return typing.get_args(tp)
    return ()


def is_nullable(tp: Any) -> bool:
    """Whether `tp` is a union that admits None."""
    return NONE_TYPE in union_args(tp)


def without_none(tp: Any) -> Any:
    """`X | None` -> `X`; `X | Y | None` -> `X | Y`; anything else unchanged."""
    args = union_args(tp)
    if NONE_TYPE not in args:
        return tp
    rest = tuple(a for a in args if a is not NONE_TYPE)
    return rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007 - built at runtime


def open_enum_of(tp: Any) -> type[enum.Enum] | None:
    """For `SomeEnum | str` (how the models type an enum field), return SomeEnum."""
    args = union_args(tp)
    if len(args) == 2 and str in args:
        other = args[0] if args[1] is str else args[1]
        if isinstance(other, type) and issubclass(other, enum.Enum):
            return other
    return None
