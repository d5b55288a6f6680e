"""`--engine ray`: the same extract and analyze functions, run by Ray Data.

The driver lists input units (files after walking folders, URLs, stdin), one row
each, and `map_batches` runs a pool of `PipelineActor`s over them: each actor runs
the one worker bootstrap (`run.worker`) in `__init__` (models load once per actor),
reads the files of a batch itself with the very readers `slant.sources` uses, and
maps them with `run.worker.process` in batches of `batch_size`, exactly what the
local engine's workers do, with the same `RunConfig`. Reading inside the actor
saves a Ray stage (its task worker processes and a trip of every Page through the
object store), which is most of what Ray costs over the local pool on a small
machine. Containers that hold many pages (JSONL, WARC, Parquet) and URLs are read
first in a separate, CPU-free `flat_map` step, so one big file still spreads over
every actor and a slow fetch never holds an actor's CPU. Order is preserved.

Inputs already done (the store, or the Parquet dataset with `parquet_dir`) are
marked where they are read and passed through untouched, so the driver can
account for them. With `parquet_dir`, each actor also writes every batch it
finishes as one Parquet part there (`store.outputs.write_part`: atomic, named by
its inputs), so writing results scales with the actors instead of one driver.

With `--ray-address`, the cluster's nodes need slant installed and must see the
input paths (a shared file system), as Ray tasks read them where they run.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from slant.config import Limits
from slant.document import Document, Page, SourceError
from slant.run.outcomes import Outcome, Skipped
from slant.run.pipeline import Pipeline
from slant.run.plugins import registry_snapshot
from slant.run.worker import WorkerSetup, available_cores, process, start_worker, threads_per_worker
from slant.sources.urls import is_url

#: Row kinds in the Dataset. Units not read yet: a single-page file (read by the actor),
#: a container or a URL (read by the flat_map step). Read rows: a Page or SourceError to
#: process, or an input already done.
FILE, CONTAINER, URL, TODO, SKIP = "file", "container", "url", "todo", "skip"

#: Blocks per actor in the input Dataset: enough to keep every actor fed and balanced.
BLOCKS_PER_WORKER = 4

Done = frozenset[tuple[str, str]]


def _row(kind: str, source: str, payload: bytes) -> dict[str, Any]:
    return {"kind": kind, "source": source, "payload": payload}


def is_container(path: Path) -> bool:
    """A file a registered reader splits into many pages (JSONL, WARC, Parquet), not one page."""
    from slant.sources.files import GZIP_SUFFIXES, READERS

    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in READERS if suffix not in GZIP_SUFFIXES)


def input_units(inputs: list[str], options: Limits) -> list[dict[str, Any]]:
    """One row per file (folders walked, sorted, hidden skipped), URL, or stdin read here."""
    import slant.sources.parquet  # noqa: F401  (registers .parquet, so it counts as a container)
    import slant.sources.warc  # noqa: F401
    from slant.sources.files import list_files, read_stdin

    units: list[dict[str, Any]] = []
    for item in inputs:
        if item == "-":
            page = read_stdin(options)
            units.append(_row(TODO, page.source, pickle.dumps(page)))
        elif is_url(item):
            units.append(_row(URL, item, item.encode("utf-8", "surrogatepass")))
        else:  # the very listing the local engine uses: same files, same order, same error records
            for entry in list_files(item):
                if isinstance(entry, SourceError):
                    units.append(_row(TODO, entry.source, pickle.dumps(entry)))
                else:
                    units.append(_row(CONTAINER if is_container(entry) else FILE, str(entry), os.fsencode(entry)))
    return units


def _mark(items: Iterable[Page | SourceError], done: Done) -> list[dict[str, Any]]:
    """Read items as rows: a pickled item to process, or a skip marker for one already done."""
    rows = []
    for item in items:
        if (item.source, item.id) in done:
            rows.append(_row(SKIP, item.source, item.id.encode("ascii")))
        else:
            rows.append(_row(TODO, item.source, pickle.dumps(item)))
    return rows


def read_unit(unit: dict[str, Any], options: Limits, done: Done,
              done_urls: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Ray flat_map step: a container or URL -> its rows; any other row passes unchanged.

    An item is skipped when `done` holds its (source, document id) pair; a URL done
    before is not fetched again."""
    import slant.sources.parquet  # noqa: F401  (registers .parquet in this worker)
    import slant.sources.warc  # noqa: F401
    from slant.sources.files import read_file
    from slant.sources.urls import fetch_url

    kind, source = unit["kind"], unit["source"]
    if kind == URL:
        if source in done_urls:
            return [_row(SKIP, source, b"")]
        return _mark([fetch_url(source, options)], done)
    if kind == CONTAINER:
        return _mark(read_file(Path(os.fsdecode(bytes(unit["payload"]))), options), done)
    return [_row(kind, source, bytes(unit["payload"]))]


class PipelineActor:
    """A Ray actor: runs the one worker bootstrap once, then reads and processes one batch per call."""

    #: set on a subclass per run (see `actor_class`)
    setup: ClassVar[WorkerSetup]
    done: ClassVar[Done] = frozenset()
    parquet_dir: ClassVar[str | None] = None

    def __init__(self) -> None:
        self.pipeline = start_worker(self.setup)

    def _rows(self, batch: dict[str, Any]) -> list[dict[str, Any]]:
        """The batch's rows with single-page files read here (one file may still give an error row)."""
        from slant.sources.files import read_file

        rows: list[dict[str, Any]] = []
        for kind, source, payload in zip(batch["kind"], batch["source"], batch["payload"]):
            if kind == FILE:
                rows.extend(_mark(read_file(Path(os.fsdecode(bytes(payload))), self.setup.config.limits), self.done))
            elif kind == TODO:
                item = pickle.loads(payload)
                rows.extend(_mark([item], self.done))
            else:
                rows.append(_row(str(kind), str(source), bytes(payload)))
        return rows

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        rows = self._rows(batch)
        todo = [pickle.loads(row["payload"]) for row in rows if row["kind"] == TODO]
        docs: list[Document] = []
        timings: dict[str, float] = {}
        size = max(1, self.setup.config.batch_size)
        report = None
        for start in range(0, len(todo), size):  # analyzer batches as the local pool makes them
            processed, report = process(self.pipeline, todo[start:start + size])
            docs.extend(processed)
            for stage, seconds in report.timings.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
        if self.parquet_dir is not None:
            from slant.store.outputs import write_part

            write_part(self.parquet_dir, [doc.to_dict() for doc in docs])
        out = iter(docs)
        payloads = [pickle.dumps(next(out)) if row["kind"] == TODO else row["payload"] for row in rows]
        n = len(rows)
        pid = report.pid if report is not None else os.getpid()
        rss = report.peak_rss_mb if report is not None else 0.0
        return {
            "kind": [row["kind"] for row in rows],
            "source": [row["source"] for row in rows],
            "payload": payloads,
            "timings": [pickle.dumps(timings)] + [b""] * (n - 1),
            "pid": [pid] * n,
            "peak_rss_mb": [rss] * n,
        }


def actor_class(setup: WorkerSetup, done: Done = frozenset(), parquet_dir: Path | None = None) -> type[PipelineActor]:
    """PipelineActor bound to this run's settings. They travel with the class, not as
    constructor arguments in the object store, so Ray can restart a dead actor."""
    return type("SlantPipelineActor", (PipelineActor,),
                {"setup": setup, "done": done, "parquet_dir": str(parquet_dir) if parquet_dir is not None else None})


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
    parquet_dir: Path | None = None,
) -> Iterator[Outcome]:
    """Documents (and `Skipped` markers) for `inputs`, in input order, computed by Ray actors
    as `pipeline.config` says (workers, batch size, threads, limits, cluster address); with
    `parquet_dir`, the actors also write the results there as Parquet parts."""
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
    pairs = frozenset((source, doc_id) for source, ids in done.items() for doc_id in ids)
    ds: Dataset = ray.data.from_items(units, override_num_blocks=min(len(units), workers * BLOCKS_PER_WORKER))
    if any(unit["kind"] in (CONTAINER, URL) for unit in units):
        # Reading containers and fetching is light I/O: it must not wait for CPUs the actors hold.
        urls = frozenset(source for source in done if is_url(source))
        ds = ds.flat_map(partial(read_unit, options=config.limits, done=pairs, done_urls=urls), num_cpus=0)
    setup = WorkerSetup(config.with_(threads=threads), registry_snapshot(), tuple(warm_up))
    ds = ds.map_batches(
        actor_class(setup, pairs, parquet_dir),
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
            rss[pid] = max(rss.get(pid, 0.0), float(row["peak_rss_mb"]))
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
