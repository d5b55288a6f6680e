"""The default engine: the pipeline in this process, or in a pool of worker processes.

Each worker builds its own Pipeline once (so models load once per worker) and
processes whole batches; results come back in input order. With one worker, or
when the input fits in one batch, everything runs in-process.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable, Iterator, Sequence

from slant.document import Document, Page, SourceError
from slant.extract import ExtractOptions
from slant.pipeline import DEFAULT_BATCH_SIZE, Pipeline, batched

_worker_pipeline: Pipeline | None = None


def default_workers() -> int:
    return os.cpu_count() or 1


def _init_worker(analyzers: list[str], extract_options: ExtractOptions, threads: int) -> None:
    global _worker_pipeline
    os.environ["SLANT_ORT_THREADS"] = str(threads)
    _worker_pipeline = Pipeline(analyzers, extract_options)
    _worker_pipeline.analyzers  # load models now, once per worker


def _work(batch: list[Page | SourceError]) -> list[Document]:
    assert _worker_pipeline is not None
    return _worker_pipeline.process_batch(batch)


def run_local(
    items: Iterable[Page | SourceError],
    pipeline: Pipeline,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Document]:
    """Yield one Document per item in input order, using `workers` processes."""
    workers = workers or default_workers()
    batches = batched(items, batch_size)
    head = list(itertools.islice(batches, 2))
    if workers <= 1 or len(head) <= 1:
        for batch in itertools.chain(head, batches):
            yield from pipeline.process_batch(batch)
        return
    threads = max(1, (os.cpu_count() or 1) // workers)
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_worker,
        initargs=(pipeline.analyzer_names, pipeline.extract_options, threads),
    ) as pool:
        pending: deque[tuple[list, Future[list[Document]]]] = deque()
        for batch in itertools.chain(head, batches):
            pending.append((batch, pool.submit(_work, batch)))
            while len(pending) >= workers * 2:  # bounded: memory stays flat on huge inputs
                yield from _collect(pending.popleft(), pipeline)
        while pending:
            yield from _collect(pending.popleft(), pipeline)


def _collect(entry: tuple[list, Future[list[Document]]], pipeline: Pipeline) -> list[Document]:
    """A worker's results; if the worker died, redo its batch here so nothing is lost."""
    batch, future = entry
    try:
        return future.result()
    except Exception:
        return pipeline.process_batch(batch)


def analyze_items(
    items: Iterable[Page | SourceError],
    analyzers: Sequence[str] | None = None,
    workers: int | None = 1,
    extract_options: ExtractOptions = ExtractOptions(),
) -> Iterator[Document]:
    """Convenience: build a pipeline and run it locally."""
    yield from run_local(items, Pipeline(analyzers, extract_options), workers)
