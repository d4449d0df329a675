"""The account's keys, held so that the private one never shows.

:class:`Secret` is the one holder of the private key. Its ``repr`` and ``str`` are a fixed
mask, it refuses to be pickled or copied into text by accident, and it can strip its own
value out of any text or JSON value the SDK is about to show (a server that quotes the key
back in an error message, say).

:class:`Credentials` makes the two auth headers. They are built as an argument expression at
the single call that sends (``_transport``), so no SDK frame keeps the private key in a plain
local or attribute that a crash reporter or ``pytest -l`` would print.
"""

from __future__ import annotations

import re
from typing import Any, Final, NoReturn

MASK: Final = "[redacted]"


class Secret:
    """A string that shows only as a mask: ``repr``, ``str`` and formatting never reveal it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The value itself; call it only where it leaves the process (a request header)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def redact(self, text: str) -> str:
        """``text`` with every occurrence of the value replaced by the mask."""
        return text.replace(self._value, MASK) if self._value in text else text

    def redact_value(self, value: Any, *, depth: int = 0) -> Any:
        """A JSON-like value (dicts, lists, text) with the secret masked in every string."""
        if isinstance(value, str):
            return self.redact(value)
        if depth > 64:  # a body nested deeper than this is dropped, not walked
            return MASK
        if isinstance(value, dict):
            return {
                self.redact(k) if isinstance(k, str) else k: self.redact_value(v, depth=depth + 1)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.redact_value(v, depth=depth + 1) for v in value]
        return value


class Credentials:
    """The public key (an account identifier, shown in reprs) and the private key (a Secret)."""

    __slots__ = ("private_key", "public_key")

    def __init__(self, public_key: str, private_key: Secret) -> None:
        self.public_key = public_key
        self.private_key = private_key

    def __repr__(self) -> str:
        return f"Credentials(public_key={self.public_key!r}, private_key={self.private_key!r})"

    def headers(self, base: dict[str, str]) -> dict[str, str]:
        """``base`` plus the two auth headers: pass the result straight to the send call."""
        return {
            **base,
            "X-API-Public-Key": self.public_key,
            "X-API-Private-Key": self.private_key.reveal(),
        }


_PASSWORD_QUERY: Final = re.compile(r"(?i)\b(password|passwd|pwd)=[^&#]*")


def shown_url(url: str) -> str:
    """``url`` fit to show: a password in its userinfo or a ``password=`` query is masked.

    Works on text that does not parse as a URL too (a mistyped one is shown as well as it
    can be, never with its password): everything between ``//`` and the last ``@`` is taken
    as userinfo (a password may hold ``/`` or ``@``), and every ``password=`` value up to
    ``&`` is masked.
    """
    scheme, sep, rest = url.partition("//")
    if not sep:
        scheme, rest = "", url
    if "@" in rest:
        userinfo, _, host = rest.rpartition("@")
        user = userinfo.split(":", 1)[0] if ":" in userinfo else ""
        rest = f"{user}:{MASK}@{host}"
    return _PASSWORD_QUERY.sub(rf"\1={MASK}", f"{scheme}{sep}{rest}")
