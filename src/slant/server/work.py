"""A bounded work queue: a few analyses at once, a few waiting, the rest refused.

Analysis is CPU-bound and blocking, so it runs on a small thread pool, never on
the event loop. A slot stays taken until its thread really finishes, even when
the client already got a 504 for running past the time limit, so slow inputs
cannot pile up unbounded work behind the server's back.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class Overloaded(Exception):
    """Every worker is busy and the waiting line is full (HTTP 503)."""


class TimedOut(Exception):
    """The work ran past the per-request time limit (HTTP 504)."""


class WorkQueue:
    def __init__(self, workers: int = 1, queue: int = 8, timeout: float = 30.0) -> None:
        self.workers = max(1, workers)
        self.capacity = self.workers + max(0, queue)
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="slant-analyze")
        self._lock = threading.Lock()
        self._admitted = 0  # running + waiting
        self.rejected = 0
        self.timed_out = 0

    @property
    def admitted(self) -> int:
        return self._admitted

    def _release(self, *_: object) -> None:
        with self._lock:
            self._admitted -= 1

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run fn(*args) on the pool within the time limit; raise Overloaded or TimedOut."""
        with self._lock:
            if self._admitted >= self.capacity:
                self.rejected += 1
                raise Overloaded(f"{self._admitted} analyses running or waiting; try again shortly")
            self._admitted += 1
        try:
            future = self._executor.submit(fn, *args)
        except BaseException:
            self._release()
            raise
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError:
            future.cancel()  # frees the slot at once if it never started
            with self._lock:
                self.timed_out += 1
            raise TimedOut(f"analysis took longer than {self.timeout:g} s") from None

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
