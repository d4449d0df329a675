"""byteful-async: the async Python SDK for the Byteful proxy API.

The models (``byteful_async.models``) are re-exported here, so
``from byteful_async import ResidentialLedger`` works. :func:`structure` and
:func:`unstructure` convert between the API's JSON and those models.
"""

from byteful_async import models
from byteful_async._converter import structure, unstructure
from byteful_async._exceptions import BytefulError, ResponseDecodeError
from byteful_async._version import __version__
from byteful_async.models import *  # noqa: F403

__all__ = [
    "BytefulError",
    "ResponseDecodeError",
    "__version__",
    "models",
    "structure",
    "unstructure",
    *models.__all__,
]
