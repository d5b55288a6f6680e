"""Whether a segmented text thread carries the evidence of reader comments.

Segmentation (`comments`, `records`) reads any run of name-shaped lines over
text as a thread. On news pages whose comments load by script the text holds
none, and the same shapes come from photo galleries ('Image', '1', 'of'),
teaser lists (a byline or section over a headline), footer menus and
subheaded article sections. A real thread shows itself by the comment
system's chrome on most comments (dates, reply controls, signatures), or else
by comments that read as text under named commenters. Where the 'thread' holds
the page's main prose (`page._main_prose`), the article itself is at stake, so
it must also show some chrome or a commenter who posts more than once:
subheaded sections have names and text too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from slant.document import Comment
from slant.extract.dates import MONTH_RE
from slant.extract.text.boilerplate import MAX_CHROME_LEN, SEPARATOR, TIMESTAMP, chrome_kind

#: Share of comments that must name an author (an anonymous thread needs reply controls instead).
MIN_AUTHORED_SHARE = 0.5
#: Share of comments that must read as text rather than labels, headlines or menus (and at least
#: MIN_TEXT_COMMENTS of them, or all where the thread has fewer).
MIN_TEXT_SHARE = 0.5
MIN_TEXT_COMMENTS = 2
#: Share of comments with a date, or with a control or signature line, that counts as the comment system's chrome.
MIN_CHROME_SHARE = 0.25
#: Share of comments with a date and with a control line that marks the comment system by itself
#: (names and text may then be missing: anonymous or one-word comments).
SURE_CHROME_SHARE = 0.5
#: Share of the authored comments the most frequent author must stay under to count as a returning
#: commenter: a label over every item ('AUTO NEWS', 'Posted') is no commenter.
MAX_TOP_AUTHOR_SHARE = 0.5
#: Items from which one author over more than that share reads as a label (two or three comments
#: may well be one reader answering another).
MIN_LABELLED_ITEMS = 4
#: Words a sentence-ended line needs to read as text; a line this long reads as text without an end.
MIN_SENTENCE_WORDS = 4
LONG_LINE_WORDS = 12
#: Words up to which an unpunctuated line reads as a label (a menu item, a gallery control).
LABEL_WORDS = 3

#: A date inside a comment header ('marta_k on May 3, 2024 | next'), not only on a line of its own.
_HEADER_DATE = re.compile(rf"(?:{MONTH_RE})\.? \d{{1,2}}\b|\b\d{{1,2}}\.? (?:{MONTH_RE})\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b", re.IGNORECASE)
#: A signature under a letter or comment ('— Ann Roe, Kingsholm'): the comment's own author mark.
_SIGNATURE = re.compile(r"^(?:[—–~]|--?)\s*[^\W\d_][^|•·]{1,50}$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")


@dataclass
class ThreadEvidence:
    """Per-thread shares that `is_credible` weighs (kept for inspection and tests)."""

    comments: int
    authored: float
    text: float
    texts: int
    dated: float
    controlled: float
    repeat_author: bool
    labelled: bool = False  # one 'author' over most items ('AUTO NEWS', 'Posted'): a section label

    def is_credible(self, holds_article: bool = False) -> bool:
        """Sure chrome (dates and controls on most comments); otherwise text, and:

        after the article, named commenters or reply controls (a lone comment: a date or controls);
        where the thread holds the article's main prose, authors and also some chrome or a
        returning commenter, since subheaded sections have names and text too.
        """
        if self.comments == 0:
            return False
        if self.dated >= SURE_CHROME_SHARE and self.controlled >= SURE_CHROME_SHARE:
            return True
        if self.text < MIN_TEXT_SHARE or self.texts < min(MIN_TEXT_COMMENTS, self.comments):
            return False
        if not holds_article:
            # after the article: named commenters or reply controls (teaser lists carry dates too);
            # a lone comment needs its date or controls
            marked = self.dated >= MIN_CHROME_SHARE or self.controlled >= MIN_CHROME_SHARE
            if self.comments == 1:
                return marked
            return (self.authored >= MIN_AUTHORED_SHARE and not self.labelled) or self.controlled >= MIN_CHROME_SHARE
        return self.authored >= MIN_AUTHORED_SHARE and (self.dated >= MIN_CHROME_SHARE or self.controlled >= MIN_CHROME_SHARE or self.repeat_author)


def reads_as_text(text: str) -> bool:
    """A comment's text is writing: a sentence, or a long line, and not mostly labels.

    Galleries ('of', '/', 'Close'), footer menus ('Careers', 'Apps') and teaser
    headlines ('Yudichak leaves Democratic Party') carry no sentence.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    labels = sum(1 for line in lines if len(line.split()) <= LABEL_WORDS and not _SENTENCE_END.search(line))
    if len(lines) >= 3 and labels * 2 > len(lines):
        return False
    return any(
        _casual(line)
        or len(line.split()) >= LONG_LINE_WORDS or (len(line.split()) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(line))
        for line in lines
    )


def _casual(line: str) -> bool:
    """A short lower-case phrase ('me too', 'so true'): a reader's writing, where labels,
    menu items and headlines are capitalised."""
    words = line.split()
    return 2 <= len(words) <= LABEL_WORDS and line[0].islower()


def thread_evidence(lines: list[str], comments: list[Comment], spans: list[tuple[int, int]]) -> ThreadEvidence:
    """Shares of authored, textual, dated and controlled comments; spans are 1-based, inclusive.

    A comment's chrome is looked for from the line after the previous comment to
    its own last line, so a header above it ('Ann', '3 May 2024') and controls
    inside it count.
    """
    n = len(comments)
    dated = controlled = 0
    prev_end = spans[0][0] - 3 if spans else 0
    for comment, (_first, last) in zip(comments, spans):
        region = [lines[i] for i in range(max(0, prev_end), min(last, len(lines)))]
        kinds = {chrome_kind(line, in_thread=True) for line in region}
        text = set(comment.text.splitlines())
        headed = any(
            len(line.strip()) <= MAX_CHROME_LEN and line not in text and _HEADER_DATE.search(line) for line in region
        )
        dated += TIMESTAMP in kinds or headed or comment.published is not None
        controlled += SEPARATOR in kinds or any(_SIGNATURE.match(line.strip()) for line in region)
        prev_end = last
    authors = Counter(c.author for c in comments if c.author)
    authored = sum(authors.values())
    top = authors.most_common(1)[0][1] if authors else 0
    texts = sum(1 for c in comments if reads_as_text(c.text))
    share = 1 / n if n else 0.0
    return ThreadEvidence(
        comments=n,
        authored=authored * share,
        text=texts * share,
        texts=texts,
        dated=dated * share,
        controlled=controlled * share,
        repeat_author=top > 1 and top < MAX_TOP_AUTHOR_SHARE * authored,
        labelled=n >= MIN_LABELLED_ITEMS and top > MAX_TOP_AUTHOR_SHARE * authored,
    )


__all__ = ["ThreadEvidence", "reads_as_text", "thread_evidence"]
