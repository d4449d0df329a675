"""Prometheus metrics of an account watch: the gauges a dashboard charts, served over HTTP.

::

    from byteful_async.metrics import WatchMetrics

    metrics = WatchMetrics()
    metrics.serve(9464)                       # http://127.0.0.1:9464/metrics
    async for snap in client.watch(interval=60):
        metrics.update(snap)

``byteful watch --metrics-port 9464`` does the same. Needs the ``prometheus`` extra
(``prometheus-client``). Each instance keeps its own registry, so two watches in one process
do not mix their figures.

The metrics:

* ``byteful_credit_balance_cents``;
* ``byteful_bytes_left{pool}`` and ``byteful_days_left{pool}`` (``residential``, ``mobile``;
  a pool the account does not have is left out);
* ``byteful_active_services``;
* ``byteful_proxy_user_bytes_used{proxy_user,pool}``, when the watch follows the proxy users
  (a per-user floor or ``limit_share``);
* ``byteful_watch_errors_total``: snapshots that could not be taken;
* ``byteful_last_success_timestamp_seconds``: when the last snapshot was taken whole (an
  alert on ``time() - byteful_last_success_timestamp_seconds`` catches a watch that stalls).
"""

from __future__ import annotations

from typing import Any

from byteful_async._basics._install import install_command
from byteful_async._bots._watch import Snapshot

POOLS = ("residential", "mobile")


class WatchMetrics:
    """The watch's gauges in a registry of their own; :meth:`update` them with each snapshot."""

    def __init__(self) -> None:
        try:
            import prometheus_client as prometheus
        except ImportError:
            raise RuntimeError(
                f"Prometheus metrics need prometheus-client: {install_command('prometheus')}"
            ) from None
        self._prometheus: Any = prometheus
        self.registry = prometheus.CollectorRegistry()
        gauge, counter, registry = prometheus.Gauge, prometheus.Counter, self.registry
        self.credit = gauge(
            "byteful_credit_balance_cents", "Account credit, in cents", registry=registry
        )
        self.bytes_left = gauge(
            "byteful_bytes_left", "Data left in the pool, in bytes", ["pool"], registry=registry
        )
        self.days_left = gauge(
            "byteful_days_left",
            "The pool over the last week's daily use",
            ["pool"],
            registry=registry,
        )
        self.services = gauge(
            "byteful_active_services", "Services with status active", registry=registry
        )
        self.errors = counter(
            "byteful_watch_errors", "Snapshots that could not be taken", registry=registry
        )
        self.user_used = gauge(
            "byteful_proxy_user_bytes_used",
            "Bytes a proxy user has used of the pool (when the watch follows proxy users)",
            ["proxy_user", "pool"],
            registry=registry,
        )
        self.last_success = gauge(
            "byteful_last_success_timestamp_seconds",
            "When the last whole snapshot was taken (Unix time)",
            registry=registry,
        )
        self._server: Any = None
        self._shown: set[tuple[str, str]] = set()  # (gauge, pool) pairs with a value now

    def update(self, snap: Snapshot) -> None:
        """Take in one snapshot: its figures, or the count of a failed one."""
        if snap.error is not None:
            self.errors.inc()
            return
        if snap.credit_balance is not None:
            self.credit.set(snap.credit_balance)
        for pool in POOLS:
            for name, gauge, value in (
                ("bytes", self.bytes_left, getattr(snap, f"{pool}_bytes_left")),
                ("days", self.days_left, getattr(snap, f"{pool}_days_left")),
            ):
                if value is not None:
                    gauge.labels(pool).set(value)
                    self._shown.add((name, pool))
                elif (name, pool) in self._shown:  # a pool the account no longer has
                    gauge.remove(pool)
                    self._shown.discard((name, pool))
        self.services.set(len(snap.active_services))
        for name, user in snap.proxy_users.items():
            for pool in POOLS:
                used = getattr(user, f"proxy_user_{pool}_bytes_used")
                if used is not None:
                    self.user_used.labels(name, pool).set(used)
        self.last_success.set(snap.at.timestamp())

    def text(self) -> str:
        """The metrics in Prometheus' text format (what a scrape gets)."""
        exposition: bytes = self._prometheus.generate_latest(self.registry)
        return exposition.decode()

    def serve(self, port: int, host: str = "127.0.0.1") -> int:
        """Serve ``/metrics`` on ``host:port`` from a thread; the port (0 picks a free one).

        On 127.0.0.1 by default: the figures are the account's, so a wider address is the
        caller's explicit choice.
        """
        server, _ = self._prometheus.start_http_server(port, addr=host, registry=self.registry)
        self._server = server
        bound: int = server.server_address[1]
        return bound

    def close(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
