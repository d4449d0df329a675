"""The fake account's starting rows: the customer, its proxy users, access rules, adjustments."""

from __future__ import annotations

from datetime import datetime

from byteful_async.testing._data import CUSTOMER_ID, Row, stable_uuid
from byteful_async.testing._proxy_users import proxy_user_row
from byteful_async.testing._services import DEFAULT_PROXY_USER


def customer_row(credit: int, pools: frozenset[str], created: datetime) -> Row:
    """The customer: every documented field, an active service for each pool it has."""
    return {
        "customer_id": CUSTOMER_ID,
        "customer_email_address": "steve@example.com",
        "customer_first_name": "Steve",
        "customer_last_name": "Jobs",
        "credit_balance": credit,
        "customer_proxy_user_limit": 10,
        "proxy_count": 5,
        "active_residential_service_id": "API-1955-0001" if "residential" in pools else None,
        "active_mobile_service_id": "API-1955-0002" if "mobile" in pools else None,
        "customer_creation_datetime": created.strftime("%Y-%m-%d %H:%M:%S"),
        # The rest of the documented customer object (customer_reference.json).
        "country_id": "us",
        "country_id_billing": "us",
        "customer_billing_name": "Steve Jobs",
        "customer_billing_line_one": "1",
        "customer_billing_line_two": "Infinite Loop",
        "customer_billing_subdivision_name": "Cupertino",
        "customer_billing_zip_code": "95014",
        "customer_discord_id": None,
        "customer_discord_oauth_id": None,
        "customer_google_oauth_id": None,
        "customer_email_two_factor_authentication": False,
        "customer_iso_language_code": "en",
        "customer_last_login_datetime": created.strftime("%Y-%m-%d %H:%M:%S"),
        "customer_last_update_datetime": created.strftime("%Y-%m-%d %H:%M:%S"),
        "customer_phone_number": "+14085551955",
        "customer_profile_image_url": None,
        "customer_requires_information_confirm": False,
        "customer_requires_password_change": False,
    }


def starting_proxy_users(seed: int) -> list[Row]:
    """The default user, an unrestricted one with metadata, and a service-restricted one."""
    return [
        proxy_user_row(seed, DEFAULT_PROXY_USER, default=True),
        proxy_user_row(seed, "ads_team_user1", proxy_user_metadata={"team": "ads", "region": "us"}),
        proxy_user_row(
            seed,
            "scraper_bot_02",
            proxy_user_access_type="service_restricted",
            proxy_user_metadata={"team": "data"},
        ),
    ]


def starting_acls(seed: int, created: datetime) -> list[Row]:
    """The restricted user may use the ISP service."""
    return [
        {
            "proxy_user_acl_id": stable_uuid(seed, "acl", "scraper_bot_02"),
            "proxy_user_id": "scraper_bot_02",
            "service_id": "API-1955-0003",
            "proxy_id": None,
            "proxy_user_acl_creation_datetime": created.strftime("%Y-%m-%d %H:%M:%S"),
        }
    ]


def ingestions(seed: int, services: list[Row]) -> list[Row]:
    """One completed ingestion adjustment per starting service."""
    return [
        {
            "service_adjustment_id": 200 + n,
            "service_id": service["service_id"],
            "invoice_id": f"in_{stable_uuid(seed, 'invoice', n)[:18]}",
            "service_adjustment_type": "ingestion",
            "service_adjustment_status": "complete",
            "service_adjustment_pre": {},
            "service_adjustment_post": {"service_status": "active"},
            "service_adjustment_eval": {"service_status": [None, "active"]},
            "service_adjustment_is_administrator": False,
            "service_adjustment_is_automatic": True,
            "service_adjustment_is_customer": True,
            "service_adjustment_creation_datetime": service["service_creation_datetime"],
            "service_adjustment_last_update_datetime": service["service_creation_datetime"],
        }
        for n, service in enumerate(services)
    ]
