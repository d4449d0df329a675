"""How the fake server answers: JSON, the documented error body, faults after the fact.

A fault "after" strikes once the request was carried out (a purchase recorded, say).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from byteful_async.testing._problems import Problem


def json_answer(status: int, payload: Any, request_id: str) -> web.Response:
    """A JSON answer carrying its request id."""
    return web.Response(
        status=status,
        body=orjson.dumps(payload),
        content_type="application/json",
        headers={"X-Request-Id": request_id},
    )


def error_answer(problem: Problem, request_id: str, retry_after: float | None) -> web.Response:
    """The documented error body; a 429 names ``retry_after`` when it is set."""
    payload = {
        "error": problem.error,
        "message": problem.message,
        "api_request_id": request_id,
        **problem.extra,
    }
    response = json_answer(problem.status, payload, request_id)
    if problem.status == 429 and retry_after is not None:
        response.headers["Retry-After"] = f"{retry_after:g}"
    return response


def hang_up(request: web.Request) -> web.Response:
    """Close the connection without an answer."""
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=500)


async def misbehave(
    fault: str,
    request: web.Request,
    answer: tuple[int, Any],
    request_id: str,
    hold: Callable[[float], Awaitable[None]],
) -> web.StreamResponse:
    """Spoil the answer to a request already carried out, as ``fault`` says."""
    status, payload = answer
    if fault == "500_after":
        problem = Problem(500, "Internal Server Error", "Something went wrong.")
        return error_answer(problem, request_id, None)
    if fault == "drop_after":
        return hang_up(request)
    if fault == "stall_after":
        await hold(60.0)
        return json_answer(status, payload, request_id)
    if fault == "bad_json":
        return web.Response(
            status=200,
            text="<html><body>502 Bad Gateway</body></html>",
            content_type="text/html",
        )
    if fault == "wrong_shape":
        return json_answer(200, {"message": "ok", "items": []}, request_id)
    # truncate: promise the whole body, send half, hang up.
    data = orjson.dumps(payload)
    response = web.StreamResponse(status=status, headers={"X-Request-Id": request_id})
    response.content_type = "application/json"
    response.content_length = len(data)
    await response.prepare(request)
    await response.write(data[: len(data) // 2])
    if request.transport is not None:
        request.transport.close()
    return response
