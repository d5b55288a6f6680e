"""Comment extraction from HTML: dedicated systems, the structural fallback, hostile input."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from slant.extract.html.comments import extract_comments, extract_comments_from_html
from slant.extract.html.dom import MAX_COMMENTS, MAX_TEXT_CHARS

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def rows(name: str) -> list[tuple[str, str | None, str, str | None]]:
    html = (FIXTURES / name).read_text(encoding="utf-8")
    return [(c.id, c.author, c.text, c.parent) for c in extract_comments_from_html(html)]


def test_wordpress_nested_replies() -> None:
    assert rows("wordpress_nested.html") == [
        (
            "c1",
            "Marta Lindqvist",
            "Who pays if the anchors fail in a winter storm?\nThe lease says nothing about it.",
            None,
        ),
        (
            "c2",
            "Owen Pratt",
            "The cooperative carries the insurance, according to section 7 of the lease.",
            "c1",
        ),
        ("c3", "Dev Anand", "Good news for the swimmers: the north beach stays open.", None),
    ]


def test_wordpress_dates_come_from_time_elements() -> None:
    html = (FIXTURES / "wordpress_nested.html").read_text(encoding="utf-8")
    dates = [c.published for c in extract_comments_from_html(html)]
    assert dates == ["2031-04-02T09:15:00+00:00", "2031-04-02T10:40:00+00:00", "2031-04-03T18:02:00+00:00"]


def test_wpdiscuz_levels_and_title_dates() -> None:
    html = (FIXTURES / "wpdiscuz.html").read_text(encoding="utf-8")
    comments = extract_comments_from_html(html)
    assert [(c.id, c.author, c.text, c.parent) for c in comments] == [
        ("c1", "Ines B.", "Will the panels be visible from the hiking trail?", None),
        ("c2", "Desk Editor", "Only from the ridge viewpoint, the plans show.", "c1"),
        ("c3", "T. Okafor", "Fish first, panels second.", None),
    ]
    assert comments[0].published == "2031-04-05T07:30:00"  # from title=, not '2 days ago'


def test_disqus_noscript_and_plugin_fallbacks() -> None:
    assert rows("disqus_noscript.html") == [
        ("c1", "Hal Brennan", "Twenty-five years is a long lease for a lake we all swim in.", None),
        ("c2", "Priya N", "It pays for the new library roof,\nso I am fine with it.", None),
        ("c3", "Lotte", "Where do the cables come ashore?", None),
        ("c4", "quarrywatch", "At the old loading ramp.", "c3"),
    ]


def test_generic_comment_container_without_known_system() -> None:
    html = (FIXTURES / "generic_comments.html").read_text(encoding="utf-8")
    comments = extract_comments_from_html(html)
    assert [(c.id, c.author, c.text, c.parent) for c in comments] == [
        (
            "c1",
            "lakeside_ruth",
            "The gym was packed. I have never seen so many people at a council meeting.",
            None,
        ),
        ("c2", "Bo Hendricks", "Half of them came for the free coffee.", "c1"),
        ("c3", "lakeside_ruth", "Fair, the coffee was good.", "c2"),
        ("c4", "M. Achebe", "Can someone post the slides from the presentation?", None),
    ]
    assert comments[0].published == "2031-04-08T20:11:00Z"
    assert comments[1].published is None  # '3 days ago' is not a date


def test_forum_posts_without_comment_class_names() -> None:
    # Quoted text is dropped from the reply and the quote's link names its parent.
    assert rows("forum_thread.html") == [
        (
            "c1",
            "gravelpit_greg",
            "Anyone know when construction starts? The notice on the fence gives no date.",
            None,
        ),
        ("c2", "Nadia K", "June, once the herons have nested.", "c1"),
        ("c3", "admin_sam", "Moved this thread to Local News.", None),
    ]


def test_flat_thread_with_indent_levels() -> None:
    assert rows("flat_indent.html") == [
        ("c1", "kestrel", "Our utility tested it for two summers; algae went down.", None),
        ("c2", "fenwick", "Did they measure oxygen levels too?", "c1"),
        ("c3", "kestrel", "Yes, no change at two metres depth.", "c2"),
        ("c4", "tamsin", "What about panel coatings leaching into the water?", None),
    ]


def test_malformed_truncated_html() -> None:
    assert rows("malformed.html") == [
        ("c1", "Ana", "First bold claim", None),
        ("c2", "Ben", "Unclosed reply text", "c1"),
    ]


def test_payloads_come_out_as_inert_text() -> None:
    assert rows("payloads.html") == [
        ("c1", '<script>alert("name")</script>', "Try this: <script>alert(1)</script> & see.", None),
        ("c2", "Mallory", "Click here for photos.", None),
    ]


def test_page_without_comments_gives_empty_list() -> None:
    assert rows("no_comments.html") == []


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "plain text, no markup", "<<<>>>"])
def test_degenerate_inputs(html: str) -> None:
    assert extract_comments_from_html(html) == []


def _thread(n: int, text: str = "x") -> str:
    items = "".join(
        f'<li id="comment-{i}" class="comment"><b class="fn">u{i}</b>'
        f'<div class="comment-content"><p>{text} {i}</p></div></li>'
        for i in range(n)
    )
    return f'<html><body><ol class="comment-list">{items}</ol></body></html>'


def test_comment_count_is_capped() -> None:
    comments = extract_comments(lxml.html.document_fromstring(_thread(MAX_COMMENTS + 50)))
    assert len(comments) == MAX_COMMENTS
    assert comments[-1].id == f"c{MAX_COMMENTS}"


def test_comment_text_is_capped() -> None:
    comments = extract_comments_from_html(_thread(2, "word " * 10000))
    assert len(comments) == 2
    assert len(comments[0].text) == MAX_TEXT_CHARS


def test_deep_nesting_does_not_crash() -> None:
    depth = 3000
    block = '<div class="comment"><span class="username">a</span><div class="comment-text">t</div>'
    html = "<html><body>" + block * depth
    comments = extract_comments_from_html(html)
    assert all(c.text for c in comments)
    assert len(comments) <= MAX_COMMENTS


def test_author_line_inside_the_text_block_is_split_off() -> None:
    # Older WordPress themes put 'Name on <date> said:' inside div.comment-body.
    html = """<html><body><ol class="commentlist">
      <li class="comment depth-1" id="comment-7"><div class="comment-body">
        <div class="comment-author"><strong>Rosa Vidal</strong> on
          <a href="#comment-7">May 2, 2031 at 4:10 pm</a> said:</div>
        <p>The heron colony moved to the east bank last spring.</p></div></li>
      </ol></body></html>"""
    assert rows_of(html) == [("c1", "Rosa Vidal", "The heron colony moved to the east bank last spring.", None)]


def test_mention_inside_post_does_not_replace_the_author() -> None:
    html = """<html><body><div class="thread">
      <div class="post" id="p1"><a class="username" href="/u/1">ferryman</a>
        <div class="content">Ask <a class="username" href="/u/2">@lockkeeper</a> about the sluice.</div></div>
      <div class="post" id="p2"><a class="username" href="/u/2">lockkeeper</a>
        <div class="content">The sluice opens at dawn.</div></div>
      </div></body></html>"""
    assert rows_of(html) == [
        ("c1", "ferryman", "Ask @lockkeeper about the sluice.", None),
        ("c2", "lockkeeper", "The sluice opens at dawn.", None),
    ]


def rows_of(html: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(c.id, c.author, c.text, c.parent) for c in extract_comments_from_html(html)]
