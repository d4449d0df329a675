"""The pip command that adds an extra to byteful-async as it is installed on this machine.

An error that says "pip install 'byteful-async[plot]'" is wrong for a package installed from
a checkout or a wheel file (it is not on an index yet): it would fetch nothing, or something
else. The distribution's ``direct_url.json`` (PEP 610) says where it came from.
"""

from __future__ import annotations

import json
import shlex
from importlib import metadata
from urllib.parse import unquote, urlsplit

DISTRIBUTION = "byteful-async"


def install_command(extra: str) -> str:
    """``pip install ...`` adding ``extra`` (``plot``, ``mirror``...) to this installation.

    From a checkout installed editable: ``pip install -e '/path/to/checkout[plot]'``; from a
    local folder or wheel file: that path with the extra; otherwise from the package index.
    """
    try:
        text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        text = None
    try:
        origin = json.loads(text) if text else {}
    except ValueError:
        origin = {}
    url = origin.get("url", "") if isinstance(origin, dict) else ""
    if isinstance(url, str) and url.startswith("file://"):
        path = unquote(urlsplit(url).path)
        dir_info = origin.get("dir_info")
        editable = isinstance(dir_info, dict) and dir_info.get("editable") is True
        return ("pip install -e " if editable else "pip install ") + shlex.quote(f"{path}[{extra}]")
    return "pip install " + shlex.quote(f"{DISTRIBUTION}[{extra}]")
