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
#: What a walk for comment blocks prunes: SKIP_TAGS, except <noscript>, where many comment
#: systems put the server-rendered thread for readers without JavaScript.
PRUNE_TAGS = SKIP_TAGS - {"noscript"}

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
    if not len(el.attrib):  # most elements have no attributes: skip the five look-ups
        return set()
    cls = el.get("class")
    # Lower-casing before splitting gives the same tokens (no character lower-cases to or from
    # whitespace) with one call instead of one per token.
    out = set(cls.lower().split()) if cls else set()
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
    """Descendants of root (not root) in document order, skipping pruned subtrees.

    lxml picks the element children (no comments or processing instructions) and reverses
    them in C: this walk runs over every element of a page several times per page."""
    stack = list(root.iterchildren(_ELEMENTS_ONLY, reversed=True))
    while stack:
        el = stack.pop()
        if prune(el):
            continue
        yield el
        stack.extend(el.iterchildren(_ELEMENTS_ONLY, reversed=True))


#: `iterchildren(tag=etree.Element)` yields elements only: the C-side form of `is_element`.
_ELEMENTS_ONLY = etree.Element


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
    """Parse hostile markup leniently; refuse what lxml cannot make a tree of.

    Markup nested deeper than lxml keeps (about 255 levels) is flattened first,
    so its text is not lost: see `parse_page`.
    """
    return parse_page(html)[0]


def parse_page(html: str) -> tuple[lxml_html.HtmlElement, str, bool]:
    """(tree, markup for a parser without huge_tree such as trafilatura's, whether it was flattened).

    A page nested deeper than lxml's default limit is parsed again with
    huge_tree (which keeps up to about 2,000 levels, so threads keep their
    nesting); deeper still, the tree is built from the flattened markup.
    Either way trafilatura gets the flattened markup, as its parser keeps 255.
    """
    cleaned = re.sub(r"^\s*<\?(?:php|xml)[^>]*\?>", "", html, count=1)
    tree = _parse(cleaned)
    if not _NEAR_LIMIT(tree):
        return tree, cleaned, False
    flat = flatten_markup(cleaned)
    huge = _parse(cleaned, _HUGE_PARSER)
    if tree_depth(huge) < HUGE_DEPTH_NEAR_LIMIT:
        return huge, flat, True
    return _parse(flat), flat, True


def _parse(markup: str, parser: lxml.html.HTMLParser | None = None) -> lxml_html.HtmlElement:
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser or _PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise SlantInputError(errors.EXTRACTION_FAILED, f"unparseable HTML: {exc}") from exc
    if tree is None:
        raise SlantInputError(errors.NO_TEXT, "HTML has no elements")
    return tree


#: libxml2 stops building the tree (and drops the rest of the text) at 256 levels without huge_tree;
#: a parsed tree this deep may have been cut, so the markup is flattened and parsed again.
DEPTH_NEAR_LIMIT = 250
#: The same for huge_tree parsing, which stops at 2,048 levels.
HUGE_DEPTH_NEAR_LIMIT = 2000


#: Any node (not text) at level DEPTH_NEAR_LIMIT, the root being level 1: the same test as
#: `tree_depth(tree) >= DEPTH_NEAR_LIMIT`, run by libxml2 in C (0.15 ms a page instead of 0.8).
_NEAR_LIMIT = etree.XPath("boolean(/*" + "/*" * (DEPTH_NEAR_LIMIT - 2) + "/node()[not(self::text())])")


def tree_depth(tree: lxml_html.HtmlElement) -> int:
    """The deepest element's level (iterative: no recursion on hostile nesting)."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        el, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in el)
    return deepest


#: Tags kept when flattening; block containers become paragraph breaks and every other tag goes.
_FLAT_KEEP = frozenset({"html", "head", "body", "title", "meta", "link", "script", "style", "br", "pre"})
_FLAT_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]{0,40})\b[^>]*>")


def _flat_tag(m: re.Match[str]) -> str:
    name = m.group(2).lower()
    if name in _FLAT_KEEP:
        return m.group(0)
    if name in _FLAT_HEADINGS:
        return f"<{m.group(1)}{name}>"
    return "<p>" if name in BLOCK_TAGS or name in {"td", "th", "tr", "center", "form"} else " "


def flatten_markup(html: str) -> str:
    """Markup without nesting: containers become paragraph breaks, other tags go, the text stays.

    One linear regular expression over the source, so the cost is bounded by its size.
    """
    return _TAG.sub(_flat_tag, html)


def _html_parser(huge_tree: bool) -> lxml.html.HTMLParser:
    """lxml's HTML parser whose every element is an HtmlElement, chosen in C.

    lxml.html's own lookup asks Python for the class of each node every time the node is
    touched (to make <form>, <input> ... special classes nobody here uses): a tenth of the
    comment detector's time, and more in trafilatura, which works on copies of this tree.
    """
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=huge_tree)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _html_parser(huge_tree=False)
#: Only for pages already read within the byte limit (Limits.max_bytes) and nested too deep for _PARSER.
_HUGE_PARSER = _html_parser(huge_tree=True)


def link_share(el: lxml_html.HtmlElement) -> float:
    """How much of an element's visible text sits inside links (1.0 when it has no text): high for
    menus, teaser lists and navigation, low for prose and comments."""
    total = len(" ".join(el.text_content().split()))
    if not total:
        return 1.0
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a") if not any(p.tag == "a" for p in a.iterancestors()))
    return linked / total


def group_by_keys(
    tree: lxml_html.HtmlElement, keys: Callable[[lxml_html.HtmlElement], list[str]],
    prune: Callable[[lxml_html.HtmlElement], bool], max_scan: int,
) -> dict[tuple[str, str], list[lxml_html.HtmlElement]]:
    """Elements grouped by (tag, key) for every key `keys` gives them, in document order: the
    repeated blocks a comment thread is made of. Stops after `max_scan` elements.

    `keys` must read nothing of an element but the attributes in KEY_ATTRIBUTES (its hints
    via `tokens` and its id): its answer is then remembered per set of those values, as
    the blocks of a page repeat the same few classes (a third of comment detection's time
    went to asking again).
    """
    groups: dict[tuple[str, str], list[lxml_html.HtmlElement]] = {}
    known: dict[tuple[str | None, ...], list[str]] = {}
    # `walk`, written out: this loop visits every element of every page twice.
    stack = list(tree.iterchildren(_ELEMENTS_ONLY, reversed=True))
    seen = 0
    while stack and seen <= max_scan:
        el = stack.pop()
        if prune(el):
            continue
        seen += 1
        stack.extend(el.iterchildren(_ELEMENTS_ONLY, reversed=True))
        signature = _key_signature(el) if len(el.attrib) else _NO_ATTRIBUTES
        found = known.get(signature)
        if found is None:
            found = known[signature] = keys(el)
        for key in found:
            groups.setdefault((el.tag, key), []).append(el)
    return groups


#: What a `group_by_keys` key function may read: the attributes `tokens` reads, and the id.
KEY_ATTRIBUTES = ("class", "itemprop", "data-testid", "data-test-id", "itemtype", "id")
_NO_ATTRIBUTES: tuple[str | None, ...] = (None,) * len(KEY_ATTRIBUTES)


def _key_signature(el: lxml_html.HtmlElement) -> tuple[str | None, ...]:
    """The values of KEY_ATTRIBUTES, in that order (spelled out: a generator costs twice as much)."""
    get = el.get
    return (get("class"), get("itemprop"), get("data-testid"), get("data-test-id"), get("itemtype"), get("id"))
