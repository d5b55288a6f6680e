"""The body of an HTML page is the article: the opening post, the question, the submission, tables kept.

Also: optional metadata that fails costs a warning, not the page (issue 20).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import slant.extract.html.markup as markup_module
import slant.extract.html.page as page_module
from slant.extract.html.comments import extract_comments_from_html
from slant.extract.html.page import extract_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def load(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_forum_body_is_the_opening_post_and_it_leaves_the_comments() -> None:
    result = extract_html(load("body_forum.html"))
    assert result.body.startswith("My commuter bike sits outside the station")
    assert "Similar threads" not in result.body and "New posts" not in result.body
    assert [(c.id, c.author, c.parent) for c in result.comments] == [
        ("c1", "gearhead_ola", None),
        ("c2", "mira_k", None),
    ]
    assert all("commuter bike" not in c.text for c in result.comments)


def test_question_page_body_is_the_question() -> None:
    result = extract_html(load("body_qa.html"))
    assert result.body == (
        "I will be away for three weeks and nobody can feed my starter. Can it survive in the fridge "
        "that long, or should I dry some of it before I leave?"
    )
    assert [c.author for c in result.comments] == ["crumb", "levain_lou"]


def test_aggregator_body_is_the_title_and_submission_text_not_the_chrome() -> None:
    result = extract_html(load("body_aggregator.html"))
    assert result.body.split("\n\n") == [
        "Ask LN: What do you use to back up a home server?",
        "I run a small server at home for photos and documents. Copying everything to a USB disk every "
        "month is getting tedious, so what do you use to keep an off-site copy without paying for a big "
        "cloud plan?",
    ]
    assert [(c.author, c.parent) for c in result.comments] == [("quill", None), ("birch", "c1"), ("ostara", None)]


def test_link_post_body_is_the_linked_title_not_the_sidebar() -> None:
    result = extract_html(load("body_link_post.html"))
    assert result.body == "City council votes to turn the old tram depot into a library"
    assert [c.author for c in result.comments] == ["kestrel", "marrow"]


def test_results_table_stays_in_the_body() -> None:
    result = extract_html(load("body_results_table.html"))
    assert "| 1 | Westbank Rowing Club | 5:48.2 |\n| 2 | Millrace Boat Club | 5:50.1 |" in result.body
    assert result.body.endswith("forced the organisers to postpone it.")
    assert "Copyright" not in result.body


def test_news_article_with_comments_keeps_its_article_and_first_comment() -> None:
    html = load("wordpress_nested.html")
    result = extract_html(html)
    assert [c.text for c in result.comments] == [c.text for c in extract_comments_from_html(html)]
    assert len(result.comments) >= 2
    assert all(c.text not in result.body for c in result.comments)


ARTICLE = "<p>" + "The harbour board met on Tuesday to discuss the new ferry timetable for the islands. " * 8 + "</p>"


def page(head: str = "", body: str = ARTICLE) -> str:
    return f"<html><head><title>Ferry timetable</title>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    "head", ['<link rel="canonical" href="http://[bad/">', '<meta property="og:url" content="http://[::1/">']
)
def test_a_canonical_url_with_a_bad_host_is_a_warning_not_a_url(head: str) -> None:
    result = extract_html(page(head))
    assert result.url is None
    assert "ferry timetable" in result.body
    assert any("left out" in w for w in result.warnings)


def test_a_bad_page_url_is_a_warning() -> None:
    result = extract_html(page(), url="http://example.com:99999/story")
    assert result.url is None and "ferry timetable" in result.body
    assert result.warnings


def test_failing_metadata_costs_the_metadata_not_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.metadata

    def broken_date(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("internal date-library assertion")

    monkeypatch.setattr(trafilatura.metadata, "find_date", broken_date)
    result = extract_html(page())
    assert "ferry timetable" in result.body
    assert result.published is None
    assert any("AssertionError" in w for w in result.warnings)


def test_trafilatura_failing_entirely_keeps_the_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: Any, **kwargs: Any) -> None:
        raise ValueError("broken extractor")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    result = extract_html(page())
    assert "ferry timetable" in result.body
    assert len(result.warnings) == 2


@pytest.mark.parametrize("depth", [300, 1500, 6000])
@pytest.mark.parametrize("tag", ["div", "span", "x-box"])
def test_deeply_nested_html_keeps_its_text(depth: int, tag: str) -> None:
    html = f"<html><body>{f'<{tag}>' * depth}{ARTICLE}{f'</{tag}>' * depth}<p>Closing line of the page.</p></body></html>"
    result = extract_html(html)
    assert "new ferry timetable" in result.body
    assert any("nested deeper" in w for w in result.warnings)


def test_threads_nested_a_little_deeper_than_lxml_allows_keep_their_comments() -> None:
    wrap = "<div>" * 280
    thread = (
        '<ol class="comment-list">'
        '<li class="comment" id="comment-1"><div class="comment-author"><cite class="fn">Ann</cite></div>'
        '<div class="comment-content"><p>The earlier sailing on Fridays helps commuters a lot.</p></div></li>'
        '<li class="comment" id="comment-2"><div class="comment-author"><cite class="fn">Bo</cite></div>'
        '<div class="comment-content"><p>Weekend crossings still end far too early in winter.</p></div></li></ol>'
    )
    result = extract_html(f"<html><body>{wrap}<article>{ARTICLE}</article>{thread}{'</div>' * 280}</body></html>")
    assert [c.author for c in result.comments] == ["Ann", "Bo"]


def test_comments_over_the_cap_are_counted_in_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markup_module, "MAX_COMMENTS", 3)
    monkeypatch.setattr(page_module, "MAX_COMMENTS", 3)
    items = "".join(
        f'<li class="comment" id="comment-{i}"><cite class="fn">user{i}</cite>'
        f'<div class="comment-content"><p>Comment number {i} about the ferry timetable.</p></div></li>'
        for i in range(5)
    )
    result = extract_html(page(body=ARTICLE + f'<ol class="comment-list">{items}</ol>'))
    assert len(result.comments) == 3
    assert "2 comments beyond the cap of 3 were dropped" in result.warnings
