"""The API's resources: generated from schema/operations.json, plus behaviour where needed.

``OPERATIONS`` is the manifest: one :class:`~byteful_async._calls._endpoint.Endpoint` per
operation, in the table's order, with its method, path, ids, filters or body, envelope,
retry safety, whether it spends money or destroys something, and its documentation page.
The tests, the command line and the README's endpoint table read it.
"""

from byteful_async.resources._attributes import RESOURCE_NAMES, ResourceAttributes
from byteful_async.resources._base import Resource
from byteful_async.resources._checkout import CheckoutResource
from byteful_async.resources._generated import *  # noqa: F403
from byteful_async.resources._generated import __all__ as _generated_names
from byteful_async.resources._proxy_users import ProxyUsersResource

__all__ = [
    "RESOURCE_NAMES",
    "CheckoutResource",
    "ProxyUsersResource",
    "Resource",
    "ResourceAttributes",
    *_generated_names,
]
