"""Segment a plain-text comment thread into comments with authors and parents.

Scraped threads keep the comment system's layout as blank-line structure:

    Name                 <- display name line (may be missing)
                         <- one blank line
    first paragraph      <- the comment, one paragraph per line,
                         <- paragraphs separated by one blank line
    second paragraph
                         <- a missing name leaves an empty slot, so two or
                         <- more blank lines start a new, anonymous comment
    next comment ...

Systems that print no blank lines (Disqus, Facebook) print controls instead:
'Reply · Share ›' or 'Like · Reply · 3y' closes a comment, '5 years ago' dates
it. Both layouts reduce to one rule set: a new comment starts after a name line,
after two or more blank lines, or after a separator line; otherwise a text line
continues the current comment.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from slant.extract.dates import parse_date_line
from slant.extract.names import clean_author_line
from slant.extract.text.badges import badged_lines
from slant.extract.text.boilerplate import SEPARATOR, THREAD, TIMESTAMP, is_timestamp
from slant.extract.text.counts import in_subtree, spans_from_heads, subtree_parents
from slant.extract.text.names import (
    AUTHOR_THRESHOLD,
    COMMON_WORDS,
    QUOTE_HEAD_RE,
    WROTE_VERBS,
    has_says,
    name_before_date,
    name_score,
    name_shaped,
    quoted_name,
    without_avatar_initials,
)
from slant.extract.text.templates import repeated_chrome, tailed_authors
from slant.extract.text.tree import control_hints, dated_lead, newest_first, place

#: Name score given to a name-shaped line that recurs in the thread.
REPEATED_NAME_SCORE = 0.9
#: Name score sure enough to open a comment with no text line under it (end of the region).
SURE_NAME_SCORE = 1.0
#: Signed lines (author under the comment) a thread needs before it reads as signed-below.
MIN_TRAILERS = 2
#: Blank lines per content line up to which a region counts as single-spaced (`is_dense`).
DENSE_BLANK_SHARE = 0.05
#: Commenters who must post more than once before a bare single-spaced region reads as name/text pairs.
MIN_DENSE_REPEATERS = 2
#: Dates and separators per name line above which a single-spaced region is read by its controls instead.
MAX_DENSE_CONTROLS = 0.25
#: How many earlier comments a reply may reach back to (bounds work on huge threads).
PARENT_LOOKBACK = 200


@dataclass
class RawComment:
    """A comment as line indices (0-based, inclusive) into the page."""

    lines: list[int]
    author: str | None = None
    parent: int | None = None  # index into the comment list
    author_line: int | None = None
    published: str | None = None  # ISO date from a dated timestamp line, if any
    level: int | None = None  # nesting depth where the page prints it ('level 2')
    reply_to: str | None = None  # replied-to name printed in the comment's header ('→ Mira')

    @property
    def first(self) -> int:
        return self.lines[0]

    @property
    def last(self) -> int:
        return self.lines[-1]


@dataclass
class Thread:
    """Result of segmenting a region: per-line kinds and the comments found."""

    kinds: dict[int, str] = field(default_factory=dict)
    comments: list[RawComment] = field(default_factory=list)


def _next_content(lines: list[str], chrome: list[str | None], i: int, end: int) -> tuple[int | None, bool]:
    """Index of the next non-blank, non-chrome line after i, and whether a timestamp lies between."""
    stamp = False
    j = i + 1
    while j < end:
        if lines[j].strip():
            if chrome[j] is None:
                return j, stamp
            if chrome[j] == TIMESTAMP:
                stamp = True
        j += 1
    return None, stamp


def _dated_name(lines: list[str], chrome: list[str | None], i: int, end: int) -> bool:
    """A short, unpunctuated line directly above a timestamp line is a name ('ex-pat in Lisbon')."""
    text = lines[i].strip()
    if len(text) > 50 or len(text.split()) > 6 or text.endswith(("?", "!", ",", ";", ":")):
        return False
    if text.endswith(".") and not re.search(r"(?:^|\s)[^\W\d_]\.$", text):  # 'Priya N.' is a name
        return False
    j = i + 1
    while j < end and not lines[j].strip():
        j += 1
    return j < end and chrome[j] == TIMESTAMP and j - i <= 2


def _short_comment_above_name(
    lines: list[str], chrome: list[str | None], i: int, nxt: int, end: int, score: float
) -> bool:
    """A name-like line right above a name that heads its own text is a short comment.

    'Bravo Team' / blank / 'Jon Pike' / blank / text: the second line is the
    name of the next comment, so the first cannot be a name with 'Jon Pike'
    as its text. Two or more blank lines between them mean the first name's
    text is missing instead.
    """
    if sum(1 for k in range(i + 1, nxt) if not lines[k].strip()) >= 2:
        return False
    if name_score(lines[nxt]) < max(score, AUTHOR_THRESHOLD):
        return False
    after, _ = _next_content(lines, chrome, nxt, end)
    return after is not None and name_score(lines[after]) < AUTHOR_THRESHOLD


_POSTED_BY_RE = re.compile(
    r"^(?:posted|written|submitted|sent|comment(?:ed)?|added)\s+by\s*:?\s*(?P<name>[^|•·]{2,40}?)"
    r"(?:\s*(?:[|•·]|\s[-–—]\s|,?\s+(?:on|at)\s+\S).*)?$",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(r"^(?:[—–~]|--?)\s*(?P<name>[^,|•·]{2,40}?)(?:\s*[,|•·]\s*(?P<rest>.{1,50}))?$")
_PLACE_RE = re.compile(r"^(?P<name>[^,]{2,40}),\s*(?P<rest>[^,.!?]{2,40})$")


def _trailer_name(line: str, loose: bool) -> str | None:
    """The display name of a signature line printed under a comment, or None.

    'Posted by: Jim Roe | March 3, 2024 at 07:14 PM' (TypePad, many blogs) and
    '— Jim Roe, Springfield' (letters pages) close a comment instead of
    opening one. With `loose`, a bare 'Jim Roe, Springfield' line counts too:
    only once the thread shows the signed-below layout by other lines.
    """
    text = line.strip()
    if len(text) > 90:
        return None
    for regex in (_POSTED_BY_RE, _SIGNATURE_RE) + ((_PLACE_RE,) if loose else ()):
        m = regex.match(text)
        if not m:
            continue
        name = m.group("name").strip(" :-–—")
        dated = name_before_date(text)
        if dated and name.startswith(dated):
            name = dated  # 'Ann Roe on February 12, 2010 11:32 PM': the name without its date
        rest = m.groupdict().get("rest")
        if name_score(name) < AUTHOR_THRESHOLD:
            continue
        if rest and regex is not _POSTED_BY_RE and not (
            parse_date_line(rest) or name_score(rest) >= AUTHOR_THRESHOLD or is_timestamp(rest)
        ):
            continue  # '— a view, not a signature'
        return name
    return None


def _follows_text(lines: list[str], chrome: list[str | None], start: int, i: int) -> bool:
    """Whether the nearest non-blank line above line i (within the region) is text, not chrome."""
    j = i - 1
    while j >= start and not lines[j].strip():
        j -= 1
    return j >= start and chrome[j] is None


def trailing_authors(lines: list[str], chrome: list[str | None], start: int, end: int) -> dict[int, str]:
    """Signature lines standing under their comments, when the thread is laid out that way.

    Each must follow a line of text (the comment it signs); a thread needs
    MIN_TRAILERS of them. Bare 'Name, Place' lines join only where dashed or
    'Posted by' signatures, or several bare ones of the same shape, show the layout.
    """
    def collect(loose: bool) -> dict[int, str]:
        found: dict[int, str] = {}
        for i in range(start, end):
            if not lines[i].strip():
                continue
            name = _trailer_name(lines[i], loose)
            if name is None:
                continue
            j = i - 1
            while j >= start and not lines[j].strip():
                j -= 1
            if j >= start and chrome[j] is None and j not in found:
                found[i] = name
        return found

    first = next((i for i in range(start, end) if lines[i].strip() and _trailer_name(lines[i], True)), None)
    if first is not None and not _follows_text(lines, chrome, start, first):
        return {}  # the first signature-shaped line heads the thread: a header layout ('Par Ann, le 3 mai')
    strict = collect(False)
    loose = collect(True)
    if len(strict) >= MIN_TRAILERS or (strict and len(loose) >= MIN_TRAILERS + 1):
        return loose
    if len(loose) >= MIN_TRAILERS + 1:
        return loose
    return {}


#: 'In reply to' per language: the replied-to name follows it in a comment's header.
REPLY_MARKS: dict[str, str] = {
    "en": r"(?:in )?reply(?:ing)? to|replied to|in response to|re",
    "de": r"antwort auf|als antwort auf|antwort an|antwortet auf",
    "fr": r"en réponse à|réponse à",
    "es": r"en respuesta a|respuesta a",
    "it": r"in risposta a|risposta a",
    "pt": r"em resposta a|resposta a",
    "ru": r"в ответ на|ответ на|ответ для",
    "pl": r"w odpowiedzi na|odpowiedź na|odpowiedź dla",
}
#: The same without 'Re', which opens a subject line rather than a replied-to name.
REPLY_TO_WORDS = "|".join(w for marks in REPLY_MARKS.values() for w in marks.split("|") if w != "re")
_REPLY_MARK_RE = re.compile(
    r"^\s*(?:→|↪|➥|➜|►|▶|⤷|↳|»|@|" + "|".join(REPLY_MARKS.values()) + r")\s*:?\s*(?P<name>\S.{0,40})$",
    re.IGNORECASE,
)


#: The answered comment's number after its author's name ('In reply to Ann Roe (#1)').
_LABEL_REF_RE = re.compile(r"\s*\(?#(?P<label>\d+(?:\.\d+)*)\)?\s*$")


def split_label_ref(target: str) -> tuple[str, str | None]:
    """(name, number) of a replied-to name that ends with the answered comment's number ('Ann Roe (#1)')."""
    found = _LABEL_REF_RE.search(target)
    if found is None or not target[: found.start()].strip():
        return target, None
    return target[: found.start()].strip(), found.group("label")


def _reply_target(line: str, known: set[str], marked_only: bool = False) -> str | None:
    """The replied-to name a comment header prints under its author ('→ Mira', 'Reply to Mira', 'Mira').

    Marked names need only a name's shape; a bare name must be one of the
    thread's earlier authors (`known`) and stand right under the author line
    (not `marked_only`), since a bare name under a name is otherwise the next
    comment's author or a short comment.
    """
    text = line.strip()
    mark = _REPLY_MARK_RE.match(text)
    if mark:
        name = clean_author_line(split_label_ref(mark.group("name"))[0]).strip()
        if name_score(name) >= AUTHOR_THRESHOLD or name in known:
            return name
        if _SUBJECT_BY_RE.match(name):
            return name  # 'In reply to <subject> by <name>' (Drupal): resolved in `link_parents`
        return None
    if marked_only:  # after a blank line a bare known name opens its own comment
        return None
    name = clean_author_line(text)
    return name if name in known else None


#: 'In reply to <subject> by <name>': the replied-to comment's subject line and author.
_SUBJECT_BY_RE = re.compile(r"^(?P<subject>\S.{0,60}?)\s+(?:by|von|par|por|da|от|przez)\s+(?P<name>\S.{0,40})$", re.IGNORECASE)


def _replied_comment(comments: list[RawComment], texts: list[str], idx: int, target: str) -> int | None:
    """The latest earlier comment that `target` names: by its author, or by subject line and author."""
    for j in range(idx - 1, -1, -1):
        if comments[j].author == target:
            return j
    by = _SUBJECT_BY_RE.match(target)
    if by is None:
        return None
    subject, name = by.group("subject").strip().lower(), by.group("name").strip()
    for j in range(idx - 1, -1, -1):
        if comments[j].author == name or texts[j].strip().lower().startswith(subject):
            return j
    return None


def _directly_below(lines: list[str], i: int, nxt: int) -> bool:
    return all(lines[k].strip() for k in range(i + 1, nxt + 1))


@dataclass
class _ThreadState:
    """One top-to-bottom pass over a thread region: the page, and what earlier lines left open.

    Segmentation is a reading order, not a parse: whether a line is a name or
    text depends on the blank lines, controls and names just above it. Those
    are the mutable fields here; each `_take_*` step reads one line and updates them.
    """

    lines: list[str]
    chrome: list[str | None]  # chrome kinds, with the thread's own repeated chrome added
    end: int
    tailed: dict[int, str]  # author lines found by a shared tail ('Ann • 5 years ago')
    trailers: dict[int, str]  # signatures under their comments (signed-below layout)
    repeats: Counter[str]  # occurrences of each line in the region (repeat commenters)
    thread: Thread = field(default_factory=Thread)
    current: RawComment | None = None  # the comment that a text line may continue
    pending_author: tuple[int, str] | None = None  # author line waiting for its text
    gap: int = 2  # blank lines since the last content line; the region start opens a slot
    separated: bool = True  # a separator (or thread header) since the last content line
    prev_kind: str | None = None  # 'author', 'text' or 'trailer': the last content line
    stamp: str | None = None  # date of the timestamp line under the last author line
    level: int | None = None  # 'level N' line seen since the last comment started
    known: set[str] = field(default_factory=set)  # authors seen so far, for bare replied-to names
    reply_to: str | None = None  # replied-to name under the pending author line
    dense: bool = False  # the region prints no blank lines: a name line needs no empty slot above it
    badged: dict[int, str] = field(default_factory=dict)  # author lines with a glued badge -> bare name

    @property
    def slot_open(self) -> bool:
        """A new comment may start here: after a separator, an empty name slot or at the top."""
        return self.separated or self.gap >= 2 or self.prev_kind is None


def segment_thread(
    lines: list[str], chrome: list[str | None], start: int, end: int, link: bool = True
) -> Thread:
    """Label lines[start:end] as comment_author / comment_text / boilerplate / blank.

    With `link`, also set each comment's parent (`link_parents`).
    """
    state = _prepare_thread(lines, chrome, start, end)
    for i in range(start, end):
        _read_line(state, i)
    if link:
        comments = state.thread.comments
        for comment, name in zip(comments, without_avatar_initials([c.author for c in comments])):
            comment.author = name
        if newest_first(control_hints(_dated_controls(lines, comments))):
            # a flat list sorted newest first: replies stand above whom they answer, so the thread
            # is read bottom up, oldest first, and each parent maps back to its place on the page
            up = comments[::-1]
            link_parents(lines, up)
            dated_parents(lines, up)
            for comment in comments:
                comment.parent = len(comments) - 1 - comment.parent if comment.parent is not None else None
        else:
            link_parents(lines, comments)
            counted_parents(lines, comments, end)
            dated_parents(lines, comments)
    return state.thread


def _dated_controls(lines: list[str], comments: list[RawComment]) -> list[list[str]]:
    """Each comment's author line and a dated first line: where a thread read by blank lines prints its times."""
    return [
        ([lines[c.author_line].strip()] if c.author_line is not None else [])
        + ([lines[c.first].strip()] if dated_lead(lines[c.first]) else [])
        for c in comments
    ]


def dated_parents(lines: list[str], comments: list[RawComment]) -> None:
    """Drop parents the dates rule out, and place replies that parent links mark (`tree.place`).

    A reply is never older than its parent: a comment dated before the one its
    words seem to answer ('April 12, 07:31' under 'April 12, 09:45') answers something else.
    """
    controls = _dated_controls(lines, comments)
    for comment, parent in zip(comments, place([c.parent for c in comments], control_hints(controls))):
        comment.parent = parent


def counted_parents(lines: list[str], comments: list[RawComment], end: int) -> None:
    """Where the thread prints each comment's reply count, the counts place every reply (`counts`).

    A printed nesting level ('level 2') is surer than counts, which also count
    replies hidden behind 'more replies' links: where levels are printed, they stand.
    """
    if any(c.level is not None for c in comments):
        return
    heads = [c.author_line if c.author_line is not None else c.first for c in comments]
    parents = subtree_parents(lines, spans_from_heads(heads, end))
    if parents is not None:
        for comment, parent in zip(comments, parents):
            comment.parent = comment.parent if in_subtree(parents, parent, comment.parent) else parent


def _prepare_thread(lines: list[str], chrome: list[str | None], start: int, end: int) -> _ThreadState:
    """Find the thread's own layout first: repeated chrome, tailed author lines, signatures.

    These are page-level signals (repetition), so they must be known before the
    line-by-line pass; tailed authors are found again once repeated chrome is marked.
    """
    dense = is_dense(lines, chrome, start, end)  # before repeated lines (code, quotes) count as controls
    chrome = list(chrome)
    tailed = tailed_authors(lines, chrome, start, end)
    for i, kind in repeated_chrome(lines, chrome, start, end, frozenset(tailed)).items():
        chrome[i] = kind
    return _ThreadState(
        lines=lines,
        chrome=chrome,
        end=end,
        tailed=tailed_authors(lines, chrome, start, end),
        trailers=trailing_authors(lines, chrome, start, end),
        repeats=Counter(lines[i].strip() for i in range(start, end) if lines[i].strip()),
        dense=dense,
        badged=badged_lines(lines, start, end),
    )


def is_dense(lines: list[str], chrome: list[str | None], start: int, end: int) -> bool:
    """Whether lines[start:end] is single-spaced and bare: no blank lines, (nearly) no dates or controls.

    Such a scrape keeps neither empty name slots nor a comment system's
    controls ('Reply', '5 years ago'), so a name line directly under the
    previous comment's text is the only sign that a new comment starts.
    """
    content = sum(1 for i in range(start, end) if lines[i].strip())
    if content == 0 or (end - start - content) > DENSE_BLANK_SHARE * content:
        return False
    names = Counter(
        lines[i].strip() for i in range(start, end - 1)
        if lines[i + 1].strip() and chrome[i] is None and chrome[i + 1] is None
        and name_score(lines[i]) >= AUTHOR_THRESHOLD and name_score(lines[i + 1]) < AUTHOR_THRESHOLD
    )
    controls = sum(1 for i in range(start, end) if chrome[i] in (TIMESTAMP, SEPARATOR))
    if controls > MAX_DENSE_CONTROLS * sum(names.values()):
        return False  # the system prints its controls: they separate the comments
    # Article subheadings also stand above text; commenters come back: several names recur.
    return sum(1 for count in names.values() if count > 1) >= MIN_DENSE_REPEATERS


def _read_line(state: _ThreadState, i: int) -> None:
    """Label line i by the first step that claims it; a name or text line closes the gap."""
    if not state.lines[i].strip():
        state.thread.kinds[i] = "blank"
        state.gap += 1
        return
    if _take_reply_target(state, i) or _take_trailer(state, i) or _take_chrome(state, i):
        return
    if _is_author_line(state, i):
        _take_author(state, i)
    else:
        _take_text(state, i)
    state.gap = 0
    state.separated = False


def _take_reply_target(state: _ThreadState, i: int) -> bool:
    """The replied-to name printed right under an author line ('→ Mira') belongs to the header."""
    if (
        state.trailers or state.prev_kind != "author" or state.pending_author is None
        or state.reply_to is not None or state.gap > 1
    ):
        return False
    if has_says(state.lines[i]):
        return False  # 'Ann wrote:' opens the next comment; it names no replied-to commenter
    known = state.known - {state.pending_author[1]}
    target = _reply_target(state.lines[i], known, marked_only=state.gap > 0)
    if target is None and state.pending_author[0] in state.badged and state.gap == 0 and i not in state.badged:
        # under a badged author line ('annLeader'), a bare name is whom it answers, known or not
        bare = clean_author_line(state.lines[i])
        target = bare if name_score(bare) >= AUTHOR_THRESHOLD and bare != state.pending_author[1] else None
    if not target:
        return False
    state.thread.kinds[i] = "boilerplate"  # the header's replied-to name, not a new author
    state.reply_to = target
    return True


def _take_trailer(state: _ThreadState, i: int) -> bool:
    """A signature under its comment names that comment's author and closes it."""
    if i not in state.trailers:
        return False
    state.thread.kinds[i] = "comment_author"
    current = state.current
    if current is not None and current.author is None:
        current.author = state.trailers[i]
        current.author_line = i
        current.published = parse_date_line(state.lines[i].split("|")[-1]) or current.published
    state.current = None
    state.pending_author = None
    state.prev_kind = "trailer"
    state.gap = 0
    state.separated = True
    return True


def _take_chrome(state: _ThreadState, i: int) -> bool:
    """Chrome is boilerplate, but separators close a comment and timestamps date the pending one."""
    kind = state.chrome[i]
    if kind is None:
        return False
    line = state.lines[i]
    state.thread.kinds[i] = "boilerplate"
    if kind in (SEPARATOR, THREAD):
        state.separated = True
    elif kind == TIMESTAMP and state.prev_kind == "author":
        state.stamp = parse_date_line(line) or state.stamp
    depth = printed_level(line)
    if depth is not None:
        state.level = depth
    return True


def _is_author_line(state: _ThreadState, i: int) -> bool:
    """Whether line i is a name that opens a comment, judged by its shape and its slot."""
    if state.trailers:
        return False  # signed below: lines above a signature are its comment, not name slots
    lines, chrome, end = state.lines, state.chrome, state.end
    line = lines[i]
    nxt, stamp_after = _next_content(lines, chrome, i, end)
    score = name_score(line)
    if score < REPEATED_NAME_SCORE and state.repeats[line.strip()] > 1 and name_shaped(line):
        score = REPEATED_NAME_SCORE  # a commenter who posted more than once
    says = (
        has_says(line) or i in state.tailed or i in state.badged or (stamp_after and _dated_name(lines, chrome, i, end))
    )
    if not (says or (score >= AUTHOR_THRESHOLD and (nxt is not None or score >= SURE_NAME_SCORE))):
        return False
    if not says and nxt is not None and has_says(lines[nxt]):
        return False  # the 'Ann wrote:' line below is the author line; this one is chrome ('Report this')
    if state.prev_kind == "author" and state.pending_author is not None:
        # A name right under another name: only where the first one's text is missing.
        is_author = state.gap >= 2 or state.separated
    else:
        # a name dated by the next line opens a comment even with no blank line above
        # a header that names and dates its post on one line ('Re: Topic by Ann: 9:00am On Apr 24') needs no slot
        is_author = (
            state.slot_open or state.gap >= 1 or bool(stamp_after and says) or _dense_name(state, i, nxt)
            or name_before_date(line) is not None
        )
    if is_author and nxt is not None and not (stamp_after or says):
        is_author = not _short_comment_above_name(lines, chrome, i, nxt, end, score) or (
            _directly_below(lines, i, nxt)
            and _reply_target(lines[nxt], state.known - {clean_author_line(line)}) is not None
        )
    return is_author


def _dense_name(state: _ThreadState, i: int, nxt: int | None) -> bool:
    """In a single-spaced region, a name line directly above a line of text opens a comment.

    'Ann / Nice read. / Bob / Thanks for this.': with no blank lines and no
    controls, the alternation of a name line and text is what separates comments.
    """
    return (
        state.dense and nxt == i + 1 and state.prev_kind == "text"
        and name_score(state.lines[nxt]) < AUTHOR_THRESHOLD and not has_says(state.lines[nxt])
    )


def _take_author(state: _ThreadState, i: int) -> None:
    """An author line: its name waits for the text below it."""
    state.stamp = None
    state.thread.kinds[i] = "comment_author"
    line = state.lines[i]
    state.pending_author = (
        i, state.tailed.get(i) or state.badged.get(i) or name_before_date(line) or clean_author_line(line)
    )
    state.stamp = _header_date(line, state.pending_author[1]) or state.stamp
    state.known.add(state.pending_author[1])
    state.reply_to = None
    state.current = None
    state.prev_kind = "author"


def _header_date(line: str, name: str) -> str | None:
    """The date a comment header prints after the name ('Ann | Mo, 14. März 2016 - 08:12')."""
    at = line.find(name)
    if not name or at < 0 or not has_says(line):
        return None
    return parse_date_line(line[at + len(name) :].strip(" ,|•·-–—"))


def _take_text(state: _ThreadState, i: int) -> None:
    """A text line opens a comment (under a name, or in an open slot) or continues the current one."""
    state.thread.kinds[i] = "comment_text"
    if state.pending_author is not None and state.prev_kind == "author":
        line_no, name = state.pending_author
        comment = RawComment(
            [i], author=name, author_line=line_no, published=state.stamp, level=state.level,
            reply_to=state.reply_to,
        )
        state.reply_to = None
        _start_comment(state, comment)
    elif state.current is None or state.slot_open:
        _start_comment(state, RawComment([i], level=state.level))
    else:
        state.current.lines.append(i)
    state.prev_kind = "text"


def _start_comment(state: _ThreadState, comment: RawComment) -> None:
    """Make `comment` the current one; the pending name and level now belong to it."""
    state.current = comment
    state.thread.comments.append(comment)
    state.pending_author = None
    state.level = None


# --- who answers whom -------------------------------------------------------

_GREETINGS = frozenset(
    "hi hello hey dear greetings thanks thank you well sorry yes no ok okay look listen mr mrs ms".split()
)
_TOKEN_RE = re.compile(r"@?[^\W_][\w'’.-]*|[,:;.!?]")
_VOCATIVE_RE = re.compile(r",\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})\s*[.!?]+(?:\s|$)")
_LEVEL_RE = re.compile(r"^level (\d{1,2})$", re.IGNORECASE)


def printed_level(line: str) -> int | None:
    """The nesting depth a line prints on its own ('level 2'), if it is one."""
    depth = _LEVEL_RE.match(line.strip())
    return int(depth.group(1)) if depth else None


#: Lines of a comment that quote an earlier one: '> text' or the lines under 'Name wrote:'.
_QUOTE_MARK_RE = re.compile(r"^\s*(?:>|&gt;)(?:\s?(?:>|&gt;))?(?!\s?(?:>|&gt;))\s?(.+)$")  # '>>>' is a prompt
_WROTE_RE = re.compile(r"^\s*\S.{0,60}?\s" + WROTE_VERBS + r"\s*:\s*$", re.IGNORECASE)
#: Shortest quoted text (characters) that may identify the comment it comes from.
MIN_QUOTE_CHARS = 12
#: Characters at the end of a glued quote line that must be found in the quoted comment.
QUOTE_TAIL_CHARS = 24


def _compact(text: str) -> str:
    """Letters and digits only, lower-cased: a quote compared with its source across renderers' spacing."""
    return re.sub(r"\W+", "", text).lower()


def strip_quoted_openings(
    texts: list[str], authors: list[str | None], leads: list[str] | None = None
) -> list[tuple[str, int | None]]:
    """Each comment's text without a quote of an earlier comment it opens with, and that comment's index.

    Forums print the quoted post above the reply ('Ann wrote:' and Ann's words); scraped, the quote
    reads as the reply's own opening. The quote is the header and the lines (or, glued to the header,
    the words) that an earlier comment of the quoted name holds; a comment that is only a quote keeps its text.
    `leads`: the line above each comment's text, where a reader put the quote's header ('Zitat von Ann')
    in the comment's header.
    """
    out: list[tuple[str, int | None]] = []
    compact = [_compact(t) for t in texts]
    for idx, text in enumerate(texts):
        lines = text.split("\n")
        head = QUOTE_HEAD_RE.match(lines[0]) if lines else None
        lead_line = leads[idx] if leads else ""
        lead = QUOTE_HEAD_RE.match(lead_line) if not head else None
        glued = _glued_words(head) if head else ""
        if lead is not None and not lead.group("rest") and _quoted_name(lead) in _earlier_names(authors, idx):
            lines = [lead_line, *lines]  # the header above names an earlier commenter: the quoted lines follow
            head, glued = lead, ""  # whatever follows its name there is the quote's date
        if head is not None and authors[idx] and _quoted_name(head) == _name_key(authors[idx]):
            head = None  # 'Ann wrote:' over Ann's own comment is its author line, not a quote
        source = _quoted_source(_quoted_name(head), glued, idx, authors, compact, lines, bool(head.group("name2"))) if head else None
        if source is None:
            out.append((text, None))
            continue
        j, cut = source
        own = "\n".join(lines[cut:]).strip()
        out.append((own, j) if own else (text, None))
    return out


def _name_key(name: str | None) -> str:
    return (name or "").strip().lstrip("@").lower()


def _quoted_name(head: re.Match[str]) -> str:
    """The commenter a quote header names, as `_name_key` spells it."""
    return _name_key(quoted_name(head))


def _earlier_names(authors: list[str | None], idx: int) -> set[str]:
    return {_name_key(a) for a in authors[:idx] if a}


def _glued_words(head: re.Match[str]) -> str:
    """What follows a quote header on its line (a date, then the quoted words), letters and digits only."""
    return _compact(head.group("rest") or head.group("rest2") or "")


def _quoted_source(
    key: str, glued: str, idx: int, authors: list[str | None], compact: list[str], lines: list[str], by_word: bool
) -> tuple[int, int] | None:
    """(index of the quoted comment, first line of the reply's own words), or None where no earlier
    comment holds the quoted words. `key`: the quoted name; `glued`: `_glued_words` of the header;
    `by_word`: the header opens a quote by a quote word ('Zitat von Ann'), not a verb."""
    named = [j for j in range(idx - 1, -1, -1) if key and _name_key(authors[j]) == key]
    for j in named or range(idx - 1, -1, -1):
        target = compact[j]
        # the glued rest is a date, then the quoted words: its last characters are the quoted comment's
        if len(target) < MIN_QUOTE_CHARS or (glued and glued[-QUOTE_TAIL_CHARS:] not in target):
            continue
        cut = 1
        while cut < len(lines) - 1 and lines[cut].strip() and _compact(lines[cut]) in target:
            cut += 1  # further quoted lines, up to the reply's own
        if not glued and cut == 1:
            continue  # 'Ann wrote:' over words of her that this reply does not repeat: not a quote of hers
        return j, cut
    # 'Zitat von Ann' over none of her words: the reader dropped them, repeated too often, as chrome
    return (named[0], 1) if by_word and named else None


#: Longest name, in words, that a reply may address.
MAX_NAME_WORDS = 4


def _name_keys(author: str) -> list[str]:
    """Ways a commenter may be addressed: full name, first word (if not an everyday word)."""
    words = [w.lower().strip(".") for w in re.findall(r"[^\W_][\w'’-]*", author)]
    words = [w for w in words if w]
    keys: list[str] = []
    if words and len(words) <= MAX_NAME_WORDS and len(" ".join(words)) >= 3:
        keys.append(" ".join(words))
    if words and len(words[0]) >= 3 and words[0] not in COMMON_WORDS and words[0] not in keys:
        keys.append(words[0])
    stem = re.match(r"[^\W\d_]+", author.strip().lower())  # 'Ivan_K' -> 'ivan'
    if stem and len(stem.group()) >= 3 and stem.group() not in COMMON_WORDS and stem.group() not in keys:
        keys.append(stem.group())
    return keys


def _address_forms(text: str, closing: bool = True) -> set[str]:
    """Word sequences in the places where a reply names its addressee.

    '@name' anywhere; the opening words of the comment, after an optional
    greeting ('Mira, ...', 'Greetings Mira,', 'mira you are wrong'); and the
    closing words of a paragraph ('..., Mira.', '... ask mira').
    """
    forms: set[str] = set()

    def spans(words: list[str]) -> None:
        for k in range(1, min(MAX_NAME_WORDS, len(words)) + 1):
            forms.add(" ".join(words[:k]))

    for p_index, para in enumerate(text.lower().split("\n")):
        tokens = _TOKEN_RE.findall(para)
        words = [t.lstrip("@").rstrip(".") for t in tokens if t[0].isalnum() or t[0] == "@"]
        words = [w for w in words if w]
        for pos, token in enumerate(tokens):
            if token.startswith("@") and len(token) > 1:
                rest = [t.lstrip("@").rstrip(".") for t in tokens[pos:] if t[0].isalnum() or t[0] == "@"]
                spans([w for w in rest if w])
        if not words:
            continue
        if p_index == 0 or not forms:
            start = 1 if words[0] in _GREETINGS and len(words) > 1 else 0
            spans(words[start:])
        for k in range(1, min(MAX_NAME_WORDS, len(words)) + 1 if closing else 0):
            forms.add(" ".join(words[-k:]))
        for match in _VOCATIVE_RE.finditer(para):  # 'Fair enough, Ivan. I saw them.'
            spans(match.group(1).split())
    return forms


def _quoted_texts(comment_lines: list[str]) -> list[str]:
    """Text a comment quotes from another: '> ...' lines, or the line under 'Name wrote:'."""
    quotes: list[str] = []
    for k, line in enumerate(comment_lines):
        mark = _QUOTE_MARK_RE.match(line)
        if mark:
            quotes.append(mark.group(1).strip())
        elif _WROTE_RE.match(line) and k + 1 < len(comment_lines) and comment_lines[k + 1].strip():
            quotes.append(comment_lines[k + 1].strip())
    return [q for q in quotes if len(q) >= MIN_QUOTE_CHARS]


def _structural_parent(comments: list[RawComment], texts: list[str], lowered: list[str], idx: int) -> int | None:
    """Parent shown by the page itself: a printed nesting level, or a quote of an earlier comment
    (`lowered`: the texts in lower case, made once per thread)."""
    comment = comments[idx]
    for quote in _quoted_texts(texts[idx].split("\n")):
        q = quote.lower()
        for j in range(idx - 1, max(-1, idx - 1 - PARENT_LOOKBACK), -1):
            if q in lowered[j] and comments[j].author != comment.author:
                return j
    return level_parent(comments, idx)


def level_parent(comments: list[RawComment], idx: int) -> int | None:
    """The nearest earlier comment printed one level up ('level 2' answers the last 'level 1'); None
    for a comment printed at the top level, or without a level."""
    comment = comments[idx]
    if comment.level is not None and comment.level > 1:
        for j in range(idx - 1, max(-1, idx - 1 - PARENT_LOOKBACK), -1):
            if comments[j].level == comment.level - 1:
                return j
            earlier_level = comments[j].level
            if earlier_level is not None and earlier_level < comment.level - 1:
                break
    return None


def _content_words(text: str) -> set[str]:
    return {
        w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in COMMON_WORDS
    }


#: Earlier comments an opening may echo by shared words (replies answer what is near).
ECHO_LOOKBACK = 3
_QUOTED_PHRASE_RE = re.compile(r"[\"“]([^\"”]{6,80})[\"”]")


def _bigrams(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent content words (function words skipped): the phrases a reply echoes."""
    words = [w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in COMMON_WORDS]
    return set(zip(words, words[1:]))


def _echo_parent(comments: list[RawComment], texts: list[str], idx: int) -> int | None:
    """A recent comment by someone else whose words the opening sentence repeats.

    Readers answer by quoting: a phrase in quotation marks found in a recent
    comment, or two content words in a row taken from it ('Four hours for one
    tank' -> 'four hours is slow'), place the reply under that comment.
    """
    comment = comments[idx]
    opening = re.split(r"(?<=[.?!])\s", texts[idx].strip(), maxsplit=1)[0].lower()
    quoted = [q.strip().lower() for q in _QUOTED_PHRASE_RE.findall(opening) if len(q.split()) >= 3]
    pairs = _bigrams(opening)
    for j in range(idx - 1, max(-1, idx - 1 - ECHO_LOOKBACK), -1):
        if comments[j].author is None or comments[j].author == comment.author:
            continue
        earlier = texts[j].lower()
        if any(q in earlier for q in quoted) or (j == idx - 1 and len(pairs & _bigrams(earlier)) >= 2):
            return j
    return None


def link_parents(lines: list[str], comments: list[RawComment]) -> None:
    """Set `parent` when a comment addresses an earlier commenter or echoes the last comment.

    Addressing: the text opens with the name ('Mira,', '@mira', 'Greetings
    Mira,') or ends a paragraph with it ('..., Mira.'); the parent is that
    commenter's latest earlier comment. Echo: the comment opens with a short
    question built from words of the previous comment by someone else ('Free
    elections?'), the way readers quote what they answer.
    """
    texts = ["\n".join(lines[i] for i in c.lines) for c in comments]
    lowered = [t.lower() for t in texts]
    latest: dict[str, int] = {}  # address key -> index of that commenter's latest comment
    stems: set[str] = set()  # keys cut from handles ('ivan' of 'Ivan_K'), not written names
    for idx, comment in enumerate(comments):
        text = texts[idx]
        best: int | None = None
        if comment.reply_to:  # the header names whom it answers: that commenter's latest comment
            best = _replied_comment(comments, texts, idx, comment.reply_to)
        if best is None:
            best = _structural_parent(comments, texts, lowered, idx)
        own = set(_name_keys(comment.author)) if comment.author else set()
        opening = _address_forms(text, closing=False)
        hits = [
            latest[form]
            for form in _address_forms(text)
            if form in latest and form not in own and idx - latest[form] <= PARENT_LOOKBACK
            # a handle's stem ('ridge' of 'ridge_runner') is a word too: only where a reply opens
            and (form in opening or form not in stems)
        ]
        if hits and best is None:
            best = max(hits)
        if best is None and idx > 0:
            prev = comments[idx - 1]
            if prev.author is not None and prev.author != comment.author:
                question = re.split(r"(?<=[?])\s", text.strip(), maxsplit=1)[0]
                if question.endswith("?") and len(question) <= 60:
                    words = _content_words(question)
                    if words and len(words & _content_words(texts[idx - 1])) >= max(1, len(words) - 1):
                        best = idx - 1
        if best is None:
            best = _echo_parent(comments, texts, idx)
        if comment.level is not None:  # the page prints the depth: no guess from the words overrides it
            best = level_parent(comments, idx)
        comment.parent = best
        if comment.author:
            keys = _name_keys(comment.author)
            for key in keys:
                latest[key] = idx
            author_words: list[str] = re.findall(r"[^\W_][\w'’-]*", comment.author.lower())
            stems.update(k for k in keys if k not in author_words and k != " ".join(author_words))
