"""Score actors.v1 and claims.v1 against hand-made gold pages (`<name>.txt` + `<name>.gold.json`).

Matching (lenient, but every rule is stated here and in the JSON output):
- Text normalisation for labels and sources: lower case, curly/straight quotes removed,
  "so-called" removed, leading determiners/possessives (the, these, those, a, an, its,
  their, our) removed, whitespace collapsed, then split into word tokens.
- Label recall: a gold actor label (label text + where: body/comments) is found when some
  predicted label of any actor in the same place has, after normalisation, the same tokens,
  or one is a contiguous token run of the other and covers at least half the tokens of the
  longer one. The actor the label is attached to is NOT checked (gold actor names are
  free descriptions); `label_recall_exact` counts only identical normalised tokens.
- Label precision: a predicted label (text + place) is right when it matches some gold label
  of the same place by the same rule; precision = right / predicted labels.
- Claim recall: a gold claim is found when one predicted claim covers at least 60% of the
  gold claim's word tokens (bag of lower-cased words) and 60% of the predicted claim's
  tokens are in the gold claim (so a whole paragraph does not match everything).
- Claim precision: a predicted claim is right when it matches some gold claim by the same
  two 60% rules; precision = right / predicted claims.
- Attribution accuracy: over gold claims that were found, the predicted attributed_to
  equals the gold one after normalisation, or one contains the other as a contiguous token
  run; None matches only None. `attribution_accuracy_all` counts unfound claims as wrong.
The body is built by slant.extract.text.extract_text when
`gold_lines` is False; otherwise (`body_from` says which) from the gold `lines` of kind
body/quoted_outlet, title from kind title, and comments from the gold `comments` texts,
which isolates actors/claims from extraction errors.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from slant.document import Comment, Document, content_id
from slant.extract.text import extract_text

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_DETS = {"the", "these", "those", "this", "that", "a", "an", "its", "their", "our", "his", "her"}


def _norm_tokens(text: str | None) -> list[str]:
    if not text:
        return []
    t = text.lower().replace("so-called", " ").replace("so called", " ")
    toks = [w.replace("’", "'") for w in _WORD.findall(t)]
    while toks and toks[0] in _DETS:
        toks = toks[1:]
    return toks


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def label_match(gold: str, pred: str) -> bool:
    g, p = _norm_tokens(gold), _norm_tokens(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    longer, shorter = (g, p) if len(g) >= len(p) else (p, g)
    return _contains(longer, shorter) and len(shorter) * 2 >= len(longer)


def source_match(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _norm_tokens(gold), _norm_tokens(pred)
    return g == p or _contains(g, p) or _contains(p, g)


def _bag(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def claim_overlap(gold: str, pred: str) -> tuple[float, float]:
    g, p = _bag(gold), _bag(pred)
    if not g or not p:
        return 0.0, 0.0
    pool = list(p)
    hit = 0
    for w in g:
        if w in pool:
            pool.remove(w)
            hit += 1
    return hit / len(g), hit / len(p)


def document_from_gold(txt: str, gold: dict[str, Any], source: str, gold_lines: bool = False) -> tuple[Document, str]:
    """The Document a gold page describes, and which way its body was built."""
    if not gold_lines:
        ex = extract_text(txt, source=source)
        doc = Document(
            id=content_id(txt), source=source, text=ex.body, title=ex.title, comments=list(ex.comments)
        )
        return doc, "slant.extract.text.extract_text"
    lines = txt.split("\n")
    kinds = {item["n"]: item["kind"] for item in gold["lines"]}
    body = "\n\n".join(
        lines[n - 1].strip() for n in sorted(kinds) if kinds[n] in ("body", "quoted_outlet") and n <= len(lines)
    )
    title = next((lines[n - 1].strip() for n in sorted(kinds) if kinds[n] == "title"), None)
    comments = [Comment(id=f"c{i + 1}", text=c["text"], author=c.get("author")) for i, c in enumerate(gold["comments"])]
    doc = Document(id=content_id(txt), source=source, text=body, title=title, comments=comments)
    return doc, "gold lines"


def evaluate_samples(gold_dir: Path, gold_lines: bool = False) -> dict[str, Any]:
    """Label recall and precision, claim recall and precision, and attribution accuracy of actors.v1 + claims.v1 on the gold pages."""
    from slant.analyze.actors import ActorsAnalyzer
    from slant.analyze.claims import ClaimsAnalyzer

    actors, claims = ActorsAnalyzer(), ClaimsAnalyzer()
    pages: dict[str, dict[str, Any]] = {}
    totals = {
        "labels": 0, "labels_found": 0, "labels_exact": 0, "labels_predicted": 0, "labels_right": 0,
        "claims": 0, "claims_found": 0, "claims_predicted": 0, "claims_right": 0, "attr_ok": 0,
    }
    by_place = {"body": [0, 0], "comments": [0, 0]}
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt_path = gold_path.with_name(gold["page"]) if gold.get("page") else gold_path.with_suffix("").with_suffix(".txt")
        txt = txt_path.read_text(encoding="utf-8")
        doc, body_from = document_from_gold(txt, gold, str(txt_path), gold_lines)
        t0 = time.perf_counter()
        actors([doc])
        claims([doc])
        ms = (time.perf_counter() - t0) * 1000
        pred_labels = [(lab.label, lab.where) for a in doc.actors for lab in a.labels]
        missed_labels = []
        for g in gold.get("actor_labels", []):
            where = g.get("in", "body")
            found = any(w == where and label_match(g["label"], p) for p, w in pred_labels)
            exact = any(w == where and _norm_tokens(g["label"]) == _norm_tokens(p) for p, w in pred_labels)
            totals["labels"] += 1
            totals["labels_found"] += found
            totals["labels_exact"] += exact
            by_place[where][0] += 1
            by_place[where][1] += found
            if not found:
                missed_labels.append(f"{where}: {g['label']}")
        gold_labels = [(g["label"], g.get("in", "body")) for g in gold.get("actor_labels", [])]
        totals["labels_predicted"] += len(pred_labels)
        totals["labels_right"] += sum(any(w == gw and label_match(gl, p) for gl, gw in gold_labels) for p, w in pred_labels)
        gold_claims = [g["text"] for g in gold.get("claims", [])]
        totals["claims_predicted"] += len(doc.claims)
        totals["claims_right"] += sum(
            any(min(claim_overlap(g, c.text)) >= 0.6 for g in gold_claims) for c in doc.claims
        )
        missed_claims, wrong_sources = [], []
        for g in gold.get("claims", []):
            totals["claims"] += 1
            best, best_cov = None, 0.0
            for c in doc.claims:
                cov, prec = claim_overlap(g["text"], c.text)
                if cov >= 0.6 and prec >= 0.6 and cov > best_cov:
                    best, best_cov = c, cov
            if best is None:
                missed_claims.append(g["text"][:80])
                continue
            totals["claims_found"] += 1
            if source_match(g.get("attributed_to"), best.attributed_to):
                totals["attr_ok"] += 1
            else:
                wrong_sources.append({"gold": g.get("attributed_to"), "predicted": best.attributed_to})
        pages[gold_path.name] = {
            "body_from": body_from,
            "ms_actors_plus_claims": round(ms, 1),
            "predicted_labels": len(pred_labels),
            "predicted_claims": len(doc.claims),
            "missed_labels": missed_labels,
            "missed_claims": missed_claims,
            "wrong_sources": wrong_sources,
        }

    def r(a: float, b: float) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "label_recall": r(totals["labels_found"], totals["labels"]),
        "label_precision": r(totals["labels_right"], totals["labels_predicted"]),
        "label_recall_exact": r(totals["labels_exact"], totals["labels"]),
        "label_recall_body": r(by_place["body"][1], by_place["body"][0]),
        "label_recall_comments": r(by_place["comments"][1], by_place["comments"][0]),
        "claim_recall": r(totals["claims_found"], totals["claims"]),
        "claim_precision": r(totals["claims_right"], totals["claims_predicted"]),
        "attribution_accuracy": r(totals["attr_ok"], totals["claims_found"]),
        "attribution_accuracy_all": r(totals["attr_ok"], totals["claims"]),
        "counts": totals,
        "matching": "see slant.eval.samples docstring",
        "pages": pages,
    }
