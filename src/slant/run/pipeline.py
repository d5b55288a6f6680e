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
from typing import TypeVar

from slant import errors
from slant.analyze.base import Analyzer, BatchContext
from slant.analyze.registry import create, resolve
from slant.config import RunConfig
from slant.document import Document, Page, SourceError
from slant.errors import SlantInputError
from slant.extract import extract

log = logging.getLogger(__name__)

T = TypeVar("T")


class Pipeline:
    """Extraction plus the configured analyzers, run over batches of pages.

    `config.analyzers` None means the registry's defaults; an empty tuple means
    extraction only.
    """

    def __init__(self, config: RunConfig | None = None) -> None:
        self.config = config if config is not None else RunConfig()
        wanted = self.config.analyzers
        self.analyzer_names: list[str] = [] if wanted is not None and len(wanted) == 0 else resolve(wanted)
        self._analyzers: list[Analyzer] | None = None
        #: seconds spent per stage ("extract", then each analyzer name), for benchmarks
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def analyzers(self) -> list[Analyzer]:
        """The analyzer objects, built (and their models loaded) on first use."""
        if self._analyzers is None:
            self._analyzers = [create(name, self.config) for name in self.analyzer_names]
        return self._analyzers

    def load(self) -> Pipeline:
        """Build every analyzer now (models load once), so the first batch does not pay for it."""
        _ = self.analyzers
        return self

    def extract_one(self, item: Page | SourceError) -> Document:
        """Page -> Document, or a failed Document; never raises for bad input."""
        started = time.perf_counter()
        try:
            if isinstance(item, SourceError):
                doc = Document.failed(item.id, item.source, item.type, item.message)
            else:
                doc = extract(item, self.config.limits)
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
        context = BatchContext()  # the batch's shared spaCy parse, made once for all analyzers
        for analyzer in self.analyzers:
            started = time.perf_counter()
            try:
                analyzer(ok, context)
            except Exception:
                for doc in ok:
                    try:
                        analyzer([doc], context)
                    except Exception as exc:
                        log.debug("%s failed on %s\n%s", analyzer.name, doc.source, traceback.format_exc())
                        doc.warnings.append(f"{analyzer.name} failed: {type(exc).__name__}: {exc}")
            self.timings[analyzer.name] += time.perf_counter() - started

    def process_batch(self, items: Sequence[Page | SourceError]) -> list[Document]:
        docs = [self.extract_one(item) for item in items]
        self.analyze(docs)
        return docs

    def run(self, items: Iterable[Page | SourceError]) -> Iterator[Document]:
        """Yield one Document per item, in input order, in batches of `config.batch_size`."""
        for batch in batched(items, self.config.batch_size):
            yield from self.process_batch(batch)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
