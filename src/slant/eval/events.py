"""Score event grouping against gold events: adjusted Rand index and purity.

BASIL (Fan et al., 2019) covers 100 events, each reported by three outlets; the
gold event of an article is its `triplet-uuid`. ARI and purity are implemented
here (no scikit-learn at run time) and tested against hand-computed cases.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from slant.document import Document


def _pairs(n: int) -> float:
    return n * (n - 1) / 2.0


def adjusted_rand_index(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Hubert and Arabie's ARI: pair agreement corrected for chance (1 = identical)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must label the same items")
    n = len(gold)
    if n < 2:
        return 1.0
    table = Counter(zip(gold, predicted))
    index = sum(_pairs(c) for c in table.values())
    sum_gold = sum(_pairs(c) for c in Counter(gold).values())
    sum_pred = sum(_pairs(c) for c in Counter(predicted).values())
    expected = sum_gold * sum_pred / _pairs(n)
    maximum = (sum_gold + sum_pred) / 2.0
    if maximum == expected:
        # Degenerate partitions (all singletons or one group on both sides): agreement is all or nothing.
        return 1.0 if index == maximum else 0.0
    return (index - expected) / (maximum - expected)


def purity(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Share of items whose predicted group's majority gold label is their own."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must label the same items")
    if not gold:
        return 1.0
    table = Counter(zip(predicted, gold))
    best: dict[Hashable, int] = {}
    for (pred, _), count in table.items():
        best[pred] = max(best.get(pred, 0), count)
    return sum(best.values()) / len(gold)


def load_basil(data: Path) -> tuple[list[Document], list[str]]:
    """BASIL articles as Documents and their gold event ids.

    The id is the file stem: four articles carry the uuid "empty", so uuids are not unique.
    """
    docs: list[Document] = []
    gold: list[str] = []
    for path in sorted(Path(data, "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = record.get("body-paragraphs") or []
        text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
        docs.append(
            Document(
                id=path.stem,
                source=str(path),
                text=text,
                url=record.get("url"),
                outlet=str(record.get("source", "")).lower() or None,
                title=record.get("title"),
                published=record.get("date"),
            )
        )
        gold.append(str(record["triplet-uuid"]))
    return docs, gold


def score_events(
    data: Path,
    threshold: float | None = None,
    window_days: int | None = None,
    years: set[str] | None = None,
) -> dict[str, Any]:
    """Group BASIL's articles into events and score the grouping against the triplets."""
    from slant.compare.events import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, group_events

    docs, gold = load_basil(data)
    if years:
        keep = [i for i, d in enumerate(docs) if (d.published or "")[:4] in years]
        docs, gold = [docs[i] for i in keep], [gold[i] for i in keep]
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    window = DEFAULT_WINDOW_DAYS if window_days is None else (None if window_days < 0 else window_days)
    events = group_events(docs, threshold=threshold, window_days=window)
    assigned = {doc_id: event.id for event in events for doc_id in event.doc_ids}
    predicted = [assigned[d.id] for d in docs]
    return {
        "ari": round(adjusted_rand_index(gold, predicted), 4),
        "purity": round(purity(gold, predicted), 4),
        "inverse_purity": round(purity(predicted, gold), 4),
        "documents": len(docs),
        "gold_events": len(set(gold)),
        "predicted_events": len(events),
        "threshold": threshold,
        "window_days": window,
    }
