"""Train the check-worthiness logistic regression shipped as JSON for claims.v1.

Train: ClaimBuster 2.5xNCS train part (sentence_id % 5 in {2,3,4}) plus CLEF-2020 Task 5
training/. C is picked on the ClaimBuster validation part (% 5 == 1); the final model is
refit on train + validation. Test parts are never read here.

    python training/train_checkworthy.py
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

from slant.eval.claims import claimbuster, clef_documents  # noqa: E402
from slant.nlp.linear import LinearModel, sentence_features  # noqa: E402

OUT = REPO / "src" / "slant" / "data" / "checkworthy.v1.json"
DATA_CLAIMS = DATA / "claims"


def main() -> None:
    train = claimbuster(DATA_CLAIMS, "train")
    val = claimbuster(DATA_CLAIMS, "validation")
    clef = [r for _, rows in clef_documents(DATA_CLAIMS, "2020", "train") for r in rows]
    vec = DictVectorizer()
    x_tr = vec.fit_transform([sentence_features(t) for t, _ in train + clef])
    y_tr = np.array([y for _, y in train + clef])
    x_va = vec.transform([sentence_features(t) for t, _ in val])
    y_va = np.array([y for _, y in val])
    best = (-1.0, 1.0)
    for c in (0.01, 0.03, 0.1, 0.3):
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        clf.fit(x_tr, y_tr)
        f1 = f1_score(y_va, clf.predict(x_va))
        print(f"C={c} validation F1={f1:.4f}")
        best = max(best, (f1, c))
    c = best[1]
    # threshold on validation with the chosen C
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x_tr, y_tr)
    probs = clf.predict_proba(x_va)[:, 1]
    thr = max(np.arange(0.2, 0.81, 0.05), key=lambda t: f1_score(y_va, probs >= t))
    print(f"chosen C={c} threshold={thr:.2f} val F1={f1_score(y_va, probs >= thr):.4f}")
    full = train + val + clef
    vec = DictVectorizer()
    x = vec.fit_transform([sentence_features(t) for t, _ in full])
    y = np.array([lab for _, lab in full])
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0]) if abs(w) >= 0.02}
    model = LinearModel(
        weights=weights,
        bias=round(float(clf.intercept_[0]), 4),
        threshold=round(float(thr), 2),
        meta={
            "name": "checkworthy.v1",
            "trained_on": "ClaimBuster 2.5xNCS (sentence_id % 5 in 1..4) + CLEF-2020 Task 5 training",
            "C": c,
            "features": "slant.nlp.linear.sentence_features",
        },
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    model.save(OUT)
    print(f"wrote {OUT} ({len(weights)} weights, {OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
