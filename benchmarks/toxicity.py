"""Throughput and peak memory of the toxicity analyzer (shipped ONNX model), printed as JSON.

    python benchmarks/toxicity.py [--comments 1000] [--per-doc 25] [--threads 1] [--model DIR]

Comments are generated from a seeded word list written here (no shared data), with
lengths like news comments (8-80 words). The analyzer is built once (model load
timed separately), warmed up on one document, then run over all documents in one
call, as the pipeline does. Peak memory is this process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import sys
import time
from pathlib import Path

_WORDS = (
    "the government army city report photos people war peace council minister said you are "
    "wrong right idiot think never always again news truth lies media rebels civilians market "
    "ceasefire vote shame great thanks article numbers source read clearly why how what damn"
).split()


def make_docs(n_comments: int, per_doc: int, seed: int):
    from slant.document import Comment, Document

    rng = random.Random(seed)
    docs = []
    for d in range(0, n_comments, per_doc):
        comments = []
        for i in range(min(per_doc, n_comments - d)):
            text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 80)))
            parent = f"c{i - 1}" if i and rng.random() < 0.3 else None
            comments.append(Comment(id=f"c{i}", text=text, author=f"user{rng.randint(0, 9)}", parent=parent))
        docs.append(Document(id=f"d{d}", source="bench", text="", comments=comments))
    return docs


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--comments", type=int, default=1000)
    p.add_argument("--per-doc", type=int, default=25)
    p.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    p.add_argument("--model", default=None, help="model folder (default: the shipped one)")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)

    from slant.analyze.toxicity import ToxicityAnalyzer, ToxicityScorer

    t0 = time.perf_counter()
    scorer = ToxicityScorer(Path(args.model), threads=args.threads) if args.model else ToxicityScorer(threads=args.threads)
    analyzer = ToxicityAnalyzer(scorer=scorer)
    load_s = time.perf_counter() - t0
    analyzer(make_docs(8, 8, seed=args.seed + 1))  # warm-up
    docs = make_docs(args.comments, args.per_doc, args.seed)
    t0 = time.perf_counter()
    analyzer(docs)
    run_s = time.perf_counter() - t0
    n = sum(len(d.comments) for d in docs)
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "analyzer": analyzer.name,
        "model": str(scorer.path),
        "model_mb": round((scorer.path / "model.onnx").stat().st_size / 2**20, 1),
        "comments": n,
        "documents": len(docs),
        "threads": args.threads,
        "load_s": round(load_s, 3),
        "run_s": round(run_s, 3),
        "comments_per_s": round(n / run_s, 1),
        "peak_rss_mb": round(maxrss_kb / 1024, 1),
        "cpu": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
