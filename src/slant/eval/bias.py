"""BABE and BASIL readers, their splits, and the figures of loaded_terms.v1 on the test parts.

Splits (deterministic, documented in the loaded-terms MODEL_CARD):
- BABE (final_labels_SG2.csv) has no official split. Sentences are split by article
  (news_link) so no article spans two parts: sha1(news_link) % 5 == 0 -> test,
  == 1 -> validation, else train.
- BASIL is never trained on: all 300 articles are test data for the lexical-bias (`lex`) spans.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from slant.eval.metrics import prf
from slant.nlp.linear import tokens_with_offsets

if TYPE_CHECKING:
    from slant.analyze.loaded_terms import LoadedWordTagger


class BabeItem(TypedDict):
    """One BABE SG2 sentence as `babe` returns it."""

    text: str
    biased: int  # 0/1
    words: set[str]  # lower-cased biased words


def babe_part(news_link: str) -> str:
    bucket = int(hashlib.sha1(news_link.encode("utf-8")).hexdigest(), 16) % 5
    return "test" if bucket == 0 else "validation" if bucket == 1 else "train"


def babe(data: Path, part: str) -> list[BabeItem]:
    """BABE SG2 sentences of one part, each {text, biased (0/1), words (set of lower-cased biased words)}."""
    path = Path(data) / "final_labels_SG2.csv"
    out: list[BabeItem] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row["label_bias"] not in ("Biased", "Non-biased"):
                continue
            if babe_part(row["news_link"]) != part:
                continue
            words = {w.lower().replace("’", "'") for w in ast.literal_eval(row["biased_words"] or "[]")}
            out.append({"text": row["text"], "biased": int(row["label_bias"] == "Biased"), "words": words})
    return out


def babe_token_labels(item: BabeItem) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Tokens of a BABE sentence and 0/1 labels (1 where the token is one of its biased words)."""
    toks = tokens_with_offsets(item["text"])
    return toks, [int(w.lower().replace("’", "'") in item["words"]) for _, _, w in toks]


def basil_sentences(data: Path) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """(outlet, sentence, [lexical-bias spans as (start, end)]) for every BASIL body sentence and title."""
    data = Path(data)
    for art_path in sorted((data / "articles").glob("*/*.json")):
        art = json.loads(art_path.read_text(encoding="utf-8"))
        ann_path = data / "annotations" / art_path.parent.name / (art_path.stem + "_ann.json")
        spans: dict[str, list[tuple[int, int]]] = {}
        if ann_path.exists():
            ann = json.loads(ann_path.read_text(encoding="utf-8"))
            for a in ann.get("phrase-level-annotations", []):
                if a.get("bias") == "lex":
                    spans.setdefault(a["id"], []).append((int(a["start"]), int(a["end"])))
        outlet = str(art.get("source", "")).lower()
        yield outlet, art.get("title") or "", spans.get("title", [])
        sents = [s for para in art["body-paragraphs"] for s in para]
        for k, s in enumerate(sents):
            yield outlet, s, spans.get(f"p{k}", [])



def evaluate_bias(babe_dir: Path, basil_dir: Path | None = None) -> dict[str, Any]:
    """Token-, span- and sentence-level figures of the shipped loaded-word model (JSON-ready)."""
    from slant.analyze.loaded_terms import LoadedWordTagger

    tagger = LoadedWordTagger()
    out: dict[str, Any] = {"model": tagger.model.meta.get("name"), "threshold": tagger.model.threshold}
    tp = fp = fn = 0
    s_pred, s_gold = [], []
    items = babe(babe_dir, "test")
    for item in items:
        toks, labels = babe_token_labels(item)
        probs = tagger.token_probs([w for _, _, w in toks])
        pred = [int(p >= tagger.model.threshold) for p in probs]
        tp += sum(1 for p, g in zip(pred, labels) if p and g)
        fp += sum(1 for p, g in zip(pred, labels) if p and not g)
        fn += sum(1 for p, g in zip(pred, labels) if g and not p)
        s_pred.append(int(any(pred)))
        s_gold.append(item["biased"])
    pos = prf(
        sum(1 for p, g in zip(s_pred, s_gold) if p and g),
        sum(1 for p, g in zip(s_pred, s_gold) if p and not g),
        sum(1 for p, g in zip(s_pred, s_gold) if g and not p),
    )
    neg = prf(
        sum(1 for p, g in zip(s_pred, s_gold) if not p and not g),
        sum(1 for p, g in zip(s_pred, s_gold) if not p and g),
        sum(1 for p, g in zip(s_pred, s_gold) if not g and p),
    )
    out["babe_test"] = {
        "sentences": len(items),
        "biased_word_tokens": prf(tp, fp, fn),
        "sentence_biased": {"positive_class": pos, "macro_f1": round((pos["f1"] + neg["f1"]) / 2, 4)},
    }
    if basil_dir is not None and Path(basil_dir).exists():
        out["basil_lex_all"] = _evaluate_basil(tagger, Path(basil_dir))
    return out


def _evaluate_basil(tagger: LoadedWordTagger, basil_dir: Path) -> dict[str, Any]:
    tp = fp = fn = 0
    span_hit = span_total = 0
    pred_spans = pred_spans_ok = 0
    sent_pred, sent_gold = [], []
    for _, sent, spans in basil_sentences(basil_dir):
        toks = tokens_with_offsets(sent)
        if not toks:
            continue
        gold = [int(any(s < e2 and s2 < e for s2, e2 in spans)) for s, e, _ in toks]
        probs = tagger.token_probs([w for _, _, w in toks])
        pred = [int(p >= tagger.model.threshold) for p in probs]
        tp += sum(1 for p, g in zip(pred, gold) if p and g)
        fp += sum(1 for p, g in zip(pred, gold) if p and not g)
        fn += sum(1 for p, g in zip(pred, gold) if g and not p)
        for s2, e2 in spans:
            span_total += 1
            span_hit += int(any(p and s < e2 and s2 < e for p, (s, e, _) in zip(pred, toks)))
        for (s, e, _), p in zip(toks, pred):
            if p:
                pred_spans += 1
                pred_spans_ok += int(any(s < e2 and s2 < e for s2, e2 in spans))
        sent_pred.append(int(any(pred)))
        sent_gold.append(int(bool(spans)))
    return {
        "tokens": prf(tp, fp, fn),
        "span_recall_any_overlap": round(span_hit / span_total, 4) if span_total else 0.0,
        "flagged_token_precision_vs_lex_spans": round(pred_spans_ok / pred_spans, 4) if pred_spans else 0.0,
        "sentence_has_lex_span": prf(
            sum(1 for p, g in zip(sent_pred, sent_gold) if p and g),
            sum(1 for p, g in zip(sent_pred, sent_gold) if p and not g),
            sum(1 for p, g in zip(sent_pred, sent_gold) if g and not p),
        ),
        "lex_spans": span_total,
    }
