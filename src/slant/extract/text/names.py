"""Is this short line a commenter's display name?

Comment systems print the display name on its own line above the comment.
Names are short, carry no sentence punctuation and rarely contain everyday
function words, while short comments ('Agreed.', 'So true', 'More than ten years I
believe') read as sentences. The score here is deliberately structural and
language-light so that handles ('skywatcher .', 'Falcon 9'), non-Latin
names and playful names ('Peace = WIN') still pass.
"""

from __future__ import annotations

import re

from slant.extract.dates import parse_date_line
from slant.extract.names import TEXT_VERBS, clean_author_line, ends_with_says
from slant.extract.text.boilerplate import is_timestamp

#: Common English words that appear in short comments and subheadings but rarely in names.
COMMON_WORDS = frozenset(
    """
    a about above after again against agree agreed all also am an and any are as at away
    back be because been before being best better both but by can cannot could did do
    does doing done down during each even ever every exactly few first for from further
    get go going good got great had has have having he her here hers him his how i if in
    into is it its just know last least less let like likely lol lmao look made make many
    may me might more most much must my never new no nor not now of off oh ok okay on once
    only or other our ours out over own please quite rather really right said same say says
    see she should so some such sure than thank thanks that the their theirs them then there
    these they this those though through thus to too true under until up us very was way we
    well were what when where which while who whom why will wish with would wow yeah yes yet
    you your yours nice wrong indeed absolutely totally exactly correct sadly hope think
    believe nothing something everything anything time years year news read article
    """.split()
)
#: Particles that are fine inside personal names ('Carlos de la Vega', 'Omar al Hassan').
NAME_PARTICLES = frozenset("de la del da di van von der den al el bin ibn le du dos das y".split())

#: Name score at which a line in a name slot is taken as an author line.
AUTHOR_THRESHOLD = 0.5
#: Longest line (name plus 'says:' or a timestamp tail) that can be an author line.
MAX_NAME_LINE = 80

_STAMP_TAIL_RE = re.compile(r"^(.+?)\s*[•·|]\s*(.+)$")
_URL_RE = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.net\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)


def has_says(line: str) -> bool:
    """An author line by its form: 'Jane Roe says:' or 'Jane Roe • 2 hours ago'."""
    text = line.strip()
    if len(text) > MAX_NAME_LINE:
        return False
    if ends_with_says(text, TEXT_VERBS):
        return True
    match = _STAMP_TAIL_RE.match(text)
    return bool(match and len(match.group(1)) <= 40 and is_timestamp(match.group(2)))


def name_score(line: str) -> float:
    """How much the line looks like a display name: 0 (no) to 1 (clearly a name)."""
    raw = line.strip()
    if len(raw) > MAX_NAME_LINE:
        return 0.0
    if has_says(raw):
        return 1.0
    name = clean_author_line(raw)
    if not name or len(name) > 40 or _URL_RE.search(name):
        return 0.0
    if is_timestamp(raw) or is_timestamp(name) or parse_date_line(name):
        return 0.0  # a date line ('9 September 2024, 10:12') is a comment header's other half
    if name.startswith(("@", "“", '"', "'", "‘", "(", "-", "*", "#", ">")):
        return 0.0
    # Sentence punctuation ends a sentence, not a name; ' .' after a handle is a known quirk.
    if re.search(r"[?!,;:…]$", name) or (name.endswith(".") and not name.endswith(" .")):
        if not re.search(r"\s[^\W\d_]\.$", name):  # initial: 'John S.', 'diego c.'
            return 0.0
    if re.search(r"[,;?!]\s", name) or "..." in name or "…" in name:
        return 0.0
    words = _WORD_RE.findall(name)
    if not words or len(words) > 4:
        return 0.0
    if not any(ch.isalpha() for ch in name):
        return 0.0
    lowered = [w.lower() for w in words]
    common = sum(1 for w in lowered if w in COMMON_WORDS)
    if len(words) == 1:
        # A lone word: a handle, unless it is an everyday word ('Agreed', 'Exactly').
        return 0.0 if common else 0.7
    alpha_words = [w for w in words if any(ch.isalpha() for ch in w)]
    capitalized = sum(
        1 for w in alpha_words if w[0].isupper() or w.lower() in NAME_PARTICLES
    )
    if common:
        # 'The Objective Observer': a capitalised phrase with one real word may be a name.
        rare = [w for w in lowered if w not in COMMON_WORDS and len(w) >= 3]
        return 0.5 if rare and capitalized == len(alpha_words) else 0.0
    if capitalized == len(alpha_words):
        return 1.0
    if capitalized == 0 and len(alpha_words) <= 2:
        return 0.6  # 'john smith', lower-case handles
    return 0.3


def is_name_line(line: str) -> bool:
    """An author line by its form or by its name score: the test every name rule starts from."""
    return has_says(line) or name_score(line) >= AUTHOR_THRESHOLD


def name_shaped(line: str) -> bool:
    """Loose shape of a name line: short, unpunctuated, not only everyday words.

    Used with repetition: a line of this shape that recurs in a thread is a
    commenter who posted more than once ('ex-pat in Lisbon').
    """
    text = line.strip()
    if not text or len(text) > 40 or len(text.split()) > 6 or _URL_RE.search(text):
        return False
    if re.search(r"[?!,;:…]$", text) or (text.endswith(".") and not text.endswith(" .")):
        return False
    if text.startswith(("@", "“", '"', "'", "‘", "(", "-", "*", "#", ">")):
        return False
    words = [w.lower() for w in _WORD_RE.findall(text)]
    return any(w not in COMMON_WORDS and any(ch.isalpha() for ch in w) for w in words)
