"""The bots in examples/, run against FakeByteful as a user would run them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from aiohttp import web

from byteful_async import PurchaseGuard
from byteful_async.testing import FakeByteful
from tests.rogue import Rogue, json_answer

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.fake_byteful(rate_limit=None)


def example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_alert_bot_posts_each_alert_once(fake_byteful: FakeByteful) -> None:
    posted: list[Any] = []

    async def hook(request: web.Request) -> web.StreamResponse:
        posted.append(await request.json())
        return json_answer({}, status=204)

    bot = example("alert_bot")
    async with Rogue(hook) as receiver, fake_byteful.client(rate_limit=None) as client:
        sent = await bot.run(
            client, f"{receiver.url}/hook", below_gib=10_000, interval=0, snapshots=3
        )
    assert [p["text"] for p in posted] == sent
    assert len(sent) == 2  # both pools, once each over three snapshots
    assert sent[0].startswith("residential data is down to")


async def test_the_top_up_bot_is_a_dry_run_until_told(fake_byteful: FakeByteful) -> None:
    bot = example("auto_top_up")
    dry = bot.guard_for(cap_usd=100, for_real=False)
    async with fake_byteful.client(rate_limit=None, purchase_guard=dry) as client:
        decided = await bot.run(client, below_gib=10_000, buy_gib=10, interval=0, rounds=2)
    assert all(d.startswith("not bought: dry run") for d in decided)
    assert fake_byteful.purchases == []
    live = PurchaseGuard(cap_cents=60_00)
    async with fake_byteful.client(rate_limit=None, purchase_guard=live) as client:
        decided = await bot.run(client, below_gib=10_000, buy_gib=10, interval=0, rounds=2)
    assert decided[0].startswith("bought 10 GiB: service API-")
    assert decided[1].startswith("not bought: spend cap")  # a second $45 would pass $60
    assert len(fake_byteful.purchases) == 1


def test_the_examples_run_as_scripts() -> None:
    for name, expected in (("alert_bot", "webhook got:"), ("auto_top_up", "dry run")):
        done = subprocess.run(
            [sys.executable, str(EXAMPLES / f"{name}.py"), "--fake"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert expected in done.stdout
