"""The sync twin: the async client's surface without ``await``, one private loop per client.

The per-endpoint checks of both clients live in ``test_every_endpoint.py`` and
``test_bad_input.py``; this module holds what is the sync client's own: its surface
matches the async one's, its thread, Ctrl-C, threads sharing a client, a caller that
already runs a loop, and the paginator's walks.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import signal
import subprocess
import sys
import threading
import time
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from byteful_async import (
    AsyncByteful,
    Byteful,
    BytefulError,
    IncompleteResultError,
    PurchaseGuard,
    PurchaseRefused,
    ResidentialLedger,
    SyncPaginator,
)
from byteful_async._sync._attributes import SyncResourceAttributes
from byteful_async.resources import RESOURCE_NAMES, ResourceAttributes
from byteful_async.testing import FakeByteful, FakeThread

from .conftest import assert_spaced


def _public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def test_the_sync_client_takes_exactly_the_async_clients_options() -> None:
    sync = inspect.signature(Byteful.__init__)
    assert sync == inspect.signature(AsyncByteful.__init__)


@pytest.mark.parametrize("resource", RESOURCE_NAMES)
def test_every_resource_method_has_a_sync_twin_with_the_same_signature(resource: str) -> None:
    async_cls = typing.get_type_hints(ResourceAttributes.__dict__[resource].func)["return"]
    sync_cls = typing.get_type_hints(SyncResourceAttributes.__dict__[resource].func)["return"]
    ours, theirs = _public_methods(sync_cls), _public_methods(async_cls)
    assert sorted(ours) == sorted(theirs)
    for name, method in theirs.items():
        wanted = inspect.signature(method)
        got = inspect.signature(ours[name])
        assert got.parameters == wanted.parameters, f"{resource}.{name}"
        returned = str(wanted.return_annotation).replace("AsyncPaginator[", "SyncPaginator[")
        assert got.return_annotation == returned, f"{resource}.{name}"
        assert not inspect.iscoroutinefunction(ours[name])
        assert ours[name].__doc__, f"{resource}.{name} has no docstring"


# -- a served fake and a client of it --------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeByteful]:
    """A fake on its own thread: the sync client blocks the calling thread while it waits."""
    with FakeThread(FakeByteful(residential_rows=350, rate_limit=None)) as server:
        yield server


@pytest.fixture
def client(fake: FakeByteful) -> Iterator[Byteful]:
    with fake.sync_client(rate_limit=None) as made:
        yield made


def _our_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "byteful-sync"]


def test_a_call_answers_the_model_and_close_ends_the_thread(fake: FakeByteful) -> None:
    before = set(_our_threads())
    client = fake.sync_client(rate_limit=None)
    assert set(_our_threads()) == before  # nothing started before the first call
    me = client.customer.retrieve()
    assert me.customer_id == fake.customer["customer_id"]
    (started,) = set(_our_threads()) - before
    client.close()
    assert not started.is_alive()
    assert set(_our_threads()) == before
    with pytest.raises(BytefulError, match="closed"):
        client.customer.retrieve()
    client.close()  # a second close is harmless


def test_a_forgotten_client_is_stopped_with_a_resource_warning(fake: FakeByteful) -> None:
    client = fake.sync_client(rate_limit=None)
    client.customer.retrieve()
    (thread,) = [t for t in _our_threads() if t is client._runner.thread]
    with pytest.warns(ResourceWarning, match="Byteful was not closed"):
        del client
        gc.collect()
    thread.join(timeout=10)
    assert not thread.is_alive()


def test_a_copy_with_other_options_shares_the_thread_and_outlives_the_original(
    fake: FakeByteful,
) -> None:
    client = fake.sync_client(rate_limit=None)
    patient = client.with_options(max_retries=0, timeout=5)
    assert patient.max_retries == 0 and client.max_retries != 0
    client.customer.retrieve()
    del client
    gc.collect()  # the copy still holds the loop: no warning, no stop
    assert patient.customer.retrieve().customer_id == fake.customer["customer_id"]
    thread = patient._runner.thread
    patient.close()
    assert thread is not None and not thread.is_alive()


def test_a_search_walks_every_row_once_in_order_however_it_is_read(
    client: Byteful, fake: FakeByteful
) -> None:
    expected = [r["residential_ledger_id"] for r in fake.residential.iter_rows()]
    search = client.residential_ledger.search(per_page=40)
    assert isinstance(search, SyncPaginator)
    assert [r.residential_ledger_id for r in search] == expected
    pages = list(search.pages())
    assert [p.page for p in pages] == list(range(1, 10))
    assert [r.residential_ledger_id for p in pages for r in p.items] == expected
    assert [r.residential_ledger_id for r in search.collect(concurrency=4)] == expected
    assert [r.residential_ledger_id for r in search.stream(concurrency=3)] == expected
    assert [r.residential_ledger_id for r in search.collect(max_items=45)] == expected[:45]
    assert search.first_page().items[0].residential_ledger_id == expected[0]
    assert [p.page for p in search.pages(start=8)] == [8, 9]


def test_on_page_runs_in_the_calling_thread(client: Byteful) -> None:
    seen: list[tuple[int, int]] = []
    rows = client.residential_ledger.search(per_page=100).collect(
        on_page=lambda p: seen.append((p.page, threading.get_ident()))
    )
    assert len(rows) == 350
    assert seen == [(n, threading.get_ident()) for n in (1, 2, 3, 4)]


def test_breaking_out_of_a_walk_leaves_nothing_running(client: Byteful, fake: FakeByteful) -> None:
    for walk in (
        iter(client.residential_ledger.search(per_page=10)),
        client.residential_ledger.search(per_page=10).stream(concurrency=6),
    ):
        first = next(walk)
        assert isinstance(first, ResidentialLedger)
        walk.close()  # type: ignore[attr-defined]
        assert client._runner.run(_tasks_left) == 0
    connector = client.async_client._transport.http.get().connector
    assert connector is not None and not connector._acquired


async def _tasks_left() -> int:
    return len(asyncio.all_tasks()) - 1  # less this one


def test_a_walk_that_does_not_add_up_raises_in_the_callers_thread(
    client: Byteful, fake: FakeByteful
) -> None:
    # Page 2 comes back empty although the count promises 10 more rows.
    empty = {"data": [], "page": 2, "per_page": 10, "item_count": 0, "total_count": 350}
    fake.respond(200, empty, path="/residential_ledger/search", query={"page": "2"})
    with pytest.raises(IncompleteResultError, match="page 2 came back with 0 rows"):
        client.residential_ledger.search(per_page=10).collect()


def test_bad_arguments_are_refused_before_anything_is_sent(
    client: Byteful, fake: FakeByteful
) -> None:
    sent = fake.count()
    with pytest.raises(TypeError, match="residential_ledger_id"):
        client.residential_ledger.retrieve(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="per_page"):
        client.residential_ledger.search(per_page=101)
    with pytest.raises(ValueError, match="concurrency"):
        client.residential_ledger.search().collect(concurrency=0)
    with pytest.raises(ValueError, match="random"):
        list(client.services.search(sort_by="random"))
    assert fake.count() == sent


# -- threads, loops and Ctrl-C ---------------------------------------------------------------


def test_eight_threads_sharing_a_client_keep_to_the_limit(fake: FakeByteful) -> None:
    rate = 40.0
    fake.rate_limit = rate  # the server refuses what the client lets through too fast
    with fake.sync_client(rate_limit=rate, max_retries=0) as client:
        row_id = client.residential_ledger.search(per_page=1).first_page().items[0]
        began = time.monotonic()
        errors: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(6):
                    client.residential_ledger.retrieve(row_id.residential_ledger_id)
            except BaseException as exc:  # handed to the test's thread
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    arrivals = [r.at for r in fake.requests if "/retrieve/" in r.path]
    assert len(arrivals) == 48
    assert fake.stats()["rate_limited"] == 0
    assert_spaced(arrivals, began, rate)


def test_it_works_inside_a_running_event_loop_as_in_a_notebook_cell(
    client: Byteful, fake: FakeByteful
) -> None:
    async def cell() -> list[ResidentialLedger]:
        # A notebook cell: the kernel's loop is running in this thread, and the cell calls
        # the sync client without await.
        asyncio.get_running_loop()
        return client.residential_ledger.search(per_page=100).collect(concurrency=4)

    rows = asyncio.run(cell())
    assert len({r.residential_ledger_id for r in rows}) == len(rows) == 350


def test_calling_the_client_from_its_own_loop_is_refused_not_a_deadlock(fake: FakeByteful) -> None:
    caught: list[BaseException] = []

    def hook(_: object) -> None:
        try:
            client.customer.retrieve()
        except BytefulError as exc:
            caught.append(exc)

    with fake.sync_client(rate_limit=None, on_request=hook) as client:
        client.customer.retrieve()
    assert len(caught) == 1 and "its own event loop" in str(caught[0])


def _interrupt_when(fake: FakeByteful, requests: int) -> threading.Thread:
    """A thread that sends this (main) thread SIGINT once the fake has seen ``requests``."""
    main = threading.get_ident()

    def interrupt() -> None:
        deadline = time.monotonic() + 30
        while fake.count() < requests and time.monotonic() < deadline:
            time.sleep(0.005)
        signal.pthread_kill(main, signal.SIGINT)

    helper = threading.Thread(target=interrupt)
    helper.start()
    return helper


def test_ctrl_c_during_a_call_cancels_its_request_on_the_loop(fake: FakeByteful) -> None:
    fake.latency = 0.5
    with fake.sync_client(rate_limit=None) as client:
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            helper = _interrupt_when(fake, 1)
            with pytest.raises(KeyboardInterrupt):
                client.customer.retrieve()
            helper.join()
        finally:
            signal.signal(signal.SIGINT, previous)
        # The request was cancelled on the loop, not left to finish: no answer was taken in.
        assert client.stats.requests == 0
        assert client._runner.run(_tasks_left) == 0
        connector = client.async_client._transport.http.get().connector
        assert connector is not None and not connector._acquired
        fake.latency = 0.0
        assert client.customer.retrieve().customer_id == fake.customer["customer_id"]


def test_ctrl_c_during_collect_cancels_the_work_on_the_loop(fake: FakeByteful) -> None:
    fake.latency = 0.05
    with fake.sync_client(rate_limit=None) as client:
        search = client.residential_ledger.search(per_page=10)
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            helper = _interrupt_when(fake, 4)
            with pytest.raises(KeyboardInterrupt):
                search.collect(concurrency=4)
            helper.join()
        finally:
            signal.signal(signal.SIGINT, previous)
        assert client._runner.run(_tasks_left) == 0
        connector = client.async_client._transport.http.get().connector
        assert connector is not None and not connector._acquired
        assert fake.count() < 35  # it stopped: the whole search is 35 pages
        # The client is still usable afterwards.
        assert len(search.collect(concurrency=4)) == 350


# -- the hand-written parts -------------------------------------------------------------------


def test_the_purchase_guard_holds_for_the_sync_client(fake: FakeByteful) -> None:
    guard = PurchaseGuard(cap_cents=3_000)
    with fake.sync_client(rate_limit=None, purchase_guard=guard) as client:
        client.checkout.top_up(2_000)
        with pytest.raises(PurchaseRefused):
            client.checkout.top_up(2_000)
    assert len(fake.purchases) == 1


def test_rotate_password_reconcile_request_watch_and_raw_responses(
    client: Byteful, fake: FakeByteful
) -> None:
    user = fake.account.proxy_users[0]
    password = client.proxy_users.rotate_password(user["proxy_user_id"])
    assert password.reveal() == user["proxy_user_password"]
    with pytest.raises(ValueError, match="outcome_unknown"):
        client.checkout.reconcile(BytefulError("not a purchase"))
    raw_me = client.request("GET", "/public/user/customer/retrieve")
    assert raw_me["data"]["customer_id"] == fake.customer["customer_id"]
    raw = client.with_raw_response.customer.retrieve()
    assert raw.status_code == 200 and raw.parsed.customer_id == fake.customer["customer_id"]
    watch = client.watch(interval=0.01)
    snapshots = [next(watch), next(watch)]
    watch.close()  # type: ignore[attr-defined]
    assert all(s.error is None and s.credit_balance is not None for s in snapshots)


def test_the_pytest_plugin_gives_a_sync_client(byteful_sync_client: Byteful) -> None:
    assert isinstance(byteful_sync_client, Byteful)
    assert byteful_sync_client.customer.retrieve().customer_id is not None


def test_a_sync_client_cannot_be_made_without_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BYTEFUL_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("BYTEFUL_PRIVATE_KEY", raising=False)
    before = set(_our_threads())
    with pytest.raises(BytefulError, match="no keys"):
        Byteful()
    assert set(_our_threads()) == before  # a refused client starts no thread


TYPED_USE = """
from typing import assert_type

from byteful_async import Byteful, Customer, Page, ResidentialLedger, Secret, Service


def use(client: Byteful) -> None:
    assert_type(client.customer.retrieve(), Customer)
    search = client.residential_ledger.search(per_page=10, residential_ledger_reason="usage")
    assert_type(search.collect(concurrency=4, max_items=20), list[ResidentialLedger])
    assert_type(search.first_page(), Page[ResidentialLedger])
    for row in search:
        assert_type(row, ResidentialLedger)
    for page in search.pages(start=2):
        assert_type(page, Page[ResidentialLedger])
    for streamed in search.stream(concurrency=2):
        assert_type(streamed, ResidentialLedger)
    assert_type(client.proxy_users.rotate_password("report_bot_01"), Secret)
    assert_type(client.services.search().collect(), list[Service])
    assert_type(client.with_options(max_retries=0), Byteful)
"""


def test_the_sync_clients_types_are_real_with_no_any_leaking(tmp_path: Path) -> None:
    source = tmp_path / "typed_use.py"
    source.write_text(TYPED_USE)
    done = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--disallow-any-expr",
            "--no-incremental", str(source),
        ],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout
