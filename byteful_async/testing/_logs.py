"""The fake's traffic: request logs for the last 7 days and daily summaries for 90.

Seeded and deterministic for a given end day; the summaries add up the requests of the
same user, host and day, so analytics built on either agree.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from byteful_async.testing._data import CUSTOMER_ID, Row, mix, stable_uuid, stamp

HOSTS: Final = ("example.com", "shop.example.net", "api.example.org")
USERS: Final = ("default_user", "ads_team_user1", "scraper_bot_02")
#: Logged requests per hour of the last 7 days, unless the fake is told otherwise.
PER_HOUR: Final = 2


def request_logs(seed: int, end: datetime, per_hour: int = PER_HOUR) -> list[Row]:
    """``per_hour`` requests an hour over the 7 days before ``end``, oldest first.

    Each falls at a seeded moment of its own share of the hour; with more than 3,600 an
    hour, several share a second, as a busy account's do.
    """
    first = end.replace(minute=0, second=0, microsecond=0) - timedelta(days=7)
    share = max(1, 3600 // per_hour)
    rows = []
    for n in range(7 * 24 * per_hour):
        noise = mix(seed, "log", n)
        moment = first + timedelta(seconds=n * 3600 // per_hour + noise % share)
        ok = noise % 10 != 0
        rows.append(
            {
                "log_id": stable_uuid(seed, "log", n),
                "proxy_user_id": USERS[noise % len(USERS)],
                "service_id": "API-1955-0001",
                "customer_id": CUSTOMER_ID,
                "log_network": "residential",
                "log_protocol": "http" if noise % 3 else "socks",
                "log_method": "CONNECT",
                "log_hostname": HOSTS[(noise >> 8) % len(HOSTS)],
                "log_status_code": 200 if ok else 502,
                "log_client_ip_address": f"198.51.100.{noise % 250 + 1}",
                "log_total_bytes": 2_000 + (noise >> 16) % 900_000,
                "log_total_elapsed_ms": 80 + (noise >> 24) % 2_000,
                "log_request_datetime": stamp(moment),
                "log_authentication_type": 1,
                "log_session_id": None,
                "country_id": "us",
                "city_alias": "austin",
                "asn_id": 7018,
            }
        )
    return rows


def daily_summaries(seed: int, end: datetime) -> list[Row]:
    """One row per user, host and day over the 90 days before ``end``, oldest first."""
    day0 = end.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=89)
    rows = []
    for d in range(90):
        day = day0 + timedelta(days=d)
        for user in USERS:
            for host in HOSTS:
                noise = mix(seed, "summary", d, user, host)
                requests = noise % 400
                errors = requests // 12
                rows.append(
                    {
                        "log_summary_id": stable_uuid(seed, "summary", d, user, host),
                        "proxy_user_id": user,
                        "customer_id": CUSTOMER_ID,
                        "log_summary_network": "residential",
                        "log_summary_hostname": host,
                        "log_summary_requests": requests,
                        "log_summary_successful": requests - errors,
                        "log_summary_error": errors,
                        "log_summary_bytes": requests * (20_000 + (noise >> 20) % 200_000),
                        "log_summary_period": stamp(day),
                        "log_summary_creation_datetime": stamp(day + timedelta(hours=1)),
                        "log_summary_last_update_datetime": stamp(day + timedelta(hours=23)),
                    }
                )
    return rows
