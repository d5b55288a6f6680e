"""Throughput and peak memory of the techniques analyzer: shipped ONNX vs the same model in torch eager.

Each variant runs in its own subprocess so its peak RSS is its own:
  * onnx:  TechniqueAnalyzer (onnxruntime, the shipped model) over Documents;
  * torch: the fine-tuned checkpoint (training/runs/techniques/best.pt) in
           transformers eager mode, through the same windowing and decoding;
  * raw:   bare onnxruntime forward passes over the same windows (tokens/s),
           with no tokenizing or decoding.

    python benchmarks/techniques.py --threads 1 --articles 20 > bench.json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ptc" / "dev" / "articles"


def load_texts(folder: Path, n: int) -> list[str]:
    paths = sorted(folder.glob("*.txt"))[:n]
    return [p.read_text(encoding="utf-8") for p in paths]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_variant(variant: str, texts: list[str], threads: int, repeats: int) -> dict:
    from slant.analyze.techniques import sentence_bounds

    n_sent = sum(len(sentence_bounds(t)) for t in texts)
    rss_before = peak_rss_mb()
    if variant in ("onnx", "raw"):
        from slant.analyze.techniques import TechniqueAnalyzer
        from slant.document import Document
        from slant.nlp.onnx_model import MODELS_DIR, OnnxModel

        analyzer = TechniqueAnalyzer(model=OnnxModel(MODELS_DIR / "techniques", threads=threads))
        if variant == "onnx":
            docs = lambda: [Document(id=str(i), source="bench", text=t, language="en") for i, t in enumerate(texts)]  # noqa: E731
            analyzer(docs()[:1])  # warm-up
            t0 = time.perf_counter()
            for _ in range(repeats):
                analyzer(docs())
            seconds = (time.perf_counter() - t0) / repeats
        else:
            batches = []
            analyzer.predict(texts[:1])
            from slant.analyze import techniques as tech

            real = analyzer._run

            def record(ids, mask):
                batches.append((ids, mask))
                return real(ids, mask)

            tech.predict_texts(texts, analyzer.model.tokenizer, record, analyzer.config)
            n_tokens = int(sum(m.sum() for _, m in batches))
            t0 = time.perf_counter()
            for _ in range(repeats):
                for ids, mask in batches:
                    real(ids, mask)
            seconds = (time.perf_counter() - t0) / repeats
            return {
                "variant": "onnx_raw_encoder",
                "tokens": n_tokens,
                "seconds": round(seconds, 3),
                "tokens_per_s": round(n_tokens / seconds, 1),
                "peak_rss_mb": round(peak_rss_mb(), 1),
            }
    else:
        import torch

        sys.path.insert(0, str(REPO / "training"))
        import techniques as training

        from slant.analyze.techniques import TechniqueConfig, predict_texts, spans_from_prediction
        from slant.nlp.onnx_model import MODELS_DIR

        torch.set_num_threads(threads)
        config = TechniqueConfig.from_dict(json.loads((MODELS_DIR / "techniques" / "config.json").read_text()))
        model = training.make_model(len(config.labels))
        model.load_state_dict(torch.load(REPO / "training" / "runs" / "techniques" / "best.pt"))
        model.eval()
        tokenizer = training.load_tokenizer(MODELS_DIR / "techniques" / "tokenizer.json")
        run = training.torch_runner(model)

        def analyze() -> None:
            for text, pred in zip(texts, predict_texts(texts, tokenizer, run, config)):
                spans_from_prediction(text, pred, config)

        predict_texts(texts[:1], tokenizer, run, config)
        t0 = time.perf_counter()
        for _ in range(repeats):
            analyze()
        seconds = (time.perf_counter() - t0) / repeats
    return {
        "variant": variant,
        "documents": len(texts),
        "sentences": n_sent,
        "seconds": round(seconds, 3),
        "sentences_per_s": round(n_sent / seconds, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_before_model_mb": round(rss_before, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .txt articles")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--variant", choices=["onnx", "torch", "raw"], help="(internal) run one variant")
    args = parser.parse_args()
    texts = load_texts(args.data, args.articles)
    if args.variant:
        print(json.dumps(run_variant(args.variant, texts, args.threads, args.repeats)))
        return
    results = {}
    for variant in ("onnx", "torch", "raw"):
        cmd = [sys.executable, __file__, "--variant", variant, "--data", str(args.data),
               "--articles", str(args.articles), "--threads", str(args.threads), "--repeats", str(args.repeats)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            results[variant] = {"error": proc.stderr.strip().splitlines()[-1:] }
            continue
        results[variant] = json.loads(proc.stdout.strip().splitlines()[-1])
    onnx, torch_ = results.get("onnx", {}), results.get("torch", {})
    if "sentences_per_s" in onnx and "sentences_per_s" in torch_:
        results["onnx_speedup_vs_torch"] = round(onnx["sentences_per_s"] / torch_["sentences_per_s"], 2)
    results["threads"] = args.threads
    results["articles"] = args.articles
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
