"""The request core: what a call sends, and the rules no mutation of the core may break."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from aiohttp import web

from byteful_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncByteful,
    InternalServerError,
    IntervalLimiter,
    NotFoundError,
)
from byteful_async._calls._endpoint import Created, Endpoint, Envelope
from byteful_async.models import ServiceEditRequest
from byteful_async.testing import FakeByteful
from tests.conftest import ENDPOINTS
from tests.rogue import Rogue, json_answer


async def test_a_waiter_already_asleep_honours_a_pause_begun_meanwhile() -> None:
    limiter = IntervalLimiter(10)  # one start every ~0.103 s
    await limiter.acquire()
    waiter = asyncio.ensure_future(limiter.acquire())  # reserves the next slot and sleeps
    await asyncio.sleep(0)  # let it reserve (this is not a wait for time to pass)
    paused = time.monotonic()
    await limiter.pause(0.4)
    await waiter
    assert time.monotonic() - paused >= 0.4


@pytest.mark.parametrize("method", ["POST", "PATCH", "DELETE", "PUT"])
async def test_a_write_through_request_is_never_resent(
    fake_byteful: FakeByteful, method: str
) -> None:
    fake_byteful.inject("500", "500", "500")
    async with fake_byteful.client(max_retries=3, rate_limit=None) as client:
        with pytest.raises(InternalServerError) as caught:
            await client.request(method, "/public/user/customer/retrieve", json={"a": 1})
    assert fake_byteful.count() == 1
    assert caught.value.outcome_unknown


async def test_a_read_through_request_is_resent(fake_byteful: FakeByteful) -> None:
    fake_byteful.inject("500")
    async with fake_byteful.client(max_retries=3, rate_limit=None) as client:
        body = await client.request("GET", "/public/user/customer/retrieve")
    assert body["data"]["customer_id"] == 1955
    assert fake_byteful.count() == 2


@pytest.mark.parametrize(("ident", "segment"), [(".", "%2E"), ("..", "%2E%2E")])
async def test_dot_ids_are_escaped_so_nothing_can_normalise_them(ident: str, segment: str) -> None:
    async def anything(request: web.Request) -> web.StreamResponse:
        return json_answer({"error": "Not Found", "message": "no"}, status=404)

    async with Rogue(anything) as server, server.client() as client:
        with pytest.raises(NotFoundError):
            await client.services.retrieve(ident)
    assert server.seen[0].raw_path == f"/1.0/public/user/service/retrieve/{segment}"


@pytest.mark.parametrize("call", ["retrieve", "search"])
async def test_a_per_call_timeout_applies(fake_byteful: FakeByteful, call: str) -> None:
    fake_byteful.inject("stall")
    async with fake_byteful.client(timeout=30, max_retries=0, rate_limit=None) as client:
        # Without the per-call timeout this would wait 30 s; the guard turns that into a
        # failure of its own kind.
        async with asyncio.timeout(10):
            with pytest.raises(APITimeoutError):
                if call == "retrieve":
                    await client.customer.retrieve(timeout=0.2)
                else:
                    await client.services.search(timeout=0.2)


@pytest.mark.parametrize("own_session", [False, True])
async def test_max_concurrency_holds(own_session: bool) -> None:
    inflight = peak = 0

    async def slow(request: web.Request) -> web.StreamResponse:
        nonlocal inflight, peak
        inflight += 1
        peak = max(peak, inflight)
        await asyncio.sleep(0.05)  # the server's latency, so requests overlap
        inflight -= 1
        return json_answer({"data": {}, "message": "ok"})

    async with Rogue(slow) as server, aiohttp.ClientSession() as session:
        options = {"session": session} if own_session else {}
        async with server.client(max_concurrency=2, **options) as client:
            await asyncio.gather(*(client.request("GET", "/x") for _ in range(6)))
    assert peak == 2
    assert len(server.seen) == 6


async def test_extra_query_and_headers_are_sent_but_never_replace_the_keys(
    fake_byteful: FakeByteful,
) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        await client.customer.retrieve(extra_query={"beta": True}, extra_headers={"X-Trace": "7"})
        with pytest.raises(ValueError, match="X-API-Private-Key"):
            await client.customer.retrieve(extra_headers={"X-API-Private-Key": "other"})
    (sent,) = fake_byteful.requests
    assert sent.query == {"beta": "true"}
    assert sent.headers["X-Trace"] == "7"


async def test_metadata_filters_go_after_the_dot(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        search = client.services.search(
            metadata={"team": "ads", "exists_region": True, "min_score": 3}
        )
        with pytest.raises(TypeError, match="metadata"):
            client.services.search(metadata={"team": ["a"]})  # type: ignore[dict-item]
        await search
    assert fake_byteful.requests[-1].query == {
        "service_metadata.team": "ads",
        "service_metadata.exists_region": "true",
        "service_metadata.min_score": "3",
        "page": "1",
    }


async def test_a_created_envelope_keeps_the_ids() -> None:
    create: Endpoint[ServiceEditRequest] = Endpoint(
        name="things.create",
        method="POST",
        path="/public/user/thing/create",
        returns=ServiceEditRequest,
        envelope=Envelope.CREATED,
        retry_safe=False,
    )

    async def created(request: web.Request) -> web.StreamResponse:
        body = {"created": ["t-1"], "data": {"payment_method_id": "pm_1"}, "message": "ok"}
        return json_answer(body, status=201)

    async with Rogue(created) as server, server.client() as client:
        result = await client._core.call(create)
    assert result == Created(
        created=["t-1"], data=ServiceEditRequest(payment_method_id="pm_1"), message="ok"
    )


def test_every_write_says_whether_it_spends_or_destroys() -> None:
    writes = [e for e in ENDPOINTS.values() if not e.retry_safe]
    assert {e.name for e in writes if e.spends_money} == {"checkout.create", "checkout.top_up"}
    assert {e.name for e in writes if e.destroys} == {
        "services.cancel",
        "proxy_users.delete",
        "proxy_user_acls.delete",
    }
    assert all(e.advice for e in writes if e.spends_money or e.destroys)


async def test_a_closed_client_raises_a_connection_error_for_searches_too(
    fake_byteful: FakeByteful,
) -> None:
    client = fake_byteful.client(rate_limit=None)
    await client.close()
    with pytest.raises(APIConnectionError, match="closed"):
        await client.services.search()
    assert isinstance(client, AsyncByteful)


async def test_a_body_envelope_is_the_whole_answer() -> None:
    edit: Endpoint[ServiceEditRequest] = Endpoint(
        name="things.edit",
        method="PATCH",
        path="/public/user/thing/edit",
        returns=ServiceEditRequest,
        envelope=Envelope.BODY,
        retry_safe=False,
    )

    async def answer(request: web.Request) -> web.StreamResponse:
        return json_answer({"payment_method_id": "pm_2", "message": "ok"})

    async with Rogue(answer) as server, server.client() as client:
        result = await client._core.call(edit)
    assert result.payment_method_id == "pm_2"
    assert result.extra == {"message": "ok"}
