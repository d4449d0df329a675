"""The generated module is current, fenced, and says what the schema says."""

from __future__ import annotations

import collections
import copy
import json
import re
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

from byteful_async import models
from byteful_async.models import (
    IpProtocol,
    LedgerReason,
    MobileLedgerSearchFilters,
    ProductSearchFilters,
    ResidentialLedger,
    ResidentialLedgerSearchFilters,
    ServiceAdjustmentSearchFilters,
    ServiceSearchFilters,
)
from codegen.__main__ import (
    ATTRIBUTES,
    BOUNDS,
    ENDPOINT_TABLE,
    MODELS,
    REFERENCE,
    RESOURCE_PAGES,
    RESOURCES,
    SCHEMA,
    SYNC_ATTRIBUTES,
    SYNC_RESOURCES,
    generate,
)
from codegen.operations import TableError, load_operations, load_table

SEARCH_FILTERS = [
    ResidentialLedgerSearchFilters,
    MobileLedgerSearchFilters,
    ProductSearchFilters,
    ServiceSearchFilters,
    ServiceAdjustmentSearchFilters,
]


def test_generated_modules_are_up_to_date() -> None:
    fresh = generate()
    modules = {
        MODELS,
        BOUNDS,
        RESOURCES,
        ATTRIBUTES,
        SYNC_RESOURCES,
        SYNC_ATTRIBUTES,
        ENDPOINT_TABLE,
        REFERENCE,
    }
    pages = {path for path in fresh if path.parent == RESOURCE_PAGES}
    assert set(fresh) == modules | pages
    assert {p.stem for p in pages} == set(load_table()["resources"])  # a page per resource
    assert set(RESOURCE_PAGES.glob("*.md")) == pages  # and no page of a resource gone
    for path, text in fresh.items():
        assert path.read_text() == text, f"{path.name}: run `make codegen` and commit the result"


@pytest.mark.parametrize(
    ("path", "source"),
    [
        (MODELS, "byteful.schema.json"),
        (BOUNDS, "byteful.schema.json"),
        (RESOURCES, "operations.json"),
        (ATTRIBUTES, "operations.json"),
    ],
)
def test_generated_modules_are_fenced(path: Path, source: str) -> None:
    head = path.read_text().splitlines()[:2]
    assert head[0].startswith(f"# Generated from schema/{source} by codegen")
    assert "Do not edit by hand" in " ".join(head)


def test_every_schema_definition_is_generated_and_exported() -> None:
    schema = json.loads(SCHEMA.read_text())
    # Request bodies marked x-kwargs also get a TypedDict of their fields.
    kwargs = [d["x-kwargs"] for d in schema["$defs"].values() if "x-kwargs" in d]
    assert {"CheckoutFields", "ServiceCancelFields", "ServiceEditFields"} <= set(kwargs)
    assert sorted([*schema["$defs"], *kwargs]) == sorted(models.__all__)


def test_kwargs_typed_dicts_mirror_their_model() -> None:
    import typing

    hints = typing.get_type_hints(models.CheckoutFields)
    assert set(hints) == {f.name for f in attrs.fields(models.CheckoutRequest)} - {"extra"}
    # Postponed annotations hide Required from TypedDict at run time; type checkers see it.
    required = {
        name
        for cls in (models.CheckoutFields, models.ServiceEditFields, models.ServiceCancelFields)
        for name, note in cls.__annotations__.items()
        if getattr(note, "__forward_arg__", str(note)).startswith("Required[")
    }
    assert required == {"quantity"}


def test_every_model_is_frozen_slotted_keyword_only_with_extra() -> None:
    for name in models.__all__:
        cls = getattr(models, name)
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        assert "__slots__" in vars(cls), name
        fields = attrs.fields(cls)
        assert all(f.kw_only for f in fields), name
        assert fields[-1].name == "extra", name
        assert cls.__doc__, name
        instance = cls(**{f.name: None for f in fields if f.default is attrs.NOTHING})
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(instance, fields[0].name, None)


def test_ledger_fields_have_the_documented_python_types() -> None:
    hints = typing.get_type_hints(ResidentialLedger)
    assert hints["residential_ledger_bytes"] is int
    assert hints["residential_ledger_period_date"] is date
    assert hints["residential_ledger_creation_datetime"] is datetime
    assert hints["residential_ledger_reason"] == LedgerReason | str
    assert hints["service_id"] == str | None


def test_filters_expand_every_operator_the_api_accepts() -> None:
    hints = typing.get_type_hints(ResidentialLedgerSearchFilters)
    # numbers, dates and datetimes: exact, not_, min_, max_
    for field, kind in [
        ("residential_ledger_bytes", int),
        ("residential_ledger_period_date", date),
        ("residential_ledger_creation_datetime", datetime),
    ]:
        for prefix in ("", "not_", "min_", "max_"):
            assert hints[prefix + field] is kind, prefix + field
        assert "like_" + field not in hints
    # strings: exact, not_, like_; no range
    assert {k for k in hints if k.endswith("residential_ledger_id")} == {
        "residential_ledger_id",
        "not_residential_ledger_id",
        "like_residential_ledger_id",
    }
    # open enums: exact and not_ only, any string accepted
    assert hints["residential_ledger_reason"] == LedgerReason | str
    assert hints["not_residential_ledger_reason"] == LedgerReason | str
    assert "like_residential_ledger_reason" not in hints
    # paging and sorting
    assert (hints["page"], hints["per_page"], hints["sort_by"]) == (int, int, str)
    # customer_id is not a filter: the keys already scope the account
    assert "customer_id" not in hints


def test_filters_are_optional_keys_without_none() -> None:
    for filters in SEARCH_FILTERS:
        assert filters.__required_keys__ == frozenset(), filters.__name__
        for name, hint in typing.get_type_hints(filters).items():
            assert type(None) not in typing.get_args(hint), f"{filters.__name__}.{name}"


def test_operator_overrides_and_booleans() -> None:
    hints = typing.get_type_hints(ServiceSearchFilters)
    assert hints["proxies"] is bool
    assert "not_proxies" not in hints  # x-operators: [] (an option, not a field)
    assert hints["service_is_automatic_collection"] is bool
    assert "not_service_is_automatic_collection" in hints
    assert "min_service_is_automatic_collection" not in hints
    assert typing.get_type_hints(ProductSearchFilters)["product_protocol"] == IpProtocol | str


def test_filter_docstrings_explain_each_operator() -> None:
    source = MODELS.read_text()
    assert (
        '    min_residential_ledger_bytes: int\n    """At least (inclusive): bytes added' in source
    )
    assert '    like_service_name: str\n    """Case-insensitive match, % as the wildcard' in source


def _table_with(change: dict[str, Any], drop: str | None = None) -> dict[str, Any]:
    table = load_table()
    entry = {**table["operations"][1], **change}  # residential_ledger.retrieve
    if drop:
        del entry[drop]
    return {**table, "operations": [entry]}


@pytest.mark.parametrize(
    ("change", "drop", "complaint"),
    [
        ({}, "retry_safe", "'retry_safe' is required"),
        ({"returns": {"$ref": "#/$defs/Nothing"}}, None, "does not resolve"),
        (
            {
                "ids": {
                    "ledger": {"$ref": "#/$defs/ResidentialLedger/properties/residential_ledger_id"}
                }
            },
            None,
            "the path's ids",
        ),
        ({"envelope": "rows"}, None, "envelope 'rows'"),
        ({"method": "FETCH"}, None, "method 'FETCH'"),
        ({"name": "nowhere.retrieve"}, None, "listed resource"),
        ({"retry_safe": "yes"}, None, "retry_safe must be true or false"),
        (
            {"filters": {"$ref": "#/$defs/ResidentialLedgerSearchFilters"}},
            None,
            "filters go with a page envelope, or with a strings envelope",
        ),
        ({"envelope": "page"}, None, "a page envelope goes with filters"),
        ({"key": "residential_ledger_id"}, None, "goes with a row key, and only it"),
        ({"text_rows": "service_id"}, None, "text_rows names the field"),
        (
            {
                "envelope": "page",
                "ids": {},
                "path": "/public/user/residential_ledger/search",
                "filters": {"$ref": "#/$defs/ResidentialLedgerSearchFilters"},
                "key": ["residential_ledger_id", "no_such_field"],
            },
            None,
            "key 'no_such_field' is no field",
        ),
    ],
)
def test_the_table_is_checked_against_the_schema(
    change: dict[str, Any], drop: str | None, complaint: str
) -> None:
    schema = json.loads(SCHEMA.read_text())
    with pytest.raises(TableError, match=re.escape(complaint)):
        load_operations(_table_with(change, drop), schema)


def test_the_reference_documents_every_model_field_and_filter() -> None:
    reference = REFERENCE.read_text()
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and attrs.has(cls):
            assert f"### {name}\n" in reference, name
            for field in attrs.fields(cls):
                if field.name != "extra":
                    assert f"| `{field.name}` |" in reference, (name, field.name)
    # Credentials are marked, and each search names its filters with their operators.
    assert "| `proxy_user_password` | `str | None` | *hidden.*" in reference.replace("\\|", "|")
    assert "### `proxies.search(**filters)`, `proxies.list_by_search(**filters)`" in reference
    assert "| `min_city_id`" not in reference  # operators are folded into their filter
    assert "| `city_id` | `int` | = not min max |" in reference


def test_an_operation_listed_twice_is_refused() -> None:
    schema = json.loads(SCHEMA.read_text())
    table = load_table()
    table["operations"].append(copy.deepcopy(table["operations"][0]))
    with pytest.raises(TableError, match="listed twice"):
        load_operations(table, schema)


def test_only_hand_written_operations_share_a_route() -> None:
    table = load_table()
    routes = collections.Counter((e["method"], e["path"]) for e in table["operations"])
    shared = {route for route, count in routes.items() if count > 1}
    # checkout.top_up is checkout.create with the product "credit", and
    # proxy_users.rotate_password is proxy_users.edit with a password made here.
    assert shared == {
        ("POST", "/public/user/checkout/create"),
        ("PATCH", "/public/user/proxy_user/edit/{proxy_user_id}"),
    }
    assert all(count == 2 for route, count in routes.items() if route in shared)
    for entry in table["operations"]:
        if (entry["method"], entry["path"]) in shared and entry.get("handwritten"):
            assert entry["name"] in ("checkout.top_up", "proxy_users.rotate_password")
