"""Dedicated readers for the most common comment markup on news sites and blogs.

WordPress core comments (and themes that keep its ids), wpDiscuz and the Disqus
no-JavaScript fallbacks cover a large share of pages with comments; each is an
XPath for the comment blocks plus the class names of their parts. Anything else
goes to the structural fallback in comment_generic.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from slant.extract.html.dom import Grouping, Groups, group_by_keys
from slant.extract.html.markup import Markup


def has_class(name: str) -> str:
    """XPath predicate: the element's class list contains `name`.

    The substring test first: it is cheap, it holds wherever the token test does (`name`
    has no white space), and it fails on nearly every element of a page."""
    return f'(contains(@class, "{name}") and contains(concat(" ", normalize-space(@class), " "), " {name} "))'


@dataclass(frozen=True)
class CommentSystem:
    """A known comment system: where its blocks are and how its parts are named."""

    markup: Markup
    items: str  # XPath of the comment blocks, evaluated on the whole tree
    #: What some element of any page with blocks has: an id that starts with one of `id_prefixes`
    #: or is one of `ids`, or a class attribute that holds one of `class_parts`. The page's ids and
    #: classes are read once for every system (`HINTS`), which spares the full XPath of the absent.
    id_prefixes: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    class_parts: tuple[str, ...] = ()
    _items: etree.XPath = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_items", etree.XPath(self.items))

    def hinted(self, el: lxml_html.HtmlElement) -> bool:
        """The element has this system's hint (a necessary condition of `items` finding anything)."""
        ident, cls = el.get("id") or "", el.get("class") or ""
        return ident.startswith(self.id_prefixes) or ident in self.ids or any(part in cls for part in self.class_parts)

    def find(self, tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
        seen: set[lxml_html.HtmlElement] = set()
        out = []
        for el in self._items(tree):
            if isinstance(getattr(el, "tag", None), str) and el not in seen:
                seen.add(el)
                out.append(el)
        return out


WORDPRESS = CommentSystem(
    Markup(
        "wordpress",
        text_tokens=("comment-content", "comment_text", "comment-text", "comment-body"),
        author_tokens=("fn", "comment_author", "comment-author"),
    ),
    items=(
        '//*[starts-with(@id, "comment-") or starts-with(@id, "li-comment-")]'
        "[self::li or self::div or self::article]"
        f"[{has_class('comment')} or {has_class('pingback')} or {has_class('trackback')}]"
    ),
    id_prefixes=("comment-", "li-comment-"),
)

WPDISCUZ = CommentSystem(
    Markup("wpdiscuz", text_tokens=("wpd-comment-text",), author_tokens=("wpd-comment-author",)),
    items=f"//div[{has_class('wpd-comment')}]",
    class_parts=("wpd-comment",),
)

DISQUS = CommentSystem(
    Markup(
        "disqus",
        text_tokens=("dsq-comment-message", "comment-body", "comment-message"),
        author_tokens=("tag:cite", "comment-author", "author"),
    ),
    items=(
        '//li[starts-with(@id, "dsq-comment-")]'
        f"[not(starts-with(@id, 'dsq-comment-header')) and not(starts-with(@id, 'dsq-comment-body'))]"
        f" | //*[{has_class('d-noscript-comments')} or @id='dsq-comments']//*[{has_class('comment')}]"
    ),
    id_prefixes=("dsq-comment-",),
    ids=("dsq-comments",),
    class_parts=("d-noscript-comments",),
)

#: Tried in order; the one that finds the most comments wins.
SYSTEMS: tuple[CommentSystem, ...] = (WORDPRESS, WPDISCUZ, DISQUS)

_CLASS_PARTS = tuple(part for system in SYSTEMS for part in system.class_parts)
_ID_PREFIXES = tuple(prefix for system in SYSTEMS for prefix in system.id_prefixes)
_IDS = frozenset(ident for system in SYSTEMS for ident in system.ids)


def _hint_token(tok: str) -> bool:
    """A class token that holds a system's class part: the class attribute holding one holds such a
    token (the parts are lower case, without white space, and tokens are the lower-cased words)."""
    return any(part in tok for part in _CLASS_PARTS)


def _hint_id(ident: str) -> list[str]:
    """A key for an id that is or starts like a system's."""
    return ["hint"] if ident.startswith(_ID_PREFIXES) or ident in _IDS else []


#: The elements that may have some system's hint, found in the pass that groups the page for the
#: structural detectors (no subtree skipped, no scan limit: the systems' XPaths have none).
HINTS = Grouping(frozenset(), _hint_token, _hint_id, max_scan=sys.maxsize)


def systems_on(tree: lxml_html.HtmlElement, hinted: Groups | None = None) -> list[CommentSystem]:
    """The systems whose hint some element of the page has, in SYSTEMS order: the others find nothing.

    `hinted`: the page's groups by HINTS when the caller has them."""
    groups = group_by_keys(tree, [HINTS])[0] if hinted is None else hinted
    if not groups and not any(system.hinted(tree) for system in SYSTEMS):
        return []
    candidates = [tree, *(el for members in groups.values() for el in members)]
    return [system for system in SYSTEMS if any(system.hinted(el) for el in candidates)]
