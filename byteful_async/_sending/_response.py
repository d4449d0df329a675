"""The HTTP side of a call: status, headers, request id, timing, next to the parsed result."""

from __future__ import annotations

import contextvars
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs
import orjson
import yarl

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class APIResponse(Generic[T]):
    """One completed API call: what the server answered and what the SDK made of it.

    Get one with ``await client.with_raw_response(client.customer.retrieve())``.

    Attributes:
        method: The HTTP method sent.
        url: The full URL of the last attempt.
        status_code: The HTTP status of the final answer.
        headers: The response headers (case-insensitive mapping).
        request_id: The request id the API gave (``api_request_id`` in the body, or an
            ``X-Request-Id`` header), when it gave one.
        elapsed: Seconds the final attempt took, from send to the last byte.
        retries: How many times the SDK resent the request before this answer.
        content: The raw body bytes.
        parsed: The decoded result, exactly what the plain call returns.

    """

    method: str
    # Kept as given (the transport gives its yarl.URL) and made text only when read.
    _url: str | yarl.URL = attrs.field(alias="url", repr=lambda url: repr(str(url)))
    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    request_id: str | None
    elapsed: float
    retries: int
    content: bytes = attrs.field(repr=False)
    parsed: T = attrs.field(repr=False)

    @property
    def url(self) -> str:
        """The full URL of the last attempt."""
        return str(self._url)

    def json(self) -> Any:
        """The body as plain JSON (dicts and lists), without the models."""
        return orjson.loads(self.content)


# While a raw-response capture is active (see AsyncByteful.with_raw_response), the request
# core appends each final answer here. A ContextVar keeps concurrent calls apart.
captured: contextvars.ContextVar[list[APIResponse[None]] | None] = contextvars.ContextVar(
    "byteful_async_captured", default=None
)
