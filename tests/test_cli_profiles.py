"""Profiles: `byteful login`, `logout`, `whoami`, `--profile` and `--profiles a,b`."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from byteful_async.testing import FakeByteful

from .test_cli_proxies import byteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None, accounts=2)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config directory of the test's own, and no keys in the environment."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for name in (
        "BYTEFUL_PUBLIC_KEY",
        "BYTEFUL_PRIVATE_KEY",
        "BYTEFUL_PROFILE",
        "BYTEFUL_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "byteful"


class _Memory(KeyringBackend):
    """A keyring backend that keeps passwords in a dict (as a desktop keyring would).

    Not viable, so keyring never picks it by itself: only the test that sets it uses it.
    """

    priority = 1  # type: ignore[assignment]
    viable = False  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.kept[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[_Memory]:
    before = keyring.get_keyring()
    backend = _Memory()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


async def _login(fake: FakeByteful, name: str, account: int = 1, *extra: str) -> tuple[int, str]:
    public, private = fake.keys[account - 1]
    run = await byteful(
        "login", "--profile", name, "--public-key", public, "--base-url", fake.url, *extra,
        stdin=io.StringIO(private + "\n"),
    )  # fmt: skip
    return run.code, run.err


async def test_login_keeps_the_keys_where_no_keyring_exists_in_a_file_only_you_can_read(
    fake_byteful: FakeByteful, config_home: Path
) -> None:
    code, err = await _login(fake_byteful, "agency")
    assert code == 0, err
    said = " ".join(err.split())  # the console wraps long lines
    assert "readable by you only" in said and "no keyring backend" in said
    config = (config_home / "config.toml").read_text()
    assert fake_byteful.public_key in config and fake_byteful.private_key not in config
    credentials = config_home / "credentials.toml"
    assert fake_byteful.private_key in credentials.read_text()
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    # The first profile is the default: whoami uses it with no option at all.
    who = await byteful("whoami", "--json")
    assert who.code == 0, who.err
    facts = json.loads(who.out)
    assert facts["from"] == "profile 'agency'"
    assert facts["customer"]["customer_id"] == fake_byteful.customer["customer_id"]


async def test_login_keeps_the_private_key_in_the_keyring_when_there_is_one(
    fake_byteful: FakeByteful, config_home: Path, memory_keyring: _Memory
) -> None:
    code, err = await _login(fake_byteful, "agency")
    assert code == 0, err
    assert "system keyring" in err
    assert memory_keyring.kept == {("byteful", "agency"): fake_byteful.private_key}
    assert not (config_home / "credentials.toml").exists()
    customer = await byteful("customer", "--profile", "agency", "--json")
    assert customer.code == 0, customer.err
    out = await byteful("logout", "--profile", "agency")
    assert out.code == 0 and memory_keyring.kept == {}


async def test_a_wrong_key_is_refused_and_nothing_is_kept(
    fake_byteful: FakeByteful, config_home: Path
) -> None:
    run = await byteful(
        "login", "--profile", "typo", "--public-key", fake_byteful.public_key,
        "--base-url", fake_byteful.url, stdin=io.StringIO("sk_not_it_123\n"),
    )  # fmt: skip
    assert run.code == 1 and "401" in run.err
    assert not (config_home / "config.toml").exists()
    assert "sk_not_it_123" not in run.err


async def test_profiles_choose_the_account_and_show_several_in_one_table(
    fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (await _login(fake_byteful, "first", 1))[0] == 0
    assert (await _login(fake_byteful, "second", 2))[0] == 0
    sent = len(fake_byteful.requests)
    by_option = await byteful("whoami", "--profile", "second", "--json")
    assert json.loads(by_option.out)["from"] == "profile 'second'"
    assert fake_byteful.requests[-1].account == 2
    monkeypatch.setenv("BYTEFUL_PROFILE", "second")
    by_variable = await byteful("whoami", "--json")
    assert json.loads(by_variable.out)["from"] == "profile 'second'"
    monkeypatch.delenv("BYTEFUL_PROFILE")

    both = await byteful("customer", "--profiles", "first,second", "--json")
    assert both.code == 0, both.err
    rows = json.loads(both.out)
    assert [r["profile"] for r in rows] == ["first", "second"]
    used = {r.account for r in fake_byteful.requests[sent:]}
    assert {1, 2} <= used  # each account's requests carried its own keys
    table = await byteful("customer", "--profiles", "first,second")
    assert "first" in table.out and "second" in table.out and "Accounts (2)" in table.out
    usage = await byteful(
        "usage", "--kind", "residential", "--days", "3", "--profiles", "first,second", "--json"
    )
    assert usage.code == 0, usage.err
    assert [r["profile"] for r in json.loads(usage.out)] == ["first", "second"]


async def test_logout_forgets_and_an_unknown_profile_names_the_known_ones(
    fake_byteful: FakeByteful,
) -> None:
    assert (await _login(fake_byteful, "first"))[0] == 0
    assert (await _login(fake_byteful, "second", 2))[0] == 0
    gone = await byteful("logout", "--profile", "second")
    assert gone.code == 0, gone.err
    missing = await byteful("customer", "--profile", "second")
    assert missing.code == 2
    assert "no profile 'second' (profiles: first)" in missing.err


async def test_a_refused_key_from_a_profile_names_the_profile(
    fake_byteful: FakeByteful, config_home: Path
) -> None:
    assert (await _login(fake_byteful, "agency"))[0] == 0
    credentials = config_home / "credentials.toml"
    credentials.write_text(credentials.read_text().replace(fake_byteful.private_key, "sk_old_1"))
    run = await byteful("customer", "--profile", "agency")
    assert run.code == 1 and "check profile 'agency'" in run.err
