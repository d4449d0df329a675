"""The pytest plugin users enable: the README's example, as a test."""

from __future__ import annotations

import pytest

from byteful_async import AsyncByteful
from byteful_async.testing import FakeByteful


@pytest.mark.fake_byteful(residential_rows=1_000)
async def test_usage_report(byteful_client: AsyncByteful, fake_byteful: FakeByteful) -> None:
    rows = await byteful_client.residential_ledger.search().collect()
    assert len(rows) == 1_000
    assert fake_byteful.count(status=429) == 0
    # Ten full pages, and the eleventh, which must come back empty: a count that fills its
    # last page to the brim could be short of the rows.
    assert fake_byteful.count(path="/residential_ledger/search") == 11


async def test_defaults(fake_byteful: FakeByteful) -> None:
    assert fake_byteful.url.startswith("http://127.0.0.1:")
    assert fake_byteful.residential.size == 250
    assert fake_byteful.stats() == {
        "requests": 0,
        "rate_limited": 0,
        "server_errors": 0,
        "faults": 0,
    }
