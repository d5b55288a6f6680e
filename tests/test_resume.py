"""Crash-safe resume: a real `slant analyze` SIGKILLed mid-run, then run again,
ends with every input exactly once in the store and in the result file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "scale"))
import scale_env  # noqa: E402

from slant.sources.synthetic import write_corpus  # noqa: E402
from slant.store.sqlite import CorpusStore  # noqa: E402

N = 60


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _command(folder: Path, out: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-c", "from slant.cli import main; main()", "analyze", str(folder), "-o", str(out),
            "--db", str(db), "--workers", str(workers), "--batch-size", "4", "-a", "scalefake", "-q"]


@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_then_rerun_finishes_the_rest_exactly_once(tmp_path: Path, workers: int) -> None:
    folder, out, db = tmp_path / "pages", tmp_path / "out.jsonl", tmp_path / "corpus.sqlite"
    files = write_corpus(folder, N - 2, words=40, comments=2)
    (folder / "zz-broken.html").write_bytes(b"\x00\x01" * 64)  # errors count as done inputs too
    (folder / "zz-empty.html").write_bytes(b"")
    env = scale_env.subprocess_env(SLANT_FAKE_DELAY="0.15")

    proc = subprocess.Popen(_command(folder, out, db, workers), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    done_at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done_at_kill = _count(db, "SELECT COUNT(*) FROM inputs")
        if done_at_kill >= 4:
            break
        time.sleep(0.05)
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
    children = psutil.Process(proc.pid).children(recursive=True)
    assert len(children) >= (workers if workers > 1 else 0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, "worker processes outlived their killed driver"
    killed_with = _count(db, "SELECT COUNT(*) FROM inputs")
    assert 0 < killed_with < N, "the kill must land mid-run"

    rerun = subprocess.run(_command(folder, out, db, workers), env=scale_env.subprocess_env(), capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-3000:]

    with CorpusStore(db) as store:  # the resume state the rerun itself reads
        sources = list(store.done_inputs())
        runs = [(r["seen"], r["results"], r["errors"], r["skipped"], r["status"]) for r in store.runs()]
        counts = store.counts()
    documents = counts["documents"] + counts["errors"]
    errors_in_killed_run = _count(db, "SELECT COUNT(*) FROM inputs WHERE status = 'error' AND run_id = 1")
    expected = sorted(str(p) for p in folder.iterdir())
    assert sorted(sources) == expected  # each input exactly once: none lost, none duplicated
    assert documents == N
    assert runs[0][4] == "interrupted"  # the killed run never finished; the rerun marked it
    seen, results, errors, skipped, status = runs[-1]
    assert status == "finished"
    assert seen == N == results + errors + skipped
    assert skipped == killed_with and errors + errors_in_killed_run == 2
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["source"] for r in lines) == expected  # the result file too: every input once
    assert sum(1 for r in lines if r["error"]) == 2
    assert len(files) == N - 2

