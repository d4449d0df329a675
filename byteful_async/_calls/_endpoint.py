"""Endpoint declarations, and turning the API's envelopes into models.

An :class:`Endpoint` says everything the core needs to know about one API operation:
method, path and its named ids, the model it returns and in which envelope, the options,
filters or body it takes, and whether resending it is safe. The declarations are generated
from ``schema/operations.json`` (``byteful_async.resources._generated``); nothing here
knows any particular endpoint.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs
import orjson

from byteful_async._basics._exceptions import ResponseDecodeError
from byteful_async._calls._converter import structure
from byteful_async._calls._pagination import Page
from byteful_async._calls._wire import PageDecoder, page_decoder
from byteful_async._sending._response import APIResponse
from byteful_async.models import MAX_PER_PAGE

T = TypeVar("T")


class Envelope(enum.Enum):
    """Where an answer keeps its payload."""

    DATA = "data"
    """``{"data": {...}, "message": ...}``: the payload is ``data``."""
    PAGE = "page"
    """``{"data": [...], "page", "per_page", "item_count", "total_count", "message"}``."""
    CREATED = "created"
    """``{"created": [ids], "data": {...}?, "message"}``: a :class:`Created`."""
    EDITED = "edited"
    """``{"edited": [ids], ..., "message"}``: the whole body is the payload."""
    DELETED = "deleted"
    """``{"deleted": [ids], "message"}``: the whole body is the payload."""
    BODY = "body"
    """Any other shape: the whole body is the payload, as the declared model."""
    STRINGS = "strings"
    """``{"data": ["...", ...], "message"}``: a list of text lines."""
    LIST = "list"
    """``{"data": [{...}, ...], "message"}``: a list of the model, not paged."""


@attrs.frozen(kw_only=True)
class Created(Generic[T]):
    """The answer to a create: the ids the API made and, when it sends one, the new object.

    Attributes:
        created: The new objects' ids, as the API gives them.
        data: The new object (a new proxy user's generated password, say), or None when the
            API sends only ids.
        message: The API's message.

    """

    created: list[str]
    data: T | None = None
    message: str | None = None


@attrs.frozen(kw_only=True)
class Endpoint(Generic[T]):
    """One API operation, as declared in ``schema/operations.json``.

    Attributes:
        name: ``resource.method``, how users call it (``"services.retrieve"``).
        method: HTTP method.
        path: Path below the base URL, with ``{name}`` where each id goes.
        returns: The model (or type such as ``dict[str, CatalogProduct]``) of the payload.
        envelope: Where the payload sits in the answer.
        retry_safe: Whether resending can change nothing. A fact of the API, so it has no
            default; only retry-safe calls are ever resent after they may have arrived.
        ids: The path's ids in order, each with its declared type (``str`` or ``int``).
        options: Query parameters that are not filters: name -> (type, default). A value
            equal to its default, or None, is not sent.
        option_bounds: The (minimum, maximum) of numeric options that have them.
        filters: The search's generated TypedDict of filters.
        rows: The model whose rows the filters pick (a search's own rows; for a filtered
            list of proxy lines, the proxies the lines are made from).
        body: The generated request model the JSON body is checked against.
        body_min_fields: The fewest body fields a call must give (an edit changes something).
        metadata: For searches that filter on metadata: the field (``service_metadata``).
        key: For searches, the field (or fields, together) that identify a row.
        text_rows: For searches whose rows may come as bare text (``["us", "de"]``): the
            field such a row fills.
        spends_money: The call can charge the account.
        destroys: The call ends or deletes something for good.
        advice: What to check before repeating the call when its outcome is unknown.
        message: The API's success message (the fake answers with it): as documented, or
            where the docs show none, in the pattern of its documented siblings.
        summary: One line on what it does.
        doc: The documentation page.

    """

    name: str
    method: str
    path: str
    returns: Any
    envelope: Envelope
    retry_safe: bool
    ids: tuple[tuple[str, type], ...] = ()
    options: Mapping[str, tuple[type, Any]] = attrs.field(factory=dict)
    option_bounds: Mapping[str, tuple[int | None, int | None]] = attrs.field(factory=dict)
    filters: type | None = None
    rows: type | None = None
    body: type | None = None
    body_min_fields: int = 0
    metadata: str | None = None
    key: tuple[str, ...] | None = None
    text_rows: str | None = None
    spends_money: bool = False
    destroys: bool = False
    advice: str | None = None
    message: str | None = None
    summary: str = ""
    doc: str | None = None

    @property
    def resource(self) -> str:
        """The client attribute the method lives on (``services``)."""
        return self.name.partition(".")[0]

    @property
    def method_name(self) -> str:
        """The method's name on its resource (``retrieve``)."""
        return self.name.partition(".")[2]

    @property
    def wire_page(self) -> PageDecoder | None:
        """For a search: the decoder of pages whose rows fit the model exactly (else None)."""
        if self.envelope is not Envelope.PAGE or self.text_rows is not None:
            return None
        return page_decoder(self.returns)


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


def decode(endpoint: Endpoint[Any], response: APIResponse[None]) -> Any:
    """The payload of any envelope but a page, as ``endpoint.returns`` declares it."""
    body = json_object(response)
    envelope = endpoint.envelope
    if envelope in (Envelope.EDITED, Envelope.DELETED):
        # Either list reports the change: the API answers a cancel, documented as
        # "edited", with "deleted" too, and a cancel cannot be taken back.
        if not any(isinstance(body.get(key), list) for key in ("edited", "deleted")):
            raise _error(response, f"the envelope has no {envelope.value!r} list")
        return _decode(response, body, endpoint.returns)
    if envelope is Envelope.BODY:
        return _decode(response, body, endpoint.returns)
    if envelope is Envelope.CREATED:
        created = body.get("created")
        if type(created) is not list or not all(type(i) is str for i in created):
            raise _error(response, "the envelope has no 'created' list of ids")
        data = body.get("data")
        message = body.get("message")
        return Created(
            created=created,
            data=None if data is None else _decode(response, data, endpoint.returns),
            message=message if isinstance(message, str) else None,
        )
    if "data" not in body:
        raise _error(response, "the envelope has no 'data'")
    if envelope is Envelope.STRINGS:
        return _decode(response, body["data"], list[str])
    if envelope is Envelope.LIST:
        return _decode(response, body["data"], list[endpoint.returns])  # type: ignore[name-defined]
    return _decode(response, body["data"], endpoint.returns)


def _count(
    body: Mapping[str, Any], name: str, default: int, response: APIResponse[None], *, least: int
) -> int:
    value = body.get(name, default)
    if type(value) is not int or value < least:
        raise _error(
            response, f"the page envelope's {name!r} is not an int of {least} or more: {value!r}"
        )
    return value


def _tolerant_page(
    endpoint: Endpoint[T], response: APIResponse[None]
) -> tuple[list[T], dict[str, Any]]:
    """A page's rows and envelope, whatever the rows hold (the path that explains errors)."""
    body = json_object(response)
    data = body.get("data")
    if type(data) is not list:
        raise _error(response, f"expected 'data' to be a list, got {type(data).__name__}")
    field = endpoint.text_rows
    if field is not None:
        data = [{field: row} if type(row) is str else row for row in data]
    items: list[T] = _decode(response, data, list[endpoint.returns])  # type: ignore[name-defined]
    return items, body


def decode_page(
    endpoint: Endpoint[T], response: APIResponse[None], *, number: int, fetch: Any
) -> Page[T]:
    """A search envelope as the :class:`Page` numbered ``number`` (the one asked for).

    The answer's own ``page`` and ``item_count`` are not trusted: the page is the one that
    was requested, and its row count is the rows that arrived. ``per_page`` must be 1 to 100
    and at least the rows on the page; ``total_count`` -1 (not counted) or more.
    """
    wire = endpoint.wire_page
    fast = None if wire is None else wire(response.content)
    if fast is not None:
        items: list[T]
        items, body = fast
    else:
        items, body = _tolerant_page(endpoint, response)
    # An absent per_page: the rows that came (at least 1); an absent total: not counted.
    # An empty result counted as empty may say per_page 0: it cannot hide a row.
    if not items and body.get("per_page") == 0 and body.get("total_count") == 0:
        body = {**body, "per_page": 1}
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
