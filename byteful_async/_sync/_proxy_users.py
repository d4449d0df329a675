"""``proxy_users`` on the sync client: the generated methods, plus ``rotate_password``."""

from __future__ import annotations

from collections.abc import Mapping

from byteful_async._basics._secret import Secret
from byteful_async._sending._transport import Timeout
from byteful_async._sync._resources import SyncProxyUsersResourceBase


class SyncProxyUsersResource(SyncProxyUsersResourceBase):
    """The proxy users: the credentials clients use with the proxies, and what each may use."""

    def rotate_password(
        self,
        proxy_user_id: str,
        *,
        timeout: Timeout | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Secret:
        """Give ``proxy_user_id`` a new random password and return it (reveal it to use it).

        Made on this side before anything is sent, so it is never lost (see the async
        client's ``proxy_users.rotate_password``). Sent once, never resent.
        ``PATCH /public/user/proxy_user/edit/{proxy_user_id}``.
        """
        return self._runner.call(
            self._twin.rotate_password(
                proxy_user_id,
                timeout=timeout,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
        )
