"""Author-name cleanup: the one rule for turning an author line into a display name.

Every extractor meets the same decoration around a name: a byline word before
it ('By Ann', 'Posted by Ann'), a verb after it ('Ann says:'), a date or a
badge tail ('Ann on May 2, 2024', 'Ann • 5 years ago'), and placeholders in
its place ('[deleted]'). The steps here strip each of them, and the three
entry points compose the steps for where the name comes from:

* `clean_byline`: the author field of page metadata (trafilatura);
* `clean_comment_author`: one line of an HTML comment's author element;
* `clean_author_line`: an author line of a plain-text comment thread.

Each source keeps the vocabulary it has always used (`METADATA_BYLINE`,
`COMMENT_BYLINE`, `COMMENT_VERBS`, `TEXT_VERBS`), so extraction output does not
change; the words themselves are listed once, in `BYLINE_WORDS` and `SAYS_VERBS`.
Whether a line *is* a name (scoring) is a plain-text question and lives in
`slant.extract.text.names`.
"""

from __future__ import annotations

import re
from functools import cache

#: Words that stand before a name in a byline.
BYLINE_WORDS = ("view all posts by", "posted by", "by", "von")
#: Verbs that stand after a name in a comment header ('Ann says:').
SAYS_VERBS = ("says", "said", "wrote", "writes", "replied", "commented")

#: Byline words stripped from page metadata (trafilatura's author field).
METADATA_BYLINE = ("view all posts by", "posted by", "by")
#: Byline words stripped from an HTML comment's author element.
COMMENT_BYLINE = ("by", "posted by", "von")
#: Header verbs stripped from an HTML comment's author element.
COMMENT_VERBS = ("says", "said", "wrote", "writes")
#: Header verbs per language other than English ('Ann schrieb:', 'Ann a écrit :', 'Ann dijo:');
#: a plain-text author line of these ends with a colon.
SAYS_VERBS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "de": ("schrieb", "schreibt", "sagt", "sagte", "meint", "meinte", "antwortete", "kommentierte"),
    "fr": ("a écrit", "écrit", "dit", "a dit", "a répondu", "répond"),
    "es": ("dijo", "dice", "escribió", "escribe", "respondió", "comentó"),
    "it": ("ha scritto", "scrive", "dice", "ha detto", "ha risposto"),
    "pt": ("disse", "diz", "escreveu", "escreve", "respondeu", "comentou"),
    "ru": ("написал", "написала", "написал(а)", "пишет", "сказал", "сказала", "ответил", "ответила"),
    "pl": ("napisał", "napisała", "pisze", "powiedział", "powiedziała", "odpowiedział"),
    "nl": ("schreef", "zei", "zegt", "schrijft"),
}
#: Every non-English header verb, longest first so that 'a écrit' wins over 'écrit'.
FOREIGN_VERBS = tuple(sorted({v for vs in SAYS_VERBS_BY_LANGUAGE.values() for v in vs}, key=len, reverse=True))
#: Header verbs of plain-text threads, which also print 'replied' and 'commented'.
TEXT_VERBS = SAYS_VERBS

#: Longest display name kept from markup; longer text is not a name.
MAX_AUTHOR_CHARS = 120
#: Placeholders that sites show instead of a name.
NO_NAME = frozenset({"deleted", "removed", "unknown", "deleted user", "anonymous user"})

_DATE_TAIL = re.compile(r"(?i)\s+(on|am|le|il)\s+\S.*\b(19|20)\d{2}\b.*$")
_META_TAIL = re.compile(r"\s*[•·|]\s*.*$")
#: A short marker in brackets after a display name: gender or role ('Ann(f)', 'Bo (OP)', 'Cy (Mod)').
_NAME_MARKER = re.compile(r"\s?\([^\W\d_]{1,5}\)$")
#: Decoration left at either end once the tails are gone ("Par Ann Roy," before the date).
_TRIM = " :|·,;"
#: A dash standing apart at either end ("Ann Roy -"); one attached to the name is part of it ("Vilx-").
_LOOSE_DASH = re.compile(r"^(?:[-–—]+\s+)+|(?:\s+[-–—]+)+$")


@cache
def _byline_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(words) + r")\s+", re.IGNORECASE)


@cache
def _says_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, verbs)) + r")\s*:?\s*$", re.IGNORECASE)


_FOREIGN_SAYS_RE = re.compile(r"\s+(?:" + "|".join(map(re.escape, FOREIGN_VERBS)) + r")\s*:\s*$", re.IGNORECASE)


def ends_with_foreign_says(line: str) -> bool:
    """'Ann schrieb:', 'Ann a écrit :', 'Анна написала:': a header verb of another language and a colon.

    The colon is required: without it these verbs end ordinary sentences ('..., was er sagt').
    """
    return bool(_FOREIGN_SAYS_RE.search(line))


def strip_byline(name: str, words: tuple[str, ...] = BYLINE_WORDS) -> str:
    """'Posted by Ann' -> 'Ann': the byline word says who, it is not part of the name."""
    return _byline_re(words).sub("", name)


def strip_says(name: str, verbs: tuple[str, ...] = SAYS_VERBS) -> str:
    """'Ann says:' -> 'Ann': comment headers print a verb after the name."""
    return _says_re(verbs).sub("", name)


def ends_with_says(name: str, verbs: tuple[str, ...] = SAYS_VERBS) -> bool:
    """Whether the line ends like a comment header ('Ann wrote:'), a name by its form."""
    return bool(_says_re(verbs).search(name))


def strip_date_tail(name: str) -> str:
    """'Ann on May 2, 2024' -> 'Ann': markup often prints the date in the author element."""
    return _DATE_TAIL.sub("", name)


def strip_meta_tail(name: str) -> str:
    """'Ann • 5 years ago' -> 'Ann'; a line that is only a tail is kept as it is."""
    stripped = _META_TAIL.sub("", name).strip()
    return stripped or name


def is_placeholder(name: str) -> bool:
    """'[deleted]', 'Unknown': shown where the name is gone, so no author."""
    return name.strip("[]()").lower() in NO_NAME


def clean_byline(author: str | None) -> str | None:
    """The author of page metadata without a leading byline word; None if nothing is left."""
    if not author:
        return None
    return strip_byline(author.strip(), METADATA_BYLINE) or None


def clean_comment_author(line: str | None) -> str | None:
    """A display name from one line of an HTML author element ('Ann says:' -> 'Ann')."""
    if not line:
        return None
    name = strip_says(strip_byline(line, COMMENT_BYLINE), COMMENT_VERBS)
    name = _LOOSE_DASH.sub("", strip_date_tail(name).strip(_TRIM)).strip(_TRIM)
    if not name or set(name) <= set("-–—") or len(name) > MAX_AUTHOR_CHARS or is_placeholder(name):
        return None
    return name


def clean_author_line(line: str) -> str:
    """The display name on a plain-text author line, without 'says:', 'schrieb:' or a '• 5 years ago' tail."""
    name = _FOREIGN_SAYS_RE.sub("", line.strip())
    name = strip_meta_tail(strip_says(name, TEXT_VERBS)).strip()
    return undoubled(_NAME_MARKER.sub("", name) or name)


#: A name printed twice with nothing between ('Carla MendesCarla Mendes': a link and the hidden copy
#: a page keeps for its microdata, read together by a scraper).
_DOUBLED = re.compile(r"^(.{2,60}?) ?\1$")


def undoubled(name: str) -> str:
    """The name once where a scraper glued two copies of it; a short repeat ('Lulu', 'Coco') is a name."""
    m = _DOUBLED.match(name)
    if m is None:
        return name
    half = m.group(1)
    return half if len(half) >= 4 and (len(half) >= 6 or not half.isalpha()) else name
