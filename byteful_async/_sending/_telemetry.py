"""OpenTelemetry traces and metrics of the request path, when ``opentelemetry-api`` is installed.

Each attempt is a CLIENT span named ``byteful <operation>`` with the HTTP semantic-convention
attributes (``http.request.method``, ``server.address``, ``server.port``, ``url.full``
without its query, ``http.response.status_code``, ``error.type``,
``http.request.resend_count``) and ``byteful.operation``, ``byteful.attempt``,
``byteful.limiter.wait_ms`` and, on a failure, ``byteful.outcome_unknown``. A resend is a
sibling span, not a child. A ``collect``, a ``stream`` and a mirror sync are each a parent
span of their requests. The metrics:

* ``byteful.client.requests``: attempts answered or failed (by operation and status);
* ``byteful.client.request.duration``: seconds from sending to the whole answer;
* ``byteful.client.limiter.wait``: seconds an attempt waited for its rate-limit slot;
* ``byteful.client.rate_limited``: answers of 429.

No key, body, password or query value goes into any of them: the attributes are the
method, the host, the path (ids in it are the caller's own objects), figures and names.

The spans and metrics go to whatever provider the application set (the OpenTelemetry SDK,
configured by the user). Until one is set, the transport makes no span at all (two
``isinstance`` checks an attempt); without the ``[otel]`` extra nothing is imported.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import yarl

from byteful_async._version import __version__

INSTRUMENTATION = "byteful_async"

X = TypeVar("X")


class Attempt:
    """What the transport tells the span of one attempt as it goes."""

    def __init__(self) -> None:
        self.limiter_wait = 0.0
        self.status: int | None = None
        self.error: BaseException | None = None
        self.sent_at: float | None = None


class Telemetry:
    """The tracer and the instruments, made once per client from the global providers."""

    def __init__(self, trace: Any, metrics: Any, context: Any) -> None:
        self._trace = trace
        self._metrics = metrics
        self._context = context
        self._unset_tracing = trace.ProxyTracerProvider
        self._unset_metrics = type(metrics.get_meter_provider())
        self._kind = trace.SpanKind.CLIENT
        self._error = trace.StatusCode.ERROR
        self.tracer = trace.get_tracer(INSTRUMENTATION, __version__)
        meter = metrics.get_meter(INSTRUMENTATION, __version__)
        self.requests = meter.create_counter(
            "byteful.client.requests", unit="{request}", description="attempts sent"
        )
        self.duration = meter.create_histogram(
            "byteful.client.request.duration", unit="s", description="send to whole answer"
        )
        self.limiter_wait = meter.create_histogram(
            "byteful.client.limiter.wait", unit="s", description="wait for a rate-limit slot"
        )
        self.rate_limited = meter.create_counter(
            "byteful.client.rate_limited", unit="{response}", description="answers of 429"
        )

    @property
    def active(self) -> bool:
        """Whether the application set a tracer or meter provider.

        Until it does, no span is made: the API's stand-ins would cost a span's work for
        nothing.
        """
        return not isinstance(self._trace.get_tracer_provider(), self._unset_tracing) or not (
            isinstance(self._metrics.get_meter_provider(), self._unset_metrics)
        )

    @contextmanager
    def attempt(
        self, operation: str, method: str, url: yarl.URL, attempt: int
    ) -> Iterator[Attempt]:
        """The span of one attempt; the transport fills in the :class:`Attempt` it yields."""
        record = Attempt()
        attributes = {
            "http.request.method": method,
            "server.address": url.host or "",
            "server.port": url.port or 0,
            "url.full": str(url.with_query(None)),  # no query value, ever
            "byteful.operation": operation,
            "byteful.attempt": attempt,
        }
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        with self.tracer.start_as_current_span(
            f"byteful {operation}", kind=self._kind, attributes=attributes,
            record_exception=False, set_status_on_exception=False,
        ) as span:  # fmt: skip
            try:
                yield record
            finally:
                self._finish(span, record, operation, method)

    def _finish(self, span: Any, record: Attempt, operation: str, method: str) -> None:
        span.set_attribute("byteful.limiter.wait_ms", round(record.limiter_wait * 1000, 3))
        labels: dict[str, Any] = {"byteful.operation": operation, "http.request.method": method}
        self.limiter_wait.record(record.limiter_wait, labels)
        if record.status is not None:
            span.set_attribute("http.response.status_code", record.status)
            labels["http.response.status_code"] = record.status
            if record.status == 429:
                self.rate_limited.add(1, {"byteful.operation": operation})
        if record.sent_at is not None:
            self.duration.record(time.monotonic() - record.sent_at, labels)
        error = record.error
        if error is not None or (record.status or 0) >= 400:
            kind = type(error).__name__ if error is not None else str(record.status)
            span.set_attribute("error.type", kind)
            labels["error.type"] = kind
            unknown = bool(getattr(error, "outcome_unknown", False))
            span.set_attribute("byteful.outcome_unknown", unknown)
            span.set_status(self._trace.Status(self._error, kind))
        self.requests.add(1, labels)

    async def around(
        self, name: str, operation: str, walk: AsyncGenerator[X, None]
    ) -> AsyncGenerator[X, None]:
        """``walk``'s items, inside a parent span ``byteful <name> <operation>``.

        The span is the current one only while ``walk`` runs (each step, attached and
        detached in one go), never while the caller holds an item: the page requests
        started by a step are its children, and the caller's own spans are not.
        """
        span = self.tracer.start_span(
            f"byteful {name} {operation}", attributes={"byteful.operation": operation}
        )
        inside = self._trace.set_span_in_context(span)
        try:
            while True:
                token = self._context.attach(inside)
                try:
                    item = await walk.__anext__()
                except StopAsyncIteration:
                    return
                finally:
                    self._context.detach(token)
                yield item
        except Exception as exc:
            span.set_status(self._trace.Status(self._error, type(exc).__name__))
            raise
        finally:
            await walk.aclose()
            span.end()

    @contextmanager
    def walk(self, name: str, operation: str) -> Iterator[None]:
        """A parent span around a walk of many pages (``collect``); none while inactive."""
        if not self.active:
            yield
            return
        with self.tracer.start_as_current_span(
            f"byteful {name} {operation}", attributes={"byteful.operation": operation}
        ):
            yield


def load() -> Telemetry | None:
    """The telemetry of a new client: None when ``opentelemetry-api`` is not installed."""
    try:
        from opentelemetry import context, metrics, trace
    except ImportError:
        return None
    return Telemetry(trace, metrics, context)
