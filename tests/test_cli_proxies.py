"""`byteful proxies` and `byteful proxy-users`, run for real against FakeByteful."""

from __future__ import annotations

import asyncio
import io
import json

import pytest

from byteful_async.cli import main
from byteful_async.cli._commands import keys_for
from byteful_async.resources._proxy_users import PASSWORD_LENGTH
from byteful_async.testing import FakeByteful

from .test_cli import Run

pytestmark = pytest.mark.fake_byteful(rate_limit=None)


class Terminal(io.StringIO):
    """A stdin that is a terminal, with the answer already typed."""

    def isatty(self) -> bool:
        return True


async def byteful(*argv: str, stdin: io.StringIO | None = None) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = await asyncio.to_thread(
        main, list(argv), stdout=out, stderr=err, stdin=stdin or io.StringIO("")
    )
    return Run(code, out.getvalue(), err.getvalue())


def _user(fake: FakeByteful, name: str) -> dict[str, object] | None:
    return next(
        (
            u
            for u in fake.account.proxy_users
            if u["proxy_user_id"] == name and not u["proxy_user_is_deleted"]
        ),
        None,
    )


async def test_proxies_list_shows_only_the_matching_proxies(fake_byteful: FakeByteful) -> None:
    run = await byteful("proxies", "list", "--service", "API-1955-0003", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    isp = [p for p in fake_byteful.account.proxies if p["service_id"] == "API-1955-0003"]
    others = [p for p in fake_byteful.account.proxies if p["service_id"] != "API-1955-0003"]
    assert f"Proxies ({len(isp)})" in run.out
    assert all(p["proxy_id"] in run.out for p in isp)
    assert not any(p["proxy_id"] in run.out for p in others)


async def test_proxies_lines_give_one_line_per_proxy_with_the_users_credentials(
    fake_byteful: FakeByteful,
) -> None:
    run = await byteful(
        "proxies", "lines", "--country", "us", "--user", "ads_team_user1", "--format", "socks5",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    user = _user(fake_byteful, "ads_team_user1")
    assert user is not None
    us = [p for p in fake_byteful.account.proxies if p["country_id"] == "us"]
    assert run.out.splitlines() == [
        f"socks5://ads_team_user1:{user['proxy_user_password']}@{p['proxy_ip_address']}:"
        f"{p['proxy_socks5_port']}"
        for p in us
    ]
    assert f"{len(us)} lines" in run.err


async def test_pool_lines_encode_the_targeting(fake_byteful: FakeByteful) -> None:
    run = await byteful(
        "proxies", "pool-lines", "--pool", "mobile", "--country", "de", "--count", "4",
        "--session", "rotating", *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) == 4
    assert all(":default_user-country-de:" in line for line in lines)
    assert all("session" not in line for line in lines)


async def test_proxy_users_list_never_shows_a_password(fake_byteful: FakeByteful) -> None:
    run = await byteful("proxy-users", "list", *keys_for(fake_byteful))
    assert run.code == 0, run.err
    assert "ads_team_user1" in run.out and "team=ads" in run.out
    for user in fake_byteful.account.proxy_users:
        assert str(user["proxy_user_password"]) not in run.out + run.err


async def test_create_rotate_and_delete_a_proxy_user(fake_byteful: FakeByteful) -> None:
    keys = keys_for(fake_byteful)
    made = await byteful(
        "proxy-users", "create", "cli_bot_user01", "--metadata", "team=cli", "--access",
        "service_restricted", *keys,
    )  # fmt: skip
    assert made.code == 0, made.err
    created = _user(fake_byteful, "cli_bot_user01")
    assert created is not None
    assert created["proxy_user_metadata"] == {"team": "cli"}
    assert created["proxy_user_access_type"] == "service_restricted"
    assert made.out.splitlines()[-1] == f"Password: {created['proxy_user_password']}"

    old = created["proxy_user_password"]
    rotated = await byteful("proxy-users", "rotate-password", "cli_bot_user01", "--yes", *keys)
    assert rotated.code == 0, rotated.err
    now = _user(fake_byteful, "cli_bot_user01")
    assert now is not None and now["proxy_user_password"] != old
    assert rotated.out.splitlines()[-1] == f"Password: {now['proxy_user_password']}"
    assert len(str(now["proxy_user_password"])) == PASSWORD_LENGTH

    deletes = fake_byteful.count(method="DELETE")
    gone = await byteful("proxy-users", "delete", "cli_bot_user01", "--yes", *keys)
    assert gone.code == 0, gone.err
    assert fake_byteful.count(method="DELETE") == deletes + 1
    assert _user(fake_byteful, "cli_bot_user01") is None


async def test_a_name_left_out_is_the_apis_choice(fake_byteful: FakeByteful) -> None:
    before = {u["proxy_user_id"] for u in fake_byteful.account.proxy_users}
    made = await byteful("proxy-users", "create", *keys_for(fake_byteful))
    assert made.code == 0, made.err
    (new,) = {u["proxy_user_id"] for u in fake_byteful.account.proxy_users} - before
    assert f"Created proxy user {new}" in made.out


@pytest.mark.parametrize("verb", ["delete", "rotate-password"])
async def test_a_destructive_action_asks_first(fake_byteful: FakeByteful, verb: str) -> None:
    keys = keys_for(fake_byteful)
    sent = len(fake_byteful.requests)
    # No terminal and no --yes: refused, nothing sent.
    refused = await byteful("proxy-users", verb, "ads_team_user1", *keys)
    assert refused.code == 2
    assert "--yes" in refused.err
    # A terminal answering no: nothing sent either.
    declined = await byteful("proxy-users", verb, "ads_team_user1", *keys, stdin=Terminal("n\n"))
    assert declined.code == 1
    assert "[y/N]" in declined.err
    assert len(fake_byteful.requests) == sent
    password = (_user(fake_byteful, "ads_team_user1") or {})["proxy_user_password"]
    # A terminal answering yes: done.
    agreed = await byteful("proxy-users", verb, "ads_team_user1", *keys, stdin=Terminal("y\n"))
    assert agreed.code == 0, agreed.err
    after = _user(fake_byteful, "ads_team_user1")
    assert after is None if verb == "delete" else after["proxy_user_password"] != password  # type: ignore[index]


async def test_bad_proxy_options_are_refused_before_any_request(
    fake_byteful: FakeByteful,
) -> None:
    sent = len(fake_byteful.requests)
    for argv in (
        ["proxies", "lines", "--format", "xml"],
        ["proxies", "list", "--status", "sleeping"],
        ["proxies", "pool-lines", "--pool", "residential", "--count", "0"],
        ["proxy-users", "create", "x", "--metadata", "novalue"],
        ["proxy-users", "delete"],
    ):
        run = await byteful(*argv, *keys_for(fake_byteful))
        assert run.code == 2, argv
        assert run.err.startswith("byteful: error: "), run.err
    assert len(fake_byteful.requests) == sent


async def test_the_proxy_user_writes_answer_json_when_asked(fake_byteful: FakeByteful) -> None:
    keys = keys_for(fake_byteful)
    made = await byteful("proxy-users", "create", "json_bot_user01", "--json", *keys)
    assert made.code == 0, made.err
    created = json.loads(made.out)
    user = _user(fake_byteful, "json_bot_user01")
    assert user is not None
    assert created["proxy_user_id"] == "json_bot_user01"
    assert created["proxy_user_password"] == user["proxy_user_password"]

    rotated = await byteful(
        "proxy-users", "rotate-password", "json_bot_user01", "--yes", "--json", *keys
    )
    assert rotated.code == 0, rotated.err
    now = _user(fake_byteful, "json_bot_user01")
    assert now is not None
    assert json.loads(rotated.out) == {
        "proxy_user_id": "json_bot_user01",
        "proxy_user_password": now["proxy_user_password"],
    }

    gone = await byteful("proxy-users", "delete", "json_bot_user01", "--yes", "--json", *keys)
    assert gone.code == 0, gone.err
    assert json.loads(gone.out) == {"proxy_user_id": "json_bot_user01", "deleted": True}
    assert _user(fake_byteful, "json_bot_user01") is None


async def test_a_filter_that_matches_no_proxy_is_said_on_stderr(fake_byteful: FakeByteful) -> None:
    run = await byteful("proxies", "lines", "--country", "zz", *keys_for(fake_byteful))
    assert run.code == 0 and run.out == ""
    assert "no proxy matches --country zz" in run.err
    some = await byteful("proxies", "lines", "--country", "us", *keys_for(fake_byteful))
    assert some.out and "no proxy matches" not in some.err
