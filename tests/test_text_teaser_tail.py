"""A thread scraped one text node per line and followed by a list of related videos, each dated
as the comments are ('2 days ago'): the list after its heading ('Related') heads no comments, so
the thread is not read as signed below (each name under the text before it).

The fixture is the English thread of `benchmarks/layouts/` printed the way YouTube prints it
(`social-youtube`), scraped one text node per line: text written for this project.
"""

from __future__ import annotations

from pathlib import Path

from slant.extract.text.page import extract_text

PAGE = Path(__file__).parent / "fixtures" / "video_comments_related.txt"


def test_the_related_list_after_a_thread_heads_no_comments() -> None:
    found = extract_text(PAGE.read_text(encoding="utf-8"))
    assert [c.author for c in found.comments] == [
        "Carla Mendes", "J. Whitfield", "Ann Roe", "bob_k", "Eve", "dmitri77", "Sarah O'Neil", "dmitri77"
    ]
    assert found.comments[1].text == "Agreed."
