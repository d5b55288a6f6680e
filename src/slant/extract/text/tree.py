"""Place replies in a flattened thread by what each comment's controls say about its position.

A scrape keeps the comments in depth-first order but drops the indentation, so
a reply's parent is always the comment just above it or one of that comment's
ancestors (the open branch). Which one the controls narrow down, without
knowing the system:

* a parent link ('parent') marks a reply; where some comments print it and
  others do not, the others are top-level;
* a root link ('root') marks a reply to a reply: where the page prints root
  links, a reply without one answers a top-level comment;
* a previous-sibling link ('prev') says the comment is not its parent's first
  answer, so it does not answer the comment right above it; where the page
  prints these, a reply without one is a first answer and answers the comment above;
* a printed reply count ('(2 children)') is an upper bound: replies hidden
  behind 'load more' links count too, but a comment saying 0 has none on the page;
* a relative age ('17 hours ago', 'vor 3 Stunden') or a printed date and time
  ('on Tuesday July 24, @10:52AM'): a reply is never older than its parent.

Of the open branch's comments that every known signal allows, the deepest is
the parent, the way depth-first order places a reply right under its latest sibling's branch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slant.extract.dates import MONTH_LOOKUP, MONTH_RE, RELATIVE_RE
from slant.extract.text.names import glued_name_date

#: Fewest comments that must print a control for the page to be read as printing it.
MIN_PRINTED = 3
#: Times the printed times must go back, comment to comment, before a thread reads as printed in tree order.
MIN_DROPS = 2
#: Steps back in time down the page, and none forward, that make a thread newest-first.
MIN_NEWEST_STEPS = 3
#: Longest line (characters) read as a comment's controls.
MAX_CONTROL_LINE = 120
#: Longest first line of a comment's text that may print its date ('on Tuesday July 24, @10:52AM (#40749677)').
MAX_DATED_LEAD = 60

_LINK = r"(?:^|[|·•]\s*|\s{{2,}})(?:{words})(?=\s*(?:[|·•]|\[|$))"
#: Links to the replied-to comment, the thread's root and the previous sibling, as a system's controls print them.
PARENT_WORDS = r"parent|übergeordnet|parent comment|padre|родитель"
ROOT_WORDS = r"root|wurzel|raíz|racine|корень"
PREV_WORDS = r"prev|previous|zurück|précédent|anterior|пред"
_PARENT_RE = re.compile(_LINK.format(words=PARENT_WORDS), re.IGNORECASE)
_ROOT_RE = re.compile(_LINK.format(words=ROOT_WORDS), re.IGNORECASE)
_PREV_RE = re.compile(_LINK.format(words=PREV_WORDS), re.IGNORECASE)
#: Relative ages, with the abbreviated units some threads print ('6 yr. ago', '3 hr. ago').
_AGE_RE = re.compile(RELATIVE_RE + r"|\b(?:a|an|one|\d+)\s+(?:sec|min|hr|wk|mo|yr)s?\.?\s+ago\b", re.IGNORECASE)
_AMOUNT_RE = re.compile(r"\d+")
_MONTH_DAY_RE = re.compile(
    rf"(?<![^\W\d_])(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b,?(?:\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m2>{MONTH_RE})(?:,?\s+(?:de\s+)?(?P<y2>\d{{4}})\b)?"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b"
    r"|(?<![\d.])(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}|\d{2})(?![\d.])",  # day first: '22.04.18'

    re.IGNORECASE,
)
_CLOCK_RE = re.compile(r"(?<![\d:.])(\d{1,2})\s?[:.h]\s?(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?(?![\d])", re.IGNORECASE)
#: Seconds per age unit, by the unit word's stem in the languages `dates.RELATIVE_AGES` lists.
_UNIT_SECONDS: tuple[tuple[str, float], ...] = (
    (r"\b(?:sec|sek|сек|segund)", 1.0),
    (r"\b(?:min|мин)", 60.0),
    (r"\b(?:hour|hr|stunde|std|heure|hora|ora|ore|час|godzin|h\b)", 3600.0),
    (r"\b(?:week|wk|woche|semaine|semana|settiman|недел|tydzie|tygodn)", 7 * 86400.0),
    (r"\b(?:day|tag|jour|día|dia|giorn|дн|день|dni|dzie)", 86400.0),
    (r"\b(?:month|mo\b|monat|mois|mes|месяц|miesi)", 30 * 86400.0),
    (r"\b(?:year|yr|jahr|an\b|ans\b|année|año|anno|ano|год|лет|rok|lat)", 365 * 86400.0),
)


@dataclass
class Hints:
    """What one comment's controls say about its place; None where the page does not say."""

    reply: bool | None = None  # prints a parent link (True), or the page prints them and this one has none
    deep: bool | None = None  # answers a reply (root link printed), or answers a top-level comment
    first_answer: bool | None = None  # no previous-sibling link where the page prints them
    bound: int | None = None  # a printed reply count: at most this many answers
    age: float | None = None  # seconds before the page was saved
    when: tuple[int, int, int, int | None] | None = None  # (year or 0, month, day, minute of the day) printed


def is_parent_link(line: str) -> bool:
    """Whether a control line links to the replied-to comment ('ann 3h | parent | next'): only replies print it."""
    return len(line) <= MAX_CONTROL_LINE and bool(_PARENT_RE.search(line.strip()))


def age_seconds(line: str) -> float | None:
    """Seconds a relative age in the line stands for ('17 hours ago' -> 61200), or None."""
    m = _AGE_RE.search(line)
    if not m:
        return None
    text = m.group().lower()
    amount = _AMOUNT_RE.search(text)
    number = float(amount.group()) if amount else 1.0
    for stem, seconds in _UNIT_SECONDS:
        if re.search(stem, text):
            return number * seconds
    return None


def printed_moment(line: str) -> tuple[int, int, int, int | None] | None:
    """(year or 0, month, day, minute of the day or None) of a date printed in a header line, or None."""
    m = _MONTH_DAY_RE.search(line)
    if not m:
        return None
    g = m.groupdict()
    if g["y3"]:
        year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
    elif g["y4"]:
        year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
        year += 2000 if year < 100 else 0
    else:
        name = (g["m1"] or g["m2"]).lower().rstrip(".")
        month, day = MONTH_LOOKUP.get(name, 0), int(g["d1"] or g["d2"])
        year = int(g["y1"] or g["y2"] or 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    clock = _CLOCK_RE.search(line[m.end():])
    minute: int | None = None
    if clock:
        hour = int(clock.group(1)) % 12 if clock.group(3) else int(clock.group(1))
        hour += 12 if (clock.group(3) or "").lower() == "p" else 0
        minute = hour * 60 + int(clock.group(2)) if hour < 24 and int(clock.group(2)) < 60 else None
    return year, month, day, minute


def _not_after(a: tuple[int, int, int, int | None], b: tuple[int, int, int, int | None]) -> bool:
    """Whether moment a is no later than b (years compared only where both print one, minutes where both do)."""
    if a[0] and b[0] and a[0] != b[0]:
        return a[0] < b[0]
    if a[1:3] != b[1:3]:
        return a[1:3] < b[1:3]
    return a[3] is None or b[3] is None or a[3] <= b[3]


def control_hints(controls: list[list[str]]) -> list[Hints]:
    """Hints per comment from each comment's control lines (header and footer, not its text).

    Parent links count only where at least MIN_PRINTED comments print them and
    not every comment does (a link printed on every comment tells nothing).
    """
    def flags(regex: re.Pattern[str], least: int) -> list[bool] | None:
        found = [any(len(line) <= MAX_CONTROL_LINE and regex.search(line.strip()) for line in own) for own in controls]
        return found if least <= sum(found) < len(found) else None

    parent = flags(_PARENT_RE, MIN_PRINTED)  # the lines `is_parent_link` reads
    # root and sibling links sit among the parent links: once those are printed, one of them shows the layout
    root, prev = flags(_ROOT_RE, 1), flags(_PREV_RE, 1)
    hints: list[Hints] = []
    for k, own in enumerate(controls):
        hint = Hints()
        if parent is not None:
            hint.reply = parent[k]
            if root is not None and parent[k]:
                hint.deep = root[k]
            if prev is not None and parent[k]:
                hint.first_answer = not prev[k]
        # a header glued to its name ('dmitri774 hours ago') dates only after the name ('4 hours ago')
        dates = [glued[1] if (glued := glued_name_date(line)) else line for line in own if len(line) <= MAX_CONTROL_LINE]
        ages = [a for a in (age_seconds(line) for line in dates) if a is not None]
        hint.age = ages[0] if ages else None
        moments = [t for t in (printed_moment(line) for line in dates) if t is not None]
        hint.when = moments[0] if moments else None
        hints.append(hint)
    return hints


def dated_lead(line: str) -> bool:
    """Whether a comment's first line may be its date printed under the header rather than its text."""
    text = line.strip()
    return len(text) <= MAX_DATED_LEAD and not text.endswith((".", "!", "?")) and bool(re.search(r"\d", text))


def _branch(parents: list[int | None], k: int) -> list[int]:
    """The open branch above comment k: the comment right above it and that comment's ancestors, deepest first."""
    out: list[int] = []
    j: int | None = k - 1 if k > 0 else None
    while j is not None and j not in out:
        out.append(j)
        j = parents[j]
    return out


def place(
    guesses: list[int | None], hints: list[Hints], replies: list[bool] | None = None, bounds: list[int | None] | None = None
) -> list[int | None]:
    """Parents consistent with the hints: a guess (from names, quotes, labels) stands where the hints allow it.

    `replies` marks comments known to answer something ('Re:' subjects) where the
    hints do not say; `bounds` are printed reply counts, read as upper bounds.
    """
    parents: list[int | None] = []
    answers = [0] * len(guesses)
    ordered = tree_order_replies(hints)
    for k, hint in enumerate(hints):
        reply = hint.reply if hint.reply is not None else (True if (replies and replies[k]) or ordered[k] else None)
        named = guesses[k]
        guess = named if named is not None and named < k else None
        if reply is False or (reply is None and guess is None) or k == 0:
            parents.append(None if reply is False or k == 0 else guess)
            continue
        branch = _branch(parents, k)
        depth = {j: len(_branch(parents, j + 1)) - 1 for j in branch}  # 0: a top-level comment
        allowed = [j for j in branch if _allows(j, k, hint, hints, depth[j], branch, answers, bounds)]
        if guess is not None and _guess_stands(guess, k, hint, hints, allowed, answers, bounds):
            parent: int | None = guess
        elif reply is None:
            parent = None  # a guess the dates or counts rule out, on a comment not known to be a reply
        elif allowed:
            parent = allowed[0]
        else:
            parent = k - 1  # every comment of the branch ruled out: the one above is the likeliest left
        parents.append(parent)
        if parent is not None:
            answers[parent] += 1
    return parents


def _in_order(a: tuple[int, int, int, int | None] | None, b: tuple[int, int, int, int | None] | None) -> bool | None:
    """Whether moment a is no later than b, or None when either does not print its time to the minute."""
    if a is None or b is None or a[3] is None or b[3] is None:
        return None
    return _not_after(a, b)


def newest_first(hints: list[Hints]) -> bool:
    """Whether a thread prints newest first: the printed ages or times only ever go back down the page,
    at least MIN_NEWEST_STEPS times (a flat list sorted by 'Newest'); a reply printed under its
    parent would be newer than the line above it."""
    older = newer = 0
    for a, b in zip(hints, hints[1:]):
        if a.age is not None and b.age is not None:
            older, newer = older + (b.age > a.age), newer + (b.age < a.age)
        elif (step := _in_order(a.when, b.when)) is not None and a.when != b.when:
            older, newer = older + (not step), newer + step
    return older >= MIN_NEWEST_STEPS and newer == 0


def tree_order_replies(hints: list[Hints]) -> list[bool]:
    """Comments that the printed times place under the one above, where the thread prints in tree order.

    Top-level comments print oldest first and each reply follows its parent, so the
    printed times go back at each new top-level comment that follows an answered one.
    Where they go back at least MIN_DROPS times (to the minute), the page is in tree
    order, and a comment no older than the one above it (to the minute, same day or
    later) reads as a reply into the open branch; one older than the one above does not.
    """
    whens = [h.when for h in hints]
    orders = [None] + [_in_order(a, b) for a, b in zip(whens, whens[1:])]
    if sum(1 for o in orders if o is False) < MIN_DROPS:
        return [False] * len(hints)
    return [o is True for o in orders]


def _guess_stands(
    guess: int, k: int, hint: Hints, hints: list[Hints], allowed: list[int], answers: list[int],
    bounds: list[int | None] | None,
) -> bool:
    """Whether a parent named or quoted by the text stands: the branch is only as sure as the links that built it.

    Where the page prints no root or sibling links, the open branch comes from
    guesses too, so a named parent off it stands unless its date or count rules it out.
    """
    if guess in allowed:
        return True
    if hint.deep is not None or hint.first_answer is not None:
        return False
    return _allows(guess, k, Hints(age=hint.age, when=hint.when), hints, 0, [guess], answers, bounds)


def _allows(
    j: int, k: int, hint: Hints, hints: list[Hints], depth: int, branch: list[int], answers: list[int],
    bounds: list[int | None] | None,
) -> bool:
    """Whether comment j of the open branch may be comment k's parent under k's hints."""
    if hint.deep is False and depth != 0:
        return False
    if hint.deep is True and depth == 0:
        return False
    if hint.first_answer is True and j != branch[0]:
        return False
    if hint.first_answer is False and j == branch[0]:
        return False
    bound = bounds[j] if bounds is not None else None
    if bound is not None and answers[j] >= bound:
        return False
    older, age = hints[j].age, hint.age
    if older is not None and age is not None and older < age:
        return False
    then, now = hints[j].when, hint.when
    return then is None or now is None or _not_after(then, now)


__all__ = [
    "Hints", "age_seconds", "control_hints", "dated_lead", "is_parent_link", "place", "printed_moment",
    "tree_order_replies",
]
