"""The API's resources: one typed method per endpoint, each a declaration over the core.

Adding an endpoint is an :class:`Endpoint` (method, path, returned model, envelope, filters or
body, retry safety) plus a method that names its arguments and calls ``_call`` or
``_search``. Everything else (checking, encoding, sending, retrying, decoding) is shared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, TypeVar, Unpack

from byteful_async._endpoint import (
    USER,
    Endpoint,
    Envelope,
    retrieve_endpoint,
    search_endpoint,
)
from byteful_async._pagination import AsyncPaginator
from byteful_async._params import check_value, encode_body, encode_filters, path_id
from byteful_async._transport import Timeout
from byteful_async.models import (
    CatalogProduct,
    ChangeResult,
    Checkout,
    CheckoutFields,
    CheckoutRequest,
    CreditTopUp,
    Customer,
    MobileLedger,
    MobileLedgerSearchFilters,
    MobileSummary,
    Product,
    ProductSearchFilters,
    Quote,
    ResidentialLedger,
    ResidentialLedgerSearchFilters,
    ResidentialSummary,
    Service,
    ServiceAdjustment,
    ServiceAdjustmentSearchFilters,
    ServiceCancelFields,
    ServiceCancelRequest,
    ServiceEditFields,
    ServiceEditRequest,
    ServiceSearchFilters,
)

if TYPE_CHECKING:
    from byteful_async._client import AsyncByteful

T = TypeVar("T")

_PURCHASE_ADVICE: Final = (
    "the purchase may have gone through and was not sent again; before buying again, look "
    "for the new service: client.services.search(sort_by='service_creation_datetime_desc')"
)
_TOP_UP_ADVICE: Final = (
    "the top-up may have gone through and was not sent again; check the credit balance "
    "(client.customer.retrieve()) before trying again"
)


class Resource:
    """Base of every resource: holds the client and forwards to its request core."""

    def __init__(self, client: AsyncByteful) -> None:
        self._client = client

    async def _call(
        self,
        endpoint: Endpoint[T],
        *ids: str,
        query: dict[str, str] | None = None,
        body: Any = None,
        timeout: Timeout | None = None,
    ) -> T:
        return await self._client._call(endpoint, ids, query=query, body=body, timeout=timeout)

    def _search(self, endpoint: Endpoint[T], filters: dict[str, Any]) -> AsyncPaginator[T]:
        assert endpoint.filters is not None
        query = encode_filters(endpoint.name, endpoint.filters, filters, rows=endpoint.returns)
        return self._client._paginate(endpoint, query)


# -- customer and data pools ------------------------------------------------------------------

_CUSTOMER: Final[Endpoint[Customer]] = Endpoint(
    name="customer.retrieve", method="GET", path=f"{USER}/customer/retrieve", returns=Customer
)


class CustomerResource(Resource):
    """The account that owns the API keys."""

    async def retrieve(self, *, timeout: Timeout | None = None) -> Customer:
        """The authenticated customer: credit balance, data left, active services."""
        return await self._call(_CUSTOMER, timeout=timeout)


_RESIDENTIAL_LEDGER_RETRIEVE: Final = retrieve_endpoint(
    "residential_ledger", "residential_ledger", ResidentialLedger
)
_RESIDENTIAL_LEDGER_SEARCH: Final = search_endpoint(
    "residential_ledger",
    "residential_ledger",
    ResidentialLedger,
    ResidentialLedgerSearchFilters,
    "residential_ledger_id",
)
_MOBILE_LEDGER_RETRIEVE: Final = retrieve_endpoint("mobile_ledger", "mobile_ledger", MobileLedger)
_MOBILE_LEDGER_SEARCH: Final = search_endpoint(
    "mobile_ledger", "mobile_ledger", MobileLedger, MobileLedgerSearchFilters, "mobile_ledger_id"
)


class ResidentialLedgerResource(Resource):
    """The residential data ledger: one row per change to the residential data pool."""

    async def retrieve(
        self, residential_ledger_id: str, *, timeout: Timeout | None = None
    ) -> ResidentialLedger:
        """One ledger entry by its id (a UUID)."""
        rid = path_id("residential_ledger.retrieve", "residential_ledger_id", residential_ledger_id)
        return await self._call(_RESIDENTIAL_LEDGER_RETRIEVE, rid, timeout=timeout)

    def search(
        self, **filters: Unpack[ResidentialLedgerSearchFilters]
    ) -> AsyncPaginator[ResidentialLedger]:
        """Entries matching the filters; nothing is sent until the paginator is used.

        Filters are the API's query names, e.g. ``residential_ledger_reason="usage"``,
        ``min_residential_ledger_period_date=date(2026, 1, 1)``.
        """
        return self._search(_RESIDENTIAL_LEDGER_SEARCH, dict(filters))


class MobileLedgerResource(Resource):
    """The mobile data ledger: one row per change to the mobile data pool."""

    async def retrieve(
        self, mobile_ledger_id: str, *, timeout: Timeout | None = None
    ) -> MobileLedger:
        """One ledger entry by its id (a UUID)."""
        rid = path_id("mobile_ledger.retrieve", "mobile_ledger_id", mobile_ledger_id)
        return await self._call(_MOBILE_LEDGER_RETRIEVE, rid, timeout=timeout)

    def search(self, **filters: Unpack[MobileLedgerSearchFilters]) -> AsyncPaginator[MobileLedger]:
        """Entries matching the filters; nothing is sent until the paginator is used.

        Filters are the API's query names, e.g. ``mobile_ledger_reason="usage"``.
        """
        return self._search(_MOBILE_LEDGER_SEARCH, dict(filters))


_RESIDENTIAL_SUMMARY: Final[Endpoint[ResidentialSummary]] = Endpoint(
    name="residential.summary",
    method="GET",
    path=f"{USER}/residential/summary",
    returns=ResidentialSummary,
)
_MOBILE_SUMMARY: Final[Endpoint[MobileSummary]] = Endpoint(
    name="mobile.summary", method="GET", path=f"{USER}/mobile/summary", returns=MobileSummary
)


class ResidentialResource(Resource):
    """The residential data pool."""

    async def summary(self, *, timeout: Timeout | None = None) -> ResidentialSummary:
        """Bytes bought, used and left, and the active residential service."""
        return await self._call(_RESIDENTIAL_SUMMARY, timeout=timeout)


class MobileResource(Resource):
    """The mobile data pool."""

    async def summary(self, *, timeout: Timeout | None = None) -> MobileSummary:
        """Bytes bought, used and left, and the active mobile service."""
        return await self._call(_MOBILE_SUMMARY, timeout=timeout)


# -- catalog and buying ----------------------------------------------------------------------

_CATALOG: Final[Endpoint[dict[str, CatalogProduct]]] = Endpoint(
    name="checkout.catalog",
    method="GET",
    path=f"{USER}/checkout/catalog",
    returns=dict[str, CatalogProduct],
)
# A quote only reads prices, so it may be resent like a GET.
_QUOTE: Final[Endpoint[Quote]] = Endpoint(
    name="checkout.quote",
    method="POST",
    path=f"{USER}/checkout/quote",
    returns=Quote,
    body=CheckoutRequest,
    retry_safe=True,
)
_CREATE: Final[Endpoint[Checkout]] = Endpoint(
    name="checkout.create",
    method="POST",
    path=f"{USER}/checkout/create",
    returns=Checkout,
    body=CheckoutRequest,
    advice=_PURCHASE_ADVICE,
)
_TOP_UP: Final[Endpoint[CreditTopUp]] = Endpoint(
    name="checkout.top_up",
    method="POST",
    path=f"{USER}/checkout/create",
    returns=CreditTopUp,
    body=CheckoutRequest,
    advice=_TOP_UP_ADVICE,
)


class CheckoutResource(Resource):
    """The catalog, quotes, purchases and credit top-ups."""

    async def catalog(self, *, timeout: Timeout | None = None) -> dict[str, CatalogProduct]:
        """Every product on sale, keyed by product code (``isp_us``, ``residential_global``...)."""
        return await self._call(_CATALOG, timeout=timeout)

    async def quote(
        self, *, timeout: Timeout | None = None, **fields: Unpack[CheckoutFields]
    ) -> Quote:
        """Price a purchase without buying (``product_code``, ``quantity``, ...)."""
        body = encode_body("checkout.quote", CheckoutRequest, fields)
        return await self._call(_QUOTE, body=body, timeout=timeout)

    async def create(
        self, *, timeout: Timeout | None = None, **fields: Unpack[CheckoutFields]
    ) -> Checkout:
        """Buy: credit is applied first; any rest is invoiced (``Checkout.invoice_url``).

        Sent at most once. If the connection fails or the API answers 5xx after the request
        left, or a 2xx body cannot be decoded, the error has ``outcome_unknown=True`` and its
        ``advice`` says how to find out whether the purchase went through; nothing is resent.
        """
        body = encode_body("checkout.create", CheckoutRequest, fields)
        return await self._call(_CREATE, body=body, timeout=timeout)

    async def top_up(self, amount_cents: int, *, timeout: Timeout | None = None) -> CreditTopUp:
        """Add ``amount_cents`` of account credit (5000 is $50.00); pay at the invoice URL.

        Sent at most once, like :meth:`create`.
        """
        check_value("checkout.top_up", "amount_cents", amount_cents, int)
        body = encode_body(
            "checkout.top_up",
            CheckoutRequest,
            {
                "product_code": "credit",
                "quantity": 1,
                "cycle_interval": "month",
                "cycle_interval_count": 1,
                "top_up_amount": amount_cents,
            },
        )
        return await self._call(_TOP_UP, body=body, timeout=timeout)


_PRODUCT_SEARCH: Final = search_endpoint(
    "products", "product", Product, ProductSearchFilters, "product_id"
)


class ProductsResource(Resource):
    """Products with their prices and stock."""

    def search(self, **filters: Unpack[ProductSearchFilters]) -> AsyncPaginator[Product]:
        """Products matching the filters (e.g. ``product_type="isp", country_id="us"``)."""
        return self._search(_PRODUCT_SEARCH, dict(filters))


# -- services ---------------------------------------------------------------------------------

_SERVICE_RETRIEVE: Final = retrieve_endpoint("services", "service", Service)
_SERVICE_SEARCH: Final = search_endpoint(
    "services", "service", Service, ServiceSearchFilters, "service_id"
)
_SERVICE_EDIT: Final[Endpoint[ChangeResult]] = Endpoint(
    name="services.edit",
    method="PATCH",
    path=f"{USER}/service/edit/{{}}",
    returns=ChangeResult,
    envelope=Envelope.BODY,
    body=ServiceEditRequest,
)
_SERVICE_CANCEL: Final[Endpoint[ChangeResult]] = Endpoint(
    name="services.cancel",
    method="DELETE",
    path=f"{USER}/service/cancel/{{}}",
    returns=ChangeResult,
    envelope=Envelope.BODY,
    body=ServiceCancelRequest,
)


class ServicesResource(Resource):
    """The services (subscriptions) on the account."""

    async def retrieve(
        self, service_id: str, *, proxies: bool = False, timeout: Timeout | None = None
    ) -> Service:
        """One service by id; ``proxies=True`` also returns its proxies (``Service.proxies``)."""
        sid = path_id("services.retrieve", "service_id", service_id)
        check_value("services.retrieve", "proxies", proxies, bool)
        query = {"proxies": "true"} if proxies else None
        return await self._call(_SERVICE_RETRIEVE, sid, query=query, timeout=timeout)

    def search(self, **filters: Unpack[ServiceSearchFilters]) -> AsyncPaginator[Service]:
        """Services matching the filters (e.g. ``service_status="active"``)."""
        return self._search(_SERVICE_SEARCH, dict(filters))

    async def edit(
        self,
        service_id: str,
        *,
        timeout: Timeout | None = None,
        **fields: Unpack[ServiceEditFields],
    ) -> ChangeResult:
        """Change a service's settings; ``service_metadata`` replaces the whole metadata."""
        sid = path_id("services.edit", "service_id", service_id)
        body = encode_body("services.edit", ServiceEditRequest, fields)
        if not body:
            raise ValueError("services.edit() needs at least one field to change")
        return await self._call(_SERVICE_EDIT, sid, body=body, timeout=timeout)

    async def cancel(
        self,
        service_id: str,
        *,
        timeout: Timeout | None = None,
        **fields: Unpack[ServiceCancelFields],
    ) -> ChangeResult:
        """Cancel a service, optionally saying why (``cancel_feedback``, ``cancel_comment``)."""
        sid = path_id("services.cancel", "service_id", service_id)
        body = encode_body("services.cancel", ServiceCancelRequest, fields)
        return await self._call(_SERVICE_CANCEL, sid, body=body, timeout=timeout)


_ADJUSTMENT_RETRIEVE: Final = retrieve_endpoint(
    "service_adjustments", "service_adjustment", ServiceAdjustment
)
_ADJUSTMENT_SEARCH: Final = search_endpoint(
    "service_adjustments",
    "service_adjustment",
    ServiceAdjustment,
    ServiceAdjustmentSearchFilters,
    "service_adjustment_id",
)


class ServiceAdjustmentsResource(Resource):
    """Changes made to services: extensions, top-ups, replacements, cancellations."""

    async def retrieve(
        self, service_adjustment_id: int, *, timeout: Timeout | None = None
    ) -> ServiceAdjustment:
        """One adjustment by its (integer) id."""
        aid = path_id(
            "service_adjustments.retrieve", "service_adjustment_id", service_adjustment_id, int
        )
        return await self._call(_ADJUSTMENT_RETRIEVE, aid, timeout=timeout)

    def search(
        self, **filters: Unpack[ServiceAdjustmentSearchFilters]
    ) -> AsyncPaginator[ServiceAdjustment]:
        """Adjustments matching the filters (e.g. ``service_id=...``)."""
        return self._search(_ADJUSTMENT_SEARCH, dict(filters))
