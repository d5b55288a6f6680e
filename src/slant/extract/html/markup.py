"""Read a set of comment blocks into Comments: text, author, date and reply parent.

A `Markup` names how one comment system marks its parts (class tokens in
priority order). Dedicated systems and the structural fallback both end here,
so every system gets the same text cleaning, reply resolution and caps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from slant.document import Comment
from slant.extract.dates import normalize_date
from slant.extract.html.dom import MAX_COMMENTS, clean_author, inert_text, is_quote, tokens, walk

#: Class tokens (or itemprop:/testid: hints) of a comment's text block, best first.
TEXT_TOKENS: tuple[str, ...] = (
    "itemprop:text", "itemprop:commenttext", "testid:comment", "commtext", "comment-content",
    "comment_content", "comment-text", "comment_text", "wpd-comment-text", "dsq-comment-message",
    "comment-message", "comment-body", "comment_body", "bbwrapper", "usertext-body", "md",
    "md-div", "cooked", "message-body", "message-content", "post-content", "post_content",
    "post-body", "post-text", "post-message", "postmessage", "entry-content", "content", "postbody",
    "body", "text", "message",
)

#: Hints of the author's display name, best first ("itemprop:author>name" = schema.org name).
AUTHOR_TOKENS: tuple[str, ...] = (
    "itemprop:author>name", "fn", "hnuser", "username", "user-name", "author-name", "authorname",
    "comment-author-name", "comment_author", "wpd-comment-author", "testid:comment_author_link",
    "person-listing", "message-name", "creator", "commenter", "nickname", "poster", "comment-author",
    "author", "user", "itemprop:author", "tag:cite", "itemprop:name", "name",
)

_LEVEL_CLASS = re.compile(
    r"^(?:depth|level|indent|comment-level|wpd_comment_level|comment_level)[-_](\d{1,3})$"
)
_LEVEL_TEXT = re.compile(r"^\s*level\s+(\d{1,3})\s*$", re.I)
_PAD = re.compile(r"(?:padding|margin)-left\s*:\s*(\d{1,4})(?:\.\d+)?px", re.I)
_META_TOKENS = frozenset({"meta", "comment-meta", "comment-header", "comment-metadata", "avatar"})
_POST_NUM = re.compile(r"(?:post|comment)?\s*:?\s*#?(\d{1,12})$", re.I)


@dataclass(frozen=True)
class Markup:
    """How one comment system marks text and author (extra hints tried before the generic ones)."""

    name: str
    text_tokens: tuple[str, ...] = ()
    author_tokens: tuple[str, ...] = ()

    def text_order(self) -> tuple[str, ...]:
        return self.text_tokens + tuple(t for t in TEXT_TOKENS if t not in self.text_tokens)

    def author_order(self) -> tuple[str, ...]:
        return self.author_tokens + tuple(t for t in AUTHOR_TOKENS if t not in self.author_tokens)


@dataclass
class _Block:
    """What one comment block holds before ids are assigned."""

    text: str
    author: str | None
    published: str | None
    level: int | None
    dom_parent: int | None
    parent_ref: str | None
    quote_refs: list[str]
    anchors: list[str]


def hint_rank(el: lxml_html.HtmlElement, order: dict[str, int]) -> int | None:
    """Best (lowest) position in `order` of the element's hints and its tag; None when it has none."""
    toks = tokens(el)
    toks.add("tag:" + el.tag)
    ranks = [order[t] for t in toks if t in order]
    return min(ranks) if ranks else None


#: Author hints too vague to disqualify a text block that contains them.
_WEAK_AUTHOR = frozenset({"name", "itemprop:name", "user", "tag:cite", "itemprop:author>name"})


def find_text_element(
    own: list[lxml_html.HtmlElement], markup: Markup
) -> tuple[lxml_html.HtmlElement | None, bool]:
    """The best-ranked text block among a block's own elements, and whether it is mixed.

    A block that also holds the author line ('Ann on May 2 said:') is used only
    when no better-ranked or inner block is free of it; it is then 'mixed' and
    its author and date lines are left out of the text.
    """
    order = {t: i for i, t in enumerate(markup.text_order())}
    strong = (a for a in markup.author_order() if a not in _WEAK_AUTHOR)
    author_order = {t: i for i, t in enumerate(strong)}
    candidates: list[tuple[int, int, lxml_html.HtmlElement]] = []
    authors: list[lxml_html.HtmlElement] = []
    quoted: set[lxml_html.HtmlElement] = set()
    for pos, el in enumerate(own):
        if el in quoted or is_quote(el):
            quoted.update(el.iter())
            continue
        rank = hint_rank(el, order)
        if rank is not None:
            candidates.append((rank, pos, el))
        if hint_rank(el, author_order) is not None and el.text_content().strip():
            authors.append(el)
    candidates.sort(key=lambda c: (c[0], c[1]))
    for _, _, el in candidates:
        # An author hint inside the block is a mention unless it is the only one.
        if not authors or any(el not in a.iterancestors() for a in authors):
            return el, False
    return (candidates[0][2], True) if candidates else (None, False)


def find_author(
    item: lxml_html.HtmlElement,
    own: list[lxml_html.HtmlElement],
    inside_text: set[lxml_html.HtmlElement],
    markup: Markup,
) -> str | None:
    """The display name from the best-ranked author hint outside the text block."""
    order = {t: i for i, t in enumerate(markup.author_order())}
    candidates: list[tuple[int, int, str]] = []
    for pos, el in enumerate(own):
        if el in inside_text:
            continue
        toks = tokens(el)
        if "itemprop:author" in toks:
            for sub in el.iter():
                if "itemprop:name" in tokens(sub):
                    name = clean_author(sub.get("content") or sub.text_content())
                    if name:
                        candidates.append((order["itemprop:author>name"], pos, name))
                        break
        rank = hint_rank(el, order)
        if rank is None:
            continue
        text, title = el.text_content().strip(), (el.get("title") or "").strip()
        # Lemmy-style links show 'name@instance' but title the bare display name.
        name = clean_author(title if title and (not text or text.startswith(title)) else text)
        if name:
            candidates.append((rank, pos, name))
    data_author = clean_author(item.get("data-author"))
    if candidates:
        return min(candidates)[2]
    return data_author


_DATE_ATTRS = ("datetime", "title", "data-tippy-content", "content", "data-time", "data-date")


def find_date(own: list[lxml_html.HtmlElement], inside_text: set[lxml_html.HtmlElement]) -> str | None:
    """The publication date from <time datetime>, microdata or date-like title attributes."""
    fallback: str | None = None
    for el in own:
        if el in inside_text:
            continue
        toks = tokens(el)
        if el.get("datetime") or "itemprop:datepublished" in toks:
            value = normalize_date(el.get("datetime") or el.get("content") or el.text_content())
            if value:
                return value
        if fallback is None and any(
            ("date" in t or "time" in t or t == "age") and not t.startswith("type:") for t in toks
        ):
            for attr in _DATE_ATTRS[1:]:
                value = normalize_date(el.get(attr))
                if value:
                    fallback = value
                    break
            else:
                text = el.text_content()
                fallback = normalize_date(text) if len(text) < 80 else None
    return fallback


def find_level(item: lxml_html.HtmlElement, own: list[lxml_html.HtmlElement]) -> int | None:
    """Thread depth from depth classes, HN indent cells, 'level N' labels or left padding."""
    for tok in tokens(item):
        m = _LEVEL_CLASS.match(tok)
        if m:
            return int(m.group(1))
    for el in own[:60]:
        if el.get("indent") is not None and el.get("indent", "").isdigit():
            return int(el.get("indent")) + 1
        if el.tag == "span" and el.text and not len(el):
            m = _LEVEL_TEXT.match(el.text)
            if m:
                return int(m.group(1))
    for el in [item, *own[:3]]:
        m = _PAD.search(el.get("style") or "")
        if m:
            return int(m.group(1)) // 8 + 1
    return None


def _fragment(href: str | None) -> str | None:
    if not href or "#" not in href:
        return None
    frag = href.rsplit("#", 1)[1].strip()
    return frag or None


def find_quote_refs(own: list[lxml_html.HtmlElement]) -> list[str]:
    """Anchors of the posts that a block quotes (XenForo data-source, phpBB cite links, Discourse)."""
    refs: list[str] = []
    for el in own:
        if not is_quote(el):
            continue
        source = el.get("data-source") or el.get("data-post") or ""
        m = _POST_NUM.search(source.strip())
        if m:
            num = m.group(1)
            refs.extend([f"post-{num}", f"post_{num}", f"p{num}", f"comment-{num}", num])
        for link in el.iter("a"):
            for value in (link.get("href"), link.get("data-content-selector")):
                frag = _fragment(value)
                if frag:
                    refs.append(frag)
    return refs


def read_blocks(items: list[lxml_html.HtmlElement], markup: Markup) -> list[Comment]:
    """Turn comment blocks (document order) into Comments with resolved reply parents."""
    items = items[:MAX_COMMENTS]
    index = {el: i for i, el in enumerate(items)}
    blocks: list[_Block] = []
    for item in items:
        own = list(walk(item, lambda el: el in index))
        text_el, mixed = find_text_element(own, markup)
        if text_el is not None and not mixed:
            inside_text = set(text_el.iter())
            text = inert_text(text_el, skip=lambda el: el in index)
        else:
            inside_text = set()
            text = _fallback_text(text_el if text_el is not None else item, index, markup)
        dom_parent = next((index[a] for a in item.iterancestors() if a in index), None)
        anchors = [a for a in (item.get("id"), item.get("name")) if a]
        anchors += [a for el in own if el not in inside_text for a in (el.get("id"), el.get("name")) if a]
        parent_ref = None
        for el in own:
            if el.tag == "a" and el not in inside_text and (el.text or "").strip().lower() == "parent":
                parent_ref = _fragment(el.get("href"))
                break
        blocks.append(
            _Block(
                text=text,
                author=find_author(item, own, inside_text, markup),
                published=find_date(own, inside_text),
                level=find_level(item, own),
                dom_parent=dom_parent,
                parent_ref=parent_ref,
                quote_refs=find_quote_refs(own),
                anchors=anchors,
            )
        )
    return _assign(blocks)


def _fallback_text(
    root: lxml_html.HtmlElement, index: dict[lxml_html.HtmlElement, int], markup: Markup
) -> str:
    """Without a clean text block: root's text minus author, date and header/footer chrome."""
    author_order = {t: i for i, t in enumerate(markup.author_order())}

    def skip(el: lxml_html.HtmlElement) -> bool:
        if el in index or el.tag in {"header", "footer", "time", "cite"}:
            return True
        toks = tokens(el)
        if hint_rank(el, author_order) is not None:
            return True
        if el.tag == "span" and el.text and _LEVEL_TEXT.match(el.text):
            return True
        return any(t in _META_TOKENS or "date" in t or "time" in t for t in toks)

    lines = (line.strip(" ·|•-") for line in inert_text(root, skip=skip).split("\n"))
    return "\n".join(line for line in lines if line)


def _assign(blocks: list[_Block]) -> list[Comment]:
    """Drop empty blocks, number the rest c1.. and resolve parents (nesting, links, levels, quotes)."""
    anchor_of: dict[str, int] = {}
    for i, block in enumerate(blocks):
        for a in block.anchors:
            anchor_of.setdefault(a, i)
    levels = {b.level for b in blocks if b.level is not None}
    use_levels = len(levels) > 1 and all(b.dom_parent is None for b in blocks)
    parent: list[int | None] = []
    stack: list[tuple[int, int]] = []  # (level, block index) for level-based threading
    for i, block in enumerate(blocks):
        p: int | None = block.dom_parent
        if p is None and block.parent_ref and anchor_of.get(block.parent_ref, i) < i:
            p = anchor_of[block.parent_ref]
        if use_levels and block.level is not None:
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            if p is None and stack:
                p = stack[-1][1]
            stack.append((block.level, i))
        if p is None:
            p = next((anchor_of[r] for r in block.quote_refs if anchor_of.get(r, i) < i), None)
        parent.append(p)
    kept: dict[int, str] = {}
    out: list[Comment] = []
    for i, block in enumerate(blocks):
        if not block.text:
            continue
        p = parent[i]
        while p is not None and p not in kept:
            p = parent[p]
        cid = f"c{len(out) + 1}"
        kept[i] = cid
        out.append(
            Comment(
                id=cid,
                text=block.text,
                author=block.author,
                parent=kept[p] if p is not None else None,
                published=block.published,
            )
        )
    return out
