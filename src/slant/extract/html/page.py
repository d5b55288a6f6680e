"""HTML pages: trafilatura for the article body and metadata, our parsers for comments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from slant import errors
from slant.document import Comment, url_host
from slant.errors import SlantInputError
from slant.extract.html.dom import parse_tree
from slant.extract.names import clean_byline

#: Refuse trees deeper or larger than this: pathological markup, not a news page.
MAX_ELEMENTS = 400_000


@dataclass
class HtmlExtraction:
    title: str | None
    body: str
    comments: list[Comment] = field(default_factory=list)
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None




def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Body, title, date, author and outlet via trafilatura; comments via slant.extract.html.comments."""
    import trafilatura

    from slant.extract.html.comments import extract_comments

    tree = parse_tree(html)
    size = sum(1 for _ in tree.iter())
    if size > MAX_ELEMENTS:
        raise SlantInputError(errors.TOO_LARGE, f"HTML has {size:,} elements; the limit is {MAX_ELEMENTS:,}")
    comments = extract_comments(tree)
    result = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        favor_precision=False,
        include_tables=False,
        deduplicate=False,
    )
    # bare_extraction is typed to return a dict as well, but only does so with the
    # deprecated as_dict=True, which is not passed here.
    meta: dict[str, Any]
    if result is None:
        meta = {}
    elif isinstance(result, dict):
        meta = result
    else:
        meta = result.as_dict()
    body = _tidy(meta.get("text") or "")
    if not body:
        body = _fallback_body(tree)
    title = meta.get("title") or _tree_title(tree)
    page_url = meta.get("url") or url or _canonical(tree)
    outlet = meta.get("sitename") or meta.get("hostname") or url_host(page_url)
    return HtmlExtraction(
        title=_tidy(title) or None if title else None,
        body=body,
        comments=comments,
        published=meta.get("date") or None,
        author=clean_byline(meta.get("author")),
        outlet=outlet,
        url=page_url,
    )


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _fallback_body(tree: lxml.html.HtmlElement) -> str:
    """When trafilatura finds no article, keep the paragraphs outside scripts and comments."""
    paragraphs = []
    for p in tree.iter("p"):
        text = " ".join(p.text_content().split())
        if len(text) > 40:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _tree_title(tree: lxml.html.HtmlElement) -> str | None:
    titles = tree.xpath("//title")
    return titles[0].text_content().strip() if titles else None


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = tree.xpath(xpath)
        if found and str(found[0]).startswith(("http://", "https://")):
            return str(found[0])
    return None
