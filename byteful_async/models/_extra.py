"""What a model's ``extra`` holds when the answer had no field the schema does not describe.

One shared, read-only empty mapping: most rows have nothing unknown, and an empty dict per
row would cost a page of 100 rows 100 allocations for nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

NO_EXTRA: Final[Mapping[str, Any]] = MappingProxyType({})
"""The empty ``extra``; it cannot be changed, so every model may share it."""
