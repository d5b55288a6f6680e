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

A results dataset (`parquet_dir`: a folder of Parquet parts, `store.outputs`) is
written by the Ray actors themselves, or by this driver for the local engine, one
atomic part at a time. Resuming, the parts are what counts: an input is skipped when
the dataset holds it (and the store too, with `--db`). `--no-resume` clears the
dataset's parts first, as it rewrites the result file.

Input identity. An input is its source (path, URL, `file#L3`, ...) and its content
(the document id is a hash of it). A rerun skips an input only when the store holds
that same source with that same content; an edited file is analyzed again and its
older version replaced (the old document goes unless another input still holds it),
with `--resume` and `--no-resume` alike. Two inputs with one source and different
contents (two JSONL lines with the same `url`) are two inputs and two documents.
An input repeating an earlier input of the same run (same source, same content) is
analyzed and written again but stored once, and counted as a duplicate.

Accounting. Every input is seen once and ends as a result, an error or (when
resuming) skipped: seen = results + errors + skipped, checked, printed and
stored in the store's `runs` row (kept current while the run goes, so a killed
run shows what it committed). `max_errors` stops a run early on a broken feed:
what was done stays committed and written; the run is marked 'aborted'.
"""

from __future__ import annotations

import time
from collections import Counter, deque
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
from slant.store.outputs import PartitionedWriter, ResultWriter, clear_dataset, dataset_inputs, open_writer
from slant.store.sqlite import CorpusStore, InputTouch

#: Why an input was skipped: the store holds this source with this same content.
SKIP_UNCHANGED = "unchanged since stored"


@dataclass
class BatchResult:
    summary: RunSummary
    skipped: int = 0
    status: str = "running"  # finished | aborted | interrupted
    run_id: int | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    #: why inputs were skipped -> how many
    skip_reasons: Counter[str] = field(default_factory=Counter)
    #: inputs analyzed again because their content changed since the store saw them
    changed: int = 0
    #: older stored versions of changed inputs that were replaced
    replaced: int = 0
    #: inputs repeating an earlier input of this run (same source and content): stored once
    duplicates: int = 0

    def identity(self) -> dict[str, Any]:
        """What was skipped and why, what changed, what repeated: stored in `runs.details`."""
        return {"skipped": dict(self.skip_reasons), "changed": self.changed, "replaced": self.replaced,
                "duplicates": self.duplicates}

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


def is_done(item: Page | SourceError, done: dict[str, set[str]]) -> bool:
    """The store holds this input: the same source with the same content."""
    return item.id in done.get(item.source, ())


def _local_outcomes(
    items: Iterable[Page | SourceError], done: dict[str, set[str]], pipeline: Pipeline, stats: dict[str, Any],
) -> Iterator[Outcome]:
    from slant.run.pool import LocalEngine

    engine = LocalEngine(pipeline)
    skipped: deque[Skipped] = deque()

    def todo() -> Iterator[Page | SourceError]:
        for item in items:
            if is_done(item, done):
                skipped.append(Skipped(item.source, item.id))
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


def outcomes(inputs: list[str], pipeline: Pipeline, done: dict[str, set[str]],
             stats: dict[str, Any], parquet_dir: Path | None = None) -> Iterator[Outcome]:
    """Documents (and Skipped markers) for `inputs`, from the engine `pipeline.config` names
    (Ray's actors write `parquet_dir` themselves)."""
    config = pipeline.config
    if config.engine == "ray":
        from slant.run.ray_engine import run_ray

        return run_ray(inputs, pipeline, done=done, stats=stats, parquet_dir=parquet_dir)
    if config.engine != "local":
        raise ValueError(f"unknown engine {config.engine!r}; choose one of {', '.join(ENGINES)}")
    return _local_outcomes(iter_pages(inputs, config.limits), done, pipeline, stats)


class _NoWriter:
    """The result file of a run that writes only its Parquet dataset."""

    def write(self, record: dict[str, Any]) -> None:
        """Nothing to write: the dataset holds the results."""

    def flush(self) -> None:
        """Nothing buffered."""

    def close(self) -> None:
        """Nothing open."""


def _dataset_done(folder: Path, stored: dict[str, set[str]], with_store: bool,
                  resume: bool) -> dict[str, set[str]]:
    """What a run writing the dataset in `folder` skips: inputs the dataset holds (and the store
    too, when there is one). Without resume, the dataset is cleared and nothing is skipped."""
    if not resume:
        clear_dataset(folder)
        return {}
    held = dataset_inputs(folder)
    if not with_store:
        return held
    both = {source: ids & stored.get(source, set()) for source, ids in held.items()}
    return {source: ids for source, ids in both.items() if ids}


def run_batch(
    inputs: list[str],
    pipeline: Pipeline,
    output: Path | None = None,
    db: Path | None = None,
    command: str = "",
    on_outcome: Callable[[Outcome, BatchResult], None] | None = None,
    parquet_dir: Path | None = None,
) -> BatchResult:
    """Run the pipeline over `inputs` as `pipeline.config` says; returns the accounting.
    With `parquet_dir`, results also go to that Parquet dataset. Raises MaxErrorsExceeded."""
    options = pipeline.config
    result = BatchResult(RunSummary())
    # first: a bad output path fails before the store records a run; with a dataset and no
    # output file, results go to the dataset only (not to standard output)
    writer = open_writer(output) if output is not None or parquet_dir is None else _NoWriter()
    store = CorpusStore(db) if db is not None else None
    stored = store.done_inputs() if store is not None else {}
    done = stored if options.resume else {}
    writers: list[ResultWriter] = [writer]
    if parquet_dir is not None:
        done = _dataset_done(parquet_dir, done, store is not None, options.resume)
        if options.engine != "ray":  # Ray's actors write their own parts
            writers.append(PartitionedWriter(parquet_dir))
    run_id = store.start_run(command) if store is not None else 0  # 0: no store, nothing records it
    result.run_id = run_id if store is not None else None
    pending: list[tuple[dict[str, Any], Document | InputTouch | None]] = []
    seen_keys: set[tuple[str, str]] = set()
    last_commit = time.monotonic()

    def commit() -> None:
        nonlocal last_commit
        if store is not None:
            items = [item for _, item in pending if item is not None]
            if items:
                result.replaced += store.commit_batch(items, run_id)
            store.record_progress(run_id, result.seen, result.summary.results, result.summary.errors,
                                  result.skipped)
        for record, item in pending:
            for each in writers:
                if each is writer or isinstance(item, Document):  # the dataset already holds skipped inputs
                    each.write(record)
        for each in writers:
            each.flush()
        pending.clear()
        last_commit = time.monotonic()

    stream: Iterator[Outcome] | None = None
    try:
        stream = outcomes(inputs, pipeline, done, result.stats, parquet_dir)
        for outcome in stream:
            if isinstance(outcome, Skipped):
                result.skipped += 1
                result.skip_reasons[SKIP_UNCHANGED] += 1
                record = store.stored_record(outcome.source, outcome.doc_id or None) if store is not None else None
                if record is not None:
                    pending.append((record, InputTouch(outcome.source, str(record.get("id") or outcome.doc_id))))
            else:
                result.summary.add(outcome)
                key = (outcome.source, outcome.id)
                if key in seen_keys:
                    result.duplicates += 1
                elif outcome.source in stored and outcome.id not in stored[outcome.source]:
                    result.changed += 1
                seen_keys.add(key)
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
        for each in writers:
            each.close()
        if store is not None:
            store.finish_run(run_id, result.seen, result.summary.results, result.summary.errors,
                             result.skipped, result.status, result.identity())
            store.close()
    if result.status == "aborted":
        raise MaxErrorsExceeded(result, options.max_errors or 0)
    return result
