"""A forum scraped to text whose posts print a profile box (name, rank, fields, date) and whose
comments under a post print only name and date: the name is the first line of either header, and a
rank under it ('Member') is the header going on, not a control that closes the post above.

The fixture is the English thread of `benchmarks/layouts/` printed the way vBulletin 5 prints it
(`forum-vbulletin5`), scraped as blocks: text written for this project.
"""

from __future__ import annotations

from pathlib import Path

from slant.extract.text.page import extract_text

PAGE = Path(__file__).parent / "fixtures" / "forum_profile_ranks.txt"


def test_names_over_a_rank_and_over_a_bare_date_both_sign_their_posts() -> None:
    found = extract_text(PAGE.read_text(encoding="utf-8"))
    assert [c.author for c in found.comments] == [
        "Ann Roe", "bob_k", "Carla Mendes", "J. Whitfield", "dmitri77", "Sarah O'Neil", "dmitri77", "Eve"
    ]
    assert found.comments[1].text == "Ask the council, they clearly never take the boat themselves."
    assert found.comments[1].parent == "c1"
