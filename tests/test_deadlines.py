"""Deadlines (issue 20): a document past its time budget becomes a `timeout` record, in the
driver (SIGALRM limits on extraction and on each analyzer) and in pool workers, where a
worker stuck beyond the reach of signals is killed; the batch always goes on."""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Iterator, Sequence
from typing import ClassVar

import pytest

import slant.run.pool as pool_module
from slant.analyze.registry import REGISTRY
from slant.config import Limits, RunConfig
from slant.document import Document, Page, Span
from slant.run.pipeline import DeadlineExceeded, Pipeline, time_limit
from slant.run.pool import LocalEngine

GOOD = "The regional council of Tarsk voted on Monday to close the old bridge for repairs, officials said. " * 3


class SlowAnalyzer:
    """Sleeps on documents that say SLOW (in Python: a signal can end it); marks the rest.
    On documents that say HANG, in a worker process only, it ignores SIGALRM first, the way
    code stuck in a C library cannot be reached by the pipeline's own limit."""

    name: ClassVar[str] = "slowfake.v1"

    def __call__(self, docs: Sequence[Document], context: object | None = None) -> None:
        for doc in docs:
            if "HANG" in doc.text and multiprocessing.parent_process() is not None:
                signal.signal(signal.SIGALRM, signal.SIG_IGN)
                time.sleep(600)
            if "SLOW" in doc.text:
                time.sleep(600)
            doc.add_spans("slow", [Span(0, 3, "seen", 1.0, self.name)], self.name)


@pytest.fixture(autouse=True)
def slow_analyzer() -> Iterator[None]:
    REGISTRY[SlowAnalyzer.name] = f"{__name__}:SlowAnalyzer"
    yield
    REGISTRY.pop(SlowAnalyzer.name, None)


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """First-call costs (lazy imports, the language model) must not count against a 0.5 s budget."""
    Pipeline(RunConfig(analyzers=())).process_batch([_page(0)])


def _page(i: int, marker: str = "") -> Page:
    return Page(source=f"mem-{i}", content=f"{marker} {GOOD}".strip(), kind="text")


def _pipeline(max_seconds: float, analyzers: tuple[str, ...] = ("slowfake",), **run: object) -> Pipeline:
    return Pipeline(RunConfig(analyzers=analyzers, limits=Limits(max_seconds=max_seconds), **run))  # type: ignore[arg-type]


def test_time_limit_raises_and_puts_back_an_outer_timer() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 0.6)
    try:
        with pytest.raises(DeadlineExceeded), time_limit(0.1):
            time.sleep(5)
        time.sleep(0.8)
        assert fired == [signal.SIGALRM]  # the outer timer still fired, after ours
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_slow_extraction_becomes_a_timeout_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import slant.run.pipeline as pipeline_module

    real = pipeline_module.extract

    def slow_extract(page: Page, limits: Limits) -> Document:
        if "SLOW" in str(page.content):
            while True:  # pure Python, like a runaway parser loop
                pass
        return real(page, limits)

    monkeypatch.setattr(pipeline_module, "extract", slow_extract)
    started = time.monotonic()
    docs = _pipeline(0.5, ()).process_batch([_page(0), _page(1, "SLOW"), _page(2)])
    assert time.monotonic() - started < 5
    assert [d.error.type if d.error else None for d in docs] == [None, "timeout", None]
    assert "extraction took longer than 0.5 s" in docs[1].error.message  # type: ignore[union-attr]


def test_slow_analysis_costs_only_its_document() -> None:
    started = time.monotonic()
    docs = _pipeline(0.5).process_batch([_page(0), _page(1, "SLOW"), _page(2)])
    assert time.monotonic() - started < 6  # the batch's budget (3 x 0.5 s), then the one document alone
    assert [d.error.type if d.error else None for d in docs] == [None, "timeout", None]
    assert all("slow" in d.spans for d in (docs[0], docs[2]))


def test_a_nine_megabyte_one_line_text_finishes_in_bounded_time() -> None:
    text = ("The council met on Monday to vote on the new bridge and the mayor said it would open soon " * 100_000)[:9_000_000]
    started = time.monotonic()
    [doc] = _pipeline(1.0, ()).process_batch([Page(source="big", content=text, kind="text")])
    elapsed = time.monotonic() - started
    assert doc.error is None or doc.error.type == "timeout"
    assert elapsed < 6, f"{elapsed:.1f} s"


@pytest.fixture()
def fork_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork workers (they inherit this module's analyzer) and a short start-up allowance."""
    monkeypatch.setattr(pool_module, "_mp_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(pool_module, "WORKER_START_S", 1.0)


def test_a_worker_stuck_past_its_deadline_is_killed_and_the_batch_goes_on(fork_pool: None) -> None:
    pages = [_page(i, "HANG" if i == 3 else "") for i in range(6)]
    engine = LocalEngine(_pipeline(0.3, workers=2, batch_size=2))
    started = time.monotonic()
    docs = list(engine.run(pages))
    assert time.monotonic() - started < 30
    assert [d.source for d in docs] == [p.source for p in pages]
    assert [d.error.type if d.error else None for d in docs] == [None, None, None, "timeout", None, None]
    assert "was killed" in docs[3].error.message  # type: ignore[union-attr]
    assert engine.restarts >= 1


def test_hanging_inputs_do_not_count_as_workers_dying(fork_pool: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool_module, "MAX_FAILURES_IN_A_ROW", 1)
    pages = [_page(i, "HANG") for i in range(3)] + [_page(99)]
    engine = LocalEngine(_pipeline(0.1, workers=2, batch_size=1))
    docs = list(engine.run(pages))  # would raise WorkersKeepDying if timeouts counted as deaths
    assert [d.error.type if d.error else None for d in docs] == ["timeout"] * (len(pages) - 1) + [None]


def test_batch_deadline_grows_with_the_work() -> None:
    assert pool_module.batch_deadline(1, 0, 3) is None
    one, eight = pool_module.batch_deadline(1, 10, 3), pool_module.batch_deadline(8, 10, 3)
    assert one is not None and eight is not None and eight > one > 10 * 7
