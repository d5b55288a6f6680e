"""Does the parent comment help the `toxic` decision? (issue 17, item 5)

On the tune part of the news-comment labels (`eval/gold/toxicity-news`; the held-out third is
never read), compares a logistic regression over the comment's own `toxic` logit with one that
also reads its parent's (and whether it has one), leave-one-page-out, by ranking AUC and best F1.
Also prints how often a reply to a toxic parent is toxic by the gold labels, the ceiling a
perfect parent signal would offer. Prints JSON.

    python benchmarks/toxicity_context.py [--data ../shared/data/html-comments]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score

from slant.analyze.toxicity import ToxicityScorer
from slant.eval import toxicity_news as tn

REPO = Path(__file__).resolve().parents[1]


def rows(gold_dir: Path, data: Path) -> list[dict]:
    """One row per tune comment: its gold, its own toxic probability, its parent's."""
    comments = tn.read_labelled(gold_dir, data)
    probs = ToxicityScorer().attribute_probs([c.text for c in comments])[:, 0]
    by_key = {(c.page, c.opening_sha1): (c, p) for c, p in zip(comments, probs)}
    out = []
    for c, p in zip(comments, probs):
        if c.held_out:
            continue
        parent = by_key.get((c.page, c.parent_sha1)) if c.parent_sha1 is not None else None
        out.append({
            "page": c.page, "toxic": "toxic" in c.flags, "own": p,
            "reply": parent is not None, "parent": parent[1] if parent is not None else 0.0,
            "parent_toxic": parent is not None and "toxic" in parent[0].flags,
        })
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def leave_one_page_out(x: np.ndarray, y: np.ndarray, pages: np.ndarray) -> dict[str, float]:
    probs = np.zeros(len(y))
    for page in sorted(set(pages)):
        fit = pages != page
        probs[~fit] = LogisticRegression(C=1.0).fit(x[fit], y[fit]).predict_proba(x[~fit])[:, 1]
    best = max(f1_score(y, probs >= t) for t in np.quantile(probs, np.linspace(0.5, 0.99, 100)))
    return {"auc": round(float(roc_auc_score(y, probs)), 4), "best_f1": round(float(best), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "html-comments")
    args = parser.parse_args()
    table = rows(REPO / "eval" / "gold" / "toxicity-news", args.data)
    y = np.array([r["toxic"] for r in table])
    pages = np.array([r["page"] for r in table])
    reply = np.array([r["reply"] for r in table])
    own, parent = logit(np.array([r["own"] for r in table])), logit(np.array([r["parent"] for r in table]))
    parent_toxic = np.array([r["parent_toxic"] for r in table])
    print(json.dumps({
        "comments": len(table), "replies": int(reply.sum()), "toxic": int(y.sum()),
        "gold_p_toxic_reply_to_toxic_parent": round(float(y[parent_toxic].mean()), 3),
        "gold_p_toxic_reply_to_other_parent": round(float(y[reply & ~parent_toxic].mean()), 3),
        "own_only": leave_one_page_out(own[:, None], y, pages),
        "own_and_parent": leave_one_page_out(np.column_stack([own, parent * reply, reply]), y, pages),
    }, indent=2))


if __name__ == "__main__":
    main()
