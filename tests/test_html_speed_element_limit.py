"""The element limit reads the tree only when the markup could hold that many nodes (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.errors import SlantInputError
from slant.extract.html import page
from slant.extract.html.dom import parse_page

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_page_over_the_limit_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "MAX_ELEMENTS", 50)
    with pytest.raises(SlantInputError, match="elements; the limit is 50"):
        page.extract_html("<html><body>" + "<p>x</p>" * 60 + "</body></html>")


@pytest.mark.parametrize(
    "markup",
    [
        "stray text only",
        "<p>a<b>b<i>c</i></b>",
        "<html><head><title>t</title></head>text<table><tr><td>1<td>2</table>",
        "<?php x ?><?xml y?><div>a</div>text</p></p></p>",
        "x" + "<br>" * 30 + "y" + "</li>" * 10 + "<li>",
    ],
)
def test_the_bound_holds_on_odd_markup(markup: str) -> None:
    tree = parse_page(markup)[0]
    nodes = sum(1 for _ in tree.iter())
    assert nodes <= page._NODES_PER_TAG * markup.count("<") + page._IMPLIED_NODES


def test_the_bound_holds_on_the_fixture_pages() -> None:
    pages = sorted(FIXTURES.rglob("*.html"))
    assert pages
    for path in pages:
        html = path.read_text(encoding="utf-8", errors="replace")
        tree = parse_page(html)[0]
        assert sum(1 for _ in tree.iter()) <= page._NODES_PER_TAG * html.count("<") + page._IMPLIED_NODES, path.name
