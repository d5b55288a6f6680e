"""Thread analytics over scored comments: who is toxic, who answers whom, at whom insults aim.

Pure functions over a Document whose comments already carry `toxicity` and
`flags` (set by `toxicity.v1`), so they are tested on hand-built Documents with
no model. Results go to `doc.scores["toxic_comment_share"]` and
`doc.extras["thread"]`:

    {"comments": n, "toxic_share": x,
     "toxic_authors": [{"author", "toxic_comments", "max_toxic"}, ... top 5],
     "replies": [{"from", "to", "count"}, ...],
     "insults_at_commenters": n, "insults_at_groups": n}

An insult counts as aimed at a commenter when the comment replies to or
addresses another commenter, or when the model's OLID target head says
'individual' (IND). It counts as aimed at a group when it is flagged
identity_attack or the target head says 'group' (GRP). One comment can count
for both (a reply that also attacks the other commenter's group).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from slant.document import Comment, Document

ANONYMOUS = "anonymous"
TOP_AUTHORS = 5


@dataclass(frozen=True)
class ThreadScores:
    """Per-comment model output the analytics need beyond comment.toxicity/flags."""

    target: str | None = None  # OLID C decision: IND | GRP | OTH, or None if unknown


def _author(comment: Comment) -> str:
    return (comment.author or "").strip() or ANONYMOUS


def addressed_author(comment: Comment, earlier_authors: Sequence[str]) -> str | None:
    """The earlier commenter this comment names at its start ('@Bob ...', 'Bob, ...', 'Bob: ...')."""
    head = comment.text.lstrip()[:80]
    for name in sorted({a for a in earlier_authors if a and a != ANONYMOUS}, key=len, reverse=True):
        pattern = rf"^@?{re.escape(name)}(?:\s*[,:!]|\s+(?:you|your|u|ur|is|are)\b)"
        if re.match(pattern, head, re.I):
            return name
    return None


def reply_targets(comments: Sequence[Comment]) -> list[str | None]:
    """For each comment, the author it answers: its parent's author, else a commenter it addresses."""
    by_id = {c.id: c for c in comments}
    seen: list[str] = []
    out: list[str | None] = []
    for c in comments:
        target = None
        parent = by_id.get(c.parent) if c.parent else None
        if parent is not None:
            target = _author(parent)
        else:
            target = addressed_author(c, [a for a in seen if a != _author(c)])
        out.append(target)
        seen.append(_author(c))
    return out


def thread_summary(comments: Sequence[Comment], extra: Sequence[ThreadScores] | None = None) -> dict[str, Any]:
    """The `extras["thread"]` dict for scored comments (see module docstring)."""
    extra = list(extra) if extra is not None else [ThreadScores() for _ in comments]
    n = len(comments)
    toxic = [("toxic" in c.flags) for c in comments]
    per_author: dict[str, list[float]] = {}
    for c, is_toxic in zip(comments, toxic):
        if is_toxic:
            per_author.setdefault(_author(c), []).append(float((c.toxicity or {}).get("toxic", 0.0)))
    ranked = sorted(per_author.items(), key=lambda kv: (-len(kv[1]), -max(kv[1]), kv[0]))
    targets = reply_targets(comments)
    pairs = Counter(
        (_author(c), t) for c, t in zip(comments, targets) if t is not None and t != _author(c)
    )
    at_commenters = 0
    at_groups = 0
    for c, t, e in zip(comments, targets, extra):
        insult = "insult" in c.flags
        if insult and ((t is not None and t != _author(c)) or e.target == "IND"):
            at_commenters += 1
        if "identity_attack" in c.flags or (insult and e.target == "GRP"):
            at_groups += 1
    return {
        "comments": n,
        "toxic_share": round(sum(toxic) / n, 4) if n else 0.0,
        "toxic_authors": [
            {"author": a, "toxic_comments": len(v), "max_toxic": round(max(v), 4)} for a, v in ranked[:TOP_AUTHORS]
        ],
        "replies": [
            {"from": f, "to": t, "count": k} for (f, t), k in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "insults_at_commenters": at_commenters,
        "insults_at_groups": at_groups,
    }


def annotate_thread(doc: Document, extra: Sequence[ThreadScores] | None = None) -> None:
    """Set doc.scores["toxic_comment_share"] and doc.extras["thread"] from scored comments."""
    summary = thread_summary(doc.comments, extra)
    doc.scores["toxic_comment_share"] = summary["toxic_share"]
    doc.extras["thread"] = summary
