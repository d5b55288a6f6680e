"""Display names with a badge or a home instance glued on by the renderer.

A comment header often prints small labels right after the name ('OP', 'Mod',
'Leader', 'Top fan') or the commenter's home server ('ann@lemmy.world'); a
scraper that joins inline elements without spaces glues them to the name
('AnnOP', 'mrjoepedLeader'). The page itself shows where the name ends: the
bare name stands alone elsewhere (a reply's 'in reply to' line, a mention), or
the same glued tail follows several different names. No label list is needed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

#: Different names a glued tail must follow before it reads as a badge without other evidence.
MIN_BADGE_HEADS = 3
#: Longest one-word line read as a name with a glued badge.
MAX_BADGED_CHARS = 48
#: Shortest name left once a tail is cut off.
MIN_HEAD_CHARS = 2

#: 'name@host.tld': a federated handle; the name is the part before the instance.
_INSTANCE_RE = re.compile(r"^(?P<name>[^\s@]{2,40})@[\w-]+(?:\.[\w-]+)+$")


def _glued_splits(name: str) -> list[tuple[str, str]]:
    """(head, tail) where a capitalised tail is glued to the name ('mrjoepedLeader', 'AnnOPMA'), longest head first."""
    out: list[tuple[str, str]] = []
    for p in range(len(name) - 1, MIN_HEAD_CHARS - 1, -1):
        before, here, tail = name[p - 1], name[p], name[p:]
        if not here.isupper() or " " in tail or len(tail) < 2:
            continue
        in_caps_run = before.isupper() and tail.isupper() and any(ch.islower() for ch in name[:p])
        if before.islower() or before.isdigit() or in_caps_run:
            out.append((name[:p], tail))
    return out


def _heads_by_tail(splits: Iterable[list[tuple[str, str]]]) -> dict[str, set[str]]:
    """For each glued tail, the different names it follows."""
    heads: dict[str, set[str]] = defaultdict(set)
    for options in splits:
        for head, tail in options:
            heads[tail].add(head)
    return heads


def badged_lines(lines: list[str], start: int, end: int) -> dict[int, str]:
    """Lines of lines[start:end] that are a name with a badge glued on, and the bare name of each.

    The badge is a tail that follows MIN_BADGE_HEADS different one-word names
    ('mrjoepedLeader', 'sonnyLeader', 'rdz69Leader'); only author lines carry
    one, so such a line heads a comment even where the line under it is a name too.
    """
    candidates = {
        i: _glued_splits(lines[i].strip())
        for i in range(start, end)
        if lines[i].strip() and " " not in lines[i].strip() and len(lines[i].strip()) <= MAX_BADGED_CHARS
    }
    heads_by_tail = _heads_by_tail(candidates.values())
    out: dict[int, str] = {}
    for i, options in candidates.items():
        shared = [head for head, tail in options if len(heads_by_tail[tail]) >= MIN_BADGE_HEADS]
        if shared:
            out[i] = shared[0]
    return out


def plain_names(authors: list[str | None], lines: list[str]) -> list[str | None]:
    """The authors with glued badges and home instances cut off, where the page shows the bare name."""
    bare = {line.strip() for line in lines if line.strip()}
    splits = {a: _glued_splits(a) for a in set(authors) if a}
    heads_by_tail = _heads_by_tail(splits.values())
    out: list[str | None] = []
    for author in authors:
        if not author:
            out.append(author)
            continue
        handle = _INSTANCE_RE.match(author)
        if handle:
            out.append(handle.group("name"))
            continue
        options = splits[author]
        shown = [h for h, _ in options if h in bare]
        shared = [h for h, t in options if len(heads_by_tail[t]) >= MIN_BADGE_HEADS]
        out.append((shown or shared or [author])[0])
    return out
