"""Date parsing for extraction: the one place that turns page text into ISO dates.

Two readers share the month, weekday and time vocabulary here:

* `parse_date_line` reads a plain-text line that is only a date ('June 3,
  2023', 'JUNE 2023'), strictly, because a date inside prose is not the
  page's date;
* `normalize_date` reads a date from HTML markup (a `datetime` attribute, a
  title tooltip, a short date text), leniently, because the markup already
  says that the value is a date.

`boilerplate` builds its timestamp patterns from `MONTH_RE`, `WEEKDAY_RE` and
`TIME_RE`, so a date the segmenter treats as a timestamp and the date it
parses agree on what a month or a time looks like.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: A month name or its abbreviation, with an optional period ('Sept.').
MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A weekday name or its abbreviation.
WEEKDAY_RE = (
    r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?"
)
#: A clock time with optional 'at', am/pm and zone ('at 4:15 pm', '19.05 CET').
TIME_RE = r"(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?"

#: Longest line that `parse_date_line` reads; a longer line is prose.
MAX_DATE_LINE = 60
#: Longest markup value that `normalize_date` hands to dateutil.
MAX_DATE_TEXT = 80


# --- plain-text date lines ----------------------------------------------------

_DATE_FILLER = re.compile(
    r"\b(?:published|posted|updated|last updated|modified|date|on|at|by|am|pm|utc|gmt|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b",
    re.IGNORECASE,
)
_D_MDY = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_D_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE}),?\s+(\d{{4}})\b", re.IGNORECASE)
_D_MY = re.compile(rf"\b({MONTH_RE}),?\s+(\d{{4}})\b", re.IGNORECASE)
_D_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_D_NUM = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")[:3]]


def _iso(year: int, month: int, day: int | None) -> str | None:
    """ISO form of a calendar date ('YYYY-MM' without a day); None for impossible dates."""
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(kind: str, g: tuple[str, ...]) -> str | None:
    """The ISO date of one `_DATE_FORMS` match."""
    if kind == "iso":
        return _iso(int(g[0]), int(g[1]), int(g[2]))
    if kind == "mdy":
        return _iso(int(g[2]), _month(g[0]), int(g[1]))
    if kind == "dmy":
        return _iso(int(g[2]), _month(g[1]), int(g[0]))
    if kind == "num":  # day-first, the common order outside the US
        return _iso(int(g[2]), int(g[1]), int(g[0])) or _iso(int(g[2]), int(g[0]), int(g[1]))
    return _iso(int(g[1]), _month(g[0]), None)


#: Date shapes tried in order; the first that matches decides (month-and-year last).
_DATE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_D_ISO, "iso"), (_D_MDY, "mdy"), (_D_DMY, "dmy"), (_D_NUM, "num"), (_D_MY, "my"),
)


def parse_date_line(line: str) -> str | None:
    """ISO date of a line that is only a date ('June 3, 2023', 'JUNE 2023', '2023-06-03').

    Month-and-year lines give the reduced-precision ISO form 'YYYY-MM'. Lines
    with words besides the date (other than 'Published', 'Updated', weekdays,
    times) are prose and give None.
    """
    raw = line.strip()
    if not raw or len(raw) > MAX_DATE_LINE:
        return None
    found: str | None = None
    rest = raw
    for regex, kind in _DATE_FORMS:
        m = regex.search(raw)
        if not m:
            continue
        found = _from_match(kind, m.groups())
        rest = raw[: m.start()] + " " + raw[m.end() :]
        break
    if found is None:
        return None
    rest = re.sub(TIME_RE, " ", rest, flags=re.IGNORECASE)
    rest = _DATE_FILLER.sub(" ", rest)
    if re.search(r"[^\W\d_]{2,}", rest):
        return None
    return found


# --- dates in HTML markup -------------------------------------------------------

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def normalize_date(value: str | None) -> str | None:
    """An ISO 8601 string from a datetime attribute, title or date text; None if unsure."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        iso = m.group(0).replace(" ", "T", 1)
        return re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    if not _YEAR.search(value) or len(value) > MAX_DATE_TEXT:
        return None  # relative dates ('3 hours ago') are not dates we can trust
    cleaned = re.sub(r"(?i)\b(at|um|à)\b|(\d)(st|nd|rd|th)\b", r"\2", value)
    cleaned = re.sub(r"(?i)\bGMT(?=[+-])", "", cleaned)
    try:
        parsed: datetime = date_parser.parse(cleaned, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", value):
        return parsed.date().isoformat()
    return parsed.isoformat()
