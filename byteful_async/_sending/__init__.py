"""Sending one request: the session, connection options, the transport, the response.

The transport applies the policies below it (rate limit, retries) and maps errors; the
request core above builds what it sends.
"""
