"""The error answers of the fake server, as the API writes them."""

from __future__ import annotations

from typing import Any


class Problem(Exception):
    """An error answer: status, ``error``, ``message`` and any extra body fields."""

    def __init__(self, status: int, error: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.extra = extra


def bad(message: str) -> Problem:
    """400 Bad Request."""
    return Problem(400, "Bad Request", message)


def not_found(what: str) -> Problem:
    """404 for a missing object (``what``: ``"service"``, ``"resource"``...)."""
    return Problem(404, "Not Found", f"The requested {what} could not be found.")


def unprocessable(message: str) -> Problem:
    """422: well-formed, but refused by a business rule."""
    return Problem(422, "Unprocessable Entity", message)
