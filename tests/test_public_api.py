"""The public surface is small and pinned (like httpx's test_exported_members)."""

from __future__ import annotations

import slant


def test_exported_members() -> None:
    assert sorted(slant.__all__) == sorted([
        "Actor", "ActorLabel", "Claim", "Comment", "Corpus", "CorpusStore", "Document", "Filter", "Limits", "Page",
        "Pipeline", "RunConfig", "Span", "__version__", "analyze_html", "analyze_paths", "analyze_text",
    ])
    for name in slant.__all__:
        assert hasattr(slant, name)


def test_analyze_text_returns_a_document() -> None:
    doc = slant.analyze_text(
        "Ferry strike ends\n\nThe ferry workers' union ended its strike on Friday after a pay deal, the union said.\n",
        analyzers=[],
    )
    assert doc.error is None and "pay deal" in doc.text and doc.language == "en"


def test_analyze_html_returns_a_document() -> None:
    html = "<html><head><title>Ferry strike ends</title></head><body><article><p>" + (
        "The ferry workers' union ended its strike on Friday after a pay deal, the union said. " * 3
    ) + "</p></article></body></html>"
    doc = slant.analyze_html(html, url="https://news.example/ferry", analyzers=[])
    assert doc.error is None and doc.title == "Ferry strike ends" and doc.url == "https://news.example/ferry"
    assert doc.outlet == "news.example"


def test_analyze_paths(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Rain expected\n\nForecasters said heavy rain is expected across the valley on Sunday.\n")
    (tmp_path / "b.txt").write_text("")
    docs = slant.analyze_paths([tmp_path], analyzers=[])
    assert [d.error.type if d.error else None for d in docs] == [None, "empty_input"]


def test_one_run_config_for_the_python_api(tmp_path) -> None:
    """The README's Python API example: a RunConfig, then a corpus query with a Filter."""
    config = slant.RunConfig(analyzers=(), limits=slant.Limits(max_bytes=100))
    long_text = "Rain expected\n\n" + "Forecasters said heavy rain is expected across the valley. " * 5
    assert slant.analyze_text(long_text, config=config).error.type == "too_large"
    doc = slant.analyze_text(long_text, config=config.with_(limits={"max_bytes": 10_000}))
    assert doc.ok
    with slant.CorpusStore(tmp_path / "c.sqlite") as store:
        store.upsert(doc)
        corpus = slant.Corpus(store)
        assert [d.id for d in corpus.list(slant.Filter(outlet=doc.outlet_name))] == [doc.id]
        assert corpus.list(slant.Filter(outlet="elsewhere")) == []
