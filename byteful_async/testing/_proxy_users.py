"""Proxy-user rules of the fake account: credentials, access types and access rules (ACLs).

The documented rules: the default user always has access type ``all`` and cannot be
deleted; a service ACL needs a ``service_restricted`` user, a proxy ACL a
``proxy_restricted`` one, and exactly one of the two is named; moving a user that has ACLs
back to ``all`` needs ``clear_proxy_user_acl``, which deletes them; user names and
passwords are 10 to 32 characters (passwords letters and digits only); an account has at
most ``customer_proxy_user_limit`` users.
"""

from __future__ import annotations

import re
from typing import Any, Final

from byteful_async.testing._data import CUSTOMER_ID, Row, now_stamp, stable_uuid
from byteful_async.testing._manifest import message
from byteful_async.testing._problems import Problem, bad, not_found, unprocessable

_NAME: Final = re.compile(r"[A-Za-z0-9_-]{10,32}")
_PASSWORD: Final = re.compile(r"[A-Za-z0-9]{10,32}")
_ACCESS_TYPES: Final = ("all", "service_restricted", "proxy_restricted")
_USER_FIELDS: Final = {
    "proxy_user_id",
    "proxy_user_password",
    "proxy_user_access_type",
    "proxy_user_is_strict_security",
    "proxy_user_enforce_https",
    "ip_address_authentications",
    "proxy_user_metadata",
    "proxy_user_residential_bytes_limit",
    "proxy_user_mobile_bytes_limit",
}


def proxy_user_row(seed: int, name: str, *, default: bool = False, **fields: Any) -> Row:
    """A proxy user as the API shows it."""
    stamp = now_stamp()
    return {
        "proxy_user_id": name,
        "proxy_user_password": stable_uuid(seed, "proxy user password", name).replace("-", "")[:20],
        "proxy_user_access_type": "all",
        "proxy_user_is_default": default,
        "proxy_user_is_deleted": False,
        "proxy_user_is_strict_security": False,
        "proxy_user_enforce_https": False,
        "proxy_user_residential_bytes_limit": None,
        "proxy_user_residential_bytes_used": 0,
        "proxy_user_mobile_bytes_limit": None,
        "proxy_user_mobile_bytes_used": 0,
        "proxy_user_metadata": {},
        "ip_address_authentications": [],
        "proxy_user_ip_address_authentication_limit": 3,
        "customer_id": CUSTOMER_ID,
        "proxy_user_creation_datetime": stamp,
        "proxy_user_last_update_datetime": stamp,
        **fields,
    }


def _checked_fields(body: Any, *, editing: bool) -> Row:
    if not isinstance(body, dict):
        raise bad("The request body must be a JSON object.")
    allowed = (
        (_USER_FIELDS - {"proxy_user_id"}) | {"clear_proxy_user_acl"} if editing else _USER_FIELDS
    )
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise bad(f"Unknown field {unknown[0]}.")
    name = body.get("proxy_user_id")
    if name is not None and (not isinstance(name, str) or not _NAME.fullmatch(name)):
        raise bad("The proxy_user_id must be 10 to 32 letters, digits, _ or -.")
    password = body.get("proxy_user_password")
    if password is not None and (
        not isinstance(password, str) or not _PASSWORD.fullmatch(password)
    ):
        raise bad("The proxy_user_password must be 10 to 32 letters and digits.")
    access = body.get("proxy_user_access_type")
    if access is not None and access not in _ACCESS_TYPES:
        raise bad(f"The proxy_user_access_type must be one of {', '.join(_ACCESS_TYPES)}.")
    meta = body.get("proxy_user_metadata")
    if meta is not None and (not isinstance(meta, dict) or len(meta) > 30):
        raise unprocessable("proxy_user_metadata must be a flat object of at most 30 keys.")
    return body


class ProxyUserRules:
    """The proxy-user and ACL operations, mixed into the account."""

    customer: Row
    services: list[Row]
    proxies: list[Row]
    proxy_users: list[Row]
    acls: list[Row]
    version: int
    _seed: int

    def _user(self, name: str | None) -> Row:
        for user in self.proxy_users:
            if user["proxy_user_id"] == name and not user["proxy_user_is_deleted"]:
                return user
        raise not_found("proxy user")

    def _create_user(self, body: Any) -> tuple[int, Any]:
        fields = _checked_fields(body, editing=False)
        live = [u for u in self.proxy_users if not u["proxy_user_is_deleted"]]
        if len(live) >= self.customer["customer_proxy_user_limit"]:
            raise unprocessable("The account has reached its proxy user limit.")
        name = (
            fields.get("proxy_user_id")
            or "pu"
            + stable_uuid(self._seed, "proxy user", len(self.proxy_users)).replace("-", "")[:14]
        )
        if any(u["proxy_user_id"] == name for u in self.proxy_users):
            raise Problem(409, "Conflict", "A proxy user with this proxy_user_id already exists.")
        user = proxy_user_row(
            self._seed, name, **{k: v for k, v in fields.items() if v is not None}
        )
        self.proxy_users.append(user)
        self.version += 1
        data = {"proxy_user_id": name, "proxy_user_password": user["proxy_user_password"]}
        return 201, {"created": [name], "data": data, "message": message("proxy_users.create")}

    def _edit_user(self, name: str | None, body: Any) -> tuple[int, Any]:
        user = self._user(name)
        fields = _checked_fields(body, editing=True)
        if not fields:
            raise bad("Nothing to edit.")
        access = fields.get("proxy_user_access_type")
        if user["proxy_user_is_default"] and access not in (None, "all"):
            raise unprocessable("The default proxy user must keep access type all.")
        rules = [a for a in self.acls if a["proxy_user_id"] == user["proxy_user_id"]]
        deleted: list[str] = []
        if access == "all" and rules:
            if not fields.get("clear_proxy_user_acl"):
                raise unprocessable(
                    "The proxy user has ACLs: set clear_proxy_user_acl to move it to all."
                )
            deleted = [a["proxy_user_acl_id"] for a in rules]
            self.acls[:] = [a for a in self.acls if a["proxy_user_acl_id"] not in deleted]
        for limit in ("proxy_user_residential_bytes_limit", "proxy_user_mobile_bytes_limit"):
            used = user[limit.replace("_limit", "_used")] or 0
            if fields.get(limit) is not None and fields[limit] < used:
                raise unprocessable(f"The {limit} cannot be below what the user has used.")
        user.update({k: v for k, v in fields.items() if k != "clear_proxy_user_acl"})
        user["proxy_user_last_update_datetime"] = now_stamp()
        self.version += 1
        return 200, {
            "edited": [user["proxy_user_id"]],
            "message": message("proxy_users.edit"),
            "proxy_user_acl_deleted": deleted,
        }

    def _delete_user(self, name: str | None) -> tuple[int, Any]:
        user = self._user(name)
        if user["proxy_user_is_default"]:
            raise unprocessable("The default proxy user cannot be deleted.")
        user["proxy_user_is_deleted"] = True
        self.acls[:] = [a for a in self.acls if a["proxy_user_id"] != user["proxy_user_id"]]
        self.version += 1
        return 200, {
            "deleted": [user["proxy_user_id"]],
            "message": message("proxy_users.delete"),
        }

    def _create_acl(self, body: Any) -> tuple[int, Any]:
        if not isinstance(body, dict) or set(body) - {"proxy_user_id", "service_id", "proxy_id"}:
            raise bad("The body takes proxy_user_id and one of service_id or proxy_id.")
        user = self._user(body.get("proxy_user_id"))
        targets = [k for k in ("service_id", "proxy_id") if body.get(k) is not None]
        if len(targets) != 1:
            raise bad("Give exactly one of service_id or proxy_id.")
        target = targets[0]
        needed = "service_restricted" if target == "service_id" else "proxy_restricted"
        if user["proxy_user_is_default"] or user["proxy_user_access_type"] != needed:
            raise unprocessable(f"A {target} ACL needs a proxy user with access type {needed}.")
        pool = self.services if target == "service_id" else self.proxies
        if not any(row[target] == body[target] for row in pool):
            raise not_found("service" if target == "service_id" else "proxy")
        acl = {
            "proxy_user_acl_id": stable_uuid(self._seed, "acl", len(self.acls), body[target]),
            "proxy_user_id": user["proxy_user_id"],
            "service_id": body.get("service_id"),
            "proxy_id": body.get("proxy_id"),
            "proxy_user_acl_creation_datetime": now_stamp(),
        }
        self.acls.append(acl)
        self.version += 1
        created = [acl["proxy_user_acl_id"]]
        return 201, {"created": created, "message": message("proxy_user_acls.create")}

    def _delete_acl(self, ident: str | None) -> tuple[int, Any]:
        for acl in self.acls:
            if acl["proxy_user_acl_id"] == ident:
                self.acls.remove(acl)
                self.version += 1
                return 200, {"deleted": [ident], "message": message("proxy_user_acls.delete")}
        raise not_found("proxy user acl")
