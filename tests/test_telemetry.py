"""OpenTelemetry: a CLIENT span per attempt, resends as siblings, a collect as their parent.

Also the metrics, and no secret in any of it; all read back with the SDK's in-memory
exporters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from byteful_async import AsyncByteful
from byteful_async.testing import FakeByteful

from .conftest import FAST_RETRIES

_EXPORTER = InMemorySpanExporter()
_READER = InMemoryMetricReader()


class _WhileRecording(SpanProcessor):
    """Hands spans to the exporter only while a test of this module records them."""

    recording = False

    def __init__(self) -> None:
        self._inner = SimpleSpanProcessor(_EXPORTER)

    def on_end(self, span: ReadableSpan) -> None:
        if _WhileRecording.recording:
            self._inner.on_end(span)


def _providers() -> None:
    """The global providers, set once per process (OpenTelemetry allows no second)."""
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        provider = TracerProvider()
        provider.add_span_processor(_WhileRecording())
        trace.set_tracer_provider(provider)
        metrics.set_meter_provider(MeterProvider(metric_readers=[_READER]))


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    _providers()
    _EXPORTER.clear()
    _READER.get_metrics_data()  # start the counts of this test from here
    _WhileRecording.recording = True
    try:
        yield _EXPORTER
    finally:
        _WhileRecording.recording = False


def _points() -> dict[str, list[Any]]:
    data = _READER.get_metrics_data()
    found: dict[str, list[Any]] = {}
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found.setdefault(metric.name, []).extend(metric.data.data_points)
    return found


async def test_each_attempt_is_a_client_span_with_the_http_attributes(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful
) -> None:
    async with fake_byteful.client(rate_limit=50) as client:
        row = (await client.residential_ledger.search(per_page=1)).items[0]
        await client.residential_ledger.retrieve(row.residential_ledger_id)
    finished = [s for s in spans.get_finished_spans() if s.name.startswith("byteful ")]
    assert [s.name for s in finished] == [
        "byteful residential_ledger.search",
        "byteful residential_ledger.retrieve",
    ]
    retrieve = finished[1]
    assert retrieve.kind is trace.SpanKind.CLIENT
    attributes = dict(retrieve.attributes or {})
    assert attributes["http.request.method"] == "GET"
    assert attributes["http.response.status_code"] == 200
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["byteful.operation"] == "residential_ledger.retrieve"
    assert attributes["byteful.attempt"] == 1
    assert isinstance(attributes["byteful.limiter.wait_ms"], float)
    assert str(attributes["url.full"]).endswith(f"/retrieve/{row.residential_ledger_id}")
    search = dict(finished[0].attributes or {})
    assert "?" not in str(search["url.full"])  # the query (filters, page) is never recorded


async def test_a_resend_is_a_sibling_span_with_its_count_and_the_failure_marked(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful
) -> None:
    fake_byteful.inject("500", "500", path="/customer/retrieve")
    async with fake_byteful.client(rate_limit=None, retry_policy=FAST_RETRIES) as client:
        await client.customer.retrieve()
    tries = [s for s in spans.get_finished_spans() if s.name == "byteful customer.retrieve"]
    assert [dict(s.attributes or {})["byteful.attempt"] for s in tries] == [1, 2, 3]
    assert len({s.parent.span_id if s.parent else None for s in tries}) == 1  # siblings
    first = dict(tries[0].attributes or {})
    assert (
        first["http.response.status_code"] == 500 and first["error.type"] == "InternalServerError"
    )
    assert first["byteful.outcome_unknown"] is False
    assert tries[0].status.status_code is trace.StatusCode.ERROR
    assert dict(tries[2].attributes or {})["http.request.resend_count"] == 2
    assert tries[2].status.status_code is not trace.StatusCode.ERROR


async def test_a_collect_is_the_parent_of_its_page_requests(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful
) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        rows = await client.residential_ledger.search(per_page=50).collect(concurrency=3)
    assert len(rows) == 250
    finished = spans.get_finished_spans()
    (walk,) = [s for s in finished if s.name == "byteful collect residential_ledger.search"]
    pages = [s for s in finished if s.name == "byteful residential_ledger.search"]
    assert len(pages) == 6  # five full pages, and the one that proves there is no more
    assert all(p.parent is not None and p.parent.span_id == walk.context.span_id for p in pages)
    assert all(p.context.trace_id == walk.context.trace_id for p in pages)


async def test_a_stream_is_the_parent_of_its_pages_and_not_of_the_callers_work(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful
) -> None:
    tracer = trace.get_tracer("the application")
    rows = 0
    async with fake_byteful.client(rate_limit=None) as client:
        with tracer.start_as_current_span("report") as report:
            async for _ in client.residential_ledger.search(per_page=50).stream(concurrency=3):
                rows += 1
                if rows % 50 == 1:
                    with tracer.start_as_current_span("the caller's own work"):
                        pass
                if rows == 120:
                    break  # the walk is closed early: its span still ends
    finished = spans.get_finished_spans()
    (walk,) = [s for s in finished if s.name == "byteful stream residential_ledger.search"]
    pages = [s for s in finished if s.name == "byteful residential_ledger.search"]
    own = [s for s in finished if s.name == "the caller's own work"]
    assert walk.parent is not None and walk.parent.span_id == report.get_span_context().span_id
    assert len(pages) >= 3 and all(
        p.parent and p.parent.span_id == walk.context.span_id for p in pages
    )
    assert len(own) == 3
    assert all(o.parent and o.parent.span_id == report.get_span_context().span_id for o in own)
    assert walk.status.status_code is not trace.StatusCode.ERROR


@pytest.mark.parametrize("kind", ["mobile", "logs"])
async def test_a_mirror_sync_is_the_parent_of_its_requests(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful, tmp_path: Path, kind: str
) -> None:
    from byteful_async.mirror import LedgerStore, sync_ledger, sync_logs

    url = f"sqlite:///{tmp_path / 'mirror.db'}"
    async with (
        fake_byteful.client(rate_limit=None) as client,
        LedgerStore(url, kinds=[kind]) as store,
    ):
        if kind == "logs":
            summary = await sync_logs(client, store, concurrency=2)
        else:
            summary = await sync_ledger(client, store, kind)
    operation = "logs.search" if kind == "logs" else "mobile_ledger.search"
    finished = spans.get_finished_spans()
    (sync,) = [s for s in finished if s.name == f"byteful sync {operation}"]
    requests = [s for s in finished if s.name == f"byteful {operation}"]
    assert len(requests) == summary.requests > 1
    assert all(r.context.trace_id == sync.context.trace_id for r in requests)
    # Each request hangs under the sync, directly or under a walk of pages inside it.
    walks = [s for s in finished if s.name.startswith(("byteful collect", "byteful stream"))]
    assert all(w.parent is not None and w.parent.span_id == sync.context.span_id for w in walks)
    within = {sync.context.span_id} | {w.context.span_id for w in walks}
    assert all(r.parent is not None and r.parent.span_id in within for r in requests)


async def test_the_metrics_count_requests_429s_and_waits(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful
) -> None:
    fake_byteful.inject("429", path="/customer/retrieve")
    async with fake_byteful.client(rate_limit=100, retry_policy=FAST_RETRIES) as client:
        await client.customer.retrieve()
    points = _points()
    requests = {
        (p.attributes["byteful.operation"], p.attributes.get("http.response.status_code")): p.value
        for p in points["byteful.client.requests"]
    }
    assert requests[("customer.retrieve", 429)] >= 1
    assert requests[("customer.retrieve", 200)] >= 1
    assert sum(p.value for p in points["byteful.client.rate_limited"]) >= 1
    assert sum(p.count for p in points["byteful.client.limiter.wait"]) >= 2
    assert sum(p.count for p in points["byteful.client.request.duration"]) >= 2


async def test_no_key_password_or_body_reaches_a_span(
    spans: InMemorySpanExporter, fake_byteful: FakeByteful
) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        made = await client.proxy_users.create(
            proxy_user_id="span_check_01", proxy_user_password="SpanSecret2026x"
        )
        await client.services.search(service_status="active", per_page=3)
        password = await client.proxy_users.rotate_password("span_check_01")
    assert made.created
    text = json.dumps(
        [dict(s.attributes or {}) | {"name": s.name} for s in spans.get_finished_spans()],
        default=str,
    )
    for secret in (fake_byteful.private_key, "SpanSecret2026x", password.reveal(), "active"):
        assert secret not in text, secret


def test_without_opentelemetry_the_client_carries_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_opentelemetry(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("opentelemetry"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_opentelemetry)
    client = AsyncByteful("pk_test", "sk_test_secret", base_url="http://127.0.0.1:9/1.0")
    assert client._transport.telemetry is None  # the transport skips all of it
