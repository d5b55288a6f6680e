"""Reader comments from an HTML page: author, own text, reply parent and date.

Known systems (WordPress, wpDiscuz, Disqus fallbacks) are read with their own
class names; every other page goes through the structural fallback, which finds
the repeated comment-like block. Both feed comment_markup, so text cleaning,
reply resolution and the caps (comment count, text length) are the same for all.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import html as lxml_html

from slant.document import Comment
from slant.extract.dates import normalize_date
from slant.extract.html import generic, systems, threads
from slant.extract.html.dom import (
    QUOTE_HEAD_CHARS,
    clean_author,
    group_by_keys,
    inert_text,
    is_quote,
    tokens_remembered,
    walk,
)
from slant.extract.html.generic import GENERIC, find_generic_blocks
from slant.extract.html.liveblog import is_live_blog
from slant.extract.html.markup import ReadThread, is_label, read_thread
from slant.extract.html.repeats import reads_as_date, repeated_groups
from slant.extract.html.systems import systems_on
from slant.extract.html.threads import detect_thread
from slant.extract.text.names import QUOTE_HEAD_RE, quoted_name
from slant.extract.text.records import REPLY_SUBJECT_RE

__all__ = ["extract_comments", "extract_comments_from_html", "find_thread"]


def extract_comments(tree: lxml_html.HtmlElement) -> list[Comment]:
    """Comments in page order with ids c1, c2, ...; [] when the page has none."""
    return find_thread(tree).comments


def find_thread(tree: lxml_html.HtmlElement) -> ReadThread:
    """The page's comments with the block element of each (empty when the page has none)."""
    with tokens_remembered():
        return _find_thread(tree)


def _find_thread(tree: lxml_html.HtmlElement) -> ReadThread:
    found = _best_thread(tree)
    _drop_header_lines(found.comments)
    _quote_parents(found)
    return found


def _quoted_author(block: lxml_html.HtmlElement, blocks: set[lxml_html.HtmlElement]) -> str | None:
    """The poster a block quotes: a quote's data-author attribute or its attribution line ('Ann wrote:',
    'Zitat von Ann', 'Originally posted by Ann'); None when the block quotes no one by name. Replies nested
    in the block (`blocks`) are left out: their quotes name whom they answer."""
    for el in walk(block, lambda e: e in blocks):
        if not is_quote(el):
            continue
        named = (el.get("data-author") or "").strip()
        if named:
            return named
        head = inert_text(el, drop_quotes=False).strip().split("\n", 1)[0][:QUOTE_HEAD_CHARS]
        m = QUOTE_HEAD_RE.match(head)
        if m:
            return quoted_name(m) or None
    return None


def _quote_parents(found: ReadThread) -> None:
    """A comment without a parent that quotes an earlier poster by name answers that poster's latest comment
    (flat forums thread replies only by quoting)."""
    latest: dict[str, str] = {}
    blocks = set(found.elements)
    for comment, el in zip(found.comments, found.elements):
        if comment.parent is None:
            name = _quoted_author(el, blocks)
            target = latest.get(name.casefold()) if name else None
            if target is not None:
                comment.parent = target
        if comment.author:
            latest[comment.author.strip().casefold()] = comment.id


def _best_thread(tree: lxml_html.HtmlElement) -> ReadThread:
    best = ReadThread([], [])
    # One pass over the page groups its blocks for both structural detectors and finds the
    # elements that may belong to a known system.
    generic_groups, thread_groups, hinted = group_by_keys(tree, (generic.GROUPING, threads.GROUPING, systems.HINTS))
    # A live blog's updates are the article: no detector may take them for comments.
    for system in systems_on(tree, hinted):
        blocks = system.find(tree)
        if blocks and not is_live_blog(blocks):
            found = read_thread(blocks, system.markup)
            if len(found.comments) > len(best.comments):
                best = found
    if not _named(best):
        # Nothing known, or a known system's class names on blocks it does not author (a Q&A
        # site's comment list under 'comment' ids): the post-like blocks may read better.
        blocks = find_generic_blocks(tree, generic_groups)
        if blocks and not is_live_blog(blocks):
            found = read_thread(blocks, GENERIC)
            if _quality(found.comments) > _quality(best.comments):
                best = found
    good = _named(best)
    thread = detect_thread(tree, thread_groups)
    repeated = thread is None and not best.comments
    if repeated:
        # Nothing in the markup names a comment: try the page's repeated, dated blocks.
        thread = detect_thread(tree, repeated_groups(tree), repeated=True)
    if thread is None:
        return best
    general = read_thread(thread.members, thread.markup, require_text=thread.require_text, companions=thread.companions)
    _fill_authors(general, thread.authors, replace=repeated)
    if not thread.markup.text_tokens:
        _trim_fallback_text(general.comments)
    if good:
        # A good reading gives way only to one that holds all its blocks and more (replies marked apart).
        return general if len(general.comments) > len(best.comments) and _holds(general, best) else best
    return general if _quality(general.comments) > _quality(best.comments) else best


def _holds(outer: ReadThread, inner: ReadThread) -> bool:
    """Every block of inner is a block of outer."""
    return set(inner.elements) <= set(outer.elements)


def _fill_authors(found: ReadThread, names: dict[lxml_html.HtmlElement, str], replace: bool = False) -> None:
    """Give each comment without a name the one the thread detector found in its header slot.

    `replace`: the slot's name wins over the reader's guess too (blocks found by their
    shape alone, where no class says which node is the name)."""
    for comment, el in zip(found.comments, found.elements):
        if (replace or not comment.author or is_label(comment.author)) and el in names:
            comment.author = clean_author(names[el])


#: A line found in more than this share of a thread's comments is chrome ('Report Post »').
MAX_SHARED_LINE = 0.5
#: ... judged only in threads of at least this many comments.
MIN_CHROME_COMMENTS = 3
#: A header or footer line with at most this many words and a date in it is the date line.
MAX_DATE_LINE_WORDS = 8
_DATE_SHAPE = re.compile(r"\d{1,2}[:.h]\d{2}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b")


def _is_date_line(line: str) -> bool:
    if len(line.split()) > MAX_DATE_LINE_WORDS:
        return False
    return (bool(_DATE_SHAPE.search(line)) and normalize_date(line) is not None) or reads_as_date(line.strip())


#: A post number line above a message ('1', '#12'); bare numbers too, unlike the text reader's counting
#: anchors (`text.records.is_post_number`), since here the line already sits in a known comment's header.
_POST_NUMBER = re.compile(r"^\s*#?\d{1,5}\s*$")


def _unsubjected(line: str) -> str:
    """A line without its reply-subject prefix: 'Re: Topic' and 'Topic' are one repeated subject line."""
    text = line.strip()
    while (m := REPLY_SUBJECT_RE.match(text)) is not None:
        text = text[m.end():].strip()
    return text


def _trim_fallback_text(comments: list[Comment]) -> None:
    """Without a text class, a block's words include its header: drop the name, date and button lines.

    A line repeated in most comments of the thread is a button or label; the
    author's name and a short dated line are dropped only at the block's edges,
    so a comment that mentions a name or a date keeps it.
    """
    counts: Counter[str] = Counter()
    for c in comments:
        counts.update({_unsubjected(line) for line in c.text.split("\n")})
    chrome = (
        {line for line, k in counts.items() if k > MAX_SHARED_LINE * len(comments)}
        if len(comments) >= MIN_CHROME_COMMENTS
        else set()
    )
    for c in comments:
        lines = [line for line in c.text.split("\n") if _unsubjected(line) not in chrome]

        def edge(line: str, author: str | None = c.author) -> bool:
            return line.strip() == (author or "").strip() or _is_date_line(line)

        while lines and edge(lines[0]):
            lines.pop(0)
        while lines and edge(lines[-1]):
            lines.pop()
        if lines:
            c.text = "\n".join(lines)


#: Longest line (characters) that may be a comment's own header ('Re: Topic #171716 by ann » Sat Jan 18, 2020 3:22 pm').
MAX_HEADER_LINE_CHARS = 120


def _names(line: str, author: str | None) -> bool:
    """Whether a short line names the comment's author ('#171716 by ann', 'ann wrote:'); a sentence that
    mentions them ends like one."""
    text = line.strip()
    if not author or len(text) > MAX_HEADER_LINE_CHARS or text.endswith((".", "!", "?")):
        return False
    return re.search(rf"(?<!\w){re.escape(author.strip())}(?!\w)", text, re.IGNORECASE) is not None


def _header_lines(lines: list[str], author: str | None) -> int:
    """How many of `lines` (from the first) are the comment's own header: lines that name its author,
    date it or give its reply subject ('Re: Topic'), up to and including the last that names or dates it."""
    end = 0
    for k, line in enumerate(lines):
        if _names(line, author) or _is_date_line(line):
            end = k + 1
        elif not (REPLY_SUBJECT_RE.match(line) or _POST_NUMBER.match(line)):
            break
    return end


def _drop_header_lines(comments: list[Comment]) -> None:
    """Drop the header a block read whole keeps above its text ('Re: Topic' / '#171716 by ann' /
    'Sat Jan 18, 2020 3:22 pm'); a comment keeps at least its last line."""
    for c in comments:
        lines = c.text.split("\n")
        cut = min(_header_lines(lines, c.author), len(lines) - 1)
        if cut > 0:
            c.text = "\n".join(lines[cut:])


#: A reading where this share of comments has an author needs no second opinion.
GOOD_AUTHOR_SHARE = 0.5


def _named(found: ReadThread) -> bool:
    """A reading whose comments mostly carry a name."""
    authored = sum(c.author is not None and not is_label(c.author) for c in found.comments)
    return bool(found.comments) and authored >= GOOD_AUTHOR_SHARE * len(found.comments)


def _quality(comments: list[Comment]) -> float:
    """Comments found, each counted fully with an author and half without."""
    return sum(1.0 if c.author and not is_label(c.author) else 0.5 for c in comments)


def extract_comments_from_html(html: str) -> list[Comment]:
    """Parse a page the way extract/html/page.py does, then extract its comments."""
    from slant.errors import SlantInputError
    from slant.extract.html.dom import parse_tree

    try:
        tree = parse_tree(html)
    except SlantInputError:
        return []
    return extract_comments(tree)
