"""Pipeline throughput against the encoder's limit, worker scaling, memory, Ray.

All figures come from one run, side by side, on one synthetic corpus (HTML news
articles of ~1,000 words with 50 WordPress comments each, slant.sources.synthetic):

  a. encoder_tokens_per_s: bare ONNX forward passes (slant.nlp.onnx_model) over
     the corpus's sentences and comments, sorted by length, in groups of 32 that
     OnnxModel.run runs row by row, each row alone and unpadded, exactly as the
     pipeline's analyzers run them (the determinism fix: a padded batch's int8
     activations depend on its neighbours); only OnnxModel.run is timed; tokens
     are real (unpadded) tokens.
  b. pipeline: extraction plus the analyzers (default: the default set) with
     the local engine, 1 worker: documents/s and tokens/s, where tokens are
     the corpus's body and comment text in the same tokenizer.
  c. ratio = b / a (both on one onnxruntime thread per worker: per-core figures).
  d. workers_speedup: documents/s with 2 workers over 1 worker (1 thread each);
     on a machine whose cores are busy with other work, wall time cannot show
     scaling, so cpu_efficiency_2_workers (CPU seconds for the corpus with 1
     worker / with 2 workers, driver and workers counted) tells the overhead the
     second worker adds; 2 x that is the speedup idle cores would give.
  e. peak_rss_mb: the largest peak resident memory (VmHWM) of any worker.
  f. ray: the Ray engine with 2 actors on the same corpus, if Ray is installed:
     total wall time (actors start inside each run) against the local engine's
     wall time including its start-up, and the busiest actor's time in pipeline
     stages against the busiest pool worker's (the work itself, without Ray's
     start-up and scheduling).
  plus stage_seconds: Pipeline.timings per stage, so the slowest stage shows.

Steady-state rates exclude worker start-up (models loading), which is reported
separately; Ray is compared with the local engine on total wall time including
start-up, since Ray starts its actors inside each run.

    python benchmarks/pipeline.py --quick           # < 1 minute, prints JSON
    python benchmarks/pipeline.py --docs 40 --ray   # the full measurement
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from slant.config import RunConfig  # noqa: E402
from slant.document import Page  # noqa: E402
from slant.nlp.onnx_model import MODELS_DIR, OnnxModel  # noqa: E402
from slant.run.pipeline import Pipeline  # noqa: E402
from slant.run.pool import LocalEngine, available_cores, peak_rss_mb  # noqa: E402
from slant.sources import iter_pages  # noqa: E402
from slant.sources.synthetic import news_page, write_corpus  # noqa: E402


def pick_models(explicit: str | None) -> list[Path]:
    """The encoders to measure: --model, else every shipped model present (the first sets the ratio)."""
    if explicit:
        return [Path(explicit)]
    found = [MODELS_DIR / n for n in ("techniques", "toxicity") if (MODELS_DIR / n / "model.onnx").exists()]
    if not found:
        raise SystemExit("no shipped ONNX model found; pass --model DIR (a folder with model.onnx and tokenizer.json)")
    return found


def model_fingerprints() -> dict[str, str]:
    """Content hashes of the shipped models, to tell if one changed during the run."""
    import hashlib

    return {
        path.parent.name: hashlib.sha256(path.read_bytes() + (path.parent / "config.json").read_bytes()).hexdigest()[:12]
        for path in sorted(MODELS_DIR.glob("*/model.onnx"))
        if (path.parent / "config.json").exists()
    }


def sentences_of(docs: list) -> list[str]:
    """Body sentences (the techniques splitter) and whole comments: what the encoders read."""
    from slant.analyze.techniques import sentence_bounds

    out: list[str] = []
    for doc in docs:
        if doc.ok:
            out.extend(doc.text[a:b] for a, b in sentence_bounds(doc.text))
            out.extend(c.text for c in doc.comments if c.text.strip())
    return out


def count_tokens(model: OnnxModel, docs: list) -> int:
    texts = [t for d in docs if d.ok for t in [d.text, *(c.text for c in d.comments)] if t]
    return sum(len(e.ids) for e in model.tokenizer.encode_batch(texts, add_special_tokens=False))


def encoder_throughput(model: OnnxModel, sentences: list[str], batch: int = 32, min_seconds: float = 3.0) -> dict[str, Any]:
    ordered = sorted(sentences, key=len)  # little padding: the encoder's best case
    step = max(1, len(ordered) // 4096)
    ordered = ordered[::step]
    batches = [model.tokenize(ordered[i : i + batch]) for i in range(0, len(ordered), batch)]
    model.run(batches[0])  # warm-up
    tokens, seconds, passes = 0, 0.0, 0
    while seconds < min_seconds:
        for b in batches:
            started = time.perf_counter()
            model.run(b)
            seconds += time.perf_counter() - started
            tokens += int(b.attention_mask.sum())
            passes += 1
    return {"tokens_per_s": tokens / seconds, "tokens": tokens, "seconds": seconds, "forward_passes": passes,
            "sentences": len(ordered), "batch": batch, "model": str(model.path), "max_length": model.max_length,
            "inference": ROW_BY_ROW}


#: How both sides of the ratio run the encoder, stated in the JSON so that the ratio is read right.
ROW_BY_ROW = ("each row alone and unpadded (OnnxModel.run -> run_arrays), as the pipeline's analyzers run it; "
              "`batch` only groups rows per call, `forward_passes` counts those calls")


def timed(stream) -> tuple[list, float, float | None]:
    """Consume a document stream: (docs, total seconds, steady docs/s after the first result)."""
    started = time.perf_counter()
    docs, stamps = [], []
    for doc in stream:
        docs.append(doc)
        stamps.append(time.perf_counter())
    total = time.perf_counter() - started
    if not stamps:
        return docs, total, None
    first = sum(1 for t in stamps if t - stamps[0] < 0.005)  # the first batch arrives together
    span = stamps[-1] - stamps[0]
    return docs, total, ((len(docs) - first) / span if span > 0 and len(docs) > first else None)


def warm_up_page() -> Page:
    """A page outside the corpus that each worker processes before timing starts."""
    return Page(source="warm-up", content=news_page(10**6, 300, 10), kind="html")


#: set from --no-toxicity-spans
NO_SPANS = False


def _config(analyzers: list[str] | None, workers: int, batch_size: int, engine: str = "local") -> RunConfig:
    """One onnxruntime thread per worker, in-process too, so 1 and 2 workers compare like for like."""
    names = tuple(analyzers) if analyzers is not None else None
    options = {"toxicity.v1": {"spans": False}} if NO_SPANS else {}
    return RunConfig(analyzers=names, workers=workers, batch_size=batch_size, threads=1, engine=engine,
                     analyzer_options=options)


def run_local(paths: list[str], analyzers: list[str] | None, workers: int, batch_size: int) -> dict[str, Any]:
    pipeline = Pipeline(_config(analyzers, workers, batch_size))
    engine = LocalEngine(pipeline, warm_up=[warm_up_page()])
    started = time.perf_counter()
    engine.start()  # workers up, models loaded, first-call costs paid
    startup = time.perf_counter() - started
    cpu_before = time.process_time()
    docs, seconds, steady = timed(engine.run(iter_pages(paths, pipeline.config.limits)))
    cpu = time.process_time() - cpu_before + engine.worker_cpu_s  # the driver's and the workers' batches
    return {"docs": docs, "seconds": seconds, "cpu_s": cpu, "steady_docs_per_s": steady, "startup_s": startup,
            "timings": dict(pipeline.timings), "worker_peak_rss_mb": dict(engine.worker_peak_rss_mb),
            "busy_s": max(engine.worker_busy_s.values(), default=sum(pipeline.timings.values())),
            "analyzers": pipeline.analyzer_names}


def run_ray(paths: list[str], analyzers: list[str] | None, workers: int, batch_size: int) -> dict[str, Any]:
    from slant.run.ray_engine import ensure_ray
    from slant.run.ray_engine import run_ray as ray_run

    started = time.perf_counter()
    ensure_ray(None, workers)
    init = time.perf_counter() - started
    pipeline = Pipeline(_config(analyzers, workers, batch_size, engine="ray"))
    stats: dict[str, Any] = {}
    docs, seconds, steady = timed(ray_run(paths, pipeline, stats=stats, warm_up=[warm_up_page()]))
    return {"docs": docs, "seconds": seconds, "steady_docs_per_s": steady, "ray_init_s": init,
            "timings": dict(pipeline.timings), "worker_peak_rss_mb": stats.get("worker_peak_rss_mb", {}),
            "busy_s": max(stats.get("worker_busy_s", {}).values(), default=0.0)}


def first_difference(a: list, b: list) -> str | None:
    """Where two runs' records first differ (None when identical): engines must agree."""
    if len(a) != len(b):
        return f"{len(a)} vs {len(b)} records"
    for x, y in zip(a, b):
        x, y = x.to_dict(), y.to_dict()
        for key in x:
            if x[key] != y.get(key):
                return f"{x['source']}: {key}: {str(x[key])[:200]} != {str(y.get(key))[:200]}"
    return None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def stage_report(timings: dict[str, float]) -> dict[str, Any]:
    total = sum(timings.values()) or 1.0
    stages = {k: round(v, 3) for k, v in sorted(timings.items(), key=lambda kv: -kv[1])}
    slowest = max(timings, key=timings.get) if timings else None
    return {"seconds": stages, "share": {k: round(v / total, 3) for k, v in stages.items()}, "slowest": slowest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus: finishes within a minute")
    parser.add_argument("--docs", type=int, default=24, help="articles in the corpus")
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--comments", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--analyzers", default=None, help="comma-separated (default: the default analyzers)")
    parser.add_argument("--model", default=None, help="encoder folder for the raw figure (default: a shipped model)")
    parser.add_argument("--ray", action="store_true", help="also measure --engine ray (needs the ray extra)")
    parser.add_argument("--no-toxicity-spans", action="store_true",
                        help="run toxicity without its evidence spans (one more model pass per flagged comment)")
    parser.add_argument("--output", "-o", default=None, help="also write the JSON here")
    args = parser.parse_args()
    global NO_SPANS
    NO_SPANS = args.no_toxicity_spans
    if args.quick:
        args.docs, args.batch_size = 4, 1
    analyzers = None if args.analyzers is None else [a for a in args.analyzers.split(",") if a]

    models_before = model_fingerprints()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="slant-bench-") as tmp:
        paths = [str(p) for p in write_corpus(Path(tmp) / "corpus", args.docs, args.words, args.comments)]
        one = run_local(paths, analyzers, 1, args.batch_size)
        two = run_local(paths, analyzers, 2, args.batch_size)
        sentences = sentences_of(one["docs"])
        models = [OnnxModel(path, threads=1) for path in pick_models(args.model)]
        encoders = [encoder_throughput(m, sentences, min_seconds=2.0 if args.quick else 5.0) for m in models]
        encoder, model = encoders[0], models[0]
        tokens = count_tokens(model, one["docs"])
        ray_result = run_ray(paths, analyzers, 2, args.batch_size) if args.ray else None

    ok = sum(d.ok for d in one["docs"])
    difference = first_difference(one["docs"], two["docs"])
    pipeline_tps = tokens / one["seconds"]
    rss = [*one["worker_peak_rss_mb"].values(), *two["worker_peak_rss_mb"].values()]
    result: dict[str, Any] = {
        "encoder_tokens_per_s": round(encoder["tokens_per_s"], 1),
        "pipeline_tokens_per_s": round(pipeline_tps, 1),
        "ratio": round(pipeline_tps / encoder["tokens_per_s"], 3),
        "workers_speedup": round(one["seconds"] / two["seconds"], 3),
        "peak_rss_mb": round(max(rss), 1),
        "cpu_efficiency_2_workers": round(one["cpu_s"] / two["cpu_s"], 3),
        "pipeline_docs_per_s": round(len(one["docs"]) / one["seconds"], 3),
        "pipeline_docs_per_s_2_workers": round(len(two["docs"]) / two["seconds"], 3),
        "corpus": {"docs": len(paths), "extracted_ok": ok, "words_per_article": args.words,
                   "comments_per_article": args.comments, "tokens": tokens},
        "analyzers": one["analyzers"],
        "encoder": encoder,
        "other_encoders": encoders[1:],
        "local_1_worker": {"seconds": round(one["seconds"], 3), "cpu_s": round(one["cpu_s"], 3), "steady_docs_per_s": _round(one["steady_docs_per_s"]), "startup_s": round(one["startup_s"], 3),
                           "peak_rss_mb": {str(k): round(v, 1) for k, v in one["worker_peak_rss_mb"].items()}},
        "local_2_workers": {"seconds": round(two["seconds"], 3), "cpu_s": round(two["cpu_s"], 3), "steady_docs_per_s": _round(two["steady_docs_per_s"]), "startup_s": round(two["startup_s"], 3),
                            "peak_rss_mb": {str(k): round(v, 1) for k, v in two["worker_peak_rss_mb"].items()},
                            "same_results_as_1_worker": difference is None, "difference": difference},
        "toxicity_spans": not NO_SPANS,
        "stages_1_worker": stage_report(one["timings"]),
        "stages_2_workers": stage_report(two["timings"]),
        "goals": {"ratio>=0.6": None, "ratio>=0.7": None, "workers_speedup>=1.8": None, "peak_rss_mb<1500": None,
                  "ray_within_20%": None},
        "machine": {"cores": available_cores(), "load_avg_1m_before": round(load_before, 2),
                    "load_avg_1m": round(os.getloadavg()[0], 2),
                    "python": platform.python_version(), "driver_peak_rss_mb": round(peak_rss_mb(), 1)},
        "models": models_before,
        "models_changed_during_run": model_fingerprints() != models_before,
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
    }
    if ray_result is not None:
        local_total = two["seconds"] + two["startup_s"]
        result["ray"] = {
            "seconds_incl_actor_start": round(ray_result["seconds"], 3),
            "ray_init_s": round(ray_result["ray_init_s"], 3),
            "local_2_workers_seconds_incl_start": round(local_total, 3),
            "slowdown_vs_local": round(ray_result["seconds"] / local_total, 3),
            "busiest_actor_s": round(ray_result["busy_s"], 3),
            "local_2_workers_busiest_worker_s": round(two["busy_s"], 3),
            "processing_slowdown_vs_local": round(ray_result["busy_s"] / two["busy_s"], 3) if two["busy_s"] else None,
            "same_results_as_local": first_difference(one["docs"], ray_result["docs"]) is None,
            "difference": first_difference(one["docs"], ray_result["docs"]),
            "peak_rss_mb": {str(k): round(v, 1) for k, v in ray_result["worker_peak_rss_mb"].items()},
            "stages": stage_report(ray_result["timings"]),
        }
        result["goals"]["ray_within_20%"] = result["ray"]["slowdown_vs_local"] <= 1.2
    result["goals"]["ratio>=0.6"] = result["ratio"] >= 0.6
    result["goals"]["ratio>=0.7"] = result["ratio"] >= 0.7
    result["goals"]["workers_speedup>=1.8"] = result["workers_speedup"] >= 1.8
    result["goals"]["peak_rss_mb<1500"] = result["peak_rss_mb"] < 1500
    text = json.dumps(result, indent=2)
    print(text)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
