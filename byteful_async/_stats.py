"""Counters of what a client sent: requests, retries, 429s, failures."""

from __future__ import annotations

import attrs


@attrs.define
class RequestStats:
    """What one client (and its ``with_options`` copies) sent, since it was made.

    Read it before and after a job for that job's figures; nothing here is reset.

    Attributes:
        requests: Requests that reached the server and got an answer (any status).
        rate_limited: Of those, answers with status 429.
        retries: Requests sent again after a failure that was safe to retry.
        failed: Attempts that got no answer (connection refused, reset, timed out).

    """

    requests: int = 0
    rate_limited: int = 0
    retries: int = 0
    failed: int = 0

    def snapshot(self) -> RequestStats:
        """A copy that stays as it is now."""
        return attrs.evolve(self)

    def since(self, earlier: RequestStats) -> RequestStats:
        """What was sent after ``earlier`` (a snapshot) was taken."""
        return RequestStats(
            requests=self.requests - earlier.requests,
            rate_limited=self.rate_limited - earlier.rate_limited,
            retries=self.retries - earlier.retries,
            failed=self.failed - earlier.failed,
        )
