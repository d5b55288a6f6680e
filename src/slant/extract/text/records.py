"""Segment a single-spaced comment thread by the shape its comment headers repeat.

Scrapers often flatten a page to one block per line with no blank lines, so the
blank-line slots that `comments.segment_thread` reads are gone. What survives is
repetition: every comment carries the same header (a name, a date, a counter,
buttons), so header lines share a *shape* (`line_shape`: words become `w`,
numbers `0`, month and weekday names `M`, punctuation stays) while comment text
does not. The most frequent dated or numbered shape is the anchor; the lines
around each anchor whose shape (or exact text, for buttons) repeats form the
header block; the lines between two header blocks are one comment, however
many paragraphs it has. The author is the header slot whose value varies the
most from comment to comment and looks like a name; numbered labels ('#1.8')
give parents. Nothing here depends on the page's language.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from slant.extract.dates import MONTH_LOOKUP, WEEKDAY_NAMES
from slant.extract.names import clean_author_line
from slant.extract.text.boilerplate import (
    CHROME,
    EDIT_MARK_WORDS,
    LINKLIST,
    SEPARATOR,
    THREAD,
    TIMESTAMP,
    chrome_kind,
    is_closed_notice,
    is_comment_form,
    is_comment_label,
    is_timestamp,
)
from slant.extract.text.comments import REPLY_TO_WORDS, split_label_ref
from slant.extract.text.evidence import reads_as_text
from slant.extract.text.names import glued_name_date, is_quote_header, name_before_date, without_byline
from slant.extract.text.tree import age_seconds, is_parent_link, printed_moment

#: Longest line (characters) that may be part of a comment header.
MAX_HEADER_CHARS = 90
#: An undated header layout gives way to a dated one scoring at least this share of it, and a layout
#: is dated where this share of its anchors print a date.
DATED_TIE_SHARE = 0.85
DATED_ANCHOR_SHARE = 0.8
#: How much larger a share of its headers a dated layout must show writing under (`_written_share`)
#: to stand over a higher-scoring undated one.
WRITTEN_MARGIN = 0.25
#: Share of its lines a bare date shape ('16.03.2020') must have writing under to anchor headers.
MIN_WRITTEN_SHARE = 0.75
#: Share of records that are textless twins of the next one's date above which each twin joins the next.
TWIN_EMPTY_SHARE = 0.4
#: Share of headers printing one 'Re:' subject for it to be the topic's (a reply to the thread, not to a comment).
TOPIC_SUBJECT_SHARE = 0.5
#: Fewest comments a header shape must head before the thread reads as records.
MIN_RECORDS = 3
#: Share of records that must carry text of their own.
MIN_TEXT_SHARE = 0.6
#: Share of header blocks that must end with the next comment's author line (and carry the previous
#: comment's label above it) for the split layout (see _split_headers).
SPLIT_HEADER_SHARE = 0.8
#: Times an exact line must recur to count as a button or label of the header.
MIN_LITERAL_REPEATS = 3
#: Share of records a shape must reach at one offset from the anchor to join the header there.
MIN_OFFSET_SHARE = 0.3
#: Farthest a header block reaches from its anchor line.
MAX_HEADER_REACH = 14
#: Share of a slot's values that must start or end with the same word for that word to be a label.
LABEL_SHARE = 0.8
#: Longest author name, in words and characters.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 48
#: Shortest shape (tokens) that may match the anchor shape loosely, and how many token edits the two may differ by.
MIN_NEAR_TOKENS = 6
NEAR_SHAPE_EDITS = 2
#: Anchor shapes tried, and the share of the top shape's count a shape needs to be tried.
MAX_ANCHOR_CANDIDATES = 3
ANCHOR_TIE_SHARE = 0.9
#: ... and the most frequent dated shape, where it counts at least this share of the most frequent one's lines.
DATED_CANDIDATE_SHARE = 0.5
#: Most lines between a header's two printings of its anchor (a date over and under a '#1' label).
MAX_TWIN_GAP = 2
#: Fewest lines of text the last comment may claim before trailing page chrome stops it.
MAX_TAIL_LINES = 40
#: A header's first name line (`_lead_names`) scores this share of an anchor-relative slot: a fallback where no one offset names authors.
LEAD_DISCOUNT = 0.9
#: Share of records one fixed header slot must name for it to stand over the first name line.
FIXED_SLOT_SHARE = 0.8
#: The shape key of that slot.
LEAD = "^lead"
#: Longest value (characters) of a profile field printed under its label in a header.
MAX_FIELD_VALUE_CHARS = 40

#: A weekday name in any listed language, whole ('Monday', 'Mon', 'dimanche'), as `dates` spells them
#: (two-letter ones, 'Mo' or 'Do', are words too often to mark a date).
_WEEKDAY_RE = re.compile("(?:" + "|".join(WEEKDAY_NAMES.values()) + ")", re.IGNORECASE)
_NUMBERISH_RE = re.compile(r"[\d\W_]+")
_DIGITS_RE = re.compile(r"\d+")
_EDGE_PUNCT_RE = re.compile(r"^([^\w@#]*)(.*?)([^\w]*)$", re.DOTALL)
_LABEL_RE = re.compile(r"(?<![\w.])#?(\d{1,4}(?:\.\d{1,4})+|\d{1,4})(?![\w.])")
#: Tokens that join words of one name ('Jean-Luc', 'W.', "O'Neil") and so collapse with them.
_JOINERS = frozenset({"-", ".", "'", "’", "_"})


@dataclass
class Record:
    """One comment found by header repetition: line indices of its header and text."""

    header: list[int]
    text: list[int]
    anchor: int
    author: str | None = None
    author_line: int | None = None
    label: str | None = None  # a numbered label ('1.8') printed in the header
    parent: int | None = None
    reply: bool = False  # the header carries a reply subject ('Re: ...'): this answers an earlier comment
    reply_to: str | None = None  # the name the header says it answers ('Ann En réponse à Bob', 'In reply to Bob')
    reply_label: str | None = None  # the answered comment's number printed with that name ('In reply to Bob (#3)')


@dataclass
class RecordThread:
    """Records found in a region; `body_lead` says the first record is the page's opening post,
    `signed_below` that each header closes the comment above it ('Ann / on May 3, 2024'), `dated`
    that most headers print a date or an age."""

    records: list[Record] = field(default_factory=list)
    start: int = 0
    end: int = 0
    body_lead: bool = False
    signed_below: bool = False
    dated: bool = False
    lead: Record | None = None  # the opening post, once the article is read from it


def _token_class(chunk: str) -> list[tuple[str, str]]:
    """(class, text) tokens of one whitespace-separated chunk: 'w', '0', 'M' or the punctuation itself."""
    m = _EDGE_PUNCT_RE.match(chunk)
    assert m is not None  # the pattern matches any string
    lead, core, tail = m.groups()
    out: list[tuple[str, str]] = [(ch, ch) for ch in lead]
    if core:
        bare = core.lower().rstrip(".")
        letters = re.sub(r"[\d\W_]", "", core)
        if len(core) == 1 and core.isupper() and tail.startswith("."):
            core, tail = core + ".", tail[1:]  # an initial ('Jean-Pierre D.') ends the name, not the line
        if _NUMBERISH_RE.fullmatch(core) or (any(c.isdigit() for c in core) and len(letters) <= 2):
            out.append(("0", core))
        elif bare in MONTH_LOOKUP or (len(bare) >= 3 and _WEEKDAY_RE.fullmatch(bare)):
            out.append(("M", core))
        else:
            out.append(("w", core))
    out.extend((ch, ch) for ch in tail)
    return out


#: Capitalised words in parentheses after a name ('Catherine (GiveWell)', 'Ann (Editor)') belong to the name: at most this many.
MAX_AFFILIATION_WORDS = 4


def _affiliation_end(raw: list[tuple[str, str]], j: int) -> int | None:
    """Index of the ')' closing a parenthesised run of words that starts at raw[j], or None."""
    if raw[j][0] != "(":
        return None
    for k in range(j + 1, min(len(raw), j + 2 + MAX_AFFILIATION_WORDS)):
        if raw[k][0] == ")":
            return k if k > j + 1 else None
        if raw[k][0] not in ("w", "M") or not raw[k][1][:1].isupper():
            return None  # a lower-case note ('(edited)') is a badge, not part of the name
    return None


def line_tokens(line: str) -> list[tuple[str, str]]:
    """Tokens of a line with runs of words (and the joiners inside names) collapsed into one 'w'; a name
    glued to its date ('Ann Roe4 hours ago') reads as the two."""
    glued = glued_name_date(line)
    if glued is not None:
        return line_tokens(glued[0]) + line_tokens(glued[1])
    raw = [t for chunk in line.split() for t in _token_class(chunk)]
    merged: list[tuple[str, str]] = []
    k = 0
    while k < len(raw):
        cls, text = raw[k]
        if cls == "w":
            parts = [text]
            j = k + 1
            while j < len(raw):
                if raw[j][0] == "w" or (raw[j][0] in _JOINERS and j + 1 < len(raw) and raw[j + 1][0] == "w"):
                    parts.append(raw[j][1])
                    j += 1
                    continue
                close = _affiliation_end(raw, j)
                if close is None:
                    break
                parts.append("(" + " ".join(t for _, t in raw[j + 1 : close]) + ")")  # 'Catherine (GiveWell)'
                j = close + 1
            merged.append(("w", " ".join(parts).replace(" - ", "-").replace(" . ", ". ")))
            k = j
            continue
        merged.append((cls, text))
        k += 1
    return merged


#: An edit mark after a header's date ('3 hours ago (edited)', '12.03.2020 · bearbeitet'): some headers have it.
_EDIT_MARK = re.compile(rf"\s*(?:\((?:{EDIT_MARK_WORDS})\)|[·•|-]\s*(?:{EDIT_MARK_WORDS}))$", re.IGNORECASE)


def line_shape(line: str) -> str | None:
    """The repeatable shape of a short line ('Ann on May 3, 2024 7:26 AM' -> 'w M 0 , 0 0 w'), or None;
    an edit mark at its end leaves the shape as it is without one."""
    text = _EDIT_MARK.sub("", line.strip()) or line.strip()
    if not text or len(text) > MAX_HEADER_CHARS:
        return None
    return " ".join(cls for cls, _ in line_tokens(text))


def _is_anchor_shape(shape: str) -> bool:
    """Only a dated or numbered shape with some structure anchors a header (not a bare '12')."""
    tokens = shape.split()
    if "0" not in tokens:  # a month or weekday name alone ('Bonuses of May', a list of months) dates nothing
        return "M" in tokens and len(tokens) >= 3
    return "w" in tokens or "M" in tokens or len(tokens) >= 3


def _anchor_candidates(
    lines: list[str], shapes: dict[int, str | None], start: int, end: int
) -> list[tuple[str, list[int]]]:
    """Anchor-capable shapes about as frequent as the most frequent one, with their lines, best first.

    A header often repeats two dated lines (a post's date, the profile's 'Join
    Date'); one of them may miss a comment at the region's edge, so near-ties
    are all tried (`find_records` keeps the one that names authors best).
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i in range(start, end):
        shape = shapes.get(i)
        if shape and (_is_anchor_shape(shape) or _bare_date(lines, i)) and shapes.get(i - 1) != shape and not _count_label(lines[i]):
            # a run of same-shaped lines is one list or one header, not several
            groups[shape].append(i)
    # an undated header varies from comment to comment (a counter, a score); one such line repeated
    # verbatim is a title or a label ('Dare to Play 3'); a thread's posts may share a day ('Nov 7, 2013')
    groups = {
        shape: where for shape, where in groups.items()
        if ("M" in shape.split() or len({lines[i].strip() for i in where}) > 1)
        # a bare date also fills a profile's fields ('Joined' / '29.01.19'), twice a header: it
        # anchors where writing follows most of its lines
        and (_is_anchor_shape(shape) or _written_share(lines, where, end) >= MIN_WRITTEN_SHARE)
    }
    ranked = sorted(groups.items(), key=lambda item: (-len(item[1]), "M" not in item[0].split(), item[1][0]))
    numbered = _post_numbers(lines, start, end)
    if not ranked or len(ranked[0][1]) < MIN_RECORDS:
        return [(POST_NUMBER_SHAPE, numbered)] if numbered else []
    top = len(ranked[0][1])
    found = [(shape, where) for shape, where in ranked[:MAX_ANCHOR_CANDIDATES] if len(where) >= ANCHOR_TIE_SHARE * top]
    # a teaser list's counters ('8 comments') may outnumber a short thread's dated headers ('2 days ago'):
    # the most frequent dated shape is tried too (`find_records` prefers dated layouts)
    dated = next(
        ((shape, where) for shape, where in ranked
         if len(where) >= max(MIN_RECORDS, DATED_CANDIDATE_SHARE * top) and _dated(lines, where)),
        None,
    )
    if dated is not None and dated not in found:
        found.append(dated)
    if numbered:
        found.append((POST_NUMBER_SHAPE, numbered))
    return found


#: A post's number on its own line ('#2'), as forums print it beside the post's date.
_POST_NUMBER_RE = re.compile(r"^\s*#\s?(\d{1,5})\s*$")
#: The shape `_anchor_candidates` gives post-number anchors (a bare number's shape is '0').
POST_NUMBER_SHAPE = "# 0"
#: Share of successive post numbers that must count up by one.
MIN_COUNTING_SHARE = 0.8


def is_post_number(line: str) -> bool:
    """A post's number alone on its line ('#2')."""
    return _POST_NUMBER_RE.match(line) is not None


def _post_numbers(lines: list[str], start: int, end: int) -> list[int]:
    """Lines that number the posts ('#2', '#3', ...) counting up by one: every post's header, whatever shape
    its date takes ('23. April 2020', 'Freitag um 09:07 Uhr'); [] when no such count runs through the region."""
    where = [i for i in range(start, end) if _POST_NUMBER_RE.match(lines[i])]
    if len(where) < MIN_RECORDS:
        return []
    numbers = [int(_POST_NUMBER_RE.match(lines[i]).group(1)) for i in where]  # type: ignore[union-attr]
    counting = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return where if counting >= MIN_COUNTING_SHARE * (len(numbers) - 1) else []


def _edits(a: list[str], b: list[str], most: int) -> int:
    """Token edit distance between two shapes, or most + 1 once it exceeds `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for x in range(1, len(a) + 1):
        prev, row[0] = row[0], x
        for y in range(1, len(b) + 1):
            prev, row[y] = row[y], min(row[y] + 1, row[y - 1] + 1, prev + (a[x - 1] != b[y - 1]))
        if min(row) > most:
            return most + 1
    return row[-1]


def _near_anchors(
    shapes: dict[int, str | None], anchor_shape: str, blocks: list[tuple[int, int]], start: int, end: int
) -> list[int]:
    """Header lines whose shape differs from the anchor's by a token or two, outside the header blocks.

    One system's header varies a little from comment to comment: a flair after
    the name ('ann[S]'), one more link ('| root | parent | next'), a digit in a
    handle. Only a long anchor shape is distinctive enough to match loosely.
    """
    target = _listed(anchor_shape).split()
    if len(anchor_shape.split()) < MIN_NEAR_TOKENS:
        return []
    inside = {i for first, last in blocks for i in range(first, last + 1)}
    return [
        i for i in range(start, end)
        if i not in inside and (shape := shapes.get(i)) and shape != anchor_shape and _is_anchor_shape(shape)
        and len(shape.split()) >= MIN_NEAR_TOKENS
        and _edits(_listed(shape).split(), target, NEAR_SHAPE_EDITS) <= NEAR_SHAPE_EDITS
    ]


def _listed(shape: str) -> str:
    """A shape with each run of separated links ('| w | w | w') as one: a header lists as many links
    ('root | parent | prev | next') as the comment's place in the thread calls for."""
    return _LINK_RUN_RE.sub(r"\1 w", shape)


#: Two or more separated words in a shape ('| w | w'): a header's list of links.
_LINK_RUN_RE = re.compile(r"([|·•]) w(?: [|·•] w)+")


def _headerish(
    lines: list[str], shapes: dict[int, str | None], literal: Counter[str], offset_shapes: dict[int, Counter[str]],
    total: int, i: int, d: int,
) -> bool:
    """Whether line i, d lines from its anchor, belongs to a header: a repeated button or a repeated shape."""
    text = lines[i].strip()
    if not text or (d < 0 and not any(ch.isalnum() for ch in text)):
        return True  # a blank line, or a rule or rank stars ('-------', '★★★') in a profile box above the anchor
    if literal[text] >= MIN_LITERAL_REPEATS:
        return True
    if i > 0 and _field_label(lines[i - 1]) and len(text) <= MAX_FIELD_VALUE_CHARS:
        return True  # a profile field's value under its label ('Location:' / 'Bognor Regis, UK'), shown by some only
    shape = shapes.get(i)
    if shape is None:
        return False
    near = max(offset_shapes[d + s][shape] for s in (-1, 0, 1))
    if _bare(shape):
        # a bare word line ('Stiffkey') joins only where most headers print one at this offset
        name = split_reply_tail(text)[0] or text  # 'Ann En réponse à Bob' is a name line
        return offset_shapes[d][shape] >= max(MIN_RECORDS, MIN_OFFSET_SHARE * total) and len(name.split()) <= MAX_NAME_WORDS
    return near >= max(MIN_RECORDS, MIN_OFFSET_SHARE * total)


def _field_label(line: str) -> bool:
    """A profile field's label line: one to three words ending with a colon ('Posts:', 'Im Board seit:')."""
    text = line.strip()
    return text.endswith(":") and 1 <= len(text.split()) <= 3 and len(text) <= 30 and not any(c.isdigit() for c in text)


_BARE_TOKENS = frozenset({"w", ",", ".", ":", ";", "!", "?", "'", '"'})


def _bare(shape: str) -> bool:
    """Words and sentence punctuation only: a name line, or a short line of text."""
    return set(shape.split()) <= _BARE_TOKENS


def _offset_shapes(lines: list[str], shapes: dict[int, str | None], anchors: list[int], start: int, end: int) -> dict[int, Counter[str]]:
    """For each offset from an anchor, how many anchors have each shape there."""
    table: dict[int, Counter[str]] = defaultdict(Counter)
    for a in anchors:
        for d in range(-MAX_HEADER_REACH - 1, MAX_HEADER_REACH + 2):
            i = a + d
            shape = shapes.get(i) if start <= i < end else None
            if shape and not (_bare(shape) and len(lines[i].split()) > MAX_NAME_WORDS):
                table[d][shape] += 1  # a sentence shaped like a name line does not vote for one
    return table


def _closers(lines: list[str], anchors: list[int]) -> dict[int, int]:
    """For each anchor after the first, the line of the control that closes the comment above it
    ('Share on other sites', 'Reply'), where the thread prints one.

    Such a control is one line of text printed exactly once between nearly every two anchors, after
    the comment's writing and at no fixed distance above the next anchor (a line that is, is part
    of the header, which `_headerish` reads): the lines between it and the next anchor are then all
    header (a profile box of any length: name, rank, counts, 'Location: ...' fields). Of several,
    the one whose lines sum highest closes the comment: found above most anchors, and nearest them.
    Headers printed under their comments put no writing between anchor and control, and get none.
    """
    gaps = list(zip(anchors, anchors[1:]))
    if len(gaps) < MIN_RECORDS - 1:
        return {}
    seen: Counter[str] = Counter()
    for a, b in gaps:
        once = Counter(lines[i].strip() for i in range(a + 1, b) if lines[i].strip())
        seen.update(text for text, n in once.items() if n == 1 and len(text) <= MAX_HEADER_CHARS)
    need = SPLIT_HEADER_SHARE * len(gaps)
    out: dict[int, int] = {}
    for text in (t for t, n in seen.items() if n >= need and not reads_as_text(t)):
        found: dict[int, int] = {}
        for k, (a, b) in enumerate(gaps, 1):
            at = next((i for i in range(b - 1, a, -1) if lines[i].strip() == text), None)
            if at is not None and any(reads_as_text(lines[i]) for i in range(a + 1, at)):
                found[k] = at
        offsets = Counter(anchors[k] - at for k, at in found.items())
        if offsets and offsets.most_common(1)[0][1] >= need:
            continue  # a line at one offset above every header ('example.net' / date) is the header's own
        if len(found) >= need and (not out or sum(found.values()) > sum(out.values())):
            out = found
    return out


def _header_blocks(
    lines: list[str], shapes: dict[int, str | None], anchors: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    """(first, last) line of the header block around each anchor, kept apart from its neighbours."""
    literal = Counter(lines[i].strip() for i in range(start, end) if lines[i].strip())
    table = _offset_shapes(lines, shapes, anchors, start, end)
    closers = _closers(lines, anchors)
    blocks: list[tuple[int, int]] = []
    for k, a in enumerate(anchors):
        low = blocks[-1][1] + 1 if blocks else start
        high = anchors[k + 1] - 1 if k + 1 < len(anchors) else end - 1
        first = a
        while first - 1 >= low and a - first < MAX_HEADER_REACH and _headerish(
            lines, shapes, literal, table, len(anchors), first - 1, first - 1 - a
        ):
            first -= 1
        closer = closers.get(k)
        if closer is not None and low <= closer < first and a - closer <= MAX_HEADER_REACH and all(
            len(lines[i].strip()) <= MAX_HEADER_CHARS for i in range(closer + 1, first)
        ):
            first = closer + 1  # the whole profile box between the comment above and this header
        last = a
        while last + 1 <= high and last - a < MAX_HEADER_REACH and _headerish(
            lines, shapes, literal, table, len(anchors), last + 1, last + 1 - a
        ):
            last += 1
        blocks.append((first, last))
    return blocks


#: Lines above a header block within which a heading of linked items heads it ('Related' / 'Recently uploaded' / '3:09' / title).
TEASER_HEADING_REACH = 8


def _before_teasers(lines: list[str], blocks: list[tuple[int, int]]) -> int:
    """How many header blocks come before one that a heading of linked items ('Related', 'You may also
    like') stands just above: the blocks from it head teasers, not comments (all of them where none does)."""
    for k in range(MIN_RECORDS, len(blocks)):
        near = range(max(blocks[k - 1][1] + 1, blocks[k][0] - TEASER_HEADING_REACH), blocks[k][0])
        if any(chrome_kind(lines[i].strip(), in_thread=True) == LINKLIST for i in near):
            return k
    return len(blocks)


def _tail_end(lines: list[str], literal: Counter[str], begin: int, end: int) -> int:
    """Where the last comment's text stops: page chrome, a comment form, a closed-thread notice or a
    label of its interface, a link list or a button."""
    for i in range(begin, min(end, begin + MAX_TAIL_LINES)):
        text = lines[i].strip()
        if not text:
            continue
        kind = chrome_kind(text, in_thread=True)
        if (
            kind in (THREAD, LINKLIST) or is_comment_form(text) or is_closed_notice(text) or is_comment_label(text)
            or literal[text] >= MIN_LITERAL_REPEATS
        ):
            return i
    return min(end, begin + MAX_TAIL_LINES)


def _trailing_layout(lines: list[str], blocks: list[tuple[int, int]], texts: list[list[int]], start: int) -> bool:
    """Headers printed under their comments ('Ann on May 3, 2024'): the last header closes the thread.

    Leading headers leave the last comment's text after the last block; trailing
    ones leave nothing there but the page's footer, and put the first comment
    above the first block.
    """
    if texts and texts[-1]:
        return False
    above = [i for i in range(start, blocks[0][0]) if lines[i].strip()]
    return bool(above)


def _slot_values(
    lines: list[str], blocks: list[tuple[int, int]], anchors: list[int], read_as: dict[int, str] | None = None
) -> dict[tuple[int, str, int], dict[int, str]]:
    """Word-slot values of header lines, keyed by (offset from anchor, shape, slot), per record.

    `read_as` gives lines whose shape is keyed as another's (near anchors, read as the anchor shape).
    """
    slots: dict[tuple[int, str, int], dict[int, str]] = defaultdict(dict)
    for k, ((first, last), a) in enumerate(zip(blocks, anchors)):
        for i in range(first, last + 1):
            text = lines[i].strip()
            if not text or len(text) > MAX_HEADER_CHARS or _REPLY_LINE_RE.match(text) or is_quote_header(text):
                continue  # 'In reply to Ann' and 'Zitat von Ann' name whom the comment answers, not its author
            if is_timestamp(text) and not _FIELD_LABEL_RE.match(text):
                continue  # a date or age alone ('il y a 4 heures') names nobody: its words are units
            if _BARE_REPLY_MARK_RE.match(text) or (i > first and _BARE_REPLY_MARK_RE.match(lines[i - 1])):
                continue  # 'In reply to' / 'Ann' on two lines (a scraper that splits links from their label)
            tokens = line_tokens(text)
            shape = (read_as or {}).get(i) or " ".join(cls for cls, _ in tokens)
            words = [split_reply_tail(t)[0] or t for cls, t in tokens if cls == "w"]
            for s, value in enumerate(words):
                slots.setdefault((i - a, shape, s), {})[k] = value
    lead = _lead_names(lines, blocks, anchors)
    if lead:
        slots[(0, LEAD, 0)] = lead
    return slots


def _lead_names(lines: list[str], blocks: list[tuple[int, int]], anchors: list[int]) -> dict[int, str]:
    """Per record, the first name line above the anchor: a profile header ('Ann / Member / Posts: / 12 /
    date') prints a varying number of lines between the name and the date, so no one offset finds the name.

    Skipped: avatar initials (one character), field labels ('Posts:'), lines with digits or symbols, lines
    that (nearly) every header prints (a rank or button), chrome, and lines followed by chrome.
    """
    presence = Counter(
        text for first, last in blocks for text in {lines[i].strip() for i in range(first, last + 1)} if text
    )
    common = LABEL_SHARE * len(blocks)

    def candidate(text: str) -> bool:
        return (
            len(text) >= 2 and not text.endswith(":") and _name_like(text) and line_shape(text) == "w"
            and presence[text] < common and chrome_kind(text, in_thread=True) is None
        )

    out: dict[int, str] = {}
    for k, ((first, _last), a) in enumerate(zip(blocks, anchors)):
        name = next(
            (
                lines[i].strip() for i in range(first, a)
                if candidate(lines[i].strip()) and not _chrome_next(lines, i, a)
            ),
            None,
        )
        if name is not None:
            out[k] = name
    return out


def _chrome_next(lines: list[str], i: int, end: int) -> bool:
    """Whether the next non-blank line before `end` is page or comment chrome ('Share this post', 'Reply').

    A name opens a header; a short line followed by controls closes the comment above (its signature).
    A rank under a name ('Member', 'Senior Member': a badge without a number) is the header going on.
    """
    for j in range(i + 1, end):
        text = lines[j].strip()
        if text:
            # a bare count under a name is a profile field (posts, reputation), not a control
            kind = chrome_kind(text, in_thread=True)
            rank = kind == TIMESTAMP and not any(ch.isdigit() for ch in text)
            return kind is not None and not rank and not _BARE_NUMBER_RE.match(text)
    return False


def _strip_labels(values: dict[int, str]) -> dict[int, str]:
    """Drop words that (nearly) every value starts or ends with: 'by', 'par', 'on', 'am'."""
    out = dict(values)
    for pos in (0, -1):
        words = Counter(v.split()[pos].lower() for v in out.values() if len(v.split()) > 1)
        if not words:
            continue
        word, count = words.most_common(1)[0]
        # or a share of the values with words to spare, before different names: a slot that mixes in
        # one-word lines ('Joined') still carries the label on every longer value ('Postby Ann')
        carriers = {v for v in out.values() if len(v.split()) > 1 and v.split()[pos].lower() == word}
        if count >= LABEL_SHARE * len(out) or (
            count >= MIN_RECORDS and count >= LABEL_SHARE * sum(words.values()) and len(carriers) > 1
        ):
            out = {
                k: (" ".join(v.split()[1:]) if pos == 0 else " ".join(v.split()[:-1]))
                if len(v.split()) > 1 and v.split()[pos].lower() == word else v
                for k, v in out.items()
            }
    return out


def _label_form(value: str) -> str:
    """A value as a label compares: case, digits and a plural 's' aside ('1 post' / '12 posts' print one
    label, and so do '46 replies4 threads' / '20 replies0 threads')."""
    folded = _DIGITS_RE.sub("#", value.casefold())
    return folded[:-1] if folded.endswith("s") and len(folded) > 3 else folded


def _name_like(value: str) -> bool:
    words = value.split()
    return 0 < len(words) <= MAX_NAME_WORDS and len(value) <= MAX_NAME_CHARS and not value.endswith(("?", "!", ";"))


def _author_choice(
    slots: dict[tuple[int, str, int], dict[int, str]], total: int
) -> tuple[tuple[int, str, int] | None, dict[int, str], float]:
    """The slot that names each record's author (present in most headers, varied, name-shaped, near the
    anchor): its key (offset from the anchor, line shape, word slot), its names per record and its score.

    A header's first name line (LEAD) is the fallback where no one offset names authors; where one
    does for nearly every record (FIXED_SLOT_SHARE), that offset stands: signature lines above a
    'name / rank / #3 / date' header make the first name line the wrong one there.
    """
    best: tuple[float, dict[int, str], tuple[int, str, int]] | None = None
    fixed_cover = 0.0
    for (offset, _shape, _slot), values in slots.items():
        if len(values) < MIN_RECORDS:
            continue
        clean = _strip_labels(values)
        # a control ('Share', 'Report') at the author's offset in some headers names nobody there
        named = {k: v for k, v in clean.items() if _name_like(v) and chrome_kind(v, in_thread=True) is None}
        if len(named) < MIN_RECORDS:
            continue
        forms = {_label_form(v) for v in named.values()}
        distinct = len(forms) / len(named)
        if _shape == LEAD:
            if len(forms) < 2:
                continue  # header lines that every record prints were skipped already: one value left is a label
        elif distinct < 1 / MIN_RECORDS or len(forms) < MIN_RECORDS:
            continue  # a button or label ('Reply', 'Newbie'), not names
        elif not _shape.endswith(":"):  # profile field labels ('Member since:', 'Location:') name nobody
            # nor do controls ('Share this post') that some records print at that offset
            unchromed = sum(1 for v in named.values() if chrome_kind(v, in_thread=True) is None)
            fixed_cover = max(fixed_cover, unchromed / total)
        score = (len(named) / total) * min(1.0, 2 * distinct) / (1 + 0.05 * abs(offset))
        if _shape == LEAD:
            score *= LEAD_DISCOUNT
        if best is None or score > best[0]:
            best = (score, named, (offset, _shape, _slot))
    if best is not None and best[2][1] == LEAD and fixed_cover >= FIXED_SLOT_SHARE:
        fixed = {key: values for key, values in slots.items() if key[1] != LEAD and not key[1].endswith(":")}
        return _author_choice(fixed, total)
    return (best[2], best[1], best[0]) if best is not None else (None, {}, 0.0)


def _split_headers(lines: list[str], blocks: list[tuple[int, int]], anchors: list[int], author_key: tuple[int, str, int]) -> bool:
    """Whether each header block ends with the next comment's author line and starts with the previous
    comment's trailer (votes, '#1.2 - date'): 'Ann / text / 3 votes / #1 - date / Bob / text / ...'.

    Then a block's label belongs to the comment above it, and the first comment sits above the first block.
    """
    if author_key[1] == LEAD:
        return False  # the name heads each block: nothing of the comment above precedes it
    author_offset = author_key[0]
    ends_with_author = sum(1 for (first, last), a in zip(blocks, anchors) if a + author_offset == last and first < last)
    labels_above = sum(
        1 for (first, last), a in zip(blocks, anchors)
        if (i := _label_line(lines, (first, last))) is not None and i < a + author_offset
    )
    need = SPLIT_HEADER_SHARE * len(blocks)
    return ends_with_author >= need and labels_above >= need


def _split_first(
    lines: list[str], shapes: dict[int, str | None], literal: Counter[str], blocks: list[tuple[int, int]],
    anchors: list[int], author_key: tuple[int, str, int] | None, start: int,
) -> Record | None:
    """The first comment of a split layout (see _split_headers), or None when the layout is not split.

    A leading layout ('#1 - date / Ann / text') looks the same from inside the blocks; only a
    comment above the first block, under an author line shaped like the others, tells them apart.
    """
    if author_key is None or not _split_headers(lines, blocks, anchors, author_key):
        return None
    return _first_split_record(lines, shapes, literal, start, blocks[0][0], author_key[1])


def _first_split_record(
    lines: list[str], shapes: dict[int, str | None], literal: Counter[str], start: int, first_block: int, author_shape: str
) -> Record | None:
    """The comment above the first header block of a split layout: its author line (shaped like the
    other author lines) and the text under it."""
    text: list[int] = []
    for i in range(first_block - 1, max(start, first_block - MAX_TAIL_LINES) - 1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if chrome_kind(line, in_thread=True) is not None or literal[line] >= MIN_LITERAL_REPEATS:
            return None
        if text and shapes.get(i) == author_shape and _name_like(line):
            return Record(header=[i], text=sorted(text), anchor=i, author=clean_author_line(line))
        text.append(i)
    return None


def _label_at(line: str) -> tuple[str, bool] | None:
    """(label, strong) of a numbered label printed alone or first in a line; strong: '#'-marked or dotted."""
    m = re.match(r"^\s*#?(\d{1,4}(?:\.\d{1,4})*)\.?(?:\s|$|\s*[-–—])", line)
    if not m:
        return None
    strong = line.strip().startswith("#") or "." in m.group(1)
    return (m.group(1), strong) if strong or len(line.split()) <= 2 else None


def _label_line(lines: list[str], block: tuple[int, int]) -> int | None:
    """The line of a block's numbered label ('#1.8', '7.'): a '#'-marked or dotted one before a bare
    number, which may be a vote count ('3 votes')."""
    found = [(i, _label_at(lines[i])) for i in range(block[0], block[1] + 1)]
    labelled = [(i, hit) for i, hit in found if hit is not None]
    strong = [i for i, (_, is_strong) in labelled if is_strong]
    return strong[0] if strong else (labelled[0][0] if labelled else None)


def _label(lines: list[str], block: tuple[int, int]) -> str | None:
    """A numbered label printed alone or first in a header line ('#1.8', '7.'), if any."""
    i = _label_line(lines, block)
    hit = _label_at(lines[i]) if i is not None else None
    return hit[0] if hit is not None else None


#: A reply's subject line: 'Re:', 'RE: subject', 'Re[2]: subject', 'Ответ:', 'Antw:', 'Sv:'.
REPLY_SUBJECT_RE = re.compile(r"^\s*(?:re|aw|antw|sv|vs|odp|ответ)(?:\[\d+\]|\^\d+)?\s*:(?:\s|$|(?=[^\W\d_]))", re.IGNORECASE)


def _is_reply_header(lines: list[str], block: tuple[int, int], anchor: int, topic: set[str]) -> bool:
    """A 'Re:' subject in the header (other than the topic's, which every reply to the thread prints),
    or a parent link among the anchor line's controls."""
    return is_parent_link(lines[anchor]) or any(
        REPLY_SUBJECT_RE.match(lines[i]) and lines[i].strip() not in topic for i in range(block[0], block[1] + 1)
    )


def _topic_subjects(lines: list[str], blocks: list[tuple[int, int]]) -> set[str]:
    """'Re:' subject lines that half the headers or more print: the topic's own, answering the thread."""
    seen = Counter(
        subject
        for first, last in blocks
        for subject in {lines[i].strip() for i in range(first, last + 1) if REPLY_SUBJECT_RE.match(lines[i])}
        if REPLY_SUBJECT_RE.sub("", subject).strip()  # a bare 'Re:' marks a reply, whatever it answers
    )
    return {subject for subject, n in seen.items() if n >= TOPIC_SUBJECT_SHARE * len(blocks)}


def control_lines(lines: list[str], records: list[Record], end: int) -> list[list[str]]:
    """Each record's own control lines: its anchor line and the header lines after it, plus its footer.

    A header block also takes in the repeated buttons printed between two
    comments. Those that the last comment also prints under its text are a
    footer ('permalink / parent / reply'): the block's lines up to the last of
    them close the comment above; the rest open the comment below ('Re:').
    """
    before = [[lines[i].strip() for i in r.header if i < r.anchor and lines[i].strip()] for r in records]
    after = [[lines[i].strip() for i in r.header if i >= r.anchor and lines[i].strip()] for r in records]
    last = records[-1].text[-1] + 1 if records and records[-1].text else end
    tail = [lines[i].strip() for i in range(last, min(end, last + MAX_HEADER_REACH)) if lines[i].strip()]
    common = Counter(line for lead in before[1:] for line in set(lead))
    footer = {line for line in tail if common[line] >= MIN_LITERAL_REPEATS}
    own = [list(rest) for rest in after]
    for k, lead in enumerate(before):
        cut = max((n + 1 for n, line in enumerate(lead) if line in footer), default=0)
        if k > 0:
            own[k - 1].extend(lead[:cut])
        own[k] = lead[cut:] + own[k]
    if own:
        own[-1].extend(tail[: max((n + 1 for n, line in enumerate(tail) if line in footer), default=0)])
    return own


def label_parents(records: list[Record]) -> None:
    """'#1.8' answers '#1': a dotted label names its parent's label by dropping the last part; '#2' answers
    none; 'In reply to Bob (#3)' answers '#3', wherever it stands on the page."""
    where = {r.label: k for k, r in enumerate(records) if r.label}
    if any(r.label and "." in r.label for r in records):
        for k, r in enumerate(records):
            if r.label and "." in r.label:
                parent = where.get(r.label.rsplit(".", 1)[0])
                if parent is not None and parent < k:
                    r.parent = parent
            elif r.label:
                r.parent = None  # an undotted label ('#2') among dotted ones is a top-level comment
    for k, r in enumerate(records):
        answered = where.get(r.reply_label) if r.reply_label else None
        if answered is not None and answered < k:
            r.parent = answered


@dataclass
class _Layout:
    """The header layout one anchor shape implies: anchors, header blocks and the author slot."""

    shapes: dict[int, str | None]
    anchors: list[int]
    blocks: list[tuple[int, int]]
    author_key: tuple[int, str, int] | None
    authors: dict[int, str]
    score: float


def _one_per_header(lines: list[str], anchors: list[int]) -> list[int]:
    """Anchors less those that repeat the one just above within the same header: a header that prints its
    date twice ('Sep 9, 2017 / #1 / Sep 9, 2017') has only a marked label between them.

    Dropped only where the pattern is systematic (MIN_RECORDS times): one short reply between two
    headers ('+1', '42') is a comment, not a header line.
    """
    def label_only(i: int) -> bool:
        hit = _label_at(lines[i])
        return not lines[i].strip() or (hit is not None and hit[1])  # a blank or a marked label ('#1', '#2.3')

    repeats = {
        b for a, b in zip(anchors, anchors[1:])
        if b - a - 1 <= MAX_TWIN_GAP and all(label_only(i) for i in range(a + 1, b))
    }
    return [a for a in anchors if a not in repeats] if len(repeats) >= MIN_RECORDS else anchors


def _layout(
    lines: list[str], shapes: dict[int, str | None], anchor_shape: str, anchors: list[int], start: int, end: int
) -> _Layout:
    """Header blocks around the anchors (near-shaped header lines joining them) and the author slot they show."""
    anchors = _one_per_header(lines, anchors)
    blocks = _header_blocks(lines, shapes, anchors, start, end)
    near = _near_anchors(shapes, anchor_shape, blocks, start, end)
    if near:
        anchors = sorted(anchors + near)
        for i in near:
            shapes[i] = anchor_shape  # read as the anchor's shape: its slots line up with the others'
        blocks = _header_blocks(lines, shapes, anchors, start, end)
    slots = _slot_values(lines, blocks, anchors, {i: anchor_shape for i in near})
    author_key, authors, score = _author_choice(slots, len(anchors))
    return _Layout(shapes, anchors, blocks, author_key, authors, score)


def find_records(lines: list[str], start: int, end: int) -> RecordThread | None:
    """Comments of lines[start:end] segmented by repeated header shapes, or None where none repeat."""
    line_shapes = {i: line_shape(lines[i]) for i in range(start, end)}
    # each candidate reads near-shaped lines as its anchor's shape (`_layout`), so each gets its own copy
    layouts = [
        _layout(lines, dict(line_shapes), shape, where, start, end)
        for shape, where in _anchor_candidates(lines, line_shapes, start, end)
    ]
    if not layouts:
        return None
    # of equal scores, the layout that reads more records (its near anchors took in more header variants)
    layout = max(layouts, key=lambda found: (found.score, len(found.anchors)))  # then the first candidate
    if not _dated(lines, layout.anchors):
        # comment headers are dated; a list of linked topics with counts ('Réponses: 2') names sections,
        # and a menu of numbered items ('Gothic 3 - Hilfe') holds no writing between its items
        written = _written_share(lines, layout.anchors, end)
        dated = [
            found for found in layouts
            if _dated(lines, found.anchors) and (
                found.score >= DATED_TIE_SHARE * layout.score
                or _written_share(lines, found.anchors, end) >= written + WRITTEN_MARGIN
            )
        ]
        layout = max(dated, key=lambda found: found.score) if dated else layout
    shapes, anchors, blocks = layout.shapes, layout.anchors, layout.blocks
    author_key, authors = layout.author_key, layout.authors
    kept = _before_teasers(lines, blocks)
    if kept < len(blocks) and 2 * sum(1 for k in authors if k < kept) >= kept and 2 * kept >= len(blocks):
        # a list of related stories or videos after the thread dates its items as the comments are dated;
        # only a thread whose headers name most posters, and no shorter than the list, is cut there (a page
        # of dated stories under section labels is a list from top to bottom)
        anchors, blocks = anchors[:kept], blocks[:kept]
        authors = {k: name for k, name in authors.items() if k < kept}
    if _article_header_first(lines, blocks):
        # the article's dateline has the comments' header shape: the thread starts at the second
        blocks, anchors = blocks[1:], anchors[1:]
        authors = {k - 1: name for k, name in authors.items() if k > 0}
    literal = Counter(lines[i].strip() for i in range(start, end) if lines[i].strip())
    texts: list[list[int]] = []
    for k, (_first, last) in enumerate(blocks):
        stop = blocks[k + 1][0] if k + 1 < len(blocks) else _tail_end(lines, literal, last + 1, end)
        own = [i for i in range(last + 1, stop) if lines[i].strip() and literal[lines[i].strip()] < MIN_LITERAL_REPEATS]
        while len(own) > 1 and (_avatar_initial(lines[own[-1]]) or chrome_kind(lines[own[-1]], in_thread=True) in (SEPARATOR, CHROME)):
            own.pop()  # a like count or 'Show 1 more reply' under the text, or the next avatar's initial
        while len(own) > 1 and (_BARE_NUMBER_RE.match(lines[own[0]]) or is_timestamp(lines[own[0]])):
            # a profile field's value left above the text ('Messages' / '311'), or a date the header
            # printed in another form than its anchor's ('35 minutes ago' where the others say 'Today, 10:05')
            own.pop(0)
        texts.append(own)
    blocks, anchors, texts, authors = _merge_twins(lines, blocks, anchors, texts, authors)
    first = _split_first(lines, shapes, literal, blocks, anchors, author_key, start)
    trailing = first is None and _trailing_layout(lines, blocks, texts, start)
    if trailing:
        # the text above each header is its comment: the first one starts after the thread's own header
        first_text = _trailing_first(lines, literal, start, blocks[0][0])
        texts = [first_text] + texts[:-1]
    if sum(1 for t in texts if t) < MIN_TEXT_SHARE * len(texts):
        return None
    records = []
    topic = _topic_subjects(lines, blocks)
    for k, (block, a) in enumerate(zip(blocks, anchors)):
        name = _full_name(lines[a], authors.get(k))
        header = list(range(block[0], block[1] + 1))
        reply_to, reply_label = _header_reply_target(lines, header)
        records.append(
            Record(header=header, text=texts[k], anchor=a, author=clean_author_line(name) if name else None,
                   label=_label(lines, block), reply=not trailing and _is_reply_header(lines, block, a, topic),
                   reply_to=reply_to, reply_label=reply_label)
        )
    if first is not None:
        # split layout: each block's label closes the comment above it
        labels = [r.label for r in records]
        for k, r in enumerate(records):
            r.label = labels[k + 1] if k + 1 < len(labels) else None
        first.label = labels[0]
        records.insert(0, first)
    thread = RecordThread(
        records=[r for r in records if r.text], start=min(blocks[0][0], records[0].header[0]), end=end,
        signed_below=trailing, dated=_dated(lines, anchors),
    )
    if trailing:
        thread.start = min(records[0].text[0], blocks[0][0]) if records[0].text else blocks[0][0]
    return thread


#: A name followed by whom it answers, on one header line ('lucas_b En réponse à Sophie Marchal').
_REPLY_TAIL_RE = re.compile(rf"^(?P<author>\S.*?)\s+(?:{REPLY_TO_WORDS})\s*:?\s+(?P<target>\S.{{0,40}})$", re.IGNORECASE)
#: What opens a header's 'whom it answers' line: an arrow or the words.
_REPLY_MARK = rf"^\s*(?:→|↪|⤷|↳|{REPLY_TO_WORDS})\s*:?"
#: A header line that says whom the comment answers ('In reply to Ann Roe', '↳ Ann Roe').
_REPLY_LINE_RE = re.compile(_REPLY_MARK + r"\s+(?P<target>\S.{0,40})$", re.IGNORECASE)
#: 'In reply to' alone on its line, the name on the next.
_BARE_REPLY_MARK_RE = re.compile(_REPLY_MARK + r"\s*$", re.IGNORECASE)


def split_reply_tail(name: str | None) -> tuple[str | None, str | None]:
    """(author, answered name) of a header name that ends by saying whom it answers."""
    found = _REPLY_TAIL_RE.match(name) if name else None
    if found is None:
        return name, None
    return found.group("author"), clean_author_line(found.group("target")) or None


def _header_reply_target(lines: list[str], header: list[int]) -> tuple[str | None, str | None]:
    """The answered name a comment's header prints, on a line of its own or after the author's name,
    and the answered comment's number where it follows the name ('In reply to Bob (#3)')."""
    for i in header:
        text = lines[i].strip()
        if _BARE_REPLY_MARK_RE.match(text) and i + 1 in header:
            target = lines[i + 1].strip()
        elif found := (_REPLY_LINE_RE.match(text) or (_REPLY_TAIL_RE.match(text) if len(text) <= MAX_HEADER_CHARS else None)):
            target = found.group("target")
        else:
            continue
        name, label = split_label_ref(target)
        return clean_author_line(name) or None, label
    return None, None


#: A number and one word ('1 reply', '3 Antworten'): a count, where the chrome rules call it a control.
_NUMBER_WORD_RE = re.compile(r"\d+\s+[^\W\d_]+")
#: A profile field's label opening a header line ('Registrado: 24 ago 2015'): the slot keeps its words.
_FIELD_LABEL_RE = re.compile(r"^[^\W\d_][^\d:]{0,30}:")
_BARE_NUMBER_RE = re.compile(r"^\s*[+-]?\d[\d.,\s]*$")


def _avatar_initial(line: str) -> bool:
    """A lone capital letter: the initial an avatar without a picture shows ('B' over 'bob_k')."""
    text = line.strip()
    return len(text) == 1 and text.isupper()


def _merge_twins(
    lines: list[str], blocks: list[tuple[int, int]], anchors: list[int], texts: list[list[int]], authors: dict[int, str]
) -> tuple[list[tuple[int, int]], list[int], list[list[int]], dict[int, str]]:
    """One header that prints its date twice, far apart ('Ann / May 2, 2024 / Ann / Members / Posted /
    May 2, 2024'), or a member's join date and then the post's ('May 14, 2014' ... 'Jun 3, 2019'), reads as
    a record without writing before each real one: where many records are so and print the next one's
    date or an earlier one, each joins the record after it."""
    def twin(k: int) -> bool:  # textless, and the next record prints the same date or a later one
        return not _writes(texts[k]) and k + 1 < len(blocks) and _writes(texts[k + 1]) and (
            lines[anchors[k]].strip() == lines[anchors[k + 1]].strip() or _earlier(anchors[k], anchors[k + 1])
        )

    def _writes(own: list[int]) -> bool:
        return any(reads_as_text(lines[i]) for i in own)

    def _earlier(a: int, b: int) -> bool:
        """A profile's join date ('May 14, 2014') above the post's own ('Jun 3, 2019'): same shape, earlier day."""
        first, second = printed_moment(lines[a]), printed_moment(lines[b])
        return first is not None and second is not None and first[0] > 0 and first[:3] < second[:3]

    if sum(1 for k in range(len(texts)) if twin(k)) < TWIN_EMPTY_SHARE * len(texts):
        return blocks, anchors, texts, authors
    kept_blocks: list[tuple[int, int]] = []
    kept_anchors: list[int] = []
    kept_texts: list[list[int]] = []
    kept_authors: dict[int, str] = {}
    k = 0
    while k < len(blocks):
        last = k + 1 if twin(k) else k
        name = authors.get(k) or authors.get(last)
        if name:
            kept_authors[len(kept_blocks)] = name
        kept_blocks.append((blocks[k][0], blocks[last][1]))
        kept_anchors.append(anchors[last])
        kept_texts.append(texts[last])
        k = last + 1
    return kept_blocks, kept_anchors, kept_texts, kept_authors


def _count_label(line: str) -> bool:
    """A count of comments or replies ('1 replies', '3 Antworten') shares the shape of an age ('7 hours
    ago') but heads nothing: it closes the comment above. A control row with an age ('Like · Reply · 3y')
    still dates its comment."""
    kind = chrome_kind(line, in_thread=True)
    return kind == THREAD or (kind == SEPARATOR and bool(_NUMBER_WORD_RE.fullmatch(line.strip())) and age_seconds(line) is None)


def _bare_date(lines: list[str], i: int) -> bool:
    """A short numeric line that prints a date ('16.03.2020 13:10', not a score '12 34'), and not as
    the value of a labelled field ('Member since:' / '03.02.15')."""
    return printed_moment(lines[i]) is not None and not (i > 0 and lines[i - 1].rstrip().endswith(":"))


def _written_share(lines: list[str], anchors: list[int], end: int) -> float:
    """Share of anchors followed by a line of writing before the next anchor (or within MAX_TAIL_LINES
    after the last): a thread's posts hold writing, a menu's numbered items do not."""
    bounds = [*anchors[1:], min(end, anchors[-1] + MAX_TAIL_LINES)] if anchors else []
    written = sum(any(reads_as_text(lines[i]) for i in range(a + 1, b)) for a, b in zip(anchors, bounds))
    return written / len(anchors) if anchors else 0.0


def _dated(lines: list[str], anchors: list[int]) -> bool:
    """Most anchor lines print a date or an age ('2 days ago at 07:52 am'), or number a post under its date."""

    def moment(i: int) -> bool:
        return printed_moment(lines[i]) is not None or age_seconds(lines[i]) is not None

    def numbered(i: int) -> bool:  # a post number under its date or time ('Freitag um 09:07 Uhr' / '#4')
        return i > 0 and is_post_number(lines[i]) and (moment(i - 1) or bool(_CLOCK.search(lines[i - 1])))

    return sum(moment(a) or numbered(a) for a in anchors) >= DATED_ANCHOR_SHARE * len(anchors)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def _article_header_first(lines: list[str], blocks: list[tuple[int, int]]) -> bool:
    """A comment-section heading ('Comments (5)') stands between the first two header blocks and
    between no later two: the first block is the article's own dateline ('Published on 8 May 2024')."""

    def heading(k: int) -> bool:
        return any(chrome_kind(lines[i]) == THREAD for i in range(blocks[k][1] + 1, blocks[k + 1][0]))

    first_is_heading = any(chrome_kind(lines[i]) == THREAD for i in range(blocks[0][0], blocks[0][1] + 1))
    return (
        len(blocks) > MIN_RECORDS and not first_is_heading and heading(0)
        and not any(heading(k) for k in range(1, len(blocks) - 1))
    )


def _full_name(anchor: str, slot: str | None) -> str | None:
    """The slot's name, extended where the header reads as 'name, date' with more before the date.

    A slot holds the word tokens at the author's place; a display name with a
    number ('Yves Leclercq 214, le 15 mai 2019') keeps its number this way.
    """
    whole = name_before_date(anchor) if slot else None
    if slot and whole and without_byline(slot) == whole:
        return whole  # a slot that also took the byline word ('von Ann' of 'Beitrag von Ann » 3 Mai')
    if not (slot and whole and whole.startswith(slot) and len(whole.split()) <= MAX_NAME_WORDS):
        return slot
    # a date the name reader did not take for one ('Ann Roe 11.06.12 at 11:06') is no part of the name
    return slot if printed_moment(whole[len(slot):]) is not None else whole


def _trailing_first(lines: list[str], literal: Counter[str], start: int, first_block: int) -> list[int]:
    """Text of the first comment in a trailing layout: the lines above the first header, after chrome."""
    out: list[int] = []
    i = first_block - 1
    while i >= start:
        text = lines[i].strip()
        if text and (chrome_kind(text, in_thread=True) is not None or literal[text] >= MIN_LITERAL_REPEATS):
            break
        if text:
            out.append(i)
        i -= 1
        if len(out) >= MAX_TAIL_LINES:
            break
    return sorted(out)


__all__ = ["Record", "RecordThread", "find_records", "control_lines", "label_parents", "line_shape", "line_tokens"]
