"""The element limit reads the tree only when the markup could hold that many nodes (issue 21)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from slant.errors import SlantInputError
from slant.extract.decode import decode_bytes
from slant.extract.html import page
from slant.extract.html.dom import parse_page

BENCHMARK = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-benchmark" / "html"


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


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="benchmark pages not present")
def test_the_bound_holds_on_the_benchmark_pages() -> None:
    for path in sorted(BENCHMARK.glob("*.html.gz"))[:40]:
        html = decode_bytes(gzip.decompress(path.read_bytes()))
        tree = parse_page(html)[0]
        assert sum(1 for _ in tree.iter()) <= page._NODES_PER_TAG * html.count("<") + page._IMPLIED_NODES
