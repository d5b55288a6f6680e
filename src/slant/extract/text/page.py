"""Extract title, body, date and reader comments from a page scraped to plain text.

The page is read as a sequence of zones, top to bottom:

1. header: navigation, donation widgets, a date line (boilerplate);
2. the title: the first headline-shaped line near the top;
3. the article: body paragraphs mixed with chrome (captions, share buttons) and
   lines repeated from a gallery (repeats of the title, repeated captions);
4. the comment thread: from the first comment-system header ('12 Comments',
   'Notify of') or, where the page has none, from the first name line that
   opens a run of name/comment slots; segmented by `text_comments`;
5. trailing chrome.

Line kinds follow the gold format of the sample pages: title, body,
quoted_outlet (a body paragraph attributed to another outlet, `quoted`),
boilerplate, comment_author, comment_text, blank.

`published` is the ISO date of a date line in the header or next to the title;
a month-and-year line ('JUNE 2023') gives the reduced ISO form '2023-06'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from slant.document import Comment
from slant.extract.dates import find_date, parse_date_line
from slant.extract.text.badges import plain_names
from slant.extract.text.boilerplate import (
    CHROME,
    LINKLIST,
    THREAD,
    TIMESTAMP,
    chrome_kind,
    is_caption,
    is_closed_notice,
    is_comment_form,
    is_weak_thread,
)
from slant.extract.text.comments import (
    RawComment,
    Thread,
    is_dense,
    level_parent,
    link_parents,
    printed_level,
    segment_thread,
    strip_quoted_openings,
)
from slant.extract.text.counts import in_subtree, reply_bounds, spans_from_heads, subtree_parents
from slant.extract.text.evidence import MIN_AUTHORED_SHARE, reads_as_text, thread_evidence
from slant.extract.text.inline import inline_groups, joined_line
from slant.extract.text.line_model import LineModel, is_prose, load_line_model
from slant.extract.text.meta import article_start, find_outlet, find_published
from slant.extract.text.names import (
    AUTHOR_THRESHOLD,
    header_shape,
    is_name_line,
    name_before_date,
    name_score,
    name_shaped,
    without_avatar_initials,
)
from slant.extract.text.quoted import is_quoted_outlet
from slant.extract.text.records import (
    REPLY_SUBJECT_RE,
    Record,
    RecordThread,
    control_lines,
    find_records,
    is_post_number,
    label_parents,
    line_shape,
)
from slant.extract.text.tree import control_hints, dated_lead, newest_first, place

#: Share of a reading's authors taken from the pieces of split lines that makes the page read joined (`inline`).
SPLIT_AUTHOR_SHARE = 0.2
#: Share of comments that must read as text for named header records to stand where the blank-line
#: reading was no credible thread (a dated teaser list of headlines reads as labels).
FALLBACK_TEXT_SHARE = 0.7
#: A page reads as evenly spaced (`evenly_spaced`) when at least this share of the gaps between its
#: non-blank lines (and at least MIN_EVEN_LINES lines) hold exactly one blank line, and none more.
EVEN_GAP_SHARE = 0.9
MIN_EVEN_LINES = 20
#: A run of this many consecutive short labels in the article zone is a menu (`_menu_runs`).
MENU_RUN_LINES = 4
MENU_ITEM_WORDS = 4
HEADLINE_RUN_LINES = 3
#: A line of at least this many words, this share of them capitalised, reads as a headline.
MIN_HEADLINE_WORDS = 4
HEADLINE_CAPITALS = 0.6
#: Short words that title-case headlines carry and menus do not.
_HEADLINE_WORDS = frozenset(
    "a an the to at of in on for and or as by from with after over near into is are be its his her their".split()
)
#: How many non-blank lines from the top may hold the title.
TITLE_WINDOW = 12
#: Headline score a line must pass to be the title.
TITLE_MIN_SCORE = 0.6
#: Headline score weights (`_headline_score` starts every candidate at 1.0).
SENTENCE_END_PENALTY = 0.6  # ends like a sentence ('.', ',', ';')
LONG_LINE_PENALTY = 0.4  # longer than HEADLINE_MAX_CHARS
HEADLINE_LENGTH_BONUS = 0.2  # within a headline's usual length
FEW_WORDS_PENALTY = 0.5  # three words or fewer
SHOUTING_PENALTY = 0.8  # a short all-caps line: a site name, not a headline
TITLE_CASE_WEIGHT = 0.5  # times the share of capitalised words
REPEAT_BONUS = 0.5  # repeated on the page (gallery captions repeat the title)
BYLINE_PENALTY = 0.5  # split by ' | ' or ' · ': a byline or 'Section | Site'
MENU_PENALTY = 0.5  # a row of section links
#: A headline's usual length in characters.
HEADLINE_MIN_CHARS = 30
HEADLINE_MAX_CHARS = 160
#: A line longer than this (characters, not chrome) counts as article text before a thread.
BODY_LINE_CHARS = 60
#: Lines below the title that may hold the page's date line.
DATE_WINDOW = 8
#: Non-blank lines a comment-section header may span between two header controls.
HEADER_LOOKAHEAD = 3
#: Mean paragraphs per comment above which name-headed sections read as article subsections.
THREAD_MAX_MEAN_PARAGRAPHS = 1.5
#: Longest nameless first comment (in paragraphs) taken back from the article's end.
MAX_LEAD_PARAGRAPHS = 4
#: Comments at the start of a single-spaced thread that must all be short (see `_name_thread_start`).
DENSE_LEAD_COMMENTS = 5
#: Longest line (in words) above the first paragraph taken as a byline or section label.
HEADER_MAX_WORDS = 5
#: Comment-header lines ('Ann | 3 May 2024', 'Ann schrieb:') that mark a thread without a section header.
MIN_HEADED_COMMENTS = 3
#: The blank-line reading stands against a header reading that reads no thread only with this many
#: comments: one 'comment' there is the article under its byline.
MIN_FALLBACK_COMMENTS = 2
#: Blank lines per content line above which a page keeps its blank-line layout (not single-spaced).
MAX_BLANK_SHARE = 0.05
#: Comment counts of the blank-line reading, relative to the header-shape reading, that it may keep.
MIN_SLOT_SHARE = 0.7
MAX_SLOT_RATIO = 1.5
#: Mean author name score by which the header-shape reading must beat the blank-line reading to replace it.
NAME_QUALITY_MARGIN = 0.05
#: Name lines tried as the start of a thread without a header (bounds work on long pages).
MAX_THREAD_CANDIDATES = 30


@dataclass
class TextExtraction:
    """What a plain-text page yields; line numbers in `comment_lines` are 1-based."""

    title: str | None
    body: str
    comments: list[Comment] = field(default_factory=list)
    line_kinds: list[str] = field(default_factory=list)
    comment_lines: list[tuple[int, int]] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None  # named by the page's chrome (`meta.find_outlet`)
    author: str | None = None  # a forum's opening post's author, where that post is the body


def _is_prose(line: str) -> bool:
    """A paragraph of running text rather than a headline, caption or link."""
    return is_prose(line.strip())


def _headline_score(line: str, repeats: int) -> float:
    """How much a line looks like a headline (0 = not at all).

    Title case, a repeat elsewhere on the page (gallery captions repeat the
    title) and a headline's length raise it; a final period, shouting site
    names ('THE VALLEY COURIER') and very short lines lower it.
    """
    text = line.strip()
    words = text.split()
    if len(text) < 12 or len(words) < 3 or len(text) > 250:
        return 0.0
    score = 1.0
    if text.endswith((".", ",", ";")) and not text.endswith("..."):
        score -= SENTENCE_END_PENALTY
    if len(text) > HEADLINE_MAX_CHARS:
        score -= LONG_LINE_PENALTY
    if HEADLINE_MIN_CHARS <= len(text) <= HEADLINE_MAX_CHARS:
        score += HEADLINE_LENGTH_BONUS
    if len(words) <= 3:
        score -= FEW_WORDS_PENALTY
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(words) <= 4:
        score -= SHOUTING_PENALTY
    alpha = [w for w in words if w[:1].isalpha()]
    if alpha:
        score += TITLE_CASE_WEIGHT * sum(1 for w in alpha if w[0].isupper()) / len(alpha)
    if repeats > 1:
        score += REPEAT_BONUS
    if re.search(r"\s[|·•]\s", text):
        score -= BYLINE_PENALTY  # 'By Ann Roe | 3 May 2024', 'Section | Site'
    if _menu_like(words):
        score -= MENU_PENALTY
    return score


def _menu_like(words: list[str]) -> bool:
    """A row of section links ('News Sport Economy Interviews Photo'), not a headline.

    Title-case headlines of four or more words nearly always carry a function
    word ('to', 'at', 'of') or punctuation; a menu is only capitalised nouns.
    """
    if len(words) < 4:
        return False
    bare = [w for w in words if w.isalpha()]
    return len(bare) == len(words) and all(w[0].isupper() for w in bare) and not any(
        w.lower() in _HEADLINE_WORDS for w in bare
    )


def _never_title(line: str, kind: str | None) -> bool:
    """Chrome, a date line, a dated byline ('VON ANN ROE am 21. April 2020') or a reply's subject
    ('Re: Topic'): lines no headline search may take for the title."""
    return kind is not None or bool(parse_date_line(line) or name_before_date(line) or REPLY_SUBJECT_RE.match(line))


def _find_title(lines: list[str], chrome: list[str | None], counts: Counter[str]) -> int | None:
    """The best headline among the top lines, above the first paragraph of prose."""
    seen = 0
    best: tuple[float, int] | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > TITLE_WINDOW:
            break
        if _never_title(line, chrome[i]):
            continue
        if _is_prose(line):
            if best is not None:
                break  # the title stands above the first paragraph
            continue
        score = _headline_score(line, counts[line.strip()])
        menu_above = best is not None and _menu_like(lines[best[1]].split())  # a tie goes to the line under a menu
        if score > TITLE_MIN_SCORE and (best is None or score > best[0] or (score == best[0] and menu_above)):
            best = (score, i)
    if best is None:
        return None
    # A headline printed twice in a row (a breadcrumb or aggregator link, then the
    # article's own heading): the copy next to the article is the title.
    j = best[1] + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and lines[j].strip() == lines[best[1]].strip():
        return j
    return best[1]


def _title_near_article(
    lines: list[str], chrome: list[str | None], counts: Counter[str], found: int | None
) -> int | None:
    """The headline just above the article's first run of prose, where navigation fills the top.

    The top-of-page title (`_find_title`) stands when it lies within TITLE_WINDOW
    non-blank lines above the article; otherwise the best headline in that window
    is the title. Bylines with a date, date lines and captions are never titles.
    """
    start = article_start(lines, chrome)
    if start is None:
        return found
    window: list[int] = []
    j = start - 1
    while j >= 0 and len(window) < TITLE_WINDOW:
        if lines[j].strip():
            window.append(j)
        j -= 1
    if found is not None and (found in window or found >= start or _prose_below(lines, chrome, found)):
        return found
    if found is not None and any(
        chrome[j] == THREAD and not is_weak_thread(lines[j]) for j in range(found + 1, start)
    ):
        return found  # the first prose lies under the comment section's header: a comment, not the article
    best: tuple[float, int] | None = None
    for i in window:
        line = lines[i]
        if _never_title(line, chrome[i]) or is_caption(line):
            continue
        score = _headline_score(line, counts[line.strip()])
        if score > TITLE_MIN_SCORE and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best is not None else found


def _posts_under(lines: list[str], title: int, near: int | None) -> RecordThread | None:
    """The dated, authored posts (`find_records`) under the top title when the headline found near the
    first run of prose is a line of one's text, else None: a forum thread whose short opening post runs
    no prose, so the first run lies in a reply and the line above it is the reply's sentence, not the
    title. The caller reads the page's records from there (`_record_thread`) without finding them again."""
    records = find_records(lines, title + 1, len(lines)) if near is not None else None
    held = (
        records is not None and records.dated and len(records.records) >= MIN_HEADED_COMMENTS
        # posts name their authors; a dated teaser list ('May 15, 2017 / AUTO NEWS / headline') does not
        and sum(record.author is not None for record in records.records) >= MIN_AUTHORED_SHARE * len(records.records)
        and any(near in record.text for record in records.records)
    )
    return records if held else None


def _prose_below(lines: list[str], chrome: list[str | None], i: int) -> bool:
    """Whether a paragraph of prose follows line i within TITLE_WINDOW non-blank lines."""
    seen = 0
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        seen += 1
        if seen > TITLE_WINDOW:
            return False
        if chrome[j] is None and _is_prose(lines[j]):
            return True
    return False


def _thread_start(
    lines: list[str], chrome: list[str | None], begin: int, end: int
) -> tuple[int | None, int]:
    """First line of the comment thread, and the line after which the article ends.

    Returns (thread_start, article_end). A comment-system header settles it
    (weak controls such as 'Subscribe' only next to a clear one); otherwise the
    earliest name line after some body text whose suffix segments into
    something that reads as a thread (`_looks_like_thread`).
    """
    header = _header_start(lines, chrome, begin, end)
    if header is not None and is_comment_form(lines[header[1]]):
        headed, _ = _headed_thread_start(lines, chrome, begin, header[1])
        if headed is not None:
            return headed, headed  # comment headers above the form: the form stands under the thread
        # a form above the thread ('Poster un commentaire', then '6 commentaires'): the count header decides
        later = _header_start(lines, chrome, header[1] + 1, end, need_body=False)
        if later is not None and not is_comment_form(lines[later[1]]):
            header = later
    if header is not None and not is_comment_form(lines[header[1]]):
        return _repeated_count_header(lines, chrome, header, end)
    # No header, or only a comment form's ('Leave a Reply', 'Ihr Kommentar'): the form
    # often stands under the comments, so look for name slots above it first.
    limit = header[1] if header is not None else end
    start, article_end = _headed_thread_start(lines, chrome, begin, limit)
    if start is None:
        start, article_end = _name_thread_start(lines, chrome, begin, limit)
    if start is None and header is not None:
        return header
    return start, article_end


def _repeated_count_header(
    lines: list[str], chrome: list[str | None], header: tuple[int, int], end: int
) -> tuple[int, int]:
    """The comment count a post prints under its text ('1 comment', beside the share buttons) and
    again atop its thread: the thread starts at the second, where no comment header stands between
    the two and comment text follows it; what stands between (an author box, 'Previous post' links)
    is neither article nor thread. A count printed above and below a thread keeps the first."""
    count = lines[header[1]].strip()
    if not any(ch.isdigit() for ch in count):
        return header
    again = next((i for i in range(header[1] + 1, end) if chrome[i] == THREAD and lines[i].strip() == count), None)
    if again is None or any(
        chrome[j] == TIMESTAMP or header_shape(lines[j]) is not None for j in range(header[1] + 1, again)
    ):
        return header  # printed once, or above and below the comments' headers: the first heads the thread
    later = _header_start(lines, chrome, again, end, need_body=False)
    if later is None or not any(chrome[j] is None and len(lines[j].strip()) > BODY_LINE_CHARS for j in range(later[0], end)):
        return header
    return later[0], header[1]  # the article still ends at the first count


def _header_start(
    lines: list[str], chrome: list[str | None], begin: int, end: int, need_body: bool = True
) -> tuple[int, int] | None:
    """(thread start, header line) of the first comment-section header after some body text."""
    seen_body = not need_body
    for i in range(begin, end):
        if not lines[i].strip():
            continue
        if chrome[i] == THREAD and seen_body:
            last = _header_end(lines, chrome, i, end)
            if any(chrome[j] == THREAD and not is_weak_thread(lines[j]) for j in range(i, last + 1)):
                return last + 1, i
        if chrome[i] is None and len(lines[i].strip()) > BODY_LINE_CHARS:
            seen_body = True
    return None


def _lines_after_body(lines: list[str], chrome: list[str | None], begin: int, end: int) -> Iterator[tuple[int, str]]:
    """(index, line) of the non-blank, non-chrome lines after the first body-length line: where a
    thread can start (a thread never starts before some article text)."""
    seen_body = False
    for i in range(begin, end):
        line = lines[i]
        if not line.strip() or chrome[i] is not None:
            continue
        if not seen_body:
            seen_body = len(line.strip()) > BODY_LINE_CHARS
            continue
        yield i, line


def _headed_thread_start(
    lines: list[str], chrome: list[str | None], begin: int, end: int
) -> tuple[int | None, int]:
    """The first of several comment-header lines ('Ann | Di, 21. April 2020 - 16:40', 'Ann schrieb:').

    A header line says it is one by its form (a name with a date tail or a
    header verb), so MIN_HEADED_COMMENTS of them after the article mark the
    thread more surely than name slots, which article subheadings also fill.
    """
    found: dict[str, list[int]] = {}
    for i, line in _lines_after_body(lines, chrome, begin, end):
        shape = header_shape(line)
        if shape is not None:
            found.setdefault(shape, []).append(i)
    runs = [where for where in found.values() if len(where) >= MIN_HEADED_COMMENTS]
    if not runs:
        return None, end
    first = max(runs, key=len)[0]
    lead = _anonymous_lead(lines, chrome, begin, first)
    return lead, lead


def _name_thread_start(lines: list[str], chrome: list[str | None], begin: int, end: int) -> tuple[int | None, int]:
    """The earliest name line after some body text whose suffix segments into a thread."""
    tried = 0
    counts = Counter(line.strip() for line in lines[begin:end] if line.strip())
    dense = is_dense(lines, chrome, begin, end)  # single-spaced name/text pairs: no slot above any name
    for i, line in _lines_after_body(lines, chrome, begin, end):
        if name_score(line) < AUTHOR_THRESHOLD and not (counts[line.strip()] > 1 and name_shaped(line)):
            continue
        if i > 0 and lines[i - 1].strip() and chrome[i - 1] is None and not dense:
            continue  # a name line opens a slot: blank or chrome above it
        thread = segment_thread(lines, chrome, i, end, link=False)
        if _looks_like_thread(thread) and not (dense and _sections_ahead(lines, thread)):
            lead = _anonymous_lead(lines, chrome, begin, i)
            return lead, lead
        tried += 1
        if tried >= MAX_THREAD_CANDIDATES:
            break
    return None, end


def _sections_ahead(lines: list[str], thread: Thread) -> bool:
    """Whether a single-spaced thread opens with article sections or a table of contents, not comments.

    Under subheadings the 'comments' run long; a contents list pairs heading
    with heading. The first few comments of a real thread are short text under a name.
    """
    return any(
        len(c.lines) > MAX_LEAD_PARAGRAPHS or name_score(lines[c.first]) >= AUTHOR_THRESHOLD
        for c in thread.comments[:DENSE_LEAD_COMMENTS]
    )


def _anonymous_lead(lines: list[str], chrome: list[str | None], begin: int, i: int) -> int:
    """Start of a nameless first comment standing between the article's closing chrome and line i.

    The empty name slot of an anonymous comment shows as two or more blank
    lines; when such a slot follows a chrome line ('Support X'), or an article
    whose paragraphs are otherwise single-spaced, and opens a short block of
    paragraphs right above the first name line, that block is the thread's
    first comment, not the article's end.
    """
    j = i - 1
    top: int | None = None
    paragraphs = 0
    while j >= begin:
        blanks = 0
        while j >= begin and not lines[j].strip():
            blanks += 1
            j -= 1
        if j < begin or blanks == 0:
            return i
        if top is not None and blanks >= 2:
            return top if chrome[j] is not None or _single_spaced(lines, begin, j) else i
        if chrome[j] is not None or paragraphs >= MAX_LEAD_PARAGRAPHS:
            return i
        top = j
        paragraphs += 1
        j -= 1
    return i


def _single_spaced(lines: list[str], begin: int, end: int) -> bool:
    """True when no two blank lines follow each other in lines[begin:end + 1]."""
    run = 0
    for k in range(begin, end + 1):
        run = run + 1 if not lines[k].strip() else 0
        if run >= 2:
            return False
    return True


def _looks_like_thread(thread: Thread) -> bool:
    """Whether a segmentation reads as reader comments rather than subheaded article sections.

    Subheadings ('Rising Costs') look like display names, but each heads several
    paragraphs and none repeats; threads repeat names, have comments without a
    name line, or are mostly one-paragraph comments.
    """
    authored = [c for c in thread.comments if c.author is not None]
    if not authored:
        return False
    repeated = Counter(c.author for c in authored).most_common(1)[0][1] > 1
    anonymous = len(thread.comments) > len(authored)
    paragraphs = [len(c.lines) for c in thread.comments]
    short = sum(paragraphs) / len(paragraphs) <= THREAD_MAX_MEAN_PARAGRAPHS
    return repeated or (len(authored) >= 2 and (anonymous or short))


def _header_end(lines: list[str], chrome: list[str | None], i: int, end: int) -> int:
    """Last line of the comment-section header that starts at line i.

    Headers stack several controls ('24 Comments', the site name, 'Login',
    'Sort by Best', 'Join the discussion'); any THREAD line within a few
    lines of the previous one extends the header.
    """
    last = i
    ahead = 0
    j = i + 1
    while j < end and ahead < HEADER_LOOKAHEAD:
        if lines[j].strip():
            ahead += 1
            if chrome[j] == THREAD:
                last = j
                ahead = 0
        j += 1
    return last


def _thread_end(lines: list[str], chrome: list[str | None], start: int, end: int) -> int:
    """The thread stops at a link list ('Also on X', 'Related articles'), or a comment form or a
    closed-thread notice after it."""
    seen_text = False  # a form header right under the count header opens the thread, not closes it
    for i in range(start, end):
        if chrome[i] == LINKLIST or (seen_text and (
            (chrome[i] == THREAD and is_comment_form(lines[i])) or is_closed_notice(lines[i])
        )):
            return i
        seen_text = seen_text or (chrome[i] is None and len(lines[i].strip()) > BODY_LINE_CHARS)
    return end


def extract_text(text: str, source: str = "") -> TextExtraction:
    """Split a scraped plain-text page into title, body, comments and per-line kinds.

    `source` names the input for callers' messages; extraction itself only
    reads the text. The shipped line model (`line_model`) adds chrome lines
    that no rule names.
    """
    del source  # the rules are page-agnostic; kept for the extractor interface
    return extract_text_with(text, load_line_model())


def evenly_spaced(lines: list[str]) -> list[int] | None:
    """Indices of the non-blank lines where a scraper put one blank line between every two blocks
    (`get_text("\\n\\n")`, html2text), or None where blank lines vary and so carry the layout.

    Evenly spaced, a blank line says nothing: a name slot left empty, a paragraph break and a new
    comment all look alike. Read single-spaced, the page's repeated header shapes (`records`) and
    controls carry the thread instead, as on any single-spaced page.
    """
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < MIN_EVEN_LINES:
        return None
    gaps = Counter(b - a - 1 for a, b in zip(content, content[1:]))
    return content if gaps[1] >= EVEN_GAP_SHARE * (len(content) - 1) and not any(g > 1 for g in gaps) else None


@dataclass
class _PageState:
    """A page being read zone by zone: its lines, their chrome kinds and the kinds assigned so far."""

    lines: list[str]
    chrome: list[str | None]
    kinds: list[str]
    learned: set[int] = field(default_factory=set)  # lines the line model is sure are chrome


def extract_text_with(text: str, model: LineModel | None) -> TextExtraction:
    """`extract_text` with a given line model (None: rules only); training compares both.

    An evenly spaced page (`evenly_spaced`) is read without its blank lines where that reading finds
    a thread; line kinds, comment line numbers and paragraph breaks are given back for the page as
    it came. (Counting signed comments to weigh the two readings fails: the spaced reading signs
    footer links as commenters.) A page scraped one text node per line (`inline`) is also read with
    its split lines joined again, and that reading stands where it names the commenters better."""
    lines = text.splitlines()
    plain = _read_spacing(lines, model)
    groups = inline_groups(lines)
    if groups is None:
        return plain
    # separators alone on their lines: a node-per-line scraper, or a page whose markup prints them as
    # blocks ('name / · / 6 yr. ago', read well as it comes). The joined lines stand where the plain
    # reading took its authors from the pieces of split lines ('next' of 'ann / on Dec 27 / | / next'),
    # or where they name more comments
    joined = _split_back(_read_spacing([joined_line(lines, g) for g in groups], model), groups, lines)
    pieces = {lines[i].strip() for group in groups for i in group[2::2]}
    from_pieces = sum(1 for c in plain.comments if c.author in pieces)
    if (plain.comments and from_pieces >= SPLIT_AUTHOR_SHARE * len(plain.comments)) or (
        _named_comments(joined) > _named_comments(plain)
    ):
        return joined
    return plain


def _named_comments(found: TextExtraction) -> float:
    """How many comments a reading finds, each weighed by how name-like its author is, discounted where
    few names sign them all (a label read as every author)."""
    named = [c.author for c in found.comments if c.author]
    if not named:
        return 0.0
    return sum(name_score(n) for n in named) * min(1.0, 2 * len(set(named)) / len(named))


def _split_back(found: TextExtraction, groups: list[list[int]], lines: list[str]) -> TextExtraction:
    """A reading of the re-joined lines (`inline.inline_groups`) given back for the lines as they came:
    each joined line's kind to every line of its group, comment line numbers to the groups' first and
    last, and a joined line in a body or comment text as the lines it was made of (every text stays
    made of the page's own lines)."""
    kinds: list[str] = []
    for group, kind in zip(groups, found.line_kinds):
        kinds += [kind] * len(group)
    found.line_kinds = kinds
    found.body = "\n\n".join(line for line, kind in zip(lines, kinds) if kind == "body")
    spans = [(groups[a - 1][0] + 1, groups[b - 1][-1] + 1) for a, b in found.comment_lines]
    joined = [g for g in groups if len(g) > 1]
    starts = [g[0] for g in joined]
    for comment, (first, last) in zip(found.comments, spans):
        # the joined groups that start inside the comment's lines (first and last are 1-based)
        inside = joined[bisect_left(starts, first - 1) : bisect_left(starts, last)]
        made_of = {joined_line(lines, g): g for g in inside}
        parts = comment.text.split("\n")
        comment.text = "\n".join(
            "\n".join(lines[i] for i in made_of[part]) if part in made_of else part for part in parts
        )
    found.comment_lines = spans
    return found


def _read_spacing(lines: list[str], model: LineModel | None) -> TextExtraction:
    """The page's lines read as they come, or without their blank lines where they are evenly spaced."""
    kept = evenly_spaced(lines)
    if kept is None:
        return _extract_lines(lines, model)
    found = _extract_lines([lines[i] for i in kept], model)
    if not found.comments:  # one-line name and text blocks: only the blank lines part them
        return _extract_lines(lines, model)
    for comment in found.comments:
        comment.text = comment.text.replace("\n", "\n\n")  # each line was a block of its own
    kinds = ["blank"] * len(lines)
    for k, i in enumerate(kept):
        kinds[i] = found.line_kinds[k]
    found.line_kinds = kinds
    found.comment_lines = [(kept[a - 1] + 1, kept[b - 1] + 1) for a, b in found.comment_lines]
    return found


def _extract_lines(lines: list[str], model: LineModel | None) -> TextExtraction:
    """Title, body, comments and line kinds of a page's lines (see `extract_text`)."""
    n = len(lines)
    kinds = ["blank" if not line.strip() else "boilerplate" for line in lines]
    if not any(line.strip() for line in lines):
        return TextExtraction(title=None, body="", line_kinds=kinds)
    page = _PageState(lines=lines, chrome=[chrome_kind(line) for line in lines], kinds=kinds)
    counts = Counter(line.strip() for line in lines if line.strip())

    top_title = _find_title(lines, page.chrome, counts)
    title_idx = _title_near_article(lines, page.chrome, counts, top_title)
    posts = _posts_under(lines, top_title, title_idx) if top_title is not None and title_idx != top_title else None
    if posts is not None:
        title_idx = top_title
    title = lines[title_idx].strip() if title_idx is not None else None
    if title_idx is not None:
        kinds[title_idx] = "title"
    begin = title_idx + 1 if title_idx is not None else 0

    page.learned = model.sure_chrome(lines) - {title_idx} if model is not None else set()
    records = _record_thread(lines, begin, posts)
    saved = (list(page.chrome), list(page.kinds))
    start, article_end = _split_zones(page, begin)
    body_lines = _read_article(page, begin, article_end, title)
    comments, spans = _read_thread(page, start) if start is not None else ([], [])
    lead: Record | None = None  # the opening post, where the header records read the page from it
    if records is not None and start is not None and comments and _records_above(page, records, start):
        records = None  # the header shapes repeat in the article (numbered subheadings), above the thread
    if records is not None and (
        _records_disagree(len(comments), len(records.records) - records.body_lead)
        or _records_name_better(comments, records)
        or _records_signed_below(comments, records)
    ):
        slots = _Reading(start, article_end, body_lines, comments, spans, list(page.chrome), list(page.kinds))
        page.chrome[:], page.kinds[:] = saved
        start, article_end, body_lines, comments, spans = _records_reading(page, begin, title, records)
        lead = records.lead
        if (
            not _credible(lines, begin, start, comments, spans)
            and len(slots.comments) >= MIN_FALLBACK_COMMENTS
            and _credible(lines, begin, slots.start, slots.comments, slots.spans)
        ):
            # the header shapes read no thread where the blank-line slots read one: the slots stand
            start, article_end, body_lines, comments, spans, page.chrome[:], page.kinds[:] = slots
            lead = None
    elif records is not None and _records_named(records) and not _credible(lines, begin, start, comments, spans):
        # the blank-line slots misread a single-spaced thread; its named headers may read it right
        slots = _Reading(start, article_end, body_lines, comments, spans, list(page.chrome), list(page.kinds))
        page.chrome[:], page.kinds[:] = saved
        start, article_end, body_lines, comments, spans = _records_reading(page, begin, title, records)
        lead = records.lead
        if thread_evidence(lines, comments, spans).text < FALLBACK_TEXT_SHARE:  # labels and menus
            start, article_end, body_lines, comments, spans, page.chrome[:], page.kinds[:] = slots
            lead = None
    for comment, name in zip(comments, plain_names([c.author for c in comments], lines)):
        comment.author = name
    leads = [lines[first - 2] if first >= 2 else "" for first, _ in spans]  # the line above each text (spans are 1-based)
    for comment, (own, quoted) in zip(comments, strip_quoted_openings([c.text for c in comments], [c.author for c in comments], leads)):
        comment.text = own
        if quoted is not None:  # the quoted comment is the one answered, whatever the words suggested
            comment.parent = comments[quoted].id
    holds_article = start is not None and _main_prose(lines, begin) >= start
    if comments and (not thread_evidence(lines, comments, spans).is_credible(holds_article) or _teaser_list(comments)):
        # page text read as a thread; where it held the article's main prose, the article runs on
        if holds_article:
            page.chrome[:], page.kinds[:] = saved
            body_lines = _read_article(page, begin, _no_thread_end(page, begin), title)
        else:
            for i in range(article_end, n):
                kinds[i] = "blank" if not lines[i].strip() else "boilerplate"
        start, comments, spans, lead = None, [], [], None
    published = find_published(lines, title_idx, start if start is not None else n)
    author = None
    if lead is not None and any(reads_as_text(lines[i]) for i in lead.text):
        # the header records read the page from its opening post: the post is the article, with its
        # author and date, and what stands between the title and it is navigation (a lead record
        # without writing is the article's byline: the first comment may still be the opening post)
        body_lines, author = [lines[i] for i in lead.text], lead.author
        published = _record_date(lines, lead) or published
        for i in range(begin, lead.text[0]):
            kinds[i] = "boilerplate" if kinds[i] == "body" else kinds[i]
    elif _opening_post(body_lines, comments):
        # a forum read from its first post on: the page above it is navigation, the post is the article
        opening, comments, (first, last) = comments[0], _without_first(comments), spans[0]
        spans = spans[1:]
        body_lines, author, published = opening.text.split("\n"), opening.author, opening.published or published
        post_kinds = {"comment_text": "body", "comment_author": "boilerplate"}
        for i in range(first - 1, last):  # spans are 1-based
            kinds[i] = post_kinds.get(kinds[i], kinds[i])
        for i in range(first - 1):
            kinds[i] = "boilerplate" if kinds[i] == "body" else kinds[i]
    return TextExtraction(
        title=title,
        body="\n\n".join(line for line in body_lines if line.strip()),
        comments=comments,
        line_kinds=kinds,
        comment_lines=spans,
        published=published,
        outlet=find_outlet(lines, kinds),
        author=author,
    )


class _Reading(NamedTuple):
    """One reading of a page, kept while another is tried: where its thread starts and the article
    ends, the article's lines, the comments with their spans, and the line kinds it set."""

    start: int | None
    article_end: int
    body_lines: list[str]
    comments: list[Comment]
    spans: list[tuple[int, int]]
    chrome: list[str | None]
    kinds: list[str]


def _credible(lines: list[str], begin: int, start: int | None, comments: list[Comment], spans: list[tuple[int, int]]) -> bool:
    """Whether a reading's comments read as a thread (`thread_evidence`), as the final check judges them."""
    holds_article = start is not None and _main_prose(lines, begin) >= start
    return thread_evidence(lines, comments, spans).is_credible(holds_article)


def _opening_post(body_lines: list[str], comments: list[Comment]) -> bool:
    """Whether the first comment is a forum's opening post: no sentence stands above it (only the
    navigation and title of a page read from its first post on; a short opening post such as
    'Which host do you use?' is a sentence), and it holds prose itself."""
    return (
        len(comments) >= MIN_HEADED_COMMENTS and comments[0].author is not None
        and not any(_is_prose(line) or line.rstrip().endswith((".", "?", "!")) for line in body_lines)
        and any(_is_prose(line) for line in comments[0].text.split("\n"))
    )


def _without_first(comments: list[Comment]) -> list[Comment]:
    """The comments after the first, numbered again from c1; a reply to the first answers the article."""
    renumber = {c.id: f"c{k}" for k, c in enumerate(comments[1:], start=1)}
    return [replace(c, id=renumber[c.id], parent=renumber.get(c.parent) if c.parent else None) for c in comments[1:]]


def _record_thread(lines: list[str], begin: int, found: RecordThread | None = None) -> RecordThread | None:
    """Comments segmented by repeated header shapes, on pages scraped without blank lines.

    Blank-line slots (`segment_thread`) carry the layout where the scraper kept
    them; a single-spaced page has none, and only the repeated shape of its
    comment headers (`records`) separates one comment from the next. `found`:
    `find_records(lines, begin, len(lines))` where the caller has it already.
    """
    content = sum(1 for line in lines[begin:] if line.strip())
    blanks = len(lines) - begin - content
    if content == 0 or blanks > MAX_BLANK_SHARE * content:
        return None
    found = found if found is not None else find_records(lines, begin, len(lines))
    if found is None or len(found.records) < MIN_HEADED_COMMENTS:
        return None
    if not any(
        chrome_kind(lines[i]) is None and len(lines[i].strip()) > BODY_LINE_CHARS for i in range(begin, found.start)
    ):
        found.body_lead = True  # nothing but chrome above the first post: it is the opening post (forums)
    return found


def _records_disagree(slots: int, records: int) -> bool:
    """Whether the blank-line reading missed or over-split the thread that header shapes show.

    Where both readings count about as many comments, the blank-line reading
    stands (it also places nameless comments); where it finds far fewer
    (blank lines gone) or far more (every paragraph a comment), the repeated
    headers are the surer evidence.
    """
    return slots < MIN_SLOT_SHARE * records or slots > MAX_SLOT_RATIO * records


def _records_above(page: _PageState, records: RecordThread, start: int) -> bool:
    """Whether most records lie above a bare single-spaced thread (`is_dense`): numbered article sections."""
    above = sum(1 for r in records.records if r.anchor < start)
    return above > len(records.records) / 2 and is_dense(page.lines, page.chrome, start, len(page.lines))


def _author_quality(names: list[str | None]) -> float:
    """Mean name score of a reading's authors (a missing author scores 0)."""
    return sum(name_score(n) if n else 0.0 for n in names) / max(1, len(names))


def _records_reading(
    page: _PageState, begin: int, title: str | None, records: RecordThread
) -> tuple[int, int, list[str], list[Comment], list[tuple[int, int]]]:
    """Thread start, article end, body lines, comments and their spans as the header records read the page."""
    start, article_end = records.start, _record_article_end(page, begin, records)
    body_lines = _read_article(page, begin, article_end, title)
    comments, spans = _read_records(page, records)
    return start, article_end, body_lines, comments, spans


def _title_cased(line: str) -> bool:
    """A line of at least MIN_HEADLINE_WORDS words, HEADLINE_CAPITALS of them capitalised: a linked headline."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= MIN_HEADLINE_WORDS and sum(1 for w in words if w[0].isupper()) >= HEADLINE_CAPITALS * len(words)


def _teaser_list(comments: list[Comment]) -> bool:
    """Whether most items are headline lists: title-cased lines under 'Posted on: Site' or a section
    name ('Most read', linked stories), not readers' words."""
    def teasers(text: str) -> bool:
        lines = [line for line in text.splitlines() if line.strip()]
        return bool(lines) and sum(1 for line in lines if _title_cased(line)) * 2 > len(lines)

    return sum(1 for c in comments if teasers(c.text)) * 2 > len(comments)


def _records_named(records: RecordThread) -> bool:
    """Whether the header slots name most commenters: then they may stand where the blank-line
    reading is no credible thread (its slots misread a single-spaced forum); dated teaser lists name none."""
    kept = records.records[records.body_lead:]
    return sum(1 for r in kept if r.author) >= MIN_AUTHORED_SHARE * max(1, len(kept))


def _records_name_better(comments: list[Comment], records: RecordThread) -> bool:
    """Whether the header slots name the commenters clearly better than the blank-line reading does.

    Both readings may count the same comments while the blank-line one takes a
    whole header line ('[–]ann 41 points 15 hours ago') as the name; the record
    reading picks the header's varying, name-shaped slot, so its names score higher.
    """
    kept = records.records[records.body_lead:]
    return _author_quality([r.author for r in kept]) > _author_quality([c.author for c in comments]) + NAME_QUALITY_MARGIN


def _records_signed_below(comments: list[Comment], records: RecordThread) -> bool:
    """Whether the headers sign the comments above them where the blank-line reading gave each name
    the text below it: its first comment, above the first header, is then unsigned, and every
    other name is one comment off."""
    return records.signed_below and bool(comments) and comments[0].author is None


def _record_article_end(page: _PageState, begin: int, records: RecordThread) -> int:
    """The article ends at the thread, or after the opening post where the first record is the body."""
    if not records.body_lead:
        return records.start
    lead = records.lead = records.records.pop(0)
    end = (lead.text[-1] + 1) if lead.text else records.start
    for i in lead.header:
        page.chrome[i] = page.chrome[i] or CHROME
    return end


def _read_records(page: _PageState, records: RecordThread) -> tuple[list[Comment], list[tuple[int, int]]]:
    """Comments of a record thread, with their line kinds and 1-based spans."""
    lines = page.lines
    comments: list[Comment] = []
    spans: list[tuple[int, int]] = []
    for rec, name in zip(records.records, without_avatar_initials([rec.author for rec in records.records])):
        rec.author = name
    raws = [RawComment(lines=rec.text or [rec.anchor], author=rec.author, reply_to=rec.reply_to) for rec in records.records]
    heads = [rec.header[0] for rec in records.records]
    regions = spans_from_heads(heads, records.end)
    # the controls ('parent', 'root', '(0 children)', '3 hours ago', 'Re:') narrow each reply to the open branch
    controls = [
        own + [lines[rec.text[0]].strip()] if rec.text and dated_lead(lines[rec.text[0]]) else own
        for rec, own in zip(records.records, control_lines(lines, records.records, records.end))
    ]
    hints = control_hints(controls)
    latest_first = newest_first(hints)
    if latest_first:
        # a flat list sorted newest first: replies stand above whom they answer, so the thread is
        # read bottom up, oldest first, and each parent maps back to its place on the page
        n = len(raws)
        up = raws[::-1]
        link_parents(lines, up)
        placed = place([raw.parent for raw in up], hints[::-1], replies=[rec.reply for rec in records.records[::-1]])
        for k, parent in enumerate(placed[::-1]):
            records.records[k].parent = raws[k].parent = n - 1 - parent if parent is not None else None
    else:
        link_parents(lines, raws)  # replies that name or quote whom they answer
        placed = place(
            [raw.parent for raw in raws], hints,
            replies=[rec.reply for rec in records.records], bounds=reply_bounds(lines, regions),
        )
        for rec, raw, parent in zip(records.records, raws, placed):
            rec.parent = raw.parent = parent
        label_parents(records.records)  # numbered labels ('#1.8') outrank a guess from the text
        # printed reply counts ('(3 children)') place every reply; a count under a comment's text ('1 reply')
        # falls in the next header block, so the anchors bound each comment first, then the header blocks
        counted = subtree_parents(
            lines, spans_from_heads([rec.anchor for rec in records.records], records.end)
        ) or subtree_parents(lines, regions)
        if counted is not None and all((p is not None) == h.reply for p, h in zip(counted, hints) if h.reply is not None):
            for rec, raw, parent in zip(records.records, raws, counted):
                # a count says which subtree a reply sits in; a name or quote inside that subtree is nearer
                rec.parent = raw.parent = rec.parent if in_subtree(counted, parent, rec.parent) else parent
        _level_parents(lines, records.records, raws)
    for k, rec in enumerate(records.records):
        for i in rec.header:
            if lines[i].strip():
                page.kinds[i] = "boilerplate"
        if rec.author is not None:
            page.kinds[rec.anchor] = "comment_author"
        for i in rec.text:
            page.kinds[i] = "comment_text"
        parent = rec.parent
        comments.append(
            Comment(
                id=f"c{k + 1}",
                text="\n".join(lines[i] for i in rec.text),
                author=rec.author,
                parent=f"c{parent + 1}" if parent is not None and (parent < k or (latest_first and parent > k)) else None,
                published=_record_date(lines, rec),
            )
        )
        spans.append((rec.text[0] + 1, rec.text[-1] + 1) if rec.text else (rec.anchor + 1, rec.anchor + 1))
    return comments, spans


def _level_parents(lines: list[str], records: list[Record], raws: list[RawComment]) -> None:
    """Where the headers print each comment's depth ('level 2'), the depths place every reply, as in the
    blank-line reading (`comments.level_parent`): surer than counts or names."""
    for rec, raw in zip(records, raws):
        raw.level = next((depth for i in rec.header if (depth := printed_level(lines[i])) is not None), None)
    if not any(raw.level is not None for raw in raws):
        return
    for k, (rec, raw) in enumerate(zip(records, raws)):
        if raw.level is not None:
            rec.parent = raw.parent = level_parent(raws, k)


def _record_date(lines: list[str], rec: Record) -> str | None:
    """The day a record's header prints: the anchor line's, else the first dated header line after it,
    else the nearest before it (a profile's 'Joined' date trails the comment above and comes last); under
    a post-number anchor, the nearest line above it first."""
    before = [i for i in reversed(rec.header) if i < rec.anchor]
    after = [i for i in rec.header if i > rec.anchor]
    # a post number ('#2') sits under the post's date; the lines after it are the poster's profile
    order = [rec.anchor] + (before + after if is_post_number(lines[rec.anchor]) else after + before)
    return next((found for i in order if (found := find_date(lines[i].strip())) is not None), None)


def _split_zones(page: _PageState, begin: int) -> tuple[int | None, int]:
    """Where the thread starts and the article ends, with the model's chrome added around it.

    Name-shaped lines the model calls chrome stay text until the thread is
    found: they may be its first commenters. Inside the article they are chrome.
    """
    lines, chrome = page.lines, page.chrome
    for i in page.learned:
        if chrome[i] is None and not is_name_line(lines[i]):
            chrome[i] = CHROME
    start, article_end = _thread_start(lines, chrome, begin, len(lines))
    _learned_chrome(page, begin, article_end)
    return start, article_end


def _learned_chrome(page: _PageState, begin: int, end: int) -> None:
    """Lines of the article zone [begin, end) that the line model is sure are chrome become chrome."""
    for i in page.learned:
        if begin <= i < end and page.chrome[i] is None:
            page.chrome[i] = CHROME


def _main_prose(lines: list[str], begin: int) -> int:
    """First line of the page's longest run of prose paragraphs (by characters): the article's core.

    Only blank lines may stand between the paragraphs of a run; any other line
    (a heading, a caption, a name) ends it.
    """
    best, best_start, total, run_start = 0, begin, 0, None
    for i in range(begin, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if not _is_prose(text):
            run_start = None
            continue
        if run_start is None:
            run_start, total = i, 0
        total += len(text)
        if total > best:
            best, best_start = total, run_start
    return best_start


def _no_thread_end(page: _PageState, begin: int) -> int:
    """Where the article zone ends on a page without a thread (the page's end), with the model's chrome added."""
    n = len(page.lines)
    _learned_chrome(page, begin, n)
    return n


def _read_article(page: _PageState, begin: int, article_end: int, title: str | None) -> list[str]:
    """Body paragraphs of the article zone; each is marked body or quoted_outlet in `page.kinds`.

    A line is body unless it is chrome, a date line, a caption, a link under a
    link-list header, a repeat (of the title or within the article), or a short
    byline or section label above the first paragraph of prose.
    """
    lines, chrome = page.lines, page.chrome
    article_counts = Counter(lines[i].strip() for i in range(begin, article_end) if lines[i].strip())
    menus = _menu_runs(lines, begin, article_end)
    body_lines: list[str] = []
    in_links = False
    seen_prose = False  # above the first paragraph, short lines are bylines and section labels
    for i in range(begin, article_end):
        line = lines[i]
        if not line.strip():
            continue
        stripped = line.strip()
        if chrome[i] == LINKLIST:
            in_links = True
        if chrome[i] is not None or parse_date_line(line) or is_caption(line) or i in menus:
            continue
        if in_links and not _is_prose(line):
            continue  # a link under 'Related articles'
        in_links = False
        if stripped == title or article_counts[stripped] > 1:
            continue
        if not seen_prose:
            if not _is_prose(line) and len(stripped.split()) <= HEADER_MAX_WORDS:
                continue
            seen_prose = True
        page.kinds[i] = "quoted_outlet" if is_quoted_outlet(line) else "body"
        body_lines.append(line)
    return body_lines


def _menu_runs(lines: list[str], begin: int, end: int) -> set[int]:
    """Lines of flattened link lists in the article zone: runs of at least MENU_RUN_LINES consecutive
    labels (MENU_ITEM_WORDS words or fewer, no sentence end: 'U.S.' / 'Politics' / 'Education'), and runs
    of at least HEADLINE_RUN_LINES title-cased headlines of varied shape (teasers of other stories)."""
    out: set[int] = set()
    for is_item, least in ((_menu_item, MENU_RUN_LINES), (_title_cased, HEADLINE_RUN_LINES)):
        run: list[int] = []
        for i in range(begin, end + 1):
            text = lines[i].strip() if i < end else ""
            if text and is_item(text):
                run.append(i)
                continue
            if len(run) >= least and (is_item is _menu_item or not _one_shape(lines, run)):
                out.update(run)
            run = []
    return out


def _one_shape(lines: list[str], run: list[int]) -> bool:
    """Whether most lines of a run share one dated or numbered shape: a structured list of the article
    ('June 9 – Tampa, FL @ Arena' line after line), where teaser headlines vary."""
    shape, count = Counter(line_shape(lines[i]) or "" for i in run).most_common(1)[0]
    return count * 2 > len(run) and any(token in ("0", "M") for token in shape.split())  # not words alone


def _menu_item(text: str) -> bool:
    return len(text.split()) <= MENU_ITEM_WORDS and not text.endswith((".", "!", "?", ":", ",", ";"))


def _drop_trailing_chrome(lines: list[str], thread: Thread) -> None:
    """Nameless 'comments' after the last one of a thread whose every comment has a header line.

    Where each comment opens with a header of the system's form ('Par Ann, le 3 mai
    2019', 'Ann schrieb:'), lines after the last comment without such a header are the
    page's footer ('Plan du site'), not a comment.
    """
    authored = [c for c in thread.comments if c.author_line is not None]
    heads = [lines[c.author_line] for c in authored if c.author_line is not None]
    if len(authored) < MIN_HEADED_COMMENTS or not all(header_shape(head) for head in heads):
        return
    if any(c.author_line is None for c in thread.comments[: thread.comments.index(authored[-1])]):
        return  # nameless comments inside the thread: this system also prints comments without a header
    while thread.comments and thread.comments[-1].author_line is None:
        for i in thread.comments.pop().lines:
            thread.kinds[i] = "boilerplate"


def _read_thread(page: _PageState, start: int) -> tuple[list[Comment], list[tuple[int, int]]]:
    """Comments from line `start` on, and their 1-based line spans; kinds go into `page.kinds`.

    Inside the thread the chrome rules are re-run in thread mode, so that short
    comments resembling site chrome ('Follow the money') stay text.
    """
    lines, chrome = page.lines, page.chrome
    n = len(lines)
    for i in range(start, n):
        chrome[i] = chrome_kind(lines[i], in_thread=True)
        if chrome[i] is None and i in page.learned and not is_name_line(lines[i]):
            chrome[i] = CHROME
    thread = segment_thread(lines, chrome, start, _thread_end(lines, chrome, start, n))
    _drop_trailing_chrome(lines, thread)
    for i, kind in thread.kinds.items():
        page.kinds[i] = kind
    comments: list[Comment] = []
    spans: list[tuple[int, int]] = []
    for k, raw in enumerate(thread.comments):
        first, last = raw.first, raw.last
        text_lines = [lines[i] for i in range(first, last + 1) if thread.kinds.get(i) in ("comment_text", "blank")]
        comments.append(
            Comment(
                id=f"c{k + 1}",
                text="\n".join(text_lines),
                author=raw.author,
                parent=f"c{raw.parent + 1}" if raw.parent is not None else None,
                published=raw.published,
            )
        )
        spans.append((first + 1, last + 1))
    return comments, spans


__all__ = ["TextExtraction", "extract_text"]
