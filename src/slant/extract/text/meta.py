"""Outlet, date and article start of a page scraped to plain text, read from the page's own chrome.

A scraped page keeps no metadata, but its chrome says who published it and when:

* outlet: a copyright line ('© 2024 The Valley Courier', 'Copyright 2019 X. All rights
  reserved'), a donation or subscription appeal ('Support The Valley Courier'), or the
  site's own address on a URL line (the domain most URL lines outside the article name);
* date: the article's date stands next to its headline (a dateline or a byline with a
  date, 'By Ann Roe | 3 May 2024', 'VON ANN ROE am 21. April 2020'), so the nearest full
  date around the title wins over a site header's month ('JUNE 2023' on every page of
  the site), which is used only when no full date is found;
* article start: the first paragraph of a run of prose, so that the headline is looked
  for just above the article rather than among the navigation at the top of the page.
"""

from __future__ import annotations

import re
from collections import Counter

from slant.extract.dates import parse_date_line
from slant.extract.text.boilerplate import APPEAL_WORDS
from slant.extract.text.line_model import is_prose
from slant.extract.text.names import name_before_date

#: Length of a full ISO date ('2024-03-12'), as opposed to a month ('2024-03').
FULL_ISO_DATE = 10
#: Non-blank lines above the title, and below it, searched for the article's date.
DATE_ABOVE = 3
DATE_BELOW = 8
#: Prose lines among the next few non-blank lines that make a run of article text.
RUN_PROSE = 2
RUN_LOOKAHEAD = 4
#: Fewest letters in an outlet's name ('TM' is a trademark sign, not a name).
MIN_OUTLET_LETTERS = 3
#: Fewest boilerplate URL lines naming one host before that host is the page's outlet.
MIN_URL_LINES = 2
#: Longest outlet name taken from a copyright or appeal line.
MAX_OUTLET_CHARS = 60

#: A copyright mark and what follows it: '© 2024 X', 'Copyright © 1998-2024 X, Inc.', '(c) 2009 X'.
_COPYRIGHT_RE = re.compile(
    r"^(?:[^\W\d_]+\s+){0,2}?(?:©|\(c\)|copyright\s*(?:©|\(c\))?(?=\s*(?:19|20)\d{2}|\s*[©(]))\s*(?P<rest>.{2,})$",
    re.IGNORECASE,
)
_YEARS_RE = re.compile(r"^(?:(?:19|20)\d{2}\s*(?:[-–—]\s*(?:(?:19|20)\d{2})?)?\s*[,.]?\s*)+")
#: Share of the page, from the bottom, where a copyright line without a year must stand (the footer).
FOOTER_SHARE = 0.3
_APPEAL_RE = re.compile(
    r"^(?:" + "|".join(APPEAL_WORDS.values()) + r"|subscribe to)\s+(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3})\s*!?$", re.IGNORECASE
)
_URL_RE = re.compile(r"https?://(?:www\d?\.)?(?P<host>[a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)
#: Words an appeal names that are not an outlet ('Support us', 'Support our work').
_NOT_OUTLETS = frozenset("journalism rss newsletter updates all tm".split())
#: First words of an appeal's object that show it is not a name ('Support our work', 'Support local news').
_NOT_OUTLET_LEADS = frozenset("us our this local independent quality uns unseren nous notre nos nosotros нас".split())
_DATE_IN_LINE_RE = re.compile(r"\s[|·•–—]\s")


def _clean_name(name: str) -> str | None:
    name = name.strip(" .,:;!-–—|")
    if not name or len(name) > MAX_OUTLET_CHARS or not re.search(r"[^\W\d_]", name):
        return None
    if name.lower() in _NOT_OUTLETS or name.split()[0].lower() in _NOT_OUTLET_LEADS:
        return None
    return name


def _copyright_holder(line: str, in_footer: bool) -> str | None:
    """The holder named on a copyright line; a line without a year counts only in the footer."""
    m = _COPYRIGHT_RE.match(line)
    if m is None:
        return None
    rest = m.group("rest").strip()
    years = _YEARS_RE.match(rest)
    if years is None and not in_footer:
        return None  # '© Kak' under a photo: a credit, not the site
    rest = rest[years.end() :] if years else rest
    name = re.split(r"[,.|•·(]|\s[-–—]\s|\s+or its\s|\s+all rights", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    name = name.strip(" «»\"'“”")
    if len(re.findall(r"[^\W\d_]", name)) < MIN_OUTLET_LETTERS or name.lower() in _NOT_OUTLETS:
        return None
    return _clean_name(name)


def find_outlet(lines: list[str], kinds: list[str]) -> str | None:
    """The outlet named by the page's chrome: copyright line, then appeal, then the site's own URL lines.

    Only lines that extraction called boilerplate count, so that a reader's link or
    a quoted outlet in the article never names the page's outlet.
    """
    footer = int(len(lines) * (1 - FOOTER_SHARE))
    chrome_at = [(i, line.strip()) for i, (line, kind) in enumerate(zip(lines, kinds)) if kind == "boilerplate" and line.strip()]
    chrome = [line for _, line in chrome_at]
    for i, line in chrome_at:
        name = _copyright_holder(line, in_footer=i >= footer)
        if name:
            return name
    for line in chrome:
        m = _APPEAL_RE.match(line)
        if m and (name := _clean_name(m.group("name"))):
            return name
    hosts = Counter(m.group("host").lower() for line in chrome for m in [_URL_RE.search(line)] if m)
    if hosts:
        host, count = hosts.most_common(1)[0]
        if count >= MIN_URL_LINES:
            return host
    return None


def _dates_in(line: str) -> list[str]:
    """Dates a header line carries: the whole line, one part of a byline, or the date after a name."""
    found: list[str] = []
    for part in [line, *_DATE_IN_LINE_RE.split(line)[1:]]:
        iso = parse_date_line(part)
        if iso:
            found.append(iso)
    name = name_before_date(line)
    if name is not None:  # 'VON ANN ROE am 21. April 2020', 'Par Ann, le 3 mai 2019'
        rest = line.strip()[line.find(name) + len(name) :].strip(" ,|•·-–—")
        iso = parse_date_line(rest)
        if iso:
            found.append(iso)
    return found


def find_published(lines: list[str], title_idx: int | None, limit: int) -> str | None:
    """The article's date: the nearest full date around the title, else any date above it.

    A month-and-year line ('JUNE 2023') is a site header's date on many pages; it is
    taken only when no full date stands near the title.
    """
    anchor = title_idx if title_idx is not None else 0
    near = _non_blank_window(lines, anchor, DATE_ABOVE, DATE_BELOW, limit)
    above = range(0, min(anchor, limit))
    months: list[str] = []
    for window in (near, above):
        for i in window:
            for iso in _dates_in(lines[i]):
                if len(iso) == FULL_ISO_DATE:
                    return iso
                months.append(iso)
    return months[0] if months else None


def _non_blank_window(lines: list[str], anchor: int, above: int, below: int, limit: int) -> list[int]:
    """Indices of up to `above` non-blank lines before `anchor`, then `anchor` and `below` after it."""
    before: list[int] = []
    j = anchor - 1
    while j >= 0 and len(before) < above:
        if lines[j].strip():
            before.append(j)
        j -= 1
    after: list[int] = []
    j = anchor
    while j < min(limit, len(lines)) and len(after) < below + 1:
        if lines[j].strip():
            after.append(j)
        j += 1
    return after + before[::-1]


def article_start(lines: list[str], chrome: list[str | None], begin: int = 0) -> int | None:
    """First line of a run of prose (RUN_PROSE prose lines among the next few), or None."""
    content = [i for i in range(begin, len(lines)) if lines[i].strip() and chrome[i] is None]
    for k, i in enumerate(content):
        if not is_prose(lines[i].strip()):
            continue
        ahead = content[k : k + RUN_LOOKAHEAD + 1]
        if sum(1 for j in ahead if is_prose(lines[j].strip())) >= RUN_PROSE:
            return i
    return None
