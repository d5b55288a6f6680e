"""The batch driver shared by every engine: resume, write, store, account.

Crash safety and resume. With a store (`--db`), results are committed to SQLite
in small groups, each document together with its `inputs` row (source key ->
document id) in one transaction, and only then written to the result file. A run
killed at any moment leaves whole inputs or nothing. Run again with the same
store, it skips every input whose source key is recorded (`skipped`), processes
the rest, and rewrites the result file in full: lines for skipped inputs come
from the store. So after any number of kills and reruns, the store and the
result file hold each input exactly once. (On a resumed run, stored lines may
come slightly ahead of their input position, by at most the engine's lookahead.)
Without a store there is nothing to resume from: the file is simply rewritten.

Accounting. Every input is seen once and ends as a result, an error or (when
resuming) skipped: seen = results + errors + skipped, checked, printed and
stored in the store's `runs` row (kept current while the run goes, so a killed
run shows what it committed). `max_errors` stops a run early on a broken feed:
what was done stays committed and written; the run is marked 'aborted'.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slant.config import ENGINES
from slant.document import Document, Page, SourceError
from slant.run.outcomes import Outcome, Skipped
from slant.run.pipeline import Pipeline
from slant.run.summary import RunSummary
from slant.sources import iter_pages
from slant.store.outputs import open_writer
from slant.store.sqlite import CorpusStore


@dataclass
class BatchResult:
    summary: RunSummary
    skipped: int = 0
    status: str = "running"  # finished | aborted | interrupted
    run_id: int | None = None
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def seen(self) -> int:
        return self.summary.seen + self.skipped

    @property
    def balanced(self) -> bool:
        return self.seen == self.summary.results + self.summary.errors + self.skipped


class MaxErrorsExceeded(Exception):
    """More inputs failed than `max_errors` allows; the run stopped early."""

    def __init__(self, result: BatchResult, max_errors: int) -> None:
        super().__init__(
            f"stopped after {result.summary.errors} failed inputs (--max-errors {max_errors}); "
            f"{result.summary.results} results and {result.summary.errors} errors are stored/written, "
            f"{result.skipped} inputs were already done"
        )
        self.result = result


def _local_outcomes(
    items: Iterable[Page | SourceError], done: dict[str, str], pipeline: Pipeline, stats: dict[str, Any],
) -> Iterator[Outcome]:
    from slant.run.pool import LocalEngine

    engine = LocalEngine(pipeline)
    skipped: deque[Skipped] = deque()

    def todo() -> Iterator[Page | SourceError]:
        for item in items:
            if item.source in done:
                skipped.append(Skipped(item.source, done[item.source]))
            else:
                yield item

    try:
        for doc in engine.run(todo()):
            while skipped:
                yield skipped.popleft()
            yield doc
        while skipped:
            yield skipped.popleft()
    finally:
        stats["worker_peak_rss_mb"] = dict(engine.worker_peak_rss_mb)
        stats["worker_busy_s"] = dict(engine.worker_busy_s)
        stats["worker_restarts"] = engine.restarts
        stats["workers"] = engine.workers


def outcomes(inputs: list[str], pipeline: Pipeline, done: dict[str, str], stats: dict[str, Any]) -> Iterator[Outcome]:
    """Documents (and Skipped markers) for `inputs`, from the engine `pipeline.config` names."""
    config = pipeline.config
    if config.engine == "ray":
        from slant.run.ray_engine import run_ray

        return run_ray(inputs, pipeline, done=done, stats=stats)
    if config.engine != "local":
        raise ValueError(f"unknown engine {config.engine!r}; choose one of {', '.join(ENGINES)}")
    return _local_outcomes(iter_pages(inputs, config.limits), done, pipeline, stats)


def run_batch(
    inputs: list[str],
    pipeline: Pipeline,
    output: Path | None = None,
    db: Path | None = None,
    command: str = "",
    on_outcome: Callable[[Outcome, BatchResult], None] | None = None,
) -> BatchResult:
    """Run the pipeline over `inputs` as `pipeline.config` says; returns the accounting.
    Raises MaxErrorsExceeded."""
    options = pipeline.config
    result = BatchResult(RunSummary())
    writer = open_writer(output)  # first: a bad output path fails before the store records a run
    store = CorpusStore(db) if db is not None else None
    done = store.done_inputs() if store is not None and options.resume else {}
    run_id = store.start_run(command) if store is not None else 0  # 0: no store, nothing records it
    result.run_id = run_id if store is not None else None
    pending: list[tuple[dict[str, Any], Document | None]] = []
    last_commit = time.monotonic()

    def commit() -> None:
        nonlocal last_commit
        if store is not None:
            docs = [doc for _, doc in pending if doc is not None]
            if docs:
                store.upsert_many(docs, run_id)
            store.record_progress(run_id, result.seen, result.summary.results, result.summary.errors,
                                  result.skipped)
        for record, _ in pending:
            writer.write(record)
        writer.flush()
        pending.clear()
        last_commit = time.monotonic()

    stream: Iterator[Outcome] | None = None
    try:
        stream = outcomes(inputs, pipeline, done, result.stats)
        for outcome in stream:
            if isinstance(outcome, Skipped):
                result.skipped += 1
                record = store.stored_record(outcome.source) if store is not None else None
                if record is not None:
                    pending.append((record, None))
            else:
                result.summary.add(outcome)
                pending.append((outcome.to_dict(), outcome))
            if on_outcome is not None:
                on_outcome(outcome, result)
            if len(pending) >= options.commit_every or time.monotonic() - last_commit >= options.commit_seconds:
                commit()
            if options.max_errors is not None and result.summary.errors > options.max_errors:
                result.status = "aborted"
                break
        else:
            result.status = "finished"
    except BaseException:
        result.status = "interrupted"
        raise
    finally:
        close = getattr(stream, "close", None) if stream is not None else None
        if close is not None:
            close()  # stops the engine (pool or Ray) before we account
        commit()
        writer.close()
        if store is not None:
            store.finish_run(run_id, result.seen, result.summary.results, result.summary.errors,
                             result.skipped, result.status)
            store.close()
    if result.status == "aborted":
        raise MaxErrorsExceeded(result, options.max_errors or 0)
    return result
