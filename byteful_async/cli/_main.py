"""Entry points: parse, run the command on its own event loop, turn failures into one line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Coroutine, Sequence
from typing import Any, TextIO

from byteful_async._basics._exceptions import (
    AuthenticationError,
    BytefulError,
    PermissionDeniedError,
)
from byteful_async._basics._install import install_command
from byteful_async._basics._secret import Secret
from byteful_async.cli._format import BAD_USAGE, FAILED, INTERRUPTED, one_line

#: Exit codes: 1 the command failed (API, network, file), 2 the command line was wrong.


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run ``byteful ARGV`` and return its exit code (streams default to sys's)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        from rich.console import Console

        from byteful_async.cli._commands import Streams
        from byteful_async.cli._parser import UsageError, _Parser, build_parser
        from byteful_async.cli._registry import COMMANDS
    except ImportError as exc:
        print(
            f"byteful: the command needs the cli extra ({exc.name} is missing): "
            f"{install_command('cli')}",
            file=err,
        )
        return BAD_USAGE
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    _Parser.out = out  # --help and --version write to the command's stdout
    if not words:
        parser.print_help()
        return 0
    try:
        args = _parse(parser, words)
    except UsageError as exc:
        print(f"byteful: error: {exc} (see {exc.prog} --help)", file=err)
        return BAD_USAGE
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    # From here on the command line may hold a key: keep no plain copy of it in this frame.
    argv = None
    name = args.command_name
    # Tables piped to a file or a test get room; a terminal keeps its own width.
    width = None if _is_tty(out) else _columns()
    streams = Streams(
        out=Console(file=out, width=width),
        err=Console(file=err, stderr=True, width=None if _is_tty(err) else _columns()),
        stdout=out,
        stdin=stdin if stdin is not None else sys.stdin,
    )
    try:
        return asyncio.run(_until_signalled(COMMANDS[name](args, streams)))
    except (KeyboardInterrupt, _Signalled):
        print("byteful: interrupted", file=err)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other commands do.
        _quiet_stdout(out)
        return 0
    except BytefulError as exc:
        refused = isinstance(exc, AuthenticationError | PermissionDeniedError)
        hint = f"; {_key_hint(args)}" if refused else ""
        print(f"byteful: error: {one_line(exc)}{hint}", file=err)  # one line, for logs
        return FAILED
    except (ValueError, TypeError) as exc:
        # The SDK checks every argument before sending; these name the bad one.
        print(f"byteful: error: {one_line(exc)}", file=err)
        return BAD_USAGE
    except (OSError, RuntimeError) as exc:
        print(f"byteful: error: {one_line(exc)}", file=err)
        return FAILED


def _key_hint(args: argparse.Namespace) -> str:
    """Where the keys the API refused came from: what to check."""
    from byteful_async.cli._profiles import keys_for_args

    try:
        source = keys_for_args(args).source
    except ValueError:
        source = "BYTEFUL_PUBLIC_KEY and BYTEFUL_PRIVATE_KEY"
    source = source.replace(
        "BYTEFUL_PUBLIC_KEY and BYTEFUL_PRIVATE_KEY", "BYTEFUL_PRIVATE_KEY and BYTEFUL_PUBLIC_KEY"
    )
    source = source.replace("--public-key and --private-key", "--private-key and --public-key")
    return (
        f"the API refused the keys: check {source} (the dashboard shows both; a private key "
        "is shown once, when it is made)"
    )


class _Signalled(Exception):
    """SIGTERM, SIGHUP or Ctrl-C arrived: the command was cancelled and cleaned up after itself."""


async def _until_signalled(command: Coroutine[Any, Any, int]) -> int:
    """Run ``command``; SIGTERM, SIGHUP and Ctrl-C cancel it, so its ``finally`` blocks run.

    A partial export is then removed instead of the process dying mid-write. A command that
    treats cancellation as its way to stop (``watch``) returns its own exit code.
    """
    task = asyncio.ensure_future(command)
    loop = asyncio.get_running_loop()
    signals = [
        getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
    ]
    hit: list[int] = []

    def stop(sig: int) -> None:
        hit.append(sig)
        task.cancel()

    for sig in signals:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop, sig)
    try:
        return await task
    except asyncio.CancelledError:
        if hit:
            raise _Signalled from None
        raise
    finally:
        for sig in signals:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)


def _parse(parser: argparse.ArgumentParser, words: list[str]) -> argparse.Namespace:
    """The parsed command line, its private key held in a :class:`Secret`.

    Raises:
        UsageError: the command line is wrong; its message shows no key.

    """
    from byteful_async.cli._parser import UsageError

    try:
        args = parser.parse_args(words)
    except UsageError as exc:
        raise UsageError(without_keys(str(exc), words), exc.prog) from None
    finally:
        words.clear()  # the caller's list was a copy; this frame lets go of the key too
    if getattr(args, "private_key", None) is not None:
        args.private_key = Secret(args.private_key)
    return args


def without_keys(message: str, words: Sequence[str]) -> str:
    """A usage error with nothing in it that could be a key.

    Masked: the value given to any option whose name holds "key" (``--private-key``, or a
    mistyped ``--privat-key``), the key in ``BYTEFUL_PRIVATE_KEY``, and every word argparse
    calls unrecognized that is not an option name (a key pasted without its option).
    """
    secrets = {os.environ.get("BYTEFUL_PRIVATE_KEY", "")}
    for index, word in enumerate(words):
        name, equals, value = word.partition("=")
        if name.startswith("-") and "key" in name.lower():
            secrets.add(value if equals else words[index + 1] if index + 1 < len(words) else "")
    head, marker, rest = message.partition("unrecognized arguments: ")
    if marker:
        shown = [w if w.startswith("-") else "[value]" for w in rest.split()]
        message = head + marker + " ".join(shown)
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 4:
            message = message.replace(secret, "[redacted]")
    return message


def _quiet_stdout(out: TextIO) -> None:
    """Point a broken standard output at /dev/null, so the exit flush does not complain."""
    if out is sys.stdout:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


def _columns() -> int:
    """The width for output that is not a terminal: ``COLUMNS`` when set, else 132."""
    text = os.environ.get("COLUMNS", "")
    return int(text) if text.isdigit() and int(text) >= 40 else 132


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console_main() -> None:
    """The ``byteful`` console script."""
    sys.exit(main())
