"""Place replies by the reply counts a thread prints ('раскрыть ветку 13', '(11 children)', '3 replies').

Threads print depth-first, and many comment systems print, in each comment's
header or footer, how many replies sit under it. Where that count is the size
of the comment's subtree, the counts alone rebuild the tree: the next N comments
belong under a comment that says N, and a comment that says nothing (or 0) has
no replies. Nothing here knows the count's words: a count is a number whose
neighbouring tokens recur in several comments with varying values, and it is
trusted only where the values nest the way subtree sizes must.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from slant.extract.text.boilerplate import is_timestamp

#: Comments that must print the same count frame before it is read as one.
MIN_COUNTED = 3
#: Longest line (characters) that may carry a count: header and footer chrome, not comment text.
MAX_COUNT_LINE = 90
#: Largest number read as a count.
MAX_COUNT = 999
#: Characters of a neighbouring token kept in a frame, so '1 child' and '11 children' share one.
FRAME_CHARS = 4
#: Share of non-zero counts that may overrun their parent's subtree (replies loaded later, deleted ones).
MAX_OVERRUN_SHARE = 0.1
#: Share of non-zero counts that must fit in the comments below them for a frame to be read as upper bounds.
MIN_BOUND_FIT = 0.9

_NUMBER_RE = re.compile(r"(?<![\w.,:/+-])\d{1,3}(?![\w.,:/%])")


@dataclass
class _Open:
    """A comment whose subtree still has room for `left` more comments."""

    index: int
    left: int


def _frame(line: str, start: int, end: int) -> tuple[str, str] | None:
    """The tokens around a number: the last one before it and the first one after, cut to FRAME_CHARS."""
    before, after = line[:start].split(), line[end:].split()
    left = before[-1][-FRAME_CHARS:].lower() if before else ""
    right = after[0][:FRAME_CHARS].lower() if after else ""
    if not re.search(r"[^\W\d_]", left + right):
        return None  # a bare number or '+3': a vote, not a count of replies
    number = line[start:end]
    for j in range(3):
        for k in range(3):
            if is_timestamp(" ".join(before[len(before) - j :] + [number] + after[:k])):
                return None  # an age ('20 years ago', 'vor 3 Stunden'), not a count
    return left, right


#: A count alone on its line: a scraper that puts every text node on a line split it from its label.
_BARE_COUNT_RE = re.compile(r"^\d{1,3}$")


def _split_frame(lines: list[str], i: int, first: int) -> tuple[str, str] | None:
    """The frame of a count alone on line i whose label ends the line above ('expand branch' / '13').

    A label below is not read: the count above a 'Reply' button is a vote ('12' / '0' / 'Reply')."""
    above = lines[i - 1].strip() if i > first else ""
    if above and len(above) <= MAX_COUNT_LINE and re.search(r"[^\W\d_]$", above):
        return above.split()[-1][-FRAME_CHARS:].lower(), ""
    return None


def _counts_by_frame(lines: list[str], spans: list[tuple[int, int]]) -> dict[tuple[str, str], dict[int, int]]:
    """For each frame, the number it holds in each comment span that prints it exactly once."""
    seen: dict[tuple[str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k, (first, last) in enumerate(spans):
        for i in range(first, last + 1):
            line = lines[i].strip()
            if not line or len(line) > MAX_COUNT_LINE:
                continue
            if _BARE_COUNT_RE.match(line):
                split = _split_frame(lines, i, first)
                if split is not None:
                    seen[split][k].append(int(line))
                continue
            for m in _NUMBER_RE.finditer(line):
                frame = _frame(line, m.start(), m.end())
                if frame is not None:
                    seen[frame][k].append(int(m.group()))
    return {
        frame: {k: values[0] for k, values in per.items() if len(values) == 1}
        for frame, per in seen.items()
    }


def _nest(counts: list[int]) -> tuple[list[int | None], int]:
    """Parents implied by reading each count as a subtree size, and how many counts overran."""
    parents: list[int | None] = []
    stack: list[_Open] = []
    overruns = 0
    for k, count in enumerate(counts):
        while stack and stack[-1].left <= 0:
            stack.pop()
        parents.append(stack[-1].index if stack else None)
        for entry in stack:
            entry.left -= 1
        room = stack[-1].left if stack else len(counts) - 1 - k
        if count > room:
            overruns += 1
            count = room
        if count > 0:
            stack.append(_Open(k, count))
    return parents, overruns


def spans_from_heads(heads: list[int], end: int) -> list[tuple[int, int]]:
    """Each comment's lines (inclusive) from the first line of each comment and the thread's end."""
    return [(head, (heads[k + 1] if k + 1 < len(heads) else end) - 1) for k, head in enumerate(heads)]


def subtree_parents(lines: list[str], spans: list[tuple[int, int]]) -> list[int | None] | None:
    """Each comment's parent read from printed subtree sizes, or None where the thread prints none.

    `spans` are each comment's lines (header to footer, inclusive). A frame
    counts when MIN_COUNTED comments print it with a non-zero value, with at least
    two values in all; a comment without it has no replies. Ages ('3 hours ago')
    are never counts.
    Of the frames whose values nest (few overruns), the one with most non-zero
    counts wins.
    """
    best: tuple[int, list[int | None]] | None = None
    for per in _counts_by_frame(lines, spans).values():
        if len(per) < MIN_COUNTED or len(set(per.values())) < 2 or not any(v <= MAX_COUNT for v in per.values()):
            continue
        counts = [min(per.get(k, 0), MAX_COUNT) for k in range(len(spans))]
        nonzero = sum(1 for c in counts if c > 0)
        if nonzero < MIN_COUNTED:
            continue
        parents, overruns = _nest(counts)
        if overruns > MAX_OVERRUN_SHARE * nonzero or not any(p is not None for p in parents):
            continue
        if best is None or nonzero > best[0]:
            best = (nonzero, parents)
    return best[1] if best is not None else None


def in_subtree(parents: list[int | None], root: int | None, node: int | None) -> bool:
    """Whether `node` is `root` or below it in the tree `parents` describes: a count says which
    subtree a reply sits in, and a name or quote that points inside it is the nearer parent."""
    seen: set[int] = set()
    while node is not None and root is not None and node not in seen:
        if node == root:
            return True
        seen.add(node)
        node = parents[node]
    return False


def reply_bounds(lines: list[str], spans: list[tuple[int, int]]) -> list[int | None] | None:
    """Each comment's printed reply count read as an upper bound, where counts overrun the visible replies.

    '(11 children)' also counts replies behind 'load more' links, so counts need
    not nest (`subtree_parents`), but a count still bounds the answers on the
    page, and 0 says none. A frame qualifies as in `subtree_parents`, and its
    non-zero values must mostly fit in the comments below them (votes do not).
    A comment that prints no value is unknown (None).
    """
    best: tuple[int, list[int | None]] | None = None
    n = len(spans)
    for per in _counts_by_frame(lines, spans).values():
        if len(per) < MIN_COUNTED or len(set(per.values())) < 2 or 0 not in per.values():
            continue
        nonzero = [k for k, v in per.items() if v > 0]
        if len(nonzero) < MIN_COUNTED:
            continue
        fit = sum(1 for k in nonzero if per[k] <= n - 1 - k)
        if fit < MIN_BOUND_FIT * len(nonzero):
            continue
        if best is None or len(nonzero) > best[0]:
            best = (len(nonzero), [per.get(k) for k in range(n)])
    return best[1] if best is not None else None
