"""slant.store.corpus: one Filter, one listing, one set of outlet figures, filtered search; PTC TSV output."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from slant.document import Actor, ActorLabel, Comment, Document, Span
from slant.store.corpus import Corpus, Filter, corpus_documents, filter_documents, outlet_figures, technique_counts
from slant.store.outputs import PtcTsvWriter, open_writer, write_ptc_tsv
from slant.store.sqlite import CorpusStore


def _doc(id: str, outlet: str | None, published: str | None, techniques: list[str], url: str | None = None,
         actor: str | None = None, label: str | None = None) -> Document:
    text = f"Storm news {id}: " + " ".join(["word"] * 20)
    doc = Document(id=id, source=f"pages/{id}.html", text=text, url=url, outlet=outlet, title=f"Title {id}",
                   published=published)
    doc.add_spans("techniques", [Span(0, 5, t, 0.9, "t.v1") for t in techniques], "t.v1")
    doc.scores["propaganda"] = 0.1 * len(techniques)
    if actor:
        doc.actors = [Actor(actor, "PERSON", 2, (ActorLabel(label, 1),) if label else ())]
    doc.comments = [Comment(id="c1", text=f"comment about storm {id}", author="Ana")]
    return doc


@pytest.fixture
def docs() -> list[Document]:
    return [
        _doc("a", "Süddeutsche Wire", "2025-09-01", ["Loaded_Language", "Doubt"], actor="Mayor Lind", label="hero"),
        _doc("b", "Süddeutsche Wire", "2025-09-03", ["Loaded_Language"]),
        _doc("c", None, "2025-09-02", [], url="https://www.harbor.example/x"),
        _doc("d", None, None, ["Doubt"]),
    ]


@pytest.fixture
def corpus(store: CorpusStore, docs: list[Document]) -> Corpus:
    store.upsert_many([*docs, Document.failed("e", "broken.bin", "binary_input", "looks binary")])
    return Corpus(store)


def test_filter_matches_outlet_name_ignoring_case(corpus: Corpus, docs: list[Document]) -> None:
    assert [d.id for d in corpus.list(Filter(outlet="SÜDDEUTSCHE WIRE"))] == ["a", "b"]  # not ASCII-only folding
    assert [d.id for d in corpus.list(Filter(outlet="harbor.example"))] == ["c"]  # no site name: the URL host
    assert [d.id for d in corpus.list(Filter(outlet="unknown (d.html)"))] == ["d"]
    where = Filter(technique="loaded_language", since=date(2025, 9, 2))
    assert [d.id for d in corpus.list(where)] == ["b"]
    assert [d.id for d in filter_documents(docs, where)] == ["b"]  # the same answer without a store
    assert [d.id for d in corpus.list(Filter(actor="lind", label="HERO"))] == ["a"]
    assert [d.id for d in corpus.list(Filter(until=date(2025, 9, 2)))] == ["a", "c"]  # undated never matches a date


def test_documents_newest_first_with_pages(corpus: Corpus, docs: list[Document]) -> None:
    rows = corpus.documents(limit=None)
    assert [r["id"] for r in rows] == ["b", "c", "a", "d"]  # undated last, failed inputs left out
    assert rows == corpus_documents(docs)
    assert rows[2]["outlet"] == "Süddeutsche Wire" and rows[1]["outlet"] == "harbor.example"
    assert rows[2]["techniques"] == {"Loaded_Language": 1, "Doubt": 1} and rows[2]["n_comments"] == 1
    assert [r["id"] for r in corpus.documents(limit=2, offset=1)] == ["c", "a"]
    with_errors = corpus.documents(limit=None, include_errors=True)
    assert [r["id"] for r in with_errors][-1] == "e" and with_errors[-1]["error_type"] == "binary_input"
    assert [r["id"] for r in corpus.documents(Filter(technique="Doubt"), include_errors=True)] == ["a", "d"]


def test_outlets_figures_and_technique_counts(corpus: Corpus, docs: list[Document]) -> None:
    assert corpus.outlets() == ["Süddeutsche Wire", "harbor.example", "unknown (d.html)"]
    figures = corpus.outlet_figures()
    assert figures == outlet_figures(docs)
    first = figures[0]
    assert (first["outlet"], first["documents"], first["technique_spans"], first["comments"]) == ("Süddeutsche Wire", 2, 3, 2)
    assert (first["first_published"], first["last_published"]) == ("2025-09-01", "2025-09-03")
    assert first["top_techniques"][0] == "Loaded_Language" and first["top_labels"] == ["hero"]
    for key in ("words", "spans_per_1000_words", "mean_propaganda", "scored_comments", "toxic_comment_share"):
        assert key in first
    assert corpus.technique_counts() == [("Doubt", 2), ("Loaded_Language", 2)]
    assert corpus.technique_counts(Filter(outlet="süddeutsche wire")) == [("Loaded_Language", 2), ("Doubt", 1)]
    assert technique_counts(docs) == {"Doubt": 2, "Loaded_Language": 2}


def test_search_takes_the_same_filter(corpus: Corpus) -> None:
    assert {h.doc_id for h in corpus.search("storm")} == {"a", "b", "c", "d"}
    hits = corpus.search("storm", Filter(outlet="harbor.example"))
    assert {h.doc_id for h in hits} == {"c"} and {h.where for h in hits} == {"body", "comment"}
    assert all(h.outlet == "harbor.example" for h in hits)
    assert {h.doc_id for h in corpus.search("storm", Filter(technique="doubt", since=date(2025, 1, 1)))} == {"a"}
    assert len(corpus.search("storm", limit=3)) == 3
    assert corpus.search('"unbalanced AND (') == []


def test_ptc_tsv_output(tmp_path: Path, docs: list[Document]) -> None:
    out = tmp_path / "pred.tsv"
    writer = open_writer(out)
    assert isinstance(writer, PtcTsvWriter)
    ptc = Document(id="h1", source="ptc/articles/article111.txt", text="They are traitors.")
    ptc.add_spans("techniques", [Span(9, 17, "Name_Calling,Labeling", 0.8, "t.v1")], "t.v1")
    for doc in [ptc, docs[0], Document.failed("e", "broken.bin", "binary_input", "looks binary")]:
        writer.write(doc.to_dict())
    writer.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "article_id\ttechnique\tstart\tend",
        "111\tName_Calling,Labeling\t9\t17",  # PTC's own article id, so its gold labels line up
        "a\tDoubt\t0\t5",
        "a\tLoaded_Language\t0\t5",
    ]
    from slant.eval.ptc import Fragment, write_tsv

    assert write_tsv is write_ptc_tsv  # one writer for evaluation and results
    buf = tmp_path / "frags.tsv"
    with buf.open("w", encoding="utf-8", newline="") as handle:
        write_ptc_tsv([Fragment("2", 3, 4, "Doubt"), Fragment("1", 0, 2, "Slogans")], handle)
    assert buf.read_text().splitlines()[1:] == ["1\tSlogans\t0\t2", "2\tDoubt\t3\t4"]


def test_writes_jsonl_by_suffix() -> None:
    from slant.store.outputs import writes_jsonl

    assert writes_jsonl(None) and writes_jsonl(Path("out.jsonl")) and writes_jsonl(Path("out.txt"))
    assert not writes_jsonl(Path("out.parquet")) and not writes_jsonl(Path("out.TSV"))
