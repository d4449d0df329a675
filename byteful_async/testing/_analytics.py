"""Analytics in the fake, added up from the daily log summaries (as the docs say the API does).

The answer's shape is not documented; the fake's is the one modelled
(``AnalyticsBreakdown``, ``AnalyticsGraph``).
"""

from __future__ import annotations

import collections
from collections.abc import Mapping
from typing import Final

from byteful_async.testing._data import Row
from byteful_async.testing._problems import bad

INTERVALS: Final = ("minute", "hour", "day", "month")


def _chosen(query: Mapping[str, str], summaries: list[Row]) -> list[Row]:
    start, end = query.get("period_start", ""), query.get("period_end", "9999")
    rows = [r for r in summaries if start <= r["log_summary_period"] <= end]
    for key, field in (
        ("hostname", "log_summary_hostname"),
        ("network", "log_summary_network"),
        ("proxy_user_id", "proxy_user_id"),
    ):
        if key in query:
            rows = [r for r in rows if r[field] == query[key]]
    return rows


def _by(rows: list[Row], field: str, label: str, limit: int) -> list[Row]:
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for row in rows:
        totals[row[field]][0] += row["log_summary_requests"]
        totals[row[field]][1] += row["log_summary_bytes"]
    ranked = sorted(totals.items(), key=lambda item: -item[1][1])[:limit]
    return [{label: key, "requests": r, "bytes": b} for key, (r, b) in ranked]


def breakdown(query: Mapping[str, str], summaries: list[Row]) -> Row:
    """Totals over the period, and the breakdowns asked for."""
    raw = query.get("limit", "10")
    if not raw.isdigit() or int(raw) < 1:
        raise bad("The limit field must be a positive integer.")
    rows = _chosen(query, summaries)
    limit = int(raw)
    answer: Row = {
        "period_start": min((r["log_summary_period"] for r in rows), default=None),
        "period_end": max((r["log_summary_period"] for r in rows), default=None),
        "requests": sum(r["log_summary_requests"] for r in rows),
        "bytes": sum(r["log_summary_bytes"] for r in rows),
    }
    for flag, field, label, key in (
        ("return_proxy_users", "proxy_user_id", "proxy_user_id", "proxy_users"),
        ("return_hostnames", "log_summary_hostname", "hostname", "hostnames"),
        ("return_networks", "log_summary_network", "network", "networks"),
    ):
        if query.get(flag) == "true":
            answer[key] = _by(rows, field, label, limit)
    return answer


def graph(query: Mapping[str, str], summaries: list[Row]) -> Row:
    """Points per day (or month) over the period; summaries are daily, so no finer."""
    interval = query.get("interval", "day")
    if interval not in INTERVALS:
        raise bad(f"The interval must be one of {', '.join(INTERVALS)}.")
    width = 7 if interval == "month" else 10  # YYYY-MM or YYYY-MM-DD
    points: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for row in _chosen(query, summaries):
        bucket = points[row["log_summary_period"][:width]]
        bucket[0] += row["log_summary_requests"]
        bucket[1] += row["log_summary_bytes"]
    series = [{"period": k, "requests": r, "bytes": b} for k, (r, b) in sorted(points.items())]
    return {"interval": "month" if interval == "month" else "day", "points": series}
