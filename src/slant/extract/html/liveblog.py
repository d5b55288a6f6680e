"""Live blogs: dated, signed, repeated updates that are the article, not reader comments.

A live blog ("Live: the war, day 400") repeats one block per update, each with a
time and often a reporter's name: the shape every thread detector looks for.
Read as a thread, the updates would leave the article and be analysed as
readers' words. The markup says which it is: schema.org `LiveBlogPosting` /
`liveBlogUpdate` microdata, or class and id words of live coverage in the
languages we read ('liveblog', 'live-update', 'liveticker', 'en direct', 'en
vivo', 'онлайн'). Only the blocks so marked (or inside a block so marked) are
refused: a live blog's reader comments below it are still found.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from slant.extract.html.dom import tokens

#: Class and id words of live coverage: 'liveblog', 'live-blog-entry', 'liveticker', 'live_update', 'lb-post',
#: 'en-direct', 'directo', 'in-diretta', 'ao-vivo', 'na-zywo', 'онлайн'; schema.org's live blog types.
LIVE_WORDS = re.compile(
    r"live[-_]?(?:blog|ticker|update|coverage|event|feed|post|entry|stream)|"
    r"^lb[-_](?:post|entry|item|update)|"
    r"(?:^|[-_])(?:en[-_]?direct|en[-_]vivo|directo|in[-_]?diretta|ao[-_]vivo|na[-_]zywo|онлайн|трансляци)|"
    r"type:liveblogposting|itemprop:liveblogupdate",
    re.IGNORECASE,
)
#: Levels above a block searched for a live-coverage container.
MAX_LEVELS = 8
#: Blocks of a thread checked.
MAX_CHECKED = 20
#: Share of a thread's blocks inside live coverage for the thread to be the live blog.
MIN_LIVE_SHARE = 0.5


def in_live_coverage(block: lxml_html.HtmlElement, seen: dict[lxml_html.HtmlElement, bool] | None = None) -> bool:
    """The block, or a container a few levels above it, is marked as live coverage. `seen` remembers the
    answer per element across the blocks of one thread (they share their containers)."""
    seen = {} if seen is None else seen
    path: list[lxml_html.HtmlElement] = []
    el: lxml_html.HtmlElement | None = block
    found = False
    for _ in range(MAX_LEVELS + 1):
        if el is None:
            break
        if el in seen:
            found = seen[el]
            break
        path.append(el)
        if any(LIVE_WORDS.search(t) for t in tokens(el)) or LIVE_WORDS.search(el.get("id") or ""):
            found = True
            break
        el = el.getparent()
    for step in path:
        seen[step] = found
    return found


def is_live_blog(blocks: list[lxml_html.HtmlElement]) -> bool:
    """Most of the thread's blocks (of the first MAX_CHECKED) are live-blog updates."""
    sample = blocks[:MAX_CHECKED]
    if not sample:
        return False
    seen: dict[lxml_html.HtmlElement, bool] = {}
    live = sum(1 for b in sample if in_live_coverage(b, seen))
    return live >= MIN_LIVE_SHARE * len(sample)
