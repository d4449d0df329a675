"""The exceptions byteful-async raises. Every one derives from :class:`BytefulError`."""

from __future__ import annotations

from collections.abc import Sequence


class BytefulError(Exception):
    """Base class of every error raised by byteful-async."""


class ResponseDecodeError(BytefulError):
    """A response body was not what the API documents.

    Raised for bodies that are not JSON, lack the documented envelope, or hold a value of the
    wrong type. The message names the model and the field, e.g.
    ``ResidentialLedger.residential_ledger_bytes: expected int, got 'abc'``.

    Attributes:
        model: Name of the model being decoded, when known.
        problems: Each problem as ``(path, description)``; the path starts at the model,
            e.g. ``("Quote.line_items[0].item_total", "expected int, got None")``.

    """

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        problems: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(message)
        self.model = model
        self.problems = list(problems)
