"""Service rules of the fake account: what a service row holds, and editing or ending one."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Final

from byteful_async.testing._data import CUSTOMER_ID, Row, now_stamp, stable_uuid
from byteful_async.testing._manifest import message
from byteful_async.testing._pricing import CATALOG
from byteful_async.testing._problems import Problem, bad, not_found

DEFAULT_PROXY_USER: Final = "default_user"
"""The account's default proxy user (its user name)."""

_GEO: Final[dict[str, Row]] = {
    "us": {
        "country_id": "us",
        "country_name": "United States",
        "subdivision_id": "us-tx",
        "subdivision_name": "Texas",
        "city_id": 4671654,
        "city_name": "Austin",
        "city_timezone": "America/Chicago",
        "city_latitude": 30.2672,
        "city_longitude": -97.7431,
        "city_example_postcode": "78701",
    },
    "gb": {
        "country_id": "gb",
        "country_name": "United Kingdom",
        "subdivision_id": "gb-eng",
        "subdivision_name": "England",
        "city_id": 2643743,
        "city_name": "London",
        "city_timezone": "Europe/London",
        "city_latitude": 51.5074,
        "city_longitude": -0.1278,
        "city_example_postcode": "EC1A 1BB",
    },
}


class ServiceRules:
    """The service operations, mixed into the account (which holds ``services``)."""

    services: list[Row]
    proxies: list[Row]
    version: int
    _seed: int

    def _search(self, name: str, rows: list[Row], query: Mapping[str, str]) -> tuple[int, Any]:
        raise NotImplementedError  # the account's

    @staticmethod
    def _one(data: Any, message: str) -> tuple[int, Any]:
        return 200, {"data": data, "message": message}

    def _service_row(
        self, service_id: str, kind: str, code: str, quantity: int, created: datetime
    ) -> Row:
        entry, cents = CATALOG[code]
        stamp = created.strftime("%Y-%m-%d %H:%M:%S")
        expiry = (created + timedelta(days=430)).strftime("%Y-%m-%d %H:%M:%S")
        return {
            "service_id": service_id,
            "service_name": entry["product_name"],
            "service_type": kind,
            "service_protocol": entry["product_protocol"],
            "service_quantity": quantity,
            "service_status": "active",
            "service_cycle": "1:month",
            "service_total": cents * quantity,
            "service_creation_datetime": stamp,
            "service_last_update_datetime": stamp,
            "service_dispatch_datetime": stamp,
            "service_expiry_datetime": expiry,
            "service_is_automatic_collection": True,
            "service_is_pending_cancellation": False,
            "service_is_cancellable": True,
            "service_metadata": {},
            "service_fulfillment_filter": {},
            "service_image": None,
            "service_price_id": f"price_{code}",
            "service_promotional_code": None,
            "service_subscription_id": f"sub_{service_id}",
            "payment_method_id": None,
            "product_id": f"prod_{code}",
            "country_id": entry["country_id"],
            "customer_id": CUSTOMER_ID,
        }

    def _make_proxies(self, service: Row) -> list[Row]:
        """The proxies a new ISP or datacenter service comes with (others have none)."""
        if service["service_type"] not in ("isp", "datacenter"):
            return []
        country = service.get("country_id") or "us"
        return [
            {
                "proxy_id": stable_uuid(self._seed, "proxy", service["service_id"], n),
                "service_id": service["service_id"],
                "customer_id": CUSTOMER_ID,
                "proxy_ip_address": f"192.0.2.{10 + n}",
                "proxy_http_port": 8080,
                "proxy_socks5_port": 1080,
                "proxy_username": f"user{n}",
                "proxy_password": f"pw-{stable_uuid(self._seed, 'pw', n)[:8]}",
                "proxy_protocol": "ipv4",
                "proxy_status": "in_use",
                "proxy_type": service["service_type"],
                **_GEO.get(country, _GEO["us"]),
                "asn_id": 7018,
                "asn_name": "AT&T Services, Inc.",
                "subnet_id": "192.0.2.0/24",
                "proxy_user_ids": [DEFAULT_PROXY_USER],
                "default_proxy_user_username": DEFAULT_PROXY_USER,
                "proxy_last_update_datetime": service["service_creation_datetime"],
            }
            for n in range(service["service_quantity"])
        ]

    def _proxies_of(self, service: Row) -> list[Row]:
        return [p for p in self.proxies if p["service_id"] == service["service_id"]]

    def _find_service(self, ident: str | None) -> Row:
        for service in self.services:
            if service["service_id"] == ident:
                return service
        raise not_found("service")

    def _service_one(self, ident: str | None, query: Mapping[str, str]) -> tuple[int, Any]:
        service = dict(self._find_service(ident))
        flag = query.get("proxies")
        if flag not in (None, "true", "false"):
            raise bad("The proxies field must be true or false.")
        if flag == "true":
            service["proxies"] = self._proxies_of(service)
        return self._one(service, message("services.retrieve"))

    def _service_search(self, query: Mapping[str, str]) -> tuple[int, Any]:
        flag = query.get("proxies")
        if flag not in (None, "true", "false"):
            raise bad("The proxies field must be true or false.")
        rest = {k: v for k, v in query.items() if k != "proxies"}
        status, payload = self._search("services.search", self.services, rest)
        if flag == "true":
            for service in payload["data"]:
                service["proxies"] = self._proxies_of(service)
        return status, payload

    def _service_edit(self, ident: str | None, body: Any) -> tuple[int, Any]:
        service = self._find_service(ident)
        allowed = {
            "service_is_automatic_collection",
            "service_is_pending_cancellation",
            "payment_method_id",
            "service_metadata",
            "cancel_comment",
            "cancel_feedback",
        }
        if not isinstance(body, dict) or not body:
            raise bad("Nothing to edit.")
        unknown = set(body) - allowed
        if unknown:
            raise bad(f"Unknown field {sorted(unknown)[0]}.")
        meta = body.get("service_metadata")
        if meta is not None and (not isinstance(meta, dict) or len(meta) > 30):
            raise Problem(
                422,
                "Unprocessable Entity",
                "service_metadata must be a flat object of at most 30 keys.",
            )
        service.update(
            {k: v for k, v in body.items() if k in allowed and not k.startswith("cancel_")}
        )
        service["service_last_update_datetime"] = now_stamp()
        self.version += 1
        return 200, {"edited": [service["service_id"]], "message": message("services.edit")}

    def _service_cancel(self, ident: str | None, body: Any) -> tuple[int, Any]:
        service = self._find_service(ident)
        if service["service_status"] == "canceled":
            raise Problem(409, "Conflict", "The service is already canceled.")
        service["service_status"] = "canceled"
        self.version += 1
        # As documented: the service under "edited", its proxies under "proxy_edited".
        return 200, {
            "edited": [service["service_id"]],
            "proxy_edited": [p["proxy_id"] for p in self._proxies_of(service)],
            "message": message("services.cancel"),
        }
