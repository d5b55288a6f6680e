"""The data model: what flows from sources to analyzers to stores.

A `Page` is raw input plus where it came from; extraction turns it into a
`Document`, which owns the article text. Every annotation is a typed span of
character offsets into `Document.text` (or into one comment's text), grouped by
layer name, the way spaCy groups spans in `doc.spans`. `Document.to_dict()`
produces the JSONL output contract (ARCHITECTURE.md, section 3); the field names
there are fixed because evaluations read them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

#: Toxicity attributes every scored comment carries, in contract order.
TOXICITY_ATTRIBUTES: tuple[str, ...] = (
    "toxic",
    "severe_toxic",
    "insult",
    "threat",
    "identity_attack",
    "profanity",
)

#: The 14 SemEval-2020 Task 11 techniques, spelled as the PTC corpus spells them, in the
#: organisers' order (reports colour them in this order, so colours are stable).
TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)


_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def published_date(value: str | None) -> date | None:
    """The calendar date at the start of an ISO-8601 string such as `Document.published`, or None.
    The one reading of stored dates: corpus filters, event windows and republication order use it."""
    if not value:
        return None
    match = _DATE_PREFIX.match(value.strip())
    if not match:
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def url_host(url: str | None) -> str | None:
    """The host of a URL without a leading 'www.' (the name an outlet goes by), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a bracketed host that is no IPv6 address, and the like
        return None
    return host[4:] if host and host.startswith("www.") else host


def content_id(content: bytes | str) -> str:
    """Stable id of an input: the first 16 hex digits of the sha256 of its content."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Page:
    """One input before extraction: raw bytes or text and where it came from.

    Sources build Pages and never interpret their content. `kind` is a hint from
    the source ("html" or "text", e.g. from the file extension or content type);
    extraction sniffs the content when it is None.
    """

    source: str
    content: bytes | str
    kind: str | None = None
    url: str | None = None
    published: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.content)


@dataclass(frozen=True)
class SourceError:
    """An input that could not even be read (missing file, refused URL, ...)."""

    source: str
    type: str
    message: str
    key: str | None = None  # stable key for the input when no content exists

    @property
    def id(self) -> str:
        return content_id(self.key or self.source)


@dataclass(frozen=True)
class ErrorInfo:
    """Why an input produced no analysis; serialised as the contract's `error`."""

    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True)
class Span:
    """A labelled character range. Offsets index `Document.text` or a comment's text."""

    start: int
    end: int
    label: str
    score: float | None = None
    analyzer: str | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class ActorLabel:
    """A descriptor the text applies to an actor ('terrorists', 'so-called rebels')."""

    label: str
    count: int
    scare_quoted: bool = False
    so_called: bool = False
    where: str = "body"  # "body" or "comments"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "count": self.count,
            "scare_quoted": self.scare_quoted,
            "so_called": self.so_called,
            "in": self.where,
        }


@dataclass(frozen=True)
class Actor:
    """A party the text talks about, merged over its aliases."""

    name: str
    type: str  # ORG | GPE | NORP | PERSON | GROUP
    mentions: int
    labels: tuple[ActorLabel, ...] = ()
    aliases: tuple[str, ...] = ()
    #: mentions per place: "body" (title and article) and "comments"; empty when not recorded
    mentions_in: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "mentions": self.mentions,
            "mentions_in": dict(self.mentions_in),
            "labels": [label.to_dict() for label in self.labels],
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True)
class Claim:
    """A checkable statement in the body, with its numbers and named source."""

    start: int
    end: int
    text: str
    numbers: tuple[str, ...] = ()
    attributed_to: str | None = None
    check_worthy: float = 0.0
    quoted_outlet: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "numbers": list(self.numbers),
            "attributed_to": self.attributed_to,
            "check_worthy": round(float(self.check_worthy), 4),
            "quoted_outlet": self.quoted_outlet,
        }


@dataclass
class Comment:
    """One reader comment. Analyzers fill `toxicity`, `flags` and comment spans."""

    id: str
    text: str
    author: str | None = None
    parent: str | None = None
    published: str | None = None
    toxicity: dict[str, float] | None = None
    flags: list[str] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "author": self.author,
            "text": self.text,
            "parent": self.parent,
            "published": self.published,
            "toxicity": (
                {k: round(float(v), 4) for k, v in self.toxicity.items()}
                if self.toxicity is not None
                else None
            ),
            "flags": list(self.flags),
        }
        for layer, spans in self.spans.items():
            out[layer] = [_span_dict(layer, s, self.text) for s in spans]
        return out


@dataclass
class Document:
    """An extracted page: metadata, the article body, comments, and annotation layers.

    Span layers live in `spans` under contract names ("techniques",
    "loaded_terms"); structured layers have their own fields. `analyzers` maps a
    layer to the versioned analyzer that made it ("techniques" -> "techniques.v1").
    """

    id: str
    source: str
    text: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    comments: list[Comment] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    analyzers: dict[str, str] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: ErrorInfo | None = None

    @classmethod
    def failed(cls, id: str, source: str, type: str, message: str) -> Document:
        """The one record a failed input yields."""
        return cls(id=id, source=source, error=ErrorInfo(type, message))

    @property
    def outlet_name(self) -> str:
        """The name this document's outlet goes by everywhere (corpus listings, figures, comparison):
        the site name, else the URL's host, else 'unknown (<file name>)' so that unrelated
        sources without a name are never merged into one outlet."""
        return self.outlet or url_host(self.url) or f"unknown ({self.source.rsplit('/', 1)[-1]})"

    @property
    def ok(self) -> bool:
        return self.error is None

    def add_spans(self, layer: str, spans: list[Span], analyzer: str) -> None:
        """Set one span layer, recording which analyzer made it."""
        self.spans[layer] = sorted(spans, key=lambda s: (s.start, s.end, s.label))
        self.analyzers[layer] = analyzer

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {
                "id": self.id,
                "source": self.source,
                "url": self.url,
                "error": self.error.to_dict(),
            }
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "author": self.author,
            "text": self.text,
            "comments": [c.to_dict() for c in self.comments],
            "techniques": [],
            "actors": [a.to_dict() for a in self.actors],
            "loaded_terms": [],
            "claims": [c.to_dict() for c in self.claims],
        }
        for layer, spans in self.spans.items():
            out[layer] = [_span_dict(layer, s, self.text) for s in spans]
        out["scores"] = {k: round(float(v), 4) for k, v in self.scores.items()}
        out["analyzers"] = dict(self.analyzers)
        for key, value in self.extras.items():
            out.setdefault(key, value)
        out["warnings"] = list(self.warnings)
        out["error"] = None
        return out


#: How each span layer names its label in the contract ("technique", "term").
LABEL_KEYS: dict[str, str] = {"techniques": "technique", "loaded_terms": "term"}


def _span_dict(layer: str, span: Span, text: str) -> dict[str, Any]:
    label_key = LABEL_KEYS.get(layer, "label")
    out: dict[str, Any] = {"start": span.start, "end": span.end, label_key: span.label}
    if layer == "loaded_terms":
        out[label_key] = span.text_in(text)
        out["kind"] = span.label
    out["score"] = round(float(span.score), 4) if span.score is not None else None
    out["text"] = span.text_in(text)
    for key, value in span.attrs.items():
        out.setdefault(key, value)
    return out


def _span_layers(data: Mapping[str, Any]) -> dict[str, list[Span]]:
    """The span layers of a contract object (a document's or a comment's): every list of
    objects with `start` and `end`, read back the way `_span_dict` wrote them."""
    layers: dict[str, list[Span]] = {}
    for layer, items in data.items():
        if not isinstance(items, list) or not items or not all(
            isinstance(s, Mapping) and "start" in s and "end" in s and "text" in s for s in items
        ):
            continue
        label_key = LABEL_KEYS.get(layer, "label")
        spans = []
        for s in items:
            label = s.get("kind", "loaded") if layer == "loaded_terms" else s.get(label_key, "")
            extra = {k: v for k, v in s.items() if k not in {"start", "end", "score", "text", label_key, "kind"}}
            spans.append(Span(s["start"], s["end"], label, s.get("score"), attrs=extra))
        layers[layer] = spans
    return layers


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """Rebuild a Document from its contract dict (reading JSONL or the store)."""
    if data.get("error"):
        err = data["error"]
        doc = Document.failed(data["id"], data.get("source", ""), err["type"], err["message"])
        doc.url = data.get("url")
        return doc
    comments = []
    for c in data.get("comments", []):
        comment = Comment(
            id=c["id"],
            text=c["text"],
            author=c.get("author"),
            parent=c.get("parent"),
            published=c.get("published"),
            toxicity=c.get("toxicity"),
            flags=list(c.get("flags") or []),
        )
        comment.spans = _span_layers(c)  # toxicity evidence, loaded terms in comments
        comments.append(comment)
    doc = Document(
        id=data["id"],
        source=data.get("source", ""),
        text=data.get("text", ""),
        url=data.get("url"),
        outlet=data.get("outlet"),
        title=data.get("title"),
        published=data.get("published"),
        language=data.get("language"),
        author=data.get("author"),
        comments=comments,
        scores=dict(data.get("scores") or {}),
        analyzers=dict(data.get("analyzers") or {}),
        warnings=list(data.get("warnings") or []),
    )
    doc.spans.update(_span_layers({k: v for k, v in data.items() if k not in ("claims", "comments")}))
    doc.claims = [
        Claim(
            start=c["start"],
            end=c["end"],
            text=c["text"],
            numbers=tuple(c.get("numbers") or ()),
            attributed_to=c.get("attributed_to"),
            check_worthy=c.get("check_worthy") or 0.0,
            quoted_outlet=bool(c.get("quoted_outlet")),
        )
        for c in data.get("claims") or []
    ]
    doc.actors = [
        Actor(
            name=a["name"],
            type=a["type"],
            mentions=a.get("mentions", 0),
            mentions_in=tuple(sorted((str(k), int(v)) for k, v in (a.get("mentions_in") or {}).items())),
            labels=tuple(
                ActorLabel(
                    label=lab["label"],
                    count=lab.get("count", 1),
                    scare_quoted=bool(lab.get("scare_quoted")),
                    so_called=bool(lab.get("so_called")),
                    where=lab.get("in", "body"),
                )
                for lab in a.get("labels") or []
            ),
            aliases=tuple(a.get("aliases") or ()),
        )
        for a in data.get("actors") or []
    ]
    known = {
        "id", "source", "url", "outlet", "title", "published", "language", "author",
        "text", "comments", "techniques", "actors", "loaded_terms", "claims", "scores",
        "analyzers", "warnings", "error",
    }
    doc.extras = {k: v for k, v in data.items() if k not in known}
    return doc
