"""Score HTML comment extraction against gold comment lists.

Usage:
    python benchmarks/html_comments.py --pages DIR --gold DIR [--threshold 0.5]

Each gold file is JSON: {"page": "<file name in --pages>", "comments": [{"id", "author",
"text", "parent"}, ...]}. Predicted and gold comments are matched one-to-one, best pairs
first, by the overlap of their normalized word multisets (Dice >= threshold). Prints JSON:
per page and overall comment precision/recall/F1, author accuracy and reply-parent
accuracy over matched pairs. Pages without a gold file get counts only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from slant.document import Comment
from slant.eval.metrics import f1
from slant.extract.decode import decode_bytes
from slant.extract.html.comments import extract_comments_from_html

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text or ""))


def dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def norm_author(name: str | None) -> str | None:
    return re.sub(r"\s+", " ", name).strip().casefold() if name else None


def match(pred: list[Comment], gold: list[dict[str, Any]], threshold: float) -> dict[str, str]:
    """Greedy one-to-one matching of predicted to gold ids by text overlap."""
    pw = [words(c.text) for c in pred]
    gw = [words(g["text"]) for g in gold]
    pairs = []
    for i, a in enumerate(pw):
        for j, b in enumerate(gw):
            if a and b:
                s = dice(a, b)
                if s >= threshold:
                    pairs.append((s, -abs(i - j), i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: dict[str, str] = {}
    for _, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out[pred[i].id] = gold[j]["id"]
    return out


def score_page(pred: list[Comment], gold: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    pairs = match(pred, gold, threshold)
    gold_by_id = {g["id"]: g for g in gold}
    pred_by_id = {c.id: c for c in pred}
    authors = parents = 0
    similarity = 0.0
    for pid, gid in pairs.items():
        p, g = pred_by_id[pid], gold_by_id[gid]
        similarity += dice(words(p.text), words(g["text"]))
        authors += norm_author(p.author) == norm_author(g.get("author"))
        mapped = pairs.get(p.parent) if p.parent else None
        parents += (p.parent is None and g.get("parent") is None) or (
            mapped is not None and mapped == g.get("parent")
        )
    n = len(pairs)
    precision = n / len(pred) if pred else (1.0 if not gold else 0.0)
    recall = n / len(gold) if gold else (1.0 if not pred else 0.0)
    f1_score = f1(precision, recall)
    return {
        "gold": len(gold),
        "predicted": len(pred),
        "matched": n,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1_score, 4),
        "author_accuracy": round(authors / n, 4) if n else None,
        "parent_accuracy": round(parents / n, 4) if n else None,
        "text_similarity": round(similarity / n, 4) if n else None,
        "_authors": authors,
        "_parents": parents,
    }


def run(pages: Path, gold_dir: Path, threshold: float) -> dict[str, Any]:
    gold_files = {}
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold_files[data["page"]] = data["comments"]
    per_page: dict[str, Any] = {}
    for page in sorted(pages.glob("*.html")):
        start = time.perf_counter()
        pred = extract_comments_from_html(decode_bytes(page.read_bytes()))
        seconds = round(time.perf_counter() - start, 3)
        row: dict[str, Any] = {
            "predicted": len(pred),
            "with_author": sum(c.author is not None for c in pred),
            "with_parent": sum(c.parent is not None for c in pred),
            "with_date": sum(c.published is not None for c in pred),
            "seconds": seconds,
        }
        if page.name in gold_files:
            row.update(score_page(pred, gold_files[page.name], threshold))
        per_page[page.name] = row
    scored = [r for r in per_page.values() if "gold" in r]
    matched = sum(r["matched"] for r in scored)
    n_pred = sum(r["predicted"] for r in scored)
    n_gold = sum(r["gold"] for r in scored)
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    overall = {
        "pages_scored": len(scored),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": matched,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1(p, r), 4),
        "author_accuracy": round(sum(x["_authors"] for x in scored) / matched, 4) if matched else None,
        "parent_accuracy": round(sum(x["_parents"] for x in scored) / matched, 4) if matched else None,
        "macro_f1": round(sum(x["f1"] for x in scored) / len(scored), 4) if scored else None,
        "min_page_f1": min((x["f1"] for x in scored), default=None),
    }
    for row in scored:
        row.pop("_authors")
        row.pop("_parents")
    return {"threshold": threshold, "pages": per_page, "overall": overall}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args(argv)
    json.dump(run(args.pages, args.gold, args.threshold), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
