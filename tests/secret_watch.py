"""A pytest plugin that watches everything the suite shows for a private key.

While the suite runs it takes in:

* every log record, from any logger, down to DEBUG (the ``byteful_async`` logger is set to
  DEBUG for the session so its per-request lines are produced and read too);
* every :class:`~byteful_async.BytefulError` created (its ``str``, ``repr`` and attributes,
  read when the test ends, after the SDK has finished with it);
* every exception a test caught with ``pytest.raises`` (TypeErrors and ValueErrors from the
  argument checks included);
* the ``repr`` of every :class:`~byteful_async.AsyncByteful` made, and of its attributes;
* the local variables of every frame in the traceback of each of those exceptions (and of
  their causes), as a crash reporter such as Sentry, ``pytest -l`` or rich would print them:
  each value's ``repr``, and a few levels into containers and the SDK's own objects.

After each test it looks in all of that for every private key a client was given (from an
argument or the environment) and for the value of every :class:`~byteful_async.Secret` the
SDK made (proxy-user passwords, a proxy URL, a webhook secret); hits are kept for
``tests/test_secrets.py``, which runs last.
"""

from __future__ import annotations

import collections
import functools
import logging
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import byteful_async
import byteful_async.testing
from byteful_async import AsyncByteful, BytefulError
from byteful_async._basics._secret import Secret
from byteful_async.testing import DEFAULT_PRIVATE_KEY

#: Shorter keys ("sk" in a refused-key test) would match ordinary words.
SHORTEST_KEY = 8


#: How far into a local's containers and attributes the frame walk looks.
FRAME_DEPTH = 3
#: Containers longer than this are not walked item by item (their repr still is).
WIDEST = 100


#: The SDK's own code: its frames are the ones that must not hold the key (a test's frames
#: and the fake server's, which is the other side of the wire, may).
SDK_DIR = str(Path(byteful_async.__file__).parent)
FAKE_DIR = str(Path(byteful_async.testing.__file__).parent)


def _is_sdk(filename: str) -> bool:
    return filename.startswith(SDK_DIR) and not filename.startswith(FAKE_DIR)


def frame_locals(
    error: BaseException, *, only: Callable[[str], bool] = _is_sdk
) -> Iterator[tuple[str, object]]:
    """``(function:name, value)`` for each local of each SDK frame of ``error``'s tracebacks.

    Follows ``__cause__`` and ``__context__``, as crash reporters do. ``only`` picks frames
    by file name.
    """
    done: set[int] = set()
    chain: list[BaseException] = [error]
    while chain:
        exc = chain.pop()
        if id(exc) in done:
            continue
        done.add(id(exc))
        tb = exc.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if only(frame.f_code.co_filename):
                for name, value in frame.f_locals.items():
                    yield f"{frame.f_code.co_qualname}:{name}", value
            tb = tb.tb_next
        chain += [e for e in (exc.__cause__, exc.__context__) if e is not None]


def _children(value: object) -> list[object]:
    if isinstance(value, str | bytes | int | float | Secret):
        return []
    if isinstance(value, Mapping):
        return [*value.keys(), *value.values()] if len(value) <= WIDEST else []
    if isinstance(value, list | tuple | set | frozenset):
        return list(value) if len(value) <= WIDEST else []
    if not type(value).__module__.startswith("byteful_async"):
        return []
    names = list(getattr(value, "__dict__", {}))
    for cls in type(value).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names += [slots] if isinstance(slots, str) else list(slots)
    return [getattr(value, n) for n in names if hasattr(value, n)]


def shown(value: object, depth: int = 0) -> Iterator[str]:
    """What a crash reporter could print of ``value``: its repr and those of what it holds.

    A :class:`~byteful_async.Secret` is the one holder allowed to hold the key; its repr is
    read, its inside is not.
    """
    if isinstance(value, bytes):
        # Raw bytes are only ever what the server sent (the SDK never encodes the key into
        # a body); a server that echoes the key is shown in messages with it masked.
        return
    try:
        yield repr(value)
    except Exception:  # a repr that fails shows nothing
        return
    if depth < FRAME_DEPTH:
        for child in _children(value):
            yield from shown(child, depth + 1)


class SecretWatch(logging.Handler):
    """Collects what the current test shows; checks it for keys when the test ends."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.keys: set[str] = {DEFAULT_PRIVATE_KEY}
        self.secrets: set[str] = set()
        """The values of the Secrets made during the current test."""
        self.seen_secrets: set[str] = set()
        """Every such value over the run (for the summary)."""
        self.seen: collections.Counter[str] = collections.Counter()
        """How many of each kind of thing were checked, over the whole run."""
        self.leaks: list[str] = []
        """``test id: where: text`` for each hit."""
        self._texts: list[tuple[str, str]] = []
        self._errors: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.getMessage()} {vars(record)!r}"
        if record.exc_info and record.exc_info[1] is not None:
            self._errors.append(record.exc_info[1])
        self._texts.append(("log record", text))
        self.seen["log records"] += 1

    def error(self, error: BaseException) -> None:
        self._errors.append(error)

    def secret(self, held: Secret) -> None:
        """Every :class:`Secret` made during a test is watched in what that test shows.

        (Passwords, webhook secrets, proxy URLs: the test's own. A value another test held
        may come back from the fake as data, where it is no leak of this test's.)
        """
        value = held.reveal()
        if len(value) >= SHORTEST_KEY:
            self.secrets.add(value)
            self.seen_secrets.add(value)

    def client(self, client: AsyncByteful) -> None:
        secret = client._transport.secret.reveal()
        if len(secret) >= SHORTEST_KEY:
            self.keys.add(secret)
        self._texts.append(("client repr", f"{client!r} {vars(client)!r}"))
        self.seen["clients"] += 1

    def check(self, test: str) -> None:
        """Look for every key in what ``test`` showed, then forget it."""
        texts = self._texts
        for error in self._errors:
            texts.append(("error", f"{error} {error!r} {vars(error)!r}"))
            self.seen["errors"] += 1
            for where, value in frame_locals(error):
                texts += [(f"frame local {where}", text) for text in shown(value)]
                self.seen["frame locals"] += 1
        watched = self.keys | self.secrets
        for where, text in texts:
            for key in watched:
                if key in text:
                    self.leaks.append(f"{test}: {where}: {text[:300]}")
        self._texts, self._errors = [], []
        self.secrets = set()


WATCH = SecretWatch()


def _then(init: Callable[..., None], record: Callable[[Any], None]) -> Callable[..., None]:
    """``init``, followed by handing the new object to ``record``."""

    @functools.wraps(init)  # its signature stays inspectable
    def watched(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        record(self)

    return watched


class _Raises:
    """``pytest.raises(...)`` as a context manager, handing the caught exception to the watch."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __enter__(self) -> Any:
        return self._inner.__enter__()

    def __exit__(self, *exc_info: Any) -> Any:
        if exc_info[1] is not None:
            WATCH.error(exc_info[1])
        return self._inner.__exit__(*exc_info)


def _watching_raises(raises: Callable[..., Any]) -> Callable[..., Any]:
    def watched(*args: Any, **kwargs: Any) -> Any:
        outcome = raises(*args, **kwargs)
        return _Raises(outcome) if hasattr(outcome, "__enter__") else outcome

    return watched


@pytest.fixture(scope="session", autouse=True)
def _secret_watch() -> Iterator[SecretWatch]:
    patch = pytest.MonkeyPatch()
    patch.setattr(AsyncByteful, "__init__", _then(AsyncByteful.__init__, WATCH.client))
    patch.setattr(BytefulError, "__init__", _then(BytefulError.__init__, WATCH.error))
    patch.setattr(Secret, "__init__", _then(Secret.__init__, WATCH.secret))
    patch.setattr(pytest, "raises", _watching_raises(pytest.raises))
    sdk_logger = logging.getLogger("byteful_async")
    level = sdk_logger.level
    sdk_logger.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(WATCH)
    yield WATCH
    root.removeHandler(WATCH)
    sdk_logger.setLevel(level)
    patch.undo()


@pytest.fixture(autouse=True)
def _check_for_secrets(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    before = len(WATCH.leaks)
    WATCH.check(request.node.nodeid)
    # Each test answers for what it showed, in whichever worker process it ran.
    if len(WATCH.leaks) > before:
        pytest.fail("a private key was shown: " + "; ".join(WATCH.leaks[before:]))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In a pytest-xdist worker: hand this worker's figures to the controller."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["secret_watch"] = {
            **WATCH.seen,
            "keys": sorted(WATCH.keys),
            "secrets": len(WATCH.seen_secrets),
            "leaks": WATCH.leaks,
        }


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """In the pytest-xdist controller: add up what each worker watched."""
    figures = getattr(node, "workeroutput", {}).get("secret_watch")
    if figures:
        WATCH.keys.update(figures.pop("keys"))
        WATCH.seen["secrets"] += figures.pop("secrets", 0)
        WATCH.leaks += figures.pop("leaks")
        WATCH.seen.update(figures)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run ``tests/test_secrets.py`` last: it reads what every other test showed."""
    items.sort(key=lambda item: item.path.name == "test_secrets.py")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line: how much was checked, for how many keys, and the hits."""
    seen = WATCH.seen
    terminalreporter.write_line(
        f"secret watch: {seen['log records']} log records, {seen['errors']} errors (with "
        f"{seen['frame locals']} frame locals) and {seen['clients']} clients checked for "
        f"{len(WATCH.keys)} private keys and "
        f"{len(WATCH.seen_secrets) + seen['secrets']} other secrets; "
        f"{len(WATCH.leaks)} hits"
    )
