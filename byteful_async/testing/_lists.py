"""Generated proxy lists in the fake: lines that carry the credentials and the targeting.

A residential or mobile line names the gateway, and its user name encodes what was asked
for (``default_user-country-us-city-austin-session-ab12cd34``); a list by id has one line per
proxy, in the order asked. Formats: ``standard`` (host:port:user:password), ``http``,
``https``, ``socks5`` and ``socks5h`` (URLs).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from byteful_async.testing._data import Row, stable_uuid
from byteful_async.testing._problems import bad, not_found

FORMATS: Final = ("standard", "http", "https", "socks5", "socks5h")
GATEWAYS: Final = {"residential": "residential.byteful.test", "mobile": "mobile.byteful.test"}
_TARGETS: Final = ("country_id", "subdivision_id", "city_alias", "city_id", "zip_code_id")


def line(fmt: str, host: str, port: int, user: str, password: str) -> str:
    """One proxy line in the format asked for."""
    if fmt not in FORMATS:
        raise bad(f"The list_format must be one of {', '.join(FORMATS)}.")
    if fmt == "standard":
        return f"{host}:{port}:{user}:{password}"
    return f"{fmt}://{user}:{password}@{host}:{port}"


def pool_list(
    kind: str,
    query: Mapping[str, str],
    users: list[Row],
    seed: int,
    gateway: tuple[str, int] | None = None,
) -> list[str]:
    """``count`` lines for the residential or mobile gateway, targeting as asked.

    ``gateway``: the (host, HTTP port) the lines name, when it is not the usual one.
    """
    raw = query.get("list_count", "10")
    if not raw.isdigit() or not 1 <= int(raw) <= 10_000:
        raise bad("The list_count must be an integer between 1 and 10000.")
    user = _user(users, query.get("proxy_user_id"))
    fmt = query.get("list_format", "standard")
    session = query.get("list_session_type", "sticky")
    if session not in ("sticky", "rotating"):
        raise bad("The list_session_type must be sticky or rotating.")
    parts = [user["proxy_user_id"]]
    for key in _TARGETS:
        if key in query:
            parts += [key.removesuffix("_id").removesuffix("_alias"), query[key].lower()]
    host, port = GATEWAYS[kind], 1080 if fmt.startswith("socks") else 8080
    if gateway is not None and not fmt.startswith("socks"):
        host, port = gateway
    lines = []
    for n in range(int(raw)):
        name = "-".join(parts)
        if session == "sticky":
            name += "-session-" + stable_uuid(seed, "session", n, *parts)[:8]
        lines.append(line(fmt, host, port, name, user["proxy_user_password"]))
    return lines


LIST_OPTIONS: Final = ("list_format", "list_protocol", "list_version", "list_authentication")
"""How the lines of a list by search or by id are written (not search filters)."""


def proxy_lines(proxies: list[Row], users: list[Row], how: Mapping[str, Any]) -> list[str]:
    """One line per proxy, in order, written as ``how`` (the list options) says."""
    user = _user(users, how.get("proxy_user_id"))
    fmt = how.get("list_format", "standard")
    protocol = how.get("list_protocol", "socks5" if str(fmt).startswith("socks") else "http")
    if protocol not in ("http", "socks5"):
        raise bad("The list_protocol must be http or socks5.")
    version = how.get("list_version", "ipv4")
    if version not in ("ipv4", "ipv6"):
        raise bad("The list_version must be ipv4 or ipv6.")
    lines = []
    for proxy in proxies:
        port = proxy["proxy_socks5_port"] if protocol == "socks5" else proxy["proxy_http_port"]
        host = proxy["proxy_ip_address"]
        if version == "ipv6":
            if not proxy.get("proxy_ip_address_v6"):
                continue  # an IPv4-only proxy has no IPv6 line
            host = f"[{proxy['proxy_ip_address_v6']}]"
        lines.append(line(fmt, host, port, user["proxy_user_id"], user["proxy_user_password"]))
    return lines


def by_id(body: Any, proxies: list[Row], users: list[Row]) -> list[str]:
    """One line per proxy id, in the order given, with the chosen user's credentials."""
    if not isinstance(body, dict) or not isinstance(body.get("proxy_ids"), list):
        raise bad("The proxy_ids field is required.")
    found = {p["proxy_id"]: p for p in proxies}
    chosen = []
    for ident in body["proxy_ids"]:
        proxy = found.get(ident)
        if proxy is None:
            raise not_found("proxy")
        chosen.append(proxy)
    return proxy_lines(chosen, users, body)


def options(body: Any, proxies: list[Row], users: list[Row], acls: list[Row]) -> list[Row]:
    """For each proxy user, whether it may use every proxy asked about."""
    if not isinstance(body, dict) or (("proxy_ids" in body) == ("search_filter" in body)):
        raise bad("Give exactly one of proxy_ids or search_filter.")
    if "proxy_ids" in body:
        wanted = [p for p in proxies if p["proxy_id"] in set(body["proxy_ids"])]
    else:
        criteria = body["search_filter"] or {}
        wanted = [p for p in proxies if all(p.get(k) == v for k, v in criteria.items())]
    answer = []
    for user in users:
        if user["proxy_user_is_deleted"]:
            continue
        access = user["proxy_user_access_type"]
        rules = [a for a in acls if a["proxy_user_id"] == user["proxy_user_id"]]
        if access == "all":
            allowed = True
        elif access == "service_restricted":
            allowed = all(any(a["service_id"] == p["service_id"] for a in rules) for p in wanted)
        else:
            allowed = all(any(a["proxy_id"] == p["proxy_id"] for a in rules) for p in wanted)
        answer.append(
            {
                "has_access": allowed,
                "proxy_user_id": user["proxy_user_id"],
                "proxy_user_is_default": user["proxy_user_is_default"],
            }
        )
    return answer


def _user(users: list[Row], name: str | None) -> Row:
    for user in users:
        if not user["proxy_user_is_deleted"] and (
            user["proxy_user_id"] == name if name else user["proxy_user_is_default"]
        ):
            return user
    raise not_found("proxy user")
