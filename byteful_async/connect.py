"""Connecting through a proxy: the URL and what each HTTP client takes, from the API's objects.

::

    proxy = (await client.proxies.search(country_id="us")).items[0]
    user = await client.proxy_users.retrieve("report_bot_01")
    via = ProxyConnection.from_proxy(proxy, user)
    async with aiohttp.ClientSession() as session:
        async with session.get("https://example.com", **via.aiohttp()) as page:
            ...

    line = (await client.residential.list(list_count=1, country_id="de"))[0]
    via = ProxyConnection.from_line(line)          # host:port:user:password, or a URL
    requests.get("https://example.com", proxies=via.requests())

The password is a credential: it never shows in ``repr``; :meth:`ProxyConnection.url` and
the client arguments carry it, so keep those out of logs.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote, unquote, urlsplit

import attrs

from byteful_async.models import Proxy, ProxyUser

Scheme = Literal["http", "https", "socks5", "socks5h"]
_SCHEMES: tuple[str, ...] = ("http", "https", "socks5", "socks5h")


@attrs.frozen(kw_only=True)
class ProxyConnection:
    """Where and how to connect through one proxy.

    Attributes:
        host: The proxy's address (or the gateway's name, for a residential line).
        port: Its port.
        username: The user name to authenticate with, if any.
        password: The password (hidden from ``repr``).
        scheme: ``http`` (also for HTTPS targets, through CONNECT), ``https``, ``socks5`` or
            ``socks5h`` (the proxy resolves host names).

    """

    host: str
    port: int
    username: str | None = None
    password: str | None = attrs.field(default=None, repr=False)
    scheme: Scheme = "http"

    @classmethod
    def from_proxy(
        cls, proxy: Proxy, user: ProxyUser | None = None, *, scheme: Scheme = "http"
    ) -> ProxyConnection:
        """Connect through ``proxy`` as ``user`` (default: the proxy's own credentials).

        Raises:
            ValueError: the proxy has no address or no port for ``scheme``.

        """
        host = proxy.proxy_ip_address or proxy.proxy_ip_address_v6
        port = proxy.proxy_socks5_port if scheme.startswith("socks") else proxy.proxy_http_port
        if not host or port is None:
            raise ValueError(f"proxy {proxy.proxy_id} has no address or no {scheme} port")
        username: str | None
        password: str | None
        if user is not None:
            username, password = user.proxy_user_id, user.proxy_user_password
        elif proxy.proxy_username:
            username, password = proxy.proxy_username, proxy.proxy_password
        else:
            username, password = (
                proxy.default_proxy_user_username,
                proxy.default_proxy_user_password,
            )
        return cls(host=host, port=port, username=username, password=password, scheme=scheme)

    @classmethod
    def from_line(cls, line: str, *, scheme: Scheme = "http") -> ProxyConnection:
        """Read one line of a generated list: ``host:port:user:password`` or a proxy URL.

        Raises:
            ValueError: the line is neither.

        """
        text = line.strip()
        if "://" in text:
            parts = urlsplit(text)
            if parts.scheme not in _SCHEMES or not parts.hostname or parts.port is None:
                raise ValueError("a proxy URL needs a scheme (http, socks5...), a host and a port")
            return cls(
                host=parts.hostname,
                port=parts.port,
                username=unquote(parts.username) if parts.username else None,
                password=unquote(parts.password) if parts.password else None,
                scheme=parts.scheme,  # type: ignore[arg-type]
            )
        fields = text.split(":")
        if len(fields) not in (2, 4) or not fields[1].isdigit():
            raise ValueError("a proxy line is host:port or host:port:user:password")
        username, password = (fields[2], fields[3]) if len(fields) == 4 else (None, None)
        return cls(
            host=fields[0], port=int(fields[1]), username=username, password=password, scheme=scheme
        )

    def url(self, *, credentials: bool = True) -> str:
        """``scheme://user:password@host:port`` (a secret: it holds the password)."""
        auth = ""
        if credentials and self.username is not None:
            auth = quote(self.username, safe="")
            if self.password is not None:
                auth += ":" + quote(self.password, safe="")
            auth += "@"
        return f"{self.scheme}://{auth}{self.host}:{self.port}"

    def aiohttp(self) -> dict[str, Any]:
        """Keyword arguments for an aiohttp request: ``proxy`` (credentials in the URL).

        aiohttp takes the user name and password from the proxy URL, for plain HTTP targets
        and for HTTPS ones (through CONNECT) alike.

        Raises:
            ValueError: a SOCKS proxy, which aiohttp does not speak (use aiohttp-socks).

        """
        if self.scheme.startswith("socks"):
            raise ValueError("aiohttp speaks only HTTP proxies; use aiohttp-socks for SOCKS5")
        return {"proxy": self.url()}

    def httpx(self) -> str:
        """The ``proxy=`` URL for httpx (SOCKS5 needs ``httpx[socks]``)."""
        return self.url()

    def requests(self) -> dict[str, str]:
        """The ``proxies=`` mapping for requests (SOCKS5 needs ``requests[socks]``)."""
        return {"http": self.url(), "https": self.url()}
