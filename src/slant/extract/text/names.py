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
from functools import lru_cache

from slant.extract.dates import LINE_CACHE, MONTH_LOOKUP, parse_date_line
from slant.extract.names import FOREIGN_VERBS, TEXT_VERBS, clean_author_line, ends_with_foreign_says, ends_with_says
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
#: Longest name before a non-English header verb ('Ann schrieb:'); longer heads are sentences.
MAX_FOREIGN_SAYS_NAME = 40

_STAMP_TAIL_RE = re.compile(r"^(.+?)\s*[•·|]\s*(.+)$")
_URL_RE = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.net\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)


#: Words before a name on a comment header, per language ('By Ann', 'Par Ann', 'Von Ann').
HEADER_BYLINE_WORDS: dict[str, str] = {
    "en": r"(?:posted |written |comment |post ?)?by",
    "de": r"von|geschrieben von|kommentar von|beitrag von",
    "fr": r"par|posté par|publié par",
    "es": r"por|publicado por|escrito por",
    "it": r"di|scritto da|inviato da",
    "pt": r"por|escrito por|enviado por",
    "ru": r"от|автор",
    "pl": r"przez|autor",
}
#: Words between a name and its date on a comment header ('Ann on 3 May', 'Ann, le 3 mai', 'Ann am 3. Mai').
HEADER_DATE_WORDS = r"on|at|le|am|um|el|il|em|в|dnia|du|vom|,"
_HEADER_BYLINE_RE = re.compile(r"^(?:#\d+\s+)?(?:" + "|".join(HEADER_BYLINE_WORDS.values()) + r")\s*:?\s+", re.IGNORECASE)
#: A byline word inside a header line, after the post's title.
_INNER_BYLINE_RE = re.compile(r"\s(?:" + "|".join(HEADER_BYLINE_WORDS.values()) + r")\s*:?\s+", re.IGNORECASE)
#: Longest header line that starts with its post's title.
MAX_TITLED_HEADER = 240
_NAME_DATE_SPLIT_RE = re.compile(
    rf"\s*,\s*(?:(?:{HEADER_DATE_WORDS})\s+)?|\s+(?:[-–—|•·»]\s+)?(?:{HEADER_DATE_WORDS})\s+|\s+[-–—|•·»]\s+",
    re.IGNORECASE,
)
#: After a byline word a colon also joins ('by Ann(m): 9:00am On Apr 24'); alone it is a label's
#: ('Registriert: 10 Apr 2020').
_BYLINE_NAME_DATE_SPLIT_RE = re.compile(_NAME_DATE_SPLIT_RE.pattern + r"|:\s+", re.IGNORECASE)


#: Where a renderer glued a header's name to the date after it ('Rose worldMay 30, 2019', 'Ann3 hours
#: ago', 'Annvor 3 Stunden'): a lower-case letter or digit directly followed by a capital or digit, or
#: by a word that opens an age, with no space between.
_GLUE_RE = re.compile(
    r"(?<=[^\W\d_]|[.])(?=\d)|(?<=[a-zß-ÿа-яё\d])(?=[A-ZÀ-ÞА-ЯЁ])|(?<=[^\W\d_]|[.])(?=(?:vor|hace|il y a|há)\s+\d)"
)


def without_byline(text: str) -> str:
    """The text without a leading byline word ('von Ann' -> 'Ann', 'Posted by Ann' -> 'Ann')."""
    byline = _HEADER_BYLINE_RE.match(text.strip())
    return text.strip()[byline.end() :] if byline else text.strip()


def name_before_date(line: str) -> str | None:
    """The name of a comment header that prints a date after it, in any language, or None.

    'Par Bruno Roe, le mercredi 15 mai 2019 à 08h07', 'Ann Roe on May 3, 2024 at 10:14',
    'Von Ann am 3. Mai 2024', 'Ann Roe - vor 3 Stunden': a name, a joining word, and a date
    or an age that `is_timestamp` or `parse_date_line` reads.
    """
    found = _split_name_date(line)
    return found[0] if found else None


def glued_name_date(line: str) -> tuple[str, str] | None:
    """(name, date) of a header whose renderer glued the name to its date ('Ann Roe4 hours ago'), or None."""
    text = line.strip()
    if not _GLUE_RE.search(text):
        return None  # no glued boundary: spares every plain line the full header parse
    found = _split_name_date(text)
    if found is None or found[1] != "glued" or not text.startswith(found[0]):
        return None
    return found[0], text[len(found[0]) :]


@lru_cache(maxsize=LINE_CACHE)
def _split_name_date(line: str) -> tuple[str, str] | None:
    """(name, joining words) of a 'name, joining word, date' header line, or None; the line may
    start with the post's title ('Re: Topic by Ann(m): 9:00am On Apr 24'). Remembered per line:
    header tests, name scores and the segmenter all ask it of the same lines."""
    text = line.strip()
    if len(text) > MAX_TITLED_HEADER:
        return None
    found = _split_untitled(text) if len(text) <= MAX_NAME_LINE else None
    return found or _split_titled(text)


def _split_titled(text: str) -> tuple[str, str] | None:
    """`_split_name_date` of a header that starts with its post's title: the byline after the title
    is a header of its own ('... by Ann(m): 9:00am On Apr 24'); a title ends in no sentence stop, and
    a line that ends in one is a sentence ('It was written by Ann Roe on May 3, 2024.')."""
    if text.endswith((".", "!", "?")):
        return None
    for byline in reversed(list(_INNER_BYLINE_RE.finditer(text))):
        title, tail = text[: byline.start()].strip(), text[byline.start() :].strip()
        if len(tail) > MAX_NAME_LINE:
            return None  # earlier bylines have longer tails still
        if title and title[-1] not in ".!?:;,":
            found = _split_untitled(tail)
            if found:
                return found[0], "titled " + found[1]
    return None


def _split_untitled(text: str) -> tuple[str, str] | None:
    """`_split_name_date` of a line that starts with the name or its byline word."""
    body = without_byline(text)
    byline = body != text
    for glue in _GLUE_RE.finditer(body):
        # a name glued to the joining word of its date ('EveOn 05/02/2024 at 2:30 p.m.'), before any
        # later joiner ('at') is taken for the one after the name
        name, rest = body[: glue.start()].strip(), body[glue.start() :]
        joined = _GLUED_JOINER_RE.match(rest)
        if joined and len(name) <= 40 and (is_timestamp(joined.group(1)) or parse_date_line(joined.group(1))) and _plain_name_score(name) > 0:
            return name, ("by " if byline else "") + "glued " + joined.group(0)[: joined.start(1)].strip().lower()
    for split in (_BYLINE_NAME_DATE_SPLIT_RE if byline else _NAME_DATE_SPLIT_RE).finditer(body):
        name, rest = body[: split.start()].strip(), body[split.end() :].strip()
        if not name or len(name) > 40 or not rest:
            continue
        if (is_timestamp(rest) or parse_date_line(rest)) and _plain_name_score(name) >= AUTHOR_THRESHOLD:
            joint = ("by " if byline else "") + re.sub(r"\s+", " ", split.group().strip().lower())
            return clean_author_line(name), joint
    if not byline:
        found = _split_spaced(body)
        if found is not None:
            return found
    for glue in _GLUE_RE.finditer(body):
        name, rest = _number_in_range(body[: glue.start()].strip(), body[glue.start() :].strip())
        # glued to a date, a name needs only to be one at all ('Rose world'): text never ends that way; the
        # rest must be the date alone ('dmitri77: May 6' is no 'dmitri' glued to '77: May 6')
        if len(name) <= 40 and is_timestamp(rest) and _plain_name_score(name) > 0:
            return name, ("by " if byline else "") + "glued"
    return None


_GLUED_JOINER_RE = re.compile(rf"(?:{HEADER_DATE_WORDS})\s+(\S.*)$", re.IGNORECASE)


def _split_spaced(body: str) -> tuple[str, str] | None:
    """A name and its date with nothing between ('Nadia 13 juin 2025'): a full name-shaped head only,
    and never a line that is a date as a whole."""
    for gap in re.finditer(r"\s+", body):
        name, rest = body[: gap.start()], body[gap.end() :]
        if len(name) > 40:
            break
        opener = rest.split()[0].lower().rstrip(".,")
        if (
            (opener[:1].isdigit() or opener in MONTH_LOOKUP or opener in _AGE_OPENERS) and any(ch.isdigit() for ch in rest)
            and (is_timestamp(rest) or parse_date_line(rest))
            and not _DATELINE_WORD_RE.search(name) and not parse_date_line(name)
            and _plain_name_score(name.lstrip("@")) >= AUTHOR_THRESHOLD
        ):
            # checked last, being the dearest: a whole date ('3 May 2024') holds no name
            return None if is_timestamp(body) or parse_date_line(body) else (clean_author_line(name), "space")
    return None


#: Words that open an age before its number ('vor 8 Stunden', 'hace 3 horas', 'il y a 5 heures').
_AGE_OPENERS = frozenset({"vor", "hace", "il", "há"})
#: Words of an article's dateline, never a commenter's name ('Published 3 May 2024', 'Mis à jour le 3 mai').
_DATELINE_WORD_RE = re.compile(
    r"(?<!\w)(?:published|updated|posted|edited|modified|created|last|veröffentlicht|aktualisiert|geändert|"
    r"publié|mis à jour|modifié|publicado|actualizado|editado|опубликовано|обновлено|изменено|stand)(?!\w)",
    re.IGNORECASE,
)
#: A number glued after a name that starts an age or a day ('4 hours ago', '30 May') is below this;
#: the digits before it belong to the name ('dmitri774 hours ago' is 'dmitri77' and '4 hours ago').
MAX_GLUED_NUMBER = 60
_LEADING_COUNT_RE = re.compile(r"^(\d+)(?=\s*[^\W\d_])")


def _number_in_range(name: str, rest: str) -> tuple[str, str]:
    """Move a glued number's leading digits into the name until the number reads as an age or a day."""
    count = _LEADING_COUNT_RE.match(rest)
    if count is None:
        return name, rest
    digits = count.group(1)
    keep = len(digits)
    while keep > 1 and int(digits[len(digits) - keep :]) >= MAX_GLUED_NUMBER:
        keep -= 1
    cut = len(digits) - keep
    return name + digits[:cut], rest[cut:]


def header_shape(line: str) -> str | None:
    """The form that makes a line a comment header, so that one thread's headers can be grouped.

    'says' for a header verb, 'tail' for a '•'/'|' date tail, and the joining words for a
    name-and-date line ('by , le'); the same comment system prints every header the same way,
    while an article's byline ('VON ANN am 21. April 2020') has a shape of its own.
    """
    text = line.strip()
    if len(text) > MAX_NAME_LINE:
        titled = _split_name_date(text)
        return "date:" + titled[1] if titled else None
    if ends_with_says(text, TEXT_VERBS) or ends_with_foreign_says(text):
        return "says"
    match = _STAMP_TAIL_RE.match(text)
    if match and len(match.group(1)) <= 40 and is_timestamp(match.group(2)):
        return "tail"
    found = _split_name_date(text)
    return "date:" + found[1] if found else None


def has_says(line: str) -> bool:
    """An author line by its form: 'Jane Roe says:', 'Jane Roe • 2 hours ago', 'Par Ann, le 3 mai 2019'."""
    text = line.strip()
    if len(text) > MAX_NAME_LINE:
        return _split_name_date(text) is not None
    if ends_with_says(text, TEXT_VERBS):
        return True
    if ends_with_foreign_says(text) and len(clean_author_line(text)) <= MAX_FOREIGN_SAYS_NAME:
        return True
    match = _STAMP_TAIL_RE.match(text)
    if match and len(match.group(1)) <= 40 and is_timestamp(match.group(2)):
        return True
    return name_before_date(text) is not None


#: Verbs of a quote's or a comment's header line in any listed language ('wrote', 'schrieb', 'a écrit').
WROTE_VERBS = r"(?:wrote|said|writes|says|" + "|".join(map(re.escape, FOREIGN_VERBS)) + r")"
#: A quote's header at the start of a reply, with the quoted words glued on where the renderer put
#: them on the same line ('Ann wrote: ↑Thu May 02, 2024 10:05 amMy sister works ...', 'Quote from: Ann
#: on May 2', 'Originally Posted by Ann', 'Zitat von Ann').
QUOTE_HEAD_RE = re.compile(
    r"^\s*(?:(?:on|am|le|el) [^,]{4,40}, )?(?P<name>\S.{0,40}?)\s" + WROTE_VERBS + r"\s*:\s*(?P<rest>.*)$"
    r"|^\s*(?:quote from|originally posted by|zitat von|ursprünglich geschrieben von|citation de|envoyé par|posté par|"
    r"cita de|publicado por|enviado por|citazione di|inviato da|citação de|цитата|сообщение от)\s*:?\s+(?P<name2>\S.{0,40}?)"
    r"(?:\s+(?:on|am|le|el|en|em|il|op|от|»)\s(?P<rest2>.*))?$",
    re.IGNORECASE,
)


def quoted_name(head: re.Match[str]) -> str:
    """The poster a `QUOTE_HEAD_RE` match names, from whichever of its two forms matched."""
    return (head.group("name") or head.group("name2") or "").strip()


def is_quote_header(line: str) -> bool:
    """A line that opens a quote of another comment by a quote word ('Zitat von Ann', 'Originally Posted
    by Ann'); 'Ann wrote:' heads Ann's own comment as often as a quote of her."""
    found = QUOTE_HEAD_RE.match(line)
    return found is not None and bool(found.group("name2"))


@lru_cache(maxsize=LINE_CACHE)
def name_score(line: str) -> float:
    """How much the line looks like a display name: 0 (no) to 1 (clearly a name)."""
    raw = line.strip()
    if is_quote_header(raw):
        return 0.0  # 'Zitat von Ann' opens a quote of Ann
    if has_says(raw):
        return 1.0
    if len(raw) > MAX_NAME_LINE:
        return 0.0
    return _plain_name_score(raw)


def _plain_name_score(raw: str) -> float:
    """`name_score` of a line without a header verb or date: by its shape alone."""
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
    if re.search(r"[,;:?!]\s", name) or "..." in name or "…" in name:
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


#: Least distinct names, and share of them, that must open with a doubled letter for it to be an avatar's.
AVATAR_INITIAL_NAMES = 3
AVATAR_INITIAL_SHARE = 0.8


def without_avatar_initials(names: list[str | None]) -> list[str | None]:
    """Names without the avatar letter a scraper glued to them ('AAnn Roe', 'Bbob_k', 'JJ. Whitfield').

    A system that draws each avatar as the poster's initial prints it just before the name; where
    most of a thread's names open with the same letter twice (the first upper case), that first
    letter is the avatar's. One name alone says nothing: 'Aaron', 'Llewellyn'."""
    def doubled(name: str) -> bool:
        return len(name) > 2 and name[0].isupper() and name[0].isalpha() and name[1].casefold() == name[0].casefold()

    distinct = {n.strip() for n in names if n and n.strip()}
    if len(distinct) < AVATAR_INITIAL_NAMES or sum(map(doubled, distinct)) < AVATAR_INITIAL_SHARE * len(distinct):
        return names
    return [n.strip()[1:] if n and doubled(n.strip()) else n for n in names]
