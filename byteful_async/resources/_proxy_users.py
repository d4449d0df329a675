"""``proxy_users``: the generated methods, plus ``rotate_password``."""

from __future__ import annotations

import secrets
import string
from collections.abc import Mapping
from typing import Final

from byteful_async._basics._secret import Secret
from byteful_async._sending._transport import Timeout
from byteful_async.resources._generated import (
    PROXY_USERS_ROTATE_PASSWORD,
    ProxyUsersResourceBase,
)

#: Letters and digits, as the API asks of a password (10 to 32 of them).
_ALPHABET: Final = string.ascii_letters + string.digits
PASSWORD_LENGTH: Final = 24


def new_password() -> str:
    """A random password the API accepts: 24 letters and digits from :mod:`secrets`."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(PASSWORD_LENGTH))


class ProxyUsersResource(ProxyUsersResourceBase):
    """The proxy users: the credentials clients use with the proxies, and what each may use."""

    async def rotate_password(
        self,
        proxy_user_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Secret:
        """Give ``proxy_user_id`` a new random password and return it (reveal it to use it).

        The password is made here, before anything is sent, so it is never lost: when the
        answer does not come back (an error with ``outcome_unknown``), the server may have
        set it, and ``error.call.body["proxy_user_password"]`` holds it (a :class:`Secret`)
        to try or to hand out. Clients using the old password stop working. Sent once,
        never resent. ``PATCH /public/user/proxy_user/edit/{proxy_user_id}``.
        """
        password = Secret(new_password())
        await self._core.call(
            PROXY_USERS_ROTATE_PASSWORD,
            ids={"proxy_user_id": proxy_user_id},
            body={"proxy_user_password": password},
            timeout=timeout,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )
        return password
