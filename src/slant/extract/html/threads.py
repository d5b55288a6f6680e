"""General thread detector: comment blocks found by structure, their parts named by the page.

No per-site rules. A thread is a repeated group of blocks (same tag and a
comment-like class, id stem or microdata type, in many languages) whose
members each hold a text node, and mostly an author-like node and a date.
Which class marks the text and which the author is *induced* from the page
itself: the class that most members share, that holds most of the member's
words (text), or that holds a short name that changes from member to member
(author; a constant label such as "Reply" or "Antworten" is chrome). The
induced names become a `Markup`, so reading the blocks (text cleaning, reply
parents from nesting, levels, quotes, "in reply to") is shared with the
dedicated readers in systems.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from lxml import html as lxml_html

from slant.extract.html.dom import (
    PRUNE_TAGS,
    SKIP_TAGS,
    Grouping,
    Groups,
    group_by_keys,
    is_element,
    is_navigation,
    is_profile_href,
    is_quote,
    mark_own_text,
    previous_element,
    tokens,
    walk,
)
from slant.extract.html.liveblog import is_live_blog
from slant.extract.html.markup import AUTHOR_TOKENS, TEXT_TOKENS, Markup, is_controls, is_label
from slant.extract.html.repeats import is_dated
from slant.extract.text.records import REPLY_SUBJECT_RE

#: Words that name one comment, reply or post in class names, ids and microdata (many languages).
ITEM_WORDS = re.compile(
    r"comment|komment|koment|coment|commentaire|reacti|reakti|repl(?:y|ies)|antwort|r[ée]ponse|"
    r"respuesta|risposta|resposta|odpowied|коммент|ответ|отзыв|реплик|تعليق|ردود|評論|评论|コメント|"
    r"post|message|msg|answer|entry|thing|comtr|review|hentry|type:comment|type:usercomments|"
    r"itemprop:comment",
    re.I,
)
#: Token words that name a part, list or widget rather than one whole post.
PART_WORDS = re.compile(
    r"list|form|respond|count|link|area|title|meta|date|time|head|foot|avatar|icon|btn|button|nav|"
    r"widget|sidebar|menu|share|vote|tool|toggle|feed|rss|card|thumb|image|img|pic|excerpt|related|"
    r"recent|popular|signup|save|embed|section|policy|rules|editor|preview|attachment|score|rating|"
    r"control|action|author|user|name|nick|__|wrap|container|inner|"
    r"details|stack|children|child|nested|tree|status|placeholder|loader|more|sorter|batch|"
    r"notice|error|spinner|open|subscription|intro|info|counter|cnt|page|--|collapsed|hidden|deleted",
    re.I,
)
#: Class words of a text node; of nodes that are never the text.
TEXT_WORDS = re.compile(r"text|body|content|message|msg|post|inhalt|texte|contenido|текст|entry|cooked|md", re.I)
_STRONG_TEXT = re.compile(r"body|text|content|message", re.I)
NOT_TEXT_WORDS = re.compile(
    r"author|user|nick|name|date|time|meta|head|foot|tool|action|vote|rating|avatar|pic|img|image|"
    r"reply|share|nav|count|sig|title|control|details|info|toggle|children|child|nested|form|"
    r"quote|status|sub$|svg|pseudo|preload|hidden",
    re.I,
)
#: Class words of an author node (English, German, French, Spanish, Russian, microdata, vcard).
AUTHOR_WORDS = re.compile(
    r"author|user|usr|nick|poster|commenter|byline|creator|fn|autor|auteur|benutzer|verfasser|usuario|"
    r"автор|ник|пользоват|itemprop:name|itemprop:author|username|login|member|person|source|cite",
    re.I,
)
NOT_AUTHOR_WORDS = re.compile(
    r"avatar|pic|img|image|photo|date|time|count|rating|vote|reply|replyto|reply-to|link$|url|button|btn|tool|"
    r"email|badge|title|titre|titulo|betreff|subject|headline|role|rank|karma|score|stat|icon|level|anchor|toggle|text|body|content|message|group|"
    r"\bloc\b|location|city|country|geo|wohnort|\bort\b|ville|ciudad|город",
    re.I,
)
_DATEISH = re.compile(r"\d{1,4}[./:-]\d{1,2}|\b(?:19|20)\d{2}\b|\d+\s*(?:min|h|hour|day|week|month|year|std|tag|jour|mes|дн|час|мин)", re.I)
_ID_DIGITS = re.compile(r"\d+")

#: Bounds on work per page.
MAX_GROUPS = 40
MAX_MEMBERS_SCORED = 300
MAX_SCAN = 400_000
#: A member's text node holds at least this many characters.
MIN_TEXT_CHARS = 12
#: A part class must appear in at least this share of members to name the text or the author.
MIN_PART_COVERAGE = 0.3
#: An author node's text is short: at most this many characters and words.
MAX_AUTHOR_CHARS = 60
MAX_AUTHOR_WORDS = 6
#: An author-named class with at least this many different texts holds names, however often one repeats.
MIN_DISTINCT_NAMES = 3
#: Above this share of members with the same author text, the node is a label ("Reply"), not a name.
MAX_SAME_AUTHOR_SHARE = 0.6
#: Above this share of members with the same words under one class, that class is chrome, not text.
MAX_SAME_TEXT_SHARE = 0.5
#: A text class holds at least this share of its blocks' own words.
MIN_TEXT_SHARE = 0.3
#: ... judged only where at least this many members carry the class.
MIN_CONSTANT_MEMBERS = 3
#: Two author classes this close in score are a near tie: the one nested in the other wins.
AUTHOR_NEAR_TIE = 0.1
#: A class text nested in a larger one is preferred while it keeps this share of its words.
INNER_TEXT_SHARE = 0.6
#: ... and is found in this share of the members the larger one is found in.
INNER_COVER_SHARE = 0.9
#: Blocks checked for an author node inside a text candidate (bounds work).
MAX_HOLD_CHECK = 30
#: A text candidate that names the post's author within its first characters carries the header.
HEADER_CHARS = 120
#: Group score weights: each member with text counts this much, plus author and date bonuses.
W_TEXT, W_AUTHOR, W_DATE = 0.4, 0.4, 0.2
#: Share of members that must follow a header sibling of one tag for it to join them.
COMPANION_SHARE = 0.7
#: A group within this share of the best score may replace it when it encloses it.
NEAR_TIE = 0.85
#: Share of inner members inside outer members for the outer group to enclose it.
CONTAIN_SHARE = 0.8


@dataclass
class Thread:
    """The members of the detected thread, the induced markup and the group's score."""

    members: list[lxml_html.HtmlElement]
    markup: Markup
    score: float
    key: str
    require_text: bool
    #: Member -> the header sibling that carries its author and date (<dt> before <dd>).
    companions: dict[lxml_html.HtmlElement, lxml_html.HtmlElement]
    #: Member -> display name found by position when no class names the author.
    authors: dict[lxml_html.HtmlElement, str] = field(default_factory=dict)
    #: Most members name their poster in a data-author attribute, or in a profile link found by position.
    data_authors: bool = False


#: Class names of a comment's own text or author node ('comment-content', 'comment-author').
_PART_NAMES = frozenset(t for t in TEXT_TOKENS + AUTHOR_TOKENS if ":" not in t)


def _is_key(tok: str) -> bool:
    """A group key among an element's hints: comment-like class tokens and microdata."""
    if tok.startswith("testid:") or tok in _PART_NAMES:
        return False  # a comment's text or author node, not the comment
    return tok in _ITEM_HINTS or (_names_item(tok) and not PART_WORDS.search(tok))


#: ITEM_WORDS without IGNORECASE, for lower-cased ASCII text: there it finds what ITEM_WORDS finds
#: (the pattern is lower case, and the extra case foldings of Unicode, such as 'ſ' for 's' or the
#: Kelvin sign for 'k', all involve a character that is not ASCII) at a quarter of the cost.
_ITEM_WORDS_ASCII = re.compile(ITEM_WORDS.pattern)


def _names_item(text: str) -> bool:
    """`ITEM_WORDS.search(text)`, asked of every distinct class token of a page."""
    if text.isascii():
        return _ITEM_WORDS_ASCII.search(text.lower()) is not None
    return ITEM_WORDS.search(text) is not None


_ITEM_HINTS = frozenset({"type:comment", "type:usercomments", "itemprop:comment", "hentry"})


def _id_keys(ident: str) -> list[str]:
    """The group key of an id: its stem ('comment-#') when it numbers comment-like blocks."""
    if len(ident) < 60 and _ID_DIGITS.search(ident):
        stem = _ID_DIGITS.sub("#", ident.lower())
        if _names_item(stem) and not PART_WORDS.search(stem.replace("#", "")):
            return ["id:" + stem]
    return []


#: The scan for blocks enters <form>: forums wrap a whole thread of posts in one (inline moderation).
GROUP_PRUNE_TAGS = PRUNE_TAGS - {"form"}
#: Blocks named like comments by class, microdata or id stem, outside scripts and widgets.
GROUPING = Grouping(GROUP_PRUNE_TAGS, _is_key, _id_keys, MAX_SCAN)


def _groups(tree: lxml_html.HtmlElement) -> Groups:
    return group_by_keys(tree, [GROUPING])[0]


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Parts:
    """Per member: text length of each class token's largest element, and short texts."""

    longest: dict[str, int]
    short: dict[str, str]
    elems: dict[str, lxml_html.HtmlElement]
    #: Characters of the member's own text (nested replies left out).
    total: int = 0


def _part_tokens(el: lxml_html.HtmlElement) -> set[str]:
    return {t for t in tokens(el) if not t.startswith(("type:", "testid:"))}


def _name_button(el: lxml_html.HtmlElement) -> bool:
    """A button that shows the author's name (React comment widgets open a profile card with it)."""
    return el.tag == "button" and any(AUTHOR_WORDS.search(t) and not NOT_AUTHOR_WORDS.search(t) for t in tokens(el))


def _member_parts(member: lxml_html.HtmlElement, member_set: set[lxml_html.HtmlElement]) -> _Parts:
    longest: dict[str, int] = {}
    short: dict[str, str] = {}
    elems: dict[str, lxml_html.HtmlElement] = {}
    for el in walk(member, lambda e: e in member_set or (e.tag in SKIP_TAGS and not _name_button(e)) or is_quote(e)):
        toks = _part_tokens(el)
        if not toks:
            continue
        text = _norm(el.text_content())
        nested = [d for d in el.iter() if d in member_set]
        if nested:  # replies nested in this element are not this member's words
            text = text[: max(0, len(text) - sum(len(_norm(d.text_content())) for d in nested))]
        for tok in sorted(toks):
            if len(text) > longest.get(tok, -1):
                longest[tok] = len(text)
                elems[tok] = el
            if tok not in short and text:
                short[tok] = text
    own = len(_norm(member.text_content())) - sum(
        len(_norm(d.text_content())) for d in member.iterdescendants() if d in member_set
    )
    return _Parts(longest, short, elems, max(0, own))


def _text_token(parts: list[_Parts], author_tok: str | None) -> str | None:
    """The class that marks the text: shared by members, holding most words, innermost on near ties.

    An element that also holds the author node is the whole comment, not its text.
    """
    n = len(parts)
    cover: Counter[str] = Counter()
    present: Counter[str] = Counter(t for p in parts for t in p.longest)  # a short post ('Thanks') too
    for p in parts:
        author_el = p.elems.get(author_tok) if author_tok else None
        for t, length in p.longest.items():
            if length < MIN_TEXT_CHARS:
                continue
            if author_el is not None and (author_el is p.elems[t] or p.elems[t] in author_el.iterancestors()):
                continue
            cover[t] += 1
    cands: list[tuple[float, str]] = []
    for tok, c in cover.items():
        if c < MIN_PART_COVERAGE * n or (NOT_TEXT_WORDS.search(tok) and not _STRONG_TEXT.search(tok)):
            continue
        dated = sum(1 for p in parts if tok in p.short and len(p.short[tok]) < 80 and _DATEISH.search(p.short[tok]))
        if dated > 0.5 * c:
            continue  # a 'Name on May 2, 2010' line, not the text
        if _is_constant(parts, tok, c):
            continue  # the same words in every block: a button ('Report Post'), not the text
        held = sum(p.longest[tok] for p in parts if tok in p.longest)
        if held < MIN_TEXT_SHARE * sum(p.total for p in parts if tok in p.longest):
            continue  # a name or a caption: the block's words are elsewhere
        bonus = 1.5 if TEXT_WORDS.search(tok) else 1.0
        total = sum(p.longest[tok] for p in parts if tok in p.longest)
        cands.append((total / n * bonus, tok))
    if not cands:
        return None
    cands.sort(reverse=True)
    if author_tok:
        # A block that holds the author's name node is the whole post (header and text): not its text.
        free = [c for c in cands if not _holds_part(parts, c[1], author_tok)]
        cands = free or cands
    # Likewise a block that holds the post's date line.
    above_dates = _above_date_lines(parts)
    cands = [c for c in cands if not _holds_date_line(parts, c[1], above_dates)] or cands
    best_score, best = cands[0]
    # Prefer an inner element (the message inside the comment body) that keeps most of the words.
    for score, tok in cands[1:]:
        if score < INNER_TEXT_SHARE * best_score:
            break
        inner = sum(
            1 for p in parts if tok in p.elems and best in p.elems and p.elems[best] in p.elems[tok].iterancestors()
        )
        covers = cover[tok] >= INNER_COVER_SHARE * cover[best] or present[tok] >= INNER_COVER_SHARE * present[best]
        if inner >= 0.5 * cover[tok] and covers:
            best_score, best = score, tok
    return best


def _above_date_lines(parts: list[_Parts]) -> list[set[lxml_html.HtmlElement]]:
    """Per member, the elements that hold one of its classed date lines ('11 June 2024, 10:53')."""
    out = []
    for p in parts:
        dated = {p.elems[t] for t, text in p.short.items() if t in p.elems and len(text) < 80 and _DATEISH.search(text)}
        out.append({a for el in dated for a in el.iterancestors()})
    return out


def _holds_date_line(parts: list[_Parts], tok: str, above_dates: list[set[lxml_html.HtmlElement]]) -> bool:
    """In most members holding tok, tok's element holds a classed date line."""
    holding = dated = 0
    for p, above in zip(parts, above_dates):
        el = p.elems.get(tok)
        if el is None:
            continue
        holding += 1
        dated += el in above
    return holding > 0 and dated > 0.5 * holding


def _holds_part(parts: list[_Parts], tok: str, part: str) -> bool:
    """In most blocks, tok's element holds an element of class `part`, or opens with its text (a header
    'Re: title #12 by ann, Sat Jan 18' above the message)."""
    held = 0
    for p in parts[:MAX_HOLD_CHECK]:
        el = p.elems.get(tok)
        if el is None:
            continue
        name = p.short.get(part, "").casefold()
        head = _norm(el.text_content())[:HEADER_CHARS].casefold()
        if (len(name) > 1 and name in head) or any(part in _part_tokens(d) for d in el.iterdescendants()):
            held += 1
    return held > 0.5 * min(len(parts), MAX_HOLD_CHECK)


def _is_constant(parts: list[_Parts], tok: str, count: int) -> bool:
    """Most blocks carry the same words under tok: chrome such as a button or a label."""
    if count < MIN_CONSTANT_MEMBERS:
        return False
    values = Counter(_norm(p.elems[tok].text_content()).casefold() for p in parts if tok in p.elems)
    return values.most_common(1)[0][1] > MAX_SAME_TEXT_SHARE * count


#: Not a name: a counter ('Recommend? (41)', 'Messages: 6,023'), a number, no word at all.
_NOT_NAME = re.compile(r"\(\d+\)|\?|^\W*$|^#?\d|:\s*[\d.,]*\d")


def _author_like(text: str) -> bool:
    """Short, not a date, not a counter ('Recommend? (41)')."""
    return (
        1 < len(text) <= MAX_AUTHOR_CHARS
        and len(text.split()) <= MAX_AUTHOR_WORDS
        and not _DATEISH.search(text)
        and not _NOT_NAME.search(text)
        and not is_controls(text)
    )


_NUMBER_WORD = re.compile(r"(?<!\w)\d[\d.,]*(?!\w)")
#: Bonus of an author class whose elements link to user profiles (over a 'user-location' beside them).
PROFILE_BONUS = 0.5
#: Penalties on an author class: its texts hold a bare number (a post count, a reputation), per word.
NUMBER_PENALTY, WORD_PENALTY = 0.5, 0.05


def _unnamelike(values: list[str]) -> float:
    """How far a class's texts are from display names: bare numbers ('5 posts') and many words."""
    numbered = sum(1 for v in values if _NUMBER_WORD.search(v)) / len(values)
    words = sum(len(v.split()) for v in values) / len(values)
    return NUMBER_PENALTY * numbered + WORD_PENALTY * words


def _profile_linked(parts: list[_Parts], tok: str, whole: bool = False) -> bool:
    """Most of tok's elements are or hold a link to a user profile: names, even when one repeats.
    With `whole`, the link is all of the element's text (a name, not a member menu that also holds
    'Profile' and 'Posts')."""
    linked = total = 0
    for p in parts[:MAX_HOLD_CHECK]:
        el = p.elems.get(tok)
        if el is None:
            continue
        total += 1
        if whole:
            linked += _links_profile(el, _norm(el.text_content()))
        else:
            linked += any(is_profile_href(a.get("href")) for a in el.iter("a"))
    return total > 0 and linked > 0.5 * total


def _links_profile(el: lxml_html.HtmlElement, name: str) -> bool:
    """el is, or holds, a link to a user profile whose whole text is `name`."""
    return any(is_profile_href(a.get("href")) and _norm(a.text_content()) == name for a in el.iter("a"))


#: Last words of a part class that name the poster outright: not 'login', 'member' or 'source', which
#: also name account buttons and citations ('comment-reply-login' is the 'Log in to Reply' link).
_POSTER_WORDS = re.compile(
    r"author|user|username|usr|nick|nickname|poster|commenter|autor|auteur|usuario|benutzer|verfasser|автор|ник",
    re.IGNORECASE,
)


def _ends_in_author(tok: str) -> bool:
    """A part class whose last word names the poster ('message-author', 'reply_user'): the words before
    it name the block it belongs to, not what the node holds."""
    last = re.split(r"[-_]+", tok.strip("-_"))[-1]
    return last != tok and _POSTER_WORDS.fullmatch(last) is not None


def _author_token(parts: list[_Parts]) -> str | None:
    """The class of a short name that changes from member to member."""
    n = len(parts)
    cover: Counter[str] = Counter()
    values: dict[str, list[str]] = defaultdict(list)
    for p in parts:
        for tok, text in p.short.items():
            if _author_like(text):
                cover[tok] += 1
                values[tok].append(text.casefold())
    cands: list[tuple[float, str]] = []
    for tok, c in cover.items():
        if c < MIN_PART_COVERAGE * n or (NOT_AUTHOR_WORDS.search(tok) and not _ends_in_author(tok)):
            continue
        named = AUTHOR_WORDS.search(tok) is not None
        counts = Counter(values[tok])
        varied = named and len(counts) >= MIN_DISTINCT_NAMES
        if c >= 3 and counts.most_common(1)[0][1] > MAX_SAME_AUTHOR_SHARE * c and not (
            varied or _profile_linked(parts, tok)
        ):
            continue  # the same text everywhere: a label (a thread where one member posts most still names others)
        if not named and c < 0.6 * n:
            continue
        linked = PROFILE_BONUS if len(counts) > 1 and _profile_linked(parts, tok, whole=True) else 0.0
        cands.append((c / n + (1.0 if named else 0.0) + linked - _unnamelike(values[tok]), tok))
    if not cands:
        return None
    cands.sort(key=lambda c: -c[0])
    best_score, best = cands[0]
    # A byline holding the name and more ('Ann in reply to Bob'): the name's own node inside it wins.
    for score, tok in cands[1:]:
        if score < best_score - AUTHOR_NEAR_TIE:
            break
        inside = sum(
            1 for p in parts if tok in p.elems and best in p.elems and p.elems[best] in p.elems[tok].iterancestors()
        )
        if inside >= 0.5 * cover[tok]:
            best_score, best = score, tok
    return best


#: Weight of a header slot's share of distinct texts when choosing the author slot.
DISTINCT_WEIGHT = 0.25
#: A header slot whose texts are reply subjects ('Re: Topic') this often is the subject line, not the name.
MIN_SUBJECT_SHARE = 0.3
SUBJECT_PENALTY = 1.0
#: Tags that hold a display name in a block's header when no class names it.
_NAME_TAGS = frozenset({"a", "span", "b", "strong", "cite", "em", "h3", "h4", "h5", "h6"})
#: A positional author path must name this share of the members.
MIN_PATH_COVERAGE = 0.6


def _path_key(member: lxml_html.HtmlElement, el: lxml_html.HtmlElement) -> str:
    """Tags and classes from member down to el: the same slot in every block of one thread."""
    steps = []
    node: lxml_html.HtmlElement | None = el
    while node is not None and node is not member:
        toks = sorted(t for t in _part_tokens(node) if not _ID_DIGITS.search(t))
        steps.append(node.tag + "." + ".".join(toks))
        node = node.getparent()
    return "/".join(reversed(steps))


def _slot_names(
    member: lxml_html.HtmlElement, member_set: set[lxml_html.HtmlElement], stop: lxml_html.HtmlElement | None
) -> dict[str, str]:
    """Per path, the first author-like text of a name-holding element before the text node."""
    out: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for el in _header_elements(member, member_set, stop):
        if el.tag not in _NAME_TAGS or any(NOT_AUTHOR_WORDS.search(t) for t in _part_tokens(el)):
            continue
        # Unclassed markup repeats a path ('<b>subject</b> ... <b>name</b>'): the k-th one is its own slot,
        # counted whether or not this block's k-th text reads as a name (a long subject does not).
        path = _path_key(member, el)
        key = path if not seen[path] else f"{path}#{seen[path]}"
        seen[path] += 1
        text = _norm(el.text_content())
        if _author_like(text) and not is_label(text):
            out.setdefault(key, text)
    return out


#: Characters of a text node's own opening that may still be its header ('<b>ann</b> says:' and a
#: post number above a message whose node holds both).
LEAD_CHARS = 12


def _header_elements(
    member: lxml_html.HtmlElement, member_set: set[lxml_html.HtmlElement], stop: lxml_html.HtmlElement | None
) -> list[lxml_html.HtmlElement]:
    """The block's elements before its text node, then those that open the text node: a name node
    that comes before any of the message's words (within LEAD_CHARS) is a header too. Characters are
    counted from leaf elements' own text and from tails, except a name's own tail ('ann</b> says:')."""
    out: list[lxml_html.HtmlElement] = []
    for el in walk(member, lambda e: e in member_set or e.tag in SKIP_TAGS or is_quote(e)):
        if el is stop:
            break
        out.append(el)
    if stop is None:
        return out
    seen = len((stop.text or "").strip())
    for el in stop.iterdescendants():
        if seen > LEAD_CHARS or el.tag in SKIP_TAGS or el in member_set:
            break
        if not is_element(el):
            continue
        out.append(el)
        if len(el) == 0:
            seen += len((el.text or "").strip())
        seen += len((el.tail or "").strip()) if el.tag not in _NAME_TAGS else 0
    return out


def _positional_authors(
    members: list[lxml_html.HtmlElement],
    member_set: set[lxml_html.HtmlElement],
    parts: list[_Parts],
    text_tok: str | None,
    companions: dict[lxml_html.HtmlElement, lxml_html.HtmlElement],
) -> dict[lxml_html.HtmlElement, str]:
    """Names from the one header slot that holds a short, varying text in most blocks.

    Used when no class marks the author: the slot is induced from the page (the
    same tag-and-class path in every block, before the text), and a slot whose
    text is the same everywhere is a label, not a name.
    """
    slots = [_slot_names(m, member_set, p.elems.get(text_tok) if text_tok else None) for m, p in zip(members, parts)]
    for m, slot in zip(members, slots):
        if not slot and m in companions:  # the header row before the block names its poster
            slot.update({"^" + k: v for k, v in _slot_names(companions[m], member_set, None).items()})
    cover: Counter[str] = Counter(k for s in slots for k in s)
    n = len(slots)
    best: tuple[float, str] | None = None
    for key, c in cover.items():
        # the text node's own step may say 'content': a name that opens it is still a header
        steps = [step for step in key.split("/") if not (text_tok and text_tok in step.split(".")[1:])]
        if c < MIN_PATH_COVERAGE * n or any(NOT_AUTHOR_WORDS.search(step) for step in steps):
            continue
        values = Counter(s[key].casefold() for s in slots if key in s)
        if c >= MIN_CONSTANT_MEMBERS and values.most_common(1)[0][1] > MAX_SAME_AUTHOR_SHARE * c:
            # the same text in most blocks is a label, unless it links to a profile (one poster answering most)
            linked = sum(
                _links_profile(companions[m] if key.startswith("^") else m, s[key])
                for m, s in zip(members, slots)
                if key in s and (m in companions or not key.startswith("^"))
            )
            if len(values) < 2 or linked <= 0.5 * c:
                continue
        # Names vary; a subject line ('Topic' / 'Re: Topic') repeats: more distinct values win a tie.
        subjects = sum(1 for s in slots if key in s and REPLY_SUBJECT_RE.match(s[key]))
        score = (
            c / n
            + (0.5 if key.rsplit("/", 1)[-1].startswith("a.") else 0.0)
            + DISTINCT_WEIGHT * len(values) / c
            - (SUBJECT_PENALTY if subjects >= MIN_SUBJECT_SHARE * c else 0.0)
        )
        if best is None or score > best[0]:
            best = (score, key)
    if best is None:
        return {}
    names = {m: s[best[1]] for m, s in zip(members, slots) if best[1] in s}
    for m in members[len(parts):]:  # members past the scored sample: same slot, no text bound
        header = companions.get(m) if best[1].startswith("^") else m
        name = _slot_names(header, member_set, None).get(best[1].lstrip("^")) if header is not None else None
        if name:
            names[m] = name
    return names


def _has_date(member: lxml_html.HtmlElement, member_set: set[lxml_html.HtmlElement]) -> bool:
    """The block (or its header sibling) holds a <time>, a datetime attribute or a date class."""
    for el in walk(member, lambda e: e in member_set or e.tag in SKIP_TAGS):
        if el.tag == "time" or el.get("datetime"):
            return True
        toks = tokens(el)
        if any("date" in t or "time" in t or "datum" in t or "fecha" in t for t in toks):
            return True
    return False


def _companions(
    members: list[lxml_html.HtmlElement], member_set: set[lxml_html.HtmlElement]
) -> dict[lxml_html.HtmlElement, lxml_html.HtmlElement]:
    """Header siblings when most members follow one of the same tag (<dt> author, <dd> text)."""
    prevs = {m: previous_element(m) for m in members}
    tags = Counter(p.tag for p in prevs.values() if p is not None and p not in member_set and p.tag != "br")
    if not tags:
        return {}
    tag, count = tags.most_common(1)[0]
    if count < COMPANION_SHARE * len(members) or tag in {"script", "style", "a", "img", "hr"}:
        return {}
    pairs = {m: p for m, p in prevs.items() if p is not None and p.tag == tag and p not in member_set}
    # A header is shorter than the block it introduces, or carries the date the block lacks
    # (a 'Re: title by ann: 9:00am' row above a short reply); otherwise it is the previous block.
    headers = sum(
        1
        for m, p in pairs.items()
        if len(_norm(p.text_content())) < len(_norm(m.text_content())) or (is_dated(p) and not is_dated(m))
    )
    return pairs if headers >= COMPANION_SHARE * len(pairs) else {}


def _merge(a: _Parts, b: _Parts) -> _Parts:
    longest = dict(a.longest)
    short = dict(a.short)
    elems = dict(a.elems)
    for tok, length in b.longest.items():
        if length > longest.get(tok, -1):
            longest[tok], elems[tok] = length, b.elems[tok]
    for tok, text in b.short.items():
        short.setdefault(tok, text)
    return _Parts(longest, short, elems, a.total + b.total)


#: A quote-classed wrapper found once in at least this share of a thread's blocks is their own text.
OWN_QUOTE_SHARE = 0.9


def _quote_signature(el: lxml_html.HtmlElement) -> str:
    """Tag and classes: the same wrapper in every block."""
    return f"{el.tag}.{'.'.join(sorted(tokens(el)))}"


def _own_text_quotes(
    sample: list[lxml_html.HtmlElement], member_set: set[lxml_html.HtmlElement]
) -> list[lxml_html.HtmlElement]:
    """Quote-classed wrappers that are each block's own message ('select text to quote' containers).

    A quote of an earlier post sits in some posts, never in the opening one; a wrapper of the
    same tag and classes found exactly once in (nearly) every block, the first included, is the
    message itself. Quotes nested in it stay quotes."""
    if len(sample) < MIN_CONSTANT_MEMBERS:
        return []

    def outer_quotes(m: lxml_html.HtmlElement) -> dict[str, list[lxml_html.HtmlElement]]:
        found: dict[str, list[lxml_html.HtmlElement]] = defaultdict(list)
        for el in walk(m, lambda e: e in member_set or e.tag in SKIP_TAGS):
            if is_quote(el) and not any(is_quote(a) for a in _ancestors_below(el, m)):
                found[_quote_signature(el)].append(el)
        return found

    first = outer_quotes(sample[0])
    if not first:  # most threads: the opening block quotes nothing
        return []
    per_member = [first, *(outer_quotes(m) for m in sample[1:])]
    out: list[lxml_html.HtmlElement] = []
    for sig, els in first.items():
        once = [f[sig][0] for f in per_member if len(f.get(sig, ())) == 1]
        if len(els) == 1 and len(once) >= OWN_QUOTE_SHARE * len(sample):
            out.extend(once)
    return out


def _ancestors_below(el: lxml_html.HtmlElement, top: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """el's ancestors up to, not including, top."""
    out = []
    for a in el.iterancestors():
        if a is top:
            break
        out.append(a)
    return out


def _induce(key: str, members: list[lxml_html.HtmlElement]) -> Thread | None:
    member_set = set(members)
    sample = members[:MAX_MEMBERS_SCORED]
    own = _own_text_quotes(sample, member_set)
    if own and mark_own_text(own):
        # members past the scored sample carry the same wrapper
        sigs = {_quote_signature(el) for el in own}
        mark_own_text(
            el for m in members[len(sample):] for el in m.iter() if is_quote(el) and _quote_signature(el) in sigs
        )
    parts = [_member_parts(m, member_set) for m in sample]
    companions = _companions(members, member_set)
    if companions:
        for i, m in enumerate(sample):
            if m in companions:
                c = companions[m]
                header = _member_parts(c, member_set)
                header.short.setdefault("tag:" + c.tag, _norm(c.text_content()))
                parts[i] = _merge(parts[i], header)
    author_tok = _author_token(parts)
    text_tok = _text_token(parts, author_tok)
    authors = _positional_authors(members, member_set, parts, text_tok, companions) if author_tok is None else {}
    score = 0.0
    for m, p in zip(sample, parts):
        length = p.longest.get(text_tok, 0) if text_tok else len(_norm(m.text_content()))
        if length < MIN_TEXT_CHARS:
            continue
        has_author = (author_tok is not None and author_tok in p.short) or m in authors or _data_author(m)
        dated = _has_date(m, member_set) or (m in companions and _has_date(companions[m], member_set))
        score += (W_TEXT if text_tok else W_TEXT / 2) + W_AUTHOR * has_author + W_DATE * dated
    score *= len(members) / len(sample)
    if score <= 0:
        return None
    named = sum(1 for m in sample if _data_author(m))
    markup = Markup(
        "general",
        text_tokens=(text_tok,) if text_tok else (),
        author_tokens=(author_tok,) if author_tok else (),
    )
    return Thread(
        members, markup, score, key, require_text=text_tok is not None, companions=companions, authors=authors,
        data_authors=named >= MIN_PATH_COVERAGE * len(sample)
        or _profile_links(authors, companions) >= MIN_PATH_COVERAGE * len(members),
    )


def _profile_links(
    authors: dict[lxml_html.HtmlElement, str], companions: dict[lxml_html.HtmlElement, lxml_html.HtmlElement]
) -> int:
    """Members whose positional name is the whole text of a link to a user profile (in the block or its header row)."""
    return sum(
        _links_profile(member, name) or (member in companions and _links_profile(companions[member], name))
        for member, name in authors.items()
    )


def _data_author(member: lxml_html.HtmlElement) -> bool:
    """The block names its poster in a data-author attribute (read by `find_author`)."""
    return bool((member.get("data-author") or "").strip())


def _contains(outer: list[lxml_html.HtmlElement], inner: list[lxml_html.HtmlElement]) -> bool:
    outer_set = set(outer)
    hits = sum(1 for m in inner[:500] if any(a in outer_set for a in m.iterancestors()))
    return hits >= CONTAIN_SHARE * min(len(inner), 500)


def _is_comment_named(key: str) -> bool:
    return bool(re.search(r"comment|komment|coment|коммент|repl|antwort|r[ée]ponse|respuesta|ответ", key))


def _text_named(thread: Thread) -> bool:
    """The induced text class is named as text ('msg-body', 'message-content')."""
    return any(TEXT_WORDS.search(t) for t in thread.markup.text_tokens)


#: Share of a group's blocks a header slot must name, with different names, to stand for authors by itself.
MIN_POSITIONAL_SHARE = 0.8


def _named_by_position(thread: Thread) -> bool:
    """Most blocks name a poster in one header slot, and not all the same one."""
    names = thread.authors
    return len(names) >= MIN_POSITIONAL_SHARE * len(thread.members) and len(set(names.values())) > 1


def detect_thread(tree: lxml_html.HtmlElement, groups: Groups | None = None, repeated: bool = False) -> Thread | None:
    """The best repeated comment group of the page with its induced markup; None if there is none.

    `groups`: the page's groups by GROUPING when the caller has them (one pass for both detectors).
    `repeated`: the groups are dated sibling blocks without a comment name (`repeats.repeated_groups`);
    there a header slot that names most blocks' posters is authors enough."""
    groups = _groups(tree) if groups is None else groups
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))[:MAX_GROUPS]
    threads: list[Thread] = []
    for (tag, key), members in ranked:
        if len(members) < 2 or is_navigation(members[:MAX_MEMBERS_SCORED]) or is_live_blog(members):
            continue
        thread = _induce(f"{tag}.{key}", members)
        if thread is None or thread.score < 1.0:
            continue
        authored = thread.markup.author_tokens != () or thread.data_authors or (repeated and _named_by_position(thread))
        if not _is_comment_named(key) and (not authored or len(members) < 3):
            continue  # a 'post' or 'entry' group without authors is a list of articles
        threads.append(thread)
    if not threads:
        return None
    threads.sort(key=lambda t: (-t.score, not _is_comment_named(t.key)))
    best = threads[0]
    if not _text_named(best):
        # A near tie whose text class says 'body' or 'message' beats a layout class ('col-right').
        best = next((t for t in threads[1:] if t.score >= NEAR_TIE * best.score and _text_named(t)), best)
    for cand in threads[1:]:
        if cand.score >= NEAR_TIE * best.score and _contains(cand.members, best.members) and not _contains(
            best.members, cand.members
        ):
            best = cand
    return _with_outer_level(tree, best, threads)


def _with_outer_level(tree: lxml_html.HtmlElement, best: Thread, threads: list[Thread]) -> Thread:
    """Top-level comments and their replies marked apart ('comment' holding 'comment-reply'): both, as one thread.

    When the best group's blocks sit inside the blocks of another group of the
    same tag, the outer blocks are the comments replied to; reading the union
    keeps them and gives each reply its parent from the nesting.
    """
    tag = best.key.split(".", 1)[0]
    for cand in threads:
        if cand is best or not cand.key.startswith(tag + "."):
            continue
        if not _contains(cand.members, best.members) or _contains(best.members, cand.members):
            continue
        union_set = set(best.members) | set(cand.members)
        members = [el for el in tree.iter() if el in union_set]
        union = _induce(best.key, members)
        if union is not None and union.score > best.score and union.markup.text_tokens == best.markup.text_tokens:
            return union
    return best


__all__ = ["Thread", "detect_thread", "is_element"]
