"""The local engine: the pipeline in this process, or in a pool of worker processes.

Each worker runs the one bootstrap (`run.worker.start_worker`: plugins, registry,
models, warm-up) and processes whole batches, so one model call serves a batch of
documents; results come back in input order. With one worker, or when the input
fits in one batch, everything runs in-process.

A worker that dies (segfault, out of memory, os._exit in a library) breaks the
pool. Its batch is then retried in a fresh pool, and if it breaks that one too,
input by input: the input that kills a worker becomes one failed record, every
other input still gets its result. Hostile inputs never run in the driver.

A worker that hangs (stuck in C code, where the pipeline's own time limits cannot
reach) is killed: each batch has a hard deadline (`batch_deadline`: the documents'
time budgets plus worker start-up). Past it the pool's processes are killed, the
batch's inputs are retried one by one under the same rule, and the input that still
runs past it becomes one `timeout` record; killing for time never counts as workers
dying (the run goes on however many inputs hang).
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.context
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from slant import errors
from slant.document import Document, Page, SourceError
from slant.run.pipeline import Pipeline, batched
from slant.run.plugins import registry_snapshot
from slant.run.worker import (
    WorkerReport,
    WorkerSetup,
    available_cores,
    peak_rss_mb,
    process,
    start_worker,
    threads_per_worker,
)

Item = Page | SourceError
BatchFuture = Future[tuple[list[Document], WorkerReport]]

_worker_pipeline: Pipeline | None = None


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """A worker whose driver died (SIGKILL included) must not linger: poll and exit."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(setup: WorkerSetup, ready: Any) -> None:
    global _worker_pipeline
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="slant-orphan-check").start()
    _worker_pipeline = start_worker(setup)
    ready.release()


def _work(batch: list[Item]) -> tuple[list[Document], WorkerReport]:
    if _worker_pipeline is None:
        raise RuntimeError("worker used before its bootstrap ran")
    return process(_worker_pipeline, batch)


#: Fresh pools that may die one after another before the run gives up: a few
#: inputs that kill workers are isolated one by one; workers that cannot even
#: start (a missing model, a broken install) must not turn every input into an error.
MAX_FAILURES_IN_A_ROW = 4

#: Seconds a fresh pool may take to start a worker (plugins, models, warm-up) before a
#: batch's own deadline starts counting.
WORKER_START_S = 300.0


def batch_deadline(documents: int, max_seconds: float, analyzers: int) -> float | None:
    """Hard limit for one batch in a worker: each document may use its extraction budget
    and, per analyzer, a batch share and a retry alone (pipeline.py); None: no limit."""
    if max_seconds <= 0:
        return None
    return WORKER_START_S + documents * max_seconds * (1 + 2 * analyzers)


class WorkersKeepDying(RuntimeError):
    """Worker processes die whatever they are given; the run cannot go on."""


def _crashed(item: Page | SourceError) -> Document:
    return Document.failed(
        item.id, item.source, errors.ANALYSIS_FAILED,
        "a worker process died while processing this input (crash or out of memory)",
    )


def _timed_out(item: Page | SourceError, seconds: float | None) -> Document:
    return Document.failed(
        item.id, item.source, errors.TIMEOUT,
        f"the worker processing this input ran past its deadline ({seconds or 0:.0f} s) and was killed",
    )


def _mp_context() -> multiprocessing.context.BaseContext:
    """fork is fastest, but forking after onnxruntime built its thread pools leaves
    workers with dead threads: use forkserver once this process has loaded it."""
    if sys.platform.startswith("linux") and "onnxruntime" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")


@dataclass
class LocalEngine:
    """A process pool that runs `pipeline`'s analyzers; merges worker timings into it.

    Workers, batch size and threads come from `pipeline.config`: 0 workers means one
    per core, 0 threads means the cores divided among the workers.
    """

    pipeline: Pipeline
    #: pid -> peak resident MiB of each worker seen (the driver's own when in-process)
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)
    #: CPU seconds the workers spent on batches (not counting their start-up)
    worker_cpu_s: float = 0.0
    #: pid -> seconds each worker spent in pipeline stages (its busy time)
    worker_busy_s: dict[int, float] = field(default_factory=dict)
    #: how many times a worker died and a pool was rebuilt
    restarts: int = 0
    #: pages each worker processes once when it starts (results dropped), see `start`
    warm_up: Sequence[Page] = ()

    def __post_init__(self) -> None:
        config = self.pipeline.config
        self.workers = config.workers or available_cores()
        self.batch_size = config.batch_size
        #: what each worker process receives: the run's config with its share of the cores
        self.worker_config = config.with_(threads=config.threads or threads_per_worker(self.workers))
        self._pool: ProcessPoolExecutor | None = None
        self._failures_in_a_row = 0
        self._generation = 0

    # -- the pool --------------------------------------------------------------

    def _new_pool(self) -> ProcessPoolExecutor:
        context = _mp_context()
        self._ready = context.Semaphore(0)
        setup = WorkerSetup(self.worker_config, registry_snapshot(), tuple(self.warm_up))
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=context, initializer=_init_worker, initargs=(setup, self._ready)
        )

    def _submit(self, batch: list[Item]) -> BatchFuture:
        for _attempt in range(2):
            if self._pool is None:
                self._pool = self._new_pool()
                self._generation += 1
            try:
                future = self._pool.submit(_work, batch)
                future.slant_generation = self._generation  # type: ignore[attr-defined]
                return future
            except BrokenProcessPool:
                self._discard_pool()
        raise BrokenProcessPool("cannot start worker processes")

    def _discard_pool(self, future: BatchFuture | None = None) -> None:
        """Drop the current pool after a worker died; a future from an older pool
        says nothing about the current one."""
        if future is not None and getattr(future, "slant_generation", None) != self._generation:
            return
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self.restarts += 1
            self._failures_in_a_row += 1
            if self._failures_in_a_row > MAX_FAILURES_IN_A_ROW:
                raise WorkersKeepDying(
                    f"worker processes died {self._failures_in_a_row} times in a row; "
                    "they cannot start or every input kills them (run with --workers 1 to see the error)"
                )

    def _kill_pool(self, future: BatchFuture) -> None:
        """Kill the workers of the pool that ran `future` (it hangs past its deadline).
        Not a death of workers: the failure count stays, the run goes on."""
        if getattr(future, "slant_generation", None) != self._generation or self._pool is None:
            return
        self._terminate()
        self.restarts += 1

    def _terminate(self) -> None:
        """Kill the current pool's worker processes and drop the pool, without waiting on them."""
        if self._pool is None:
            return
        processes: dict[int, Any] = getattr(self._pool, "_processes", None) or {}
        for process_ in list(processes.values()):
            try:
                process_.kill()
            except (OSError, ValueError, AttributeError):
                pass
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _deadline(self, batch: Sequence[Item]) -> float | None:
        config = self.pipeline.config
        return batch_deadline(len(batch), config.limits.max_seconds, len(self.pipeline.analyzer_names))

    def _result(self, future: BatchFuture, timeout: float | None = None) -> list[Document]:
        docs, report = future.result(timeout=timeout)
        self._failures_in_a_row = 0
        for stage, seconds in report.timings.items():
            self.pipeline.timings[stage] += seconds
        self.worker_peak_rss_mb[report.pid] = report.peak_rss_mb
        self.worker_cpu_s += report.cpu_s
        self.worker_busy_s[report.pid] = self.worker_busy_s.get(report.pid, 0.0) + sum(report.timings.values())
        return docs

    def _collect(self, batch: list[Item], future: BatchFuture) -> list[Document]:
        deadline = self._deadline(batch)
        try:
            return self._result(future, deadline)
        except FutureTimeout:
            self._kill_pool(future)
            if len(batch) == 1:  # nothing to isolate: this input is the one that hangs
                return [_timed_out(batch[0], deadline)]
            return self._one_by_one(batch)
        except BrokenProcessPool:
            self._discard_pool(future)
        except Exception:  # results that cannot come back (e.g. unpicklable): retry below
            pass
        retry = None
        try:  # the dead worker may have been running someone else's batch: retry it whole
            retry = self._submit(batch)
            return self._result(retry, deadline)
        except WorkersKeepDying:
            raise
        except FutureTimeout:
            if retry is not None:
                self._kill_pool(retry)
        except Exception:
            self._discard_pool(retry)
        return self._one_by_one(batch)

    def _one_by_one(self, batch: list[Item]) -> list[Document]:
        """Isolate the input that kills or hangs workers: each input alone, in a pool of its own if need be."""
        out: list[Document] = []
        for item in batch:
            single = None
            deadline = self._deadline([item])
            try:
                single = self._submit([item])
                out.extend(self._result(single, deadline))
            except WorkersKeepDying:
                raise
            except FutureTimeout:
                if single is not None:
                    self._kill_pool(single)
                out.append(_timed_out(item, deadline))
            except Exception:
                self._discard_pool(single)
                out.append(_crashed(item))
        return out

    def start(self, timeout: float = 600.0) -> None:
        """Start every worker and wait until each has loaded its models and run the
        `warm_up` pages, so that what follows measures steady state (benchmarks)."""
        if self.workers <= 1:
            self.pipeline.load()
            if self.warm_up:
                self.pipeline.process_batch(list(self.warm_up))
            self.pipeline.timings.clear()
            return
        for future in [self._submit([]) for _ in range(self.workers)]:
            future.result()
        for _ in range(self.workers):
            if not self._ready.acquire(timeout=timeout):
                raise TimeoutError("worker processes did not start in time")

    # -- running ---------------------------------------------------------------

    def run(self, items: Iterable[Page | SourceError]) -> Iterator[Document]:
        """One Document per item, in input order."""
        batches = batched(items, self.batch_size)
        head = list(itertools.islice(batches, 2))
        if self.workers <= 1 or len(head) <= 1:
            for batch in itertools.chain(head, batches):
                yield from self.pipeline.process_batch(batch)
            self.worker_peak_rss_mb[os.getpid()] = peak_rss_mb()
            return
        pending: deque[tuple[list[Item], BatchFuture]] = deque()
        try:
            for batch in itertools.chain(head, batches):
                pending.append((batch, self._submit(batch)))
                while len(pending) >= self.workers * 2:  # bounded: memory stays flat on huge inputs
                    yield from self._collect(*pending.popleft())
            while pending:
                yield from self._collect(*pending.popleft())
        finally:
            for _batch, future in pending:
                future.cancel()
            if pending:  # stopped early (--max-errors, Ctrl-C): never wait on a worker that may be stuck
                self._terminate()
            self.close()


def run_local(items: Iterable[Page | SourceError], pipeline: Pipeline) -> Iterator[Document]:
    """Yield one Document per item in input order, with `pipeline.config.workers` processes."""
    yield from LocalEngine(pipeline).run(items)
