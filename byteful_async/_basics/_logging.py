"""The ``byteful_async`` logger, and ``BYTEFUL_LOG`` to turn it on without code.

What is logged: DEBUG, one line per answer (method, path, status, milliseconds, request id);
INFO, each retry (the error, the attempt, the wait). Never a key and never a body: the
private key lives only in the request headers, which are not logged at any level.
"""

from __future__ import annotations

import logging
import os
from typing import Final

logger: Final = logging.getLogger("byteful_async")

_LEVELS: Final = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


def configure_from_env() -> None:
    """Apply ``BYTEFUL_LOG`` (debug, info, warning or error), if set, to the logger.

    A stderr handler is added only when the logger has none, so an application's own logging
    setup is left alone.
    """
    value = os.environ.get("BYTEFUL_LOG", "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        raise ValueError(f"BYTEFUL_LOG must be one of {', '.join(_LEVELS)}, not {value!r}")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
