"""Every credential is a secret, not only the API key.

Proxy-user passwords (create, edit, rotate) are held as a :class:`Secret` from the first SDK
frame: in no error text, repr or SDK frame local, and masked in ``error.call.body``; a new
password is made on this side, so a lost answer never loses it; a proxy URL's password and a
database URL's never show in an error. (The secret watch also looks for every Secret's value
in everything each test shows.)
"""

from __future__ import annotations

import pytest
from aiohttp import web

from byteful_async import APIConnectionError, AsyncByteful, BytefulError, Secret
from byteful_async.mirror import LedgerStore, MirrorError
from byteful_async.testing import FakeByteful
from tests.rogue import Rogue

from .secret_watch import frame_locals, shown
from .test_cli_proxies import byteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None)

PASSWORD = "Pw0rdWatched42"


def everything_shown(error: BaseException) -> list[str]:
    """The texts a crash reporter or a log line could show for ``error``."""
    texts = [str(error), repr(error), repr(vars(error)), repr(error.__dict__.get("call"))]
    texts += [text for _, value in frame_locals(error) for text in shown(value)]
    return texts


def user(fake: FakeByteful, name: str) -> dict[str, object]:
    return next(u for u in fake.account.proxy_users if u["proxy_user_id"] == name)


@pytest.mark.parametrize("fault", ["500_after", "drop_after", "truncate"])
async def test_a_password_is_nowhere_in_an_uncertain_create(
    fake_byteful: FakeByteful, fault: str
) -> None:
    fake_byteful.inject(fault, path="/proxy_user/create")  # type: ignore[arg-type]
    async with fake_byteful.client(max_retries=0) as client:
        with pytest.raises(BytefulError) as caught:
            await client.proxy_users.create(
                proxy_user_id="watched_user_1", proxy_user_password=PASSWORD
            )
    error = caught.value
    assert error.outcome_unknown and error.call is not None
    assert [t for t in everything_shown(error) if PASSWORD in t] == []
    held = error.call.body["proxy_user_password"]
    assert isinstance(held, Secret) and held.reveal() == PASSWORD  # masked, not lost
    assert user(fake_byteful, "watched_user_1")["proxy_user_password"] == PASSWORD


async def test_a_password_is_nowhere_in_a_refused_edit(fake_byteful: FakeByteful) -> None:
    problem = {"error": "Bad Request", "message": "no", "api_request_id": "r1"}
    fake_byteful.respond(400, problem, path="/proxy_user/edit")
    async with fake_byteful.client(max_retries=0) as client:
        with pytest.raises(BytefulError) as caught:
            await client.proxy_users.edit("ads_team_user1", proxy_user_password=PASSWORD)
        with pytest.raises(TypeError) as wrong:
            await client.proxy_users.edit("ads_team_user1", proxy_user_password=1234567890)  # type: ignore[typeddict-item]
    assert [t for t in everything_shown(caught.value) if PASSWORD in t] == []
    assert "1234567890" not in str(wrong.value)


async def test_rotate_password_never_loses_the_new_password(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(max_retries=0) as client:
        fresh = await client.proxy_users.rotate_password("ads_team_user1")
        assert isinstance(fresh, Secret) and repr(fresh) == "Secret('[redacted]')"
        assert user(fake_byteful, "ads_team_user1")["proxy_user_password"] == fresh.reveal()
        fake_byteful.inject("drop_after", path="/proxy_user/edit")
        with pytest.raises(BytefulError) as caught:
            await client.proxy_users.rotate_password("ads_team_user1")
    error = caught.value
    assert error.outcome_unknown and error.call is not None
    now = user(fake_byteful, "ads_team_user1")["proxy_user_password"]
    assert now != fresh.reveal()  # the server did change it, and the answer was lost...
    assert error.call.body["proxy_user_password"].reveal() == now  # ...yet it is not lost
    assert "proxy_user_password" in (error.advice or "")


async def test_the_cli_hands_out_a_rotated_password_whose_answer_was_lost(
    fake_byteful: FakeByteful,
) -> None:
    from byteful_async.cli._commands import keys_for

    fake_byteful.inject("drop_after", path="/proxy_user/edit")
    run = await byteful(
        "proxy-users", "rotate-password", "ads_team_user1", "--yes", "--max-retries", "0",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 1
    assert "may now have this password" in run.err
    now = user(fake_byteful, "ads_team_user1")["proxy_user_password"]
    assert f"Password: {now}" in run.out


async def test_a_proxy_urls_password_is_not_in_the_error() -> None:
    async def refuse(request: web.Request) -> web.StreamResponse:
        return web.Response(status=407, headers={"Proxy-Authenticate": 'Basic realm="p"'})

    async with Rogue(refuse) as proxy:
        via = proxy.url.replace("http://", "http://bob:Hunter2proxy@")
        async with AsyncByteful(
            "pk_proxy_user", "sk_proxy_0123456789",
            base_url="https://api.example.invalid/1.0", proxy=via, max_retries=0,
        ) as client:  # fmt: skip
            with pytest.raises(APIConnectionError) as caught:
                await client.customer.retrieve()
    assert "bob:[redacted]@" in str(caught.value)
    assert [t for t in everything_shown(caught.value) if "Hunter2proxy" in t] == []


@pytest.mark.parametrize(
    "url",
    [
        "postgres ql://bob:Hunter2db@host/x",  # does not parse
        "mysql://bob:Hunter2db@host/x",  # not a kind the mirror keeps
    ],
)
def test_a_database_urls_password_is_not_in_the_error(url: str) -> None:
    with pytest.raises(MirrorError) as caught:
        LedgerStore(url)
    assert "Hunter2db" not in str(caught.value) and "bob:" in str(caught.value)
