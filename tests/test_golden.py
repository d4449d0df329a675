"""The contract from the docs: the operations table, the client and the fake against records.

``tests/golden/`` holds one record per endpoint of the Public User API, transcribed from the
documentation pages (through the fact sheet ``shared/reference/endpoints.md``, which cites
each page): the method and path as documented, the envelope the documented answer has, the
page, and the documented example bodies (``tests/examples/``) where the page has one. The
records are written by hand and never generated from ``schema/operations.json``, so a typo
in the table, which the client and the fake would both inherit, disagrees with them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from byteful_async import AsyncByteful
from byteful_async.resources import OPERATIONS
from byteful_async.testing import FakeByteful
from byteful_async.testing._routes import match

from .conftest import example

GOLDEN = Path(__file__).parent / "golden"
RECORDS: dict[str, dict[str, Any]] = {
    record["operation"]: record
    for record in (json.loads(p.read_text()) for p in sorted(GOLDEN.glob("[0-9][0-9]-*.json")))
}
TABLE = {op.name: op for op in OPERATIONS}


def test_the_records_are_the_whole_api() -> None:
    routes = {(r["method"], r["path"]) for r in RECORDS.values()}
    numbers = sorted(r["endpoint"] for r in RECORDS.values())
    assert len(routes) == len(RECORDS) == len(numbers)
    assert numbers == list(range(1, len(numbers) + 1))  # none left out, none twice


def test_the_table_has_every_documented_endpoint_and_nothing_else() -> None:
    # An operation that is no documented endpoint must be a hand-written one over a
    # documented route (checkout.top_up, proxy_users.rotate_password).
    documented = {(r["method"], r["path"]) for r in RECORDS.values()}
    for name, op in TABLE.items():
        if name not in RECORDS:
            assert (op.method, op.path) in documented, name


@pytest.mark.parametrize("name", list(RECORDS))
def test_the_table_says_what_the_docs_say(name: str) -> None:
    record, op = RECORDS[name], TABLE.get(name)
    assert op is not None, f"{name} is documented but not in the operations table"
    assert (op.method, op.path) == (record["method"], record["path"])
    assert [ident for ident, _ in op.ids] == record["ids"]
    assert op.envelope.value == record["envelope"]


@pytest.mark.parametrize("name", list(RECORDS))
def test_the_client_and_the_fake_serve_the_documented_route(name: str) -> None:
    record = RECORDS[name]
    resource, method = name.split(".")
    client = AsyncByteful("pk_golden", "sk_golden_0123456789", rate_limit=None)
    assert callable(getattr(getattr(client, resource), method))
    concrete = record["path"]
    for ident in record["ids"]:
        concrete = concrete.replace("{" + ident + "}", "12345")
    routed = match(record["method"], concrete)
    assert routed is not None, f"the fake does not route {record['method']} {concrete}"
    assert routed[0] in (name, "checkout.create", "proxy_users.edit")


def _fields(value: Any) -> set[str]:
    return set(value) if isinstance(value, dict) else set()


def _documented_object(body: Any) -> Any:
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, list):
        return data[0] if data and isinstance(data[0], dict) else None
    return data


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


#: Calls whose documented example is of a particular case (a valid quote, say).
GOLDEN_ARGUMENTS: dict[str, Any] = {
    "checkout.quote": lambda fake: ([], {"product_code": "isp_us", "quantity": 5}),
}

EXAMPLED = [
    name
    for name, r in RECORDS.items()
    if r.get("response_examples") or r.get("response_object_examples")
]


@pytest.mark.parametrize("name", EXAMPLED)
async def test_the_fakes_answer_has_the_documented_fields_and_types(
    fake_byteful: FakeByteful, name: str
) -> None:
    from .test_every_endpoint import served_call

    record = RECORDS[name]
    async with fake_byteful.client(rate_limit=None) as client:
        call = served_call(client, fake_byteful, TABLE[name], GOLDEN_ARGUMENTS.get(name))
        raw = await client.with_raw_response(call)
    served = raw.json()
    # An example of the object alone (the doc page shows no envelope) stands in its "data".
    examples = [example(n) for n in record.get("response_examples", [])] + [
        {"data": example(n)} for n in record.get("response_object_examples", [])
    ]
    for documented in examples:
        # The envelope's own keys, then the object's fields, each of the documented JSON type.
        missing = _fields(documented) - _fields(served) - {"data"}
        assert not missing, f"{name}: the fake's envelope lacks {sorted(missing)}"
        doc_obj, our_obj = _documented_object(documented), _documented_object(served)
        if not isinstance(doc_obj, dict) or not isinstance(our_obj, dict):
            continue
        lacking = sorted(_fields(doc_obj) - _fields(our_obj))
        assert not lacking, f"{name}: the fake's answer lacks documented fields {lacking}"
        wrong = [
            f"{key}: documented {_kind(doc_obj[key])}, served {_kind(our_obj[key])}"
            for key in doc_obj
            if doc_obj[key] is not None
            and our_obj.get(key) is not None
            and _kind(doc_obj[key]) != _kind(our_obj[key])
        ]
        assert not wrong, f"{name}: {wrong}"


SYNC_SDK = json.loads((GOLDEN / "sync_sdk_fields.json").read_text())
REQUIRED: dict[str, dict[str, Any]] = {
    "Customer": {"customer_id": 1955},
    "Log": {"log_id": "7b4f1f9e-5f0e-4a4e-8d3a-4f9c1c9f2b11"},
    "LogSummary": {"log_summary_id": "ls_1"},
    "ProxyUser": {"proxy_user_id": "scraper_bot_02"},
    "City": {"city_id": 4671654},
    "ZipCode": {"zip_code_id": 78701},
}


@pytest.mark.parametrize("model", list(SYNC_SDK["fields"]))
def test_every_field_the_sync_sdk_reads_is_modelled(model: str) -> None:
    from byteful_async import models, structure, unstructure

    fields = SYNC_SDK["fields"][model]
    decoded = structure({**REQUIRED[model], **fields}, getattr(models, model))
    assert decoded.extra == {}, f"{model}: {sorted(decoded.extra)} land in extra"
    assert all(getattr(decoded, name) is not None for name in fields)
    # And they go back out as they came.
    again = unstructure(decoded)
    assert {k: again[k] for k in fields} == fields


@pytest.mark.parametrize("search", list(SYNC_SDK["filters"]))
async def test_every_filter_the_sync_sdk_sends_can_be_passed(
    fake_byteful: FakeByteful, search: str
) -> None:
    filters = SYNC_SDK["filters"][search]
    resource, method = search.split(".")
    async with fake_byteful.client(rate_limit=None) as client:
        await getattr(getattr(client, resource), method)(**filters)
    sent = fake_byteful.requests[-1].query
    assert {name: sent.get(name) for name in filters} == {
        name: str(value).lower() if isinstance(value, bool) else str(value)
        for name, value in filters.items()
    }


def test_what_is_not_offered_is_refused_before_sending() -> None:
    client = AsyncByteful("pk_golden", "sk_golden_0123456789", rate_limit=None)
    for search, refused in SYNC_SDK["not_offered"].items():
        resource, method = search.split(".")
        for name in refused:
            with pytest.raises(TypeError, match=name):
                getattr(getattr(client, resource), method)(**{name: "x" * 12})


# -- the fake behaves as documented -----------------------------------------------------------


@pytest.mark.fake_byteful(rate_limit=None, credit_balance=0)
async def test_an_unpaid_checkout_leaves_its_service_awaiting_fulfillment(
    fake_byteful: FakeByteful,
) -> None:
    documented = example("checkout_create_unpaid")["data"]["service"]["service_status"]
    async with fake_byteful.client() as client:
        bought = await client.checkout.create(product_code="isp_us", quantity=1)
    assert bought.invoice_is_paid is False and bought.invoice_url
    assert bought.service is not None
    assert bought.service.service_status == documented == "awaiting_fulfillment"


async def test_a_quote_above_the_stock_is_not_valid(fake_byteful: FakeByteful) -> None:
    async with fake_byteful.client(rate_limit=None) as client:
        catalog = await client.checkout.catalog()
        stock = catalog["isp_us"].product_stock
        assert stock is not None
        fits = await client.checkout.quote(product_code="isp_us", quantity=stock)
        over = await client.checkout.quote(product_code="isp_us", quantity=stock + 1)
    assert fits.is_valid is True
    assert over.is_valid is False and over.invalid_reason


async def test_quote_lines_name_the_products_type(fake_byteful: FakeByteful) -> None:
    documented = example("quote_reference")["data"]["line_items"][0]["item_type"]
    async with fake_byteful.client(rate_limit=None) as client:
        quote = await client.checkout.quote(product_code="isp_us", quantity=5)
    assert quote.line_items and quote.line_items[0].item_type == documented == "isp"


@pytest.mark.fake_byteful(rate_limit=None, pools=("residential",))
async def test_an_account_without_a_mobile_pool(fake_byteful: FakeByteful) -> None:
    from byteful_async import NotFoundError

    async with fake_byteful.client() as client:
        me = await client.customer.retrieve()
        with pytest.raises(NotFoundError):
            await client.mobile.summary()
        snap = await client.watch(interval=0).snapshot()
        rows = await client.mobile_ledger.search().collect()
    assert me.active_mobile_service_id is None and me.active_residential_service_id
    assert me.residential_bytes_left == snap.residential_bytes_left
    assert snap.mobile_bytes_left is None and rows == []


def test_pools_are_checked() -> None:
    with pytest.raises(ValueError, match="pools"):
        FakeByteful(pools=("residential", "isp"))


#: Pages about the API as a whole: no operation's own documentation.
GENERIC_PAGES = ("/api-basics/structure", "/api-basics/authentication", "/introduction")


#: Where such a page is an operation's only documentation (it names list_by_id as the one read
#: sent as POST, and no reference page exists for it).
ONLY_THERE = {"proxies.list_by_id"}


def test_no_operation_links_a_page_about_the_whole_api() -> None:
    generic = {op.name for op in TABLE.values() if op.doc and op.doc.endswith(GENERIC_PAGES)}
    assert generic == ONLY_THERE
