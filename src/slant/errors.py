"""Error codes for inputs that cannot be analyzed, in one place.

Each code is the `error.type` of a failed record in the output contract. Codes
are stable strings so users can filter on them.
"""

from __future__ import annotations

EMPTY = "empty_input"
BINARY = "binary_input"
TOO_LARGE = "too_large"
ENCODING = "encoding_error"
NOT_FOUND = "not_found"
UNREADABLE = "unreadable"
FETCH_REFUSED = "fetch_refused"
FETCH_FAILED = "fetch_failed"
BAD_RECORD = "bad_record"
NO_TEXT = "no_text"
UNKNOWN_LANGUAGE = "unknown_language"
EXTRACTION_FAILED = "extraction_failed"
ANALYSIS_FAILED = "analysis_failed"
UNSUPPORTED = "unsupported_input"
#: an input that ran past its time budget (a fetch, an extraction, an analysis, a worker batch)
TIMEOUT = "timeout"


class SlantInputError(Exception):
    """An input that yields an error record rather than a result."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
