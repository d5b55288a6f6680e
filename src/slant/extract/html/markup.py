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
from slant.extract.html.dom import (
    MAX_COMMENTS,
    clean_author,
    inert_text,
    is_element,
    is_profile_href,
    is_quote,
    previous_element,
    tokens,
    walk,
)

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
    "author", "user", "itemprop:author", "vcard", "tag:cite", "itemprop:name", "name",
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
    #: The block before a replies wrapper found further up (`_indented_parent`, wide): used where no
    #: printed level, link or nesting says more.
    wrapper_parent: int | None
    parent_ref: str | None
    quote_refs: list[str]
    anchors: list[str]


def hint_rank(el: lxml_html.HtmlElement, order: dict[str, int]) -> int | None:
    """Best (lowest) position in `order` of the element's hints and its tag; None when it has none."""
    ranks = [order[t] for t in tokens(el) if t in order]
    tag = order.get("tag:" + el.tag)
    if tag is not None:
        ranks.append(tag)
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
        if rank is None or (markup.name in _STRUCTURAL and _in_reply_line(el)):
            continue
        if markup.name in _STRUCTURAL:
            el = _name_link(el)
            text = _name_text(el)
        else:
            text = el.text_content().strip()
        title = (el.get("title") or "").strip()
        # Lemmy-style links show 'name@instance' but title the bare display name.
        name = clean_author(title if title and (not text or text.startswith(title)) else text)
        if name:
            candidates.append((rank, pos, name))
    data_author = clean_author(item.get("data-author"))
    if candidates:
        return min(candidates)[2]
    return data_author


def _name_link(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A name node's profile link, whose text is the bare name ('RobMan' in 'RobMan 0' with a badge)."""
    if el.tag == "a":
        return el
    for link in el.iter("a"):
        if is_profile_href(link.get("href")) and link.text_content().strip():
            return link
    # Else a link that opens the node's words: the name, with a tag after it ('Ann' + 'via Facebook').
    words = " ".join(el.text_content().split())
    for link in el.iter("a"):
        label = " ".join(link.text_content().split())
        if label:
            return link if words.startswith(label) and len(label) < len(words) else el
    return el


#: A counter beside a name: a reputation or post count ('8,952', '+17', '0').
_COUNTER = re.compile(r"^[+\-\u2212]?\s*\d[\d.,\s]*$")


def _name_text(el: lxml_html.HtmlElement) -> str:
    """An induced author node's text as lines, without the counters inside it ('ann' + a '197' badge).

    A poster box stacks the name above its rank ('Django8' <br> 'Inventar'): the name is
    the first visible line (text_content would join the two)."""
    if el.tag == "a":
        return str(el.text_content()).strip()
    lines = inert_text(el, skip=lambda d: _COUNTER.match(" ".join(d.text_content().split())) is not None)
    line = _REPLY_TAIL.sub("", lines.split("\n", 1)[0])
    return _BYLINE_LEAD.sub("", line.strip(" ,;|·"))


#: A byline word before the name ('par Horus', 'por Ana', 'от Ивана').
_BYLINE_LEAD = re.compile(r"^(?:posted by|by|von|par|por|от)\s+", re.I)


_DATE_ATTRS = ("datetime", "title", "data-tippy-content", "content", "data-time", "data-date")


#: Page languages that write numeric dates month first ('05/10/2006' is May 10); other declared
#: languages write the day first. Pages that declare none keep dateutil's month-first reading.
_MONTH_FIRST_LANGS = ("en", "en-us")


def page_day_first(el: lxml_html.HtmlElement) -> bool:
    """Does the page (its <html lang>) write ambiguous numeric dates day first?"""
    root = el.getroottree().getroot()
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().lower().replace("_", "-")
    return bool(lang) and lang not in _MONTH_FIRST_LANGS


def find_date(own: list[lxml_html.HtmlElement], inside_text: set[lxml_html.HtmlElement]) -> str | None:
    """The publication date from <time datetime>, microdata or date-like title attributes."""
    fallback: str | None = None
    day_first = bool(own) and page_day_first(own[0])
    for el in own:
        if el in inside_text or _member_date(el):
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
                value = normalize_date(el.get(attr), day_first)
                if value:
                    fallback = value
                    break
            else:
                text = el.text_content()
                fallback = normalize_date(text, day_first) if len(text) < 80 else None
    return fallback


#: Markups found by structure (no dedicated reader): dates shown only as text are looked for.
_STRUCTURAL = frozenset({"general", "generic"})
#: A date shown as text is short: at most this many characters (a header line, not a sentence).
MAX_DATE_TEXT_CHARS = 60
#: Digits shaped like a date or a time ('17 Jul 2011 17:51', '29.01.19', '13h16').
_DATE_TEXT = re.compile(r"\d{1,2}[:h.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b")
#: Profile lines whose date is the member's, not the post's ('Joined', 'Registriert seit', ...).
_MEMBER_DATE = re.compile(
    r"join|member since|registr|dabei seit|mitglied seit|beigetreten|inscri|inscrit|miembro desde|"
    r"регистрац|last (?:seen|active|edited)|zuletzt|edited|bearbeitet|modifi|birth|geburt",
    re.I,
)


#: How much of the text before a date, in the element that holds it, may carry its field label.
MEMBER_LABEL_CHARS = 40


def _member_date(el: lxml_html.HtmlElement) -> bool:
    """Whether a date element is a profile field ('Joined: <date>') or an edit note ('edited <date>'):
    the member's date or the edit's, not the post's. The label stands before the date in the
    element that holds it, so a header that prints the post date first keeps it."""
    parent = el.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for sibling in parent:
        if sibling is el:
            break
        before.append((sibling.text_content() if is_element(sibling) else "") + (sibling.tail or ""))
    label = " ".join("".join(before).split())[-MEMBER_LABEL_CHARS:]
    return _MEMBER_DATE.search(label + " " + " ".join(el.text_content().split())) is not None


def text_date(
    own: list[lxml_html.HtmlElement], inside_text: set[lxml_html.HtmlElement], text_el: lxml_html.HtmlElement | None
) -> str | None:
    """A post date shown only as text in the block's header: the dated short line nearest above
    the text block (else the first below it), never a member's join or edit date."""
    before: str | None = None
    after: str | None = None
    passed = False
    day_first = bool(own) and page_day_first(own[0])
    for el in own:
        if el is text_el:
            passed = True
        if el in inside_text:
            continue
        line = " ".join(el.text_content().split())
        if not line or len(line) > MAX_DATE_TEXT_CHARS or not _DATE_TEXT.search(line):
            continue
        if _member_date(el):
            continue
        value = normalize_date(line, day_first)
        if value is None:
            continue
        if not passed:
            before = value
        elif after is None:
            after = value
            break
    return before or after


def find_level(item: lxml_html.HtmlElement, own: list[lxml_html.HtmlElement]) -> int | None:
    """Thread depth from depth classes, HN indent cells, 'level N' labels or left padding."""
    for tok in sorted(tokens(item)):
        m = _LEVEL_CLASS.match(tok)
        if m:
            return int(m.group(1))
    for el in own[:60]:
        if el.get("indent") is not None and el.get("indent", "").isdecimal():
            return int(el.get("indent")) + 1
        if el.tag == "span" and el.text and not len(el):
            m = _LEVEL_TEXT.match(el.text)
            if m:
                return int(m.group(1))
    for el in [item, *own[:3]]:
        m = _PAD.search(el.get("style") or "")
        if m:
            return int(m.group(1)) // 8 + 1
    spacer = _spacer_width(own[:MAX_SPACER_SCAN])
    return SPACER_LEVEL_MIN + spacer // 8 if spacer is not None else None


#: Spacer-cell levels start here (`find_level`), apart from every other source's levels: only among
#: them does a block without a level stand at the top (a margin on some blocks' byline is no depth).
SPACER_LEVEL_MIN = 1000
#: Elements at the head of a block searched for an indentation spacer cell.
MAX_SPACER_SCAN = 6


def _spacer_width(head: list[lxml_html.HtmlElement]) -> int | None:
    """Pixels of an empty leading table cell that indents the block (old table forums: `<td width=48>`
    holding at most a spacer image); None when the block has none."""
    for el in head:
        if el.tag != "td":
            continue
        width = (el.get("width") or "").strip()
        row = el.getparent()
        first = next((c for c in row if is_element(c)), None) if row is not None else None
        empty = not el.text_content().strip() and all(c.tag == "img" for c in el.iterchildren())
        if width.isdecimal() and first is el and empty:
            return int(width)
        return None  # the first cell is not a spacer
    return None


def _fragment(href: str | None) -> str | None:
    if not href or "#" not in href:
        return None
    frag = href.rsplit("#", 1)[1].strip()
    return frag or None


#: Classes of a link to the comment a reply answers ('reply-to', 'in-reply-to', 'parent-link').
_PARENT_LINK_CLASS = re.compile(r"reply-?to|in-?reply|parent", re.I)


def _parent_link(el: lxml_html.HtmlElement) -> bool:
    """A link to the comment this one answers: 'parent', '↑', in an 'In reply to Ann' line, or with a reply-to class
    on it or its wrapper."""
    if el.tag != "a" or not _fragment(el.get("href")):
        return False
    text = " ".join(el.text_content().split())
    parent = el.getparent()
    return (
        text.lower() == "parent"
        or text in {"↑", "^"}
        or _in_reply_line(el)
        or any(_PARENT_LINK_CLASS.search(t) for t in tokens(el) | (tokens(parent) if parent is not None else frozenset()))
    )


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


@dataclass
class ReadThread:
    """Comments and, index for index, the block element each was read from.

    `dropped` counts blocks past MAX_COMMENTS that were not read.
    """

    comments: list[Comment]
    elements: list[lxml_html.HtmlElement]
    dropped: int = 0


def read_thread(
    items: list[lxml_html.HtmlElement],
    markup: Markup,
    require_text: bool = False,
    companions: dict[lxml_html.HtmlElement, lxml_html.HtmlElement] | None = None,
) -> ReadThread:
    """Comments with resolved reply parents, and the element of each (the body step needs them).

    With require_text, a block without the markup's own text class is a
    collapsed stub (author and date only) and is left out.
    """
    dropped = max(0, len(items) - MAX_COMMENTS)
    items = items[:MAX_COMMENTS]
    index = {el: i for i, el in enumerate(items)}
    wrappers: dict[tuple[lxml_html.HtmlElement, bool], int | None] = {}  # each wrapper's answer, close and wide
    blocks: list[_Block] = []
    for item in items:
        own = list(walk(item, lambda el: el in index))
        header = (companions or {}).get(item)
        if header is not None:
            own = [header, *walk(header, lambda el: el in index), *own]
        text_el, mixed = find_text_element(own, markup)
        if require_text and markup.text_tokens and not any(markup.text_tokens[0] in tokens(el) for el in own):
            text_el, mixed = None, False
            blocks.append(_Block("", None, None, None, None, None, None, [], []))
            continue
        if text_el is not None and not mixed:
            inside_text = set(text_el.iter())
            text = _post_text(text_el, index)
        else:
            inside_text = set()
            text = _fallback_text(text_el if text_el is not None else item, index, markup)
        dom_parent = next((index[a] for a in item.iterancestors() if a in index), None)
        if dom_parent is None:
            dom_parent = _indented_parent(item, index, seen=wrappers)
        wrapper_parent = _indented_parent(item, index, wide=True, seen=wrappers) if dom_parent is None else None
        anchors = [a for a in (item.get("id"), item.get("name")) if a]
        anchors += [a for el in own if el not in inside_text for a in (el.get("id"), el.get("name")) if a]
        parent_ref = next((_fragment(el.get("href")) for el in own if el not in inside_text and _parent_link(el)), None)
        blocks.append(
            _Block(
                text=text,
                author=find_author(item, own, inside_text, markup)
                or (guess_author(own, inside_text) if markup.name == "general" else None),
                published=find_date(own, inside_text)
                or (text_date(own, inside_text, text_el) if markup.name in _STRUCTURAL else None),
                level=find_level(item, own) or (_ancestor_level(item, index) if markup.name == "general" else None),
                dom_parent=dom_parent,
                wrapper_parent=wrapper_parent,
                parent_ref=parent_ref,
                quote_refs=find_quote_refs(own),
                anchors=anchors,
            )
        )
    comments, kept = _assign(blocks)
    return ReadThread(comments, [items[i] for i in kept], dropped)


#: Class (or, read widely, id) words of a wrapper that holds the replies to the block before it (Drupal 'indented').
_REPLIES_WRAPPER = re.compile(r"indent|child|repl|answer|antwort|nested|sub-?comment", re.I)
#: How far up from a block the replies wrapper may sit: close by, or read widely.
_WRAPPER_DEPTH = 3
_WIDE_WRAPPER_DEPTH = 6
#: Siblings before the wrapper passed over, read widely, on the way to the block it answers (a toggle).
_WIDE_WRAPPER_REACH = 3


def _indented_parent(
    item: lxml_html.HtmlElement,
    index: dict[lxml_html.HtmlElement, int],
    wide: bool = False,
    seen: dict[tuple[lxml_html.HtmlElement, bool], int | None] | None = None,
) -> int | None:
    """The block just before the replies wrapper that holds item (<article/> <div class=indented>).

    `wide`: the wrapper may sit further up and be named by its id, and empty elements and a few
    other siblings (a loader, a 'hide replies' toggle) may stand between it and the block it answers
    (YouTube's <div id=replies> after a thread's first comment). A weaker sign than printed levels.
    `seen` keeps each wrapper's answer, read close or wide: the blocks of one wrapper ask it once, not once each."""
    for depth, anc in enumerate(item.iterancestors()):
        if depth >= (_WIDE_WRAPPER_DEPTH if wide else _WRAPPER_DEPTH) or anc in index:
            return None
        if seen is not None and (anc, wide) in seen:
            answer = seen[(anc, wide)]
        else:
            answer = _wrapper_answer(anc, index, wide)
            if seen is not None:
                seen[(anc, wide)] = answer
        if answer is not None:
            return answer
    return None


def _wrapper_answer(anc: lxml_html.HtmlElement, index: dict[lxml_html.HtmlElement, int], wide: bool) -> int | None:
    """The block a replies wrapper answers, where `anc` is one (`_indented_parent`)."""
    wrapper_classes = {t for t in tokens(anc) if _REPLIES_WRAPPER.search(t)}
    if not wrapper_classes and not (wide and _REPLIES_WRAPPER.search(anc.get("id") or "")):
        return None
    prev = previous_element(anc)
    for _ in range(_WIDE_WRAPPER_REACH if wide else 1):
        while wide and prev is not None and not prev.text_content().strip():
            prev = previous_element(prev)  # an empty loader or spacer
        if prev is None or _alike(prev, anc, wrapper_classes, wide):
            return None  # siblings alike are entries of one list, not a block and its replies
        if prev in index:
            return index[prev]
        inner = next((index[el] for el in prev.iter() if el in index), None)
        if inner is not None:
            return inner
        prev = previous_element(prev)
    return None


def _alike(prev: lxml_html.HtmlElement, anc: lxml_html.HtmlElement, wrapper_classes: set[str], wide: bool) -> bool:
    """Siblings alike: the same classes (and tag, read widely), or the class that named the wrapper
    ('answer' on every answer, the accepted one with more classes)."""
    same = (prev.get("class") or "") == (anc.get("class") or "") and (prev.tag == anc.tag or not wide)
    return same or bool(wrapper_classes & tokens(prev))


_ANCESTOR_LEVEL = re.compile(r"(?:depth|level|indent|lvl)[-_]*(\d{1,2})$")


def _ancestor_level(item: lxml_html.HtmlElement, index: dict[lxml_html.HtmlElement, int]) -> int | None:
    """Depth from a level class on a wrapper of the block (LiveJournal 'thread--level-3')."""
    for depth, el in enumerate([item, *item.iterancestors()]):
        if depth > _WRAPPER_DEPTH or (el is not item and el in index):
            return None
        for tok in sorted(tokens(el)):
            m = _ANCESTOR_LEVEL.search(tok)
            if m:
                return int(m.group(1))
    return None


#: Words that are buttons or labels, never a name.
_LABEL_WORDS = (
    r"reply|report|share|quote|link|permalink|like|likes|antworten|melden|zitieren|zitat|teilen|gefällt mir|"
    r"r[ée]pondre|signaler|citer|citation|partager|j'aime|responder|denunciar|citar|cita|compartir|me gusta|ответить|"
    r"цитировать|цитата|пожаловаться|поделиться|нравится|anonymous|guest|report this comment|report abuse|link to this|"
    r"log ?in to reply|sign in to reply|zum antworten anmelden|connectez-vous pour répondre|inicia sesión para responder"
)
_LABELS = re.compile(rf"^(?:{_LABEL_WORDS})$", re.I)
_ANY_LABEL = re.compile(rf"(?<!\w)(?:{_LABEL_WORDS})(?!\w)", re.I)


def is_label(name: str | None) -> bool:
    """A button or link label ('Reply', 'Antworten') standing where a name should be."""
    return name is not None and _LABELS.match(name.strip()) is not None


def is_controls(text: str) -> bool:
    """A row of buttons and their counts ('Like12 Reply Share', 'Gefällt mir 3'), which vary but name no one."""
    rest = _ANY_LABEL.sub(" ", re.sub(r"\d+", " ", text))
    return rest != text and not re.search(r"[^\W\d_]", rest)


_HEADERISH = frozenset({"dt", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "cite", "strong", "b"})
_SPLIT = re.compile(r"\s+[|·•–—-]\s+|\s*,\s+|\s+(?:on|am|le|el|il|op|den|um|at|wrote|schrieb|a écrit|escribió|писал)\b", re.I)
_LEAD = re.compile(r"^(?:\d+[.)]\s*|#\d+\s*|by\s+|von\s+|par\s+|por\s+|от\s+|posted by\s+)", re.I)
_DIGITS_ONLY = re.compile(r"^[\d\s.:/,-]+$")
#: A user number or a time/date left after a name: 'ann (4711)', 'ann 09:02 PM 10/28/10'.
_TAIL = re.compile(r"\s*\(\d+\)\s*$|\s+\d{1,2}[:.]\d{2}\b.*$|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$")
#: A line that says which comment this one answers: names in it are not the author.
_REPLY_WORDS = (
    r"(?:in reply to|reply to|replying to|en r[ée]ponse [àa]|r[ée]ponse [àa]|antwort auf|als antwort auf|"
    r"en respuesta a|respuesta a|in risposta a|em resposta a|в ответ|ответ на)"
)
IN_REPLY = re.compile(r"^\W*" + _REPLY_WORDS, re.I)
#: The same words after a name on one byline ('Ann in reply to Bob'): the rest is not the author.
_REPLY_TAIL = re.compile(r"\s+" + _REPLY_WORDS + r"(?!\w).*$", re.I | re.S)


def _name_from_line(line: str) -> str | None:
    for seg in _SPLIT.split(_REPLY_TAIL.sub("", line)):
        seg = _LEAD.sub("", seg.strip()).strip(" :|-")
        if not seg or _LABELS.match(seg) or _DIGITS_ONLY.match(seg) or normalize_date(seg):
            continue
        seg = _TAIL.sub("", seg).strip()
        if seg and len(seg.split()) <= 5 and re.search(r"\w", seg):
            return clean_author(seg)
        return None
    return None


def _in_reply_line(el: lxml_html.HtmlElement) -> bool:
    """The element sits in an 'In reply to X' line."""
    for node in (el, el.getparent()):
        if node is not None and IN_REPLY.match(" ".join(node.text_content().split())[:40]):
            return True
    return False


def guess_author(own: list[lxml_html.HtmlElement], inside_text: set[lxml_html.HtmlElement]) -> str | None:
    """A display name when no class names it: a profile link, else the header line's leading name."""
    outside = [el for el in own if el not in inside_text]
    for el in outside:
        if el.tag == "a" and is_profile_href(el.get("href")) and not _in_reply_line(el):
            name = _name_from_line(" ".join(el.text_content().split()))
            if name and not _LABELS.match(name) and not normalize_date(name):
                return name
    for el in outside:
        if el.tag in _HEADERISH and not _in_reply_line(el):
            text = " ".join(el.text_content().split())
            if text:
                name = _name_from_line(text)
                if name:
                    return name
    return None


#: A quote-classed element holding this share of a post's words is the post's own text.
OWN_QUOTE_SHARE = 0.8


def _without_trailing_controls(text: str) -> str:
    """A text node that ends in its post's buttons ('Reply', 'Antworten · Melden'): the buttons go, one line
    of words at least stays."""
    lines = text.split("\n")
    while len(lines) > 1 and (is_controls(lines[-1].strip()) or not lines[-1].strip()):
        lines.pop()
    return "\n".join(lines)


def _post_text(text_el: lxml_html.HtmlElement, index: dict[lxml_html.HtmlElement, int]) -> str:
    """The text block's words without quoted posts; when a class that names quoting wraps the whole
    post (a 'select to quote' container), that element is the post, not a quote of another."""
    text = inert_text(text_el, skip=lambda el: el in index)
    if text:
        return _without_trailing_controls(text)
    total = len("".join(text_el.text_content().split()))
    if not total:
        return text
    for el in walk(text_el, lambda e: e in index):
        if is_quote(el) and len("".join(el.text_content().split())) >= OWN_QUOTE_SHARE * total:
            return inert_text(el, skip=lambda e: e in index)
    return text


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


#: Level of a block without indentation among blocks indented by spacer cells.
TOP_LEVEL = 1


def _assign(blocks: list[_Block]) -> tuple[list[Comment], list[int]]:
    """Drop empty blocks, number the rest c1.. and resolve parents (nesting, links, levels, quotes)."""
    anchor_of: dict[str, int] = {}
    for i, block in enumerate(blocks):
        for a in block.anchors:
            anchor_of.setdefault(a, i)
    levels = {b.level for b in blocks if b.level is not None}
    # Spacer cells indent replies only: among them a block without one is top level.
    spacers = bool(levels) and min(levels) >= SPACER_LEVEL_MIN and any(b.level is None for b in blocks)
    use_levels = (len(levels) > 1 or spacers) and all(b.dom_parent is None for b in blocks)
    parent: list[int | None] = []
    stack: list[tuple[int, int]] = []  # (level, block index) for level-based threading
    for i, block in enumerate(blocks):
        p: int | None = block.dom_parent
        if p is None and block.parent_ref and anchor_of.get(block.parent_ref, i) != i:
            p = anchor_of[block.parent_ref]  # a link names its parent, above or below (newest-first lists)
        level = block.level if block.level is not None else (TOP_LEVEL if spacers else None)
        if use_levels and level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            if p is None and stack:
                p = stack[-1][1]
            stack.append((level, i))
        if p is None and not use_levels:
            p = block.wrapper_parent
        if p is None:
            p = next((anchor_of[r] for r in block.quote_refs if anchor_of.get(r, i) < i), None)
        parent.append(p)
    _break_loops(parent)
    kept = {i: f"c{k + 1}" for k, i in enumerate(i for i, block in enumerate(blocks) if block.text)}
    out: list[Comment] = []
    for i, cid in kept.items():
        p = parent[i]
        while p is not None and p not in kept:  # an empty block passes its parent on
            p = parent[p]
        block = blocks[i]
        out.append(
            Comment(
                id=cid,
                text=block.text,
                author=block.author,
                parent=kept[p] if p is not None else None,
                published=block.published,
            )
        )
    return out, list(kept)


def _break_loops(parent: list[int | None]) -> None:
    """Hostile or broken reply links can name each other ('1 answers 2, 2 answers 1'): the first
    block in page order on a loop loses its parent, so every chain ends at a top-level comment.

    Each block is walked once (a block already settled ends a walk), so a long reply chain costs
    its length, not its length squared."""
    settled: set[int] = set()
    for i in range(len(parent)):
        path: dict[int, int] = {}  # block -> its place on this walk
        p: int | None = i
        while p is not None and p not in settled and p not in path:
            path[p] = len(path)
            p = parent[p]
        if p is not None and p in path:  # the walk came back to itself: a loop
            loop = list(path)[path[p]:]
            parent[min(loop)] = None
        settled.update(path)
