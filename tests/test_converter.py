"""The converter: round trips, open enums, unknown fields, nulls, strictness and errors."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from byteful_async import (
    Checkout,
    CheckoutRequest,
    FulfillmentFilter,
    LedgerReason,
    Proxy,
    Quote,
    ResidentialLedger,
    ResponseDecodeError,
    models,
)
from byteful_async._calls._converter import format_datetime, parse_datetime, structure, unstructure

from .conftest import BODIES, LEDGER_ROW, example, example_names, json_values


def test_every_example_body_is_covered() -> None:
    assert sorted(BODIES) == example_names()


@pytest.mark.parametrize("name", sorted(BODIES))
def test_structure_unstructure_structure_is_the_identity(name: str) -> None:
    cls, enveloped = BODIES[name]
    body = example(name)
    data = body["data"] if enveloped else body
    first = structure(data, cls)
    wire = unstructure(first)
    # What goes back out is plain JSON: no enums, dates or models left in it.
    again = structure(json.loads(json.dumps(wire)), cls)
    assert again == first


def test_unstructure_writes_the_api_spelling() -> None:
    entry = structure(LEDGER_ROW, ResidentialLedger)
    wire = unstructure(entry)
    assert wire == LEDGER_ROW
    assert type(wire["residential_ledger_reason"]) is str
    assert wire["residential_ledger_period_date"] == "2023-10-01"
    assert wire["residential_ledger_creation_datetime"] == "2023-04-01 12:00:00"


def test_unstructure_omits_none_so_request_bodies_stay_minimal() -> None:
    body = CheckoutRequest(quantity=1, product_code="credit", top_up_amount=5000)
    assert unstructure(body) == {"quantity": 1, "product_code": "credit", "top_up_amount": 5000}


def test_unknown_enum_value_is_kept_as_plain_str() -> None:
    entry = structure(
        {**LEDGER_ROW, "residential_ledger_reason": "loyalty_bonus"}, ResidentialLedger
    )
    assert entry.residential_ledger_reason == "loyalty_bonus"
    assert type(entry.residential_ledger_reason) is str
    assert unstructure(entry)["residential_ledger_reason"] == "loyalty_bonus"


def test_known_enum_values_become_members() -> None:
    for reason in LedgerReason:
        entry = structure(
            {**LEDGER_ROW, "residential_ledger_reason": reason.value}, ResidentialLedger
        )
        assert entry.residential_ledger_reason is reason


def test_unknown_fields_are_kept_and_written_back() -> None:
    row = {**LEDGER_ROW, "residential_ledger_country_id": "de", "extra": {"nested": [1, 2]}}
    entry = structure(row, ResidentialLedger)
    assert entry.extra == {"residential_ledger_country_id": "de", "extra": {"nested": [1, 2]}}
    assert unstructure(entry) == row


def test_unknown_fields_in_nested_models_are_kept() -> None:
    body = example("checkout_create_unpaid")["data"]
    body["service"] = {**body["service"], "service_region": "eu"}
    body["service"]["service_fulfillment_filter"] = {"asn_id": 7018, "isp_name": "AT&T"}
    checkout = structure(body, Checkout)
    assert checkout.service is not None
    assert checkout.service.extra == {"service_region": "eu"}
    assert checkout.service.service_fulfillment_filter == FulfillmentFilter(
        asn_id=7018, extra={"isp_name": "AT&T"}
    )


@pytest.mark.parametrize("value", [None, "null"])
def test_null_and_the_string_null_are_none_on_nullable_fields(value: object) -> None:
    entry = structure(
        {**LEDGER_ROW, "service_id": value, "service_adjustment_id": value}, ResidentialLedger
    )
    assert entry.service_id is None
    assert entry.service_adjustment_id is None


def test_absent_optional_fields_are_none() -> None:
    row = {k: v for k, v in LEDGER_ROW.items() if k not in {"service_id", "customer_id"}}
    entry = structure(row, ResidentialLedger)
    assert entry.service_id is None and entry.customer_id is None


def test_the_string_null_is_a_value_on_a_field_that_cannot_be_null() -> None:
    entry = structure({**LEDGER_ROW, "residential_ledger_id": "null"}, ResidentialLedger)
    assert entry.residential_ledger_id == "null"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-04-01 12:00:00", datetime(2023, 4, 1, 12, tzinfo=UTC)),
        ("2023-11-07T05:31:56Z", datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)),
        ("2023-11-07T05:31:56", datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)),
        ("2023-11-07T07:31:56+02:00", datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)),
        ("2023-12-31 23:59:59.250000", datetime(2023, 12, 31, 23, 59, 59, 250000, tzinfo=UTC)),
        ("Mon, 10 Jul 2023 00:00:00 GMT", datetime(2023, 7, 10, tzinfo=UTC)),
    ],
)
def test_datetime_spellings_become_aware_utc(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.utcoffset() == timedelta(0)
    entry = structure(
        {**LEDGER_ROW, "residential_ledger_creation_datetime": text}, ResidentialLedger
    )
    assert entry.residential_ledger_creation_datetime == expected


def test_format_datetime_writes_utc_without_zone() -> None:
    assert format_datetime(datetime(2023, 4, 1, 14, tzinfo=timezone(timedelta(hours=2)))) == (
        "2023-04-01 12:00:00"
    )
    assert format_datetime(datetime(2023, 4, 1, 12)) == "2023-04-01 12:00:00"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("residential_ledger_bytes", "abc", "residential_ledger_bytes: expected int, got 'abc'"),
        ("residential_ledger_bytes", "12", "residential_ledger_bytes: expected int, got '12'"),
        ("residential_ledger_bytes", 12.7, "residential_ledger_bytes: expected int, got 12.7"),
        ("residential_ledger_bytes", True, "residential_ledger_bytes: expected int, got True"),
        ("residential_ledger_id", 5, "residential_ledger_id: expected str, got 5"),
        ("residential_ledger_reason", 3, "residential_ledger_reason: expected str, got 3"),
        ("residential_ledger_period_date", "2023-13-01", "expected date text (YYYY-MM-DD)"),
        (
            "residential_ledger_creation_datetime",
            "yesterday",
            "expected datetime text, got 'yesterday'",
        ),
        ("residential_ledger_creation_datetime", None, "expected datetime text, got None"),
        ("service_adjustment_id", "ten", "service_adjustment_id: expected int, got 'ten'"),
    ],
)
def test_wrong_types_name_model_and_field(field: str, value: object, message: str) -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        structure({**LEDGER_ROW, field: value}, ResidentialLedger)
    assert str(caught.value).startswith(f"ResidentialLedger.{field}: ")
    assert message in str(caught.value)
    assert caught.value.model == "ResidentialLedger"
    assert caught.value.problems[0][0] == f"ResidentialLedger.{field}"


def test_missing_required_field_is_named() -> None:
    row = {k: v for k, v in LEDGER_ROW.items() if k != "residential_ledger_bytes"}
    with pytest.raises(
        ResponseDecodeError,
        match=r"ResidentialLedger\.residential_ledger_bytes: required field is missing",
    ):
        structure(row, ResidentialLedger)


def test_every_problem_is_reported() -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        structure(
            {**LEDGER_ROW, "residential_ledger_bytes": "x", "customer_id": "y"}, ResidentialLedger
        )
    paths = [path for path, _ in caught.value.problems]
    assert paths == ["ResidentialLedger.residential_ledger_bytes", "ResidentialLedger.customer_id"]


def test_nested_paths_name_the_index() -> None:
    body = example("quote_seed")["data"]
    body["line_items"][0]["item_total"] = "17.50"
    with pytest.raises(
        ResponseDecodeError,
        match=r"^Quote\.line_items\[0\]\.item_total: expected int, got '17.50'$",
    ):
        structure(body, Quote)
    rows = [LEDGER_ROW, {**LEDGER_ROW, "residential_ledger_requests": None}]
    with pytest.raises(
        ResponseDecodeError, match=r"^list\[ResidentialLedger\]\[1\]\.residential_ledger_requests"
    ):
        structure(rows, list[ResidentialLedger])


def test_a_non_object_where_a_model_belongs() -> None:
    with pytest.raises(
        ResponseDecodeError, match=r"^ResidentialLedger: expected an object, got \['a'\]$"
    ):
        structure(["a"], ResidentialLedger)


def test_decode_errors_do_not_show_secret_values() -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        structure({"proxy_id": "p", "proxy_password": 987654321}, Proxy)
    assert "987654321" not in str(caught.value)
    assert str(caught.value) == "Proxy.proxy_password: expected str, got a hidden value"


SECRET_FIELDS = {
    (cls.__name__, field.name)
    for cls in vars(models).values()
    if isinstance(cls, type) and attrs.has(cls)
    for field in attrs.fields(cls)
    if not field.repr and field.name != "extra"
}


def test_password_fields_are_the_secret_ones() -> None:
    assert {
        ("Proxy", "proxy_password"),
        ("Proxy", "default_proxy_user_password"),
        ("Proxy", "http_formatted"),
        ("Proxy", "socks5_formatted"),
        ("ProxyUser", "proxy_user_password"),
        ("ProxyUserCreateRequest", "proxy_user_password"),
        ("ProxyUserEditRequest", "proxy_user_password"),
    } == SECRET_FIELDS


def test_repr_hides_passwords_and_unknown_fields() -> None:
    body = example("checkout_create_paid")["data"]
    body["proxies"][0]["proxy_user_token"] = "tok_s3cr3t"
    checkout = structure(body, Checkout)
    text = repr(checkout)
    assert "proxy_id='7a018d34-76c2-4c23-b14d-f7b9a7054e25'" in text
    for secret in ("DHf3PSQXQ7rw1v9", "apple1984", "tok_s3cr3t"):
        assert secret not in text
    assert checkout.proxies is not None
    assert checkout.proxies[0].extra == {"proxy_user_token": "tok_s3cr3t"}


def test_models_are_frozen() -> None:
    entry = structure(LEDGER_ROW, ResidentialLedger)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        entry.residential_ledger_bytes = 0  # type: ignore[misc]


def test_period_date_is_a_date_not_a_datetime() -> None:
    entry = structure(LEDGER_ROW, ResidentialLedger)
    assert type(entry.residential_ledger_period_date) is date


ledger_keys = st.sampled_from([*LEDGER_ROW, "unknown", "extra", ""])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(ledger_keys, json_values, max_size=14))
def test_arbitrary_json_for_a_ledger_row_raises_only_decode_errors(row: dict[str, Any]) -> None:
    try:
        entry = structure(row, ResidentialLedger)
    except ResponseDecodeError as exc:
        assert str(exc).startswith("ResidentialLedger")
    else:
        assert entry.residential_ledger_id == row["residential_ledger_id"]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(list(LEDGER_ROW)), json_values, max_size=10))
def test_arbitrary_values_over_a_valid_row_raise_only_decode_errors(
    changes: dict[str, Any],
) -> None:
    try:
        structure({**LEDGER_ROW, **changes}, ResidentialLedger)
    except ResponseDecodeError as exc:
        assert exc.problems, "a decode error always names at least one field"
        assert all(path.startswith("ResidentialLedger.") for path, _ in exc.problems)


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_arbitrary_json_for_a_page_raises_only_decode_errors(data: Any) -> None:
    with contextlib.suppress(ResponseDecodeError):
        structure(data, list[ResidentialLedger])
