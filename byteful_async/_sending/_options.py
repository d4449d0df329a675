"""Checking what the client is given: keys, base URL, proxy, rate, paths for ``request()``.

Every check raises before anything is sent, naming the option; none ever echoes a key.
"""

from __future__ import annotations

import ipaddress
import os
import re
from typing import Final
from urllib.parse import quote

import yarl

from byteful_async._basics._exceptions import BytefulError
from byteful_async._basics._secret import Secret

DEFAULT_BASE_URL: Final = "https://api.byteful.com/1.0"
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_RATE_LIMIT: Final = 10.0
DEFAULT_MAX_CONCURRENCY: Final = 32
#: ``rate_limit`` bounds: below one request a minute a fetch would seem to hang; above
#: a million per second it is no limit at all (use None).
MIN_RATE_LIMIT: Final = 1 / 60
MAX_RATE_LIMIT: Final = 1_000_000.0


def key_from(name: str, given: str | Secret | None, env: str) -> str:
    value = given if given is not None else os.environ.get(env)
    if isinstance(value, Secret):
        value = value.reveal()
    problem = _key_problem(name, value, env)
    if problem is not None:
        value = given = None  # a refused key stays out of the traceback's frames
        raise problem
    assert isinstance(value, str)
    return value.strip()


def _key_problem(name: str, value: object, env: str) -> Exception | None:
    """Why ``value`` cannot be the key called ``name`` (None: it can). Never quotes it."""
    if value is None:
        return BytefulError(
            f"no {name}: pass {name}=... to AsyncByteful or set the {env} environment variable"
        )
    if not isinstance(value, str):
        return TypeError(f"{name} must be a str, not {type(value).__name__}")
    value = value.strip()
    if not value:
        return BytefulError(f"{name} is empty (check {env} or the {name}= argument)")
    # A header carries only visible ASCII; anything else is a paste gone wrong.
    if not all("!" <= ch <= "~" for ch in value):
        return BytefulError(
            f"{name} contains whitespace, control or non-ASCII characters "
            f"(check {env} or the {name}= argument)"
        )
    return None


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def base_url_from(given: str | None, *, allow_insecure_http: bool) -> str:
    value = given if given is not None else os.environ.get("BYTEFUL_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ValueError(f"base_url must be an http:// or https:// URL, not {value!r}")
    try:
        url = yarl.URL(value)
    except ValueError as exc:
        raise ValueError(f"base_url is not a valid URL: {exc}") from None
    if url.user is not None or url.password is not None:
        raise ValueError(
            "base_url must not hold a user name or password (user:pass@host); the API "
            "authenticates with the two key headers"
        )
    if url.raw_query_string or "?" in value:
        raise ValueError(f"base_url must not have a query (?...): {value!r}")
    if url.raw_fragment or "#" in value:
        raise ValueError(f"base_url must not have a fragment (#...): {value!r}")
    if not url.raw_host:
        raise ValueError(f"base_url has no host: {value!r}")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.raw_host):
        raise ValueError(
            f"base_url {value!r} is plain http:// to a host other than this machine, so the "
            "private key would cross the network unencrypted; use https://, or pass "
            "allow_insecure_http=True if you really mean it"
        )
    return value.rstrip("/")


def proxy_url(proxy: object) -> Secret | None:
    if proxy is None:
        return None
    if not isinstance(proxy, str) or not proxy.startswith(("http://", "https://")):
        raise ValueError("proxy must be an http:// or https:// URL (user:pass@ allowed) or None")
    try:
        url = yarl.URL(proxy)
    except ValueError:
        raise ValueError("proxy is not a valid URL") from None
    if not url.raw_host:
        raise ValueError("proxy has no host")
    return Secret(proxy)


def check_rate(rate_limit: object) -> float:
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int | float):
        raise TypeError(f"rate_limit must be requests per second or None, not {rate_limit!r}")
    if not MIN_RATE_LIMIT <= rate_limit <= MAX_RATE_LIMIT:
        raise ValueError(
            f"rate_limit must be from {MIN_RATE_LIMIT:.4g} to {MAX_RATE_LIMIT:g} requests per "
            f"second (or None to disable), not {rate_limit}"
        )
    return float(rate_limit)


_PATH_SAFE: Final = "!$&'()*+,;=:@-._~%"
_STRAY_PERCENT: Final = re.compile(r"%(?![0-9A-Fa-f]{2})")


def request_path(path: object) -> str:
    """``path`` as one clean, percent-encoded path below the base URL, or ValueError."""
    if not isinstance(path, str):
        raise TypeError(f"request(): path must be a str, not {type(path).__name__}")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in path):
        raise ValueError("request(): path must not contain control characters (CR, LF...)")
    if "?" in path or "#" in path:
        raise ValueError("request(): path must not hold '?' or '#'; pass the query as params=")
    segments = path.strip("/").split("/")
    if not path.strip("/"):
        raise ValueError("request(): path is empty")
    for segment in segments:
        if not segment:
            raise ValueError(f"request(): path has an empty segment (//): {path!r}")
        if segment.replace("%2e", ".").replace("%2E", ".") in (".", ".."):
            raise ValueError(f"request(): path must not have '.' or '..' segments: {path!r}")
    encoded = (_STRAY_PERCENT.sub("%25", quote(s, safe=_PATH_SAFE)) for s in segments)
    return "/" + "/".join(encoded)


def check_count(name: str, value: object, *, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
