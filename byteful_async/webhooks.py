"""Alerts to a webhook: a body chat tools show, signed, and an outbox that never drops one.

``byteful watch --webhook URL`` posts through :class:`WebhookOutbox`; a bot running
:meth:`~byteful_async.AsyncByteful.watch` can use the same::

    async with WebhookOutbox(url, secret=os.environ["ALERT_SECRET"]) as outbox:
        async for snap in client.watch(interval=300, thresholds=floors):
            for alert in snap.alerts:
                outbox.send(alert_body(alert, snap))  # from byteful_async.webhooks

The body is JSON with a human ``text`` (what Slack and Teams show; ``content`` carries the
same for Discord) beside the structured fields. With a secret, each post carries
``X-Byteful-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">``, which the
receiver checks with :func:`verify`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from collections import deque
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Final

import aiohttp
import orjson

from byteful_async._basics._exceptions import BytefulError
from byteful_async._basics._logging import logger as log
from byteful_async._basics._secret import Secret, shown_url
from byteful_async._bots._watch import alert_body
from byteful_async._policies._retry import growing_wait

__all__ = [
    "SIGNATURE_HEADER",
    "WebhookOutbox",
    "WebhookSignatureError",
    "alert_body",
    "sign",
    "verify",
]

SIGNATURE_HEADER: Final = "X-Byteful-Signature"
_TIMEOUT: Final = aiohttp.ClientTimeout(total=10)


class WebhookSignatureError(BytefulError):
    """A webhook post's signature is missing, malformed, too old, or does not match."""


def sign(body: bytes, secret: str | Secret, *, at: int | None = None) -> str:
    """The ``X-Byteful-Signature`` header value for ``body``, signed now (or at ``at``)."""
    stamp = int(time.time()) if at is None else int(at)
    held = secret if isinstance(secret, Secret) else Secret(secret)
    del secret  # no plain copy in this frame, which an error's traceback would show
    digest = hmac.new(
        held.reveal().encode(), f"{stamp}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return f"t={stamp},v1={digest}"


def verify(
    body: bytes,
    header: str | None,
    secret: str | Secret,
    *,
    tolerance: float = 300,
    now: float | None = None,
) -> None:
    """Check a webhook post: ``body`` as received (bytes) and its signature header.

    Raises:
        WebhookSignatureError: no header, a malformed one, a time more than ``tolerance``
            seconds from now (a replay), or a signature that does not match.

    """
    held = secret if isinstance(secret, Secret) else Secret(secret)
    del secret  # no plain copy in this frame, which the error's traceback would show
    if not header:
        raise WebhookSignatureError(f"no {SIGNATURE_HEADER} header")
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        name, sep, value = item.strip().partition("=")
        if sep:
            parts.setdefault(name, []).append(value)
    try:
        stamp = int(parts["t"][0])
    except (KeyError, ValueError):
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} has no time (t=)") from None
    signatures = parts.get("v1", [])
    if not signatures:
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} has no signature (v1=)")
    moment = time.time() if now is None else now
    if abs(moment - stamp) > tolerance:
        raise WebhookSignatureError(
            f"the signature is {moment - stamp:+.0f} s old, past the {tolerance:g} s tolerance"
        )
    expected = sign(body, held, at=stamp).partition("v1=")[2]
    if not any(hmac.compare_digest(expected, given) for given in signatures):
        raise WebhookSignatureError("the signature does not match the body")


class WebhookOutbox:
    """Posts JSON bodies to one URL in order, re-sending each until it is delivered.

    :meth:`send` queues a body and returns at once; a background task posts it with a session
    of its own (no API key ever goes to the webhook), a 10 s timeout, and on a failure (no
    answer, a 5xx, 408 or 429) waits and tries again, the wait doubling from
    ``backoff_base`` to ``backoff_max``. A receiver that refuses a body (another 4xx) is
    reported and that body is dropped: sending it again would change nothing. Bodies still
    waiting when the outbox is closed are returned by :meth:`aclose` (and logged).

    Args:
        url: Where to post.
        secret: Sign each post (see :func:`sign`); None: unsigned.
        backoff_base: Seconds before the first re-send.
        backoff_max: The longest wait between re-sends.
        on_failure: Called with ``(body, problem)`` after each failed post, to report it.

    """

    def __init__(
        self,
        url: str,
        *,
        secret: str | Secret | None = None,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        on_failure: Callable[[Mapping[str, Any], str], object] | None = None,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"a webhook is an http:// or https:// URL, not {shown_url(url)!r}")
        self.url = url
        self._secret = secret if secret is None or isinstance(secret, Secret) else Secret(secret)
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.on_failure = on_failure
        self._pending: deque[Mapping[str, Any]] = deque()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self.delivered = 0
        """Bodies delivered so far."""
        self.refused: list[Mapping[str, Any]] = []
        """Bodies the receiver refused (a 4xx other than 408 and 429), not re-sent."""

    def __repr__(self) -> str:
        return f"WebhookOutbox({shown_url(self.url)!r}, pending={len(self._pending)})"

    @property
    def pending(self) -> list[Mapping[str, Any]]:
        """The bodies not delivered yet, oldest first."""
        return list(self._pending)

    def send(self, body: Mapping[str, Any]) -> None:
        """Queue ``body`` for delivery (posted in order, re-sent until delivered)."""
        self._pending.append(body)
        self._idle.clear()
        self._wake.set()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._deliver())

    async def flush(self) -> None:
        """Wait until every queued body is delivered or refused."""
        task = self._task
        if task is None or not self._pending:
            return
        idle = asyncio.ensure_future(self._idle.wait())
        try:
            await asyncio.wait({idle, task}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            idle.cancel()
        if task.done():
            task.result()  # the delivery task died: say why

    async def _deliver(self) -> None:
        async with aiohttp.ClientSession(timeout=_TIMEOUT) as session:
            failures = 0
            while True:
                if not self._pending:
                    self._idle.set()
                    self._wake.clear()
                    await self._wake.wait()
                    continue
                body = self._pending[0]
                failed = await self._post(session, body)
                if failed is None:
                    self._pending.popleft()
                    self.delivered += 1
                    failures = 0
                    continue
                problem, resend = failed
                self._report(body, problem)
                if not resend:
                    self._pending.popleft()
                    self.refused.append(body)
                    failures = 0
                    continue
                failures += 1
                await asyncio.sleep(growing_wait(self.backoff_base, self.backoff_max, failures))

    async def _post(
        self, session: aiohttp.ClientSession, body: Mapping[str, Any]
    ) -> tuple[str, bool] | None:
        """Post ``body`` once: None when delivered, else (what went wrong, worth a resend)."""
        data = orjson.dumps(body)
        headers = {"Content-Type": "application/json"}
        if self._secret is not None:
            headers[SIGNATURE_HEADER] = sign(data, self._secret)
        try:
            async with session.post(
                self.url, data=data, headers=headers, allow_redirects=False
            ) as answer:
                await answer.read()
                if answer.status < 300:
                    return None
                if 400 <= answer.status < 500 and answer.status not in (408, 429):
                    return f"refused with {answer.status}", False
                return f"answered {answer.status}", True
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return type(exc).__name__, True

    def _report(self, body: Mapping[str, Any], problem: str) -> None:
        log.warning("webhook %s: %s", shown_url(self.url), problem)
        if self.on_failure is not None:
            try:
                self.on_failure(body, problem)
            except Exception:  # a reporting hook must not stop deliveries
                log.exception("webhook on_failure hook raised")

    async def aclose(self) -> list[Mapping[str, Any]]:
        """Stop delivering; returns the bodies not delivered (also logged)."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        left = list(self._pending)
        if left:
            log.warning("webhook %s: %d alerts not delivered", shown_url(self.url), len(left))
        return left

    async def __aenter__(self) -> WebhookOutbox:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
