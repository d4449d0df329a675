"""The compiled fast path agrees with cattrs' detailed path, and refuses what it cannot do."""

from __future__ import annotations

import pickle
import weakref
from datetime import date, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from byteful_async import Checkout, Customer, Product, Proxy, Quote, ResidentialLedger, models
from byteful_async._calls._converter import _diagnostic, converter
from byteful_async._calls._fast_structure import (
    _DATES,
    _MOST_DATES,
    _twin,
    compile_list_structure,
    compile_structure,
)
from byteful_async.models._extra import NO_EXTRA

from .conftest import BODIES, LEDGER_ROW, example, json_values

MODELS = [cls for cls in vars(models).values() if isinstance(cls, type) and attrs.has(cls)]


def outcome(conv: Any, data: Any, cls: Any) -> tuple[str, Any]:
    try:
        return "ok", conv.structure(data, cls)
    except Exception:
        return "error", None


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_generated_model_compiles_and_takes_an_empty_or_minimal_object(cls: type) -> None:
    required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
    assert outcome(converter, {}, cls)[0] == ("error" if required else "ok")
    assert outcome(converter, {}, cls)[0] == outcome(_diagnostic, {}, cls)[0]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_both_paths_decode_the_examples_identically(name: str) -> None:
    cls, enveloped = BODIES[name]
    body = example(name)
    data = body["data"] if enveloped else body
    assert converter.structure(data, cls) == _diagnostic.structure(data, cls)


field_values = st.one_of(
    json_values,
    st.sampled_from(["null", "2023-04-01 12:00:00", "2023-11-07T05:31:56Z", "2023-10-01", "usage"]),
    st.sampled_from(["2023-04-01 12:00:0x", "2023-02-30", "Mon, 10 Jul 2023 00:00:00 GMT"]),
)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from([*LEDGER_ROW, "novel"]), field_values, max_size=6))
def test_fast_and_detailed_paths_agree_on_ledger_rows(changes: dict[str, Any]) -> None:
    row = {**LEDGER_ROW, **changes}
    assert outcome(converter, row, ResidentialLedger) == outcome(
        _diagnostic, row, ResidentialLedger
    )


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([Customer, Product, Proxy, Quote, Checkout]),
    st.dictionaries(st.text(max_size=40), field_values, max_size=8),
)
def test_fast_and_detailed_paths_agree_on_other_models(cls: type, data: dict[str, Any]) -> None:
    # Use the model's own field names most of the time, so values reach real fields.
    names = [f.name for f in attrs.fields(cls)]
    keyed = {names[sum(map(ord, k)) % len(names)] if k else k: v for k, v in data.items()}
    assert outcome(converter, keyed, cls) == outcome(_diagnostic, keyed, cls)


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.sampled_from(sorted(LEDGER_ROW))),
    st.dictionaries(st.sampled_from(["novel", "extra", "x"]), field_values, max_size=2),
)
def test_rows_missing_keys_and_carrying_unknown_ones_agree(
    dropped: set[str], unknown: dict[str, Any]
) -> None:
    # The fast path tells "has unknown keys" from the count of keys it found; a row that
    # lacks optional fields and carries new ones must still keep every new one in `extra`.
    row = {k: v for k, v in LEDGER_ROW.items() if k not in dropped} | unknown
    fast = outcome(converter, row, ResidentialLedger)
    assert fast == outcome(_diagnostic, row, ResidentialLedger)
    if fast[0] == "ok":
        assert fast[1].extra == unknown


def test_a_list_decodes_in_one_loop_exactly_like_its_items() -> None:
    hook = converter.get_structure_hook(list[ResidentialLedger])
    assert "compiled" in (hook.__doc__ or "")
    rows = [LEDGER_ROW, {**LEDGER_ROW, "novel": 1}, {**LEDGER_ROW, "service_id": None}]
    assert converter.structure(rows, list[ResidentialLedger]) == [
        converter.structure(row, ResidentialLedger) for row in rows
    ]
    assert outcome(converter, [*rows, "not a row"], list[ResidentialLedger])[0] == "error"
    assert outcome(converter, {"not": "a list"}, list[ResidentialLedger])[0] == "error"


def test_absent_optional_fields_take_their_declared_defaults() -> None:
    @attrs.define(frozen=True)
    class Defaults:
        name: str
        count: int = 3
        tags: list[str] = attrs.field(factory=list)
        extra: dict[str, Any] = attrs.field(factory=dict)

    one = compile_structure(Defaults, converter.get_structure_hook)
    many = compile_list_structure(Defaults, converter.get_structure_hook)
    assert one({"name": "a"}, Defaults) == Defaults(name="a")
    first, second = many([{"name": "a"}, {"name": "b"}], list[Defaults])
    assert first.tags is not second.tags  # a fresh factory value per row
    assert one({"name": "a", "other": 1}, Defaults).extra == {"other": 1}


def test_it_refuses_a_class_with_a_validator() -> None:
    @attrs.define(frozen=True)
    class Checked:
        amount: int = attrs.field(validator=attrs.validators.ge(0))
        extra: dict[str, Any] = attrs.field(factory=dict)

    with pytest.raises(TypeError, match="validator"):
        compile_structure(Checked, converter.get_structure_hook)


def test_it_refuses_a_class_with_post_init() -> None:
    @attrs.define(frozen=True)
    class Hooked:
        amount: int
        extra: dict[str, Any] = attrs.field(factory=dict)

        def __attrs_post_init__(self) -> None:
            pass

    with pytest.raises(TypeError, match="__attrs_post_init__"):
        compile_structure(Hooked, converter.get_structure_hook)


def test_objects_from_the_fast_path_behave_like_constructed_ones() -> None:
    fast = converter.structure(LEDGER_ROW, ResidentialLedger)
    built = ResidentialLedger(
        **{f.name: getattr(fast, f.name) for f in attrs.fields(ResidentialLedger)}
    )
    assert fast == built
    assert hash(repr(fast)) == hash(repr(built))
    assert attrs.evolve(fast, residential_ledger_bytes=1).residential_ledger_bytes == 1


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_generated_model_is_filled_through_a_plain_twin(cls: type) -> None:
    # The faster fill needs a layout Python lets an object change class within: no
    # __weakref__ slot. A model generated with one would silently take the slower fill.
    assert _twin(cls) is not None


def test_a_twin_filled_object_is_a_frozen_model_like_any_other() -> None:
    fast = converter.structure({**LEDGER_ROW, "note": "x"}, ResidentialLedger)
    assert type(fast) is ResidentialLedger and isinstance(fast, ResidentialLedger)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.residential_ledger_bytes = 1  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(fast)) == fast
    assert fast.extra == {"note": "x"}


def test_a_class_with_a_weakref_slot_is_filled_through_its_descriptors() -> None:
    @attrs.define(frozen=True, weakref_slot=True)
    class Watched:
        name: str
        count: int | None = None
        extra: dict[str, Any] = attrs.field(factory=dict)

    assert _twin(Watched) is None
    one = compile_structure(Watched, converter.get_structure_hook)
    got = one({"name": "a", "count": 2, "more": True}, Watched)
    assert got == Watched(name="a", count=2, extra={"more": True})
    assert weakref.ref(got)() is got


def test_rows_with_nothing_unknown_share_one_read_only_extra() -> None:
    rows = converter.structure([LEDGER_ROW, LEDGER_ROW], list[ResidentialLedger])
    assert rows[0].extra is rows[1].extra is NO_EXTRA  # no empty dict per row
    with pytest.raises(TypeError):
        rows[0].extra["note"] = 1  # type: ignore[index]
    # A row with an unknown field gets its own.
    odd = converter.structure({**LEDGER_ROW, "note": "x"}, ResidentialLedger)
    assert odd.extra == {"note": "x"} and odd.extra is not NO_EXTRA


def test_dates_are_parsed_once_and_the_memory_of_them_stays_bounded() -> None:
    day = "2031-02-03"
    rows = converter.structure(
        [{**LEDGER_ROW, "residential_ledger_period_date": day}] * 2, list[ResidentialLedger]
    )
    assert rows[0].residential_ledger_period_date == date(2031, 2, 3)
    assert rows[0].residential_ledger_period_date is rows[1].residential_ledger_period_date
    start = date(1900, 1, 1)
    many = [
        {**LEDGER_ROW, "residential_ledger_period_date": (start + timedelta(days=n)).isoformat()}
        for n in range(_MOST_DATES + 100)
    ]
    decoded = converter.structure(many, list[ResidentialLedger])
    assert [r.residential_ledger_period_date for r in decoded] == [
        start + timedelta(days=n) for n in range(_MOST_DATES + 100)
    ]
    assert len(_DATES) <= _MOST_DATES
