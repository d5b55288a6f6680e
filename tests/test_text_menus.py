"""A site's section menu flattened one item per line is no part of the article body (issue 16). Invented text."""

from __future__ import annotations

from slant.extract.text.page import extract_text

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
