"""The published sync SDK reads every answer of our fake: a check on the fake from outside.

``byteful-sdk`` (the sync SDK, installed by ``make test``) was written against the real API,
not against our operations table. Pointed at the fake with its default rate limit, it calls
every endpoint it has, with the arguments the fake's world can serve, and must read each
answer without an error. Its routes are read from its own source and matched to the golden
records, so nothing here is derived from our table.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import time
from typing import Any

import pytest

from byteful_async.testing import FakeByteful

from .test_every_endpoint import ARGUMENTS
from .test_golden import RECORDS

byteful = pytest.importorskip("byteful", reason="make test installs the sync SDK (byteful-sdk)")

#: Calls that change or end things: made last, so the reads before them find what they need.
_LAST = ("delete", "cancel")
#: What a call must carry to mean something (an edit changes one thing; a quote prices one).
_KEYWORDS: dict[str, dict[str, Any]] = {
    "checkout.quote": {"product_code": "isp_us", "quantity": 1},
    "services.edit": {"service_is_automatic_collection": False},
}
#: Sample values by the name of the sync SDK's first parameter (an id), where ARGUMENTS
#: has none for the endpoint.
_IDS: dict[str, Any] = {"service_id": "API-1955-0003", "proxy_user_id": "ads_team_user1"}


def sync_routes() -> dict[str, tuple[str, str]]:
    """The sync SDK's methods and the (method, path) each sends, from its source."""
    source = inspect.getsource(byteful.BytefulClient)
    found = {}
    for chunk in re.split(r"\n    def ", source)[1:]:
        name = chunk.split("(", 1)[0]
        sent = re.search(r'self\._request\(\s*"(\w+)",\s*f?"([^"]+)"', chunk)
        if sent:
            found[name] = (sent.group(1), sent.group(2))
    return found


def test_the_sync_sdk_sends_every_documented_route_and_no_other() -> None:
    routes = set(sync_routes().values())
    assert routes == {(r["method"], r["path"]) for r in RECORDS.values()}


async def test_the_sync_sdk_reads_every_answer_of_the_fake(fake_byteful: FakeByteful) -> None:
    by_route = {(r["method"], r["path"]): name for name, r in RECORDS.items()}
    calls = sorted(sync_routes().items(), key=lambda item: item[0].endswith(_LAST))
    public, private = fake_byteful.keys[0]
    client = byteful.BytefulClient(public, private, base_url=fake_byteful.url)

    limited: list[str] = []

    def run() -> list[str]:
        failures = []
        for method_name, route in calls:
            operation = by_route[route]
            method = getattr(client, method_name)
            arguments = ARGUMENTS.get(operation)
            if arguments is not None:
                positional, keywords = arguments(fake_byteful)
            else:
                first = next(iter(inspect.signature(method).parameters.values()), None)
                needs = first is not None and first.default is inspect.Parameter.empty
                positional = [_IDS.get(first.name, "API-1955-0001")] if needs else []  # type: ignore[union-attr]
                keywords = {}
            keywords = {**keywords, **_KEYWORDS.get(operation, {})}
            for attempt in (1, 2):
                try:
                    method(*positional, **keywords)
                except byteful.RateLimitedError:
                    # Its limiter keeps no margin for arrival skew (ours does); as its user
                    # would, wait out the second the 429 names, once.
                    limited.append(method_name)
                    if attempt == 1:
                        time.sleep(1.0)
                        continue
                    failures.append(f"{method_name} ({operation}): 429 twice")
                except Exception as exc:  # the point: which answers it could not read
                    failures.append(f"{method_name} ({operation}): {type(exc).__name__}: {exc}")
                break
        return failures

    try:
        failures = await asyncio.to_thread(run)
    finally:
        client.close()
    assert failures == []
    assert fake_byteful.count(status=429) == len(limited)  # the fake counted what it refused
