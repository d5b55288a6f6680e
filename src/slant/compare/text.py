"""Shared text helpers for comparing outlets: tokens, entity-like phrases, dates.

Kept dependency-free (regexes plus spaCy's stop-word list, which ships with the
runtime) so grouping and comparison never load a model.
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*[^\W_]|[^\W\d_]", re.UNICODE)
# A run of capitalised words ("Chris Christie", "United Nations"), allowing one lowercase joiner.
ENTITY_RE = re.compile(
    r"\b[A-Z][\w'’\-]*[a-zA-Z](?:[ \t]+(?:(?:of|the|de|al|bin|van|von)[ \t]+)?[A-Z][\w'’\-]*[a-zA-Z])*"
)
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")

CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
EXTRA_STOP = {
    "said", "says", "say", "told", "also", "would", "could", "one", "two", "new", "year", "years",
    "mr", "mrs", "ms", "according", "people", "time", "like", "just", "including", "last", "week",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "percent",
}


#: English function words (a compact list, so comparing never imports spaCy).
STOP_WORDS = frozenset(
    """
    a about above across after afterwards again against all almost alone along already although always am
    among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became
    because become becomes been before beforehand behind being below beside besides between beyond both but
    by can cannot could did do does doing done down due during each either else elsewhere enough even ever
    every everyone everything everywhere except few first for former formerly from front full further get
    give go had has have having he hence her here hereafter hereby herein hers herself him himself his how
    however i if in indeed into is it its itself just keep latter least less made make many may me meanwhile
    might mine more moreover most mostly much must my myself name namely neither never nevertheless next no
    nobody none noone nor not nothing now nowhere of off often on once only onto or other others otherwise our
    ours ourselves out over own part per perhaps please put quite rather re really regarding same see seem
    seemed seeming seems several she should show side since so some somehow someone something sometime
    sometimes somewhere still such take than that the their theirs them themselves then thence there
    thereafter thereby therefore therein thereupon these they third this those though three through
    throughout thru thus to together too top toward towards under unless until up upon us used using various
    very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein
    whereupon wherever whether which while whither who whoever whole whom whose why will with within without
    yet you your yours yourself yourselves n't 's 're 've 'll 'd
    """.split()
)


def stop_words() -> frozenset[str]:
    """Function words plus newsroom filler ('said', weekdays)."""
    return _STOPS


def normalize_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text`, without stop words and one-letter tokens."""
    stops = _STOPS
    out = []
    for word in WORD_RE.findall(text.lower().replace("’", "'")):
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) > 2 and word not in stops:
            out.append(word)
    return out


def entity_phrases(text: str) -> list[str]:
    """Capitalised phrases that are not just a sentence-initial word.

    A single capitalised word at the start of a sentence is usually not a name
    ("The", "After"); it only counts when it is a multi-word phrase or when the
    same word appears capitalised mid-sentence elsewhere.
    """
    stops = stop_words()
    phrases: list[str] = []
    for match in ENTITY_RE.finditer(text):
        phrase = match.group().strip()
        words = phrase.split()
        while words and words[0].lower() in stops:
            words = words[1:]
        if not words:
            continue
        before = text[max(0, match.start() - 3) : match.start()]
        sentence_start = match.start() == 0 or bool(re.search(r"[.!?:\n\"“(—–-]\s*$", before))
        if len(words) == 1 and (sentence_start or len(words[0]) < 3):
            continue
        if len(words) == 1 and words[0].lower() in CALENDAR_WORDS:
            continue
        phrases.append(" ".join(normalize_word(w) for w in words))
    return phrases


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end) of `text`."""
    spans = []
    for match in SENTENCE_RE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


_STOPS = STOP_WORDS | frozenset(EXTRA_STOP)
