"""One thread printed by ten news comment systems, read as scraped text (one block per line, and
with a blank line between blocks): every layout gives every comment its author.

The thread and the layouts are written for this test, from the forms these systems print
(WordPress 'says:', Disqus '• 3 years ago', OpenWeb '3h', the Facebook plugin's 'Like · Reply',
Drupal 'Submitted by ... on', one-line 'name, date' and 'name: date' headers, ...).
"""

from __future__ import annotations

import pytest

from slant.extract.text.page import extract_text

ARTICLE = [
    "Council Votes to Repair the Old Bridge",
    "By Mara Lind | May 2, 2024",
    "The town council voted on Tuesday to repair the old stone bridge over the river, after engineers warned that two of its piers were cracking.",
    "The repairs will cost 4.2 million euros and close the bridge for six months, the mayor said, adding that a ferry would run in the meantime.",
    "Residents have long asked for a new bridge, but the council said it could not afford one before 2030.",
]
THREAD = [
    ("Ann Roe", "Finally. I have been driving around for years."),
    ("bob_k", "Six months is a long time for the shops on the east bank."),
    ("Carla Mendes", "The ferry will not carry trucks, so deliveries will take longer.\nStill, better than a collapse."),
    ("dmitri77", "Who pays for the ferry?"),
    ("Ann Roe", "The council does, it said so at the meeting."),
    ("Eve", "Good decision by the council."),
]


def _layout(name: str) -> str:
    heads = {
        "wordpress": (["6 thoughts on “Council Votes to Repair the Old Bridge”"], lambda i, n, t: [f"{n} says:", f"May {3 + i}, 2024 at 10:1{i} am", t, "Reply"]),
        "disqus": (["6 Comments", "Sort by Best"], lambda i, n, t: [n, f"• {i + 1} years ago", t, "Reply", "•Share ›"]),
        "openweb": (["Conversation (6)"], lambda i, n, t: [n, f"{i + 1}h", t, "Reply", str(i), "Share"]),
        "facebook": (["6 comments"], lambda i, n, t: [n, t, f"Like · Reply · {i + 1}y"]),
        "drupal": (["Comments"], lambda i, n, t: [f"Submitted by {n} on Fri, 05/0{3 + i}/2024 - 10:1{i}", t, "Reply"]),
        "dated-below": (["Comments (6)"], lambda i, n, t: [n, f"{3 + i} May 2024 10.1{i}", t, "Reply", "Report", "Share"]),
        "one-line": (["Comments"], lambda i, n, t: [f"{n}, May {3 + i}, 2024 at 10:1{i} am", t]),
        "colon": (["Comments"], lambda i, n, t: [f"{n}: May {3 + i}, 2024", t, "Report comment"]),
        "hyphen-date": (["Comments"], lambda i, n, t: [n, f"{3 + i}-May-2024 10:1{i}", t, "Reply to this comment"]),
        "age": (["6 Comments"], lambda i, n, t: [n, f"{i + 2} hours ago", t, "Reply", "Share", "Report"]),
    }
    header, comment = heads[name]
    lines = ARTICLE + header
    for i, (author, text) in enumerate(THREAD):
        lines += comment(i, author, text)
    return "\n".join(lines)


LAYOUTS = ["wordpress", "disqus", "openweb", "facebook", "drupal", "dated-below", "one-line", "colon", "hyphen-date", "age"]


@pytest.mark.parametrize("spaced", [False, True], ids=["blocks", "spaced"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_comment_keeps_its_author(layout: str, spaced: bool) -> None:
    text = _layout(layout)
    result = extract_text(text.replace("\n", "\n\n") if spaced else text)
    assert [c.author for c in result.comments] == [author for author, _ in THREAD]
    assert [" ".join(c.text.split()) for c in result.comments] == [" ".join(t.split()) for _, t in THREAD]
    assert result.body.startswith("The town council voted on Tuesday")
