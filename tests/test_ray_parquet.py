"""Beyond one writer: Ray actors write a partitioned Parquet dataset, with crash-safe resume,
and the store imports a whole dataset folder.

Skipped when Ray is not installed (it is the optional `ray` extra)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray")

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "scale"))
import scale_env  # noqa: E402

from slant.cli import app  # noqa: E402
from slant.config import RunConfig  # noqa: E402
from slant.run.batch import run_batch  # noqa: E402
from slant.run.pipeline import Pipeline  # noqa: E402
from slant.sources.synthetic import write_corpus  # noqa: E402
from slant.store.corpus import Corpus  # noqa: E402
from slant.store.outputs import dataset_inputs, dataset_parts, read_parquet_records  # noqa: E402
from slant.store.sqlite import CorpusStore, import_parquet  # noqa: E402
from test_ray_engine import local_ray  # noqa: E402, F401  (the one local Ray fixture)

pytestmark = pytest.mark.usefixtures("local_ray")
PAGES = 12


def _pipeline(engine: str) -> Pipeline:
    return Pipeline(RunConfig(analyzers=("scalefake",), plugins=(scale_env.PLUGIN,), engine=engine, workers=2,
                              batch_size=3))


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    write_corpus(folder, PAGES - 1, words=40, comments=2)
    (folder / "zz-broken.html").write_bytes(b"\x00\x01" * 40)  # an error record is a row too
    return folder


def _by_source(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: r["source"])


def test_actors_write_a_dataset_that_resumes_after_a_crash(tmp_path: Path) -> None:
    folder, parts = _corpus(tmp_path), tmp_path / "parts"
    local_out = tmp_path / "local.jsonl"
    run_batch([str(folder)], _pipeline("local"), local_out, None)
    expected = [json.loads(line) for line in local_out.read_text().splitlines()]

    first = run_batch([str(folder)], _pipeline("ray"), None, None, parquet_dir=parts)
    assert (first.summary.results, first.summary.errors) == (PAGES - 1, 1)
    written = dataset_parts(parts)
    assert len(written) > 1  # one part per actor batch: many writers, not one
    assert not [p for p in parts.iterdir() if p not in written]  # nothing partial left under any name
    assert _by_source(read_parquet_records(parts)) == _by_source(expected)

    # a crash: one part never got renamed (its inputs are lost), a partial file is left behind
    lost = written[0]
    lost_sources = {r["source"] for r in read_parquet_records(lost)}
    partial = parts / f".{lost.name}.999.partial"
    lost.rename(partial)
    assert set(dataset_inputs(parts)).isdisjoint(lost_sources)  # readers never see a partial file
    again = run_batch([str(folder)], _pipeline("ray"), None, None, parquet_dir=parts)
    assert again.skipped == PAGES - len(lost_sources)  # only the lost inputs ran again
    assert again.summary.results + again.summary.errors == len(lost_sources)
    assert _by_source(read_parquet_records(parts)) == _by_source(expected)

    # everything held: a rerun runs nothing and writes no part
    names = {p.name for p in dataset_parts(parts)}
    done = run_batch([str(folder)], _pipeline("ray"), None, None, parquet_dir=parts)
    assert (done.skipped, done.summary.results, done.summary.errors) == (PAGES, 0, 0)
    assert {p.name for p in dataset_parts(parts)} == names


def test_local_engine_writes_the_same_dataset_and_the_store_imports_the_folder(tmp_path: Path) -> None:
    folder, ray_parts, local_parts = _corpus(tmp_path), tmp_path / "ray", tmp_path / "local"
    run_batch([str(folder)], _pipeline("ray"), None, None, parquet_dir=ray_parts)
    run_batch([str(folder)], _pipeline("local"), None, None, parquet_dir=local_parts)
    assert _by_source(read_parquet_records(local_parts)) == _by_source(read_parquet_records(ray_parts))

    db = tmp_path / "corpus.sqlite"
    result = CliRunner().invoke(app, ["store", "import", str(ray_parts), "--db", str(db)])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert (counts["documents"], counts["errors"], counts["files"]) == (PAGES - 1, 1, len(dataset_parts(ray_parts)))
    assert import_parquet(local_parts, db)["documents"] == PAGES - 1  # upserts: importing again adds nothing
    with CorpusStore(db) as store:
        assert store.counts()["documents"] == PAGES - 1
        titles = {d["title"] for d in Corpus(store).documents(limit=None)}
    assert titles == {r["title"] for r in read_parquet_records(ray_parts) if not r.get("error")}


def test_no_resume_rewrites_the_dataset(tmp_path: Path) -> None:
    folder, parts = _corpus(tmp_path), tmp_path / "parts"
    run_batch([str(folder)], _pipeline("ray"), None, None, parquet_dir=parts)
    (parts / ".part-stale.1.partial").write_bytes(b"half a file")
    rerun = run_batch([str(folder)], Pipeline(_pipeline("ray").config.with_(resume=False)), None, None,
                      parquet_dir=parts)
    assert (rerun.skipped, rerun.summary.results + rerun.summary.errors) == (0, PAGES)
    assert len(read_parquet_records(parts)) == PAGES and not (parts / ".part-stale.1.partial").exists()


def test_cli_parquet_dir_with_the_ray_engine(tmp_path: Path) -> None:
    """`slant analyze --engine ray --parquet-dir DIR`: the dataset only (nothing on standard output)."""
    folder, parts = _corpus(tmp_path), tmp_path / "parts"
    args = ["analyze", str(folder), "--engine", "ray", "--workers", "2", "--batch-size", "4",
            "--analyzers", "scalefake", "--parquet-dir", str(parts), "--quiet"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output == "" and len(dataset_parts(parts)) == 3  # 12 inputs, 4 per actor batch
    assert sorted(r["source"] for r in read_parquet_records(parts)) == sorted(str(p) for p in folder.iterdir())
