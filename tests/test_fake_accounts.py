"""FakeByteful with many accounts: each with its own keys, data and rate window."""

from __future__ import annotations

import asyncio
from typing import NoReturn

import pytest

from byteful_async import AuthenticationError
from byteful_async.testing import FakeByteful


async def test_each_account_has_its_own_keys_data_and_window() -> None:
    async with FakeByteful(accounts=3, rate_limit=2) as server:
        assert len(server.keys) == len(server.accounts) == 3
        assert len({public for public, _ in server.keys}) == 3
        clients = [server.client(account=n, rate_limit=None, max_retries=0) for n in (1, 2, 3)]
        try:
            # Two requests each: at 2 per second per account, nobody is over the limit,
            # though the server answered six in that second.
            answers = await asyncio.gather(
                *(c.residential_ledger.search(per_page=1) for c in clients for _ in range(2))
            )
        finally:
            for client in clients:
                await client.close()
    assert all(page.items for page in answers)
    assert server.count(status=429) == 0
    assert sorted(r.account for r in server.requests) == [1, 1, 2, 2, 3, 3]
    # Seeded apart: the accounts' ledgers differ.
    first = {p.items[0].residential_ledger_id for p in answers}
    assert len(first) == 3


async def test_one_accounts_burst_is_its_own() -> None:
    async with FakeByteful(accounts=2, rate_limit=2) as server:
        async with server.client(account=2, rate_limit=None, max_retries=0) as busy:
            results = await asyncio.gather(
                *(busy.customer.retrieve() for _ in range(3)), return_exceptions=True
            )
        assert sum(isinstance(r, Exception) for r in results) == 1  # the third is over
        async with server.client(account=1, rate_limit=None, max_retries=0) as calm:
            await calm.customer.retrieve()  # account 1's window is empty
    assert [r.status for r in server.requests if r.account == 1] == [200]


async def test_a_key_of_one_account_with_anothers_secret_is_refused() -> None:
    async with FakeByteful(accounts=2) as server:
        public = server.keys[1][0]
        async with server.client(public_key=public, private_key=server.keys[0][1]) as mixed:
            with pytest.raises(AuthenticationError):
                await mixed.customer.retrieve()
        with pytest.raises(ValueError, match="account must be 1 to 2"):
            server.client(account=3)
    with pytest.raises(ValueError, match="accounts"):
        FakeByteful(accounts=0)


async def test_warm_builds_every_accounts_ledgers_before_the_first_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A benchmark starts its clock after warm(): no page may then be generated on demand
    # (60 us a row here), or whichever contender runs first pays for the whole table.
    server = FakeByteful(accounts=3, residential_rows=250, mobile_rows=250, rate_limit=None)
    server.warm()
    expected = [dict(r) for r in server.accounts[2].residential.slice(0, 100)]

    def refuse(*_: object) -> NoReturn:
        raise AssertionError("a row was generated after warm()")

    for account in server.accounts:
        monkeypatch.setattr(account.residential, "_generate", refuse)
        monkeypatch.setattr(account.mobile, "_generate", refuse)
    server.accounts[2].residential.update(7, {"residential_ledger_requests": 1})
    async with server, server.client(3) as client:
        page = await client.residential_ledger.search(per_page=100)
    assert [r.residential_ledger_id for r in page.items] == [
        r["residential_ledger_id"] for r in expected
    ]
    assert page.items[7].residential_ledger_requests == 1  # an edit shows in the built rows
