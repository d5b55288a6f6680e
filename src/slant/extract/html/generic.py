"""Structural fallback: find comment blocks on pages without a dedicated reader.

Forums, link aggregators and hosted blogs (Blogger, Hacker News, Reddit,
Discourse, phpBB, Lemmy, XenForo, ...) all repeat one block per comment: a
block with one text body and an author name, often nested for replies. We group
elements by tag and a comment-like class token ("comment", "post", "message",
"comtr", ...), score each group by how many members hold exactly one text body
and an author, and keep the best group, preferring the outer block (which
carries the nesting) and explicit comment names on near ties.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from slant.extract.html.dom import PRUNE_TAGS, Grouping, Groups, group_by_keys, is_quote, walk
from slant.extract.html.markup import AUTHOR_TOKENS, TEXT_TOKENS, Markup, hint_rank

GENERIC = Markup("generic")

#: Token words that name a repeated post-like block.
_ITEM = re.compile(
    r"(?:^|[-_])(comments?|comtr|athing|repl(?:y|ies)|posts?|messages?|thing|answers?|responses?|"
    r"notes?|entry|review|type:comment|itemprop:comment)(?:[-_]|$)"
)
_COMMENTISH = re.compile(r"comment|comtr|repl")
#: Token words that name a part, list or widget rather than one post.
_PART = re.compile(
    r"list|form|respond|count|link|area|title|meta|date|time|header|footer|avatar|icon|btn|button|"
    r"nav|widget|sidebar|menu|share|vote|tooltip|toggle|feed|rss|card|thumb|image|excerpt|related|"
    r"recent|popular|signup|save|embed|section|policy|rules|editor|preview|attachment|score"
)
_NON_ITEM = frozenset(TEXT_TOKENS) | frozenset(AUTHOR_TOKENS)
_MAX_SCAN = 400_000
#: No-JavaScript fallbacks (Discourse's crawler view) live in <noscript>: scan it.
_MAX_GROUPS = 60
_MAX_SCORED = 1000
_WEAK_AUTHOR = {"itemprop:name", "name", "tag:cite"}
#: Score of one member with a single text body and an author; without an author it counts less.
AUTHORED_WEIGHT = 1.0
UNAUTHORED_WEIGHT = 0.25
#: Least group score that can be a thread (one authored comment).
MIN_GROUP_SCORE = 1.0
#: Share of valid members that must carry an author for a non-comment-named, flat group.
MIN_AUTHORED_SHARE = 0.8
#: A group within this share of the best score may replace it (outer block or comment name).
NEAR_TIE = 0.9
#: Share of inner members that must sit inside outer members for the outer group to contain it.
CONTAIN_SHARE = 0.8
#: Members checked for nesting (bounds work on huge groups).
MAX_NESTING_CHECK = 500


def _is_key(tok: str) -> bool:
    """A hint that names one post ('comment', 'post-item'), not a part or a list of them."""
    # _ITEM first: it is the cheaper test and fails on most tokens.
    return _ITEM.search(tok) is not None and not (tok in _NON_ITEM or tok.startswith("testid:") or _PART.search(tok))


#: Blocks named like posts, outside scripts, widgets and forms.
GROUPING = Grouping(PRUNE_TAGS, _is_key, max_scan=_MAX_SCAN)


def _candidate_groups(tree: lxml_html.HtmlElement) -> Groups:
    return group_by_keys(tree, [GROUPING])[0]


def _score(members: list[lxml_html.HtmlElement]) -> tuple[float, int]:
    """(score, members with exactly one text body): author-bearing single-body blocks count 1."""
    text_order = {t: i for i, t in enumerate(GENERIC.text_order())}
    author_order = {t: i for i, t in enumerate(a for a in GENERIC.author_order() if a not in _WEAK_AUTHOR)}
    member_set = set(members)
    score = 0.0
    valid = 0
    sample = members[:_MAX_SCORED]  # bound the work; scaled back up below
    for item in sample:
        own = list(walk(item, lambda el: el in member_set or is_quote(el)))
        best: int | None = None
        bodies: list[lxml_html.HtmlElement] = []
        for el in own:
            r = hint_rank(el, text_order)
            if r is None:
                continue
            if best is None or r < best:
                best, bodies = r, [el]
            elif r == best and not any(b in el.iterancestors() for b in bodies):
                bodies.append(el)
        if len(bodies) != 1 or not bodies[0].text_content().strip():
            continue
        valid += 1
        inside = set(bodies[0].iter())
        has_author = bool(item.get("data-author")) or any(
            el not in inside and hint_rank(el, author_order) is not None and el.text_content().strip()
            for el in own
        )
        score += AUTHORED_WEIGHT if has_author else UNAUTHORED_WEIGHT
    scale = len(members) / len(sample) if sample else 1.0
    return score * scale, round(valid * scale)


def _nested(members: list[lxml_html.HtmlElement]) -> bool:
    member_set = set(members)
    return any(a in member_set for m in members[:MAX_NESTING_CHECK] for a in m.iterancestors())


def _contains(outer: list[lxml_html.HtmlElement], inner: list[lxml_html.HtmlElement]) -> bool:
    """Most inner members sit strictly inside some outer member."""
    outer_set = set(outer)
    hits = sum(1 for m in inner if any(a in outer_set for a in m.iterancestors()))
    return hits >= CONTAIN_SHARE * len(inner)


def find_generic_blocks(tree: lxml_html.HtmlElement, groups: Groups | None = None) -> list[lxml_html.HtmlElement]:
    """The members of the best repeated comment-like group, in document order; [] if none.

    `groups`: the page's groups by GROUPING when the caller has them (one pass for both detectors)."""
    scored = _scored_groups(_candidate_groups(tree) if groups is None else groups)
    if not scored:
        return []
    scored.sort(key=lambda s: (-s[0], not s[1]))
    return _prefer_outer_or_named(scored)[3]


#: (score, comment-named, key, members) of a group that may be the thread.
_Scored = tuple[float, bool, str, list[lxml_html.HtmlElement]]


def _scored_groups(groups: Groups) -> list[_Scored]:
    """The largest distinct groups that read as a thread, with their scores.

    A group not named like comments ('post', 'entry') needs two valid members
    and mostly authored or nested ones: a lone 'post' is the article itself.
    """
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))[:_MAX_GROUPS]
    scored: list[_Scored] = []
    seen_sets: set[frozenset[int]] = set()
    for (_tag, key), members in ranked:
        ident = frozenset(id(m) for m in members)
        if ident in seen_sets:
            continue
        seen_sets.add(ident)
        score, valid = _score(members)
        commentish = bool(_COMMENTISH.search(key)) and ":" not in key  # class names only
        if valid == 0 or score < MIN_GROUP_SCORE:
            continue
        if not commentish and (valid < 2 or (score < MIN_AUTHORED_SHARE * valid and not _nested(members))):
            continue  # a lone 'post' or 'entry' is the article itself, not a thread
        scored.append((score, commentish, key, members))
    return scored


def _prefer_outer_or_named(scored: list[_Scored]) -> _Scored:
    """From the top-scored group, move to a near tie that is comment-named or encloses it.

    The outer block carries the nesting of replies, and an explicit comment
    name beats a generic one ('post'); repeated until no near tie is better.
    """
    best = scored[0]
    changed = True
    for _ in range(len(scored)):
        if not changed:
            break
        changed = False
        for cand in scored:
            if cand is best or cand[0] < NEAR_TIE * best[0]:
                continue
            better_name = cand[1] and not best[1]
            outer = _contains(cand[3], best[3]) and not _contains(best[3], cand[3])
            if (better_name and not _contains(best[3], cand[3])) or (outer and cand[1] >= best[1]):
                best, changed = cand, True
                break
    return best
