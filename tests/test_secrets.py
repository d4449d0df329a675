"""No private key in anything the suite showed: log records, errors, reprs (runs last)."""

from __future__ import annotations

import logging

import pytest

from byteful_async import AuthenticationError, NotFoundError
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES
from .secret_watch import WATCH, SecretWatch

CANARY = "sk_live_canary_5e0c9b71d2"


def test_the_watch_finds_a_key() -> None:
    probe = SecretWatch()
    probe.keys = {CANARY}
    probe.emit(logging.LogRecord("x", logging.DEBUG, __file__, 1, "sent %s", (CANARY,), None))
    probe.error(ValueError(f"bad key {CANARY[:-1]}"))  # a partial key is not a hit
    probe.check("probe")
    assert len(probe.leaks) == 1
    assert probe.leaks[0].startswith(f"probe: log record: sent {CANARY}")
    assert probe.seen == {"log records": 1, "errors": 1}


async def test_no_private_key_in_any_log_record_error_or_repr(fake_byteful: FakeByteful) -> None:
    # Show some of everything here too, so the check reads something even when run alone.
    async with fake_byteful.client(private_key=CANARY, rate_limit=None) as stranger:
        with pytest.raises(AuthenticationError):
            await stranger.customer.retrieve()
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        fake_byteful.inject("503")
        await client.customer.retrieve()  # one retry, logged
        with pytest.raises(NotFoundError):
            await client.services.retrieve("API-0000-0000")
    WATCH.check("test_secrets")
    assert {CANARY, fake_byteful.private_key} <= WATCH.keys
    assert WATCH.seen["log records"] >= 4
    assert WATCH.seen["errors"] >= 3
    assert WATCH.seen["clients"] >= 2
    assert WATCH.leaks == [], "\n".join(WATCH.leaks)
