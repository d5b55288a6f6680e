"""Small linear models shipped as JSON weights, and the lexical features they read.

The loaded-term and check-worthiness models are logistic regressions over sparse
string features. Training (training/train_*.py, scikit-learn) and the runtime
share the feature functions below, so a shipped model sees exactly the features
it was trained on; the weights are plain JSON (never pickle) and scoring is a
dictionary lookup and a sigmoid, so the runtime needs neither torch nor sklearn.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
DIGIT_RE = re.compile(r"\d")
NUMBER_RE = re.compile(r"\d")


def tokens_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Words (with inner hyphens/apostrophes) and punctuation, with character offsets."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def _norm(word: str) -> str:
    return DIGIT_RE.sub("0", word.lower().replace("’", "'"))


@dataclass
class LinearModel:
    """A logistic regression: feature -> weight, a bias, and a decision threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            weights={k: float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data.get("threshold", 0.5)),
            meta={k: v for k, v in data.items() if k not in {"weights", "bias", "threshold"}},
        )

    def save(self, path: str | Path) -> None:
        data = {**self.meta, "threshold": self.threshold, "bias": self.bias, "weights": self.weights}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")

    def score(self, features: Mapping[str, float] | Iterable[str]) -> float:
        """P(positive | features); features are names (value 1) or a name -> value map."""
        items = features.items() if isinstance(features, Mapping) else ((f, 1.0) for f in features)
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in items)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


# ---------------------------------------------------------------- check-worthiness


def sentence_features(text: str) -> dict[str, float]:
    """Features of one sentence for check-worthiness: words, bigrams, and number/shape cues."""
    words = [_norm(w) for _, _, w in tokens_with_offsets(text) if w[0].isalnum()]
    feats: dict[str, float] = {}
    for w in words:
        feats["w=" + w] = 1.0
    for a, b in zip(words, words[1:]):
        feats["b=" + a + "_" + b] = 1.0
    raw = text
    if NUMBER_RE.search(raw):
        feats["has_number"] = 1.0
    if "%" in raw or " percent" in raw.lower():
        feats["has_percent"] = 1.0
    if "$" in raw or "dollar" in raw.lower():
        feats["has_money"] = 1.0
    if re.search(r"\b(1[89]|20)\d\d\b", raw):
        feats["has_year"] = 1.0
    caps = sum(1 for _, _, w in tokens_with_offsets(text)[1:] if w[:1].isupper())
    if caps:
        feats["caps>0"] = 1.0
    if caps >= 3:
        feats["caps>=3"] = 1.0
    n = len(words)
    feats["len<6" if n < 6 else "len<15" if n < 15 else "len<30" if n < 30 else "len>=30"] = 1.0
    if text.rstrip().endswith("?"):
        feats["question"] = 1.0
    return feats


# ---------------------------------------------------------------- loaded words


def token_features(words: list[str], i: int, lexicon: frozenset[str]) -> dict[str, float]:
    """Features of word i in its sentence for the loaded-word tagger."""
    w = words[i]
    lw = _norm(w)
    feats = {"w=" + lw: 1.0, "suf3=" + lw[-3:]: 1.0, "pre3=" + lw[:3]: 1.0}
    if len(lw) > 4:
        feats["suf4=" + lw[-4:]] = 1.0
    if lw in lexicon:
        feats["lex"] = 1.0
    if not w[0].isalnum():
        feats["punct"] = 1.0
    elif w[0].isupper():
        feats["cap"] = 1.0 if i > 0 else 0.5
    if len(lw) <= 3:
        feats["short"] = 1.0
    if "-" in lw:
        feats["hyphen"] = 1.0
    prev = _norm(words[i - 1]) if i > 0 else "<s>"
    nxt = _norm(words[i + 1]) if i + 1 < len(words) else "</s>"
    feats["p=" + prev] = 1.0
    feats["n=" + nxt] = 1.0
    if prev in ("“", '"', "‘", "'") or prev == "so-called":
        feats["after_quote_or_socalled"] = 1.0
    return feats


# ---------------------------------------------------------------- technique of a span

#: Words (two characters or more) and the punctuation that marks slogans, doubt and quotes.
SPAN_WORD_RE = re.compile(r"\w\w+|[!?\"“”'‘’]", re.UNICODE)
#: Character n-gram lengths read inside each whitespace-delimited word.
SPAN_CHAR_NGRAMS = (2, 3, 4)
#: Span lengths (in words) above this share one feature.
SPAN_LENGTH_CAP = 12


def span_terms(text: str) -> list[str]:
    """Lexical features of a technique span: words, word pairs, character n-grams, its length.

    What the words of a fragment are ("so-called", "!", "what about", "experts say")
    tells its technique apart in ways the token encoder, reading one window, misses;
    training (training/train_technique_heads.py) and the runtime both call this.
    """
    words = SPAN_WORD_RE.findall(text.lower())
    terms = ["w:" + w for w in words] + ["b:" + a + " " + b for a, b in zip(words, words[1:])]
    for word in text.split():
        padded = " " + word + " "
        for n in SPAN_CHAR_NGRAMS:
            terms.extend("c:" + padded[i : i + n] for i in range(len(padded) - n + 1))
    terms.append("len:" + str(min(len(text.split()), SPAN_LENGTH_CAP)))
    return terms


@dataclass
class TfidfSoftmax:
    """A multinomial logistic regression over sublinear TF-IDF term weights (l2-normalised).

    The same arithmetic as scikit-learn's TfidfVectorizer(sublinear_tf=True) followed by
    LogisticRegression.predict_proba, with the weights stored as JSON: term -> one weight per label.
    """

    labels: list[str]
    idf: dict[str, float]
    weights: dict[str, list[float]]
    bias: list[float]
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> TfidfSoftmax:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            labels=list(data["labels"]),
            idf={k: float(v) for k, v in data["idf"].items()},
            weights={k: [float(x) for x in v] for k, v in data["weights"].items()},
            bias=[float(x) for x in data["bias"]],
            meta={k: v for k, v in data.items() if k not in {"labels", "idf", "weights", "bias"}},
        )

    def save(self, path: str | Path) -> None:
        data = {**self.meta, "labels": self.labels, "bias": self.bias, "idf": self.idf, "weights": self.weights}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")

    def probabilities(self, terms: Iterable[str]) -> list[float]:
        """P(label | terms) for every label, in `labels` order."""
        counts: dict[str, int] = {}
        for term in terms:
            if term in self.idf:
                counts[term] = counts.get(term, 0) + 1
        values = {t: (1.0 + math.log(c)) * self.idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        z = list(self.bias)
        for term, value in values.items():
            for k, w in enumerate(self.weights.get(term, ())):
                z[k] += w * value / norm
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return [e / total for e in exp]
