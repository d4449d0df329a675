"""Buy more residential data when the pool runs low: under a spend cap, a dry run by default.

    export BYTEFUL_PUBLIC_KEY=... BYTEFUL_PRIVATE_KEY=...
    python examples/auto_top_up.py --below-gib 5 --buy-gib 10 --cap-usd 100
    python examples/auto_top_up.py --fake        # a fake account, still a dry run
    ... --for-real                               # actually buy (within the cap)

A purchase whose outcome is unknown (a timeout after sending, say) is never repeated
blindly: ``checkout.reconcile`` finds out whether it went through first.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import timedelta

from byteful_async import AsyncByteful, BytefulError, PurchaseGuard, PurchaseRefused

GIB = 2**30


async def top_up_if_low(
    client: AsyncByteful, *, below_gib: float, buy_gib: int, product_code: str
) -> str:
    """One decision: what was done (for the log, and for tests)."""
    left = (await client.residential.summary()).residential_bytes_left
    if left is None or left >= below_gib * GIB:
        return f"enough: {0 if left is None else left / GIB:.1f} GiB left"
    try:
        bought = await client.checkout.create(product_code=product_code, quantity=buy_gib)
    except PurchaseRefused as refused:
        return f"not bought: {refused}"
    except BytefulError as exc:
        if not exc.outcome_unknown:
            raise
        made = await client.checkout.reconcile(exc)
        return f"uncertain purchase: {'went through as ' + made.service_id if made else 'not made'}"
    return f"bought {buy_gib} GiB: service {bought.service_id}"


async def run(
    client: AsyncByteful,
    *,
    below_gib: float,
    buy_gib: int,
    product_code: str = "residential_global",
    interval: float = 900.0,
    rounds: int | None = None,
) -> list[str]:
    """Check every ``interval`` seconds; returns what each round decided."""
    decisions: list[str] = []
    while rounds is None or len(decisions) < rounds:
        decision = await top_up_if_low(
            client, below_gib=below_gib, buy_gib=buy_gib, product_code=product_code
        )
        print(decision)
        decisions.append(decision)
        if rounds is None or len(decisions) < rounds:
            await asyncio.sleep(interval)
    return decisions


def guard_for(cap_usd: float, for_real: bool) -> PurchaseGuard:
    """At most ``cap_usd`` a day; a dry run unless ``for_real``."""
    return PurchaseGuard(
        cap_cents=int(cap_usd * 100), period=timedelta(days=1), dry_run=not for_real
    )


def main() -> None:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--below-gib", type=float, default=5.0)
    parser.add_argument("--buy-gib", type=int, default=10)
    parser.add_argument("--cap-usd", type=float, default=100.0, help="the most spent per day")
    parser.add_argument("--for-real", action="store_true", help="buy (default: a dry run)")
    parser.add_argument("--fake", action="store_true", help="run against a fake account")
    args = parser.parse_args()
    guard = guard_for(args.cap_usd, args.for_real)

    async def go() -> None:
        if args.fake:
            from byteful_async.testing import FakeByteful

            async with FakeByteful() as server, server.client(purchase_guard=guard) as client:
                await run(client, below_gib=10_000, buy_gib=args.buy_gib, rounds=1)
            return
        async with AsyncByteful(purchase_guard=guard) as client:
            await run(client, below_gib=args.below_gib, buy_gib=args.buy_gib)

    asyncio.run(go())


if __name__ == "__main__":
    main()
