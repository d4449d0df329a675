"""The Byteful API's objects, enums and search filters, generated from schema/byteful.schema.json.

Every model is a frozen, slotted, keyword-only attrs class. Field names are the API's own;
fields the API may omit default to ``None``; fields the schema does not know arrive in
``extra``. See the README section "Schema, generator and models" for how they are made.
``BOUNDS`` holds the schema's numeric bounds (``per_page`` 1 to ``MAX_PER_PAGE``...), and
``CHOICES`` the parameters that take only their enum's values (``group_by``);
``EXACTLY_ONE_OF`` and ``ONE_OR_MORE_OF`` the body fields that go in groups (an ACL names
exactly one of a service or a proxy).
"""

from byteful_async.models._bounds import BOUNDS as BOUNDS
from byteful_async.models._bounds import CHOICES as CHOICES
from byteful_async.models._bounds import EXACTLY_ONE_OF as EXACTLY_ONE_OF
from byteful_async.models._bounds import MAX_PER_PAGE as MAX_PER_PAGE
from byteful_async.models._bounds import ONE_OR_MORE_OF as ONE_OR_MORE_OF
from byteful_async.models._generated import *  # noqa: F403
from byteful_async.models._generated import __all__ as __all__
