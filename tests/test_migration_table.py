"""The migration table from byteful-sdk names every call of that SDK and only calls we have."""

from __future__ import annotations

import inspect
import re
import typing
from pathlib import Path

import pytest

from byteful_async._sync._attributes import SyncResourceAttributes
from byteful_async.resources import ResourceAttributes

byteful_sdk = pytest.importorskip("byteful")  # the published sync SDK, installed by make test

TABLE = Path(__file__).resolve().parent.parent / "docs" / "migrating-from-byteful-sdk.md"
ROWS = re.findall(r"^\| `client\.(\w+)\(.*?\)` \| (.+) \|$", TABLE.read_text(), flags=re.M)
OURS = re.compile(r"`client\.(\w+)\.(\w+)\(")


def test_every_public_call_of_the_published_sdk_has_a_row() -> None:
    theirs = {
        name
        for name, member in inspect.getmembers(byteful_sdk.BytefulClient)
        if callable(member) and not name.startswith("_")
    }
    listed = [name for name, _ in ROWS]
    assert len(listed) == len(set(listed)), "a call is listed twice"
    assert set(listed) == theirs


def _resource_class(attributes: type, name: str) -> type:
    made: type = typing.get_type_hints(attributes.__dict__[name].func)["return"]
    return made


@pytest.mark.parametrize(("theirs", "ours"), ROWS, ids=[name for name, _ in ROWS])
def test_each_row_names_a_method_both_clients_have(theirs: str, ours: str) -> None:
    named = OURS.findall(ours)
    if not named:  # a helper of theirs: ours is a ProxyConnection, or nothing is needed
        assert "ProxyConnection" in ours or theirs in ("invalidate_proxy_cache", "close"), theirs
    for resource, method in named:
        for attributes in (ResourceAttributes, SyncResourceAttributes):
            assert callable(getattr(_resource_class(attributes, resource), method, None)), (
                f"{attributes.__name__}.{resource} has no {method}"
            )
