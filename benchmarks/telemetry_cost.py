"""What OpenTelemetry costs a request: the extra absent, installed but idle, and recording.

FakeByteful runs in another process (no limit, no latency); one ``retrieve`` after another,
the clients taking turns round after round. "absent" is a client made as when
``opentelemetry-api`` is not installed (it holds no telemetry at all); "idle" has the API
installed and no provider set, the state of most applications; "recording" runs after an
SDK tracer and meter provider are set (spans go to no exporter), against "absent" again,
because a provider once set cannot be unset. Target: idle within noise of absent.

    python benchmarks/telemetry_cost.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

from _harness import save, served, spread

from byteful_async import AsyncByteful
from byteful_async._sending import _telemetry

PER_ROUND = 400


def client(url: str, public: str, private: str, *, absent: bool) -> AsyncByteful:
    """A client as the extra's absence would make it, or as it is made here."""
    if not absent:
        return AsyncByteful(public, private, base_url=url, rate_limit=None)
    load = _telemetry.load
    _telemetry.load = lambda: None  # what load() gives without opentelemetry-api
    try:
        return AsyncByteful(public, private, base_url=url, rate_limit=None)
    finally:
        _telemetry.load = load


async def cpu_per_call(contender: AsyncByteful, row_id: str) -> float:
    started = time.process_time()
    for _ in range(PER_ROUND):
        await contender.residential_ledger.retrieve(row_id)
    return (time.process_time() - started) / PER_ROUND * 1e6


async def duel(clients: dict[str, AsyncByteful], rounds: int, row_id: str) -> dict[str, Any]:
    times: dict[str, list[float]] = {name: [] for name in clients}
    order = list(clients.items())
    for _ in range(rounds):
        for name, contender in order:
            times[name].append(await cpu_per_call(contender, row_id))
        order.reverse()  # neither always goes first
    return {name: spread(values) for name, values in times.items()}


async def measure(url: str, public: str, private: str, rounds: int) -> dict[str, Any]:
    absent = client(url, public, private, absent=True)
    idle = client(url, public, private, absent=False)
    async with absent, idle:
        assert absent._transport.telemetry is None and idle._transport.telemetry is not None
        row_id = (await idle.residential_ledger.search(per_page=1)).items[0].residential_ledger_id
        for contender in (absent, idle):
            await cpu_per_call(contender, row_id)  # warm the connections and caches
        quiet = await duel({"absent": absent, "idle": idle}, rounds, row_id)

        from opentelemetry import metrics, trace
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.trace import TracerProvider

        trace.set_tracer_provider(TracerProvider())
        metrics.set_meter_provider(MeterProvider())
        assert idle._transport.telemetry.active
        busy = await duel({"absent": absent, "recording": idle}, rounds, row_id)
    return {"idle": quiet, "recording": busy}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    print("OpenTelemetry: client CPU per retrieve (us), median (min-max) of the rounds")
    with served("--rows", "1000", "--rate-limit", "0") as (url, public, private):
        figures = asyncio.run(measure(url, public, private, args.rounds))
    for duel_name, results in figures.items():
        line = ", ".join(
            f"{name} {r['median']:.0f} ({r['min']:.0f}-{r['max']:.0f})"
            for name, r in results.items()
        )
        print(f"   {duel_name:<10} {line}")
    idle = figures["idle"]
    ratio = idle["idle"]["median"] / idle["absent"]["median"]
    print(f"   idle / absent: {ratio:.3f}")
    print(f"   results: {save('telemetry_cost', figures)}")


if __name__ == "__main__":
    main()
