"""What a client sent, as counters and as events: ``client.stats`` and the request hooks.

A bot or a progress bar reads these instead of parsing log text. The counters belong to one
client and the copies ``with_options`` makes; the hooks are called in order for each
attempt: ``on_request`` as it goes out, then ``on_response`` when an answer came (any
status) and ``on_retry`` when it will be sent again.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs


@attrs.define
class EndpointStats:
    """The counters of one operation (``residential_ledger.search``)."""

    requests: int = 0
    rate_limited: int = 0
    retries: int = 0
    failed: int = 0
    bytes: int = 0

    def _minus(self, earlier: EndpointStats) -> dict[str, int]:
        return {
            field.name: getattr(self, field.name) - getattr(earlier, field.name)
            for field in attrs.fields(EndpointStats)
        }


@attrs.define
class RequestStats(EndpointStats):
    """What one client (and its ``with_options`` copies) sent, since it was made.

    Read it before and after a job for that job's figures (:meth:`snapshot`, :meth:`since`).

    Attributes:
        requests: Requests that reached the server and got an answer (any status).
        rate_limited: Of those, answers with status 429.
        retries: Requests sent again after a failure that was safe to retry.
        failed: Attempts that got no answer (connection refused, reset, timed out).
        bytes: Response body bytes received.
        per_endpoint: The same counters by operation (``"customer.retrieve"``; requests made
            with ``client.request`` count under ``"request"``).

    """

    per_endpoint: dict[str, EndpointStats] = attrs.field(factory=dict)

    def of(self, operation: str) -> EndpointStats:
        """The counters of ``operation`` (zeros if it was never called)."""
        found = self.per_endpoint.get(operation)
        if found is None:
            found = self.per_endpoint[operation] = EndpointStats()
        return found

    def snapshot(self) -> RequestStats:
        """A copy that stays as it is now."""
        return attrs.evolve(
            self, per_endpoint={k: attrs.evolve(v) for k, v in self.per_endpoint.items()}
        )

    def since(self, earlier: RequestStats) -> RequestStats:
        """What was sent after ``earlier`` (a snapshot) was taken."""
        zero = EndpointStats()
        return RequestStats(
            **self._minus(earlier),
            per_endpoint={
                name: EndpointStats(**now._minus(earlier.per_endpoint.get(name, zero)))
                for name, now in self.per_endpoint.items()
            },
        )


@attrs.frozen(kw_only=True)
class _AttemptEvent:
    """What every event names: which attempt of which call."""

    operation: str
    method: str
    path: str
    attempt: int


@attrs.frozen(kw_only=True)
class RequestEvent(_AttemptEvent):
    """An attempt going out (``on_request``).

    Attributes:
        operation: ``resource.method``, or ``"request"`` for ``client.request``.
        method: HTTP method.
        path: The path, as sent (ids percent-encoded; never the keys).
        attempt: 1 for the first send, 2 for the first retry...

    """


@attrs.frozen(kw_only=True)
class ResponseEvent(_AttemptEvent):
    """An answer that came back, of any status (``on_response``).

    Attributes:
        operation: As for :class:`RequestEvent`.
        method: HTTP method.
        path: The path.
        attempt: Which attempt this answers.
        status: The HTTP status.
        seconds: From sending to the whole body read.
        bytes: Body size.
        request_id: The API's request id, when it sent one.

    """

    status: int
    seconds: float
    bytes: int
    request_id: str | None


@attrs.frozen(kw_only=True)
class RetryEvent(_AttemptEvent):
    """An attempt that failed and will be sent again (``on_retry``).

    Attributes:
        operation: As for :class:`RequestEvent`.
        method: HTTP method.
        path: The path.
        attempt: The attempt that failed.
        status: Its status (429, 503...), or None when no answer came.
        wait: Seconds until the next attempt.
        error: The failure, as the error it would have raised.

    """

    status: int | None
    wait: float
    error: Exception


@attrs.frozen
class Hooks:
    """The callbacks a client calls for each attempt; any may be None."""

    on_request: Callable[[RequestEvent], object] | None = None
    on_response: Callable[[ResponseEvent], object] | None = None
    on_retry: Callable[[RetryEvent], object] | None = None
