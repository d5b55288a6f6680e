"""Page text that segments like a thread but is not one (`text/evidence.py`), and the body it must keep.

Every page here is invented for these tests: a news article scraped to one block
per line whose comments load by script, so the text holds none. Galleries,
teaser lists and subheaded sections must not come out as comments, and
article text they stood in must stay in the body; a real thread keeps its comments.
"""

from __future__ import annotations

from slant.document import Comment
from slant.extract.text.evidence import reads_as_text, thread_evidence
from slant.extract.text.page import extract_text

LEAD = [
    "Harbour Council Votes on the New Ferry Timetable",
    "",
    "By Staff Reporter",
    "",
]
PROSE = [
    "The council voted on Tuesday to cut the evening ferry to Holm Island from four crossings to two, citing fuel costs.",
    "",
    "Islanders said the change would leave shift workers without a way home after the late shift at the cannery.",
    "",
    "The harbour master told the meeting that the ferry burns most of its fuel idling at the pier, not crossing.",
    "",
    "A petition against the cut has gathered more than nine hundred signatures since it opened last week.",
]


def _page(*blocks: list[str]) -> str:
    return "\n".join(line for block in blocks for line in block) + "\n"


def test_gallery_controls_before_the_article_are_not_comments() -> None:
    caption = "Islanders queue for the last evening ferry at Holm pier on Monday, the day the cut was announced."
    gallery = [
        caption, "Image", "1", "of", "/", "12", "Caption", "Close", "Image", "1", "of", "12",
        caption, "Harbour Council Votes on the New Ferry Timetable", "1", "/", "12", "Back to Gallery",
    ]
    body = [
        "The council voted on Tuesday to cut the evening ferry to Holm Island from four crossings to two.",
        "Islanders said the change would leave shift workers without a way home after the late shift.",
        "THE CANNERY",
        "The cannery runs two shifts and most of its workers live on the island, the manager said.",
        "THE PETITION",
        "A petition against the cut has gathered more than nine hundred signatures since last week.",
    ]
    text = _page(["Harbour Council Votes on the New Ferry Timetable", "Ann Roe, Staff Writer"], gallery, body)
    result = extract_text(text)
    assert result.comments == []
    assert "nine hundred signatures" in result.body
    assert "two shifts" in result.body


def test_teaser_headlines_with_bylines_and_dates_are_not_comments() -> None:
    teasers = ["Latest from the region"]
    for headline in (
        "Ferry operator posts record losses for the third year",
        "Cannery to open a second shift in the spring",
        "Holm Island school wins regional chess title",
        "New bus timetable starts on Monday",
    ):
        teasers += [headline, "By STAFF", "11/20/2019 01:14 PM"]
    result = extract_text(_page(["Harbour Council Votes on the New Ferry Timetable"], [p for p in PROSE if p], teasers))
    assert result.comments == []
    assert "fuel costs" in result.body


def test_numbered_sections_stay_in_the_body() -> None:
    """Headed sections longer than the lead hold the article's main prose: they are no thread."""
    intro = [
        "Harbour Council Votes on the New Ferry Timetable",
        "Written by Ann Roe on May 3, 2024",
        *[p for p in PROSE if p],
        "Here are six ways islanders plan to get home after the cut.",
    ]
    sections: list[str] = []
    headings = ("Share a car", "Take the night bus", "Stay in town", "Call a water taxi", "Cycle the causeway", "Ask the cannery")
    for k, heading in enumerate(headings):
        sections += [
            f"{k + 1}. {heading}",
            f"Option {k + 1} came up again and again when we asked cannery workers how they would manage the late shift.",
            "Several of them said it would cost them more than the ferry ticket did, and take far longer each night.",
            "The council said it would look at the costs again before the new timetable starts in the autumn.",
            "Shift workers at the cannery start at six in the evening and finish long after the last crossing leaves.",
            "A spokesman for the ferry operator said the company would run extra crossings if the council paid for them.",
            f"Summary Option {k + 1} works for some workers but not for all of them, the union said.",
        ]
    result = extract_text("\n".join(intro + sections + ["Most read", "Council tax to rise"]) + "\n")
    assert result.comments == []
    assert "Option 6 came up again" in result.body
    assert "Option 2 came up again" in result.body


def test_real_thread_keeps_its_comments() -> None:
    thread = [
        "",
        "3 Comments",
        "",
        "Marta Kowal",
        "3 May 2024 at 9:12 pm",
        "Two crossings is not a timetable, it is an apology for one.",
        "Reply",
        "",
        "Olek Brandt",
        "3 May 2024 at 9:40 pm",
        "The fuel argument does not hold: ask how long the engines run at the pier.",
        "Reply",
        "",
        "Marta Kowal",
        "4 May 2024 at 7:02 am",
        "Exactly, and nobody from the council came to the island to ask us.",
        "Reply",
    ]
    result = extract_text(_page(LEAD, PROSE, thread))
    assert [c.author for c in result.comments] == ["Marta Kowal", "Olek Brandt", "Marta Kowal"]


def test_reads_as_text() -> None:
    assert reads_as_text("Two crossings is not a timetable, it is an apology for one.")
    assert not reads_as_text("of\n/")
    assert not reads_as_text("Careers\nApps\niPhone App\nAdvertise")
    assert not reads_as_text("Cannery to open a second shift in the spring")


def test_label_over_every_item_is_no_returning_commenter() -> None:
    comments = [
        Comment(id=f"c{k}", text=f"Story number {k} is about the ferry and the cannery and the island.", author="LATEST NEWS")
        for k in range(4)
    ]
    lines = [c.text for c in comments]
    spans = [(k + 1, k + 1) for k in range(4)]
    evidence = thread_evidence(lines, comments, spans)
    assert not evidence.repeat_author
    assert not evidence.is_credible()
    assert not evidence.is_credible(holds_article=True)
