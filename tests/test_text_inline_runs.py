"""Pages scraped one text node per line (issue 16). Invented threads only.

A scraper that prints every text node on its own line splits one header line
('ann on Mar 3, 2024 | parent | next') into pieces with the separators alone
between them; read as it comes, a piece ('next') passes for the author.
`text/inline.py` joins the pieces again where the separators say they stood on
one line, and the thread reader keeps the reading that names its commenters.
"""

from __future__ import annotations

from slant.extract.text.inline import inline_groups, joined_line
from slant.extract.text.page import extract_text

_ARTICLE = [
    "Ask the board: which hand plane should a beginner buy first?",
    "42 points",
    "by",
    "shavings_fan",
    "on Mar 2, 2024",
    "|",
    "hide",
    "|",
    "past",
    "|",
    "19 comments",
    "I have a workbench and a set of chisels, and now want a first plane for flattening boards. Which one would you buy?",
]

#: (name, depth, text): depth-first, as a threaded board prints its comments.
_THREAD = [
    ("kerf_and_grain", 0, "A number five jack plane does rough and fine work well enough to learn on."),
    ("oakleaf", 1, "Buy an old one at a flea market, the irons are better than most budget ones."),
    ("burr_walnut", 2, "Check the sole is flat before you pay anything for it."),
    ("mitre_jo", 1, "A block plane first, you will use it daily for chamfers."),
    ("tenon_tom", 0, "It will not flatten a board though, which is what was asked."),
    ("strop_sally", 1, "Learn to sharpen first or no plane will work for you."),
    ("dovetail_dan", 2, "A strop and compound got me further than any new plane."),
    ("spokeshave", 2, "Watch a few videos on setting the chip breaker, it matters."),
    ("rasp_rita", 0, "Low angle jack planes are easier on end grain for beginners."),
    ("gimlet", 1, "Second hand planes need a weekend of fettling, budget for it."),
    ("awl_be_fine", 0, "I still use the plane my grandfather bought in the fifties."),
    ("marking_gauge", 1, "Do not skip a decent square, every plane needs one."),
]


#: Each comment's parent as the links and the order of the thread give it.
_PARENTS = [None, "c1", "c2", "c1", None, "c5", "c6", "c6", None, "c9", None, "c11"]


def _header(name: str, depth: int, after_sibling: bool) -> list[str]:
    """'name on date | root | parent | prev | next [–]', one text node per line."""
    links = (["root"] if depth >= 2 else []) + (["parent"] if depth >= 1 else [])
    links += (["prev"] if after_sibling else []) + ["next"]
    out = [name, "on Mar 3, 2024"]
    for link in links:
        out += ["|", link]
    return out + ["[–]"]


def _page() -> list[str]:
    lines = list(_ARTICLE)
    for k, (name, depth, text) in enumerate(_THREAD):
        after_sibling = depth > 0 and k > 0 and _THREAD[k - 1][1] >= depth
        lines += _header(name, depth, after_sibling) + [text]
    return lines + ["Guidelines", "|", "FAQ", "|", "Contact"]


def test_separators_alone_on_their_lines_join_their_neighbours() -> None:
    lines = ["ann", "on Mar 3, 2024", "|", "parent", "|", "next", "[–]", "Nice.", "tags:", "oak", ",", "ash", ",", "elm"]
    groups = inline_groups(lines * 2)
    assert groups is not None
    joined = [joined_line(lines * 2, g) for g in groups][:9]
    assert joined == ["ann", "on Mar 3, 2024 | parent | next", "[–]", "Nice.", "tags:", "oak, ash, elm", "ann",
                      "on Mar 3, 2024 | parent | next", "[–]"]
    assert inline_groups(["ann", "|", "bob"]) is None  # a stray separator is no node-per-line page


def test_a_header_split_one_node_per_line_names_and_places_every_comment() -> None:
    found = extract_text("\n".join(_page()))
    assert [c.author for c in found.comments] == [name for name, _, _ in _THREAD]
    assert [c.parent for c in found.comments] == _PARENTS
    assert found.comments[0].text == _THREAD[0][2]
    # line kinds and comment lines are given for the lines as they came
    assert len(found.line_kinds) == len(_page())
    first, last = found.comment_lines[0]
    assert _page()[first - 1] == _THREAD[0][2] and first == last


def test_headers_that_list_more_links_deeper_in_the_thread_are_one_header_shape() -> None:
    """On one line each ('ann on Mar 3, 2024 | root | parent | next [–]'), the headers of deeper
    replies list more links; every variant heads a comment."""
    lines = list(_ARTICLE[:1]) + [" ".join(_ARTICLE[1:11])] + _ARTICLE[11:]
    for k, (name, depth, text) in enumerate(_THREAD):
        after_sibling = depth > 0 and k > 0 and _THREAD[k - 1][1] >= depth
        header = _header(name, depth, after_sibling)
        lines += [f"{header[0]} {header[1]} {' '.join(header[2:-1])} {header[-1]}", text]
    found = extract_text("\n".join(lines + ["Guidelines | FAQ | Contact"]))
    assert [c.author for c in found.comments] == [name for name, _, _ in _THREAD]
    assert [c.parent for c in found.comments] == _PARENTS


def test_printed_levels_place_replies_in_a_header_reading() -> None:
    from slant.extract.text.comments import RawComment
    from slant.extract.text.page import _level_parents
    from slant.extract.text.records import Record

    lines = ["level 1", "ann · 3 hr. ago", "One.", "level 2", "bob · 2 hr. ago", "Two.",
             "level 3", "cy · 1 hr. ago", "Three.", "level 2", "dee · 1 hr. ago", "Four.", "level 1", "eve · 1 hr. ago", "Five."]
    records = [Record(header=[k, k + 1], text=[k + 2], anchor=k + 1, parent=None) for k in range(0, len(lines), 3)]
    raws = [RawComment(lines=r.text) for r in records]
    _level_parents(lines, records, raws)
    assert [r.parent for r in records] == [None, 0, 1, 0, None]


def test_a_joined_reading_keeps_every_text_made_of_the_pages_lines() -> None:
    page = _page()
    # a comment whose text holds a line split at its separators ('see the | wiki')
    page[page.index(_THREAD[3][2])] = "A block plane first, see the"
    page[page.index("A block plane first, see the") + 1: page.index("A block plane first, see the") + 1] = ["|", "wiki"]
    found = extract_text("\n".join(page))
    body_lines = [line for line, kind in zip(page, found.line_kinds) if kind == "body"]
    assert found.body == "\n\n".join(body_lines)
    for comment, (first, last) in zip(found.comments, found.comment_lines):
        assert all(part in page[first - 1 : last] for part in comment.text.split("\n"))
    assert "A block plane first, see the\n|\nwiki" in [c.text for c in found.comments]
