"""Render one documentation page per resource (``docs/resources/<resource>.md``) from the table.

Each operation gets its call as both clients spell it, the HTTP request, what it does to the
account (reads, writes, spends money, cannot be undone) and whether a failure is retried,
its filters or body fields, what it returns and the API's documentation page. Each page ends
with a runnable example against FakeByteful, which the tests run and type-check like every
example in the docs.
"""

from __future__ import annotations

from codegen.operations import JSON, Operation, signature

HEADER = (
    "<!-- Generated from schema/operations.json by codegen. Do not edit by hand: change the\n"
    "     table, then run `make codegen`. -->\n"
)

#: Arguments for the example of a resource whose operations all need one.
_SAMPLE_IDS = {"ip_address": '"203.0.113.7"'}


def _effect(op: Operation) -> str:
    if op.spends_money:
        return "**Spends money.** Sent at most once: never resent after it may have arrived."
    if op.destroys:
        return "**Cannot be undone.** Sent at most once: never resent after it may have arrived."
    if op.retry_safe:
        return "Reads only; retried after a failure (connection, 429, 5xx)."
    return "Changes the account; resent only when the API surely did not act on it."


def _call(op: Operation) -> str:
    params = [
        line.strip().rstrip(",")
        for line in signature(op).splitlines()
        if line.strip() and line.strip() != "self,"
    ]
    inner = "".join(f"    {p},\n" for p in params)
    return f"client.{op.name}(\n{inner}) -> {op.returned}"


def _operation(op: Operation) -> list[str]:
    lines = [f"## `{op.method_name}`\n\n", f"{op.summary}\n\n"]
    if op.handwritten:
        lines.append(
            "Written by hand around the request (its arguments and what it does before and "
            "after sending are in the [API reference](../api/clients.md)).\n\n"
        )
    else:
        awaited = "" if op.envelope == "page" else "await "
        lines.append(f"```py\n{awaited}{_call(op)}\n```\n\n")
    lines.append(f"- Request: `{op.method} {op.path}`\n")
    lines.append(f"- {_effect(op)}\n")
    if op.filters:
        lines.append(
            f"- Filters: [`{op.filters}`](../reference.md) (keyword arguments, checked before "
            "anything is sent); a search returns a paginator and sends nothing until it is "
            "used. On the sync client `Byteful` it is a `SyncPaginator`.\n"
        )
    elif op.fields:
        lines.append(f"- Fields: [`{op.fields}`](../reference.md) (keyword arguments)\n")
    lines.append(f"- Returns: `{op.returned}` ([the models](../reference.md))\n")
    if op.doc is not None:
        lines.append(f"- API documentation: <{op.doc}>\n")
    else:
        lines.append("- API documentation: none (known from the published sync SDK)\n")
    lines.append("\n")
    return lines


def _example(resource: str, ops: list[Operation]) -> list[str]:
    """A runnable example of the resource's simplest read."""
    search = next((op for op in ops if op.envelope == "page"), None)
    if search is not None:
        body = [
            f"        page = await client.{search.name}(per_page=5)\n",
            "        print(page.total_count, len(page.items), type(page.items[0]).__name__)\n",
        ]
    else:
        plain = next(
            (
                op
                for op in ops
                if op.retry_safe and not op.positional and not op.handwritten and not op.fields
            ),
            None,
        )
        if plain is None:
            return []
        args = ", ".join(_SAMPLE_IDS[name] for name, _ in plain.ids)
        body = [
            f"        answer = await client.{plain.name}({args})\n",
            "        print(type(answer).__name__)\n",
        ]
    return [
        "## Example\n\n",
        "```python\n",
        "import asyncio\n\n",
        "from byteful_async.testing import FakeByteful\n\n\n",
        "async def main() -> None:\n",
        "    async with FakeByteful() as server, server.client() as client:\n",
        *body,
        "\n\n",
        "asyncio.run(main())\n",
        "```\n",
    ]


def render_resource_pages(table: JSON, ops: list[Operation]) -> dict[str, str]:
    """Each resource's page, by file name (``services.md``)."""
    pages: dict[str, str] = {}
    for resource, description in table["resources"].items():
        members = [op for op in ops if op.resource == resource]
        lines = [HEADER, f"# `client.{resource}`\n\n", f"{description}\n\n"]
        lines.append(
            "Every method below is a coroutine on `AsyncByteful` and a plain method on "
            "`Byteful`, with the same arguments. Each also takes `timeout=` (this call only), "
            "`extra_query=` and `extra_headers=`.\n\n"
        )
        for op in members:
            lines += _operation(op)
        lines += _example(resource, members)
        pages[f"{resource}.md"] = "".join(lines).rstrip("\n") + "\n"
    return pages
