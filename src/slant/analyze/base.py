"""What an analyzer is: a callable over a batch of Documents that adds one layer, and what
the analyzers of one batch share (`BatchContext`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from slant.document import Document
from slant.nlp.spacy_runtime import ParsedDocument, covers, covers_body, parse_documents, with_comments


class BatchContext:
    """What the analyzers of one batch share: the spaCy parse of each document, made once.

    The pipeline makes one per batch and hands it to every analyzer, so actors.v1 and
    claims.v1 reuse one parse; when the batch is done the context (and the parses,
    megabytes per document) is dropped with it, and nothing rides on the Documents.
    An analyzer called without one builds its own (then it parses for itself).
    """

    def __init__(self) -> None:
        self._parses: dict[int, tuple[Document, ParsedDocument]] = {}

    def provide(self, doc: Document, parsed: ParsedDocument) -> None:
        """Hand over a parse made elsewhere (the spaCy component's own Doc)."""
        self._parses[id(doc)] = (doc, parsed)

    def cached(self, doc: Document, comments: bool = False) -> ParsedDocument | None:
        """This batch's parse of `doc`, if it covers the current text (and comments when asked)."""
        entry = self._parses.get(id(doc))
        if entry is None or entry[0] is not doc or not covers(entry[1], doc, comments):
            return None
        return entry[1]

    def _body_only(self, doc: Document) -> ParsedDocument | None:
        """This batch's parse of `doc`'s current title and body, made without its comments."""
        entry = self._parses.get(id(doc))
        if entry is None or entry[0] is not doc or entry[1].comments or not covers_body(entry[1], doc):
            return None
        title = entry[1].title
        same_title = title.user_data.get("orig_text") == doc.title if title is not None else not doc.title
        return entry[1] if same_title else None

    def parsed(self, docs: Sequence[Document], comments: bool = False) -> list[ParsedDocument]:
        """One parse per document, in order: reused when this batch already has it, else parsed
        now (all missing documents in one batched spaCy pass) and kept for later analyzers."""
        out = [self.cached(doc, comments) for doc in docs]
        if comments:  # a title and body parsed without the comments: parse the comments alone
            partial = [(i, body) for i, p in enumerate(out) if p is None and (body := self._body_only(docs[i]))]
            for (i, _), pd in zip(partial, with_comments([docs[i] for i, _ in partial], [b for _, b in partial])):
                self.provide(docs[i], pd)
                out[i] = pd
        missing = [i for i, p in enumerate(out) if p is None]
        if missing:
            for i, pd in zip(missing, parse_documents([docs[i] for i in missing], comments=comments)):
                self.provide(docs[i], pd)
                out[i] = pd
        return [p for p in out if p is not None]


@runtime_checkable
class Analyzer(Protocol):
    """Adds one named layer to each document of a batch, in place.

    `name` is the versioned registry name ("techniques.v1"); it is stored with
    every result (each span's `analyzer`) so a stored span says which model made it.
    Model-backed analyzers load their model once in `__init__` and batch their
    inputs; the pipeline only hands them documents that extracted without error,
    plus the batch's `BatchContext` (optional, so a bare `analyzer(docs)` still works).
    """

    name: ClassVar[str]

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None: ...
