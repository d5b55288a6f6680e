"""`--engine ray` against the local pool: wall time, start-up, steady state, same results.

Each engine runs `slant.run.batch.run_batch` (the driver `slant analyze` uses, JSONL
output) in a fresh child process on the same synthetic corpus (slant.sources.synthetic)
with the same number of workers, so both pay their whole start-up: Python imports,
Ray's own start (`ray.init`) for Ray, workers loading the models. Rounds alternate the
engines (local, ray, local, ray, ...) so a load change on shared cores hits both.

Per run: `wall_s` (the child's whole life), `startup_s` (child start to the first
result), `steady_docs_per_s` (results after the first batch, per second from the first
to the last result; Ray hands results over a block at a time, so its figure is high),
`busiest_worker_s` (the busiest worker's time in pipeline stages: the work itself,
models' first use included) and `overhead_s` (wall time minus that: process start,
imports, `ray.init`, scheduling, the driver's tail), and for the comparison the median
of each over the rounds.
`identical` says whether the two engines wrote the same records (field by field, in
the same order); `machine.load_avg_1m` before and after tells how busy the cores were.

    python benchmarks/ray_vs_local.py --docs 200 --rounds 2
    python benchmarks/ray_vs_local.py --docs 200 --parquet-dir   # Ray writes partitioned Parquet

`--cost` measures instead what one document costs, the base of the README's 1M and
100M page figures: CPU seconds per document in one process on one onnxruntime thread
(`time.process_time`, which other jobs on shared cores inflate far less than wall
time), and the bytes per document of its results as JSONL, as a Parquet part and in
the SQLite store.

    python benchmarks/ray_vs_local.py --cost --docs 24 --words 800 --comments 20
    python benchmarks/ray_vs_local.py --cost --docs 60 --pages ../shared/data/extraction-benchmark/html
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: Results arriving within this many seconds of the first one belong to the first batch.
FIRST_BATCH_S = 0.005


def child(args: argparse.Namespace) -> None:
    """Run one engine over the corpus and print its timings (JSON) as the last line."""
    born = float(args.born)
    from slant.config import RunConfig
    from slant.run.batch import run_batch
    from slant.run.pipeline import Pipeline

    analyzers = None if args.analyzers is None else tuple(a for a in args.analyzers.split(",") if a)
    config = RunConfig(analyzers=analyzers, engine=args.engine, workers=args.workers, batch_size=args.batch_size)
    stamps: list[float] = []
    ray_init_s = None
    if args.engine == "ray":  # Ray's own start, timed apart (run_ray finds it started)
        from slant.run.ray_engine import ensure_ray

        ray_init_s = time.time()
        ensure_ray(None, args.workers)
        ray_init_s = time.time() - ray_init_s
    output = Path(args.out)
    parquet_dir = Path(args.parquet_dir) if args.parquet_dir else None
    kwargs: dict[str, Any] = {"parquet_dir": parquet_dir} if parquet_dir is not None else {}
    result = run_batch([args.corpus], Pipeline(config), output, None,
                       on_outcome=lambda *_: stamps.append(time.time()), **kwargs)
    ended = time.time()
    busiest = max(result.stats.get("worker_busy_s", {}).values(), default=0.0)
    first = sum(1 for t in stamps if t - stamps[0] < FIRST_BATCH_S) if stamps else 0
    span = stamps[-1] - stamps[0] if stamps else 0.0
    print(json.dumps({
        "engine": args.engine, "wall_s": ended - born, "startup_s": (stamps[0] - born) if stamps else None,
        "ray_init_s": ray_init_s,
        "steady_docs_per_s": (len(stamps) - first) / span if span > 0 else None,
        "busiest_worker_s": busiest, "overhead_s": ended - born - busiest,
        "results": result.summary.results, "errors": result.summary.errors,
        "worker_peak_rss_mb": {str(k): round(v, 1) for k, v in result.stats.get("worker_peak_rss_mb", {}).items()},
        "worker_busy_s": {str(k): round(v, 2) for k, v in result.stats.get("worker_busy_s", {}).items()},
    }))


def run_child(engine: str, corpus: Path, out: Path, args: argparse.Namespace, parquet_dir: Path | None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", engine, "--corpus", str(corpus), "--out", str(out),
               "--workers", str(args.workers), "--batch-size", str(args.batch_size), "--born", repr(time.time())]
    if args.analyzers is not None:
        command += ["--analyzers", args.analyzers]
    if parquet_dir is not None:
        command += ["--child-parquet-dir", str(parquet_dir)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{engine} run failed:\n{done.stderr[-4000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def leaf_difference(a: Any, b: Any, path: str) -> str | None:
    """The path of the first leaf where two JSON values differ, with both values."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            found = leaf_difference(a.get(key), b.get(key), f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            found = leaf_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {str(a)[:200]} != {str(b)[:200]}"


def first_difference(a: Path, b: Path) -> str | None:
    """Where two JSONL result files first differ, field by field (None: identical)."""
    left = [json.loads(line) for line in a.read_text(encoding="utf-8").splitlines()]
    right = [json.loads(line) for line in b.read_text(encoding="utf-8").splitlines()]
    if len(left) != len(right):
        return f"{len(left)} vs {len(right)} records"
    for x, y in zip(left, right):
        found = leaf_difference(x, y, str(x.get("source")))
        if found:
            return found
    return None


def median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return round(statistics.median(values), 3) if values else None


def cost(args: argparse.Namespace) -> dict[str, Any]:
    """CPU seconds and result bytes per document, one process, one thread, after a warm-up page."""
    from slant.config import RunConfig
    from slant.document import Page
    from slant.run.pipeline import Pipeline, batched
    from slant.run.summary import RunSummary
    from slant.sources import iter_pages
    from slant.sources.synthetic import news_page, write_corpus
    from slant.store.outputs import write_part
    from slant.store.sqlite import CorpusStore

    analyzers = None if args.analyzers is None else tuple(a for a in args.analyzers.split(",") if a)
    pipeline = Pipeline(RunConfig(analyzers=analyzers, threads=1)).load()
    pipeline.process_batch([Page(source="warm-up", content=news_page(10**6, args.words, args.comments), kind="html")])
    with tempfile.TemporaryDirectory(prefix="slant-cost-") as tmp:
        if args.pages:  # real pages: the first --docs files of the folder, in name order
            paths = sorted(str(p) for p in Path(args.pages).iterdir() if p.is_file())[: args.docs]
        else:
            paths = [str(p) for p in write_corpus(Path(tmp) / "corpus", args.docs, args.words, args.comments)]
        pages = list(iter_pages(paths, pipeline.config.limits))
        cpu, wall = time.process_time(), time.perf_counter()
        docs = [doc for batch in batched(pages, args.batch_size) for doc in pipeline.process_batch(batch)]
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        driver = time.perf_counter()  # what the driver does per document it receives from a worker
        records = []
        for doc in docs:
            received = pickle.loads(pickle.dumps(doc))
            RunSummary().add(received)
            records.append(received.to_dict())
            json.dumps(records[-1], ensure_ascii=False)
        driver = time.perf_counter() - driver
        import pyarrow.parquet  # noqa: F401  (imported before timing: a worker imports it once)

        parquet_s = time.perf_counter()
        part = write_part(Path(tmp) / "parts", records)
        parquet_s = time.perf_counter() - parquet_s
        with CorpusStore(Path(tmp) / "store.sqlite") as store:
            store_s = time.perf_counter()
            store.upsert_many(docs)
            store_s = time.perf_counter() - store_s
            store_bytes = store.size_bytes()
        page_bytes = sum(Path(p).stat().st_size for p in paths)
        jsonl_bytes = sum(len(json.dumps(r, ensure_ascii=False).encode()) + 1 for r in records)
        n = len(docs)
        return {
            "cpu_s_per_doc": round(cpu / n, 4), "wall_s_per_doc": round(wall / n, 4),
            "errors": sum(1 for d in docs if not d.ok),
            "driver_s_per_doc": {"receive_account_jsonl": round(driver / n, 5), "sqlite_upsert": round(store_s / n, 5),
                                 "parquet_part": round(parquet_s / n, 5)},
            "bytes_per_doc": {"input_html": page_bytes // n, "text": sum(len(d.text) for d in docs) // n,
                              "jsonl": jsonl_bytes // n, "parquet_part": (part.stat().st_size if part else 0) // n,
                              "sqlite_store": store_bytes // n},
            "corpus": {"docs": n, "pages": args.pages, "comments_per_doc": round(sum(len(d.comments) for d in docs) / n, 1),
                       **({} if args.pages else {"words": args.words, "comments": args.comments})},
            "analyzers": pipeline.analyzer_names,
            "machine": {"cores": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)},
            "command": " ".join([Path(sys.executable).name, *sys.argv]),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--comments", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--analyzers", default=None, help="comma-separated (default: the default analyzers)")
    parser.add_argument("--parquet-dir", action="store_true", help="Ray also writes partitioned Parquet (workers write)")
    parser.add_argument("--cost", action="store_true", help="measure CPU seconds and result bytes per document instead")
    parser.add_argument("--pages", default=None, help="with --cost: a folder of real pages instead of synthetic ones")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--born", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-parquet-dir", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.engine = args.child
        args.parquet_dir = args.child_parquet_dir
        child(args)
        return
    if args.cost:
        print(json.dumps(cost(args), indent=2))
        return
    from slant.sources.synthetic import write_corpus

    load_before = os.getloadavg()[0]
    runs: dict[str, list[dict[str, Any]]] = {"local": [], "ray": []}
    difference: str | None = None
    with tempfile.TemporaryDirectory(prefix="slant-ray-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.docs, args.words, args.comments)
        for round_ in range(args.rounds):
            for engine in ("local", "ray"):
                out = Path(tmp) / f"{engine}-{round_}.jsonl"
                parquet = Path(tmp) / f"parts-{round_}" if engine == "ray" and args.parquet_dir else None
                runs[engine].append(run_child(engine, corpus, out, args, parquet))
            difference = difference or first_difference(Path(tmp) / f"local-{round_}.jsonl", Path(tmp) / f"ray-{round_}.jsonl")
    summary = {engine: {key: median(rs, key) for key in ("wall_s", "startup_s", "ray_init_s", "busiest_worker_s", "overhead_s", "steady_docs_per_s")}
               for engine, rs in runs.items()}
    local_wall, ray_wall = summary["local"]["wall_s"], summary["ray"]["wall_s"]
    print(json.dumps({
        "ray_over_local_wall": round(ray_wall / local_wall, 3) if local_wall and ray_wall else None,
        "within_1.3x": bool(local_wall and ray_wall and ray_wall <= 1.3 * local_wall),
        "identical": difference is None, "difference": difference,
        "median": summary, "runs": runs,
        "corpus": {"docs": args.docs, "words": args.words, "comments": args.comments},
        "workers": args.workers, "batch_size": args.batch_size, "parquet_dir": args.parquet_dir,
        "machine": {"cores": os.cpu_count(), "load_avg_1m_before": round(load_before, 2),
                    "load_avg_1m_after": round(os.getloadavg()[0], 2)},
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
    }, indent=2))


if __name__ == "__main__":
    main()
