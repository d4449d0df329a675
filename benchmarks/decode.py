"""Decode cost of a 100-row ledger page: response bytes -> list of attrs models.

Prints figures measured side by side in one run (ratios matter; absolute times on a shared
machine do not). Never fails on a number.

    python benchmarks/decode.py                  # the figures
    python benchmarks/decode.py --show-examples  # decode every documented body and print it
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs
import cattrs
import orjson
import yarl
from _harness import save, spread
from multidict import CIMultiDict, CIMultiDictProxy

from byteful_async import ResidentialLedger
from byteful_async._calls._converter import structure
from byteful_async._calls._endpoint import decode_page
from byteful_async._sending._response import APIResponse
from byteful_async.resources._generated import RESIDENTIAL_LEDGER_SEARCH

ROOT = Path(__file__).resolve().parent.parent
ROWS = 100
ROUNDS = 15  # at least 5: the median and min mean something
OURS = "byteful-async page decode (msgspec)"
TOLERANT = "byteful-async tolerant path (orjson)"


def ledger_page(rows: int = ROWS) -> bytes:
    """A search response body as the API sends it, with `rows` distinct usage entries."""
    data = [
        {
            "customer_id": 1955,
            "residential_ledger_bytes": -(1_000_000 + 7919 * i),
            "residential_ledger_creation_datetime": f"2024-01-{1 + i % 28:02d} 00:05:00",
            "residential_ledger_id": str(uuid.UUID(int=i + 1)),
            "residential_ledger_last_update_datetime": f"2024-01-{1 + i % 28:02d} 23:59:00",
            "residential_ledger_period_date": f"2024-01-{1 + i % 28:02d}",
            "residential_ledger_reason": "usage",
            "residential_ledger_requests": 1000 + i,
            "service_adjustment_id": None,
            "service_id": "API-1234-5678",
        }
        for i in range(rows)
    ]
    envelope = {
        "data": data,
        "item_count": rows,
        "message": "Residential Ledger search successful.",
        "page": 1,
        "per_page": rows,
        "total_count": 5000,
    }
    return json.dumps(envelope).encode()


@attrs.frozen
class _BaselineRow:
    """What a user might write by hand: a frozen attrs class, stock cattrs, no extras."""

    residential_ledger_id: str
    residential_ledger_bytes: int
    residential_ledger_requests: int
    residential_ledger_period_date: date
    residential_ledger_reason: str
    residential_ledger_creation_datetime: datetime
    residential_ledger_last_update_datetime: datetime
    service_id: str | None = None
    service_adjustment_id: int | None = None
    customer_id: int | None = None


def _baseline_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
    conv.register_structure_hook(date, lambda v, _: date.fromisoformat(v))
    return conv


def _response(body: bytes) -> APIResponse[None]:
    """The answer a search gets, as the transport hands it to the decoder."""
    return APIResponse(
        method="GET",
        url=yarl.URL("http://127.0.0.1/1.0/public/user/residential_ledger/search"),
        status_code=200,
        headers=CIMultiDictProxy(CIMultiDict()),
        request_id=None,
        elapsed=0.0,
        retries=0,
        content=body,
        parsed=None,
    )


def measure() -> dict[str, dict[str, float]]:
    """Microseconds per page for each way of decoding (median, min, max over the rounds).

    The decoders take turns, round after round, so a burst of noise on this shared machine
    falls on all of them alike.
    """
    body = ledger_page()
    baseline = _baseline_converter()
    page_type = list[ResidentialLedger]
    response = _response(body)
    # Both of ours must build the same models, or the figures compare different work.
    assert decode_page(RESIDENTIAL_LEDGER_SEARCH, response, number=1, fetch=None).items == (
        structure(orjson.loads(body)["data"], page_type)
    )
    decoders: dict[str, Any] = {
        "json.loads": lambda: json.loads(body),
        "orjson.loads": lambda: orjson.loads(body),
        "json.loads + stock cattrs into a frozen attrs class": lambda: baseline.structure(
            json.loads(body)["data"], list[_BaselineRow]
        ),
        TOLERANT: lambda: structure(orjson.loads(body)["data"], page_type),
        OURS: lambda: decode_page(RESIDENTIAL_LEDGER_SEARCH, response, number=1, fetch=None),
    }
    number = 100
    rounds: dict[str, list[float]] = {name: [] for name in decoders}
    for _ in range(ROUNDS):
        for name, decode in decoders.items():
            seconds = timeit.timeit(decode, number=number)
            rounds[name].append(seconds / number * 1e6)
    return {name: spread(times) for name, times in rounds.items()}


def show_examples() -> None:
    """Decode every documented example body and print the models."""
    sys.path.insert(0, str(ROOT))
    from tests.conftest import BODIES  # the table of body -> model type

    for name, (cls, enveloped) in sorted(BODIES.items()):
        body = json.loads((ROOT / "tests" / "examples" / f"{name}.json").read_text())
        value = structure(body["data"] if enveloped else body, cls)
        print(f"--- {name}.json -> {getattr(cls, '__name__', cls)}")
        print(value)


def main() -> None:
    """Print the figures (or the decoded examples)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-examples", action="store_true")
    args = parser.parse_args()
    if args.show_examples:
        show_examples()
        print()
    results = measure()
    reference = results["json.loads"]
    print(f"Decode: one {ROWS}-row ledger page, {ROUNDS} interleaved rounds (median, min)")
    figures: dict[str, Any] = {}
    for name, us in results.items():
        ratio = {k: us[k] / reference[k] for k in ("median", "min")}
        figures[name] = {"us_per_page": us, "vs_json_loads": ratio, "judged": name == OURS}
        print(
            f"   {name:<52} {us['median']:6.0f} us/page (min {us['min']:4.0f})  "
            f"{us['median'] / ROWS:5.2f} us/row  {ratio['median']:5.2f}x ({ratio['min']:.2f}x)"
        )
    ours = figures[OURS]["vs_json_loads"]["median"]
    verdict = "meets" if ours <= 1.2 else "misses"
    print(f"   byteful-async costs {ours:.2f}x json.loads ({verdict} the 1.2x target)")
    print(f"   results: {save('decode', figures)}")


if __name__ == "__main__":
    main()
