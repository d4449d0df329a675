"""Proxy users and their access rules, end to end against the fake server."""

from __future__ import annotations

import pytest

from byteful_async import (
    APIConnectionError,
    AsyncByteful,
    ConflictError,
    NotFoundError,
    ProxyUser,
    UnprocessableEntityError,
)
from byteful_async._calls._endpoint import Created
from byteful_async.testing import FakeByteful


async def test_a_proxy_user_from_creation_to_deletion(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    made = await client.proxy_users.create(
        proxy_user_id="billing_bot_01",
        proxy_user_access_type="service_restricted",
        proxy_user_metadata={"team": "billing", "tier": 2},
    )
    assert isinstance(made, Created) and made.created == ["billing_bot_01"]
    assert isinstance(made.data, ProxyUser) and made.data.proxy_user_password
    assert made.data.proxy_user_password not in repr(made)

    found = await client.proxy_users.search(metadata={"team": "billing", "min_tier": 2})
    assert [u.proxy_user_id for u in found.items] == ["billing_bot_01"]

    rule = await client.proxy_user_acls.create(
        proxy_user_id="billing_bot_01", service_id="API-1955-0003"
    )
    (rule_id,) = rule.created
    acl = await client.proxy_user_acls.retrieve(rule_id)
    assert (acl.proxy_user_id, acl.service_id, acl.proxy_id) == (
        "billing_bot_01",
        "API-1955-0003",
        None,
    )

    rotated = await client.proxy_users.edit("billing_bot_01", proxy_user_password="NewPassw0rd2026")
    assert rotated.edited == ["billing_bot_01"]
    user = await client.proxy_users.retrieve("billing_bot_01")
    assert user.proxy_user_password == "NewPassw0rd2026"
    assert "NewPassw0rd2026" not in repr(user)

    gone = await client.proxy_users.delete("billing_bot_01")
    assert gone.deleted == ["billing_bot_01"]
    assert fake_byteful.count(method="DELETE", path="/proxy_user/delete") == 1
    with pytest.raises(NotFoundError):
        await client.proxy_users.retrieve("billing_bot_01")
    # Its access rule went with it.
    assert (await client.proxy_user_acls.search(proxy_user_id="billing_bot_01")).total_count == 0


async def test_the_documented_acl_rules(client: AsyncByteful) -> None:
    # The default user stays "all"; an "all" user takes no ACL; a proxy ACL needs
    # proxy_restricted.
    with pytest.raises(UnprocessableEntityError):
        await client.proxy_users.edit("default_user", proxy_user_access_type="service_restricted")
    with pytest.raises(UnprocessableEntityError):
        await client.proxy_user_acls.create(
            proxy_user_id="ads_team_user1", service_id="API-1955-0003"
        )
    proxy = (await client.proxies.search(service_id="API-1955-0003")).items[0]
    await client.proxy_users.edit("ads_team_user1", proxy_user_access_type="proxy_restricted")
    rule = await client.proxy_user_acls.create(
        proxy_user_id="ads_team_user1", proxy_id=proxy.proxy_id
    )
    # Back to "all" only by clearing the rules, which the answer lists.
    with pytest.raises(UnprocessableEntityError, match="clear_proxy_user_acl"):
        await client.proxy_users.edit("ads_team_user1", proxy_user_access_type="all")
    cleared = await client.proxy_users.edit(
        "ads_team_user1", proxy_user_access_type="all", clear_proxy_user_acl=True
    )
    assert cleared.proxy_user_acl_deleted == rule.created
    with pytest.raises(ConflictError):
        await client.proxy_users.create(proxy_user_id="ads_team_user1")


async def test_proxies_carry_their_place_and_users(client: AsyncByteful) -> None:
    page = await client.proxies.search(country_id="us", per_page=2)
    assert page.total_count == 5 and len(page.items) == 2
    proxy = await client.proxies.retrieve(page.items[0].proxy_id)
    assert proxy.city_name == "Austin" and proxy.proxy_user_ids == ["default_user"]
    assert proxy.proxy_password is not None and proxy.proxy_password not in repr(proxy)
    with pytest.raises(NotFoundError):
        await client.proxies.retrieve("00000000-0000-4000-8000-000000000000")


async def test_an_uncertain_create_or_delete_is_never_resent(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(max_retries=5, rate_limit=None) as client:
        fake_byteful.inject("drop_after", path="/proxy_user/create")
        with pytest.raises(APIConnectionError) as made:
            await client.proxy_users.create(proxy_user_id="one_shot_user")
        fake_byteful.inject("drop_after", path="/proxy_user/delete")
        with pytest.raises(APIConnectionError) as deleted:
            await client.proxy_users.delete("scraper_bot_02")
    assert fake_byteful.count(path="/proxy_user/create") == 1
    assert fake_byteful.count(path="/proxy_user/delete") == 1
    assert made.value.outcome_unknown and "proxy_users.search" in (made.value.advice or "")
    assert deleted.value.outcome_unknown and "retrieve" in (deleted.value.advice or "")


async def test_ip_authentications_are_a_list_of_text(
    client: AsyncByteful, fake_byteful: FakeByteful
) -> None:
    await client.proxy_users.create(
        proxy_user_id="ip_auth_user_1", ip_address_authentications=["203.0.113.7"]
    )
    user = await client.proxy_users.retrieve("ip_auth_user_1")
    assert user.ip_address_authentications == ["203.0.113.7"]
    sent = fake_byteful.count()
    with pytest.raises(TypeError, match=r"ip_address_authentications\[0\] must be a str"):
        await client.proxy_users.create(ip_address_authentications=[7])
    assert fake_byteful.count() == sent


async def test_a_city_list_line_carries_the_targeting_and_credentials(
    client: AsyncByteful,
) -> None:
    lines = await client.residential.list(
        list_count=3, country_id="us", city_alias="austin", list_format="http"
    )
    assert len(lines) == 3 and len(set(lines)) == 3  # one sticky session each
    user = await client.proxy_users.retrieve("default_user")
    assert all(
        line.startswith("http://default_user-country-us-city-austin-session-")
        and f":{user.proxy_user_password}@residential.byteful.test:8080" in line
        for line in lines
    )
    with pytest.raises(ValueError, match="list_count must be at least 1"):
        await client.residential.list(list_count=0)


async def test_lists_by_id_and_who_may_use_them(client: AsyncByteful) -> None:
    proxies = (await client.proxies.search(service_id="API-1955-0003")).items
    ids = [p.proxy_id for p in reversed(proxies)]
    lines = await client.proxies.list_by_id(ids, proxy_user_id="scraper_bot_02")
    assert [line.split(":")[0] for line in lines] == [
        p.proxy_ip_address for p in reversed(proxies)
    ]  # one line each, in the order asked
    rows = await client.proxies.list_options(proxy_ids=ids)
    access = {r.proxy_user_id: r.has_access for r in rows}
    # scraper_bot_02 is service_restricted with an ACL on this service; the others are all.
    assert access == {"default_user": True, "ads_team_user1": True, "scraper_bot_02": True}
