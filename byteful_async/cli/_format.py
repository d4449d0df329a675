"""How the command writes money, data sizes and rates."""

from __future__ import annotations

from byteful_async._basics._units import dollars, human_bytes

__all__ = ["dollars", "human_bytes", "one_line"]


#: The exit codes of every command: failed, used wrongly, interrupted (128 + SIGINT).
FAILED, BAD_USAGE, INTERRUPTED = 1, 2, 130


def one_line(error: BaseException) -> str:
    """An exception's message with its whitespace (newlines too) collapsed."""
    text = " ".join(str(error).split())
    return text or type(error).__name__
