"""The exceptions byteful-async raises. Every one derives from :class:`BytefulError`.

::

    BytefulError
    ├── APIConnectionError            no HTTP answer (refused, reset, DNS, truncated body)
    │   └── APITimeoutError           no answer within the timeout
    ├── APIStatusError                the API answered with an error status
    │   ├── RedirectError             3xx: never followed, so the keys never leave for it
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   ├── InternalServerError       5xx
    │   └── TwoFactorRequiredError    403 or 499 carrying a two-factor challenge
    ├── ResponseDecodeError           a body that is not the documented envelope
    ├── IncompleteResultError         a bulk fetch could not return every row exactly once
    ├── PurchaseRefused               the purchase guard stopped a purchase before sending it
    └── ReconcileError                checkout.reconcile could tell neither way
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SentRequest:
    """The call behind an error whose outcome is unknown, for finding out what it did.

    Attributes:
        operation: ``resource.method`` (``checkout.create``).
        method: HTTP method.
        path: The path it was sent to.
        body: The JSON body it carried (hidden from repr: it may hold a password).
        sent_at: When the call started (before it waited for the rate limit or sent a
            byte), by this machine's clock (UTC).
        failed_at: When the call ended in its error, by this machine's clock (UTC).

    """

    operation: str
    method: str
    path: str
    body: Any = attrs.field(default=None, repr=False)
    sent_at: datetime
    failed_at: datetime | None = None


class BytefulError(Exception):
    """Base class of every error raised by byteful-async.

    Attributes:
        outcome_unknown: True exactly when the call is not safe to resend, a byte of it may
            have reached the API, and no decodable answer came back (a 5xx, a timeout, a
            connection reset after sending, a 2xx whose body could not be decoded). The SDK
            never resends such a call; before repeating it, find out whether it was done
            (``advice`` says how). False when the answer, or a failure before anything was
            sent, shows that nothing was done, and for every read.
        advice: What to check before repeating the call, when ``outcome_unknown`` is True.
        call: The call, when ``outcome_unknown`` is True (what ``checkout.reconcile`` reads).

    """

    outcome_unknown: bool = False
    advice: str | None = None
    call: SentRequest | None = None

    def __init__(
        self, message: str, *, outcome_unknown: bool = False, advice: str | None = None
    ) -> None:
        super().__init__(message)
        self.outcome_unknown = outcome_unknown
        self.advice = advice if outcome_unknown else None

    def _with_advice(self, text: str) -> str:
        if self.outcome_unknown and self.advice:
            return f"{text} [outcome unknown: {self.advice}]"
        return text

    def __str__(self) -> str:
        return self._with_advice(super().__str__())


class ResponseDecodeError(BytefulError):
    """A response body was not what the API documents.

    Raised for bodies that are not JSON, lack the documented envelope, or hold a value of the
    wrong type. The message names the model and the field, e.g.
    ``ResidentialLedger.residential_ledger_bytes: expected int, got 'abc'``.

    Attributes:
        model: Name of the model being decoded, when known.
        problems: Each problem as ``(path, description)``; the path starts at the model,
            e.g. ``("Quote.line_items[0].item_total", "expected int, got None")``.
        status_code: HTTP status of the response, when the body came from a request.
        request_id: The API's ``api_request_id`` or ``X-Request-Id``, when known.

    """

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        problems: Sequence[tuple[str, str]] = (),
        status_code: int | None = None,
        request_id: str | None = None,
        outcome_unknown: bool = False,
        advice: str | None = None,
    ) -> None:
        super().__init__(message, outcome_unknown=outcome_unknown, advice=advice)
        self.model = model
        self.problems = list(problems)
        self.status_code = status_code
        self.request_id = request_id

    def __str__(self) -> str:
        text = Exception.__str__(self)
        if self.request_id:
            text += f" (request id {self.request_id})"
        return self._with_advice(text)


class APIConnectionError(BytefulError):
    """The request got no complete HTTP answer: refused, reset, dropped or cut short.

    Attributes:
        method: The HTTP method.
        path: The path that was requested, relative to the base URL.
        sent: False when the connection failed before any byte of the request left (the
            API cannot have seen it); True when it may have reached the API.

    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        sent: bool = True,
        outcome_unknown: bool = False,
        advice: str | None = None,
    ) -> None:
        super().__init__(message, outcome_unknown=outcome_unknown, advice=advice)
        self.method = method
        self.path = path
        self.sent = sent


class APITimeoutError(APIConnectionError):
    """No answer arrived within the timeout (per attempt)."""


class APIStatusError(BytefulError):
    """The API answered with an error status.

    Attributes:
        status_code: The HTTP status.
        error: The body's short ``error`` string, e.g. ``"Not Found"``.
        message: The body's human-readable ``message``.
        request_id: The body's ``api_request_id``; quote it to Byteful support.
        body: The parsed JSON body (a dict), or the raw text when it was not JSON.
        headers: The response headers.
        method: The HTTP method of the request that failed.
        target: Its path and query below the base URL, e.g.
            ``/public/user/residential_ledger/search?per_page=100&page=37``.

    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        error: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        method: str = "",
        target: str = "",
        outcome_unknown: bool = False,
        advice: str | None = None,
    ) -> None:
        super().__init__(message, outcome_unknown=outcome_unknown, advice=advice)
        self.status_code = status_code
        self.error = error
        self.message = message
        self.request_id = request_id
        self.body = body
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.method = method
        self.target = target

    def __str__(self) -> str:
        label = f"{self.status_code} {self.error}" if self.error else str(self.status_code)
        if self.method:
            label += f" from {self.method} {self.target}"
        text = f"{label}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return self._with_advice(text)


class RedirectError(APIStatusError):
    """3xx: the server pointed elsewhere. Redirects are never followed.

    Following one would send the account's keys, and a purchase's body, to whatever host the
    ``Location`` names. Nothing is sent there and nothing is retried. If the API really moved,
    pass the new address as ``base_url``.

    Attributes:
        location: The ``Location`` header as the server sent it (None when absent).

    """

    def __init__(self, message: str, *, location: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.location = location


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: the keys are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the keys are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such object."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the object's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed, but refused by the API's business rules."""


class RateLimitError(APIStatusError):
    """429: the account's request rate was exceeded, and retrying was not possible.

    Attributes:
        retry_after: Seconds the API asked the client to wait, when it said so.

    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


class TwoFactorRequiredError(APIStatusError):
    """The API asks for a two-factor code before it performs this request.

    Sent as 403 or 499 with ``two_factor_authentication_*`` fields in the body.

    Attributes:
        two_factor_public_key: The challenge id to send back with the code.
        two_factor_service: Where the code was sent, e.g. ``"email"``.
        two_factor_target: The masked destination, e.g. ``"e******@byteful.com"``.

    """

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        body = self.body if isinstance(self.body, dict) else {}
        self.two_factor_public_key: str | None = body.get("two_factor_authentication_public_key")
        self.two_factor_service: str | None = body.get("two_factor_authentication_service")
        self.two_factor_target: str | None = body.get("two_factor_authentication_target")


class IncompleteResultError(BytefulError):
    """A bulk fetch could not return every row exactly once.

    Offset pages shift when rows are added or removed while they are being read. The paginator
    notices (``total_count`` moved, or fewer distinct rows arrived than it promised) and raises
    this rather than return a short or doubled result. Narrow the search (an upper bound on the
    creation datetime, say) so the result set cannot change, and fetch again.

    Attributes:
        expected: Rows the API said the search matches.
        received: Distinct rows that arrived.

    """

    def __init__(self, message: str, *, expected: int, received: int) -> None:
        super().__init__(message)
        self.expected = expected
        self.received = received


class PurchaseRefused(BytefulError):
    """The purchase guard stopped a purchase (a dry run, or over the cap): nothing was bought.

    Attributes:
        cost: What the purchase would have cost, in cents, when it is known.
        spent: What the guard counted as spent in the current period, in cents; -1 when
            it could not be read (a guard on Redis that is away or answers nonsense).

    """

    def __init__(self, message: str, *, cost: int | None, spent: int) -> None:
        super().__init__(message)
        self.cost = cost
        self.spent = spent


class ReconcileError(BytefulError):
    """``checkout.reconcile`` could show neither that the purchase was made nor that it was not."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int, body: object) -> type[APIStatusError]:
    """Pick the exception class for an error status and its parsed body."""
    if (
        status in (403, 499)
        and isinstance(body, dict)
        and any(key.startswith("two_factor_authentication_") for key in body)
    ):
        return TwoFactorRequiredError
    if status >= 500:
        return InternalServerError
    if 300 <= status < 400:
        return RedirectError
    return _STATUS_ERRORS.get(status, APIStatusError)
