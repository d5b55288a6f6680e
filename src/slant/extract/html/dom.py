"""DOM helpers for comment extraction: markup hints, inert text, author text.

Everything here reads an lxml tree and returns plain strings; nothing is ever
executed or rendered, so a hostile page can at worst produce odd text. Walks
are iterative (no recursion) because pages can nest deeply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import lxml.html
from lxml import etree
from lxml import html as lxml_html

from slant import errors
from slant.errors import SlantInputError
from slant.extract.names import clean_comment_author

#: Hard caps that bound work and output on hostile pages.
MAX_COMMENTS = 5000
MAX_TEXT_CHARS = 20000

#: Elements whose content is never comment text (code, media, widgets, forms).
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "button", "input", "select", "option", "textarea", "form", "canvas", "audio", "video",
        "head", "title", "meta", "link",
    }
)

#: Block elements: their boundaries become line breaks in the extracted text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "aside",
        "hr", "figure", "figcaption", "details", "summary", "main", "nav", "address",
    }
)

#: Class tokens of reply links, vote widgets and other chrome inside comment blocks.
CHROME_TOKENS = frozenset(
    {
        "reply", "comment-reply", "comment-reply-link", "reply-link", "comment-actions", "actions",
        "comment-footer", "wpd-comment-footer", "vote", "votes", "wpd-vote", "share", "sr-only",
        "visually-hidden", "screen-reader-text", "bbcodeblock-expandlink", "js-expandlink",
        "comment-bottom-btns", "flat-list", "buttons", "reportform", "navs", "comhead",
        "says", "edit-link", "comment-edit-link", "likes", "post-likes", "signature",
        "message-signature", "sig", "post-signature",
    }
)


def tokens(el: lxml_html.HtmlElement) -> set[str]:
    """Lower-cased markup hints of one element: classes plus prefixed microdata/test ids."""
    out = {t.lower() for t in (el.get("class") or "").split()}
    itemprop = el.get("itemprop")
    if itemprop:
        out.update("itemprop:" + p.lower() for p in itemprop.split())
    testid = el.get("data-testid") or el.get("data-test-id")
    if testid:
        out.add("testid:" + testid.lower())
    itemtype = el.get("itemtype")
    if itemtype:
        out.add("type:" + itemtype.rstrip("/").rsplit("/", 1)[-1].lower())
    return out


def is_element(node: object) -> bool:
    """True for real elements (not HTML comments or processing instructions)."""
    return isinstance(getattr(node, "tag", None), str)


def walk(
    root: lxml_html.HtmlElement, prune: Callable[[lxml_html.HtmlElement], bool]
) -> Iterator[lxml_html.HtmlElement]:
    """Descendants of root (not root) in document order, skipping pruned subtrees."""
    stack = list(reversed([c for c in root if is_element(c)]))
    while stack:
        el = stack.pop()
        if prune(el):
            continue
        yield el
        stack.extend(reversed([c for c in el if is_element(c)]))


def is_chrome(el: lxml_html.HtmlElement) -> bool:
    """Reply links, vote widgets and code-box headers ('Code: Select all') inside a comment."""
    if tokens(el) & CHROME_TOKENS:
        return True
    parent = el.getparent()
    return el.tag == "p" and parent is not None and "codebox" in tokens(parent)


def is_quote(el: lxml_html.HtmlElement) -> bool:
    """A quoted earlier post that the markup separates (attribution line or quote class)."""
    toks = tokens(el)
    if any("quote" in t and not t.startswith(("itemprop:", "testid:")) for t in toks):
        return el.tag in {"blockquote", "aside", "div", "section"}
    if el.tag == "blockquote":
        if el.get("data-source") or el.get("cite"):
            return True
        first = next((c for c in el if is_element(c)), None)
        if first is not None and (first.tag == "cite" or first.find(".//cite") is not None):
            return True
    return False


def inert_text(
    root: lxml_html.HtmlElement,
    skip: Callable[[lxml_html.HtmlElement], bool] = lambda el: False,
    drop_quotes: bool = True,
) -> str:
    """The visible text of root as plain lines, without scripts, chrome or quoted posts."""
    parts: list[str] = []
    size = 0

    def emit(text: str | None, in_pre: bool) -> None:
        nonlocal size
        if text:
            parts.append(text.replace("\n", _BR) if in_pre else text)
            size += len(text)

    # (element, leaving?, inside <pre>?): an explicit stack, as pages can nest deeply.
    stack: list[tuple[lxml_html.HtmlElement, bool, bool]] = [(root, False, root.tag == "pre")]
    while stack and size < MAX_TEXT_CHARS * 2:
        el, leaving, in_pre = stack.pop()
        if leaving:
            if el.tag in BLOCK_TAGS:
                parts.append(_BLOCK)
            if el is not root:
                emit(el.tail, in_pre)
            continue
        if el is not root and (
            not is_element(el)
            or el.tag in SKIP_TAGS
            or skip(el)
            or is_chrome(el)
            or (drop_quotes and is_quote(el))
        ):
            emit(el.tail, in_pre)
            continue
        parts.append(_BR if el.tag == "br" else _BLOCK if el.tag in BLOCK_TAGS else "")
        emit(el.text, in_pre or el.tag == "pre")
        stack.append((el, True, in_pre))
        for child in reversed(list(el)):
            stack.append((child, False, in_pre or el.tag == "pre"))
    return tidy("".join(parts))[:MAX_TEXT_CHARS]


#: Stands for a hard line break (<br>, lines of <pre>) while source newlines collapse.
_BR = "\u2028"
_BLOCK = "\u2029"


def tidy(text: str) -> str:
    """Collapse whitespace as a browser does; block ends and <br> become line breaks."""
    text = re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", text.replace("\n", " ").replace(_BLOCK, "\n"))
    lines = (line.strip() for line in text.replace(_BR, "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def clean_author(text: str | None) -> str | None:
    """A display name from an author element's text: its first visible line, by the shared rule."""
    return clean_comment_author(tidy(text).split("\n")[0]) if text else None


def parse_tree(html: str) -> lxml_html.HtmlElement:
    """Parse hostile markup leniently; refuse what lxml cannot make a tree of."""
    cleaned = re.sub(r"^\s*<\?(?:php|xml)[^>]*\?>", "", html, count=1)
    try:
        tree = lxml.html.document_fromstring(cleaned.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise SlantInputError(errors.EXTRACTION_FAILED, f"unparseable HTML: {exc}") from exc
    if tree is None:
        raise SlantInputError(errors.NO_TEXT, "HTML has no elements")
    return tree


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=False)
