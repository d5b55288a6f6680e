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
from functools import lru_cache

from dateutil import parser as date_parser

#: How many distinct lines each pure per-line reader remembers: a page asks about the same line
#: many times (zones, thread start, segmentation), and pages of a corpus share their chrome.
LINE_CACHE = 1 << 14

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Month names per language, one table each (full forms; genitive forms where dates use them).
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
    "de": ("januar|jänner", "februar|feber", "märz|maerz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember"),
    "fr": ("janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout", "septembre",
           "octobre", "novembre", "décembre|decembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
           "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    "ru": ("января|январь", "февраля|февраль", "марта|март", "апреля|апрель", "мая|май", "июня|июнь",
           "июля|июль", "августа|август", "сентября|сентябрь", "октября|октябрь", "ноября|ноябрь",
           "декабря|декабрь"),
    "pl": ("stycznia|styczeń", "lutego|luty", "marca|marzec", "kwietnia|kwiecień", "maja|maj",
           "czerwca|czerwiec", "lipca|lipiec", "sierpnia|sierpień", "września|wrzesień",
           "października|październik", "listopada|listopad", "grudnia|grudzień"),
}
#: Shortest abbreviation of a month name that dates print ('Sept.', 'févr.', 'Dez.', 'марта' -> 'мар').
MIN_MONTH_ABBREV = 3
#: Three-letter prefixes that are everyday words ('set', 'out', 'Sie'): never read as a month.
_NOT_MONTHS = frozenset("set out ago sie gen lis lip mag gru lut".split())


def _month_table() -> dict[str, int]:
    """Every full month name and every unambiguous abbreviation (3+ letters) -> month number."""
    full: dict[str, int] = {}
    for names in MONTH_NAMES.values():
        for number, forms in enumerate(names, start=1):
            for form in forms.split("|"):
                full[form] = number
    prefixes: dict[str, set[int]] = {}
    for form, number in full.items():
        for k in range(MIN_MONTH_ABBREV, len(form)):
            prefixes.setdefault(form[:k], set()).add(number)
    table = {p: next(iter(ns)) for p, ns in prefixes.items() if len(ns) == 1 and p not in _NOT_MONTHS}
    table.update(full)
    return table


#: Month name or abbreviation (lower case) -> month number, in every language of `MONTH_NAMES`.
MONTH_LOOKUP = _month_table()
#: A month name or its abbreviation in any listed language, with an optional period ('Sept.', 'févr.').
MONTH_RE = (
    r"(?:" + "|".join(sorted((re.escape(m) for m in MONTH_LOOKUP), key=len, reverse=True)) + r")(?![^\W\d_])\.?"
)
#: Weekday names per language (full forms and the abbreviations dates print).
WEEKDAY_NAMES: dict[str, str] = {
    "en": r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?",
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim",
    "es": r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
    "it": r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica",
    "pt": r"segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?",
    "ru": r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс",
    "pl": r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela",
}
#: A weekday name or its abbreviation, in any listed language.
WEEKDAY_RE = r"(?:" + "|".join(WEEKDAY_NAMES.values()) + r")(?![^\W\d_])\.?"
#: A clock time with optional 'at'/'um'/'à'/'в', am/pm, 'Uhr' and zone
#: ('at 4:15 pm', '19.05 CET', 'um 10:14 Uhr', 'à 10h', '10 h 30').
TIME_RE = (
    r"(?:(?:at|um|à|a las|alle|às|в|o)\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,2}\s?h(?:\s?\d{2})?(?![^\W\d_]))"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|h|ч\.?))?(?:\s*[a-z]{2,4}\b)?"
)
#: Words around a date on a date line ('Published on', 'Veröffentlicht am', 'Publié le', 'г.'), per language.
DATE_WORDS: dict[str, str] = {
    "en": r"published|posted|updated|last updated|modified|date|on|at|by|am|pm|utc|gmt|of|the",
    "de": r"veröffentlicht|aktualisiert|erstellt|geändert|stand|datum|am|um|uhr|vom|den",
    "fr": r"publié|publiée|mis à jour|modifié|le|à|du|mis",
    "es": r"publicado|actualizado|el|a las|de|del",
    "it": r"pubblicato|aggiornato|il|alle|del",
    "pt": r"publicado|atualizado|em|às|de",
    "ru": r"опубликовано|обновлено|г|года|год|в",
    "pl": r"opublikowano|zaktualizowano|r|roku",
}

#: Relative ages per language ('3 hours ago', 'vor 3 Stunden', 'il y a 2 jours', 'hace 5 horas', '5 минут назад').
RELATIVE_AGES: dict[str, str] = {
    "en": r"(?:a|an|one|\d+)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago",
    "de": r"vor\s+(?:einer?|\d+)\s+(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)",
    "fr": r"il\s+y\s+a\s+(?:une?|\d+)\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?|années?)",
    "es": r"hace\s+(?:una?|\d+)\s+(?:segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|mes(?:es)?|años?)",
    "it": r"(?:un[ao]?|\d+)\s+(?:secondi|minuti?|ore|ora|giorni?|settimane?|mesi?|anni?|anno)\s+fa",
    "pt": r"há\s+(?:uma?|\d+)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)",
    "ru": r"(?:\d+\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад",
    "pl": r"(?:\d+\s+)?(?:sekund[ęy]?|minut[ęy]?|godzin[ęy]?|dni|dzień|tygodni(?:e)?|tydzień|miesi[ąę]c(?:y|e)?|lat[a]?|rok)\s+temu",
}
#: Day words that stand for a date in comment headers ('yesterday', 'gestern', 'hier', 'вчера'), per language.
DAY_WORDS: dict[str, str] = {
    "en": r"just now|yesterday|today",
    "de": r"gerade eben|soeben|gestern|heute|vorgestern",
    "fr": r"à l'instant|à l’instant|hier|aujourd'hui|aujourd’hui|avant-hier",
    "es": r"justo ahora|ahora mismo|ayer|hoy|anteayer",
    "it": r"adesso|proprio ora|ieri|oggi",
    "pt": r"agora mesmo|ontem|hoje",
    "ru": r"только что|вчера|сегодня|позавчера",
    "pl": r"przed chwilą|wczoraj|dzisiaj|dziś",
}
#: A relative age in any listed language.
RELATIVE_RE = r"(?:" + "|".join(RELATIVE_AGES.values()) + r")"
#: A day word in any listed language.
DAY_WORD_RE = r"(?:" + "|".join(DAY_WORDS.values()) + r")"

#: Longest line that `parse_date_line` reads; a longer line is prose.
MAX_DATE_LINE = 60
#: Longest markup value that `normalize_date` hands to dateutil.
MAX_DATE_TEXT = 80


# --- plain-text date lines ----------------------------------------------------

_DATE_FILLER = re.compile(
    r"(?<![^\W_])(?:" + "|".join(DATE_WORDS.values()) + "|" + "|".join(WEEKDAY_NAMES.values()) + r")(?![^\W_])",
    re.IGNORECASE,
)
_D_MDY = re.compile(rf"(?<![^\W\d_])({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
#: Day first: '3 June 2023', '21. April 2020', '1er mars 2024', '12 de marzo de 2024', '12 марта 2024', '25-Feb-2012'.
_D_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?(?:\s+|-)(?:of\s+|de\s+)?({MONTH_RE}),?(?:\s+|-)(?:de\s+|del\s+)?(\d{{4}})\b",
    re.IGNORECASE,
)
_D_MY = re.compile(rf"(?<![^\W\d_])({MONTH_RE}),?\s+(?:de\s+)?(\d{{4}})\b", re.IGNORECASE)
_D_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_D_NUM = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def _month(token: str) -> int:
    return MONTH_LOOKUP[token.lower().rstrip(".")]


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


@lru_cache(maxsize=LINE_CACHE)
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


def find_date(text: str) -> str | None:
    """ISO day of the first full date (day, month and year) anywhere in a short text, words around it
    allowed ('by Ann » Sun Jul 28, 2013 11:59 am', 'erstellt: 20. Apr 2004, 00:17'); None if none."""
    if len(text) > MAX_DATE_TEXT:
        return None
    for regex, kind in _DATE_FORMS:
        if kind == "my":
            continue  # a month and a year name no day
        for m in regex.finditer(text):
            found = _from_match(kind, m.groups())
            if found is not None:
                return found
    return None


# --- dates in HTML markup -------------------------------------------------------

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def normalize_date(value: str | None, day_first: bool = False) -> str | None:
    """An ISO 8601 string from a datetime attribute, title or date text; None if unsure.

    `day_first` reads an ambiguous numeric date ('10/05/2006') as 10 May, as pages outside
    the United States write it; the default follows dateutil (month first)."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        iso = m.group(0).replace(" ", "T", 1)
        return re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    if not _YEAR.search(value) or len(value) > MAX_DATE_TEXT:
        return None  # relative dates ('3 hours ago') are not dates we can trust
    written = _with_clock(_worded_date(value), value)  # a month named in a language dateutil does not read ('3. Mai 2004')
    cleaned = re.sub(r"(?i)\b(at|um|à)\b|(\d)(st|nd|rd|th)\b", r"\2", value)
    cleaned = re.sub(r"(?i)\bGMT(?=[+-])", "", cleaned)
    try:
        # Parsed twice with different defaults: a field that changes with the default was not in the text.
        parsed: datetime = date_parser.parse(cleaned, fuzzy=True, dayfirst=day_first, default=_DEFAULTS[0])
        check: datetime = date_parser.parse(cleaned, fuzzy=True, dayfirst=day_first, default=_DEFAULTS[1])
    except (ValueError, OverflowError, TypeError):
        return written
    if (parsed.year, parsed.month, parsed.day) != (check.year, check.month, check.day):
        return written  # dateutil filled the day or month in: no date it read
    if written is not None and parsed.date().isoformat() != written[:10]:
        return written  # dateutil took a number for the month that the text names in words
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", value):
        return parsed.date().isoformat()
    return parsed.isoformat()


#: Two defaults for dateutil's missing fields that differ in every date field.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


#: A clock time: hours, minutes, optional seconds and am/pm ('00:36', '4:06 pm', '20.38 Uhr' is not read).
_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*([ap])?\.?(?:m\b\.?)?", re.IGNORECASE)


def _with_clock(day: str | None, text: str) -> str | None:
    """The ISO day with the text's clock time, when it prints one ('03. Mai 2004, 00:36' -> '2004-05-03T00:36:00')."""
    m = _CLOCK.search(text) if day is not None and len(day) == 10 else None
    if m is None:
        return day
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    half = (m.group(4) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day
    return f"{day}T{hour:02d}:{minute:02d}:{second:02d}"


def _worded_date(text: str) -> str | None:
    """ISO day of the first date in `text` that names its month in words, in any language we read."""
    for regex, kind in ((_D_MDY, "mdy"), (_D_DMY, "dmy")):
        m = regex.search(text)
        if m:
            found = _from_match(kind, m.groups())
            if found is not None:
                return found
    return None
