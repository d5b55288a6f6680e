"""Same input, same figures: a document's scores do not depend on its batch neighbours, the
batch size, the onnxruntime thread count or an interrupted-and-resumed run.

The shipped graphs quantize activations dynamically (one scale per tensor), so before each
row ran alone a comment's toxicity moved with the other comments of its batch. These tests
use the shipped models and pages written here; every score is compared field by field and
must be identical (difference 0, not merely small).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from slant.config import RunConfig
from slant.document import Comment, Document

pytestmark = pytest.mark.slow

#: Exact equality: the fix makes each row's outputs depend on that row only.
TOLERANCE = 0.0

SENTENCES = [
    "The regional council voted on Tuesday to close two rural clinics, citing a budget gap of 4 million euros.",
    "Critics called the decision a shameful betrayal of the villages that depend on the clinics.",
    "The health minister said the savings would fund a new ambulance service within a year.",
    "Residents who spoke to reporters said the nearest hospital is more than an hour away by road.",
    "Only a fool would trust these corrupt officials to keep a single promise, one opposition leader said.",
    "The union representing nurses said it had not been consulted and would challenge the plan in court.",
    "According to the council's own figures, 12,000 people used the two clinics last year.",
    "We must act now or our children will pay the price for decades, a protester shouted outside the hall.",
    "The mayor welcomed the ambulance plan but asked for a guarantee that response times would not rise.",
    "Independent experts said the numbers in the council's report had not been verified.",
]
COMMENTS = [
    "Thanks for the clear report.",
    "You are an idiot if you believe a word the minister says, and everyone here knows it.",
    "The clinic in my village saved my father's life two winters ago. Closing it is a disgrace.",
    "Somebody should make these politicians pay for what they did to us, one way or another.",
    "ok",
    "I drove an hour to the hospital last month with a broken wrist; the road was closed twice because of "
    "flooding and nobody from the council ever answered my letters about it, so forgive me if I do not "
    "believe the promise of a faster ambulance service.",
    "Stupid article. Stupid people. Stupid council.",
    "Does anyone know when the court hearing is?",
]


def _document(index: int) -> Document:
    """Documents of different lengths and comment counts, so batches mix short and long rows."""
    body = " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(3 + 2 * index))
    comments = [
        Comment(id=f"c{k}", text=COMMENTS[(index * 3 + k) % len(COMMENTS)], author=f"reader{k}",
                parent=f"c{k - 1}" if k % 2 else None)
        for k in range(1 + index % 5)
    ]
    return Document(id=f"d{index}", source=f"memory:{index}", text=body, title=f"Story {index}",
                    language="en", comments=comments)


def _documents() -> list[Document]:
    return [_document(i) for i in range(8)]


def _assert_same(a: Any, b: Any, where: str = "") -> None:
    """Field-by-field equality; floats may differ by at most TOLERANCE."""
    if isinstance(a, float) or isinstance(b, float):
        assert isinstance(a, (int, float)) and isinstance(b, (int, float)), where
        assert math.isclose(a, b, rel_tol=0.0, abs_tol=TOLERANCE), f"{where}: {a!r} != {b!r}"
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), f"{where}: keys {sorted(a)} != {sorted(b)}"
        for key in a:
            _assert_same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), f"{where}: {a!r} != {b!r}"
        for i, (x, y) in enumerate(zip(a, b)):
            _assert_same(x, y, f"{where}[{i}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def _run_in_batches(analyzer: Any, batch_size: int) -> list[dict[str, Any]]:
    docs = _documents()
    for start in range(0, len(docs), batch_size):
        analyzer(docs[start : start + batch_size])
    return [d.to_dict() for d in docs]


def test_toxicity_scores_do_not_depend_on_the_batch() -> None:
    from slant.analyze.toxicity import ToxicityAnalyzer, ToxicityScorer

    analyzer = ToxicityAnalyzer(ToxicityScorer(threads=1))
    one, eight = _run_in_batches(analyzer, 1), _run_in_batches(analyzer, 8)
    assert sum(len(d["comments"]) for d in one) >= 20
    assert any(c["flags"] for d in one for c in d["comments"]), "the fixtures must exercise the flags"
    _assert_same([[c["toxicity"] for c in d["comments"]] for d in one],
                 [[c["toxicity"] for c in d["comments"]] for d in eight], "toxicity")
    _assert_same(one, eight, "documents")


def test_toxicity_scorer_rows_are_independent_of_neighbours_and_threads() -> None:
    """The same comment alone, among others, and with two onnxruntime threads."""
    from slant.analyze.toxicity import ToxicityScorer

    scorer = ToxicityScorer(threads=1)
    alone = [scorer.raw([text]) for text in COMMENTS]
    scorer.batch_size = 64
    together = scorer.raw(COMMENTS)
    threaded = ToxicityScorer(threads=2).raw(COMMENTS)
    for k in range(len(COMMENTS)):
        for head, values in together.items():
            _assert_same(alone[k][head][0].tolist(), values[k].tolist(), f"comment {k} {head} (alone vs batch)")
            _assert_same(threaded[head][k].tolist(), values[k].tolist(), f"comment {k} {head} (2 threads)")


def test_technique_spans_do_not_depend_on_the_batch() -> None:
    from dataclasses import replace

    from slant.analyze.techniques import TechniqueAnalyzer

    analyzer = TechniqueAnalyzer(threads=1)
    analyzer.config = replace(analyzer.config, batch_size=16)  # windows of several documents share a call
    one, eight = _run_in_batches(analyzer, 1), _run_in_batches(analyzer, 8)
    assert sum(len(d["techniques"]) for d in one) > 0, "the fixtures must produce technique spans"
    _assert_same(one, eight, "documents")


# -- a run interrupted and resumed vs an uninterrupted one, real analyzers, local engine --


def _write_pages(folder: Path) -> list[str]:
    """Six small HTML pages with threaded comments (markup the comment extractor knows)."""
    folder.mkdir()
    paths = []
    for i in range(6):
        doc = _document(i)
        paragraphs = "".join(f"<p>{s}</p>" for s in doc.text.split(". "))
        comments = "".join(
            f'<li class="comment depth-1" id="comment-{k}"><div class="comment-author"><cite class="fn">'
            f'{c.author}</cite></div><div class="comment-content"><p>{c.text}</p></div></li>'
            for k, c in enumerate(doc.comments)
        )
        html = (f"<!doctype html><html lang=\"en\"><head><title>{doc.title}</title>"
                f"<meta property=\"og:site_name\" content=\"Valley Post\"></head><body><article><h1>{doc.title}</h1>"
                f"{paragraphs}</article><section id=\"comments\"><ol class=\"comment-list\">{comments}</ol></section>"
                "</body></html>")
        path = folder / f"story-{i}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(str(path))
    return paths


class Interrupted(Exception):
    """Stands in for a kill: raised by the driver's callback after a few inputs."""


def _records(path: Path) -> dict[str, dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["source"]: r for r in records}


def test_resumed_run_equals_uninterrupted_run(tmp_path: Path) -> None:
    from slant.run.batch import run_batch
    from slant.run.pipeline import Pipeline

    inputs = _write_pages(tmp_path / "pages")
    config = RunConfig(analyzers=("techniques", "toxicity"), workers=1, threads=1)

    whole = tmp_path / "whole.jsonl"
    run_batch(inputs, Pipeline(config.with_(batch_size=8)), output=whole, db=tmp_path / "whole.sqlite")

    db, resumed = tmp_path / "resumed.sqlite", tmp_path / "resumed.jsonl"
    interrupted_after = 2

    def stop_early(_outcome: object, result: Any) -> None:
        if result.seen >= interrupted_after:
            raise Interrupted

    with pytest.raises(Interrupted):
        run_batch(inputs, Pipeline(config.with_(batch_size=1)), output=resumed, db=db, on_outcome=stop_early)
    second = run_batch(inputs, Pipeline(config.with_(batch_size=3)), output=resumed, db=db)
    assert second.skipped >= interrupted_after, "the rerun must take the first inputs from the store"

    expected, got = _records(whole), _records(resumed)
    assert sorted(expected) == sorted(inputs) and sorted(got) == sorted(inputs)
    assert sum(len(r["comments"]) for r in expected.values()) > 0, "the pages must yield comments"
    assert any(r["comments"] and r["comments"][0]["toxicity"] for r in expected.values())
    for source in inputs:
        _assert_same(expected[source], got[source], Path(source).name)
