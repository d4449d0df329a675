"""Pages decoded straight from bytes build exactly what the tolerant path builds, or step aside.

The wire path (msgspec) is the common case of every search; the tolerant path (orjson and
the compiled structure functions) is the reference. Whenever the wire path answers, its
models and envelope fields must equal the reference's; when it cannot, it says None and
the page goes the reference's way.
"""

from __future__ import annotations

import json
from typing import Any

import multidict
import pytest
import yarl
from hypothesis import given, settings
from hypothesis import strategies as st

from byteful_async import ResidentialLedger
from byteful_async._calls._converter import converter
from byteful_async._calls._endpoint import Endpoint, Envelope, _tolerant_page, decode_page
from byteful_async._calls._fast_structure import _twin
from byteful_async._calls._wire import _GIVE_UP_AFTER, _RETRY_EVERY, _PageDecoder, page_decoder
from byteful_async._sending._response import APIResponse
from byteful_async.testing import FakeByteful

from .conftest import ENDPOINTS, LEDGER_ROW, json_values
from .test_fuzz import bodies, documented

SEARCHES = sorted(
    (e for e in ENDPOINTS.values() if e.envelope is Envelope.PAGE and e.text_rows is None),
    key=lambda e: e.name,
)
TEXT_ROW_SEARCHES = [e for e in ENDPOINTS.values() if e.text_rows is not None]


def answer(content: bytes) -> APIResponse[None]:
    return APIResponse(
        method="GET",
        url=yarl.URL("http://127.0.0.1/1.0/public/user/x/search"),
        status_code=200,
        headers=multidict.CIMultiDictProxy(multidict.CIMultiDict()),
        request_id=None,
        elapsed=0.0,
        retries=0,
        content=content,
        parsed=None,
    )


def fresh(cls: type) -> _PageDecoder:
    """A decoder of its own, so that misses here do not change the process-wide one."""
    twin = _twin(cls)
    assert twin is not None
    return _PageDecoder(cls, twin, converter.get_structure_hook)


def reference(endpoint: Endpoint[Any], content: bytes) -> tuple[str, Any]:
    try:
        items, body = _tolerant_page(endpoint, answer(content))
    except Exception:
        return "error", None
    return "ok", (items, {k: body[k] for k in ("per_page", "total_count", "message") if k in body})


def test_every_search_of_model_rows_has_a_wire_decoder() -> None:
    assert SEARCHES and TEXT_ROW_SEARCHES  # both kinds exist, so both branches are checked
    missing = [e.name for e in SEARCHES if e.wire_page is None]
    assert missing == []
    # Rows that may come as bare text are the tolerant path's to wrap.
    assert all(e.wire_page is None for e in TEXT_ROW_SEARCHES)


@pytest.mark.parametrize(
    "endpoint", [e for e in SEARCHES if documented(e) is not None], ids=lambda e: e.name
)
def test_a_documented_page_takes_the_wire_path_and_agrees(endpoint: Endpoint[Any]) -> None:
    body = documented(endpoint)
    content = json.dumps(body).encode()
    kind, expected = reference(endpoint, content)
    assert kind == "ok"
    got = fresh(endpoint.returns)(content)
    if any(r.extra for r in expected[0]):
        assert got is None  # an unknown field is the tolerant path's to keep
    else:
        assert got == expected


@pytest.mark.parametrize("endpoint", SEARCHES, ids=lambda e: e.name)
async def test_the_fakes_page_of_every_search_takes_the_wire_path_and_agrees(
    endpoint: Endpoint[Any], fake_byteful: FakeByteful
) -> None:
    from .test_every_endpoint import served_call

    async with fake_byteful.client(rate_limit=None) as client:
        raw = await client.with_raw_response(served_call(client, fake_byteful, endpoint, None))
    kind, expected = reference(endpoint, raw.content)
    assert kind == "ok" and expected[0], "the fake served no rows to compare"
    assert fresh(endpoint.returns)(raw.content) == expected


def test_the_search_itself_decodes_through_the_wire_path() -> None:
    endpoint = ENDPOINTS["residential_ledger.search"]
    decoder = endpoint.wire_page
    assert decoder is not None
    page = {"data": [LEDGER_ROW] * 3, "per_page": 3, "total_count": 3, "message": "ok"}
    before = decoder.misses
    decoded = decode_page(endpoint, answer(json.dumps(page).encode()), number=1, fetch=None)
    assert decoder.misses == 0 and before >= 0
    assert decoded.items == converter.structure([LEDGER_ROW] * 3, list[ResidentialLedger])
    assert (decoded.per_page, decoded.total_count, decoded.message) == (3, 3, "ok")


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_page_either_agrees_with_the_tolerant_path_or_steps_aside(data: st.DataObject) -> None:
    endpoint = data.draw(st.sampled_from(SEARCHES), label="endpoint")
    content = data.draw(bodies(endpoint), label="body")
    got = fresh(endpoint.returns)(content)
    if got is not None:
        assert ("ok", got) == reference(endpoint, content)


ledger_values = st.one_of(
    json_values,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from(["null", "", "2023-04-01 12:00:00", "2023-11-07T05:31:56Z", "2023-10-01"]),
    st.sampled_from(["2023-04-01 12:00:0x", "2023-02-30", "usage", "novel reason", 3.0, True]),
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from([*LEDGER_ROW, "novel"]), ledger_values, max_size=4),
        min_size=1,
        max_size=3,
    ),
    st.sets(st.sampled_from(sorted(LEDGER_ROW))),
)
def test_ledger_rows_agree_value_by_value(changes: list[dict[str, Any]], dropped: set[str]) -> None:
    endpoint = ENDPOINTS["residential_ledger.search"]
    rows = [{k: v for k, v in {**LEDGER_ROW, **c}.items() if k not in dropped} for c in changes]
    content = json.dumps({"data": rows, "per_page": 100, "total_count": 9}).encode()
    got = fresh(ResidentialLedger)(content)
    if got is not None:
        assert ("ok", got) == reference(endpoint, content)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"novel": 1}, "an unknown field"),
        ({"service_adjustment_id": "null"}, "the text null on a nullable number"),
        ({"residential_ledger_bytes": 2**64}, "a number orjson would read as a float"),
        ({"residential_ledger_bytes": 1.0}, "a float for an int"),
        ({"residential_ledger_requests": True}, "a bool for an int"),
        ({"residential_ledger_period_date": "2023-02-30"}, "a date that does not exist"),
    ],
)
def test_rows_only_the_tolerant_path_can_judge_step_aside(change: dict[str, Any], why: str) -> None:
    content = json.dumps({"data": [LEDGER_ROW, {**LEDGER_ROW, **change}]}).encode()
    assert fresh(ResidentialLedger)(content) is None, why


def test_nulls_and_absent_fields_stay_on_the_wire_path() -> None:
    row = {k: v for k, v in LEDGER_ROW.items() if k != "customer_id"} | {"service_id": "null"}
    endpoint = ENDPOINTS["residential_ledger.search"]
    content = json.dumps({"data": [row, {**LEDGER_ROW, "service_adjustment_id": None}]}).encode()
    got = fresh(ResidentialLedger)(content)
    assert got is not None
    assert got[0][0].service_id is None and got[0][0].customer_id is None
    assert ("ok", got) == reference(endpoint, content)


def test_a_search_that_keeps_missing_tries_again_only_now_and_then() -> None:
    decoder = fresh(ResidentialLedger)
    odd = json.dumps({"data": [{**LEDGER_ROW, "novel": 1}]}).encode()
    plain = json.dumps({"data": [LEDGER_ROW]}).encode()
    for _ in range(_GIVE_UP_AFTER):
        assert decoder(odd) is None
    # Given up: even a plain page goes the tolerant way, until the next retry comes round.
    passed = [decoder(plain) for _ in range(_RETRY_EVERY)]
    assert passed[:-1] == [None] * (_RETRY_EVERY - 1)
    assert passed[-1] is not None and decoder.misses == 0
    assert decoder(plain) is not None


def test_a_model_without_a_twin_gets_no_wire_decoder() -> None:
    assert page_decoder(dict) is None
    assert page_decoder(list[ResidentialLedger]) is None
