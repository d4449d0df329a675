"""Render the sync client's resources (``byteful_async/_sync/_resources.py``) from the table.

Each sync resource class has the async resource's methods with the same parameters and
docstrings, without ``async``: a call runs the async method on the client's loop thread
and returns its result; a search wraps the async paginator in a ``SyncPaginator``. The
methods forward to the async resource object of the same client (the "twin"), so the
hand-written behaviour there (the purchase guard on ``checkout.create``) holds for both
clients. Operations marked ``handwritten`` have no table signature: their sync methods
are written by hand beside the hand-written async ones (``_sync/_checkout.py``...).
"""

from __future__ import annotations

from codegen.operations import (
    HEADER,
    JSON,
    Operation,
    class_name,
    docstring,
    signature,
)


def sync_class_name(resource: str) -> str:
    """The sync resource class of ``resource`` (``services`` -> ``SyncServicesResource``)."""
    return "Sync" + class_name(resource)


def _returned(op: Operation) -> str:
    if op.envelope == "page":
        return f"SyncPaginator[{op.returns}]"
    return op.returned


def _forwarded(op: Operation) -> str:
    """The async method's arguments, passed on unchanged."""
    args = [name for name, _ in op.ids] + [name for name, _ in op.positional]
    args += [f"{name}={name}" for name, *_ in op.options]
    if op.metadata:
        args.append("metadata=metadata")
    args += ["timeout=timeout", "extra_query=extra_query", "extra_headers=extra_headers"]
    if op.filters:
        args.append("**filters")
    elif op.fields:
        args.append("**fields")
    return ", ".join(args)


def _method(op: Operation) -> str:
    head = f"    def {op.method_name}(\n{signature(op)}    ) -> {_returned(op)}:\n"
    call = f"self._twin.{op.method_name}({_forwarded(op)})"
    if op.envelope == "page":
        body = f"        return SyncPaginator({call}, self._runner)\n"
    else:
        body = f"        return self._runner.call({call})\n"
    return head + docstring(op) + body


def render_sync_resources(table: JSON, ops: list[Operation]) -> str:
    """The text of ``byteful_async/_sync/_resources.py`` (before formatting)."""
    resources: JSON = table["resources"]
    handwritten = {op.resource for op in ops if op.handwritten}
    models = sorted(
        {op.returns for op in ops if op.returns != "str"}
        | {n for op in ops for n in (op.filters, op.fields) if n is not None}
    )
    out = [
        HEADER,
        '"""The sync client\'s resources: the async methods, run on the client\'s loop thread."""'
        "\n\n",
        "from __future__ import annotations\n\n",
        "from collections.abc import Mapping\n",
        "from typing import Unpack\n\n",
        "from byteful_async._calls._endpoint import Created\n",
        "from byteful_async._sending._transport import Timeout\n",
        "from byteful_async._sync._base import SyncResource\n",
        "from byteful_async._sync._paginator import SyncPaginator\n",
        "from byteful_async.models import (\n" + "".join(f"    {m},\n" for m in models) + ")\n",
        "from byteful_async.resources import (\n"
        + "".join(f"    {class_name(r)},\n" for r in resources)
        + ")\n\n",
    ]
    for resource, description in resources.items():
        members = [op for op in ops if op.resource == resource and not op.handwritten]
        suffix = "Base" if resource in handwritten else ""
        out.append(
            f"class {sync_class_name(resource)}{suffix}(SyncResource[{class_name(resource)}]):\n"
        )
        out.append(f'    """{description}"""\n\n')
        out += [_method(op) + "\n" for op in members]
        if not members:
            out.append("    pass\n\n")
        out.append("\n")
    exported = [sync_class_name(r) + ("Base" if r in handwritten else "") for r in resources]
    out.append("\n__all__ = [\n" + "".join(f"    {n!r},\n" for n in sorted(exported)) + "]\n")
    return "".join(out)


def render_sync_attributes(table: JSON, ops: list[Operation]) -> str:
    """The text of ``byteful_async/_sync/_attributes.py``: the sync client's resources.

    Apart from the classes, so that it can import the hand-written sync resources, which
    import the generated bases: every import points one way.
    """
    resources: JSON = table["resources"]
    handwritten = {op.resource for op in ops if op.handwritten}
    plain = [sync_class_name(r) for r in resources if r not in handwritten]
    out = [
        HEADER,
        '"""The sync client\'s resource attributes: one per resource, each made on first use."""'
        "\n\n",
        "from __future__ import annotations\n\n",
        "from functools import cached_property\n\n",
        "from byteful_async._sync._runner import LoopThread\n",
        *(
            f"from byteful_async._sync._{r} import {sync_class_name(r)}\n"
            for r in sorted(handwritten)
        ),
        "from byteful_async._sync._resources import (\n"
        + "".join(f"    {c},\n" for c in plain)
        + ")\n",
        "from byteful_async.resources import ResourceAttributes\n\n\n",
        "class SyncResourceAttributes:\n",
        '    """The sync client\'s resources, each made on first use over the async client\'s."""'
        "\n\n",
        "    _twin: ResourceAttributes\n",
        "    _runner: LoopThread\n\n",
    ]
    for resource in resources:
        cls = sync_class_name(resource)
        out.append(f"    @cached_property\n    def {resource}(self) -> {cls}:\n")
        out.append(f'        """{resources[resource]}"""\n')
        out.append(f"        return {cls}(self._twin.{resource}, self._runner)\n\n")
    out.append('\n__all__ = ["SyncResourceAttributes"]\n')
    return "".join(out)
