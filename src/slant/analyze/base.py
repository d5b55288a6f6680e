"""What an analyzer is: a callable over a batch of Documents that adds one layer, and what
the analyzers of one batch share (`BatchContext`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from slant.document import Document
from slant.nlp.spacy_runtime import ParsedDocument, covers, parse_documents


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

    def parsed(self, docs: Sequence[Document], comments: bool = False) -> list[ParsedDocument]:
        """One parse per document, in order: reused when this batch already has it, else parsed
        now (all missing documents in one batched spaCy pass) and kept for later analyzers."""
        out = [self.cached(doc, comments) for doc in docs]
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
