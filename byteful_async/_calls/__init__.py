"""The request core: arguments checked and encoded, answers decoded, searches paged.

Here are the converter, the parameter checks, the envelopes, the paginators and
:class:`~byteful_async._calls._core.Core`, which the generated resources call.
"""
