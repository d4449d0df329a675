"""What the fake server can be told to do wrong, and what it records of each request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

import attrs

FaultKind = Literal[
    "500",
    "502",
    "503",
    "429",
    "drop",
    "truncate",
    "bad_json",
    "wrong_shape",
    "stall",
    "500_after",
    "drop_after",
    "stall_after",
]
"""What an injected fault does.

Before the request is processed: ``500``/``502``/``503``/``429`` answer that status,
``drop`` closes the connection, ``stall`` holds the request past any sane client timeout.
After it is processed (a purchase is recorded first): ``500_after``, ``drop_after``,
``stall_after``; and for any request, ``truncate`` (the body is cut off mid-way),
``bad_json`` (an HTML page with status 200), ``wrong_shape`` (JSON without ``data``).
"""

AFTER_PROCESSING: Final = {
    "500_after",
    "drop_after",
    "stall_after",
    "truncate",
    "bad_json",
    "wrong_shape",
}
"""The faults that strike after the request was carried out."""


@attrs.define
class RecordedRequest:
    """One request as the fake server saw it (recorded on arrival, status set when answered)."""

    method: str
    path: str
    """Below the API root, e.g. ``/public/user/customer/retrieve``."""
    query: Mapping[str, str]
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)
    status: int | None
    """None while the request is still being handled."""
    fault: str | None
    """The injected fault (a :data:`FaultKind`; a random 429 with the header is
    ``"429 Retry-After"``), or None."""
    at: float
    """``time.monotonic()`` when it arrived."""
    request_id: str | None = None
    """The request id the answer carries (None for canned answers, which carry none)."""
    account: int = 0
    """Which account's keys it carried (1 is the first; 0: keys of no account)."""


@attrs.frozen(kw_only=True)
class FaultRates:
    """Random faults, each a probability per request (drawn from the server's seeded RNG)."""

    server_error: float = 0.0
    """Answer 500, 502 or 503 (picked at random)."""
    drop: float = 0.0
    """Close the connection without an answer."""
    rate_limit: float = 0.0
    """Answer 429 although the limit was not reached. Half of these (at random) carry a
    ``Retry-After`` header of :attr:`retry_after` seconds; the rest name no wait at all, so
    the client falls back on its own backoff."""
    truncate: float = 0.0
    """Cut the body off half-way."""
    retry_after: float = 0.05
    """Seconds in the ``Retry-After`` header of a random 429."""


@attrs.define
class Injected:
    """One scripted fault (or canned answer) waiting for the request it matches."""

    kind: str
    method: str | None
    path: str | None
    canned: tuple[int, Any, Mapping[str, str]] | None = None
    query: Mapping[str, str] | None = None

    def matches(self, method: str, path: str, query: Mapping[str, str]) -> bool:
        """Whether this fault is meant for that request."""
        return (
            (self.method is None or self.method == method)
            and (self.path is None or self.path in path)
            and (self.query is None or all(query.get(k) == v for k, v in self.query.items()))
        )
