"""Admission control and the analysis workers: a few jobs at once, a few waiting, the rest refused.

Every request that costs real work passes one gate, a `Lane`: it admits at most
`running + waiting` jobs (more get 503 with Retry-After) and gives each job one
deadline, counted from admission, that covers its wait and its run (past it: 504).

* Analyses run in worker processes (`ProcessPool`), each with its own Pipeline
  (its own models, onnxruntime on one thread), by default one per core. A job that
  runs past its deadline has its process killed and replaced, so a 9 MB text, a
  pathological page or a URL that drips one byte at a time never keeps a worker
  busy after its request timed out. Hostile input never runs in the server process.
* Queries (search, compare) run on a few threads in the server process, where the
  store lives; the corpus API enforces the time limit it is given.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from slant.run.worker import WorkerSetup, available_cores

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds a worker may take to start (imports, models, warm-up) before it counts as broken.
WORKER_START_S = 300.0
#: Seconds a killed worker gets to exit before the next signal.
KILL_WAIT_S = 2.0
#: How often a worker checks that the server process is still alive.
ORPHAN_CHECK_S = 1.0
#: Extra seconds the event loop waits for a job beyond its deadline before answering 504
#: (the job's own thread enforces the deadline; this is only a backstop).
BACKSTOP_S = 1.0


class Overloaded(Exception):
    """Every worker is busy and the waiting line is full (HTTP 503)."""


class TimedOut(Exception):
    """The work ran past the per-request time limit (HTTP 504)."""


class WorkerUnavailable(Exception):
    """An analysis worker could not start (HTTP 503): the server cannot analyze right now."""


def default_workers() -> int:
    """As many analysis workers as the machine allows: one per core this process may use."""
    return available_cores()


def _exit_with_parent(parent: int) -> None:
    """A worker whose server died (SIGKILL included) must not linger."""
    while True:
        time.sleep(ORPHAN_CHECK_S)
        if os.getppid() != parent:
            os._exit(1)


@dataclass(frozen=True)
class PoolSetup:
    """What each worker process receives: the worker bootstrap and the job handler.

    `handler(pipeline, payload)` runs one job in the worker; it must return a picklable
    result and should turn bad input into a result (an exception costs only that job).
    `context` is handed to the handler's payload unchanged (e.g. the server's settings).
    """

    worker: WorkerSetup
    handler: Callable[[Any, Any, Any], Any]
    context: Any = None


def _worker_main(setup: PoolSetup, conn: multiprocessing.connection.Connection) -> None:
    """A worker process: bootstrap once (plugins, registry, models), then serve jobs until EOF."""
    from slant.run.worker import start_worker

    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="slant-orphan-check").start()
    try:
        pipeline = start_worker(setup.worker)
    except BaseException as exc:  # report why, so the server can say it instead of hanging
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("done", setup.handler(pipeline, setup.context, payload)))
        except Exception as exc:  # the handler's own failure, or a result that would not pickle
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class WorkerProcess:
    """One analysis process and the pipe to it; killed and replaced when a job overruns."""

    def __init__(self, setup: PoolSetup, context: multiprocessing.context.BaseContext, index: int) -> None:
        self.setup = setup
        self.context = context
        self.index = index
        self.restarts = 0
        self.pid: int | None = None
        self._start()

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        self.process = self.context.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(self.setup, child), daemon=True, name=f"slant-analyze-{self.index}"
        )
        self.process.start()
        child.close()
        self.conn = parent
        self.ready = False

    def wait_ready(self, deadline: float) -> None:
        """Block until the worker has loaded its models; raise TimedOut or WorkerUnavailable."""
        if self.ready:
            return
        if not self.conn.poll(max(0.0, deadline - time.monotonic())):
            raise TimedOut("the analysis worker is still starting")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            status, detail = "failed", f"exit status {self.process.exitcode}"
        if status != "ready":
            self.restart()
            raise WorkerUnavailable(f"an analysis worker could not start: {detail}")
        self.pid = detail
        self.ready = True

    def call(self, payload: Any, deadline: float) -> tuple[str, Any]:
        """Run one job; ('done', result) or ('error', message). Past `deadline` the process is
        killed and replaced, and TimedOut raised: the work really stops."""
        self.wait_ready(deadline)
        try:
            self.conn.send(payload)
            if not self.conn.poll(max(0.0, deadline - time.monotonic())):
                self.restart()
                raise TimedOut("analysis ran past the time limit; its worker was stopped")
            status, result = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):  # the worker died on this input
            code = self.process.exitcode
            self.restart()
            return "error", f"the analysis worker died (exit status {code})"
        return status, result

    def restart(self) -> None:
        self.kill()
        self.restarts += 1
        self._start()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(KILL_WAIT_S)
        self.conn.close()


def _mp_context() -> multiprocessing.context.BaseContext:
    """forkserver: workers start from a clean single-threaded process, never a fork of the
    server's threads; the bootstrap modules are imported there once."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["slant.run.worker", "slant.server.service"])
        return context
    return multiprocessing.get_context("spawn")


class Lane(Generic[T]):
    """A bounded gate for one kind of work: `running` at once, `waiting` more, the rest 503."""

    def __init__(self, name: str, running: int, waiting: int, timeout: float) -> None:
        self.name = name
        self.running = max(1, running)
        self.capacity = self.running + max(0, waiting)
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=self.running, thread_name_prefix=f"slant-{name}")
        self._lock = threading.Lock()
        self._admitted = 0
        self.rejected = 0
        self.timed_out = 0

    @property
    def admitted(self) -> int:
        return self._admitted

    def _release(self, *_: object) -> None:
        with self._lock:
            self._admitted -= 1

    def stats(self) -> dict[str, int | float]:
        return {"admitted": self._admitted, "capacity": self.capacity, "running": self.running,
                "rejected": self.rejected, "timed_out": self.timed_out, "timeout_s": self.timeout}

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Admit, then run fn(*args, deadline=...) on this lane's threads; `fn` must respect the
        monotonic deadline it is given. Raises Overloaded or TimedOut."""
        with self._lock:
            if self._admitted >= self.capacity:
                self.rejected += 1
                raise Overloaded(f"{self._admitted} {self.name} jobs running or waiting; try again shortly")
            self._admitted += 1
        limit = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        try:
            future = self._executor.submit(self._guarded, fn, deadline, *args)
        except BaseException:
            self._release()
            raise
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), limit + BACKSTOP_S)
        except (TimeoutError, TimedOut):
            future.cancel()  # frees the slot at once if it never started
            with self._lock:
                self.timed_out += 1
            raise TimedOut(f"{self.name} took longer than {limit:g} s") from None

    @staticmethod
    def _guarded(fn: Callable[..., T], deadline: float, *args: Any) -> T:
        if time.monotonic() >= deadline:
            raise TimedOut("waited past the time limit")
        return fn(*args, deadline=deadline)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class ProcessPool:
    """`workers` analysis processes; a job takes an idle one, or waits for one."""

    def __init__(self, setup: PoolSetup, workers: int) -> None:
        self._context = _mp_context()
        self.workers = [WorkerProcess(setup, self._context, i) for i in range(max(1, workers))]
        self._idle: queue.Queue[WorkerProcess] = queue.Queue()
        for worker in self.workers:
            self._idle.put(worker)

    def wait_ready(self, timeout: float = WORKER_START_S) -> None:
        """Block until every worker has loaded its models (the server answers only then)."""
        deadline = time.monotonic() + timeout
        for worker in self.workers:
            worker.wait_ready(deadline)

    def call(self, payload: Any, deadline: float) -> tuple[str, Any]:
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimedOut("no analysis worker became free in time") from None
        try:
            return worker.call(payload, deadline)
        finally:
            self._idle.put(worker)

    @property
    def restarts(self) -> int:
        return sum(w.restarts for w in self.workers)

    def shutdown(self) -> None:
        for worker in self.workers:
            try:
                worker.conn.close()  # EOF: the worker returns from its loop
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(KILL_WAIT_S)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(KILL_WAIT_S)


class WorkQueue:
    """The server's two lanes: analyses (worker processes) and queries (threads beside the store)."""

    def __init__(self, analysis: Lane[Any], queries: Lane[Any], pool: ProcessPool | None = None) -> None:
        self.analysis = analysis
        self.queries = queries
        self.pool = pool

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {**self.analysis.stats(), "queries": self.queries.stats()}
        out["restarts"] = self.pool.restarts if self.pool is not None else 0
        return out

    def shutdown(self) -> None:
        self.analysis.shutdown()
        self.queries.shutdown()
        if self.pool is not None:
            self.pool.shutdown()
