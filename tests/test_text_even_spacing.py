"""Evenly spaced scrapes (issue 16): a page whose scraper put one blank line between every two
blocks reads as the same page single-spaced. Invented lines only.

- a single-spaced thread and its evenly spaced twin give the same authors, dates and parents;
- paragraph breaks inside a comment and the page's own line numbers come back for the page as given;
- a page of one-line name and text blocks, which only its blank lines part, still reads spaced;
- a page with varied gaps (blank lines that carry layout) is not evenly spaced.
"""

from __future__ import annotations

from slant.extract.text.page import evenly_spaced, extract_text

_COMMENTS = [
    ("Marta Holm", "12 May 2021 at 09:14", ["The bridge closure was announced far too late.", "Shops on the east bank lost a month of trade."]),
    ("dunfield_walker", "12 May 2021 at 10:02", ["Marta Holm, the notice was in the paper in March."]),
    ("Oskar Brandt", "12 May 2021 at 11:47", ["A ferry would have helped the school children at least."]),
    ("Lena P.", "13 May 2021 at 08:05", ["The council meets again on Thursday; bring questions."]),
]


def _single_spaced() -> list[str]:
    lines = [
        "Riverside Gazette",
        "News",
        "Sport",
        "Old bridge stays shut until the autumn",
        "By Jon Earl, 11 May 2021",
        "Repairs on the old bridge will take until the autumn, the works office said on Tuesday.",
        "Frost in February cracked two of the piers, and the new steel arrives only in August.",
        "Buses will run a longer route over the ring road until then.",
        "4 comments",
    ]
    for name, when, paragraphs in _COMMENTS:
        lines += [name, when, *paragraphs, "Reply"]
    return lines + ["Leave a comment", "© 2021 Riverside Gazette"]


def test_an_evenly_spaced_page_reads_like_its_single_spaced_twin() -> None:
    single = extract_text("\n".join(_single_spaced()))
    spaced_text = "\n\n".join(_single_spaced())
    assert evenly_spaced(spaced_text.splitlines()) is not None
    spaced = extract_text(spaced_text)
    assert [c.author for c in single.comments] == [name for name, _, _ in _COMMENTS]
    assert [(c.author, c.published, c.parent) for c in spaced.comments] == [
        (c.author, c.published, c.parent) for c in single.comments
    ]
    assert spaced.comments[0].text.split("\n\n") == _COMMENTS[0][2]  # its two paragraphs
    lines = spaced_text.splitlines()
    assert spaced.comment_lines == [(2 * a - 1, 2 * b - 1) for a, b in single.comment_lines]
    assert len(spaced.line_kinds) == len(lines)
    assert all(kind == "blank" for line, kind in zip(lines, spaced.line_kinds) if not line.strip())


def test_one_line_name_and_text_blocks_still_read_spaced() -> None:
    thread = "\n\n".join(f"Visitor Code{k}\n\nbrief note {k}" for k in range(15))
    result = extract_text("A Headline About The Harbour\n\n" + "Body sentence here. " * 12 + "\n\n" + thread)
    assert [c.author for c in result.comments] == [f"Visitor Code{k}" for k in range(15)]


def test_varied_gaps_are_not_even() -> None:
    lines = "\n\n".join(_single_spaced()).splitlines()
    lines[10:10] = ["", ""]  # a wider gap carries layout
    assert evenly_spaced(lines) is None
    assert evenly_spaced(_single_spaced()) is None  # no blank lines at all
