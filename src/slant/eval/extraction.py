"""Score plain-text extraction against hand-made gold files.

A gold folder holds `<name>.gold.json` files, each naming its page in `page`
(a file in the same folder) with one `lines` entry per page line and the
`comments` list (first_line, last_line, author, reply_to_author). Figures:

* line_accuracy: over non-blank gold lines, the share whose coarse class
  matches: text (title, body, quoted_outlet) / boilerplate / comment
  (comment_author, comment_text).
* fine_accuracy: over non-blank gold lines, the share whose exact kind matches.
* comment precision / recall / F1: a predicted comment matches a gold one when
  first_line and last_line are both equal.
* author_accuracy: over matched comments, author equal (None included).
* parent_accuracy: over matched comments, gold reply_to_author equal to the
  author of the predicted parent (None when no parent).
* title_accuracy: pages whose predicted title equals the gold title.

Totals are micro-averaged over all pages; `pages` holds the same per page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from slant.eval.metrics import f1
from slant.extract.text.page import TextExtraction, extract_text

COARSE = {
    "title": "text",
    "body": "text",
    "quoted_outlet": "text",
    "boilerplate": "boilerplate",
    "comment_author": "comment",
    "comment_text": "comment",
}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(f1(p, r), 4)


def _count_page(gold: dict[str, Any], pred: TextExtraction) -> dict[str, int | bool]:
    gold_kinds = {entry["n"]: entry["kind"] for entry in gold["lines"]}
    counts = dict(lines=0, coarse=0, fine=0)
    for n, kind in gold_kinds.items():
        if kind == "blank":
            continue
        guess = pred.line_kinds[n - 1] if 0 < n <= len(pred.line_kinds) else "blank"
        counts["lines"] += 1
        counts["coarse"] += COARSE.get(kind, kind) == COARSE.get(guess, guess)
        counts["fine"] += kind == guess
    by_span = {span: k for k, span in enumerate(pred.comment_lines)}
    authors = {c.id: c.author for c in pred.comments}
    matched = authors_ok = parents_ok = 0
    for g in gold.get("comments", []):
        k = by_span.get((g["first_line"], g["last_line"]))
        if k is None:
            continue
        matched += 1
        comment = pred.comments[k]
        authors_ok += comment.author == g.get("author")
        parent_author = authors.get(comment.parent) if comment.parent else None
        parents_ok += parent_author == g.get("reply_to_author")
    counts.update(
        gold_comments=len(gold.get("comments", [])),
        pred_comments=len(pred.comments),
        matched=matched,
        authors_ok=authors_ok,
        parents_ok=parents_ok,
        title_ok=int(pred.title == gold.get("title")),
    )
    return counts


def _figures(c: dict[str, int]) -> dict[str, Any]:
    precision = _ratio(c["matched"], c["pred_comments"])
    recall = _ratio(c["matched"], c["gold_comments"])
    if c["gold_comments"] == 0 and c["pred_comments"] == 0:
        precision = recall = 1.0
    return {
        "line_accuracy": _ratio(c["coarse"], c["lines"]),
        "fine_accuracy": _ratio(c["fine"], c["lines"]),
        "comment_precision": precision,
        "comment_recall": recall,
        "comment_f1": _f1(precision, recall),
        "author_accuracy": _ratio(c["authors_ok"], c["matched"]),
        "parent_accuracy": _ratio(c["parents_ok"], c["matched"]),
        "gold_comments": c["gold_comments"],
        "pred_comments": c["pred_comments"],
        "matched_comments": c["matched"],
        "lines": c["lines"],
    }


def score_extraction(gold_dir: str | Path) -> dict[str, Any]:
    """Score `extract_text` on every `*.gold.json` in gold_dir; micro totals plus per page."""
    folder = Path(gold_dir)
    gold_files = sorted(folder.glob("*.gold.json"))
    if not gold_files:
        raise FileNotFoundError(f"no *.gold.json files in {folder}")
    pages: dict[str, Any] = {}
    total: dict[str, int] = {}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        page_path = folder / gold["page"]
        text = page_path.read_text(encoding="utf-8")
        counts = _count_page(gold, extract_text(text, source=str(page_path)))
        pages[gold["page"]] = {**_figures(counts), "title_ok": bool(counts["title_ok"])}
        for key, value in counts.items():
            total[key] = total.get(key, 0) + int(value)
    return {
        **_figures(total),
        "title_accuracy": _ratio(total["title_ok"], len(gold_files)),
        "n_pages": len(gold_files),
        "pages": pages,
    }
