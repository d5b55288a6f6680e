"""Throughput and peak memory of the techniques analyzer: shipped ONNX vs the same model in torch eager.

Each variant runs in its own subprocess so its peak RSS is its own:
  * onnx:  TechniqueAnalyzer (onnxruntime, the shipped model) over Documents;
  * torch: the same model in transformers eager mode, through the same
           windowing and decoding: the shipped graph's int8 weights dequantized
           to fp32 (shipped_torch.py), or --checkpoint, a training run's best.pt;
  * raw:   bare onnxruntime forward passes over the same windows (tokens/s),
           with no tokenizing or decoding.

The three run in interleaved rounds (onnx, torch, raw, onnx, torch, raw, ...)
and the medians are reported, with the speedup of every round, so a noisy
neighbour on a shared machine shows up as spread rather than as a biased
figure. The torch variant checks that its logits match the shipped ONNX model
on the first window (`parity_with_shipped_onnx`): it must be the same model.

    python benchmarks/techniques.py --threads 1 --articles 20 --rounds 5 --by-length > bench.json
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
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


def shipped_config():
    from slant.analyze.techniques import TechniqueConfig
    from slant.nlp.onnx_model import MODELS_DIR

    return TechniqueConfig.from_dict(json.loads((MODELS_DIR / "techniques" / "config.json").read_text()))


def torch_runner(checkpoint: Path | None, threads: int, n_labels: int):
    """The shipped model in transformers eager mode, as a numpy-in, numpy-out runner.

    Its weights come from `checkpoint` when one is given, else from the shipped ONNX graph,
    dequantized (`shipped_torch`), so a fresh checkout needs no training run.
    """
    import torch

    sys.path.insert(0, str(REPO / "training"))
    import techniques as training
    from shipped_torch import load_shipped_into

    from slant.nlp.onnx_model import MODELS_DIR

    torch.set_num_threads(threads)
    model = training.make_model(n_labels)
    if checkpoint is None:
        load_shipped_into(model, MODELS_DIR / "techniques" / "model.onnx")
    else:
        model.load_state_dict(torch.load(checkpoint, weights_only=True))
    model.eval()
    return training.torch_runner(model)


def torch_weights(checkpoint: Path | None) -> str:
    return str(checkpoint) if checkpoint else "shipped int8 ONNX graph, dequantized to fp32"


def run_child(args: list[str]) -> dict:
    """Run this script with `args` in a fresh process; its last stdout line is JSON."""
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_variant(variant: str, texts: list[str], threads: int, repeats: int, checkpoint: Path | None) -> dict:
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
        sys.path.insert(0, str(REPO / "training"))
        import techniques as training

        from slant.analyze.techniques import predict_texts, spans_from_prediction
        from slant.nlp.onnx_model import MODELS_DIR

        config = shipped_config()
        run = torch_runner(checkpoint, threads, len(config.labels))
        tokenizer = training.load_tokenizer(MODELS_DIR / "techniques" / "tokenizer.json")
        parity = shipped_parity(texts[0], tokenizer, run, config)

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
        **({"parity_with_shipped_onnx": parity} if variant == "torch" else {}),
    }


def by_window_length(threads: int, checkpoint: Path | None) -> dict:
    """Milliseconds per window, torch eager vs the shipped ONNX graph, for one window of each length.

    Shows where int8 onnxruntime gains most: per-op overhead dominates short
    windows, the fp32 attention core inside QAttention weighs on long ones.
    """
    import numpy as np

    from slant.nlp.onnx_model import MODELS_DIR, OnnxModel

    run_torch = torch_runner(checkpoint, threads, len(shipped_config().labels))
    session = OnnxModel(MODELS_DIR / "techniques", threads=threads).session

    def run_onnx(ids, mask):
        return session.run(None, {"input_ids": ids, "attention_mask": mask})

    rng = np.random.default_rng(0)
    out = {}
    for length in (16, 32, 64, 128, 192, 256):
        ids = rng.integers(1000, 20000, (1, length)).astype(np.int64)
        mask = np.ones_like(ids)
        calls = max(5, 2000 // length)
        ms = {}
        for name, run in (("torch", run_torch), ("onnx", run_onnx)):
            run(ids, mask)
            t0 = time.perf_counter()
            for _ in range(calls):
                run(ids, mask)
            ms[name] = (time.perf_counter() - t0) / calls * 1000
        out[str(length)] = {"torch_ms": round(ms["torch"], 2), "onnx_ms": round(ms["onnx"], 2),
                            "speedup": round(ms["torch"] / ms["onnx"], 2)}
    return out


def shipped_parity(text: str, tokenizer, run, config) -> dict:
    """Torch vs the shipped ONNX graph on the first window: the same model, up to int8 rounding.

    int8 moves logits by a few tenths; a different checkpoint would decorrelate them.
    """
    import numpy as np

    from slant.analyze.techniques import predict_texts
    from slant.nlp.onnx_model import MODELS_DIR, OnnxModel

    onnx = OnnxModel(MODELS_DIR / "techniques", threads=1)
    windows = []

    def first(ids, mask):
        outputs = run(ids, mask)
        windows.append((ids, mask, *outputs))
        return outputs

    predict_texts([text], tokenizer, first, config)
    ids, mask, s_torch, t_torch = windows[0]
    s_onnx, t_onnx = onnx.session.run(["span_logits", "technique_logits"], {"input_ids": ids, "attention_mask": mask})
    return {
        "max_abs_logit_diff": round(float(max(abs(s_torch - s_onnx).max(), abs(t_torch - t_onnx).max())), 4),
        "span_logit_correlation": round(float(np.corrcoef(s_torch.ravel(), s_onnx.ravel())[0, 1]), 4),
        "technique_argmax_agreement": round(float((t_torch.argmax(-1) == t_onnx.argmax(-1)).mean()), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .txt articles")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=2, help="passes over the articles per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved measurements per variant")
    parser.add_argument("--checkpoint", type=Path,
                        help="torch state dict of the shipped model (training/techniques.py writes OUT/best.pt); "
                             "default: the shipped ONNX graph's weights, dequantized")
    parser.add_argument("--by-length", action="store_true",
                        help="also time one window of each length (16..256 tokens), torch vs ONNX")
    parser.add_argument("--variant", choices=["onnx", "torch", "raw", "lengths"], help="(internal) run one variant")
    args = parser.parse_args()
    texts = load_texts(args.data, args.articles)
    if args.variant == "lengths":
        print(json.dumps(by_window_length(args.threads, args.checkpoint)))
        return
    if args.variant:
        print(json.dumps(run_variant(args.variant, texts, args.threads, args.repeats, args.checkpoint)))
        return
    checkpoint_args = ["--checkpoint", str(args.checkpoint)] if args.checkpoint else []
    runs: dict[str, list[dict]] = {"onnx": [], "torch": [], "raw": []}
    for _ in range(args.rounds):
        for variant in runs:
            runs[variant].append(run_child(["--variant", variant, "--data", str(args.data),
                                            "--articles", str(args.articles), "--threads", str(args.threads),
                                            "--repeats", str(args.repeats), *checkpoint_args]))
    results: dict = {}
    for variant, rows in runs.items():
        good = [r for r in rows if "error" not in r]
        if not good:
            results[variant] = rows[-1]
            continue
        rate = "tokens_per_s" if variant == "raw" else "sentences_per_s"
        median = statistics.median(r[rate] for r in good)
        results[variant] = {**good[0], "seconds": statistics.median(r["seconds"] for r in good), rate: median,
                            f"{rate}_rounds": [r[rate] for r in good],
                            "peak_rss_mb": max(r["peak_rss_mb"] for r in good)}
    pairs = [(o["sentences_per_s"], t["sentences_per_s"]) for o, t in zip(runs["onnx"], runs["torch"])
             if "sentences_per_s" in o and "sentences_per_s" in t]
    if pairs:
        ratios = [round(o / t, 2) for o, t in pairs]
        results["onnx_speedup_vs_torch_rounds"] = ratios
        results["onnx_speedup_vs_torch"] = round(statistics.median(ratios), 2)
    if args.by_length:
        results["by_window_length"] = run_child(["--variant", "lengths", "--threads", str(args.threads),
                                                 *checkpoint_args])
    results["torch_weights"] = torch_weights(args.checkpoint)
    results["threads"] = args.threads
    results["articles"] = args.articles
    results["rounds"] = args.rounds
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
