"""Extraction: turn a Page into a Document (body, metadata, comments).

HTML pages go through `extract.html` (trafilatura + comment parsers); plain-text
pages through `extract.text`, which infers boilerplate and comment boundaries
from the text alone. Every failure becomes a SlantInputError with a code.
"""

from __future__ import annotations

from slant import errors
from slant.config import Limits
from slant.document import Document, Page, content_id
from slant.errors import SlantInputError
from slant.extract.decode import decode_bytes, sniff_kind
from slant.extract.language import detect_language, language_sample


def extract(page: Page, limits: Limits = Limits()) -> Document:
    """Extract one page; raises SlantInputError for inputs that cannot yield a result.

    `limits.max_bytes` is checked here for every page, whatever source built it: a
    page handed over as text (JSONL, Parquet, the server, the Python API) is held to
    the same limit as a file or a fetched URL.
    """
    encoded: bytes | None = None
    if isinstance(page.content, bytes):
        text = decode_bytes(page.content, limits)
    else:
        limits.check_size(len(page.content), unit="characters")
        text = page.content
        if "\r" in text:  # one scan of the page instead of two when there is nothing to replace
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise SlantInputError(errors.EMPTY, "input is empty")
        # The page in UTF-8, encoded once: its id (`Page.id`) and, when unchanged, the parser's input.
        encoded = page.content.encode("utf-8", "surrogatepass")
    kind = page.kind or sniff_kind(text)
    doc = Document(
        id=page.id if encoded is None else content_id(encoded), source=page.source, url=page.url, published=page.published
    )
    if kind == "html":
        _fill_from_html(doc, text, page, encoded if text is page.content else None)
    else:
        _fill_from_text(doc, text)
    if not doc.text.strip() and not doc.comments:
        raise SlantInputError(errors.NO_TEXT, "no article text or comments found")
    doc.language = detect_language(language_sample(doc.text, [c.text for c in doc.comments]))
    if doc.language is None:
        doc.warnings.append("could not identify the language; slant's models are English-only, scores may be meaningless")
    elif doc.language != "en":
        doc.warnings.append(f"language is {doc.language!r}; slant's models are English-only, scores may be meaningless")
    if page.meta.get("outlet"):  # the input says who published it: that beats what the page suggests
        doc.outlet = str(page.meta["outlet"])
    if page.meta.get("title") and not doc.title:
        doc.title = str(page.meta["title"])
    return doc


def _fill_from_html(doc: Document, html: str, page: Page, encoded: bytes | None = None) -> None:
    from slant.extract.html.page import extract_html

    found = extract_html(html, url=page.url, encoded=encoded)
    doc.warnings.extend(found.warnings)  # metadata that failed, comments past the cap
    doc.text = found.body
    doc.title = found.title
    doc.comments = found.comments
    doc.published = page.published or found.published
    doc.author = found.author
    doc.outlet = found.outlet
    doc.url = page.url or found.url


def _fill_from_text(doc: Document, text: str) -> None:
    from slant.extract.text.page import extract_text

    found = extract_text(text, source=doc.source)
    doc.text = found.body
    if not doc.text.strip() and not found.comments:
        # A snippet of one or two lines has no title/body structure: it is all body.
        doc.text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    doc.title = found.title
    doc.comments = found.comments
    doc.published = doc.published or found.published
    doc.outlet = found.outlet
    doc.author = found.author
    doc.extras["extraction"] = {"line_kinds": _run_length(found.line_kinds)}


def _run_length(kinds: list[str]) -> list[list[str | int]]:
    """Compress per-line kinds into [kind, count] runs so the record stays small."""
    runs: list[list[str | int]] = []
    for kind in kinds:
        if runs and runs[-1][0] == kind:
            runs[-1][1] = int(runs[-1][1]) + 1
        else:
            runs.append([kind, 1])
    return runs
