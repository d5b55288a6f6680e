"""A small learned line classifier that catches chrome the rules have no word for.

The rules in `boilerplate` know the vocabulary of common sites and comment
systems; a page from another system brings controls and labels they have
never seen ('Email This', 'Story continues'). Those lines still look like
chrome: short, title-cased or all-caps, no sentence punctuation, between
other chrome lines, repeated. A multinomial logistic regression over such
structural features (`page_features`), trained on the hand-labelled fixture
pages by training/train_text_lines.py, scores each line as text /
boilerplate / comment. `extract_text` uses it only one way: a line no rule
calls chrome becomes chrome where the model is very sure (P >= threshold);
name lines and the title are never touched, so thread segmentation keeps
its rules. Weights ship as JSON (src/slant/data/text_lines.v1.json, card in
text_lines.v1.md) and are scored with numpy (no pickle, no scikit-learn).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any

import numpy as np

from slant.extract.dates import parse_date_line
from slant.extract.text.boilerplate import chrome_kind
from slant.extract.text.names import COMMON_WORDS, has_says, name_score
from slant.nlp import lexicons

CLASSES = ("text", "boilerplate", "comment")
CHROME_KINDS = (None, "thread", "separator", "timestamp", "linklist", "chrome")
WEIGHTS_FILE = "text_lines.v1.json"
_SENTENCE_RE = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d))[.!?][\"”’)]?\s+[A-Z\"“]")


def is_prose(text: str) -> bool:
    """A paragraph of running text rather than a headline, caption or link.

    A sentence end must follow a lower-case word, so that 'St. Aidan' or
    'Mr. Roe' does not make a headline read as prose.
    """
    sentences = len(_SENTENCE_RE.findall(text))
    return len(text) > 160 or (len(text) > 50 and (sentences > 0 or text.endswith((".", "!", '"', "”"))))


def _line_feats(line: str) -> list[float]:
    """Features of one non-blank line on its own."""
    t = line.strip()
    letters = [c for c in t if c.isalpha()]
    words = t.split()
    lowered = [w.lower().strip(".,!?;:\"'") for w in words]
    kind = chrome_kind(t)
    return [
        math.log1p(len(t)) / 6,
        min(len(words), 60) / 60,
        float(t.endswith((".", "!", "?", '"', "”"))),
        float(t.endswith(":")),
        float(t[-1:].isalnum()),
        sum(c.isupper() for c in letters) / max(1, len(letters)),
        sum(w[:1].isupper() for w in words) / max(1, len(words)),
        sum(c.isdigit() for c in t) / max(1, len(t)),
        sum(1 for c in t if not c.isalnum() and not c.isspace()) / max(1, len(t)),
        sum(1 for w in lowered if w in COMMON_WORDS) / max(1, len(lowered)),
        float(is_prose(t)),
        name_score(t),
        float(has_says(t)),
        float(parse_date_line(t) is not None),
        float(bool(re.search(r"[·•|›]", t))),
        *[float(kind == k) for k in CHROME_KINDS],
    ]


def page_features(lines: list[str]) -> list[list[float]]:
    """One feature row per line: its own, its neighbours' and page-position features.

    Blank lines get an empty row. Neighbours are the previous and next
    non-blank lines; position features are the relative rank, whether the line
    lies after the first comment-section header or before the first prose
    paragraph, the blank lines around it and whether it repeats on the page.
    """
    n = len(lines)
    memo: dict[str, list[float]] = {}  # pages repeat their chrome: score each distinct line once
    own: list[list[float] | None] = []
    for line in lines:
        key = line.strip()
        if key and key not in memo:
            memo[key] = _line_feats(key)
        own.append(memo[key] if key else None)
    nonblank = [i for i in range(n) if lines[i].strip()]
    if not nonblank:
        return [[] for _ in lines]
    rank = {i: k for k, i in enumerate(nonblank)}
    counts = Counter(line.strip() for line in lines if line.strip())
    first_thread = next((i for i in nonblank if chrome_kind(lines[i]) == "thread"), n)
    first_prose = next((i for i in nonblank if is_prose(lines[i].strip())), n)
    zero = [0.0] * len(own[nonblank[0]] or [])
    rows: list[list[float]] = []
    for i in range(n):
        feats = own[i]
        if feats is None:
            rows.append([])
            continue
        k = rank[i]
        prev = own[nonblank[k - 1]] if k > 0 else zero
        nxt = own[nonblank[k + 1]] if k + 1 < len(nonblank) else zero
        before = i - nonblank[k - 1] - 1 if k > 0 else i
        after = nonblank[k + 1] - i - 1 if k + 1 < len(nonblank) else n - i - 1
        rows.append([
            *feats, *(prev or zero), *(nxt or zero),
            k / max(1, len(nonblank) - 1),
            float(i > first_thread), float(i < first_prose),
            min(before, 3) / 3, min(after, 3) / 3,
            float(counts[lines[i].strip()] > 1),
            1.0,
        ])
    return rows


class LineModel:
    """Multinomial logistic regression over `page_features`, from a JSON weights dict."""

    def __init__(self, weights: dict[str, Any]) -> None:
        self.classes: list[str] = list(weights["classes"])
        self.coef: list[list[float]] = weights["coef"]
        self.intercept: list[float] = weights["intercept"]
        self.threshold: float = float(weights["threshold"])
        self.n_features: int = int(weights["n_features"])

    def probabilities(self, row: list[float]) -> list[float]:
        scores = [b + sum(w * x for w, x in zip(ws, row)) for ws, b in zip(self.coef, self.intercept)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def sure_chrome(self, lines: list[str]) -> set[int]:
        """Indices of lines the model calls boilerplate with P >= threshold."""
        rows = page_features(lines)
        index = [i for i, row in enumerate(rows) if len(row) == self.n_features]
        if not index:
            return set()
        scores = np.array([rows[i] for i in index]) @ np.array(self.coef).T + np.array(self.intercept)
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        col = self.classes.index("boilerplate")
        return {i for i, p in zip(index, probs[:, col]) if p >= self.threshold}


@lru_cache(maxsize=1)
def load_line_model() -> LineModel | None:
    """The shipped model, or None when the weights file is absent (rules alone then)."""
    try:
        return LineModel(lexicons.json_table(WEIGHTS_FILE))
    except FileNotFoundError:
        return None
