"""HTML pages: trafilatura for the article body and metadata, our parsers for comments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from slant import errors
from slant.document import Comment, url_host
from slant.errors import SlantInputError
from slant.extract.html.author import page_author
from slant.extract.html.body import choose_body
from slant.extract.html.dom import DEPTH_NEAR_LIMIT, MAX_COMMENTS, SKIP_TAGS, parse_page
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
    #: Problems that cost a part of the result (metadata, flattened markup, comments over the cap).
    warnings: list[str] = field(default_factory=list)


def extract_html(html: str, url: str | None = None, encoded: bytes | None = None) -> HtmlExtraction:
    """Body, title, date, author and outlet via trafilatura; comments via slant.extract.html.comments.

    Optional metadata that fails (dates, canonical URL, trafilatura's metadata step)
    is left out with a warning: the page is kept. `encoded`: `html` in UTF-8 when the
    caller has it (see `parse_page`).
    """
    from slant.extract.html.comments import find_thread

    warnings: list[str] = []
    tree, markup, flattened = parse_page(html, encoded)
    if flattened:
        warnings.append(f"HTML nested deeper than {DEPTH_NEAR_LIMIT} levels: the article was read from flattened markup")
    if _may_exceed_elements(html):
        size = sum(1 for _ in tree.iter())
        if size > MAX_ELEMENTS:
            raise SlantInputError(errors.TOO_LARGE, f"HTML has {size:,} elements; the limit is {MAX_ELEMENTS:,}")
    thread = find_thread(tree)
    comments = thread.comments
    if thread.dropped:
        warnings.append(f"{thread.dropped:,} comments beyond the cap of {MAX_COMMENTS:,} were dropped")
    safe_url = _valid_url(url, "page URL", warnings)
    meta = _trafilatura(tree if not flattened and shares_tree(markup) else markup, safe_url, warnings)
    title = meta.get("title") or _tree_title(tree)
    page_url = _valid_url(meta.get("url"), "URL in the page's metadata", warnings) or safe_url or _canonical(tree, warnings)
    body = _drop_comment_lines(_tidy(meta.get("text") or ""), comments, tree, thread.elements)
    chosen = choose_body(tree, body, comments, thread.elements, title, page_url)
    author, published = clean_byline(meta.get("author")), meta.get("date") or None
    if chosen is not None:
        body, comments = chosen.body, chosen.comments
        author, published = chosen.author or author, chosen.published or published
    if not body:
        body = _fallback_body(tree)
    outlet = meta.get("sitename") or meta.get("hostname") or _safe_host(page_url)
    return HtmlExtraction(
        title=_tidy(title) or None if title else None,
        body=body,
        comments=comments,
        published=published,
        author=author,
        outlet=outlet,
        url=page_url,
        warnings=warnings,
    )


#: Nodes the parser may build per '<' of the markup, with room to spare (see `_may_exceed_elements`).
_NODES_PER_TAG = 4
#: Nodes the parser may add without any '<' (html, head, body, a paragraph around stray text), with room to spare.
_IMPLIED_NODES = 16


def _may_exceed_elements(html: str) -> bool:
    """Whether the tree of `html` may hold more than MAX_ELEMENTS nodes, without walking it.

    Each element or processing instruction lxml builds starts at a '<' of the markup, besides the
    few its parser adds (html, head, body, a paragraph opened around stray text: at most one per
    tag or text run); flattening never adds a '<'. A page with few '<' is under the limit, and the
    walk that counts every node (a third of a millisecond on an ordinary page) is left out.
    """
    return _NODES_PER_TAG * html.count("<") + _IMPLIED_NODES > MAX_ELEMENTS


#: What trafilatura's own loader would repair or drop before parsing (characters XML forbids;
#: processing instructions, "<?", which its parser removes): a page with any of these is handed
#: over as markup, so that trafilatura sees exactly the tree it would have built itself. One
#: substring search per string (0.16 ms a page) rather than a character-class pattern (0.7 ms).
_NEEDS_TRAFILATURA_PARSE = (
    "<?",
    *(chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)),
)
#: trafilatura rewrites a DOCTYPE line holding a slash and a self-closing <html/> in the first lines.
_DOCTYPE_WITH_SLASH = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
#: Characters of a page's start trafilatura looks at to decide it is HTML at all.
_HTML_SNIFF_CHARS = 50


def shares_tree(markup: str) -> bool:
    """Whether trafilatura can read slant's parse of `markup` instead of parsing it again.

    trafilatura accepts an lxml tree (and copies it before changing anything), which saves
    its parse; on markup its loader first repairs a few things, rejects pages that do not
    say "html" early on, and removes processing instructions. Pages that need any of that
    keep the old path, so trafilatura's result is the same either way.
    """
    beginning = markup[:_HTML_SNIFF_CHARS].lower()
    if "html" not in beginning or any(needle in markup for needle in _NEEDS_TRAFILATURA_PARSE):
        return False
    if "doctype" in beginning and _DOCTYPE_WITH_SLASH.match(markup.partition("\n")[0]):
        return False
    return not any("<html" in line and line.endswith("/>") for line in markup[:4096].splitlines()[:4])


def _trafilatura(markup: str | lxml.html.HtmlElement, url: str | None, warnings: list[str]) -> dict[str, Any]:
    """trafilatura's body and metadata; when its metadata step fails, the body alone, with a warning.

    `markup` is the page's text, or slant's own tree of it where `shares_tree` allows: then
    the metadata comes from `page_metadata` (what trafilatura's metadata step gives, less
    the fields slant drops) and the body from trafilatura without its metadata step."""
    import trafilatura

    options: dict[str, Any] = {
        "include_comments": False,
        "favor_precision": False,
        "include_tables": INCLUDE_TABLES,
        "deduplicate": False,
    }
    try:
        if isinstance(markup, str):
            meta = _kept(trafilatura.bare_extraction(markup, url=url, with_metadata=True, **options))
        else:
            found = page_metadata(markup, url)
            # trafilatura's own sequence gets the page URL, else the one its metadata found.
            body = trafilatura.bare_extraction(markup, url=url or found.get("url"), with_metadata=False, **options)
            meta = {**found, "text": _kept(body).get("text")} if body is not None else {}
    except Exception as exc:  # noqa: BLE001 - hostile pages break date and URL parsers in many ways
        warnings.append(f"page metadata (date, title, author, URL) left out: {type(exc).__name__}: {exc}"[:300])
        try:
            meta = _kept(trafilatura.bare_extraction(markup, url=None, with_metadata=False, **options))
        except Exception as exc2:  # noqa: BLE001
            warnings.append(f"article extraction failed, paragraphs kept: {type(exc2).__name__}: {exc2}"[:300])
            return {}
    if INCLUDE_TABLES and _layout_table(meta.get("text") or ""):
        # A table that holds the whole article is page layout: read it again without tables.
        try:
            plain = _as_dict(trafilatura.bare_extraction(markup, url=url, with_metadata=False, **options | {"include_tables": False}))
        except Exception as exc:  # noqa: BLE001
            warnings.append(f"article extraction without tables failed: {type(exc).__name__}: {exc}"[:300])
        else:
            meta["text"] = plain.get("text") or meta.get("text")
    return meta


def page_metadata(tree: lxml.html.HtmlElement, url: str | None) -> dict[str, Any]:
    """Title, author, URL, host, date and site name as `trafilatura.metadata.extract_metadata` finds
    them, step for step, without its categories, tags and license (a quarter of its time; slant
    keeps none of them), its author step in one pass (`page_author`). It reads the tree and
    never changes it, so slant's tree serves as is.
    """
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - as trafilatura: a broken JSON-LD block leaves the meta tags' values
        pass
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or page_author(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    date_config = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    metadata.date = find_date(tree, **date_config, url=metadata.url)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        host = META_URL.match(metadata.url)
        if host:
            metadata.sitename = host[1]
    metadata.clean_and_trim()
    return {key: getattr(metadata, key) for key in _METADATA_FIELDS}


#: The metadata fields slant keeps.
_METADATA_FIELDS = ("title", "author", "url", "hostname", "date", "sitename")


def _as_dict(result: Any) -> dict[str, Any]:
    # bare_extraction is typed to return a dict as well, but only does so with the
    # deprecated as_dict=True, which is not passed here.
    if result is None:
        return {}
    return dict(result) if isinstance(result, dict) else dict(result.as_dict())


def _kept(result: Any) -> dict[str, Any]:
    """The fields slant keeps of a trafilatura result: the same keys whichever path made it."""
    found = _as_dict(result)
    return {key: found[key] for key in (*_METADATA_FIELDS, "text") if key in found}


#: Tables are kept in the body: a results table or a box score is the story.
INCLUDE_TABLES = True
#: A table row longer than this is a layout table wrapping the article, not a data table.
LAYOUT_ROW_CHARS = 600


def _layout_table(text: str) -> bool:
    return any(line.startswith("|") and len(line) > LAYOUT_ROW_CHARS for line in text.split("\n"))


def _valid_url(url: str | None, what: str, warnings: list[str]) -> str | None:
    """The URL when its host and port parse; otherwise None and a warning (the page is kept)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port
        if parts.scheme in {"http", "https"} and not parts.hostname:
            raise ValueError("no host")
    except ValueError as exc:
        warnings.append(f"{what} {url[:100]!r} left out: {exc}")
        return None
    return url


def _safe_host(url: str | None) -> str | None:
    try:
        return url_host(url)
    except ValueError:
        return None


#: Body lines shorter than this are kept even when a comment holds them (too short to tell).
MIN_LEAK_CHARS = 30
#: Words per shingle when matching a body paragraph against the comments' text.
LEAK_SHINGLE = 6
_WORD = re.compile(r"\w+")
#: A paragraph leaks when this share of its shingles is in the comment blocks and less is outside.
LEAK_SHARE = 0.6


def _drop_comment_lines(
    body: str,
    comments: list[Comment],
    tree: lxml.html.HtmlElement | None = None,
    blocks: list[lxml.html.HtmlElement] | None = None,
) -> str:
    """Remove body paragraphs that are reader comments: they are not the outlet's words.

    A paragraph leaks from the comments when it equals a line of one, or when most
    of its word shingles occur in the comment blocks (quotes and signatures
    included) and not in the page outside them: a line of the article that a
    reader quoted stays, a post quoted by another post goes.
    """
    if not comments:
        return body
    said = {" ".join(line.split()).casefold() for c in comments for line in c.text.split("\n")}
    said.discard("")
    inside: set[tuple[str, ...]] = set()
    outside: set[tuple[str, ...]] = set()
    if tree is not None and blocks:
        inside_words, outside_words = _split_words(tree, set(blocks))
        inside, outside = _shingles(inside_words), _shingles(outside_words)

    def leaked(line: str) -> bool:
        if len(line) < MIN_LEAK_CHARS:
            return False
        if " ".join(line.split()).casefold() in said:
            return True
        words = _WORD.findall(line.casefold())
        if len(words) < LEAK_SHINGLE:
            return False
        grams = [tuple(words[i : i + LEAK_SHINGLE]) for i in range(len(words) - LEAK_SHINGLE + 1)]
        within = sum(g in inside for g in grams) / len(grams)
        beyond = sum(g in outside for g in grams) / len(grams)
        return within >= LEAK_SHARE and beyond < LEAK_SHARE

    return "\n\n".join(line for line in body.split("\n\n") if not leaked(line))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + LEAK_SHINGLE]) for i in range(len(words) - LEAK_SHINGLE + 1)}


def _split_words(
    tree: lxml.html.HtmlElement, blocks: set[lxml.html.HtmlElement]
) -> tuple[list[str], list[str]]:
    """Lower-cased words of the page inside the comment blocks and outside them (iterative walk)."""
    # The texts in page order, then one regex pass over each side: a word never spans two texts,
    # as they are joined with a space (and casefolding the whole is casefolding each text).
    inside: list[str] = []
    outside: list[str] = []
    # (element, inside a block?, emit only its tail?): an explicit stack, as pages nest deeply.
    stack: list[tuple[lxml.html.HtmlElement, bool, bool]] = [(tree, False, False)]
    while stack:
        el, within, tail_only = stack.pop()
        if tail_only:
            if el.tail:
                (inside if within else outside).append(el.tail)
            continue
        own = within or el in blocks
        if isinstance(el.tag, str) and el.tag not in SKIP_TAGS:
            if el.text:
                (inside if own else outside).append(el.text)
            for child in reversed(list(el)):
                stack.append((child, own, True))
                stack.append((child, own, False))
    return _WORD.findall(" ".join(inside).casefold()), _WORD.findall(" ".join(outside).casefold())


def _tidy(text: str) -> str:
    """One paragraph per line, blank lines between; the rows of a table stay together."""
    # One substitution for the whole text: the pattern never spans a line break.
    lines = [line for line in (line.strip() for line in _BLANKS.sub(" ", text).split("\n")) if line]
    parts: list[str] = []
    for before, line in zip(["", *lines], lines):
        if parts:
            parts.append("\n" if before.endswith("|") and line.startswith("|") else "\n\n")
        parts.append(line)
    return "".join(parts)


_BLANKS = re.compile(r"[ \t\u00a0]+")


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


def _canonical(tree: lxml.html.HtmlElement, warnings: list[str]) -> str | None:
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = tree.xpath(xpath)
        if found and str(found[0]).startswith(("http://", "https://")):
            return _valid_url(str(found[0]), "canonical URL", warnings)
    return None
