"""Browse a corpus by outlet, event and document, with filters (behind `slant corpus`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from slant.compare.events import group_events
from slant.compare.framing import outlet_of
from slant.compare.text import parse_date
from slant.document import Document


@dataclass(frozen=True)
class CorpusFilter:
    """Which documents to keep; every field that is set must match."""

    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    technique: str | None = None
    actor: str | None = None
    label: str | None = None

    def matches(self, doc: Document) -> bool:
        if not doc.ok:
            return False
        if self.outlet and outlet_of(doc).lower() != self.outlet.lower():
            return False
        if self.since or self.until:
            day = parse_date(doc.published)
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return False
        if self.technique:
            wanted = self.technique.lower()
            if not any(s.label.lower() == wanted for s in doc.spans.get("techniques", [])):
                return False
        if self.actor:
            wanted = self.actor.lower()
            if not any(wanted in a.name.lower() or any(wanted in x.lower() for x in a.aliases) for a in doc.actors):
                return False
        if self.label:
            wanted = self.label.lower()
            if not any(wanted == lab.label.lower() for a in doc.actors for lab in a.labels):
                return False
        return True


def filter_documents(docs: Iterable[Document], where: CorpusFilter) -> list[Document]:
    return [d for d in docs if where.matches(d)]


def list_outlets(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """One row per outlet: documents, comments, dates, top techniques and labels."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        groups[outlet_of(doc)].append(doc)
    rows = []
    for outlet, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        techniques: Counter[str] = Counter(s.label for d in group for s in d.spans.get("techniques", []))
        labels: Counter[str] = Counter()
        for d in group:
            for actor in d.actors:
                for lab in actor.labels:
                    if lab.where == "body":
                        labels[lab.label] += lab.count
        dates = sorted(d.published for d in group if parse_date(d.published))
        scores = [d.scores["propaganda"] for d in group if "propaganda" in d.scores]
        rows.append(
            {
                "outlet": outlet,
                "documents": len(group),
                "comments": sum(len(d.comments) for d in group),
                "first_published": dates[0] if dates else None,
                "last_published": dates[-1] if dates else None,
                "mean_propaganda": round(sum(scores) / len(scores), 4) if scores else None,
                "top_techniques": [t for t, _ in techniques.most_common(3)],
                "top_labels": [t for t, _ in labels.most_common(3)],
            }
        )
    return rows


def list_events(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """Events found in the documents, largest first."""
    by_id = {d.id: d for d in docs}
    rows = []
    for event in group_events(docs):
        row = event.to_dict()
        row["documents"] = len(event.doc_ids)
        row["titles"] = [by_id[i].title for i in event.doc_ids if by_id[i].title]
        rows.append(row)
    return rows


def list_documents(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """One row per document, newest first."""
    rows = [
        {
            "id": d.id,
            "outlet": outlet_of(d),
            "published": d.published,
            "title": d.title,
            "comments": len(d.comments),
            "techniques": len(d.spans.get("techniques", [])),
            "actors": len(d.actors),
            "claims": len(d.claims),
            "source": d.source,
        }
        for d in docs
    ]
    rows.sort(key=lambda r: (r["published"] or "", r["id"]), reverse=True)
    return rows


def corpus_rows(docs: Iterable[Document], what: str, where: CorpusFilter = CorpusFilter()) -> list[dict[str, Any]]:
    """Rows for `slant corpus outlets|events|documents` after filtering."""
    kept = filter_documents(docs, where)
    listing = {"outlets": list_outlets, "events": list_events, "documents": list_documents}
    if what not in listing:
        raise ValueError(f"unknown listing {what!r}; choose outlets, events or documents")
    return listing[what](kept)
