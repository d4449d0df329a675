"""Stand-in proxies: the fake account's proxies and gateways, reachable on 127.0.0.1.

With ``FakeByteful(serve_proxies=True)`` each dedicated proxy of the account and the
residential and mobile gateways listen on a loopback port of their own, and the account's
rows and generated lines name those addresses. A request sent through one (plain HTTP,
``GET http://example.com/`` in absolute form, as clients send to a proxy) is checked the way
the real network checks it: ``Proxy-Authorization`` must name a live proxy user with its
password, and a restricted user needs an access rule for the proxy or its service. Nothing is
forwarded: the stand-in answers itself, with JSON saying which proxy, which user and which
targeting served the request, so a bot can be run end to end without a network.
"""

from __future__ import annotations

import base64
import binascii
import socket
from collections.abc import Callable
from typing import Any, Final

import attrs
from aiohttp import web

from byteful_async.testing._data import Row

#: How a gateway line's user name encodes targeting: user-key-value-key-value...
_TARGET_KEYS: Final = ("country", "subdivision", "city", "zip_code", "session")


@attrs.frozen
class ProxiedRequest:
    """One request a stand-in proxy answered (or refused)."""

    via: str
    """The proxy's id, or ``residential`` / ``mobile`` for a gateway."""
    url: str
    """The target, as the client asked for it."""
    proxy_user_id: str | None
    status: int
    targeting: dict[str, str] = attrs.field(factory=dict)


def _credentials(request: web.Request) -> tuple[str, str] | None:
    header = request.headers.get("Proxy-Authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, colon, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if colon else None


def _targeting(name: str) -> tuple[str, dict[str, str]]:
    """``ann_user01-country-us-city-austin`` -> (``ann_user01``, {country: us, city: austin})."""
    user, *rest = name.split("-")
    targeting: dict[str, str] = {}
    for key, value in zip(rest[::2], rest[1::2], strict=False):
        if key in _TARGET_KEYS:
            targeting[key] = value
    return user, targeting


class StandInProxies:
    """Loopback listeners for the account's proxies and gateways.

    Args:
        proxies: The account's proxy rows; each gets an address (rows are updated).
        users: The proxy users (read at each request, so edits and deletes count).
        acls: The access rules (read at each request).

    """

    def __init__(
        self,
        proxies: list[Row],
        users: Callable[[], list[Row]],
        acls: Callable[[], list[Row]],
        host: str = "127.0.0.1",
    ) -> None:
        self._proxies = proxies
        self._users = users
        self._acls = acls
        self.host = host
        self.gateways: dict[str, int] = {}
        """Gateway kind -> its port on ``host``."""
        self.requests: list[ProxiedRequest] = []
        """Every request the stand-ins saw, in arrival order."""
        self._by_port: dict[int, Row | str] = {}
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Bind a port for each proxy and gateway, and point the rows at them."""
        app = web.Application()
        app.router.add_route("*", r"/{tail:[\s\S]*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        targets: list[Row | str] = [*self._proxies, "residential", "mobile"]
        for target in targets:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind((self.host, 0))
            port: int = sock.getsockname()[1]
            await web.SockSite(self._runner, sock).start()
            self._by_port[port] = target
            if isinstance(target, str):
                self.gateways[target] = port
            else:
                target["proxy_ip_address"] = self.host
                target["proxy_http_port"] = port

    async def close(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    def _user(self, credentials: tuple[str, str] | None) -> Row | None:
        if credentials is None:
            return None
        name, password = credentials
        for user in self._users():
            if user["proxy_user_id"] == name and not user["proxy_user_is_deleted"]:
                return user if user["proxy_user_password"] == password else None
        return None

    def _allowed(self, user: Row, proxy: Row) -> bool:
        access = user["proxy_user_access_type"]
        if access == "all":
            return True
        key = "service_id" if access == "service_restricted" else "proxy_id"
        rules = [a for a in self._acls() if a["proxy_user_id"] == user["proxy_user_id"]]
        return any(a[key] == proxy[key] for a in rules)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        target = self._by_port.get(sockname[1] if sockname else -1)
        via = target if isinstance(target, str) else (target or {}).get("proxy_id", "?")
        if request.method == "CONNECT":
            return self._answer(via, request, None, 405, {}, "The stand-in proxies speak HTTP.")
        credentials = _credentials(request)
        targeting: dict[str, str] = {}
        if credentials is not None and isinstance(target, str):
            name, targeting = _targeting(credentials[0])
            credentials = (name, credentials[1])
        user = self._user(credentials)
        if user is None:
            return self._answer(via, request, None, 407, targeting, "Proxy authentication failed.")
        if isinstance(target, dict) and not self._allowed(user, target):
            return self._answer(
                via, request, user, 403, targeting, "This proxy user may not use this proxy."
            )
        return self._answer(via, request, user, 200, targeting, None)

    def _answer(
        self,
        via: str,
        request: web.Request,
        user: Row | None,
        status: int,
        targeting: dict[str, str],
        error: str | None,
    ) -> web.Response:
        name = None if user is None else user["proxy_user_id"]
        self.requests.append(ProxiedRequest(via, str(request.url), name, status, targeting))
        body: dict[str, Any] = {"url": str(request.url), "via": via, "proxy_user_id": name}
        if targeting:
            body["targeting"] = targeting
        if error is not None:
            body["error"] = error
        headers = {"Proxy-Authenticate": 'Basic realm="byteful"'} if status == 407 else {}
        return web.json_response(body, status=status, headers=headers)
