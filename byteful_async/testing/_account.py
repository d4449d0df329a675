"""The fake account: its data, and what each operation of the manifest does to it.

:class:`Account` holds the customer, both ledgers, products, services and adjustments as
plain rows in the API's spelling, and answers each operation by its manifest name with
``(status, body)``. Searches go through :class:`~byteful_async.testing._search.Search`;
pricing lives in ``_data``. The HTTP side (auth, rate window, faults) is ``_server``.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any, Final

from byteful_async._calls._endpoint import Endpoint
from byteful_async.resources import OPERATIONS
from byteful_async.testing._analytics import breakdown, graph
from byteful_async.testing._availability import Availability
from byteful_async.testing._checkout import CheckoutRules
from byteful_async.testing._data import (
    CUSTOMER_ID,
    LedgerTable,
    Row,
    api_now,
    now_stamp,
    stable_uuid,
)
from byteful_async.testing._geo import (
    ASNS,
    CITIES,
    CONTINENTS,
    COUNTRIES,
    PROXY_TEST_SERVERS,
    SUBDIVISIONS,
    ZIP_CODES,
    geolocate,
)
from byteful_async.testing._lists import LIST_OPTIONS, by_id, options, pool_list, proxy_lines
from byteful_async.testing._logs import PER_HOUR, daily_summaries, request_logs
from byteful_async.testing._manifest import message, noun
from byteful_async.testing._pricing import (
    CATALOG,
    product_rows,
)
from byteful_async.testing._problems import Problem, not_found
from byteful_async.testing._proxy_users import ProxyUserRules
from byteful_async.testing._search import Search, page_body, paging
from byteful_async.testing._services import ServiceRules
from byteful_async.testing._world import (
    customer_row,
    ingestions,
    starting_acls,
    starting_proxy_users,
)

#: Every operation by name: what the fake reads of each (its message, its id).
TABLE: Final = {op.name: op for op in OPERATIONS}


class Account(ServiceRules, ProxyUserRules, CheckoutRules):
    """The fake customer's world."""

    def __init__(
        self,
        *,
        seed: int,
        residential_rows: int,
        mobile_rows: int,
        end_date: date,
        credit: int,
        count_total: bool = True,
        pools: frozenset[str] = frozenset({"residential", "mobile"}),
        logs_per_hour: int = PER_HOUR,
    ) -> None:
        self._seed = seed
        self._logs_per_hour = logs_per_hour
        self.pools = pools
        """The data pools the account has (``residential``, ``mobile``)."""
        self.count_total = count_total
        self.version = 0
        """Grows with every change to the rows, so kept search results are never stale."""
        self._rng = random.Random(seed)
        self.gateways: dict[str, tuple[str, int]] = {}
        """Where the residential and mobile lines point, when stand-ins serve them."""
        self._last_change = datetime.min
        self.offset = timedelta(0)
        """How far the API's clock runs ahead of this machine's (``FakeByteful.clock_offset``)."""
        self.purchases: list[Row] = []
        """Every checkout/create carried out (the body it was sent)."""
        created = datetime.combine(end_date - timedelta(days=400), datetime.min.time())
        self.residential = LedgerTable(
            "residential",
            residential_rows if "residential" in pools else 0,
            seed=seed,
            end_date=end_date,
            service_id="API-1955-0001",
        )
        self.mobile = LedgerTable(
            "mobile",
            mobile_rows if "mobile" in pools else 0,
            seed=seed,
            end_date=end_date,
            service_id="API-1955-0002",
        )
        self.customer: Row = customer_row(credit, pools, created)
        self.products = product_rows(seed, created)
        self.services: list[Row] = [
            self._service_row("API-1955-0001", "residential", "residential_global", 1, created),
            self._service_row("API-1955-0002", "mobile", "mobile_global", 1, created),
            self._service_row("API-1955-0003", "isp", "isp_us", 5, created),
        ]
        self.services = [s for s in self.services if s["service_type"] in pools | {"isp"}]
        self.proxies: list[Row] = [p for s in self.services for p in self._make_proxies(s)]
        self.proxy_users: list[Row] = starting_proxy_users(seed)
        self._end = datetime.combine(end_date + timedelta(days=1), datetime.min.time())
        self.acls: list[Row] = starting_acls(seed, created)
        self.adjustments: list[Row] = ingestions(seed, self.services)

    def handle(
        self, name: str, query: Mapping[str, str], ident: str | None, body: Any
    ) -> tuple[int, Any]:
        """Carry out the operation ``name`` (from the manifest): (status, body).

        Raises:
            Problem: 501 naming the operation, when the fake has no handler for it (an
                operation added to the table without its behaviour here).

        """
        handler = self._handlers.get(name)
        if handler is None:
            raise Problem(
                501,
                "Not Implemented",
                f"The fake has no handler for {name}: add one to Account._handlers.",
            )
        answer: tuple[int, Any] = handler(query, ident, body)
        return answer

    @functools.cached_property
    def logs(self) -> list[Row]:
        """Request logs of the last 7 days (made on first use: most tests never ask)."""
        return request_logs(self._seed, self._end, self._logs_per_hour)

    @functools.cached_property
    def log_summaries(self) -> list[Row]:
        """Daily summaries of the last 90 days (made on first use)."""
        return daily_summaries(self._seed, self._end)

    @functools.cached_property
    def _collections(self) -> dict[str, Callable[[], list[Row]]]:
        """Resource -> its rows, for the generic handlers (ids and messages: the table's)."""
        return {
            "products": lambda: self.products,
            "proxies": lambda: self.proxies,
            "proxy_users": lambda: [u for u in self.proxy_users if not u["proxy_user_is_deleted"]],
            "proxy_user_acls": lambda: self.acls,
            "logs": lambda: self.logs,
            "log_summaries": lambda: self.log_summaries,
            "continents": lambda: CONTINENTS,
            "countries": lambda: COUNTRIES,
            "subdivisions": lambda: SUBDIVISIONS,
            "cities": lambda: CITIES,
            "zip_codes": lambda: ZIP_CODES,
            "asns": lambda: ASNS,
            "proxy_test_servers": lambda: PROXY_TEST_SERVERS,
            "services": lambda: self.services,
            "service_adjustments": lambda: self.adjustments,
        }

    @functools.cached_property
    def _handlers(self) -> dict[str, Callable[[Mapping[str, str], str | None, Any], Any]]:
        """What each operation does here, by its name in the manifest.

        A retrieve or search of a collection is generic; the rest, and operations with
        behaviour of their own, are named here.
        """
        generic: dict[str, Callable[[Mapping[str, str], str | None, Any], Any]] = {}
        for op in OPERATIONS:
            rows = self._collections.get(op.resource)
            if rows is None:
                continue
            if op.method_name == "retrieve":
                generic[op.name] = functools.partial(self._retrieve, op, rows)
            elif op.method_name == "search":
                generic[op.name] = functools.partial(self._search_rows, op.name, rows)
        return {
            **generic,
            "customer.retrieve": lambda q, i, b: self._one(
                self._customer_now(), message("customer.retrieve")
            ),
            "residential_ledger.retrieve": lambda q, i, b: self._ledger_one(
                "residential_ledger.retrieve", self.residential, i
            ),
            "residential_ledger.search": lambda q, i, b: self._ledger_search(self.residential, q),
            "mobile_ledger.retrieve": lambda q, i, b: self._ledger_one(
                "mobile_ledger.retrieve", self.mobile, i
            ),
            "mobile_ledger.search": lambda q, i, b: self._ledger_search(self.mobile, q),
            "residential.summary": lambda q, i, b: self._summary(self.residential),
            "mobile.summary": lambda q, i, b: self._summary(self.mobile),
            "checkout.catalog": lambda q, i, b: self._one(
                {code: entry for code, (entry, _) in CATALOG.items()},
                message("checkout.catalog"),
            ),
            "checkout.quote": lambda q, i, b: self._quote(b),
            "checkout.create": lambda q, i, b: self._create(b),
            "services.retrieve": lambda q, i, b: self._service_one(i, q),
            "services.search": lambda q, i, b: self._service_search(q),
            "services.edit": lambda q, i, b: self._service_edit(i, b),
            "services.cancel": lambda q, i, b: self._service_cancel(i, b),
            "residential.list": lambda q, i, b: self._pool_lines("residential", q),
            "mobile.list": lambda q, i, b: self._pool_lines("mobile", q),
            "proxies.list_by_id": lambda q, i, b: self._one(
                by_id(b, self.proxies, self.proxy_users), message("proxies.list_by_id")
            ),
            "proxies.list_by_search": lambda q, i, b: self._list_by_search(q),
            "residential_availability.search": lambda q, i, b: self._availability[
                "residential"
            ].search(q),
            "residential_availability.count": lambda q, i, b: self._availability[
                "residential"
            ].count(q),
            "mobile_availability.search": lambda q, i, b: self._availability["mobile"].search(q),
            "mobile_availability.count": lambda q, i, b: self._availability["mobile"].count(q),
            "proxies.list_options": lambda q, i, b: self._one(
                options(b, self.proxies, self.proxy_users, self.acls),
                message("proxies.list_options"),
            ),
            "analytics.breakdown": lambda q, i, b: self._one(
                breakdown(q, self.log_summaries), message("analytics.breakdown")
            ),
            "analytics.graph": lambda q, i, b: self._one(
                graph(q, self.log_summaries), message("analytics.graph")
            ),
            "ip_addresses.geolocate": lambda q, i, b: self._one(
                geolocate(i), message("ip_addresses.geolocate")
            ),
            "proxy_users.create": lambda q, i, b: self._create_user(b),
            "proxy_users.edit": lambda q, i, b: self._edit_user(i, b),
            "proxy_users.delete": lambda q, i, b: self._delete_user(i),
            "proxy_user_acls.create": lambda q, i, b: self._create_acl(b),
            "proxy_user_acls.delete": lambda q, i, b: self._delete_acl(i),
        }

    def _retrieve(
        self,
        op: Endpoint[Any],
        rows: Callable[[], list[Row]],
        query: Mapping[str, str],
        ident: str | None,
        body: Any,
    ) -> tuple[int, Any]:
        ((key, _),) = op.ids
        for row in rows():
            if str(row[key]) == ident:
                return self._one(row, message(op.name))
        raise not_found(noun(op.name))

    def _search_rows(
        self,
        name: str,
        rows: Callable[[], list[Row]],
        query: Mapping[str, str],
        ident: str | None,
        body: Any,
    ) -> tuple[int, Any]:
        return self._search(name, rows(), query)

    def _ledger_one(self, name: str, table: LedgerTable, ident: str | None) -> tuple[int, Any]:
        row = table.find(ident or "")
        if row is None:
            raise not_found(noun(name))
        return self._one(row, message(name))

    def _customer_now(self) -> Row:
        """The customer, with each pool's bytes left as the ledgers have them now."""
        pools = {}
        for table in (self.residential, self.mobile):
            added, used, _ = table.total_bytes()
            pools[f"{table.kind}_bytes_left"] = max(0, added - used)
        return {**self.customer, **pools}

    def _summary(self, table: LedgerTable) -> tuple[int, Any]:
        added, used, requests = table.total_bytes()
        k = table.kind
        service = next((s for s in self.services if s["service_id"] == table.service_id), None)
        if service is None or k not in self.pools:
            # A guess (the docs are silent): no pool, no summary.
            raise Problem(404, "Not Found", f"No active {k} service.")
        data = {
            f"{k}_bytes": added,
            f"{k}_bytes_used": used,
            f"{k}_bytes_left": max(0, added - used),
            f"{k}_requests": requests,
            "service_expiry_datetime": service["service_expiry_datetime"],
            "service_id": table.service_id,
            "proxy_user_ids": ["default_user"],
        }
        return self._one(data, message(f"{k}.summary"))

    @functools.cached_property
    def _searches(self) -> dict[str, Search]:
        return {
            op.name: Search(op, message(op.name)) for op in OPERATIONS if op.filters is not None
        }

    @functools.cached_property
    def _availability(self) -> dict[str, Availability]:
        return {
            kind: Availability(
                kind,
                self._searches[f"{kind}_availability.search"],
                message(f"{kind}_availability.count"),
                self._rng,
            )
            for kind in ("residential", "mobile")
        }

    def _pool_lines(self, kind: str, query: Mapping[str, str]) -> tuple[int, Any]:
        lines = pool_list(kind, query, self.proxy_users, self._seed, self.gateways.get(kind))
        return self._one(lines, message(f"{kind}.list"))

    def _list_by_search(self, query: Mapping[str, str]) -> tuple[int, Any]:
        # The list options and the user whose credentials go in the lines are not filters.
        how = {k: v for k, v in query.items() if k in (*LIST_OPTIONS, "proxy_user_id")}
        rest = {k: v for k, v in query.items() if k not in how}
        _, page = self._search("proxies.list_by_search", self.proxies, rest)
        lines = proxy_lines(page["data"], self.proxy_users, how)
        return self._one(lines, message("proxies.list_by_search"))

    def _search(self, name: str, rows: list[Row], query: Mapping[str, str]) -> tuple[int, Any]:
        body = self._searches[name].page(
            rows, query, version=self.version, counted=self.count_total, rng=self._rng
        )
        return 200, body

    def _ledger_search(self, table: LedgerTable, query: Mapping[str, str]) -> tuple[int, Any]:
        name = f"{table.kind}_ledger.search"
        if any(k not in ("page", "per_page") for k in query):
            # Filters and sorts need every row; a plain page is computed from its numbers.
            return self._search(name, table.rows(), query)
        page, per_page = paging(query)
        start = (page - 1) * per_page
        rows = table.slice(start, start + per_page)
        total = table.size if self.count_total else -1
        return 200, page_body(rows, page, per_page, total, message(name))

    # -- a moving world -------------------------------------------------------------------------

    def tick(self, now: datetime | None = None) -> None:
        """Move the account on by a little traffic, as the day goes.

        Today's usage row grows in each ledger (bytes more negative, requests up,
        ``*_last_update_datetime`` now), or today's first usage row is appended; the pools'
        bytes left shrink with it, and one proxy user (picked at random) used those bytes.
        """
        moment = self.clock(now)
        self._last_change = moment
        users = [u for u in self.proxy_users if not u["proxy_user_is_deleted"]]
        for table in (self.residential, self.mobile):
            used = 1_000_000 + self._rng.randrange(50_000_000)
            requests = 10 + self._rng.randrange(500)
            k = table.kind
            if users and k in self.pools:
                user = users[self._rng.randrange(len(users))]
                user[f"proxy_user_{k}_bytes_used"] += used
                user["proxy_user_last_update_datetime"] = now_stamp(moment)
            last = table.row(table.size - 1) if table.size else None
            today = moment.date().isoformat()
            if (
                last is not None
                and last[f"{k}_ledger_period_date"] == today
                and last[f"{k}_ledger_reason"] == "usage"
            ):
                table.update(
                    table.size - 1,
                    {
                        f"{k}_ledger_bytes": last[f"{k}_ledger_bytes"] - used,
                        f"{k}_ledger_requests": last[f"{k}_ledger_requests"] + requests,
                        f"{k}_ledger_last_update_datetime": now_stamp(moment),
                    },
                )
            else:
                self._ledger_row(table, "usage", -used, requests, moment)
        self.version += 1

    def clock(self, now: datetime | None = None) -> datetime:
        """The account's time: now, but never before the newest update it has written.

        Generated rows of today may carry times later in the day; a change made now must
        still be the newest, as it would be on the API.
        """
        moment = now or api_now()
        for table in (self.residential, self.mobile):
            if table.size:
                newest = table.row(table.size - 1)[f"{table.kind}_ledger_last_update_datetime"]
                moment = max(moment, datetime.fromisoformat(newest) + timedelta(seconds=1))
        return max(moment, self._last_change + timedelta(seconds=1))

    def change_ledger(
        self, kind: str, *, edited: Iterable[int] = (), appended: int = 0, at_once: bool = False
    ) -> None:
        """Edit rows and append usage rows, as a day of traffic does to a ledger.

        The rows numbered ``edited`` use a megabyte more, then ``appended`` new usage rows
        follow the newest; each change a second after the last, as traffic spreads them, or
        all in one second with ``at_once`` (a bulk correction).
        """
        table = self.residential if kind == "residential" else self.mobile
        step = timedelta(seconds=0 if at_once else 1)
        moment = self.clock() - step
        k = table.kind
        for i in edited:
            moment += step
            row = table.row(i)
            table.update(
                i,
                {
                    f"{k}_ledger_bytes": row[f"{k}_ledger_bytes"] - 1_000_000,
                    f"{k}_ledger_requests": row[f"{k}_ledger_requests"] + 7,
                    f"{k}_ledger_last_update_datetime": now_stamp(moment),
                },
            )
        for _ in range(appended):
            moment += step
            self._ledger_row(table, "usage", -(2_000_000 + self._rng.randrange(10**7)), 20, moment)
        self._last_change = max(moment, self._last_change)
        self.version += 1

    def _ledger_row(
        self, table: LedgerTable, reason: str, size: int, requests: int, moment: datetime
    ) -> Row:
        k = table.kind
        stamp = now_stamp(moment)
        row = {
            f"{k}_ledger_id": stable_uuid(self._seed, k, "live", table.size),
            f"{k}_ledger_bytes": size,
            f"{k}_ledger_requests": requests,
            f"{k}_ledger_period_date": moment.date().isoformat(),
            f"{k}_ledger_reason": reason,
            f"{k}_ledger_creation_datetime": stamp,
            f"{k}_ledger_last_update_datetime": stamp,
            "service_id": table.service_id,
            "service_adjustment_id": None,
            "customer_id": CUSTOMER_ID,
        }
        table.append(row)
        return row
