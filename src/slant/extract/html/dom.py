"""DOM helpers for comment extraction: markup hints, inert text, author text.

Everything here reads an lxml tree and returns plain strings; nothing is ever
executed or rendered, so a hostile page can at worst produce odd text. Walks
are iterative (no recursion) because pages can nest deeply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import islice

import lxml.html
from lxml import etree
from lxml import html as lxml_html

from slant import errors
from slant.errors import SlantInputError
from slant.extract.names import clean_comment_author
from slant.extract.text.names import QUOTE_HEAD_RE

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


def tokens(el: lxml_html.HtmlElement) -> frozenset[str]:
    """Lower-cased markup hints of one element: classes plus prefixed microdata/test ids.

    Inside `tokens_remembered`, each element's answer is computed once."""
    memo = _REMEMBERED.get()
    if memo is None:
        return _tokens(el)
    found = memo.get(el)
    if found is None:
        found = memo[el] = _tokens(el)
    return found


def _tokens(el: lxml_html.HtmlElement) -> frozenset[str]:
    """`tokens`, computed (frozen: an answer may be shared)."""
    if not len(el.attrib):  # most elements have no attributes: skip the five look-ups
        return _NO_TOKENS
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
    custom = custom_tag(el)
    if custom is not None:
        out.add(custom)
    return frozenset(out)


def custom_tag(el: lxml_html.HtmlElement) -> str | None:
    """The tag of a custom element (web component), named for what it holds as a class would be
    ('ytd-comment-renderer', 'shreddit-comment'); None for a standard element."""
    tag = el.tag
    return tag.lower() if isinstance(tag, str) and "-" in tag else None


_NO_TOKENS: frozenset[str] = frozenset()
_REMEMBERED: ContextVar[dict[lxml_html.HtmlElement, frozenset[str]] | None] = ContextVar(
    "slant_remembered_tokens", default=None
)


@contextmanager
def tokens_remembered() -> Iterator[None]:
    """Within, `tokens` computes each element's hints once: the comment detectors ask about
    the elements of a page's threads several times each. The tree must not change within."""
    reset = _REMEMBERED.set({})
    own = _OWN_TEXT.set(set())
    try:
        yield
    finally:
        _OWN_TEXT.reset(own)
        _REMEMBERED.reset(reset)


#: Quote-classed elements found to be posts' own text (see `mark_own_text`), within `tokens_remembered`.
_OWN_TEXT: ContextVar[set[lxml_html.HtmlElement] | None] = ContextVar("slant_own_text_quotes", default=None)


def mark_own_text(elements: Iterable[lxml_html.HtmlElement]) -> bool:
    """Within `tokens_remembered`, these quote-classed elements are posts' own text, not quotes
    (a 'select to quote' wrapper around every post's message); False where nothing can be marked."""
    own = _OWN_TEXT.get()
    if own is None:
        return False
    own.update(elements)
    return True


def is_element(node: object) -> bool:
    """True for real elements (not HTML comments or processing instructions)."""
    return isinstance(getattr(node, "tag", None), str)


def previous_element(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The nearest preceding sibling that is an element (HTML comments skipped); None at the first."""
    prev = el.getprevious()
    while prev is not None and not is_element(prev):
        prev = prev.getprevious()
    return prev


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
    """Reply links, vote widgets, code-box headers ('Code: Select all') and what the page hides
    (the `hidden` attribute: a 'Read more' button once the text is open) inside a comment."""
    if tokens(el) & CHROME_TOKENS or el.get("hidden") not in (None, "until-found"):
        return True
    parent = el.getparent()
    return el.tag == "p" and parent is not None and "codebox" in tokens(parent)


def is_quote(el: lxml_html.HtmlElement) -> bool:
    """A quoted earlier post that the markup separates (attribution line or quote class)."""
    if el.tag not in _QUOTE_TAGS:  # most elements: no class makes them a quote
        return False
    own = _OWN_TEXT.get()
    if own and el in own:
        return False
    toks = tokens(el)
    if any("quote" in t and not t.startswith(("itemprop:", "testid:")) for t in toks):
        return True
    if el.tag == "blockquote":
        if el.get("data-source") or el.get("cite") or el.get("data-author"):
            return True
        first = next((c for c in el if is_element(c)), None)
        if first is not None and (first.tag == "cite" or first.find(".//cite") is not None):
            return True
        # an attribution line opens it ('Ann wrote:', 'Klaus schrieb:', 'Zitat von Ann')
        return QUOTE_HEAD_RE.match(" ".join(el.text_content()[:QUOTE_HEAD_CHARS].split())) is not None
    return False


#: Characters at the start of a quote read for its attribution line ('Ann Roe wrote:').
QUOTE_HEAD_CHARS = 120


#: The only elements a quote class makes a quote.
_QUOTE_TAGS = frozenset({"blockquote", "aside", "div", "section", "p"})


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


def parse_page(html: str, encoded: bytes | None = None) -> tuple[lxml_html.HtmlElement, str, bool]:
    """(tree, markup for a parser without huge_tree such as trafilatura's, whether it was flattened).

    A page nested deeper than lxml's default limit is parsed again with
    huge_tree (which keeps up to about 2,000 levels, so threads keep their
    nesting); deeper still, the tree is built from the flattened markup.
    Either way trafilatura gets the flattened markup, as its parser keeps 255.
    `encoded`: `html` in UTF-8 (surrogatepass) when the caller has it (it hashed the page).
    """
    cleaned = re.sub(r"^\s*<\?(?:php|xml)[^>]*\?>", "", html, count=1)
    data = encoded if encoded is not None and len(cleaned) == len(html) else None  # nothing cut: the same text
    tree = _parse(cleaned, data=data)
    if not _NEAR_LIMIT(tree):
        return tree, cleaned, False
    flat = flatten_markup(cleaned)
    huge = _parse(cleaned, _HUGE_PARSER, data)
    if tree_depth(huge) < HUGE_DEPTH_NEAR_LIMIT:
        return huge, flat, True
    return _parse(flat), flat, True


def _parse(
    markup: str, parser: lxml.html.HTMLParser | None = None, data: bytes | None = None
) -> lxml_html.HtmlElement:
    """`data`: markup already in UTF-8 (surrogatepass)."""
    if data is None:
        data = markup.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.document_fromstring(data, parser=parser or _PARSER)
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


#: Hrefs of user profile pages.
PROFILE_HREF = re.compile(
    r"(?:^|/)(?:users?|members?|profiles?|people|u|author|autor|benutzer|mitglied|utilisateur|usuario|"
    r"perfil|profil|~)[/=]|[?&;](?:u|uid|user|userid|member)=|action=profile\b|profile\.|/~|"
    # a person word numbered in the path ('/membre6527/', '/member-12.html', '/utente_77')
    r"/(?:users?|members?|membres?|miembros?|mitglied(?:er)?|benutzer|utilisateurs?|utente|usuarios?|"
    r"profiles?|profils?)[-_.]?\d+(?:[/.?#]|$)|"
    # a script or parameter named for a user's page ('user_info.pl?id=16417', '?user_profile=1360')
    r"(?:^|[/?&;])(?:users?|members?)_(?:info|profile|page|details)\b|[?&;](?:user_?id|member_?id|profile_?id)=",
    re.I,
)
#: Account pages under the same paths ('/user/login?destination=...'): a link to one is a button, not a name.
ACCOUNT_ACTION_HREF = re.compile(
    r"/(?:log-?in|log-?out|sign-?in|sign-?up|sign-?out|register|registration|password|anmelden|abmelden|"
    r"registrieren|connexion|inscription|entrar|registro)\b",
    re.I,
)


def is_profile_href(href: str | None) -> bool:
    """Does a link go to a member's profile page (not to a login, sign-up or password page)?"""
    return bool(href) and bool(PROFILE_HREF.search(href or "")) and not ACCOUNT_ACTION_HREF.search(href or "")


#: Links that stay on the page or point at one comment (its permalink): never an article's.
_OWN_LINK = re.compile(r"#|comment|[?&]cid=|reply|^javascript:|^mailto:", re.I)
#: The link that continues an excerpt on its own page, in several languages.
_READ_MORE = re.compile(
    r"read (?:more|the (?:full|whole) (?:story|article|post))|continue reading|keep reading|weiterlesen|mehr lesen|"
    r"lire la suite|leer más|seguir leyendo|leggi (?:tutto|di più)|continua a leggere|ler mais|continuar lendo|"
    r"читать далее|читать полностью|подробнее|czytaj dalej|lees meer|verder lezen"
)
#: Link text this long is a headline, not a name or a "Reply" button.
TITLE_WORDS = 4


def is_teaser(el: lxml_html.HtmlElement) -> bool:
    """An article teaser ("related posts", "latest articles"): a "Read more" link to another page,
    or a headline-long link to another page inside a heading or linked again from the same block
    (a thumbnail). A comment's links name its author, answer or link to itself; its excerpt-like
    text would otherwise pass for a comment's when the teaser is long."""
    titles: set[str] = set()
    counts: dict[str, int] = {}
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or _OWN_LINK.search(href) or is_profile_href(href):
            continue  # a comment's own links, or its author's profile
        words = a.text_content().split()
        if _READ_MORE.fullmatch(" ".join(words).lower().strip(" .…»›>→")):
            return True  # an excerpt that continues on another page
        counts[href] = counts.get(href, 0) + 1
        if len(words) >= TITLE_WORDS:
            if any(anc.tag in _FLAT_HEADINGS for anc in a.iterancestors()):
                return True
            titles.add(href)
    return any(counts[href] >= 2 for href in titles)


#: A block whose visible text is mostly link text is a menu item or an article teaser, not a comment.
MAX_LINK_SHARE = 0.6
#: A group is navigation when at least this share of its blocks is link-dominated, in a menu or a teaser.
MIN_NAVIGATION_SHARE = 0.5
_MENU_CLASS = re.compile(r"(?:^|[-_ ])(?:menu|nav|navbar|navigation|breadcrumbs?)(?:$|[-_ ])")


def _in_menu(el: lxml_html.HtmlElement) -> bool:
    """Inside <nav>, role=navigation, or a list whose classes name a menu (page-wide classes such
    as `with-navigation` on <main> say nothing about the blocks inside)."""
    for anc in el.iterancestors():
        if anc.tag == "nav" or anc.get("role") == "navigation":
            return True
        if anc.tag in ("ul", "ol", "menu") and _MENU_CLASS.search((anc.get("class") or "").lower()):
            return True
    return False


def is_navigation(members: list[lxml_html.HtmlElement]) -> bool:
    """Menus and lists of article teasers repeat like comments: most of their blocks are links,
    sit in a menu, or are teasers (`is_teaser`). The thread detector asks it of each group; the
    generic detector does not (asking it there cost held-out dev authors 0.806 -> 0.788)."""
    navigational = sum(1 for m in members if _in_menu(m) or link_share(m) > MAX_LINK_SHARE or is_teaser(m))
    return navigational >= MIN_NAVIGATION_SHARE * len(members)


@dataclass(frozen=True)
class Grouping:
    """How one detector groups the blocks of a page: the subtrees it skips and the keys of an element.

    An element's keys are its hints (`tokens`) that `is_key` accepts, sorted (set order
    changes with the hash seed), then those `id_keys` gives for its id. `is_key` is asked
    once per page and token: a page repeats the same few classes thousands of times.
    """

    prune_tags: frozenset[str]
    is_key: Callable[[str], bool]
    id_keys: Callable[[str], list[str]] | None = None
    #: Only the first max_scan + 1 elements a walk visits count (bounds work on hostile pages).
    max_scan: int = 400_000

    def keys(self, el: lxml_html.HtmlElement) -> list[str]:
        """The keys of one element (what `group_by_keys` files it under)."""
        out = [tok for tok in sorted(tokens(el)) if self.is_key(tok)]
        ident = el.get("id")
        return out + self.id_keys(ident) if ident and self.id_keys is not None else out


#: Elements grouped by (tag, key), members in document order.
Groups = dict[tuple[str, str], list[lxml_html.HtmlElement]]

#: The elements below the root with attributes, found in C: the only ones that can have keys (one
#: test per element is cheaper for libxml2 than one per attribute that counts).
_WITH_ATTRIBUTES = etree.XPath("descendant::*[@*]")
_ELEMENT_COUNT = etree.XPath("count(descendant::*)")


def group_by_keys(tree: lxml_html.HtmlElement, groupings: Sequence[Grouping]) -> list[Groups]:
    """For each grouping, the elements below the root, outside its pruned subtrees, grouped by
    (tag, key) for every key it gives them (`Grouping.keys`), in document order: the repeated
    blocks a comment thread is made of.

    One pass serves every grouping, and it never visits the many elements without attributes:
    those that can have a key come from one XPath, and only the few that have one are checked
    for a pruned ancestor (a walk per grouping took two thirds of comment detection's time).
    Hint keys are remembered per distinct set of hint values (the attributes `tokens` reads),
    across pages: sites share class vocabularies ('container', 'comment-body').
    """
    size = _ELEMENT_COUNT(tree)
    allowed = [_first_visited(tree, g) if size > g.max_scan + 1 else None for g in groupings]
    results: list[Groups] = [{} for _ in groupings]
    accepted, known = _remembered_keys(tuple(groupings))
    this_page: dict[tuple[str | None, ...], list[list[str]] | None] = {}  # sets too long to keep for later pages
    for el in _WITH_ATTRIBUTES(tree):
        get = el.get
        signature = (get("class"), get("itemprop"), get("data-testid"), get("data-test-id"), get("itemtype"), custom_tag(el))
        if signature in known:
            found = known[signature]
        elif signature in this_page:
            found = this_page[signature]
        else:
            found = _hint_keys(el, groupings, accepted)
            short = sum(len(value) for value in signature if value) <= MAX_REMEMBERED_CHARS
            (known if short else this_page)[signature] = found
        ident = get("id")
        if found is None and not ident:
            continue  # nearly every element: no key in any grouping
        for i, g in enumerate(groupings):
            keys = found[i] if found is not None else []
            if ident and g.id_keys is not None:
                keys = keys + g.id_keys(ident)
            limit = allowed[i]
            if not keys or pruned(el, tree, g.prune_tags) or (limit is not None and el not in limit):
                continue
            groups = results[i]
            for key in keys:
                groups.setdefault((el.tag, key), []).append(el)
    return results


#: Distinct tokens or hint-value sets remembered per set of groupings; past it, forgotten at once.
KEY_MEMORY = 1 << 15
#: Longest token or hint-value set (characters) kept for later pages: a hostile page's huge class
#: attributes must not stay in memory (at most KEY_MEMORY x this many characters per memory).
MAX_REMEMBERED_CHARS = 200
_KEY_MEMORY: dict[tuple[Grouping, ...], tuple[dict[str, tuple[bool, ...]], dict[tuple[str | None, ...], list[list[str]] | None]]] = {}


def _remembered_keys(
    groupings: tuple[Grouping, ...],
) -> tuple[dict[str, tuple[bool, ...]], dict[tuple[str | None, ...], list[list[str]] | None]]:
    """What `group_by_keys` knows for these groupings: each token's `is_key` answers, and each
    hint-value set's keys (pure functions of their strings, so one page's answers serve the next).
    Bounded: a memory past `KEY_MEMORY` entries starts again empty."""
    accepted, known = _KEY_MEMORY.setdefault(groupings, ({}, {}))
    if len(accepted) > KEY_MEMORY or len(known) > KEY_MEMORY:
        accepted.clear()
        known.clear()
    return accepted, known


def forget_remembered_keys() -> None:
    """Empty the memory `group_by_keys` keeps across pages (a benchmark's repeated pass must not
    meet pages it has already seen)."""
    _KEY_MEMORY.clear()


def _first_visited(tree: lxml_html.HtmlElement, grouping: Grouping) -> set[lxml_html.HtmlElement]:
    """The elements a walk visits before the scan limit (pages past it only)."""
    tags = grouping.prune_tags
    return set(islice(walk(tree, lambda el: el.tag in tags), grouping.max_scan + 1))


def _hint_keys(
    el: lxml_html.HtmlElement, groupings: Sequence[Grouping], accepted: dict[str, tuple[bool, ...]]
) -> list[list[str]] | None:
    """Each grouping's keys among el's hints, sorted; None when no grouping has any.

    `accepted` remembers each token's answers (`group_by_keys`' memory): classes repeat."""
    found: list[list[str]] | None = None
    for tok in _tokens(el):  # each signature once: nothing to remember
        answers = accepted.get(tok)
        if answers is None:
            answers = tuple(g.is_key(tok) for g in groupings)
            if len(tok) <= MAX_REMEMBERED_CHARS:
                accepted[tok] = answers
        if True in answers:
            if found is None:
                found = [[] for _ in groupings]
            for keys, yes in zip(found, answers):
                if yes:
                    keys.append(tok)
    if found is not None:
        for keys in found:
            keys.sort()  # set order changes with the hash seed
    return found


def pruned(el: lxml_html.HtmlElement, root: lxml_html.HtmlElement, tags: frozenset[str]) -> bool:
    """el or an ancestor of it below root has one of `tags`: a walk from root never reaches el."""
    if el.tag in tags:
        return True
    for anc in el.iterancestors():
        if anc is root:
            return False
        if anc.tag in tags:
            return True
    return False
