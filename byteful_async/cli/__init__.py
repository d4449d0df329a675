"""The ``byteful`` command: an account, its catalog, quotes and data usage from the shell.

Installed with the ``cli`` extra (``pip install 'byteful-async[cli]'``; add ``plot`` for
``byteful usage --plot``). Run ``byteful --help`` for the commands.
"""

from __future__ import annotations

from byteful_async.cli._main import console_main, main

__all__ = ["console_main", "main"]
