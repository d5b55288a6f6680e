"""Scorers for the Propaganda Techniques Corpus (SemEval-2020 Task 11), from the published definitions.

* SI (span identification): the organisers' partial-overlap measure. Spans are
  sets of character indices; overlapping spans of one article are merged first
  (always for gold, as the official scorer does; for predictions too, as its
  `--merge-user-annotations` option does). For every pair (s, t) of a predicted
  and a gold fragment, |s ∩ t| / |s| adds to precision and |s ∩ t| / |t| to
  recall; precision is normalised by the number of predicted fragments and
  recall by the number of gold fragments.
* FLC (Da San Martino et al., EMNLP 2019): the same measure, counting only
  pairs whose techniques match; spans are merged per technique.
* SLC (NLP4IF-2019 sentence-level classification, derived from the span gold): a
  line of an article is propagandistic when it overlaps a gold fragment; F1 of the
  positive class. PTC articles hold one sentence per line.
* TC: micro-F1 of the technique predicted for each gold fragment. When one gold
  fragment carries k labels, the k predictions for it are aligned with the gold
  labels as a multiset (the official scorer aligns them by file order).

Also here: reading the corpus folder (the PTC-format TSV writer lives in slant.store.outputs).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np

from slant.document import TECHNIQUES
from slant.eval.metrics import f1, ratio
from slant.store.outputs import write_ptc_tsv


@dataclass(frozen=True, order=True)
class Fragment:
    """One labelled character range [start, end) of an article."""

    article_id: str
    start: int
    end: int
    technique: str = "propaganda"


# ---------------------------------------------------------------- span algebra


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of character ranges: ranges sharing at least one character become one.

    Touching ranges ([0, 5) and [5, 9)) share no character, so they stay apart,
    as in the official scorer, which merges sets of indices that intersect.
    """
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in spans if e > s):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _by_article(fragments: Iterable[Fragment]) -> dict[str, list[Fragment]]:
    out: dict[str, list[Fragment]] = defaultdict(list)
    for f in fragments:
        out[f.article_id].append(f)
    return out


def _prf(prec_num: float, prec_den: int, rec_num: float, rec_den: int) -> tuple[float, float, float]:
    """Precision, recall, F1 as the official scorer computes them (F1 = 1 when both sides are empty)."""
    p = prec_num / prec_den if prec_den else 0.0
    r = rec_num / rec_den if rec_den else 0.0
    if prec_den == 0 and rec_den == 0:
        return p, r, 1.0
    return p, r, f1(p, r)


# ---------------------------------------------------------------- SI


def si_score(
    predicted: Iterable[Fragment], gold: Iterable[Fragment], merge_predicted: bool = True
) -> dict[str, float]:
    """SemEval-2020 Task 11 SI precision, recall and F1 (techniques are ignored)."""
    pred_by = _by_article(predicted)
    gold_by = _by_article(gold)
    pred_spans: dict[str, list[tuple[int, int]]] = {}
    for art, frags in pred_by.items():
        spans = [(f.start, f.end) for f in frags if f.end > f.start]
        pred_spans[art] = merge_spans(spans) if merge_predicted else spans
    gold_spans = {art: merge_spans((f.start, f.end) for f in frags) for art, frags in gold_by.items()}
    prec_num = rec_num = 0.0
    for art, spans in pred_spans.items():
        golds = gold_spans.get(art, [])
        for s in spans:
            for t in golds:
                inter = _overlap(s, t)
                if inter:
                    prec_num += inter / (s[1] - s[0])
                    rec_num += inter / (t[1] - t[0])
    n_pred = sum(len(v) for v in pred_spans.values())
    n_gold = sum(len(v) for v in gold_spans.values())
    p, r, f1 = _prf(prec_num, n_pred, rec_num, n_gold)
    return {"si_precision": p, "si_recall": r, "si_f1": f1, "n_predicted": n_pred, "n_gold": n_gold}


# ---------------------------------------------------------------- FLC


def _merge_per_technique(frags: list[Fragment]) -> list[tuple[str, int, int]]:
    by_tech: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in frags:
        by_tech[f.technique].append((f.start, f.end))
    return [(tech, s, e) for tech, spans in by_tech.items() for s, e in merge_spans(spans)]


def flc_score(predicted: Iterable[Fragment], gold: Iterable[Fragment]) -> dict[str, object]:
    """Da San Martino et al. (2019) FLC: partial overlap credited only when techniques match.

    Returns the overall precision/recall/F1 and, per technique, the same measure
    restricted to fragments of that technique.
    """
    pred_by = {a: _merge_per_technique(v) for a, v in _by_article(predicted).items()}
    gold_by = {a: _merge_per_technique(v) for a, v in _by_article(gold).items()}
    # technique -> precision / recall numerator: Counters of float sums (typeshed types Counter's values as int)
    prec = cast("dict[str, float]", Counter())
    rec = cast("dict[str, float]", Counter())
    n_pred = Counter(tech for v in pred_by.values() for tech, _, _ in v)
    n_gold = Counter(tech for v in gold_by.values() for tech, _, _ in v)
    for art, preds in pred_by.items():
        golds = gold_by.get(art, [])
        for tech, ps, pe in preds:
            for gtech, gs, ge in golds:
                if gtech != tech:
                    continue
                inter = _overlap((ps, pe), (gs, ge))
                if inter:
                    prec[tech] += inter / (pe - ps)
                    rec[tech] += inter / (ge - gs)
    p, r, f1 = _prf(sum(prec.values()), sum(n_pred.values()), sum(rec.values()), sum(n_gold.values()))
    per_technique = {}
    for tech in sorted(set(n_pred) | set(n_gold)):
        tp, tr, tf = _prf(prec[tech], n_pred[tech], rec[tech], n_gold[tech])
        per_technique[tech] = {"precision": tp, "recall": tr, "f1": tf, "n_gold": n_gold[tech]}
    return {"flc_precision": p, "flc_recall": r, "flc_f1": f1, "per_technique": per_technique}


# ---------------------------------------------------------------- TC


def tc_score(predicted: Iterable[Fragment], gold: Iterable[Fragment]) -> dict[str, object]:
    """Technique classification of gold fragments: micro-F1 plus per-technique P/R/F1.

    Predictions are keyed by (article, start, end). Every gold fragment gets one
    prediction; a gold fragment without one counts as wrong. Because each gold
    fragment has exactly one predicted label, micro-F1 equals accuracy.
    """
    gold_labels: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for f in gold:
        gold_labels[(f.article_id, f.start, f.end)].append(f.technique)
    pred_labels: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for f in predicted:
        pred_labels[(f.article_id, f.start, f.end)].append(f.technique)
    pairs: list[tuple[str, str | None]] = []  # (gold, predicted)
    for key, golds in gold_labels.items():
        preds = list(pred_labels.get(key, []))
        remaining = Counter(preds)
        unmatched_gold = []
        for g in golds:  # exact matches first: the alignment that favours the submission
            if remaining[g] > 0:
                remaining[g] -= 1
                pairs.append((g, g))
            else:
                unmatched_gold.append(g)
        leftovers = list(remaining.elements())
        for i, g in enumerate(unmatched_gold):
            pairs.append((g, leftovers[i] if i < len(leftovers) else None))
    correct = sum(1 for g, p in pairs if g == p)
    total = len(pairs)
    micro = correct / total if total else 0.0
    per_technique = {}
    for tech in sorted({g for g, _ in pairs} | {p for _, p in pairs if p is not None}):
        tp = sum(1 for g, p in pairs if g == tech and p == tech)
        n_pred = sum(1 for _, p in pairs if p == tech)
        n_gold = sum(1 for g, _ in pairs if g == tech)
        prec, recall = ratio(tp, n_pred), ratio(tp, n_gold)
        per_technique[tech] = {"precision": prec, "recall": recall, "f1": f1(prec, recall), "n_gold": n_gold}
    return {"tc_micro_f1": micro, "tc_n": total, "per_technique": per_technique}


# ---------------------------------------------------------------- corpus I/O


@dataclass
class PtcCorpus:
    """Articles (id -> text) plus their TC and SI gold fragments."""

    articles: dict[str, str]
    techniques: list[Fragment]
    spans: list[Fragment]


def read_labels(path: Path, with_technique: bool) -> list[Fragment]:
    """Read a corpus TSV (header row; technique names contain commas, so split on tabs only)."""
    out = []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = handle.read().splitlines()
    for line in rows[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        if with_technique:
            out.append(Fragment(cols[0], int(cols[2]), int(cols[3]), cols[1]))
        else:
            out.append(Fragment(cols[0], int(cols[1]), int(cols[2])))
    return out


def read_articles(folder: Path, ids: Sequence[str] | None = None) -> dict[str, str]:
    """article<ID>.txt files as id -> text, read exactly (no newline translation)."""
    out = {}
    for path in sorted(folder.glob("article*.txt")):
        art = path.stem[len("article") :]
        if ids is None or art in ids:
            with open(path, encoding="utf-8", newline="") as handle:
                out[art] = handle.read()
    return out


def read_corpus(folder: Path, ids: Sequence[str] | None = None) -> PtcCorpus:
    """A PTC folder laid out as articles/ + labels/techniques.tsv + labels/spans-si.tsv."""
    folder = Path(folder)
    articles = read_articles(folder / "articles", ids)
    keep = set(articles)
    techniques = [f for f in read_labels(folder / "labels" / "techniques.tsv", True) if f.article_id in keep]
    spans_path = folder / "labels" / "spans-si.tsv"
    if spans_path.exists():
        spans = [f for f in read_labels(spans_path, False) if f.article_id in keep]
    else:
        spans = [Fragment(f.article_id, f.start, f.end) for f in techniques]
    return PtcCorpus(articles, techniques, spans)


#: PTC-format TSV; the writer lives with the other result writers (`slant analyze -o x.tsv`).
write_tsv = write_ptc_tsv


def score_all(
    predicted_spans: Iterable[Fragment],
    tc_predictions: Iterable[Fragment],
    corpus: PtcCorpus,
) -> dict[str, object]:
    """SI, TC, FLC and per-technique figures in one dict (the `slant eval ptc` output)."""
    predicted_spans = list(predicted_spans)
    si = si_score(predicted_spans, corpus.spans)
    tc = tc_score(tc_predictions, corpus.techniques)
    flc = flc_score(predicted_spans, corpus.techniques)
    tc_per, flc_per = tc["per_technique"], flc["per_technique"]
    assert isinstance(tc_per, dict) and isinstance(flc_per, dict)  # both scorers return one dict per technique
    per_technique: dict[str, Mapping[str, float]] = {}
    for tech in TECHNIQUES:
        per_technique[tech] = {
            "tc_f1": tc_per.get(tech, {}).get("f1", 0.0),
            "flc_f1": flc_per.get(tech, {}).get("f1", 0.0),
            "n_gold": sum(1 for f in corpus.techniques if f.technique == tech),
        }
    return {
        "si_precision": si["si_precision"],
        "si_recall": si["si_recall"],
        "si_f1": si["si_f1"],
        "tc_micro_f1": tc["tc_micro_f1"],
        "flc_precision": flc["flc_precision"],
        "flc_recall": flc["flc_recall"],
        "flc_f1": flc["flc_f1"],
        "n_articles": len(corpus.articles),
        "n_predicted_spans": si["n_predicted"],
        "per_technique": per_technique,
    }


# ---------------------------------------------------------------- running the analyzer


def tc_fragments(corpus: PtcCorpus, preds: Mapping[str, object], config: object, heads: object = None) -> list[Fragment]:
    """Technique of every gold fragment, chosen as the analyzer chooses it for its own spans.

    A fragment that carries k gold labels gets the k most probable techniques.
    `preds` maps article id -> DocumentPrediction (slant.analyze.techniques).
    """
    from slant.analyze.techniques import technique_distribution

    labels = config.labels  # type: ignore[attr-defined]
    keys = Counter((f.article_id, f.start, f.end) for f in corpus.techniques)
    out = []
    for (art, start, end), k in sorted(keys.items()):
        probs = technique_distribution(corpus.articles[art], preds[art], start, end, config, heads)  # type: ignore[arg-type]
        if probs is not None:
            out += most_probable(Fragment(art, start, end), probs, k, labels)
    return out


def most_probable(fragment: Fragment, probs: np.ndarray, k: int, labels: Sequence[str]) -> list[Fragment]:
    """The fragment labelled with its k most probable techniques (a gold fragment with k labels gets k)."""
    return [Fragment(fragment.article_id, fragment.start, fragment.end, labels[int(i)]) for i in np.argsort(-probs)[:k]]


def span_fragments(corpus: PtcCorpus, preds: Mapping[str, object], config: object, heads: object = None) -> list[Fragment]:
    """Decoded technique spans of every article as Fragments (SI and FLC input)."""
    from slant.analyze.techniques import spans_from_prediction

    out = []
    for art, text in corpus.articles.items():
        for span in spans_from_prediction(text, preds[art], config, heads=heads):  # type: ignore[arg-type]
            out.append(Fragment(art, span.start, span.end, span.label))
    return out


def line_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank lines of an article (the SLC task's sentences), stripped."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def off_word_boundaries(corpus: PtcCorpus, spans: Iterable[Fragment]) -> int:
    """Predicted spans that start or end inside a word (a letter or digit on both sides of an edge)."""
    from slant.analyze.techniques import cuts_a_word

    return sum(1 for f in spans if cuts_a_word(corpus.articles[f.article_id], f.start, f.end))


def slc_score(corpus: PtcCorpus, preds: Mapping[str, object], heads: object) -> dict[str, object]:
    """Sentence-level propaganda (NLP4IF-2019 SLC) F1, and how the propaganda score ranks articles.

    `spearman_density`: Spearman correlation, over articles, between scores.propaganda (as
    the analyzer computes it) and the gold share of the article's lines that carry a technique.
    """
    from scipy.stats import spearmanr

    from slant.analyze.techniques import propaganda_score, sentence_probabilities

    model = getattr(heads, "sentences", None)
    if model is None:
        return {}
    gold_by: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in corpus.spans:
        gold_by[f.article_id].append((f.start, f.end))
    tp = fp = fn = 0
    scores, densities = [], []
    for art, text in corpus.articles.items():
        lines = line_bounds(text)
        gold = [any(s < e2 and e > s2 for s2, e2 in gold_by[art]) for s, e in lines]
        for (_, _, prob), is_gold in zip(sentence_probabilities(text, preds[art], model, lines), gold):  # type: ignore[arg-type]
            hit = prob >= model.threshold
            tp += int(hit and is_gold)
            fp += int(hit and not is_gold)
            fn += int(is_gold and not hit)
        if lines:
            scores.append(propaganda_score(text, preds[art], model))  # type: ignore[arg-type]
            densities.append(sum(gold) / len(lines))
    prec, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    rho = spearmanr(scores, densities).statistic if len(scores) > 2 else float("nan")
    return {"slc_precision": prec, "slc_recall": recall, "slc_f1": f1(prec, recall),
            "slc_threshold": model.threshold, "spearman_density": round(float(rho), 4)}


def evaluate_predictions(
    corpus: PtcCorpus, preds: Mapping[str, object], config: object, heads: object = None
) -> dict[str, object]:
    """All PTC figures for per-token predictions decoded with `config` (thresholds, labels) and `heads`."""
    spans = span_fragments(corpus, preds, config, heads)
    result = score_all(spans, tc_fragments(corpus, preds, config, heads), corpus)
    result["spans_off_word_boundaries"] = off_word_boundaries(corpus, spans)
    result.update(slc_score(corpus, preds, heads))
    return result


def evaluate(data_dir: Path, split: str = "dev", analyzer: object = None) -> dict[str, object]:
    """Run the shipped techniques analyzer over a PTC split folder and score it.

    `split` is a sub-folder of `data_dir` laid out like the corpus ("dev"), or
    "." for the top-level folder.
    """
    from slant.analyze.techniques import TechniqueAnalyzer

    corpus = read_corpus(Path(data_dir) / split)
    analyzer = analyzer if analyzer is not None else TechniqueAnalyzer()
    ids = list(corpus.articles)
    preds = dict(zip(ids, analyzer.predict([corpus.articles[i] for i in ids])))  # type: ignore[attr-defined]
    result = evaluate_predictions(corpus, preds, analyzer.config, analyzer.heads)  # type: ignore[attr-defined]
    result["analyzer"] = getattr(analyzer, "name", None)
    return result
