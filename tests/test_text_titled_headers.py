"""Forum post headers read from scraped text: titled headers, bylines in other languages, post footers.

Pages written for this test in the layouts forums print (one block per line, no blank lines):
'Re: Topic by name(m): 9:10am On Mar 14' headers with a count footer under each post, and
'Beitrag von Name » 12 Apr 2020, 17:32' headers with a member badge under each post.
"""

from __future__ import annotations

import pytest

from slant.extract.dates import parse_date_line
from slant.extract.text.boilerplate import CHROME, SEPARATOR, TIMESTAMP, chrome_kind, is_timestamp
from slant.extract.text.names import has_says, name_before_date, without_byline
from slant.extract.text.page import extract_text

TITLED = "\n".join([
    "Welcome, Guest: Join Riverside Forum / Login / Recent",
    "Why The Old Bridge Closed Again - Town - Riverside Forum",
    "Riverside Forum / Town / Bridges / Why The Old Bridge Closed Again (2,310 Views)",
    "(1) (2) (Reply) (Go Down)",
    "Why The Old Bridge Closed Again by Kemi(f): 9:10am On Mar 14",
    "The council closed the old bridge again this morning after engineers found new cracks in two of its piers.",
    "Nobody has said how long the repairs will take, and the ferry is already full by seven.",
    "Has anyone heard when it might reopen?",
    "12 Likes 2 Shares",
    "Re: Why The Old Bridge Closed Again by tunde88(m): 9:42am On Mar 14",
    "My cousin works for the contractor and he says at least two months.",
    "4 Likes",
    "Re: Why The Old Bridge Closed Again by Adaeze: 10:05am On Mar 14",
    "Two months is optimistic. The last repair took five.",
    "They should have replaced it years ago.",
    "9 Likes 1 Share",
    "Re: Why The Old Bridge Closed Again by Femi(m): 10:31am On Mar 14",
    "The ferry company must be very happy right now.",
    "Re: Why The Old Bridge Closed Again by Kemi(f): 11:02am On Mar 14",
    "Thanks all, I will plan for the ferry then.",
    "2 Likes",
    "(1) (2) (Reply)",
])

BADGED = "\n".join([
    "Gartenforum",
    "Zitronenbaum verliert Blätter",
    "Beitrag von Lotte » 10 Apr 2020, 09:06",
    "Hallo, mein Zitronenbaum verliert seit einer Woche alle Blätter, obwohl er hell steht und ich ihn regelmäßig gieße.",
    "Registriert: 10 Apr 2020, 08:51",
    "Beitrag von Gärtner Paul » 12 Apr 2020, 17:32",
    "Das klingt nach zu viel Wasser im Winter. Lass die Erde zwischendurch abtrocknen.",
    "Registriert: 27 Mär 2020, 19:32",
    "Beitrag von Lotte » 16 Apr 2020, 10:26",
    "Danke, ich probiere es aus.",
    "Registriert: 10 Apr 2020, 08:51",
    "Beitrag von Wuchtbrumme » 17 Apr 2020, 08:15",
    "Üblicherweise wachsen die Blätter im Frühjahr wieder nach.",
    "Registriert: 02 Jan 2019, 11:40",
])


def test_titled_headers_open_posts_without_a_blank_line_above() -> None:
    result = extract_text(TITLED)
    # the opening post is the body, with its author and date; the replies are the comments
    assert result.body.startswith("The council closed the old bridge") and result.author == "Kemi"
    assert "Riverside Forum" not in result.body
    assert [c.author for c in result.comments] == ["tunde88", "Adaeze", "Femi", "Kemi"]
    assert result.comments[1].text == "Two months is optimistic. The last repair took five.\nThey should have replaced it years ago."
    kinds = dict(zip(TITLED.splitlines(), result.line_kinds))
    assert kinds["Has anyone heard when it might reopen?"] == "body"
    assert kinds["Riverside Forum / Town / Bridges / Why The Old Bridge Closed Again (2,310 Views)"] == "boilerplate"
    header = TITLED.splitlines().index("Re: Why The Old Bridge Closed Again by tunde88(m): 9:42am On Mar 14")
    assert result.comment_lines[0][0] == header + 2  # 1-based: the reply's first text line, under its header
    assert not any("Likes" in c.text for c in result.comments)  # the count footer is chrome


def test_a_byline_after_a_badge_line_names_its_post() -> None:
    result = extract_text(BADGED)
    assert [c.author for c in result.comments] == ["Gärtner Paul", "Lotte", "Wuchtbrumme"]
    assert not any("Registriert" in c.text for c in result.comments)
    assert "Zitronenbaum verliert seit einer Woche" in result.body


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Re: Why The Old Bridge Closed Again by tunde88(m): 9:42am On Mar 14", "tunde88"),
        ("Why The Old Bridge Closed Again by Kemi(f): 9:10am On Mar 14", "Kemi"),
        ("by Adaeze: 10:05am On Mar 14", "Adaeze"),
        ("Beitrag von Gärtner Paul » 12 Apr 2020, 17:32", "Gärtner Paul"),
        ("The report on the bridge was written by Ann Roe on May 3, 2024.", None),  # a sentence
        ("Registriert: 10 Apr 2020, 08:51", None),  # a label and its date: no name
        ("Joined: Sun Dec 17, 2023 11:18 am", None),
    ],
)
def test_name_before_date(line: str, name: str | None) -> None:
    assert name_before_date(line) == name
    assert has_says(line) is (name is not None)


def test_without_byline() -> None:
    assert without_byline("von Ann") == "Ann"
    assert without_byline("Posted by Ann Roe") == "Ann Roe"
    assert without_byline("Ann") == "Ann"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("506 Likes 41 Shares", CHROME),
        ("3 replies 12 likes", CHROME),
        ("Registriert: 10 Apr 2020, 08:51", TIMESTAMP),
        ("Beiträge: 711", TIMESTAMP),
        ("Inscrit le : 3 mars 2019", TIMESTAMP),
        ("Registrierter Benutzer", None),  # a rank, not a registration date
        ("Beiträge:", None),  # the label alone: its value is on the next line
        ("Report post", SEPARATOR),
        ("Link to post", SEPARATOR),
        ("Quote this message", SEPARATOR),
        ("Beitrag melden", SEPARATOR),
        ("I will report this post to the moderators", None),
    ],
)
def test_post_footers_and_member_badges(line: str, kind: str | None) -> None:
    assert chrome_kind(line, in_thread=True) == kind


@pytest.mark.parametrize(("line", "iso"), [("25-February-2012 23:07", "2012-02-25"), ("3-Mar-2019", "2019-03-03")])
def test_hyphenated_day_month_year(line: str, iso: str) -> None:
    """Phorum and other boards print '25-February-2012 23:07': a date line, not a name."""
    assert parse_date_line(line) == iso
    assert is_timestamp(line)
