"""benchmarks/pipeline.py and benchmarks/extraction.py run and print every figure they promise (tiny inputs)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "pipeline.py"
EXTRACTION_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "extraction.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KEYS = ("encoder_tokens_per_s", "pipeline_tokens_per_s", "ratio", "workers_speedup", "peak_rss_mb")


@pytest.mark.slow
def test_benchmark_prints_its_figures(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = subprocess.run([sys.executable, str(BENCH), "--docs", "3", "--words", "120", "--comments", "4",
                          "--batch-size", "1", "--analyzers", "", "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert json.loads(out.read_text()) == result
    for key in KEYS:
        assert isinstance(result[key], (int, float)) and result[key] > 0, key
    assert result["corpus"]["extracted_ok"] == 3
    assert result["local_2_workers"]["same_results_as_1_worker"] is True
    assert result["stages_1_worker"]["slowest"] == "extract"  # extraction only: the one stage
    assert result["encoder"]["inference"].startswith("each row alone")  # the pipeline's way: like with like
    assert set(result["goals"]) >= {"ratio>=0.6", "ratio>=0.7", "workers_speedup>=1.8"}
    assert isinstance(result["machine"]["load_avg_1m_before"], (int, float))


def test_extraction_benchmark_times_both_systems(tmp_path: Path) -> None:
    """Two fixture pages in the benchmark's layout: F1 for both systems and the timing block."""
    truth = {}
    (tmp_path / "html").mkdir()
    for name in ("body_qa", "generic_comments"):
        html = (FIXTURES / "html" / f"{name}.html").read_bytes()
        (tmp_path / "html" / f"{name}.html.gz").write_bytes(gzip.compress(html))
        truth[name] = {"articleBody": "an article body the scorer compares against", "url": "https://example.com/"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    run = subprocess.run([sys.executable, str(EXTRACTION_BENCH), "--data", str(tmp_path), "--repeat", "2"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    timing = result["timing"]
    assert timing["slant_s"] > 0 and timing["trafilatura_s"] > 0
    assert timing["ratio"] > 0  # from unrounded seconds; the printed ones are rounded to the millisecond
    assert timing["goal_ratio<=1.3"] is (timing["ratio"] <= 1.3)
    assert [len(v) for v in timing["passes_s"].values()] == [2, 2]
    assert timing["slant_s"] == min(timing["passes_s"]["slant"])
    assert result["documents"] == 2 and "f1" in result["slant"] and "f1" in result["trafilatura"]
