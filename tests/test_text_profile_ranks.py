"""A forum scraped to text whose posts print a profile box (name, rank, fields, date) and whose
comments under a post print only name and date: the name is the first line of either header, and a
rank under it ('Member') is the header going on, not a control that closes the post above; a
header date printed in another form than the others' is no part of its post's text.

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


def test_a_date_printed_in_another_form_does_not_open_the_text() -> None:
    posts = [("Ann Roe", "My sister works nights at the hospital and needs that boat."),
             ("bob_k", "Ask the council, they never take the boat themselves anyway."),
             ("Carla Mendes", "Five to four is not a clear decision on something this big."),
             ("Eve", "Sad day for the island, and for the night staff most of all.")]
    rows = ["Council votes to close the night ferry", "Thread Modes"]
    for i, (name, text) in enumerate(posts):
        # the newest post's date is an age ('35 minutes ago'), the others' a day and a time
        date = "35 minutes ago" if i == len(posts) - 1 else f"Today, 10:{10 * i + 5:02d} AM"
        rows += [name, "Member", f"Posts: {100 + i}", f"Joined: Jul 201{i}", date, text, "Find", "Reply", "Quote", "Report"]
    found = extract_text("\n".join(rows + ["« Next Oldest | Next Newest »"]))
    assert [(c.author, c.text) for c in found.comments][-1] == posts[-1]
