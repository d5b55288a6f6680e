"""Train the plain-text line model (src/slant/data/text_lines.v1.json) and cross-validate it.

Examples: every non-blank line of the hand-labelled fixture pages in
tests/fixtures/text_pages (except the `*-round4` pages, the last unseen test set; the `*-fresh`
and `*-round3` pages joined training once they had been tuned on), with `slant.extract.text.line_model.page_features`;
label: the coarse class `slant eval extraction` scores (text = title, body,
quoted_outlet; boilerplate; comment = comment_author, comment_text).

Leave-one-page-out cross-validation: for each page, a model is fitted on the
other pages and `extract_text_with(page, model)` is compared with the rules
alone (`extract_text_with(page, None)`) on the held-out page, with the same
counts as `slant eval extraction` (line accuracy, comment F1, author accuracy).
The shipped model is then fitted on all pages.

Run: python training/train_text_lines.py [--threshold 0.9] [--no-write] [--also-hold-out=-round3]
(needs scikit-learn from the `train` extra; about half a minute on one core).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from slant.eval.extraction import COARSE, _count_page, _figures
from slant.extract.text.line_model import CLASSES, WEIGHTS_FILE, LineModel, page_features
from slant.extract.text.page import extract_text_with

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "text_pages"
OUT = ROOT / "src" / "slant" / "data" / WEIGHTS_FILE
#: Pages kept out of training and cross-validation: the last unseen test set.
HELD_OUT = ("-round4.gold.json",)
#: Inverse regularisation strength of the logistic regression.
C = 1.0


def load_pages(extra_held_out: tuple[str, ...] = ()) -> list[tuple[dict, str]]:
    pages = []
    for gold_path in sorted(PAGES.glob("*.gold.json")):
        if gold_path.name.endswith(HELD_OUT + extra_held_out):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pages.append((gold, (PAGES / gold["page"]).read_text(encoding="utf-8")))
    return pages


def fit(pages: list[tuple[dict, str]], threshold: float) -> dict:
    xs: list[list[float]] = []
    ys: list[int] = []
    for gold, text in pages:
        kinds = [e["kind"] for e in gold["lines"]]
        for row, kind in zip(page_features(text.splitlines()), kinds):
            if row:
                xs.append(row)
                ys.append(CLASSES.index(COARSE[kind]))
    model = LogisticRegression(C=C, max_iter=5000).fit(np.array(xs), np.array(ys))
    return {
        "classes": [CLASSES[k] for k in model.classes_],
        "coef": [[round(float(w), 6) for w in ws] for ws in model.coef_],
        "intercept": [round(float(b), 6) for b in model.intercept_],
        "threshold": threshold,
        "n_features": len(xs[0]),
        "n_lines": len(xs),
        "n_pages": len(pages),
    }


def cross_validate(pages: list[tuple[dict, str]], threshold: float) -> dict:
    totals = {"rules": Counter(), "rules+model": Counter()}
    for k, (gold, text) in enumerate(pages):
        model = LineModel(fit(pages[:k] + pages[k + 1 :], threshold))
        row = []
        for name, m in (("rules", None), ("rules+model", model)):
            counts = _count_page(gold, extract_text_with(text, m))
            totals[name].update({key: int(v) for key, v in counts.items()})
            fig = _figures({key: int(v) for key, v in counts.items()})
            row.append(f"{name} line {fig['line_accuracy']:.3f} F1 {fig['comment_f1']}")
        print(f"{gold['page']:34s} " + " | ".join(row))
    return {name: _figures(c) for name, c in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--also-hold-out", action="append", default=[], metavar="SUFFIX",
        help="leave pages whose name ends with SUFFIX out too (e.g. -round3, to compare with an older page set)",
    )
    args = parser.parse_args()
    pages = load_pages(tuple(f"{s}.gold.json" for s in args.also_hold_out))
    result = cross_validate(pages, args.threshold)
    for name, fig in result.items():
        keys = ("line_accuracy", "comment_f1", "author_accuracy", "parent_accuracy")
        print(f"LOPO {name:12s} " + " ".join(f"{key} {fig[key]}" for key in keys))
    if not args.no_write:
        OUT.write_text(json.dumps(fit(pages, args.threshold)) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
