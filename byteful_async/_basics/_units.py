"""How byteful-async writes money and data sizes for people (the CLI and alert texts)."""

from __future__ import annotations

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB")


def dollars(cents: int | None) -> str:
    """``1245`` -> ``$12.45``; ``None`` -> ``-``."""
    if cents is None:
        return "-"
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}${whole:,}.{part:02d}"


def human_bytes(count: int | None) -> str:
    """Binary units with one decimal: ``1536`` -> ``1.5 KiB``; ``None`` -> ``-``."""
    if count is None:
        return "-"
    size = float(abs(count))
    unit = _UNITS[0]
    for unit in _UNITS:
        if size < 1024 or unit == _UNITS[-1]:
            break
        size /= 1024
    sign = "-" if count < 0 else ""
    return f"{sign}{int(size)} {unit}" if unit == "B" else f"{sign}{size:.1f} {unit}"


#: What a data-size suffix multiplies by: decimal (kB, MB...) and binary (KiB, MiB...).
_SIZES = {
    "b": 1,
    "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12, "pb": 10**15,
    "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40, "pib": 2**50,
}  # fmt: skip


def parse_bytes(text: str) -> int:
    """``5GiB`` -> 5368709120, ``500MB`` -> 500000000, ``1024`` -> 1024 (bytes).

    Raises:
        ValueError: not a number of bytes, with or without one of the units above.

    """
    spelled = text.strip().replace(" ", "").replace("_", "")
    digits = spelled.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    unit = spelled[len(digits) :].lower() or "b"
    if unit not in _SIZES or not digits:
        raise ValueError(f"not a data size (like 5GiB, 500MB or 1048576): {text!r}")
    try:
        number = float(digits)
    except ValueError:
        raise ValueError(f"not a data size (like 5GiB, 500MB or 1048576): {text!r}") from None
    if not number >= 0 or number == float("inf"):
        raise ValueError(f"a data size is 0 or more, not {text!r}")
    return round(number * _SIZES[unit])


def parse_cents(text: str) -> int:
    """``$20`` -> 2000, ``$12.45`` -> 1245, ``2000`` -> 2000 (cents without a ``$``).

    Raises:
        ValueError: neither dollars with a ``$`` nor whole cents.

    """
    spelled = text.strip().replace(",", "")
    if spelled.startswith("$"):
        whole, dot, part = spelled[1:].partition(".")
        if not whole.isdigit() or (dot and not (part.isdigit() and len(part) <= 2)):
            raise ValueError(f"not an amount in dollars (like $20 or $12.45): {text!r}")
        return int(whole) * 100 + (int(part.ljust(2, "0")) if dot else 0)
    if not spelled.isdigit():
        raise ValueError(f"not cents (like 2000) or dollars (like $20): {text!r}")
    return int(spelled)
