"""`--engine ray`: the same extract and analyze functions, run by Ray Data.

The driver lists input units (files after walking folders, URLs, stdin), and a
Ray Dataset reads them in tasks with the very readers `slant.sources` uses
(HTML, text, JSONL, WARC, Parquet), one row per Page. `map_batches` then runs a
pool of `PipelineActor`s: each runs the one worker bootstrap (`run.worker`) in
`__init__` (models load once per actor) and maps a batch in `__call__` with
`run.worker.process`, exactly what the local engine's workers do, with the same
`RunConfig`. Rows carry pickled Pages and Documents. Order is preserved; only the
driver writes files and SQLite (`run.batch`).
Inputs the store already holds are marked in the read step and passed through
the actors untouched, so the driver can account for them.

With `--ray-address`, the cluster's nodes need slant installed and must see the
input paths (a shared file system), as Ray tasks read them where they run.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Any, ClassVar

from slant.config import Limits
from slant.document import Page, SourceError
from slant.run.outcomes import Outcome, Skipped
from slant.run.pipeline import Pipeline
from slant.run.plugins import registry_snapshot
from slant.run.worker import WorkerSetup, available_cores, process, start_worker, threads_per_worker
from slant.sources.urls import is_url

#: Row kinds in the Dataset: a Page or SourceError to process, or an input already done.
TODO, SKIP = "todo", "skip"


def input_units(inputs: list[str], options: Limits) -> list[dict[str, Any]]:
    """One unit per file (folders walked, sorted, hidden skipped), URL, or stdin read here."""
    from slant.sources.files import list_files, read_stdin

    units: list[dict[str, Any]] = []
    for item in inputs:
        if item == "-":
            units.append({"kind": "item", "value": pickle.dumps(read_stdin(options))})
        elif is_url(item):
            units.append({"kind": "url", "value": item})
        else:  # the very listing the local engine uses: same files, same order, same error records
            for entry in list_files(item):
                if isinstance(entry, SourceError):
                    units.append({"kind": "item", "value": pickle.dumps(entry)})
                else:
                    units.append({"kind": "path", "value": str(entry)})
    return units


def read_unit(unit: dict[str, Any], options: Limits, done: frozenset[tuple[str, str]],
              done_urls: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Ray flat_map step: one unit -> rows of pickled Pages/SourceErrors (or skip markers).

    An item is skipped when the store holds its source with the same content (`done`
    holds (source, document id) pairs); a URL the store holds is not fetched again."""
    import slant.sources.parquet  # noqa: F401  (registers .parquet in this worker)
    import slant.sources.warc  # noqa: F401
    from slant.sources.files import iter_path
    from slant.sources.urls import fetch_url

    kind, value = unit["kind"], unit["value"]
    items: Iterable[Page | SourceError]
    if kind == "item":
        items = [pickle.loads(value)]
    elif kind == "url":
        if value in done_urls:
            return [{"kind": SKIP, "source": value, "payload": b""}]
        items = [fetch_url(value, options)]
    else:
        items = iter_path(value, options)
    rows = []
    for item in items:
        if (item.source, item.id) in done:
            rows.append({"kind": SKIP, "source": item.source, "payload": item.id.encode("ascii")})
        else:
            rows.append({"kind": TODO, "source": item.source, "payload": pickle.dumps(item)})
    return rows


class PipelineActor:
    """A Ray actor: runs the one worker bootstrap once, then processes one batch per call."""

    #: set on a subclass per run (see `actor_class`)
    setup: ClassVar[WorkerSetup]

    def __init__(self) -> None:
        self.pipeline = start_worker(self.setup)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        kinds = list(batch["kind"])
        todo = [pickle.loads(p) for k, p in zip(kinds, batch["payload"]) if k == TODO]
        processed, report = process(self.pipeline, todo)
        docs = iter(processed)
        payloads = [pickle.dumps(next(docs)) if k == TODO else b"" for k in kinds]
        n = len(kinds)
        return {
            "kind": kinds,
            "source": list(batch["source"]),
            "payload": payloads,
            "timings": [pickle.dumps(report.timings)] + [b""] * (n - 1),
            "pid": [report.pid] * n,
            "peak_rss_mb": [report.peak_rss_mb] * n,
        }


def actor_class(setup: WorkerSetup) -> type[PipelineActor]:
    """PipelineActor bound to this run's settings. They travel with the class, not as
    constructor arguments in the object store, so Ray can restart a dead actor."""
    return type("SlantPipelineActor", (PipelineActor,), {"setup": setup})


def ensure_ray(address: str | None, workers: int) -> None:
    """Join `address`, or start a quiet local Ray sized to `workers` (once per process)."""
    import ray

    if ray.is_initialized():
        return
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": True,
                              "logging_level": "ERROR"}
    if address:
        ray.init(address=address, **kwargs)
    else:
        ray.init(num_cpus=workers, **kwargs)


def run_ray(
    inputs: list[str],
    pipeline: Pipeline,
    done: dict[str, set[str]] | None = None,
    stats: dict[str, Any] | None = None,
    warm_up: Sequence[Page] = (),
) -> Iterator[Outcome]:
    """Documents (and `Skipped` markers) for `inputs`, in input order, computed by Ray actors
    as `pipeline.config` says (workers, batch size, threads, limits, cluster address)."""
    import ray
    from ray.data import ActorPoolStrategy, DataContext, Dataset

    config = pipeline.config
    address, workers = config.ray_address, config.workers
    ensure_ray(address, workers or available_cores())
    if not workers:  # one actor per CPU: this machine's, or the cluster's when joining one
        cluster = ray.cluster_resources()  # type: ignore[no-untyped-call]  # Ray leaves this one unannotated
        workers = int(cluster.get("CPU", 0)) if address else available_cores()
        workers = max(1, workers)
    done = done or {}
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    ctx = DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    if hasattr(ctx, "print_on_execution_start"):
        ctx.print_on_execution_start = False
    units = input_units(inputs, config.limits)
    if not units:
        return
    threads = config.threads or (threads_per_worker(workers) if not address else 1)
    ds: Dataset = ray.data.from_items(units, override_num_blocks=min(len(units), max(1, workers * 4)))
    # Reading is light I/O: it must not wait for CPUs the actors hold.
    pairs = frozenset((source, doc_id) for source, ids in done.items() for doc_id in ids)
    urls = frozenset(source for source in done if is_url(source))
    ds = ds.flat_map(partial(read_unit, options=config.limits, done=pairs, done_urls=urls), num_cpus=0)
    ds = ds.map_batches(
        actor_class(WorkerSetup(config.with_(threads=threads), registry_snapshot(), tuple(warm_up))),
        batch_size=config.batch_size,
        compute=ActorPoolStrategy(size=workers),
        num_cpus=1,
        batch_format="numpy",
    )
    rss: dict[int, float] = {}
    busy: dict[int, float] = {}
    try:
        for row in ds.iter_rows():
            pid = int(row["pid"])
            if row.get("timings"):
                for stage, seconds in pickle.loads(row["timings"]).items():
                    pipeline.timings[stage] += seconds
                    busy[pid] = busy.get(pid, 0.0) + seconds
            rss[pid] = float(row["peak_rss_mb"])
            if row["kind"] == SKIP:
                payload = bytes(row["payload"]).decode("ascii")
                yield Skipped(row["source"], payload or min(done.get(row["source"], {""})))
            else:
                yield pickle.loads(row["payload"])
    finally:
        if stats is not None:
            stats["worker_peak_rss_mb"] = rss
            stats["worker_busy_s"] = busy
            stats["workers"] = workers
            stats["engine"] = "ray"


