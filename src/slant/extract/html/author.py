"""The page's author as trafilatura's `extract_author` finds it, in one pass over the tree.

trafilatura copies the whole tree, deletes the parts that never name the author
(comment lists, sidebars, dates, figures) and asks three XPath expressions in
turn; libxml2 tests each element of the page against a dozen conditions per
expression, which was half of slant's metadata time. Here one pass reads each
element's attributes once and tests the same conditions in Python, and only the
element that answers is read as the deletions would have left it (a copy of
that element alone when they reach into it).

The conditions are trafilatura's `AUTHOR_XPATHS` and `AUTHOR_DISCARD_XPATHS`
(version 2.3) written out; tests pin those expressions, so an upgrade that
changes them fails until this follows.
"""

from __future__ import annotations

import re
from copy import deepcopy
from itertools import chain

from lxml import etree
from lxml import html as lxml_html

#: First step: these elements, below the root, go with their subtrees (`AUTHOR_DISCARD_XPATHS[0]`).
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
#: Second step: what the first left of these (`AUTHOR_DISCARD_XPATHS[1]`).
_DISCARD_LATER = frozenset({"time", "figure"})

#: The three author expressions, most specific first (`AUTHOR_XPATHS`).
_TAGS_0 = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_CLASS_0 = re.compile("author-?name|AuthorName|authorName")
_TAGS_1 = frozenset({"a", "div", "h3", "h4", "p", "span"})
_CLASS_EQUAL_1 = frozenset({"byline", "username", "byl", "BBL"})
_ID_1 = re.compile("author|zuozhe|bianji|xiaobian")
_CLASS_1 = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ID_2 = re.compile("[Aa]uthor")
_CLASS_2 = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")

#: An author's text is shorter than this (trafilatura's `len_limit`).
MAX_AUTHOR_CHARS = 120


def page_author(tree: lxml_html.HtmlElement) -> str | None:
    """What `trafilatura.metadata.extract_author(tree)` returns; the tree is not changed."""
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_author
    from trafilatura.utils import trim

    found: tuple[list[lxml_html.HtmlElement], ...] = ([], [], [])
    discard: list[lxml_html.HtmlElement] = []
    later: list[lxml_html.HtmlElement] = []
    classes: dict[str, tuple[bool, bool, bool, bool]] = {}  # a page repeats its classes: test each once
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag == "rel":
            # `rel='me'` compares a <rel> child's text, which the deletions can change: trafilatura's own way.
            return extract_author(tree)
        if tag in _DISCARD_LATER:
            later.append(el)
        get = el.get
        cls, ident, itemprop, component = get("class"), get("id"), get("itemprop"), get("data-component")
        # None of the patterns matches an empty string: an absent or empty attribute matches none.
        by_class = (classes.get(cls) or classes.setdefault(cls, _class_tests(cls))) if cls else _NO_MATCH
        if tag in _DISCARD_TAGS and el is not tree and (
            by_class[0] or ident == "comments" or (ident and _DISCARD_ID.search(ident))
            or (component and "Figure" in component)
        ):
            discard.append(el)
        if tag == "author" or (tag in _TAGS_0 and (
            by_class[1] or ident == "author" or itemprop == "author name" or get("rel") == "author"
            or get("data-testid") in ("AuthorCard", "AuthorURL")
        )):
            found[0].append(el)
        named = itemprop is not None and "author" in itemprop
        if tag in _TAGS_1 and (by_class[2] or named or (ident and _ID_1.search(ident))):
            found[1].append(el)
        if by_class[3] or named or (ident and _ID_2.search(ident)) or (component and "Byline" in component):
            found[2].append(el)
    if not any(found):
        return None
    first = set(discard)
    later = [el for el in later if not _within(el, first)]  # the second step sees the first's result
    removed = first | set(later)
    for candidates in found:
        for el in candidates:
            if _within(el, removed):
                continue
            content = trim(" ".join(_text_after_deletions(el, removed, discard, later)))
            if content and 2 < len(content) < MAX_AUTHOR_CHARS:
                return normalize_authors(None, content)
    return None


_NO_MATCH = (False, False, False, False)


def _class_tests(cls: str) -> tuple[bool, bool, bool, bool]:
    """Whether a class attribute discards its element, and names an author for each expression."""
    return (
        cls in ("comments", "title", "date") or _DISCARD_CLASS.search(cls) is not None,
        cls == "author" or _CLASS_0.search(cls) is not None,
        cls in _CLASS_EQUAL_1 or _CLASS_1.search(cls) is not None,
        _CLASS_2.search(cls) is not None,
    )


def _within(el: lxml_html.HtmlElement, roots: set[lxml_html.HtmlElement]) -> bool:
    """el or one of its ancestors is in roots."""
    return any(a in roots for a in chain((el,), el.iterancestors()))


def _text_after_deletions(
    el: lxml_html.HtmlElement,
    removed: set[lxml_html.HtmlElement],
    discard: list[lxml_html.HtmlElement],
    later: list[lxml_html.HtmlElement],
) -> list[str]:
    """el's text pieces as trafilatura reads them from its pruned copy of the page.

    Deleting an element joins its tail to the text before it; only deletions inside el
    touch el's text, so they are replayed, in trafilatura's order, on a copy of el alone.
    """
    if not any(d in removed for d in el.iterdescendants()):
        return list(el.itertext())
    from trafilatura.xml import delete_element

    twin = deepcopy(el)
    twins = dict(zip(el.iter(), twin.iter()))
    for gone in chain(discard, later):
        if gone is not el and gone in twins:
            delete_element(twins[gone])
    return list(twin.itertext())
