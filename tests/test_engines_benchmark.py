"""benchmarks/pipeline.py runs and prints every figure it promises (tiny corpus)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "pipeline.py"
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
