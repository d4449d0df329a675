"""Real servers for the tests: a PostgreSQL cluster and a Redis, each on a free port.

``make test`` installs the Debian package when no server is on the machine. The cluster is
made with ``initdb`` and run with ``pg_ctl`` on a free loopback port; PostgreSQL refuses to
run as root, so when the tests run as root the cluster belongs to ``nobody`` and the
commands run as that user. It is stopped, and its directory removed, when the tests end.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The unprivileged user a root test run hands the cluster to.
_UNPRIVILEGED = "nobody"


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def postgres_available() -> bool:
    """Whether ``initdb`` and ``pg_ctl`` are on this machine."""
    return _binary("initdb") is not None and _binary("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", _UNPRIVILEGED, "--", *command]


@contextmanager
def postgres_server() -> Iterator[str]:
    """A running PostgreSQL for the duration: yields ``postgresql://postgres@127.0.0.1:PORT/postgres``."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError("PostgreSQL is not installed: run `make test` (it installs it)")
    home = Path(tempfile.mkdtemp(prefix="byteful-pg-"))
    data = home / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(home, user=_UNPRIVILEGED)
        home.chmod(0o700)
    run = {"check": True, "capture_output": True, "text": True, "cwd": home}
    try:
        subprocess.run(
            _as_owner([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
            **run,  # type: ignore[call-overload]
        )
        options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={home}"
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            _as_owner([pg_ctl, "-D", str(data), "-o", options, "-l", str(home / "log"), "-w",
                       "start"]),
            **run,  # type: ignore[call-overload]
        )  # fmt: skip
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_owner([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
                check=False, capture_output=True, cwd=home,
            )  # fmt: skip
    finally:
        shutil.rmtree(home, ignore_errors=True)


@contextmanager
def redis_server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A running ``redis-server`` (no persistence): yields its URL and its process."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("Redis is not installed: run `make test` (it installs it)")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:  # it says when it is ready; no polling, no sleeping
            if b"Ready to accept connections" in line:
                break
        else:
            raise RuntimeError("redis-server exited before it was ready")
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
