"""Score actors.v1 and claims.v1 on the gold sample pages (same as `slant eval samples --gold DIR`).

    python benchmarks/sample_labels.py ../shared/samples [--gold-lines]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from slant.eval.samples import evaluate_samples

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0] if args else "../shared/samples")
    print(json.dumps(evaluate_samples(folder, gold_lines="--gold-lines" in sys.argv), indent=2, ensure_ascii=False))
