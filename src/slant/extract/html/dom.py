"""DOM helpers for comment extraction: markup hints, inert text, authors, dates.

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

#: Hard caps that bound work and output on hostile pages.
MAX_COMMENTS = 5000
MAX_TEXT_CHARS = 20000
MAX_AUTHOR_CHARS = 120

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


#: Placeholders that sites show instead of a name.
_NO_NAME = frozenset({"deleted", "removed", "unknown", "deleted user", "anonymous user"})
_AUTHOR_DATE = re.compile(r"(?i)\s+(on|am|le|il)\s+\S.*\b(19|20)\d{2}\b.*$")
_AUTHOR_NOISE = re.compile(r"(?i)^(by|posted by|von)\s+|\s+(says|said|wrote|writes)\s*:?\s*$")


def clean_author(text: str | None) -> str | None:
    """A display name from an author element's text ('Ann says:' -> 'Ann')."""
    if not text:
        return None
    name = tidy(text).split("\n")[0]
    name = _AUTHOR_NOISE.sub("", name)
    name = _AUTHOR_DATE.sub("", name).strip(" :|·-")
    if not name or len(name) > MAX_AUTHOR_CHARS or name.strip("[]()").lower() in _NO_NAME:
        return None
    return name


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def normalize_date(value: str | None) -> str | None:
    """An ISO 8601 string from a datetime attribute, title or date text; None if unsure."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        iso = m.group(0).replace(" ", "T", 1)
        return re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    if not _YEAR.search(value) or len(value) > 80:
        return None  # relative dates ('3 hours ago') are not dates we can trust
    try:
        from dateutil import parser as date_parser
    except ImportError:  # pragma: no cover - dateutil ships with trafilatura's htmldate
        return None
    cleaned = re.sub(r"(?i)\b(at|um|à)\b|(\d)(st|nd|rd|th)\b", r"\2", value)
    cleaned = re.sub(r"(?i)\bGMT(?=[+-])", "", cleaned)
    try:
        parsed = date_parser.parse(cleaned, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", value):
        return parsed.date().isoformat()
    return parsed.isoformat()


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
