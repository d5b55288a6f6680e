"""The one bootstrap every worker runs, whether a pool process or a Ray actor.

A worker receives the driver's `RunConfig` (with its thread count already divided
among the workers), the driver's analyzer registry and a few warm-up pages. It
imports the configured plugins, replays the registry, builds its Pipeline (models
load once), and runs the warm-up pages so that first-call costs are paid before
real work arrives. Both engines then call `process` for each batch, which also
reports what the batch cost the worker.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

from slant.config import RunConfig
from slant.document import Document, Page, SourceError
from slant.run.pipeline import Pipeline
from slant.run.plugins import apply_registry, load_plugins


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def threads_per_worker(workers: int) -> int:
    """onnxruntime intra-op threads per worker, so workers x threads = cores."""
    return max(1, available_cores() // max(1, workers))


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM) in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class WorkerSetup:
    """What the driver hands every worker: the run's config, its registry, warm-up pages."""

    config: RunConfig
    registry: dict[str, str]
    warm_up: tuple[Page, ...] = ()


def start_worker(setup: WorkerSetup) -> Pipeline:
    """Plugins, registry, models, warm-up: a worker's Pipeline, ready for real batches."""
    load_plugins(setup.config.plugins)
    apply_registry(setup.registry)
    pipeline = Pipeline(setup.config).load()
    if setup.warm_up:  # pay first-call costs (lazy imports, caches) before real work arrives
        pipeline.process_batch(list(setup.warm_up))
        pipeline.timings.clear()
    return pipeline


@dataclass
class WorkerReport:
    """What a worker sends back with a batch: stage timings of the batch, its memory, its CPU time."""

    pid: int
    timings: dict[str, float]
    peak_rss_mb: float
    cpu_s: float


def process(pipeline: Pipeline, batch: Sequence[Page | SourceError]) -> tuple[list[Document], WorkerReport]:
    """One batch through a worker's pipeline, with the report of what it cost."""
    cpu = time.process_time()
    docs = pipeline.process_batch(batch)
    timings = dict(pipeline.timings)
    pipeline.timings.clear()
    return docs, WorkerReport(os.getpid(), timings, peak_rss_mb(), time.process_time() - cpu)
