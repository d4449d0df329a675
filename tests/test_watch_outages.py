"""The watch outlives outages and never loses an alert; webhooks are readable and signed.

The API fails for many snapshots in a row (5xx, 429, dropped connections, unreadable
bodies); the webhook receiver is down for a while; an ``--exec`` command tries to read the
private key and to outlive the watch.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from byteful_async import AsyncByteful, AuthenticationError, RetryPolicy
from byteful_async.cli import _watch as cli_watch
from byteful_async.cli._commands import keys_for
from byteful_async.testing import FakeByteful
from byteful_async.webhooks import (
    SIGNATURE_HEADER,
    WebhookOutbox,
    WebhookSignatureError,
    sign,
    verify,
)
from tests.rogue import Rogue, json_answer

from .test_cli_proxies import byteful

pytestmark = pytest.mark.fake_byteful(rate_limit=None)

TINY = RetryPolicy(backoff_base=0.001, backoff_max=0.004, rate_limit_floor=0.001)
HUGE = str(10**15)


async def test_the_watch_survives_a_long_outage_and_keeps_its_alert_state(
    fake_byteful: FakeByteful,
) -> None:
    outage = 60  # snapshots in a row that fail, in every way an API can fail
    kinds: list[Any] = ["500", "502", "503", "drop", "bad_json", "truncate"]
    async with fake_byteful.client(max_retries=0, retry_policy=TINY, rate_limit=None) as client:
        watch = client.watch(interval=0, thresholds={"credit_balance": 10**15})
        seen: list[Any] = []
        async for snap in watch:
            seen.append(snap)
            if len(seen) == 1:
                # A 429 too (its Retry-After is honoured: one second, once).
                fake_byteful.inject(
                    "429",
                    *(kinds[n % len(kinds)] for n in range(outage - 1)),
                    path="/customer/retrieve",
                )
            if len(seen) == outage + 2:
                break
    first, failed, back = seen[0], seen[1:-1], seen[-1]
    assert len(first.alerts) == 1 and first.error is None
    assert len(failed) == outage and all(s.error is not None for s in failed)
    assert all(s.credit_balance is None and s.alerts == [] for s in failed)
    assert watch.errors == outage
    assert back.error is None and back.credit_balance == fake_byteful.customer["credit_balance"]
    assert back.alerts == []  # still below its floor: not alerted again after the outage


async def test_only_a_refused_key_ends_the_watch(fake_byteful: FakeByteful) -> None:
    refused = {"error": "Unauthorized", "message": "bad key", "api_request_id": "r"}
    fake_byteful.inject("503", path="/customer/retrieve")
    fake_byteful.respond(401, refused, path="/customer/retrieve")
    async with fake_byteful.client(max_retries=0, retry_policy=TINY) as client:
        watch = client.watch(interval=0)
        seen = []
        with pytest.raises(AuthenticationError):
            async for snap in watch:
                seen.append(snap)
    assert [s.error is not None for s in seen] == [True]


async def test_byteful_watch_reports_an_outage_and_goes_on(
    fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fast_client(args: Any) -> AsyncByteful:
        return AsyncByteful(
            args.public_key,
            args.private_key,
            base_url=args.base_url,
            retry_policy=TINY,
            max_retries=0,
            rate_limit=None,
        )

    monkeypatch.setattr(cli_watch, "client_for", fast_client)
    fake_byteful.inject(*(["503"] * 12), path="/customer/retrieve")
    run = await byteful(
        "watch", "--interval", "0.001", "--count", "2",
        *keys_for(fake_byteful),
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.err.count("a snapshot failed") == 12
    assert sum("active services" in line for line in run.out.splitlines()) == 2


async def test_an_alert_is_kept_until_the_webhook_is_back(
    fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch
) -> None:
    down = 8  # the receiver answers 503 (or hangs up) to the first posts
    received: list[bytes] = []
    attempts = 0

    async def hook(request: web.Request) -> web.StreamResponse:
        nonlocal attempts
        attempts += 1
        body = await request.read()
        if attempts <= down:
            return json_answer({}, status=503 if attempts % 2 else 502)
        received.append(body)
        return json_answer({}, status=204)

    monkeypatch.setattr(
        cli_watch, "WebhookOutbox", _fast_outbox(backoff_base=0.002, backoff_max=0.01)
    )
    async with Rogue(hook) as receiver:
        run = await byteful(
            "watch", "--interval", "0.001", "--count", "3", "--credit-below", HUGE,
            "--residential-below", HUGE, "--webhook", f"{receiver.url}/alerts",
            *keys_for(fake_byteful),
        )  # fmt: skip
    assert run.code == 0, run.err
    fields = [json.loads(b)["field"] for b in received]
    assert sorted(fields) == ["credit_balance", "residential_bytes_left"]  # each once
    assert run.err.count("the webhook failed") == down
    assert "not delivered" not in run.err


async def test_alerts_still_undelivered_when_the_watch_stops_are_reported(
    fake_byteful: FakeByteful, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def hook(request: web.Request) -> web.StreamResponse:
        return json_answer({}, status=503)

    monkeypatch.setattr(cli_watch, "FLUSH_GRACE", 0.05)
    monkeypatch.setattr(
        cli_watch, "WebhookOutbox", _fast_outbox(backoff_base=0.002, backoff_max=0.01)
    )
    async with Rogue(hook) as receiver:
        run = await byteful(
            "watch", "--interval", "0.001", "--count", "1", "--credit-below", HUGE,
            "--webhook", f"{receiver.url}/alerts", *keys_for(fake_byteful),
        )  # fmt: skip
    assert run.code == 0, run.err
    assert "1 alert(s) not delivered to the webhook: credit_balance" in run.err


def _fast_outbox(**timings: float) -> Any:
    def make(*args: Any, **kwargs: Any) -> WebhookOutbox:
        return WebhookOutbox(*args, **kwargs, **timings)

    return make


async def test_the_webhook_body_reads_in_chat_and_is_signed(fake_byteful: FakeByteful) -> None:
    received: list[tuple[dict[str, str], bytes]] = []

    async def hook(request: web.Request) -> web.StreamResponse:
        received.append((dict(request.headers), await request.read()))
        return json_answer({}, status=200)

    async with Rogue(hook) as receiver:
        run = await byteful(
            "watch", "--interval", "0.001", "--count", "1", "--credit-below", HUGE,
            "--webhook", f"{receiver.url}/alerts", "--webhook-secret", "whsec_test_1",
            *keys_for(fake_byteful),
        )  # fmt: skip
    assert run.code == 0, run.err
    [(headers, body)] = received
    payload = json.loads(body)
    assert payload["text"].startswith("Byteful alert: credit_balance: $")
    assert payload["content"] == payload["text"]  # Discord reads "content"
    assert payload["field"] == "credit_balance"
    verify(body, headers[SIGNATURE_HEADER], "whsec_test_1")
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify(body, headers[SIGNATURE_HEADER], "whsec_other")
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify(body.replace(b"credit", b"CREDIT"), headers[SIGNATURE_HEADER], "whsec_test_1")
    assert "whsec_test_1" not in run.out + run.err


def test_verify_refuses_old_malformed_and_missing_signatures() -> None:
    body = b'{"field": "credit_balance"}'
    now = time.time()
    header = sign(body, "s3", at=int(now) - 400)
    with pytest.raises(WebhookSignatureError, match="tolerance"):
        verify(body, header, "s3", now=now)
    verify(body, header, "s3", now=now, tolerance=600)
    for bad in (None, "", "v1=abc", "t=notanumber,v1=abc", f"t={int(now)}"):
        with pytest.raises(WebhookSignatureError):
            verify(body, bad, "s3")
    # The documented form, computed by hand.
    import hashlib
    import hmac

    expected = hmac.new(b"s3", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign(body, "s3", at=1_700_000_000) == f"t=1700000000,v1={expected}"


async def test_exec_gets_no_secret_and_runs_in_its_own_group(
    fake_byteful: FakeByteful, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "env.txt"
    monkeypatch.setenv("BYTEFUL_PRIVATE_KEY", fake_byteful.private_key)
    monkeypatch.setenv("BYTEFUL_PUBLIC_KEY", fake_byteful.public_key)
    monkeypatch.setenv("BYTEFUL_REDIS_URL", "redis://:pw@127.0.0.1:1/0")
    monkeypatch.setenv("BYTEFUL_BASE_URL", fake_byteful.url)
    script = (
        f'echo "key=${{BYTEFUL_PRIVATE_KEY:-none}} redis=${{BYTEFUL_REDIS_URL:-none}} '
        f'text=$BYTEFUL_ALERT_TEXT pgid=$(cut -d" " -f5 /proc/$$/stat)" > {out}'
    )
    run = await byteful(
        "watch", "--interval", "0.001", "--count", "1", "--credit-below", HUGE, "--exec", script,
    )  # fmt: skip
    assert run.code == 0, run.err
    text = out.read_text()
    assert "key=none" in text and "redis=none" in text
    assert "text=Byteful alert: credit_balance" in text
    assert fake_byteful.private_key not in text
    fields = dict(part.split("=", 1) for part in text.split() if "=" in part)
    assert fields["pgid"].strip() != str(os.getpgid(0))  # a process group of its own


async def test_sigterm_ends_the_exec_commands_with_the_watch(
    fake_byteful: FakeByteful, tmp_path: Path
) -> None:
    pid_file = tmp_path / "pid"
    # The command starts a child that would outlive it, says so on the watch's stdout, waits.
    script = f"sleep 300 & echo $! > {pid_file}; echo command-started; wait"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "byteful_async.cli", "watch", "--interval", "3600",
        "--credit-below", HUGE, "--exec", script, *keys_for(fake_byteful),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert process.stdout is not None
    while b"command-started" not in await asyncio.wait_for(process.stdout.readline(), 30):
        pass
    child = os.pidfd_open(int(pid_file.read_text()))  # readable once the child has ended
    ended = asyncio.Event()
    asyncio.get_running_loop().add_reader(child, ended.set)
    try:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 130  # ended by a signal, as every command
        await asyncio.wait_for(ended.wait(), 30)  # the grandchild did not outlive the watch
    finally:
        asyncio.get_running_loop().remove_reader(child)
        os.close(child)
