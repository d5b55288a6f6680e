"""The flow from input to result: Page -> extract -> analyze -> Document.

`Pipeline` holds the analyzers (each loads its model once) and turns every input
into exactly one Document: a result, or a failed record with an error. Nothing
an input contains can crash a batch or drop a record.

Time is bounded too: each document has `Limits.max_seconds` for its extraction and
again for each analyzer (a batch call gets that times the batch's documents, then
each document alone). The limit is a SIGALRM timer, so it holds wherever Python
code runs in the main thread (the CLI, pool workers); a document past its budget
becomes a `timeout` error record. Code stuck in C for longer is the pool's to end:
it kills the worker (run/pool.py). Before any writer sees a document, its strings
are made encodable (run/encodable.py).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

from slant import errors
from slant.analyze.base import Analyzer, BatchContext
from slant.analyze.registry import create, resolve
from slant.config import RunConfig
from slant.document import Document, ErrorInfo, Page, SourceError
from slant.errors import SlantInputError
from slant.extract import extract
from slant.run.encodable import make_encodable

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Smallest delay a foreign timer is re-armed with after a time limit ends.
MIN_REARM_S = 0.001


class DeadlineExceeded(BaseException):
    """A stage ran past its time budget. A BaseException, like KeyboardInterrupt, so that
    library code which catches Exception cannot swallow it and keep going."""


def can_time_limit() -> bool:
    """SIGALRM timers work in the main thread of a POSIX process only (not in server threads)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DeadlineExceeded in this thread once `seconds` pass (0 or less: no limit).
    A timer set by someone else is put back afterwards, with the time it had left."""
    if seconds <= 0 or not can_time_limit():
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:
            left = max(MIN_REARM_S, outer_delay - (time.monotonic() - started))
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


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
        budget = self.config.limits.max_seconds
        try:
            if isinstance(item, SourceError):
                doc = Document.failed(item.id, item.source, item.type, item.message)
            else:
                with time_limit(budget):
                    doc = extract(item, self.config.limits)
        except DeadlineExceeded:
            doc = Document.failed(item.id, item.source, errors.TIMEOUT,
                                  f"extraction took longer than {budget:g} s (Limits.max_seconds)")
        except SlantInputError as exc:
            doc = Document.failed(item.id, item.source, exc.code, exc.message)
        except RecursionError:
            doc = Document.failed(item.id, item.source, errors.EXTRACTION_FAILED, "markup nested too deeply")
        except Exception as exc:  # a bug or a library failure must not end the batch
            log.debug("extraction failed for %s\n%s", item.source, traceback.format_exc())
            doc = Document.failed(item.id, item.source, errors.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}")
        if isinstance(item, Page) and item.url and not doc.url:
            doc.url = item.url
        if self.config.outlet and doc.ok and not (isinstance(item, Page) and item.meta.get("outlet")):
            doc.outlet = self.config.outlet  # the user said who published these pages
        self.timings["extract"] += time.perf_counter() - started
        return doc

    def analyze(self, docs: Sequence[Document]) -> None:
        """Run every analyzer over the successful documents of a batch, in place.

        An analyzer that fails on the batch, or runs past the batch's budget, is retried
        document by document, so one hostile document costs only its own layer (recorded
        as a warning), or, when it alone runs past its budget, becomes a `timeout` record.
        """
        if not any(d.ok for d in docs):
            return
        context = BatchContext()  # the batch's shared spaCy parse, made once for all analyzers
        budget = self.config.limits.max_seconds
        for analyzer in self.analyzers:
            ok = [d for d in docs if d.ok]  # a document that timed out leaves the batch
            if not ok:
                break
            started = time.perf_counter()
            try:
                with time_limit(budget * len(ok)):
                    analyzer(ok, context)
            except DeadlineExceeded:
                context = BatchContext()  # a parse cut short must not be reused
                if len(ok) == 1:  # alone already: no one else to blame, no second budget to spend
                    self._timed_out(analyzer, ok[0], budget)
                else:
                    for doc in ok:
                        self._analyze_one(analyzer, doc, context, budget)
            except Exception:
                context = BatchContext()
                for doc in ok:
                    self._analyze_one(analyzer, doc, context, budget)
            self.timings[analyzer.name] += time.perf_counter() - started

    def _analyze_one(self, analyzer: Analyzer, doc: Document, context: BatchContext, budget: float) -> None:
        try:
            with time_limit(budget):
                analyzer([doc], context)
        except DeadlineExceeded:
            self._timed_out(analyzer, doc, budget)
        except Exception as exc:
            log.debug("%s failed on %s\n%s", analyzer.name, doc.source, traceback.format_exc())
            doc.warnings.append(f"{analyzer.name} failed: {type(exc).__name__}: {exc}")

    @staticmethod
    def _timed_out(analyzer: Analyzer, doc: Document, budget: float) -> None:
        doc.error = ErrorInfo(errors.TIMEOUT,
                              f"{analyzer.name} took longer than {budget:g} s on this document (Limits.max_seconds)")

    def process_batch(self, items: Sequence[Page | SourceError]) -> list[Document]:
        docs = [self.extract_one(item) for item in items]
        for doc in docs:  # analyzers see encodable text (one code point for one: offsets hold)
            make_encodable(doc)
        self.analyze(docs)
        for doc in docs:  # and so do the writers, whatever an analyzer wrote
            make_encodable(doc)
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
