"""``python -m byteful_async.cli``: the ``byteful`` command without the console script."""

from byteful_async.cli import console_main

console_main()
