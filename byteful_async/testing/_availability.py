"""Residential and mobile availability in the fake: node counts by place and network.

The fake's pool is a grid of cells, one per city and network of its country (with the
city's zip code area where the geo tables have one), each holding some nodes. A search
filters the cells, adds them up by ``group_by`` (by country when it is left out, and then
answers the bare country ids, as the API does), filters and sorts the groups, and pages
them; a count adds up the cells that match.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Mapping
from typing import Any, Final

from byteful_async.testing._data import Row
from byteful_async.testing._geo import ASNS, CITIES, COUNTRIES, SUBDIVISIONS, ZIP_CODES
from byteful_async.testing._problems import bad
from byteful_async.testing._search import Search

_PLACE: Final = ("country_id", "country_name")
GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "country": _PLACE,
    "subdivision": (*_PLACE, "subdivision_id", "subdivision_name"),
    "city": (*_PLACE, "subdivision_id", "subdivision_name", "city_id", "city_name"),
    "zip_code": (*_PLACE, "subdivision_id", "subdivision_name", "zip_code_id", "zip_code_alias"),
    "asn": (*_PLACE, "asn_id", "asn_name"),
}
"""The fields a row grouped by each ``group_by`` carries."""

#: The cells' share of a city's residential nodes on mobile networks.
_MOBILE_SHARE: Final = 25
_COUNT_FILTERS: Final = ("country_id", "subdivision_id", "city_name", "asn_id", "zip_code_alias")


@functools.cache
def cells(kind: str) -> tuple[Row, ...]:
    """The pool's cells for ``residential`` or ``mobile``: one per city and network."""
    regions = {s["subdivision_id"]: s for s in SUBDIVISIONS}
    countries = {c["country_id"]: c for c in COUNTRIES}
    zips = {z["zip_code_alias"].partition("_")[2]: z for z in ZIP_CODES}
    found = []
    for city in CITIES:
        region = regions[city["subdivision_id"]]
        country = countries[region["country_id"]]
        networks = [a for a in ASNS if a["country_id"] == country["country_id"]]
        zip_code = zips.get(city["city_example_postcode"]) or {}
        for rank, asn in enumerate(networks, start=1):
            # Split the city's nodes between its networks, the first one holding the most.
            nodes = (
                city["city_node_count"]
                * (len(networks) - rank + 1)
                // sum(range(1, len(networks) + 1))
            )
            if kind == "mobile":
                nodes //= _MOBILE_SHARE
            found.append(
                {
                    "country_id": country["country_id"],
                    "country_name": country["country_name"],
                    "subdivision_id": region["subdivision_id"],
                    "subdivision_name": region["subdivision_name"],
                    "city_id": city["city_id"],
                    "city_name": city["city_name"],
                    "zip_code_id": zip_code.get("zip_code_id"),
                    "zip_code_alias": zip_code.get("zip_code_alias"),
                    "asn_id": asn["asn_id"],
                    "asn_name": asn["asn_name"],
                    f"{kind}_availability_node_count": nodes,
                    f"{kind}_availability_is_available": nodes > 0,
                }
            )
    return tuple(found)


def _grouped(kind: str, chosen: list[Row], group_by: str) -> list[Row]:
    fields = GROUPS[group_by]
    count = f"{kind}_availability_node_count"
    groups: dict[tuple[Any, ...], Row] = {}
    for cell in chosen:
        if any(cell[f] is None for f in fields):
            continue  # a cell with no zip code area has no zip_code group
        key = tuple(cell[f] for f in fields)
        group = groups.get(key)
        if group is None:
            group = groups[key] = {f: cell[f] for f in fields} | {count: 0}
        group[count] += cell[count]
    for group in groups.values():
        group[f"{kind}_availability_is_available"] = group[count] > 0
    return list(groups.values())


class Availability:
    """The availability searches and counts of one pool."""

    def __init__(self, kind: str, search: Search, message: str, rng: random.Random) -> None:
        self.kind = kind
        self._search = search
        self._message = message
        self._rng = rng
        # Grouped rows per (cell filters, group_by); the version tells the search apart.
        self._groups: dict[tuple[Any, ...], tuple[int, list[Row]]] = {}

    def _is_group_filter(self, key: str) -> bool:
        return key in ("sort_by", "page", "per_page") or key.endswith(
            f"{self.kind}_availability_node_count"
        )

    def search(self, query: Mapping[str, str]) -> tuple[int, Row]:
        """A page of the grouped rows (bare country ids without ``group_by``)."""
        group_by = query.get("group_by")
        if group_by is not None and group_by not in GROUPS:
            raise bad(f"The group_by field must be one of {', '.join(GROUPS)}.")
        on_cells = {
            k: v for k, v in query.items() if k != "group_by" and not self._is_group_filter(k)
        }
        on_groups = {k: v for k, v in query.items() if self._is_group_filter(k)}
        criteria = (group_by, *sorted(on_cells.items()))
        kept = self._groups.get(criteria)
        if kept is None:
            chosen = self._search.matching(list(cells(self.kind)), on_cells, version=0)
            kept = (len(self._groups) + 1, _grouped(self.kind, chosen, group_by or "country"))
            self._groups[criteria] = kept
        version, rows = kept
        body = self._search.page(rows, on_groups, version=version, counted=True, rng=self._rng)
        if group_by is None:
            body["data"] = [row["country_id"] for row in body["data"]]
        body["message"] = self._message
        return 200, body

    def count(self, query: Mapping[str, str]) -> tuple[int, Row]:
        """The nodes of every cell matching the (exact) filters."""
        for key in query:
            if key not in _COUNT_FILTERS:
                raise bad(f"Unknown parameter {key!r}.")
        wanted: dict[str, Any] = dict(query)
        if "asn_id" in wanted:
            if not wanted["asn_id"].isdigit():
                raise bad("The asn_id field must be an integer.")
            wanted["asn_id"] = int(wanted["asn_id"])
        count = f"{self.kind}_availability_node_count"
        nodes = sum(
            cell[count] for cell in cells(self.kind) if all(cell[k] == v for k, v in wanted.items())
        )
        data = {count: nodes, f"{self.kind}_availability_is_available": nodes > 0}
        return 200, {"data": data, "message": self._message}
