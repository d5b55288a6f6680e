"""Dedicated readers for the most common comment markup on news sites and blogs.

WordPress core comments (and themes that keep its ids), wpDiscuz and the Disqus
no-JavaScript fallbacks cover a large share of pages with comments; each is an
XPath for the comment blocks plus the class names of their parts. Anything else
goes to the structural fallback in comment_generic.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import html as lxml_html

from slant.extract.html.markup import Markup


def has_class(name: str) -> str:
    """XPath predicate: the element's class list contains `name`."""
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


@dataclass(frozen=True)
class CommentSystem:
    """A known comment system: where its blocks are and how its parts are named."""

    markup: Markup
    items: str  # XPath of the comment blocks, evaluated on the whole tree

    def find(self, tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
        seen: set[lxml_html.HtmlElement] = set()
        out = []
        for el in tree.xpath(self.items):
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
        "//*[self::li or self::div or self::article]"
        f"[{has_class('comment')} or {has_class('pingback')} or {has_class('trackback')}]"
        '[starts-with(@id, "comment-") or starts-with(@id, "li-comment-")]'
    ),
)

WPDISCUZ = CommentSystem(
    Markup("wpdiscuz", text_tokens=("wpd-comment-text",), author_tokens=("wpd-comment-author",)),
    items=f"//div[{has_class('wpd-comment')}]",
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
)

#: Tried in order; the one that finds the most comments wins.
SYSTEMS: tuple[CommentSystem, ...] = (WORDPRESS, WPDISCUZ, DISQUS)
