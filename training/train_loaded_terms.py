"""Train the loaded-word tagger shipped as JSON for loaded_terms.v1.

A token-level logistic regression over lexical features (slant.nlp.linear.token_features):
positives are the words BABE's experts marked as biased in a sentence. Train on the BABE
train part (split by article, slant.eval.bias.babe_part); C and the threshold are chosen on
the validation part by token F1. The test part and BASIL are never read here.

    python training/train_loaded_terms.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, REPO  # noqa: E402

from slant.eval.bias import babe, babe_token_labels  # noqa: E402
from slant.nlp.linear import LinearModel, token_features  # noqa: E402

OUT = REPO / "src" / "slant" / "data" / "loaded_words.v1.json"
BABE = DATA / "babe"


def featurize(items, lexicon):
    xs, ys = [], []
    for item in items:
        toks, labels = babe_token_labels(item)
        words = [w for _, _, w in toks]
        for i in range(len(words)):
            xs.append(token_features(words, i, lexicon))
            ys.append(labels[i])
    return xs, np.array(ys)


def main() -> None:
    # BABE's own word lexicon is AGPL-3.0 data: shipping it inside the Apache-2.0 package would
    # redistribute it. The lexicon feature uses slant's own seed list of evaluative words instead.
    seed = Path(__file__).resolve().parent.parent / "src" / "slant" / "data" / "loaded_words_seed.txt"
    lexicon_words = sorted(
        {w.strip().lower() for w in seed.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
    )
    lexicon = frozenset(lexicon_words)
    x_tr, y_tr = featurize(babe(BABE, "train"), lexicon)
    x_va, y_va = featurize(babe(BABE, "validation"), lexicon)
    vec = DictVectorizer()
    X_tr = vec.fit_transform(x_tr)
    X_va = vec.transform(x_va)
    print(f"train tokens {len(y_tr)} (pos {y_tr.sum()}), validation {len(y_va)} (pos {y_va.sum()})")
    best = (-1.0, 1.0, 0.5)
    for c in (0.03, 0.1, 0.3, 1.0):
        clf = LogisticRegression(C=c, max_iter=3000, class_weight={0: 1.0, 1: 5.0}).fit(X_tr, y_tr)
        probs = clf.predict_proba(X_va)[:, 1]
        for t in np.arange(0.3, 0.91, 0.05):
            f1 = f1_score(y_va, probs >= t)
            best = max(best, (f1, c, round(float(t), 2)))
        print(f"C={c} best so far {best}")
    f1, c, thr = best
    print(f"chosen C={c} threshold={thr} validation token F1={f1:.4f}")
    x_all, y_all = featurize(babe(BABE, "train") + babe(BABE, "validation"), lexicon)
    vec = DictVectorizer()
    X = vec.fit_transform(x_all)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight={0: 1.0, 1: 5.0}).fit(X, y_all)
    weights = {n: round(float(w), 4) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.02}
    model = LinearModel(
        weights=weights,
        bias=round(float(clf.intercept_[0]), 4),
        threshold=thr,
        meta={
            "name": "loaded_words.v1",
            "trained_on": "BABE SG2 train+validation parts (sha1(news_link) % 5 != 0)",
            "C": c,
            "features": "slant.nlp.linear.token_features",
            "lexicon": lexicon_words,
            "lexicon_source": "slant's own seed list (src/slant/data/loaded_words_seed.txt)",
            "data_license": "BABE annotations (Spinde et al. 2021) are AGPL-3.0; no BABE text or word list is shipped",
        },
    )
    model.save(OUT)
    print(f"wrote {OUT} ({len(weights)} weights, {OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
