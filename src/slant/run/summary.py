"""Batch summaries: the accounting and figures the CLI prints after a run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from slant.document import Document


@dataclass
class RunSummary:
    """Running totals over a batch; `add` each result as it arrives."""

    seen: int = 0
    results: int = 0
    errors: int = 0
    comments: int = 0
    error_types: Counter[str] = field(default_factory=Counter)
    techniques: Counter[str] = field(default_factory=Counter)
    outlets: Counter[str] = field(default_factory=Counter)
    toxic_comments: int = 0
    scored_comments: int = 0
    author_toxic: Counter[str] = field(default_factory=Counter)
    replies: Counter[tuple[str, str]] = field(default_factory=Counter)
    insults_at_commenters: int = 0
    insults_at_groups: int = 0
    warnings: int = 0

    def add(self, doc: Document) -> None:
        self.seen += 1
        if doc.error:
            self.errors += 1
            self.error_types[doc.error.type] += 1
            return
        self.results += 1
        self.comments += len(doc.comments)
        self.warnings += len(doc.warnings)
        if doc.outlet:
            self.outlets[doc.outlet] += 1
        for span in doc.spans.get("techniques", []):
            self.techniques[span.label] += 1
        thread = doc.extras.get("thread") or {}
        self.insults_at_commenters += int(thread.get("insults_at_commenters") or 0)
        self.insults_at_groups += int(thread.get("insults_at_groups") or 0)
        for pair in thread.get("replies") or []:
            self.replies[(pair.get("from") or "?", pair.get("to") or "?")] += int(pair.get("count") or 1)
        for comment in doc.comments:
            if comment.toxicity is None:
                continue
            self.scored_comments += 1
            if "toxic" in comment.flags:
                self.toxic_comments += 1
                self.author_toxic[comment.author or "(anonymous)"] += 1

    @property
    def balanced(self) -> bool:
        """Every input yielded exactly one result or one error."""
        return self.seen == self.results + self.errors

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "seen": self.seen,
            "results": self.results,
            "errors": self.errors,
            "comments": self.comments,
            "error_types": dict(self.error_types),
        }
        if self.techniques:
            out["techniques"] = dict(self.techniques.most_common())
        if self.scored_comments:
            out["toxic_comment_share"] = round(self.toxic_comments / self.scored_comments, 4)
            out["most_toxic_authors"] = self.author_toxic.most_common(5)
            out["insults_at_commenters"] = self.insults_at_commenters
            out["insults_at_groups"] = self.insults_at_groups
            out["top_replies"] = [
                {"from": a, "to": b, "count": n} for (a, b), n in self.replies.most_common(5)
            ]
        return out
