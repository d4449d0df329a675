"""The fake's reference tables: continents, countries, regions, cities, zip codes, networks.

A small, real-looking world (five countries) is enough to exercise every lookup and every
filter; ids follow the API's types (``city_id``, ``zip_code_id`` and ``asn_id`` are ints).
"""

from __future__ import annotations

import hashlib
import ipaddress
from typing import Final

from byteful_async.testing._data import Row
from byteful_async.testing._problems import bad

CONTINENTS: Final[list[Row]] = [
    {"continent_id": "na", "continent_name": "North America", "continent_alias": "north_america"},
    {"continent_id": "eu", "continent_name": "Europe", "continent_alias": "europe"},
    {"continent_id": "as", "continent_name": "Asia", "continent_alias": "asia"},
]


def _country(cid: str, name: str, continent: str, eu: bool, nodes: int) -> Row:
    alias = name.lower().replace(" ", "_")
    return {
        "country_id": cid,
        "country_name": name,
        "country_alias": alias,
        "continent_id": continent,
        "country_is_european_union": eu,
        "country_node_count": nodes,
    }


COUNTRIES: Final[list[Row]] = [
    _country("us", "United States", "na", False, 1_200_000),
    _country("gb", "United Kingdom", "eu", False, 310_000),
    _country("de", "Germany", "eu", True, 280_000),
    _country("fr", "France", "eu", True, 240_000),
    _country("jp", "Japan", "as", False, 150_000),
]

SUBDIVISIONS: Final[list[Row]] = [
    {"subdivision_id": sid, "subdivision_name": name, "subdivision_alias": alias,
     "country_id": sid[:2], "subdivision_node_count": nodes}
    for sid, name, alias, nodes in [
        ("us-tx", "Texas", "us_tx", 95_000),
        ("us-ca", "California", "us_ca", 160_000),
        ("gb-eng", "England", "gb_eng", 260_000),
        ("de-be", "Berlin", "de_be", 30_000),
        ("fr-idf", "Ile-de-France", "fr_idf", 60_000),
        ("jp-13", "Tokyo", "jp_13", 55_000),
    ]
]  # fmt: skip

CITIES: Final[list[Row]] = [
    {
        "city_id": cid,
        "city_name": name,
        "city_alias": alias,
        "city_latitude": lat,
        "city_longitude": lon,
        "city_timezone": tz,
        "city_population": people,
        "city_is_populous": people >= 300_000,
        "city_example_postcode": postcode,
        "subdivision_id": sid,
        "city_node_count": people // 40,
    }
    for cid, name, alias, lat, lon, tz, people, postcode, sid in [
        (
            4671654,
            "Austin",
            "austin",
            30.2672,
            -97.7431,
            "America/Chicago",
            961_855,
            "78701",
            "us-tx",
        ),
        (
            4699066,
            "Houston",
            "houston",
            29.7604,
            -95.3698,
            "America/Chicago",
            2_304_580,
            "77002",
            "us-tx",
        ),
        (
            5368361,
            "Los Angeles",
            "los_angeles",
            34.0522,
            -118.2437,
            "America/Los_Angeles",
            3_898_747,
            "90012",
            "us-ca",
        ),
        (
            2643743,
            "London",
            "london",
            51.5074,
            -0.1278,
            "Europe/London",
            8_799_800,
            "EC1A 1BB",
            "gb-eng",
        ),
        (2950159, "Berlin", "berlin", 52.52, 13.405, "Europe/Berlin", 3_677_472, "10115", "de-be"),
        (2988507, "Paris", "paris", 48.8566, 2.3522, "Europe/Paris", 2_102_650, "75001", "fr-idf"),
        (
            1850147,
            "Tokyo",
            "tokyo",
            35.6762,
            139.6503,
            "Asia/Tokyo",
            13_960_000,
            "100-0001",
            "jp-13",
        ),
        (
            4717560,
            "Pflugerville",
            "pflugerville",
            30.4394,
            -97.62,
            "America/Chicago",
            65_191,
            "78660",
            "us-tx",
        ),
    ]
]

ZIP_CODES: Final[list[Row]] = [
    {"zip_code_id": zid, "zip_code_alias": alias, "subdivision_id": sid, "zip_code_node_count": n}
    for zid, alias, sid, n in [
        (78701, "us_78701", "us-tx", 1_800),
        (78660, "us_78660", "us-tx", 900),
        (90012, "us_90012", "us-ca", 2_400),
        (10115, "de_10115", "de-be", 700),
    ]
]  # fmt: skip

ASNS: Final[list[Row]] = [
    {"asn_id": aid, "asn_name": name, "asn_type": kind, "asn_rir": rir,
     "asn_ip_address_count": count, "country_id": country, "asn_node_count": count // 500}
    for aid, name, kind, rir, count, country in [
        (7018, "AT&T Services, Inc.", "isp", "arin", 70_000_000, "us"),
        (7922, "Comcast Cable Communications", "isp", "arin", 71_000_000, "us"),
        (2856, "British Telecommunications PLC", "isp", "ripe", 18_000_000, "gb"),
        (3320, "Deutsche Telekom AG", "isp", "ripe", 34_000_000, "de"),
        (16276, "OVH SAS", "hosting", "ripe", 4_000_000, "fr"),
        (2516, "KDDI Corporation", "isp", "jpnic", 21_000_000, "jp"),
    ]
]  # fmt: skip

PROXY_TEST_SERVERS: Final[list[Row]] = [
    {"proxy_test_server_id": sid, "country_id": country, "city_id": city, "city_name": name}
    for sid, country, city, name in [
        ("ash1", "us", 4671654, "Austin"),
        ("lon1", "gb", 2643743, "London"),
        ("fra1", "de", 2950159, "Berlin"),
    ]
]  # fmt: skip


def geolocate(address: str | None) -> Row:
    """Where the fake says ``address`` is: a city picked from the address, the same each time.

    Raises:
        Problem: 400 when ``address`` is not an IPv4 or IPv6 address.

    """
    try:
        parsed = ipaddress.ip_address(address or "")
    except ValueError:
        raise bad("The ip_address must be an IPv4 or IPv6 address.") from None
    pick = hashlib.blake2b(parsed.packed, digest_size=2).digest()[0] % len(CITIES)
    city = CITIES[pick]
    country = city["subdivision_id"][:2]
    asn = next(a for a in ASNS if a["country_id"] == country)
    return {
        "ip_address": str(parsed),
        "country_id": country,
        "subdivision_id": city["subdivision_id"],
        "city_id": city["city_id"],
        "city_name": city["city_name"],
        "asn_id": asn["asn_id"],
        "asn_name": asn["asn_name"],
    }
