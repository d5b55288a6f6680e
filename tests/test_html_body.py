"""The body of an HTML page is the article: the opening post, the question, the submission, tables kept.

Also: optional metadata that fails costs a warning, not the page (issue 20); the faster
paths of issue 21 (metadata, depth check, walks, grouping) give the plain paths' answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import slant.extract.html.dom as dom_module
import slant.extract.html.markup as markup_module
import slant.extract.html.page as page_module
from slant.extract.html.comments import extract_comments_from_html
from slant.extract.html.dom import DEPTH_NEAR_LIMIT, parse_page
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
    import htmldate
    import trafilatura.metadata

    def broken_date(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("internal date-library assertion")

    # trafilatura's metadata step (pages it parses itself) and slant's (pages whose tree it shares)
    monkeypatch.setattr(trafilatura.metadata, "find_date", broken_date)
    monkeypatch.setattr(htmldate, "find_date", broken_date)
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


# --- Issue 21: the faster paths of HTML extraction give the answers of the plain ones ---

ALL_PAGES = sorted(p.name for p in FIXTURES.glob("*.html"))


@pytest.mark.parametrize("name", ALL_PAGES)
@pytest.mark.parametrize("url", [None, "https://news.example.org/2024/05/story"])
def test_page_metadata_is_trafilaturas_for_the_fields_slant_keeps(name: str, url: str | None) -> None:
    """The same values as trafilatura's own metadata step inside `bare_extraction` (the old path)."""
    import trafilatura
    from lxml import etree

    tree = parse_page(load(name))[0]
    before = etree.tostring(tree)
    found = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    if found is None:  # trafilatura keeps nothing of a page without enough text, metadata included
        assert page_module._trafilatura(tree, url, []) == {}
        return
    theirs = found.as_dict()
    ours = page_module.page_metadata(tree, url)
    assert ours == {key: theirs[key] for key in ours}
    assert set(ours) == {"title", "author", "url", "hostname", "date", "sitename"}
    assert etree.tostring(tree) == before  # read only: slant's tree serves the later steps as it is


def test_metadata_slant_drops_is_not_computed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Categories, tags and the license cost a quarter of trafilatura's metadata step and are dropped."""
    import trafilatura.metadata

    def unwanted(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("categories, tags and license are not wanted")

    monkeypatch.setattr(trafilatura.metadata, "extract_catstags", unwanted)
    monkeypatch.setattr(trafilatura.metadata, "extract_license", unwanted)
    result = extract_html(page())
    assert result.warnings == []
    assert result.title and "ferry timetable" in result.body


def test_shares_tree_sees_every_character_trafilaturas_loader_repairs() -> None:
    import re

    needs_parse = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|<\?")  # the old single pattern
    base = "<html><body><p>Text{}</p></body></html>"
    for code in [*range(0x00, 0x21), 0x7F, 0xFFFD, 0xFFFE, 0xFFFF]:
        markup = base.format(chr(code))
        assert page_module.shares_tree(markup) is (needs_parse.search(markup) is None), hex(code)
    assert page_module.shares_tree(base.format("<?php echo 1; ?>")) is False


def _deep_page(levels: int, last: str) -> str:
    """A page whose deepest node sits at `levels` (html is level 1, body level 2)."""
    return "<html><body>" + "<div>" * (levels - 3) + last + "</div>" * (levels - 3) + "</body></html>"


@pytest.mark.parametrize("levels", [DEPTH_NEAR_LIMIT - 2, DEPTH_NEAR_LIMIT - 1, DEPTH_NEAR_LIMIT, DEPTH_NEAR_LIMIT + 1])
@pytest.mark.parametrize("last", ["<p>deep text</p>", "<?pi deep?>", "<br>"])
def test_depth_check_is_tree_depth(levels: int, last: str) -> None:
    import lxml.html

    tree = lxml.html.document_fromstring(_deep_page(levels, last), parser=dom_module._PARSER)
    assert dom_module._NEAR_LIMIT(tree) is (dom_module.tree_depth(tree) >= DEPTH_NEAR_LIMIT)


def _walk_reference(root: Any, prune: Any) -> list[Any]:
    """The plain recursive walk that `walk` replaces (fixtures are shallow)."""
    out: list[Any] = []
    for child in root:
        if isinstance(child.tag, str) and not prune(child):
            out.append(child)
            out.extend(_walk_reference(child, prune))
    return out


@pytest.mark.parametrize("name", ALL_PAGES)
def test_walk_and_grouping_match_the_plain_computation(name: str) -> None:
    from dataclasses import replace

    from slant.extract.html import generic, threads

    tree = parse_page(load(name))[0]

    def prune(el: Any) -> bool:
        return el.tag in dom_module.PRUNE_TAGS

    assert list(dom_module.walk(tree, prune)) == _walk_reference(tree, prune)
    for max_scan in (0, 3, 10**6):
        groupings = [replace(g, max_scan=max_scan) for g in (threads.GROUPING, generic.GROUPING)]
        found = dom_module.group_by_keys(tree, groupings)
        for grouping, groups in zip(groupings, found):
            expected: dict[tuple[str, str], list[Any]] = {}
            visited = _walk_reference(tree, lambda el, g=grouping: el.tag in g.prune_tags)[: max_scan + 1]
            for el in visited:
                for key in grouping.keys(el):
                    expected.setdefault((el.tag, key), []).append(el)
            assert groups == expected
            assert list(groups) == list(expected)  # the same order of groups: ties keep it
    assert dom_module.group_by_keys(tree, [threads.GROUPING, generic.GROUPING]) == [
        threads._groups(tree), generic._candidate_groups(tree)
    ]


def test_grouping_memory_is_bounded_and_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from slant.extract.html import generic, threads

    groupings = (threads.GROUPING, generic.GROUPING)
    trees = [parse_page(load(name))[0] for name in ALL_PAGES[:6]]
    dom_module.forget_remembered_keys()
    cold = [dom_module.group_by_keys(tree, groupings) for tree in trees]
    monkeypatch.setattr(dom_module, "KEY_MEMORY", 5)
    for tree, expected in zip(trees, cold):
        assert dom_module.group_by_keys(tree, groupings) == expected
        accepted, known = dom_module._remembered_keys(groupings)
        assert len(accepted) <= 5 and len(known) <= 5  # full memories start again empty
    dom_module.forget_remembered_keys()
    assert not dom_module._KEY_MEMORY


def test_huge_class_attributes_are_not_kept_for_later_pages() -> None:
    import lxml.html

    from slant.extract.html import generic, threads

    groupings = (threads.GROUPING, generic.GROUPING)
    huge = "comment " + "x" * 5000
    items = "".join(f"<div class='{huge}'><p>Remark {k}</p></div>" for k in range(3))
    tree = lxml.html.document_fromstring(f"<html><body><div class='comment-list {'y' * 5000}'>{items}</div></body></html>")
    dom_module.forget_remembered_keys()
    groups = dom_module.group_by_keys(tree, groupings)
    assert len(groups[0][("div", "comment")]) == 3  # still grouped on the page itself
    accepted, known = dom_module._remembered_keys(groupings)
    assert all(len(tok) <= dom_module.MAX_REMEMBERED_CHARS for tok in accepted)
    assert all(sum(len(v) for v in sig if v) <= dom_module.MAX_REMEMBERED_CHARS for sig in known)
    dom_module.forget_remembered_keys()


def test_tokens_lowercase_each_class_token() -> None:
    import lxml.html

    for cls in ["Comment  Reply\tX", "İstanbul ẞtraße", "", "   ", "a\u00a0b", "MiXeD mixed"]:
        el = lxml.html.fragment_fromstring(f'<div class="{cls}" itemprop="Text">x</div>')
        assert dom_module.tokens(el) == {t.lower() for t in cls.split()} | {"itemprop:text"}
    assert dom_module.tokens(lxml.html.fragment_fromstring("<div>x</div>")) == set()
