"""byteful-async: the async Python SDK for the Byteful proxy API.

Start with :class:`AsyncByteful` (or :class:`Byteful`, the same client without ``await``,
for scripts and notebooks). The models (``byteful_async.models``) are re-exported here,
so ``from byteful_async import ResidentialLedger`` works; :func:`structure` and
:func:`unstructure` convert between the API's JSON and those models.
"""

from byteful_async import models
from byteful_async._basics._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BytefulError,
    ConflictError,
    IncompleteResultError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PurchaseRefused,
    RateLimitError,
    ReconcileError,
    RedirectError,
    ResponseDecodeError,
    SentRequest,
    TwoFactorRequiredError,
    UnprocessableEntityError,
)
from byteful_async._basics._secret import Secret
from byteful_async._bots._watch import AccountWatch, Alert, Snapshot
from byteful_async._calls._converter import structure, unstructure
from byteful_async._calls._endpoint import Created
from byteful_async._calls._pagination import AsyncPaginator, Page
from byteful_async._calls._watermark import WatermarkBatch, WatermarkCursor
from byteful_async._client import AsyncByteful, RawResponses
from byteful_async._policies._guard import PurchaseGuard
from byteful_async._policies._limiter import IntervalLimiter, RateLimiter
from byteful_async._policies._redis_limiter import RedisLimiter
from byteful_async._policies._retry import RetryPolicy
from byteful_async._sending._response import APIResponse
from byteful_async._sending._stats import (
    EndpointStats,
    RequestEvent,
    RequestStats,
    ResponseEvent,
    RetryEvent,
)
from byteful_async._sync._client import Byteful, SyncRawResponses
from byteful_async._sync._paginator import SyncPaginator
from byteful_async._version import __version__
from byteful_async.connect import ProxyConnection
from byteful_async.models import *  # noqa: F403
from byteful_async.webhooks import WebhookOutbox, WebhookSignatureError

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AccountWatch",
    "Alert",
    "AsyncByteful",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Byteful",
    "BytefulError",
    "ConflictError",
    "Created",
    "EndpointStats",
    "IncompleteResultError",
    "InternalServerError",
    "IntervalLimiter",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "ProxyConnection",
    "PurchaseGuard",
    "PurchaseRefused",
    "RateLimitError",
    "RateLimiter",
    "RawResponses",
    "ReconcileError",
    "RedirectError",
    "RedisLimiter",
    "RequestEvent",
    "RequestStats",
    "ResponseDecodeError",
    "ResponseEvent",
    "RetryEvent",
    "RetryPolicy",
    "Secret",
    "SentRequest",
    "Snapshot",
    "SyncPaginator",
    "SyncRawResponses",
    "TwoFactorRequiredError",
    "UnprocessableEntityError",
    "WatermarkBatch",
    "WatermarkCursor",
    "WebhookOutbox",
    "WebhookSignatureError",
    "__version__",
    "models",
    "structure",
    "unstructure",
    *models._generated.__all__,  # spelled so the docs tools can follow it
]
