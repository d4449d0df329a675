"""Endpoint declarations, and turning the API's envelopes into models.

An :class:`Endpoint` says everything the core needs to know about one API operation:
method, path, the model it returns and in which envelope, the filters or body it takes, and
whether resending it is safe. Resources (``_resources``) are thin typed methods over these.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs
import orjson

from byteful_async._converter import structure
from byteful_async._exceptions import ResponseDecodeError
from byteful_async._pagination import Page
from byteful_async._params import MAX_PER_PAGE
from byteful_async._response import APIResponse

T = TypeVar("T")

#: Every documented endpoint lives under this path.
USER = "/public/user"


class Envelope(enum.Enum):
    """Where a response keeps its payload."""

    DATA = "data"
    """``{"data": {...}, "message": ...}``: the payload is ``data``."""
    PAGE = "page"
    """``{"data": [...], "page", "per_page", "item_count", "total_count", "message"}``."""
    BODY = "body"
    """``{"edited": [...], "message": ...}``: the payload is the whole body."""


@attrs.frozen(kw_only=True)
class Endpoint(Generic[T]):
    """One API operation.

    Attributes:
        name: How users call it, for error messages (``"services.retrieve"``).
        method: HTTP method.
        path: Path below the base URL; ``{}`` marks where the id goes.
        returns: The model (or type such as ``dict[str, CatalogProduct]``) of the payload.
        envelope: Where the payload sits in the body.
        filters: The search's generated TypedDict of filters, for searches.
        body: The generated request model the JSON body is checked against.
        retry_safe: Whether resending can change nothing; defaults to True for GET only.
        key: For searches, the field that identifies a row (used to de-duplicate).
        advice: What to check before repeating a write whose outcome is unknown.

    """

    name: str
    method: str
    path: str
    returns: Any
    envelope: Envelope = Envelope.DATA
    filters: type | None = None
    body: type | None = None
    retry_safe: bool = attrs.field()
    key: str | None = None
    advice: str | None = None

    @retry_safe.default
    def _reads_are_safe(self) -> bool:
        return self.method == "GET"


def retrieve_endpoint(attribute: str, resource: str, model: type[T]) -> Endpoint[T]:
    """``GET /public/user/<resource>/retrieve/{id}``, called as ``client.<attribute>.retrieve``."""
    return Endpoint(
        name=f"{attribute}.retrieve",
        method="GET",
        path=f"{USER}/{resource}/retrieve/{{}}",
        returns=model,
    )


def search_endpoint(
    attribute: str, resource: str, model: type[T], filters: type, key: str
) -> Endpoint[T]:
    """``GET /public/user/<resource>/search``, rows identified by their ``key`` field."""
    return Endpoint(
        name=f"{attribute}.search",
        method="GET",
        path=f"{USER}/{resource}/search",
        returns=model,
        envelope=Envelope.PAGE,
        filters=filters,
        key=key,
    )


def _error(
    response: APIResponse[None], message: str, *, model: str | None = None
) -> ResponseDecodeError:
    return ResponseDecodeError(
        f"{response.method} {response.url}: {message}",
        model=model,
        status_code=response.status_code,
        request_id=response.request_id,
    )


def json_object(response: APIResponse[None]) -> dict[str, Any]:
    """The body as a JSON object, or ResponseDecodeError naming what it was instead."""
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        # No local holds the snippet: the server may have quoted the key in it (the caller
        # masks the key in the message).
        raise _error(
            response,
            f"expected a JSON body, got {response.content[:80].decode('utf-8', 'replace')!r}",
        ) from None
    if type(body) is not dict:
        raise _error(response, f"expected a JSON object, got {type(body).__name__}")
    return body


def _decode(response: APIResponse[None], value: object, returns: Any) -> Any:
    try:
        return structure(value, returns)
    except ResponseDecodeError as exc:
        raise ResponseDecodeError(
            f"{response.method} {response.url}: {exc}",
            model=exc.model,
            problems=exc.problems,
            status_code=response.status_code,
            request_id=response.request_id,
        ) from exc


def decode(endpoint: Endpoint[T], response: APIResponse[None]) -> T:
    """The payload of a single-object or body envelope, as ``endpoint.returns``."""
    body = json_object(response)
    if endpoint.envelope is Envelope.BODY:
        return _decode(response, body, endpoint.returns)  # type: ignore[no-any-return]
    if "data" not in body:
        raise _error(response, "the envelope has no 'data'")
    return _decode(response, body["data"], endpoint.returns)  # type: ignore[no-any-return]


def _count(
    body: Mapping[str, Any], name: str, default: int, response: APIResponse[None], *, least: int
) -> int:
    value = body.get(name, default)
    if type(value) is not int or value < least:
        raise _error(
            response, f"the page envelope's {name!r} is not an int of {least} or more: {value!r}"
        )
    return value


def decode_page(
    endpoint: Endpoint[T], response: APIResponse[None], *, number: int, fetch: Any
) -> Page[T]:
    """A search envelope as the :class:`Page` numbered ``number`` (the one asked for).

    The answer's own ``page`` and ``item_count`` are not trusted: the page is the one that
    was requested, and its row count is the rows that arrived. ``per_page`` must be 1 to 100
    and at least the rows on the page; ``total_count`` -1 (not counted) or more.
    """
    body = json_object(response)
    data = body.get("data")
    if type(data) is not list:
        raise _error(response, f"expected 'data' to be a list, got {type(data).__name__}")
    items: list[T] = _decode(response, data, list[endpoint.returns])  # type: ignore[name-defined]
    # An absent per_page: the rows that came (at least 1); an absent total: not counted.
    per_page = _count(body, "per_page", max(1, len(items)), response, least=1)
    if per_page > MAX_PER_PAGE or len(items) > per_page:
        raise _error(
            response,
            f"the page envelope says per_page={per_page} with {len(items)} rows; the API "
            f"pages at most {MAX_PER_PAGE} rows and never more than per_page",
        )
    message = body.get("message")
    return Page(
        items=items,
        page=number,
        per_page=per_page,
        item_count=len(items),
        total_count=_count(body, "total_count", -1, response, least=-1),
        message=message if isinstance(message, str) else None,
        fetch=fetch,
    )
