"""Vocabulary-free fallback: comment blocks found as repeated, dated sibling blocks.

The other detectors need a comment-like word in a class, id or microdata type
("comment", "post", "Kommentar"). Old forums and hand-made comment pages have
none: one ``<div class="list_item_b">`` per post, or bare table rows. What they
share with every thread is structure: under one parent, three or more sibling
blocks of one shape, each dated, each with its own words. This module finds
such groups; `threads.detect_thread` then reads them like any other group (the
text and author slots induced from the page), with a stricter bar, since
nothing in the markup says these are comments.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from slant.extract.dates import DAY_WORD_RE, LINE_CACHE, MONTH_RE, RELATIVE_RE, find_date, normalize_date
from slant.extract.html.dom import PRUNE_TAGS, Groups, is_element, previous_element, pruned

#: Fewest sibling blocks of one shape that can be a thread.
MIN_MEMBERS = 3
#: Share of a group's blocks that must carry a date (themselves or in the row before them).
MIN_DATED_SHARE = 0.5
#: A dated line is short: at most this many characters.
MAX_DATE_TEXT = 60
#: Elements with more children than this are not read whole for a date (bounds work).
MAX_DATE_CHILDREN = 4
#: Groups tried per page, largest first (bounds work on huge pages).
MAX_GROUPS = 12
#: Median characters of a group's blocks above which they are an article's sections, not posts.
MAX_MEDIAN_CHARS = 2500
#: Median characters (spaces left out) of a group's blocks outside links, below which they are a menu.
MIN_UNLINKED_CHARS = 40
#: Groups checked for dates per page, largest first.
MAX_TRIED = 30
#: Blocks checked per group for dates.
MAX_CHECKED = 60
#: Pages with more block elements than this are not scanned.
MAX_BLOCKS = 30_000
#: Parents whose children are never a thread: lists of options, table heads, page chrome.
_SKIP_PARENTS = frozenset({"select", "nav", "head", "thead", "colgroup", "dl", "menu"}) | PRUNE_TAGS
#: Tags of a post's block: containers and list items, never a paragraph (an article's dated paragraphs
#: repeat too). Menus of dated links are list items as well: MIN_UNLINKED_CHARS keeps them out.
BLOCK_TAGS = frozenset({"div", "article", "section", "tr", "table", "tbody", "dd", "aside", "blockquote", "center", "li"})
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
#: A quick test before the date patterns: a number of one or two digits (a day, a month, an hour), a year, or
#: a clock time glued to its unit ('10h30').
_DATE_HINT = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b(?:19|20)\d{2}\b|'\d{2}\b|\b\d{1,2}\b")
#: A day named in a short text: an age or day word, a month name beside a day number, a numeric day and month.
_DAY = re.compile(
    rf"{RELATIVE_RE}|{DAY_WORD_RE}|(?<![^\W\d_])(?:{MONTH_RE})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:{MONTH_RE})(?![^\W\d_])"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b",
    re.IGNORECASE,
)
#: A link or file name: its digits are no date ('https://x.de/...4d-4.08?hl=de').
_LINK_LIKE = re.compile(r"://|www\.|\?\w+=|\.(?:html?|php|jpe?g|png|gif|pdf)\b", re.IGNORECASE)
_HAS_TIME = etree.XPath("boolean(descendant-or-self::time | descendant-or-self::*[@datetime])")


def _shape(el: lxml_html.HtmlElement) -> str:
    """Tag and classes; a block without classes also by its first child's tag and classes (a header
    row and a text row of one table differ there)."""
    classes = _class_key(el.get("class") or "")
    if classes:
        return f"{el.tag}.{classes}"
    child = next((c for c in el if is_element(c)), None)
    if child is None:
        return str(el.tag)
    return f"{el.tag}>{child.tag}.{_class_key(child.get('class') or '')}"


@lru_cache(maxsize=LINE_CACHE)
def _class_key(classes: str) -> str:
    """A class attribute's tokens, lower-cased and sorted, without numbered ones ('post-123')."""
    return ".".join(sorted({t for t in classes.lower().split() if not _DIGITS.search(t)}))


def is_dated(block: lxml_html.HtmlElement) -> bool:
    """The block holds a <time>, a datetime attribute or a small element whose text reads as a date."""
    if _HAS_TIME(block):
        return True
    if _DIGIT.search(block.text_content()) is None:
        return False
    for el in block.iter():
        if not is_element(el):
            continue
        for text in (el.text, el.tail if el is not block else None):
            if text and _DIGIT.search(text) and reads_as_date(" ".join(text.split())):
                return True
        if 0 < len(el) <= MAX_DATE_CHILDREN:  # a date split over elements ('<b>9:00am</b> On <b>Apr 24</b>')
            whole = el.text_content()
            if len(whole) <= 2 * MAX_DATE_TEXT and _DIGIT.search(whole) and reads_as_date(" ".join(whole.split())):
                return True
    return False


@lru_cache(maxsize=LINE_CACHE)
def reads_as_date(text: str) -> bool:
    """A short text that names a day: a date ('Apr 24', '28.04.20', 'June 3, 2023') or an age ('3 hours ago',
    'vor 2 Tagen', 'yesterday'). A clock time alone is a live blog's or a chat's stamp, and a counter
    ('36 Likes') is no date."""
    return (
        4 <= len(text) <= MAX_DATE_TEXT
        and _DATE_HINT.search(text) is not None
        and _LINK_LIKE.search(text) is None
        and (_DAY.search(text) is not None or find_date(text) is not None or normalize_date(text) is not None)
    )


def _median(values: list[int]) -> int:
    """The upper median (the middle value, or the higher of the two middle ones)."""
    return sorted(values)[len(values) // 2]


def _median_chars(blocks: list[lxml_html.HtmlElement]) -> int:
    return _median([len(b.text_content()) for b in blocks])


def _median_unlinked_chars(blocks: list[lxml_html.HtmlElement]) -> int:
    """Median characters (spaces left out) of the blocks' text outside links."""
    return _median([_chars(b) - sum(_chars(a) for a in b.iter("a")) for b in blocks])


def _chars(el: lxml_html.HtmlElement) -> int:
    return len("".join(el.text_content().split()))


def _dated_members(members: list[lxml_html.HtmlElement]) -> list[lxml_html.HtmlElement]:
    """The blocks dated themselves or by the header row just before them (a forum's author-and-date row);
    [] as soon as too few are left to reach MIN_DATED_SHARE."""
    out: list[lxml_html.HtmlElement] = []
    member_set = set(members)
    needed = max(MIN_MEMBERS, MIN_DATED_SHARE * len(members))
    for k, m in enumerate(members):
        if len(out) + len(members) - k < needed:
            return []
        prev = previous_element(m)
        if is_dated(m) or (prev is not None and prev not in member_set and is_dated(prev)):
            out.append(m)
    return out


def repeated_groups(tree: lxml_html.HtmlElement) -> Groups:
    """Groups of sibling blocks of one shape, mostly dated, keyed ('tag', 'repeat:<shape>'); largest first.

    Groups are formed first and dated second, largest first with an early exit: dating is the costly
    step, and most groups of a page fail it within their first few blocks."""
    children: dict[lxml_html.HtmlElement, list[lxml_html.HtmlElement]] = defaultdict(list)
    for k, el in enumerate(tree.iter(*BLOCK_TAGS)):
        if k >= MAX_BLOCKS:
            return {}
        parent = el.getparent()
        if parent is not None:
            children[parent].append(el)
    found: list[tuple[str, list[lxml_html.HtmlElement]]] = []
    for parent, blocks in children.items():
        if len(blocks) < MIN_MEMBERS or parent.tag in _SKIP_PARENTS or pruned(parent, tree, PRUNE_TAGS):
            continue
        shapes: dict[str, list[lxml_html.HtmlElement]] = defaultdict(list)
        for child in blocks:
            shapes[_shape(child)].append(child)
        for shape, members in shapes.items():
            if len(members) >= MIN_MEMBERS:
                found.append((shape, members))
    found.sort(key=lambda sm: -len(sm[1]))
    groups: Groups = {}
    for shape, members in found[:MAX_TRIED]:
        if len(groups) >= MAX_GROUPS:
            break
        dated = _dated_members(members[:MAX_CHECKED])
        if not dated or _median_chars(members[:MAX_CHECKED]) > MAX_MEDIAN_CHARS:
            continue  # undated, or sections of an article rather than posts
        if _median_unlinked_chars(dated) < MIN_UNLINKED_CHARS:
            continue  # dated links: a menu of stories, not posts with words of their own
        if len(members) <= MAX_CHECKED:
            members = dated  # the undated blocks of a mostly dated list are its header and footer rows
        key = (members[0].tag, f"repeat:{shape}")
        if key in groups:  # the same shape under another parent: a second, separate list
            key = (key[0], f"{key[1]}@{len(groups)}")
        groups[key] = members
    return groups
