"""The proxy side's documented example bodies, served as the API's answer and read by the client.

Each body in tests/examples/ (transcribed from the page tests/examples/README.md names) is
sent by a loopback server as the answer to the call it documents, so it goes through the
transport, the envelope and the converter exactly as a live answer would; every field is
then checked for its value and type.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from byteful_async import (
    AsyncByteful,
    ChangeResult,
    City,
    IpProtocol,
    ProductType,
    Proxy,
    ProxyListOption,
    ProxyStatus,
    ProxyUser,
    ZipCode,
)
from byteful_async._calls._endpoint import Created
from tests.rogue import Rogue, json_answer

from .conftest import example


async def answered(
    name: str, call: Callable[[AsyncByteful], Awaitable[Any]], *, bare: bool = False
) -> tuple[Any, Any]:
    """What ``call`` returns when the server answers with example ``name`` (and the request).

    ``bare``: the page shows the object alone; it is sent in the retrieve envelope.
    """
    body = example(name)
    if bare:
        body = {"data": body, "message": "Proxy successfully retrieved."}

    async def handler(request: web.Request) -> web.StreamResponse:
        return json_answer(body, status=201 if "created" in body else 200)

    async with Rogue(handler) as server, server.client() as client:
        result = await call(client)
    return result, server.seen[0]


async def test_the_proxy_object_of_the_relationships_page() -> None:
    proxy, seen = await answered(
        "proxy_object",
        lambda c: c.proxies.retrieve("7a018d34-76c2-4c23-b14d-f7b9a7054e25"),
        bare=True,
    )
    assert seen.raw_path.endswith("/proxy/retrieve/7a018d34-76c2-4c23-b14d-f7b9a7054e25")
    assert isinstance(proxy, Proxy)
    assert proxy.proxy_id == "7a018d34-76c2-4c23-b14d-f7b9a7054e25"
    assert proxy.proxy_ip_address == "107.225.73.142"
    assert (proxy.proxy_http_port, proxy.proxy_socks5_port) == (8080, 1080)
    assert proxy.proxy_type is ProductType.ISP
    assert proxy.proxy_protocol is IpProtocol.IPV4
    assert proxy.proxy_status is ProxyStatus.IN_USE
    assert (proxy.asn_id, proxy.asn_name) == (7018, "AT&T Enterprises, LLC")
    assert type(proxy.asn_id) is int
    assert proxy.subnet_id == "107.225.72.0/22"
    assert (proxy.country_id, proxy.country_name) == ("us", "United States")
    assert (proxy.subdivision_id, proxy.subdivision_name) == ("us-tx", "Texas")
    assert (proxy.city_id, proxy.city_name) == (75202, "Dallas")
    assert type(proxy.city_id) is int
    assert proxy.city_timezone == "America/Chicago"
    assert (proxy.city_latitude, proxy.city_longitude) == (32.7767, -96.797)
    assert type(proxy.city_latitude) is float
    assert proxy.extra == {}


async def test_list_options() -> None:
    rows, seen = await answered(
        "proxy_list_options", lambda c: c.proxies.list_options(proxy_ids=["a", "b"])
    )
    assert (seen.method, seen.body) == ("POST", b'{"proxy_ids":["a","b"]}')
    assert rows == [
        ProxyListOption(has_access=True, proxy_user_id="stevejobs", proxy_user_is_default=False)
    ]


async def test_a_proxy_user_create_gives_the_name_and_the_password() -> None:
    made, seen = await answered(
        "proxy_user_create",
        lambda c: c.proxy_users.create(proxy_user_id="stevejobs", proxy_user_password="apple1984"),
    )
    assert seen.method == "POST"
    assert isinstance(made, Created) and made.created == ["stevejobs"]
    assert made.message == "Proxy User successfully created."
    assert isinstance(made.data, ProxyUser)
    assert made.data.proxy_user_id == "stevejobs"
    assert made.data.proxy_user_password == "apple1984"
    assert "apple1984" not in repr(made)


async def test_an_acl_create_gives_ids_alone() -> None:
    made, _ = await answered(
        "proxy_user_acl_create",
        lambda c: c.proxy_user_acls.create(proxy_user_id="stevejobs", service_id="API-1234-5678"),
    )
    assert made == Created(
        created=["550e8400-e29b-41d4-a716-446655440000"],
        data=None,
        message="Proxy User ACL successfully created.",
    )


async def test_a_proxy_user_edit_names_the_acls_it_removed() -> None:
    changed, seen = await answered(
        "proxy_user_edit",
        lambda c: c.proxy_users.edit(
            "stevejobs", proxy_user_access_type="all", clear_proxy_user_acl=True
        ),
    )
    assert seen.method == "PATCH"
    assert isinstance(changed, ChangeResult)
    assert changed.edited == ["stevejobs"]
    assert changed.proxy_user_acl_deleted == ["123e4567-e89b-12d3-a456-426614174000"]
    assert changed.message == "Proxy User successfully edited."


async def test_a_cancel_reads_edited_and_proxy_edited() -> None:
    ended, seen = await answered(
        "service_cancel",
        lambda c: c.services.cancel("API-1234-5678", cancel_feedback="too_expensive"),
    )
    assert (seen.method, seen.body) == ("DELETE", b'{"cancel_feedback":"too_expensive"}')
    assert isinstance(ended, ChangeResult)
    assert ended.edited == ["API-1234-5678"]
    # The page types the list integer[]; its example (and the model) hold UUID strings.
    assert ended.proxy_edited == [
        "a7f8b4f1-da8d-4e9f-bdd2-21e74d2eafff",
        "f5bade6e-29b2-4a8a-bd4d-21c528794dd6",
    ]
    assert ended.extra == {}


async def test_the_city_search_example() -> None:
    page, _ = await answered("city_search", lambda c: c.cities.search(city_name="Paris"))
    (paris,) = page.items
    assert isinstance(paris, City)
    assert (paris.city_id, paris.city_name, paris.city_alias) == (379657, "Paris", "City of Lights")
    assert (paris.city_latitude, paris.city_longitude) == (48.85341, 2.3488)
    assert paris.city_population == 2138551 and paris.city_is_populous is True
    assert (paris.city_timezone, paris.city_example_postcode) == ("Europe/Paris", "75004")
    assert paris.subdivision_id == "Ile-de-France"
    assert paris.extra == {}
    assert (page.per_page, page.total_count) == (10, 1)


async def test_the_zip_code_search_example() -> None:
    page, _ = await answered("zip_code_search", lambda c: c.zip_codes.search())
    assert page.items == [
        ZipCode(
            zip_code_id=123, zip_code_alias="kt3", subdivision_id="ru-irk", zip_code_node_count=1234
        )
    ]
