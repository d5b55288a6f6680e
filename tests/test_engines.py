"""The local engine: same results with 1 or 2 workers, order kept, crashes lose nothing,
accounting and --max-errors, Parquet in and out."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "scale"))
import scale_env  # noqa: E402

from slant.cli import app  # noqa: E402
from slant.config import Limits, RunConfig  # noqa: E402
from slant.document import Page  # noqa: E402
from slant.run.pipeline import Pipeline  # noqa: E402
from slant.run.pool import LocalEngine, WorkersKeepDying, run_local  # noqa: E402
from slant.sources import iter_pages  # noqa: E402
from slant.sources.synthetic import news_page, write_corpus  # noqa: E402
from slant.store.outputs import read_parquet_records  # noqa: E402

runner = CliRunner()


@pytest.fixture(autouse=True)
def fake_plugin():
    yield from scale_env.use_fake_plugin()


def _pages(n: int, marker_at: int | None = None) -> list[Page]:
    pages = []
    for i in range(n):
        html = news_page(i, words=60, comments=2)
        if i == marker_at:
            html = html.replace("<p>", "<p>KILLSWITCH ", 1)
        pages.append(Page(source=f"mem-{i}", content=html, kind="html"))
    return pages


def _pipeline(crash: str = "", **run: object) -> Pipeline:
    options = {scale_env.NAME: {"crash": crash}} if crash else {}
    return Pipeline(RunConfig(analyzers=("scalefake",), plugins=(scale_env.PLUGIN,), analyzer_options=options, **run))


def _records(docs) -> list[str]:
    return [json.dumps(d.to_dict(), sort_keys=True) for d in docs]


def test_two_workers_equal_one_worker_in_order() -> None:
    pages = _pages(12)
    one = list(run_local(pages, _pipeline(workers=1, batch_size=3)))
    engine = LocalEngine(_pipeline(workers=2, batch_size=3))
    two = list(engine.run(pages))
    assert [d.source for d in two] == [p.source for p in pages]
    assert _records(one) == _records(two)
    assert all(d.ok and d.analyzers == {"fake": "scalefake.v1"} for d in two)
    assert len(engine.worker_peak_rss_mb) == 2  # both workers did work and reported memory
    assert engine.pipeline.timings["extract"] > 0 and "scalefake.v1" in engine.pipeline.timings


def test_a_crashing_worker_loses_nothing() -> None:
    pages = _pages(9, marker_at=4)
    engine = LocalEngine(_pipeline("KILLSWITCH", workers=2, batch_size=2))
    docs = list(engine.run(pages))
    assert [d.source for d in docs] == [p.source for p in pages]
    assert engine.restarts >= 1
    assert docs[4].error is not None and docs[4].error.type == "analysis_failed"
    assert all(d.ok and "fake" in d.scores for i, d in enumerate(docs) if i != 4)


def test_workers_that_always_die_stop_the_run() -> None:
    engine = LocalEngine(_pipeline(".", workers=2, batch_size=2))  # every document kills its worker
    with pytest.raises(WorkersKeepDying):
        list(engine.run(_pages(8)))


def test_forkserver_workers_get_the_drivers_run_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forkserver (used once onnxruntime is loaded) keeps the environment it started with;
    workers still get the config of the run that started them, not of an earlier one."""
    import multiprocessing

    import slant.run.pool

    monkeypatch.setattr(slant.run.pool, "_mp_context", lambda: multiprocessing.get_context("forkserver"))
    before = list(LocalEngine(_pipeline(workers=2, batch_size=2)).run(_pages(4)))  # starts the server
    assert all(d.ok for d in before)
    engine = LocalEngine(_pipeline("KILLSWITCH", workers=2, batch_size=2))
    docs = list(engine.run(_pages(4, marker_at=1)))
    assert engine.restarts >= 1 and docs[1].error is not None
    assert [d.ok for d in docs] == [True, False, True, True]


def _mixed_folder(tmp_path: Path, good: int, bad: int) -> Path:
    folder = tmp_path / "feed"
    write_corpus(folder, good, words=60, comments=2)
    for i in range(bad):
        (folder / f"zz-broken-{i}.html").write_bytes(b"\x00\x01\x02" * 50 + bytes([i]))
    return folder


def _runs(db: Path) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM runs ORDER BY id")]
    finally:
        conn.close()


def test_accounting_is_printed_and_stored(tmp_path: Path) -> None:
    folder, db, out = _mixed_folder(tmp_path, 4, 2), tmp_path / "c.sqlite", tmp_path / "o.jsonl"
    args = ["analyze", str(folder), "-o", str(out), "--db", str(db), "-a", "scalefake", "-w", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "yes: 6 = 4 + 2" in first.output
    second = runner.invoke(app, args)  # resume: everything is already in the store
    assert second.exit_code == 0, second.output
    assert "yes: 6 = 0 + 0 + 6" in second.output
    runs = _runs(db)
    assert [(r["seen"], r["results"], r["errors"], r["skipped"], r["status"]) for r in runs] == [
        (6, 4, 2, 0, "finished"),
        (6, 0, 0, 6, "finished"),
    ]
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["source"] for r in lines) == sorted(str(p) for p in folder.iterdir())  # rewritten in full


def test_no_resume_reprocesses(tmp_path: Path) -> None:
    folder, db = _mixed_folder(tmp_path, 2, 1), tmp_path / "c.sqlite"
    args = ["analyze", str(folder), "-o", str(tmp_path / "o.jsonl"), "--db", str(db), "-a", "scalefake", "-w", "1", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args + ["--no-resume"]).exit_code == 0
    assert [(r["results"], r["errors"], r["skipped"]) for r in _runs(db)] == [(2, 1, 0), (2, 1, 0)]


def test_max_errors_stops_a_broken_feed(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    for i in range(30):
        (folder / f"broken-{i:02d}.html").write_bytes(b"\x00\xff" * 40 + bytes([i]))
    db, out = tmp_path / "c.sqlite", tmp_path / "o.jsonl"
    result = runner.invoke(app, ["analyze", str(folder), "-o", str(out), "--db", str(db), "-a", "scalefake",
                                 "-w", "1", "--batch-size", "2", "--max-errors", "3"])
    assert result.exit_code == 2
    assert "--max-errors 3" in result.output
    [run] = _runs(db)
    assert run["status"] == "aborted"
    assert run["errors"] == 4 and run["seen"] == run["results"] + run["errors"] == 4
    assert len(out.read_text().splitlines()) == 4  # what was done is written and stored
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == 4
    conn.close()


def test_parquet_output_matches_jsonl_and_reads_back(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path, 3, 1)
    jsonl, parquet = tmp_path / "o.jsonl", tmp_path / "o.parquet"
    for out in (jsonl, parquet):
        result = runner.invoke(app, ["analyze", str(folder), "-o", str(out), "-a", "scalefake", "-w", "1", "-q"])
        assert result.exit_code == 0, result.output
    from_jsonl = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert read_parquet_records(parquet) == from_jsonl
    assert not (tmp_path / "o.parquet.partial").exists()

    # the Parquet reader takes rows with html/text columns as inputs
    import pyarrow as pa
    import pyarrow.parquet as pq

    feed = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"html": [news_page(7, words=60, comments=2), None],
                             "text": [None, "A council in Tarsk voted on Monday to repair the old bridge."],
                             "url": ["https://example.org/a", None]}), feed)
    items = list(iter_pages([str(feed)], Limits()))
    assert [i.source for i in items] == ["https://example.org/a", f"{feed}#row1"]
    assert [i.kind for i in items] == ["html", "text"]
