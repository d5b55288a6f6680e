"""A site's section menu flattened one item per line, and a list of other stories' headlines, are no part
of the article body; a dated list of the article's own is (issue 16). Invented text."""

from __future__ import annotations

from slant.extract.text.page import _menu_runs, extract_text

_ARTICLE = [
    "Harbour bridge to close for repairs in spring",
    "By Lena Ostrova",
    "The harbour bridge will close for six weeks from the first of March while engineers replace its cables.",
    "Local News",
    "Weather",
    "Sport",
    "Opinion",
    "Drivers will be sent over the old ferry road, which adds about ten minutes to most trips.",
    "The council said buses would keep their timetable, with one extra stop near the market.",
]


def test_a_run_of_menu_items_inside_the_article_zone_is_dropped() -> None:
    ex = extract_text("\n".join(["The Daily Lantern", *_ARTICLE, "Contact us", "Privacy"]))
    assert "ferry road" in ex.body and "cables" in ex.body and "extra stop" in ex.body
    for item in ("Local News", "Weather", "Sport", "Opinion"):
        assert item not in ex.body.split("\n\n")


def test_short_lines_that_are_not_a_run_stay() -> None:
    lines = [*_ARTICLE[:3], "In short:", "Six weeks.", "Buses unchanged.", *_ARTICLE[7:]]
    ex = extract_text("\n".join(["The Daily Lantern", *lines]))
    assert "Six weeks." in ex.body and "Buses unchanged." in ex.body



_TEASERS = [
    "Town Council Approves New Budget For Riverside Park",
    "Police: Two Held After Break-In At Corner Shop",
    "Bakery Wins Regional Prize For Rye Bread",
]


def test_a_run_of_teaser_headlines_is_a_link_list_and_a_dated_list_is_not() -> None:
    dates = ["June 9 – West Harbour, NL @ Pier Hall", "June 12 – Old Mill, NL @ Grain Theatre", "June 15 – Eastbank, NL @ Town Arena"]
    lines = [*_ARTICLE[:3], *dates, *_ARTICLE[7:], *_TEASERS]
    runs = _menu_runs(lines, 0, len(lines))
    assert runs == {lines.index(t) for t in _TEASERS}


def test_teaser_headlines_leave_the_body() -> None:
    ex = extract_text("\n".join(["The Daily Lantern", *_ARTICLE[:3], *_ARTICLE[7:], *_TEASERS, "Contact us"]))
    assert "ferry road" in ex.body
    assert not any(t in ex.body.split("\n\n") for t in _TEASERS)
