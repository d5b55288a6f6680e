"""Corpus.search returns the best-ranked hits: checked against bm25 computed by brute force."""

from __future__ import annotations

import math
import random
import re
from collections import Counter

import pytest

from slant.document import Comment, Document
from slant.store import corpus as corpus_module
from slant.store.corpus import Corpus
from slant.store.sqlite import CorpusStore

K1, B = 1.2, 0.75  # FTS5's bm25 defaults
VOCAB = ["council", "budget", "harbor", "storm", "mayor", "river", "vote", "school", "the", "and"]


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _bm25(rows: dict[str, list[str]], terms: list[str]) -> dict[str, float]:
    """FTS5's bm25 (all columns weight 1) for the rows holding every term: lower is better."""
    n = len(rows)
    avgdl = sum(len(t) for t in rows.values()) / n
    df = {t: sum(1 for toks in rows.values() if t in toks) for t in terms}
    idf = {t: max(math.log((n - df[t] + 0.5) / (df[t] + 0.5)), 0.0) or 1e-6 for t in terms}
    scores = {}
    for key, toks in rows.items():
        counts = Counter(toks)
        if all(counts[t] for t in terms):
            norm = K1 * (1 - B + B * len(toks) / avgdl)
            scores[key] = -sum(idf[t] * counts[t] * (K1 + 1) / (counts[t] + norm) for t in terms)
    return scores


def _corpus(n: int = 60, seed: int = 3) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        words = [rng.choice(VOCAB) for _ in range(rng.randint(5, 40))]
        doc = Document(id=f"d{i:03d}", source=f"p/{i}.html", title=f"Title {i}", text=" ".join(words),
                       outlet=f"Outlet {i % 3}")
        doc.comments = [Comment(id=f"c{k}", text=" ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 12))),
                                author="Ana") for k in range(rng.randint(0, 3))]
        docs.append(doc)
    return docs


def _expected(docs: list[Document], query: str, limit: int) -> list[tuple[str, str | None, float]]:
    terms = _tokens(query)
    bodies = {d.id: _tokens(f"{d.title} {d.text}") for d in docs}
    comments = {(d.id, c.id): _tokens(f"{c.author} {c.text}") for d in docs for c in d.comments}
    ranked = [(s, d, None) for d, s in _bm25(bodies, terms).items()]
    ranked += [(s, d, c) for (d, c), s in _bm25(comments, terms).items()]
    ranked.sort(key=lambda x: x[0])
    return [(d, c, s) for s, d, c in ranked[:limit]]


@pytest.mark.parametrize("query", ["council", "harbor storm", "the", "mayor vote school"])
def test_search_returns_the_brute_force_top_hits(query: str) -> None:
    docs = _corpus()
    with CorpusStore() as store:
        store.upsert_many(docs)
        hits = Corpus(store).search(query, limit=10)
    expected = _expected(docs, query, 10)
    assert hits.exhaustive
    assert [round(h.rank, 9) for h in hits] == [round(s, 9) for _, _, s in expected]
    # Same scores, same hits: ties aside, the very rows brute force ranks first.
    got = {(h.doc_id, h.comment_id) for h in hits}
    cutoff = expected[-1][2]
    assert {(d, c) for d, c, s in expected if s < cutoff - 1e-9} <= got


def test_common_terms_are_ranked_among_the_newest_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past RANK_CAP matches an index is ranked over its newest RANK_CAP rows only, and says so."""
    docs = _corpus()
    monkeypatch.setattr(corpus_module, "RANK_CAP", 8)
    with CorpusStore() as store:
        store.upsert_many(docs)
        hits = Corpus(store).search("the", limit=5)
        rare = Corpus(store).search("title 7", limit=5)
    assert not hits.exhaustive and len(hits) == 5
    newest = {d.id for d in docs[-8:]}
    assert all(h.doc_id in newest for h in hits if h.where == "body")
    assert rare.exhaustive and rare[0].doc_id == "d007"
