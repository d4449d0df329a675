"""Entry points: parse, run the command on its own event loop, turn failures into one line."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from typing import TextIO

from byteful_async._exceptions import BytefulError
from byteful_async.cli._format import one_line

#: Exit codes: 1 the command failed (API, network, file), 2 the command line was wrong.
FAILED, BAD_USAGE, INTERRUPTED = 1, 2, 130


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run ``byteful ARGV`` and return its exit code (streams default to sys's)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        from rich.console import Console

        from byteful_async.cli._commands import COMMANDS, Streams
        from byteful_async.cli._parser import UsageError, build_parser
    except ImportError as exc:
        print(
            f"byteful: the command needs the cli extra ({exc.name} is missing): "
            "pip install 'byteful-async[cli]'",
            file=err,
        )
        return BAD_USAGE
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        print(f"byteful: error: {exc} (see byteful --help)", file=err)
        return BAD_USAGE
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    name = args.command if args.command != "ledger" else f"ledger {args.ledger_command}"
    # Tables piped to a file or a test get room; a terminal keeps its own width.
    width = None if _is_tty(out) else 132
    streams = Streams(
        out=Console(file=out, width=width),
        err=Console(file=err, stderr=True, width=None if _is_tty(err) else 132),
        stdout=out,
    )
    try:
        return asyncio.run(COMMANDS[name](args, streams))
    except KeyboardInterrupt:
        print("byteful: interrupted", file=err)
        return INTERRUPTED
    except BytefulError as exc:
        print(f"byteful: error: {one_line(exc)}", file=err)
        return FAILED
    except (ValueError, TypeError) as exc:
        # The SDK checks every argument before sending; these name the bad one.
        print(f"byteful: error: {one_line(exc)}", file=err)
        return BAD_USAGE
    except (OSError, RuntimeError) as exc:
        print(f"byteful: error: {one_line(exc)}", file=err)
        return FAILED


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console_main() -> None:
    """The ``byteful`` console script."""
    sys.exit(main())
