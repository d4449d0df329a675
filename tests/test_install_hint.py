"""An error that asks for an extra gives the pip command that works for this installation."""

from __future__ import annotations

import json
from importlib import metadata
from typing import Any

import pytest

from byteful_async._basics import _install
from byteful_async._basics._install import install_command


class _Installed:
    def __init__(self, origin: dict[str, Any] | None) -> None:
        self._text = None if origin is None else json.dumps(origin)

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return self._text


@pytest.mark.parametrize(
    ("origin", "command"),
    [
        (
            {"url": "file:///home/me/byteful%20async", "dir_info": {"editable": True}},
            "pip install -e '/home/me/byteful async[plot]'",
        ),
        (
            {"url": "file:///srv/src/byteful-async", "dir_info": {}},
            "pip install '/srv/src/byteful-async[plot]'",
        ),
        (
            {"url": "file:///tmp/dist/byteful_async-0.1.0-py3-none-any.whl", "archive_info": {}},
            "pip install '/tmp/dist/byteful_async-0.1.0-py3-none-any.whl[plot]'",
        ),
        (None, "pip install 'byteful-async[plot]'"),  # from an index: no direct_url.json
        ({"url": "https://example.org/byteful_async.whl"}, "pip install 'byteful-async[plot]'"),
    ],
)
def test_the_command_follows_where_it_was_installed_from(
    monkeypatch: pytest.MonkeyPatch, origin: dict[str, Any] | None, command: str
) -> None:
    monkeypatch.setattr(_install.metadata, "distribution", lambda name: _Installed(origin))
    assert install_command("plot") == command


def test_this_checkout_is_named_as_an_editable_install() -> None:
    text = metadata.distribution("byteful-async").read_text("direct_url.json") or "{}"
    if not json.loads(text).get("dir_info", {}).get("editable"):
        pytest.skip("byteful-async is not installed editable here")
    assert install_command("mirror").startswith("pip install -e ")
    assert install_command("mirror").endswith("[mirror]'")
