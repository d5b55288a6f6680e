"""The HTML report: structure, escaping of hostile pages, offline and CSP-locked."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape
from typer.testing import CliRunner

import web_fakes
from slant.config import RunConfig
from slant.document import Comment, Document, Span
from slant.report import render_report, safe_href, script_json, write_report
from slant.report.view import segments, thread
from slant.run.pipeline import Pipeline
from slant.store.jsonl import write_jsonl
from slant.store.sqlite import CorpusStore

FIXTURES = Path(__file__).parent / "fixtures" / "web"


@pytest.fixture
def analyzed(monkeypatch) -> list[Document]:
    names = web_fakes.register(monkeypatch)
    from slant.document import Page

    pipeline = Pipeline(RunConfig(analyzers=tuple(names) if names is not None else None))
    pages = [Page(source=str(p), content=p.read_bytes(), kind="html") for p in sorted(FIXTURES.glob("*.html"))]
    docs = pipeline.process_batch(pages)
    assert all(d.ok for d in docs), [d.error for d in docs]
    return docs


def test_segments_split_overlaps_at_every_boundary() -> None:
    text = "abcdefghij"
    spans = [Span(0, 6, "A"), Span(3, 9, "B")]
    segs = segments(text, spans)
    assert [s.text for s in segs] == ["abc", "def", "ghi", "j"]
    assert [s.techniques for s in segs] == [["A"], ["A", "B"], ["B"], []]
    assert "".join(s.text for s in segs) == text


def test_segments_ignore_spans_outside_the_text() -> None:
    segs = segments("short", [Span(2, 99, "A"), Span(-1, 2, "B"), Span(3, 3, "C")])
    assert [s.techniques for s in segs] == [[]]


def test_thread_orders_replies_under_parents_with_depth() -> None:
    comments = [Comment("a", "root"), Comment("b", "other root"), Comment("c", "reply", parent="a"),
                Comment("d", "reply to reply", parent="c"), Comment("e", "orphan", parent="zz")]
    assert [(v.comment.id, v.depth) for v in thread(comments)] == [("a", 0), ("c", 1), ("d", 2), ("b", 0), ("e", 0)]


def test_thread_survives_parent_cycles() -> None:
    comments = [Comment("a", "x", parent="b"), Comment("b", "y", parent="a")]
    assert sorted(v.comment.id for v in thread(comments)) == ["a", "b"]


def test_report_structure(analyzed) -> None:
    html = render_report(analyzed)
    article = next(d for d in analyzed if d.outlet == "Coastline Courier")
    assert f'id="doc-{article.id}"' in html
    assert f'href="#doc-{article.id}"' in html
    assert html.count('class="seg"') >= 4
    assert 'data-t="Loaded_Language"' in html and 'data-t="Appeal_to_fear-prejudice"' in html
    assert "toxicity-chip flag" in html and "insult 0.91" in html
    assert "depth-2" in html  # a reply to a reply
    assert "unattributed" in html and "National Weather Office" in html
    assert "so-called planning ×1" in html
    assert html.count("<svg") >= 3  # corpus chart + per-document charts
    assert "Coastline Courier" in html and "Evil Herald" in html


def test_report_says_which_layers_are_absent() -> None:
    doc = Document(id="bare", source="mem", text="Plain words only.", title="Bare", language="en")
    html = render_report([doc])
    for layer in ("techniques", "actors", "loaded terms", "claims"):
        assert f"No {layer} layer" in html
    assert "No comments." in html


def test_report_lists_failed_inputs() -> None:
    bad = Document.failed("f1", "broken.html", "no_text", "no article text or comments found")
    html = render_report([bad])
    assert "broken.html" in html and "no_text" in html


def test_hostile_content_is_escaped(analyzed) -> None:
    hostile = next(d for d in analyzed if d.outlet == "Evil Herald")
    hostile.title = 'Breaking <script>window.pwned=1</script>'
    hostile.outlet = '<img src=x onerror="window.pwned=1">'
    html = render_report(analyzed)
    body = html.split("<body>", 1)[1]
    assert "<script>window.pwned" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in body
    assert 'href="javascript:' not in body
    # every executable script block is ours: exactly one, matching the CSP hash
    blocks = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(blocks) == 1
    digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert f"sha256-{digest}" in csp
    assert "default-src &#39;none&#39;" in csp and "unsafe-inline" not in csp


def test_report_json_blob_cannot_close_its_script() -> None:
    doc = Document(id="x", source="m", text="t", title="</script><script>alert(1)</script>\u2028", outlet="a&b<c>")
    html = render_report([doc])
    blob = re.search(r'<script type="application/json" id="slant-data">(.*?)</script>', html, flags=re.S).group(1)
    assert "<" not in blob and ">" not in blob and "&" not in blob and "\u2028" not in blob
    assert json.loads(blob)["documents"][0]["title"].startswith("</script>")
    assert str(script_json({"a": "\u2029"})) == '{"a": "\\u2029"}'


def test_report_is_offline(analyzed) -> None:
    html = render_report(analyzed)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, flags=re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", html, flags=re.I)
    assert not re.search(r"@import", html)
    assert "<link" not in html


def test_safe_href_keeps_only_http() -> None:
    assert safe_href("https://example.org/a") == "https://example.org/a"
    assert safe_href(" javascript:alert(1)") is None
    assert safe_href("JaVaScRiPt:alert(1)") is None
    assert safe_href("data:text/html,x") is None


def test_write_report_from_jsonl_and_db(analyzed, tmp_path) -> None:
    jsonl = tmp_path / "out.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        write_jsonl(analyzed[:1], handle)
    db = tmp_path / "corpus.sqlite"
    with CorpusStore(db) as store:
        store.upsert_many(analyzed)
    out = write_report(jsonl=jsonl, output=tmp_path / "a.html")
    assert out.read_text().count('class="document document-view card"') == 1
    out = write_report(db=db, output=tmp_path / "b.html")
    assert out.read_text().count('class="document document-view card"') == 2


def test_cli_report(analyzed, tmp_path) -> None:
    from slant.cli import app

    jsonl = tmp_path / "out.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        write_jsonl(analyzed, handle)
    result = CliRunner().invoke(app, ["report", str(jsonl), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "Coastline Courier" in (tmp_path / "r.html").read_text()
    result = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "r2.html")])
    assert result.exit_code != 0


def _page_links(html: str) -> list[str]:
    return re.findall(r'<a href="([^"#]+\.html)">', html)


def test_multi_page_report_writes_an_index_and_one_page_per_document(analyzed, tmp_path) -> None:
    db = tmp_path / "corpus.sqlite"
    with CorpusStore(db) as store:
        store.upsert_many(analyzed)
    out = write_report(db=db, output=tmp_path / "big.html", multi_page=True)
    index = out.read_text()
    assert 'class="document document-view card"' not in index  # the index holds no document bodies
    links = _page_links(index)
    assert len(links) == len(analyzed) and all(link.startswith("big_pages/doc-") for link in links)
    for link in links:
        page = (tmp_path / link).read_text()
        assert page.count('class="document document-view card"') == 1
        assert 'href="../big.html"' in page
        blocks = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
        digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
        assert len(blocks) == 1 and f"sha256-{digest}" in page
    article = next(d for d in analyzed if d.outlet == "Coastline Courier")
    assert any(f'id="doc-{article.id}"' in (tmp_path / link).read_text() for link in links)


def test_report_switches_to_pages_past_the_threshold(tmp_path, monkeypatch) -> None:
    import slant.report as report

    docs = [Document(id=f"../../evil{i}", source="m", text=f"Body {i}.", title=f"T{i}", language="en") for i in range(4)]
    jsonl = tmp_path / "out.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        write_jsonl(docs, handle)
    monkeypatch.setattr(report, "MULTI_PAGE_DOCUMENTS", 5)
    single = write_report(jsonl=jsonl, output=tmp_path / "small.html")
    assert single.read_text().count('class="document document-view card"') == 4
    assert not (tmp_path / "small_pages").exists()
    monkeypatch.setattr(report, "MULTI_PAGE_DOCUMENTS", 3)
    write_report(jsonl=jsonl, output=tmp_path / "paged.html")
    pages = sorted((tmp_path / "paged_pages").iterdir())
    assert len(pages) == 4 and all(p.parent == tmp_path / "paged_pages" for p in pages)  # ids never name paths
    first = next(p for p in pages if "T0" in p.read_text())
    assert "next →" in first.read_text() and "← previous" not in first.read_text()


# ---------------------------------------------------------------- technique glossary


def test_legend_defines_the_techniques_found(analyzed) -> None:
    from slant.analyze.glossary import glossary

    article = next(d for d in analyzed if d.outlet == "Coastline Courier")
    html = render_report([article])
    loaded = glossary()["Loaded_Language"]
    assert f'title="{loaded.definition}"' in html  # hover on the legend entry
    legend = html.split('<details class="glossary">', 1)[1].split("</details>", 1)[0]
    assert all(escape(text) in legend for text in (loaded.name, loaded.definition, loaded.example))
    assert glossary()["Doubt"].definition not in html  # only the techniques found on the page


def test_glossary_legend_is_absent_without_spans() -> None:
    doc = Document(id="plain", source="m", text="Nothing loaded here.", title="Plain", analyzers={"techniques": "t.v1"})
    assert '<details class="glossary">' not in render_report([doc])


def test_unknown_technique_label_is_escaped_and_undefined() -> None:
    label = '<b onmouseover="x">Made_Up'
    doc = Document(id="odd", source="m", text="A made up span.", title="Odd")
    doc.add_spans("techniques", [Span(2, 6, label, 0.5)], "t.v1")
    html = render_report([doc]).split("<body>", 1)[1]
    assert "<b onmouseover" not in html and "&lt;b onmouseover=" in html
    assert '<details class="glossary">' not in html


# ---------------------------------------------------------------- actor tables


def _actor_doc(n_body: int = 14) -> Document:
    """Body actors B00..B13 with falling mention counts, one actor in title + body + comments,
    and one named only in the comment thread."""
    from slant.document import Actor, ActorLabel

    text = " ".join(f"B{i:02d}" for i in range(n_body)) + " Kestrel Kestrel"
    doc = Document(id="actors", source="m", text=text, title="Kestrel wins the vote",
                   comments=[Comment("c1", "Kestrel lied. The Harbour Guild are clowns."),
                             Comment("c2", "Kestrel again", parent="c1")])
    spans = [Span(4 * i, 4 * i + 3, f"B{i:02d}") for i in range(n_body) for _ in range(n_body - i)]
    at = len(text) - len("Kestrel Kestrel")
    spans += [Span(at, at + 7, "Kestrel"), Span(at + 8, at + 15, "Kestrel")]
    doc.add_spans("actor_mentions", spans, "actors.v1")
    doc.actors = [Actor(f"B{i:02d}", "ORG", n_body - i) for i in range(n_body)]
    doc.actors.append(Actor("Kestrel", "PERSON", 5, (ActorLabel("liar", 1, where="comments"),)))  # 2 body, 1 title, 2 thread
    doc.actors.append(Actor("Harbour Guild", "ORG", 1, (ActorLabel("clowns", 1, where="comments"),)))
    doc.analyzers["actors"] = "actors.v1"
    return doc


def _table(html: str, where: str) -> str:
    return html.split(f'data-where="{where}"', 1)[1].split('<div class="actor-table"', 1)[0]


def test_actor_tables_split_article_and_thread() -> None:
    from slant.report.view import actor_tables

    body, thread_ = actor_tables(_actor_doc())
    assert body.exact and thread_.exact
    assert [(r.actor.name, r.mentions) for r in body.rows][:2] == [("B00", 14), ("B01", 13)]
    kestrel = next(r for r in body.rows if r.actor.name == "Kestrel")
    assert kestrel.mentions == 3 and kestrel.labels == []  # two in the body, one in the title
    assert [(r.actor.name, r.mentions, [lab.label for lab in r.labels]) for r in thread_.rows] == [
        ("Kestrel", 2, ["liar"]), ("Harbour Guild", 1, ["clowns"])]
    assert "Harbour Guild" not in [r.actor.name for r in body.rows]


def test_long_actor_tables_collapse_the_rest() -> None:
    from slant.report.view import TOP_ACTORS

    html = render_report([_actor_doc()])
    article = _table(html, "body")
    shown, collapsed = article.split('<details class="more-actors">', 1)
    assert shown.count("<tr><td>") == TOP_ACTORS
    assert collapsed.count("<tr><td>") == 15 - TOP_ACTORS and "5 more actors in the article" in collapsed
    assert shown.index("B00") < shown.index("B01") < shown.index("B09")  # top actors first
    assert "B13" in collapsed and "B13" not in shown
    comments = _table(html, "thread")
    assert "liar ×1" in comments and "clowns ×1" in comments and "more-actors" not in comments


def test_actor_tables_without_mention_spans_fall_back_to_labels() -> None:
    from slant.document import Actor, ActorLabel
    from slant.report.view import actor_tables

    doc = _actor_doc()
    del doc.spans["actor_mentions"], doc.analyzers["actor_mentions"]
    doc.actors = [Actor("Kestrel", "PERSON", 5, (ActorLabel("mayor", 2), ActorLabel("liar", 1, where="comments"))),
                  Actor("Quiet", "ORG", 1)]
    body, thread_ = actor_tables(doc)
    assert not body.exact
    assert [(r.actor.name, r.mentions) for r in body.rows] == [("Kestrel", 5), ("Quiet", 1)]
    assert [(r.actor.name, [lab.label for lab in r.labels]) for r in thread_.rows] == [("Kestrel", ["liar"])]
    assert "could not be split between article and comments" in render_report([doc])


def test_hostile_actor_names_are_escaped() -> None:
    from slant.document import Actor, ActorLabel

    doc = _actor_doc(2)
    doc.actors.append(Actor('<img src=x onerror="p()">', "ORG", 1, (ActorLabel("<script>p()</script>", 1, where="comments"),)))
    html = render_report([doc]).split("<body>", 1)[1]
    assert "<img src=x" not in html and "<script>p()" not in html
    assert "&lt;script&gt;p()&lt;/script&gt;" in html


def test_report_says_what_the_propaganda_score_means() -> None:
    from slant.analyze.glossary import propaganda_definition

    doc = Document(id="p1", source="p1.txt", text="Our glorious nation will crush them.")
    doc.scores["propaganda"] = 0.42
    html = render_report([doc])
    assert "propaganda 0.42" in html
    assert str(escape(propaganda_definition())) in html
