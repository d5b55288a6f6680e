"""Find a comment system's own layout in a thread by repetition, without knowing its vocabulary.

Every comment in a thread is printed from the same template, so the comment
system's chrome repeats once per comment while what readers write does not.
Two page-level signals follow from that, and neither needs the system's
words to be listed in `boilerplate`:

* repeated chrome: a short line whose digit-masked form ('👍 24 👎 2' ->
  '👍 # 👎 #') recurs in three or more slots with varying numbers, or an
  identical short line ('Avatar', 'Delete') that recurs three or more times
  and mostly stands right above a name line;
* tailed author lines: lines that end with the same tail ('... said...',
  '... 5 hours ago | parent | next [–]') after different names; the part
  before the tail is the display name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from slant.extract.text.boilerplate import SEPARATOR
from slant.extract.text.names import AUTHOR_THRESHOLD, is_name_line, name_before_date, name_score, name_shaped

#: Occurrences in one thread from which a line template counts as the system's own.
MIN_REPEATS = 3
#: Longest line (characters) that repeated-chrome and tailed-author rules look at.
MAX_TEMPLATE_LINE = 70
#: Longest masked line ('recommend #') that a repeated word-and-count widget may take.
MAX_WIDGET_LINE = 24
#: Share of an identical line's occurrences that must stand above a name line.
ABOVE_NAME_SHARE = 0.6
#: Tail lengths (tokens) tried when looking for a shared author-line tail.
TAIL_TOKENS = (3, 2, 1)  # longest first: the shortest head is the name

_DIGITS_RE = re.compile(r"\d+")
_AGE_CUT_RE = re.compile(
    r"\s+(?:\d+\s*(?:s|m|h|d|w|y|sec|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\b.*"
    r"|(?:a|an|one)\s+(?:minute|hour|day|week|month|year)s?\s+ago\b.*|\d{1,2}[./:]\d{2}.*)$",
    re.IGNORECASE,
)


def _is_widget(template: str) -> bool:
    """One word and one standalone count ('recommend #', '# replies', 'helpful (#)')."""
    tokens = template.split()
    counts = [t for t in tokens if re.fullmatch(r"[(\[:]?[+-]?#(?:[.,]#)?k?[)\]]?", t)]
    return len(tokens) == 2 and len(counts) == 1


def _mask(line: str) -> str:
    return _DIGITS_RE.sub("#", re.sub(r"\s+", " ", line.strip().lower()))


def _next_content(lines: list[str], i: int, end: int) -> int | None:
    j = i + 1
    while j < end and not lines[j].strip():
        j += 1
    return j if j < end else None


def repeated_chrome(
    lines: list[str], chrome: list[str | None], start: int, end: int, names: frozenset[int] = frozenset()
) -> dict[int, str]:
    """Lines of lines[start:end] that are the comment system's repeated chrome, as SEPARATOR.

    `names` are indices already known to be author lines (`tailed_authors`).
    """
    slots: dict[str, list[int]] = defaultdict(list)
    for i in range(start, end):
        text = lines[i].strip()
        if text and len(text) <= MAX_TEMPLATE_LINE:  # chrome lines count, only the rest get marked
            slots[_mask(text)].append(i)
    found: dict[int, str] = {}
    for template, where in slots.items():
        if len(where) < MIN_REPEATS:
            continue
        raw = Counter(lines[i].strip() for i in where)
        if "#" in template and len(raw) >= 2 and not re.search(r"[^\W\d_]{3,}", template.replace("#", " ")):
            # same frame, varying numbers, no words: counters and votes ('👍 24 👎 2')
            found.update((i, SEPARATOR) for i in where if chrome[i] is None)
            continue
        if "#" in template and len(raw) >= 2 and len(template) <= MAX_WIDGET_LINE and _is_widget(template):
            # a short word with a varying count in every slot ('Recommend 112', 'Helpful (4)'): a widget
            found.update((i, SEPARATOR) for i in where if chrome[i] is None)
            continue
        if len(raw) != 1 or len(template.split()) > 3:
            continue
        above_name = 0
        for i in where:
            j = _next_content(lines, i, end)
            while j is not None and chrome[j] is not None:  # 'Report' / 'level 2' / name: chrome between
                j = _next_content(lines, j, end)
            if j is not None and chrome[j] is None and _mask(lines[j]) != template and (
                j in names or is_name_line(lines[j])
            ):
                above_name += 1
        if above_name >= ABOVE_NAME_SHARE * len(where):
            found.update((i, SEPARATOR) for i in where if chrome[i] is None)
    return found


def _head_name(head: str) -> str:
    """The display name in the part of a tailed author line before its tail."""
    name = re.split(r"\s+[|•·]\s*|\s*[|•·]\s+", head.strip(), maxsplit=1)[0]
    name = _AGE_CUT_RE.sub("", name).strip(" |•·-–—:")
    return name_before_date(name) or name  # the rest of a date the tail began ('IwonaMay 30, 2019')


def tailed_authors(lines: list[str], chrome: list[str | None], start: int, end: int) -> dict[int, str]:
    """Author lines that share a tail after different names: line index -> display name."""
    candidates = [
        i for i in range(start, end)
        if lines[i].strip() and chrome[i] is None and len(lines[i].strip()) <= MAX_TEMPLATE_LINE
    ]
    found: dict[int, str] = {}
    for size in TAIL_TOKENS:
        groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i in candidates:
            tokens = lines[i].strip().split()
            if len(tokens) <= size:
                continue
            raw_tail = " ".join(tokens[-size:])
            tail = _mask(raw_tail)
            if len(raw_tail) < 2 or not re.search(r"[^\w\s]", raw_tail):
                continue  # plain words end sentences as often as author lines; names are found elsewhere
            groups[tail].append((i, " ".join(tokens[:-size])))
        for members in groups.values():
            # a header the whole line parses as ('von Ann » 16 Apr 2020, 10:26') names its author better
            # than a cut at a shared tail, which may leave the date's first token ('von Ann » 16')
            names = {i: name_before_date(lines[i]) or _head_name(head) for i, head in members}
            good = {
                i: name for i, name in names.items()
                if name and (name_score(name) >= AUTHOR_THRESHOLD or name_shaped(name))
                and (nxt := _next_content(lines, i, end)) is not None and not is_name_line(lines[nxt])
            }
            if len(good) >= MIN_REPEATS and len(set(good.values())) >= 2 and len(good) >= 0.8 * len(members):
                for i, name in good.items():
                    found.setdefault(i, name)
    return found
