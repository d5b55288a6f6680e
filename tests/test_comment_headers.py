"""A comment block read whole keeps its own header above its text ('Re: Topic' / '#2 by ann' / a date):
it is dropped; a comment that merely mentions a name or a date keeps it (issue 16). Invented text."""

from __future__ import annotations

from slant.document import Comment
from slant.extract.html.comments import _drop_header_lines


def _comment(text: str, author: str | None = "moss_hen") -> Comment:
    return Comment(id="c1", text=text, author=author, parent=None, published=None)


def test_the_posts_own_header_lines_are_dropped() -> None:
    c = _comment("Re: Winter tyres\n#2041 by moss_hen\nSat Jan 18, 2020 3:22 pm\nMine lasted four winters on the hill road.")
    _drop_header_lines([c])
    assert c.text == "Mine lasted four winters on the hill road."


def test_a_byline_with_its_date_on_one_line_is_dropped() -> None:
    c = _comment("by moss_hen » Sun Jul 28, 2013 11:59 am\nThe ferry timetable changed again.")
    _drop_header_lines([c])
    assert c.text == "The ferry timetable changed again."


def test_text_that_mentions_a_name_or_date_keeps_it() -> None:
    texts = [
        "I met moss_hen at the market on 3 May 2021 and we talked for hours.\nGood person.",
        "Re: this, I disagree.\nThe road was closed for a week.",
        "moss_hen",
    ]
    comments = [_comment(t) for t in texts]
    _drop_header_lines(comments)
    assert [c.text for c in comments] == texts
    anonymous = _comment("Sat Jan 18, 2020 3:22 pm\nNo name on this one.", author=None)
    _drop_header_lines([anonymous])
    assert anonymous.text == "No name on this one."
