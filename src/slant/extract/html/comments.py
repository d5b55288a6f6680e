"""Reader comments from an HTML page: author, own text, reply parent and date.

Known systems (WordPress, wpDiscuz, Disqus fallbacks) are read with their own
class names; every other page goes through the structural fallback, which finds
the repeated comment-like block. Both feed comment_markup, so text cleaning,
reply resolution and the caps (comment count, text length) are the same for all.
"""

from __future__ import annotations

from lxml import html as lxml_html

from slant.document import Comment
from slant.extract.html.generic import GENERIC, find_generic_blocks
from slant.extract.html.markup import read_blocks
from slant.extract.html.systems import SYSTEMS

__all__ = ["extract_comments", "extract_comments_from_html"]


def extract_comments(tree: lxml_html.HtmlElement) -> list[Comment]:
    """Comments in page order with ids c1, c2, ...; [] when the page has none."""
    best: list[Comment] = []
    for system in SYSTEMS:
        blocks = system.find(tree)
        if blocks:
            comments = read_blocks(blocks, system.markup)
            if len(comments) > len(best):
                best = comments
    if best:
        return best
    blocks = find_generic_blocks(tree)
    return read_blocks(blocks, GENERIC) if blocks else []


def extract_comments_from_html(html: str) -> list[Comment]:
    """Parse a page the way extract/html/page.py does, then extract its comments."""
    from slant.errors import SlantInputError
    from slant.extract.html.dom import parse_tree

    try:
        tree = parse_tree(html)
    except SlantInputError:
        return []
    return extract_comments(tree)
