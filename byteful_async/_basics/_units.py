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
