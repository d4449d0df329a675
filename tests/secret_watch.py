"""A pytest plugin that watches everything the suite shows for a private key.

While the suite runs it takes in:

* every log record, from any logger, down to DEBUG (the ``byteful_async`` logger is set to
  DEBUG for the session so its per-request lines are produced and read too);
* every :class:`~byteful_async.BytefulError` created (its ``str``, ``repr`` and attributes,
  read when the test ends, after the SDK has finished with it);
* every exception a test caught with ``pytest.raises`` (TypeErrors and ValueErrors from the
  argument checks included);
* the ``repr`` of every :class:`~byteful_async.AsyncByteful` made, and of its attributes.

After each test it looks in all of that for every private key a client was given (from an
argument or the environment); hits are kept for ``tests/test_secrets.py``, which runs last.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from byteful_async import AsyncByteful, BytefulError
from byteful_async.testing import DEFAULT_PRIVATE_KEY

#: Shorter keys ("sk" in a refused-key test) would match ordinary words.
SHORTEST_KEY = 8


class SecretWatch(logging.Handler):
    """Collects what the current test shows; checks it for keys when the test ends."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.keys: set[str] = {DEFAULT_PRIVATE_KEY}
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
        for where, text in texts:
            for key in self.keys:
                if key in text:
                    self.leaks.append(f"{test}: {where}: {text[:300]}")
        self._texts, self._errors = [], []


WATCH = SecretWatch()


def _then(init: Callable[..., None], record: Callable[[Any], None]) -> Callable[..., None]:
    """``init``, followed by handing the new object to ``record``."""

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
    WATCH.check(request.node.nodeid)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run ``tests/test_secrets.py`` last: it reads what every other test showed."""
    items.sort(key=lambda item: item.path.name == "test_secrets.py")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line: how much was checked, for how many keys, and the hits."""
    seen = WATCH.seen
    terminalreporter.write_line(
        f"secret watch: {seen['log records']} log records, {seen['errors']} errors and "
        f"{seen['clients']} clients checked for {len(WATCH.keys)} private keys; "
        f"{len(WATCH.leaks)} hits"
    )
