"""The flow from input to result: Page -> extract -> analyze -> Document.

`Pipeline` holds the analyzers (each loads its model once) and turns every input
into exactly one Document: a result, or a failed record with an error. Nothing
an input contains can crash a batch or drop a record.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from slant import errors
from slant.analyze.base import Analyzer
from slant.analyze.registry import create, resolve
from slant.document import Document, Page, SourceError
from slant.errors import SlantInputError
from slant.extract import ExtractOptions, extract

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 8


class Pipeline:
    """Extraction plus the named analyzers, run over batches of pages."""

    def __init__(
        self,
        analyzers: Sequence[str] | None = None,
        extract_options: ExtractOptions = ExtractOptions(),
    ) -> None:
        self.analyzer_names = resolve(list(analyzers) if analyzers is not None else None)
        if analyzers is not None and len(analyzers) == 0:
            self.analyzer_names = []
        self.extract_options = extract_options
        self._analyzers: list[Analyzer] | None = None
        #: seconds spent per stage ("extract", then each analyzer name), for benchmarks
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def analyzers(self) -> list[Analyzer]:
        """The analyzer objects, built (and their models loaded) on first use."""
        if self._analyzers is None:
            self._analyzers = [create(name) for name in self.analyzer_names]
        return self._analyzers

    def extract_one(self, item: Page | SourceError) -> Document:
        """Page -> Document, or a failed Document; never raises for bad input."""
        started = time.perf_counter()
        try:
            if isinstance(item, SourceError):
                doc = Document.failed(item.id, item.source, item.type, item.message)
            else:
                doc = extract(item, self.extract_options)
        except SlantInputError as exc:
            doc = Document.failed(item.id, item.source, exc.code, exc.message)
        except RecursionError:
            doc = Document.failed(item.id, item.source, errors.EXTRACTION_FAILED, "markup nested too deeply")
        except Exception as exc:  # a bug or a library failure must not end the batch
            log.debug("extraction failed for %s\n%s", item.source, traceback.format_exc())
            doc = Document.failed(item.id, item.source, errors.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}")
        if isinstance(item, Page) and item.url and not doc.url:
            doc.url = item.url
        self.timings["extract"] += time.perf_counter() - started
        return doc

    def analyze(self, docs: Sequence[Document]) -> None:
        """Run every analyzer over the successful documents of a batch, in place.

        An analyzer that fails on the batch is retried document by document, so
        one hostile document costs only its own layer (recorded as a warning).
        """
        ok = [d for d in docs if d.ok]
        if not ok:
            return
        for analyzer in self.analyzers:
            started = time.perf_counter()
            try:
                analyzer(ok)
            except Exception:
                for doc in ok:
                    try:
                        analyzer([doc])
                    except Exception as exc:
                        log.debug("%s failed on %s\n%s", analyzer.name, doc.source, traceback.format_exc())
                        doc.warnings.append(f"{analyzer.name} failed: {type(exc).__name__}: {exc}")
            self.timings[analyzer.name] += time.perf_counter() - started

    def process_batch(self, items: Sequence[Page | SourceError]) -> list[Document]:
        docs = [self.extract_one(item) for item in items]
        self.analyze(docs)
        return release_caches(docs)

    def run(self, items: Iterable[Page | SourceError], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Document]:
        """Yield one Document per item, in input order."""
        for batch in batched(items, batch_size):
            yield from self.process_batch(batch)


def release_caches(docs: list[Document]) -> list[Document]:
    """Drop analyzers' private per-document caches (attributes starting with '_', e.g. the
    spaCy parse `_slant_parsed`) once a batch is analyzed: they are megabytes per document,
    and pickling them back from a worker costs more than the analysis saved."""
    for doc in docs:
        for key in [k for k in vars(doc) if k.startswith("_")]:
            delattr(doc, key)
    return docs


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
