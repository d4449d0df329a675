"""Ledger rows to CSV, JSON Lines or a JSON array, written as they arrive, whole or not at all.

A file is written under a temporary name beside the target and renamed over it only after
the last row; a failed export leaves no file behind (and an earlier file of that name
untouched). Standard output cannot be taken back: a failed export to ``-`` still exits
non-zero, so a pipeline can tell.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import attrs
import orjson

from byteful_async._calls._converter import unstructure


def columns(model: type) -> list[str]:
    """The model's fields in schema order: every column of an export."""
    return [f.name for f in attrs.fields(model) if f.name != "extra"]


def record(row: Any, names: list[str]) -> dict[str, Any]:
    """``row`` as the API wrote it: every column (``None`` kept), dates in its format."""
    return {name: unstructure(getattr(row, name)) for name in names}


class RowWriter:
    """Writes models of one type as CSV, JSON Lines or a JSON array.

    CSV is a header, then a line a row; JSON Lines an object a line; JSON one array of
    objects, closed by :meth:`finish`.
    """

    def __init__(self, out: TextIO, model: type, fmt: str) -> None:
        self.names = columns(model)
        self.count = 0
        self._out = out
        self._fmt = fmt
        self._csv: Any = None
        if fmt == "csv":
            self._csv = csv.writer(out, lineterminator="\n")
            self._csv.writerow(self.names)
        elif fmt == "json":
            out.write("[")

    def write(self, row: Any) -> None:
        """Write one row."""
        values = record(row, self.names)
        if self._csv is not None:
            self._csv.writerow([_csv_cell(values[name]) for name in self.names])
        else:
            values.update(row.extra)  # JSON keeps fields the schema does not know
            if self._fmt == "json":
                self._out.write(",\n" if self.count else "\n")
            self._out.write(orjson.dumps(values).decode())
            if self._fmt == "jsonl":
                self._out.write("\n")
        self.count += 1

    def finish(self) -> None:
        """End the output (a JSON array is closed; the other formats need nothing)."""
        if self._fmt == "json":
            self._out.write("\n]\n" if self.count else "]\n")


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", "": "csv"}


def format_for(path: str, given: str | None) -> str:
    """The export format: as given, else from the file's suffix (CSV for stdout or none).

    Raises:
        ValueError: the suffix names a format the export cannot write (``.parquet``...).

    """
    if given is not None:
        return given
    suffix = "" if path == "-" else Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValueError(
            f"--out {path}: cannot write {suffix} files; use .csv, .jsonl or .json (or --format)"
        )
    return _SUFFIXES[suffix]


def _mode_for(target: Path) -> int:
    """An existing file's mode, or what the umask gives a new file."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def output(path: str, stdout: TextIO) -> Iterator[TextIO]:
    """A text stream for ``path`` (``-``: stdout), renamed into place only on success."""
    if path == "-":
        yield stdout
        stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(f"--out {path}: is a directory")
    directory = target.parent
    if not directory.is_dir():
        raise FileNotFoundError(f"--out {path}: no directory {str(directory)!r}")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed or removed below
            "w",
            dir=directory,
            prefix=f".{target.name}.",
            suffix=".part",
            delete=False,
            newline="",
            encoding="utf-8",
        )
    except OSError as exc:
        # The name the person gave, and why in words (not the temporary file's name).
        why = os.strerror(exc.errno) if exc.errno else str(exc)
        raise OSError(f"--out {path}: cannot write there ({why.lower()})") from None
    try:
        yield typing.cast(TextIO, handle)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.chmod(handle.name, _mode_for(target))  # not the temporary file's 0600
        os.replace(handle.name, target)
    except BaseException:
        handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        raise
