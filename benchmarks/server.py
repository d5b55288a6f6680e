"""Load-test `slant serve`: concurrent clients posting ~1,000-word articles to /api/analyze.

Starts the server as a child process on a free loopback port (with a temporary
SQLite corpus, so results are stored as in real use), waits for its models to
load, then runs N client threads for --duration seconds. Prints JSON: latency
percentiles of successful requests, status counts (503 = deliberate refusal by
the bounded queue, 504 = deliberate time limit, anything else = error),
throughput, and the peak RSS of the server process. Loopback only.

With --compare-cli, the same run also times `slant analyze` (its default workers, with
--db) over the same articles, written as .txt files: twice, on N and on 2N files, so
that start-up cancels out and docs/s = N / (t(2N) - t(N)); it prints
server_vs_cli = server docs/s / analyze docs/s (the goal is >= 0.9). The server's
articles are the same set, cycled by the clients.

    python benchmarks/server.py --duration 60 --clients 8 --compare-cli [--analyzers a,b] [--out result.json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import psutil

SUBJECTS = ["The city council", "Regional officials", "The harbour authority", "A group of residents",
            "The transport ministry", "Local farmers", "The opposition party", "Emergency services",
            "The national weather office", "Union representatives", "The mayor's office", "Teachers at the school"]
VERBS = ["announced", "rejected", "questioned", "defended", "postponed", "approved", "criticised", "welcomed"]
OBJECTS = ["the new budget for road repairs", "a plan to expand the ferry terminal", "the proposed flood wall",
           "changes to the bus timetable", "the closure of two rural clinics", "a review of water prices",
           "the decision to sell the old market hall", "an inquiry into the delayed bridge"]
TAILS = ["on Tuesday after a long debate", "despite warnings from independent experts",
         "according to documents seen by reporters", "in a statement issued late on Friday",
         "after months of negotiations", "while critics called the move reckless",
         "saying that 1,200 households would be affected", "although the figures have not been verified"]
QUOTES = ["\"This is a disgrace and everyone knows it,\" one speaker said.",
          "\"We have no choice but to act now,\" a spokesperson told the meeting.",
          "\"The numbers simply do not add up,\" said an analyst who asked not to be named.",
          "\"Nobody asked the people who actually live here,\" a resident complained."]


def article(rng: random.Random, words: int = 1000) -> str:
    """A synthetic English news article of about `words` words (never copied text)."""
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
            sentences.append(s)
        if rng.random() < 0.5:
            sentences.append(rng.choice(QUOTES))
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        paragraphs.append(paragraph)
    title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    return title + "\n\n" + "\n\n".join(paragraphs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 300) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with status {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/health")
            response = conn.getresponse()
            if response.status == 200:
                return json.loads(response.read())
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit("server did not become ready")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--analyzers", default=None, help="comma-separated (default: the server's defaults)")
    parser.add_argument("--workers", type=int, default=0, help="server --workers (0: its default, one per core)")
    parser.add_argument("--queue", type=int, default=8, help="server --queue")
    parser.add_argument("--timeout", type=float, default=30.0, help="server --timeout")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument("--articles", type=int, default=48, help="distinct articles (the set both sides analyze)")
    parser.add_argument("--compare-cli", action="store_true", help="also time `slant analyze` on the same articles")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    rng = random.Random(args.seed)
    articles = [article(rng, args.words) for _ in range(args.articles)]
    result = serve_load(args, articles)
    if args.compare_cli:
        cli = analyze_rate(articles, args.analyzers)
        result["slant_analyze"] = cli
        result["server_vs_cli"] = round(result["throughput"]["docs_per_s"] / cli["docs_per_s"], 3) if cli["docs_per_s"] else None
        # CPU per document, server (its process and its workers) over `slant analyze`: <= 1.1 means the
        # server spends no more than the CLI per document, whatever else the machine is running
        result["server_cpu_vs_cli"] = round(result["cpu_per_doc_s"] / cli["cpu_per_doc_s"], 3) if cli["cpu_per_doc_s"] > 0 else None
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


def analyze_rate(articles: list[str], analyzers: str | None) -> dict:
    """Steady-state docs/s of `slant analyze` (default workers, with --db) on `articles`:
    N files then 2N files (the set twice, under other names), start-up cancelled."""
    timings, cpu = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (1, 2):
            folder = Path(tmp) / f"x{copies}"
            folder.mkdir()
            for c in range(copies):
                for i, text in enumerate(articles):
                    # a distinct header line per copy: distinct documents, the same analysis work
                    (folder / f"a{c}-{i:04d}.txt").write_text(f"Copy {c}\n\n{text}", encoding="utf-8")
            cmd = [sys.executable, "-c", "from slant.cli import main; main()", "analyze", str(folder),
                   "-o", str(Path(tmp) / f"x{copies}.jsonl"), "--db", str(Path(tmp) / f"x{copies}.sqlite"), "-q"]
            if analyzers is not None:
                cmd += ["--analyzers", analyzers]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            timings[copies] = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[copies] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    steady = timings[2] - timings[1]
    return {"documents": [len(articles), 2 * len(articles)], "wall_s": [round(timings[1], 2), round(timings[2], 2)],
            "docs_per_s": round(len(articles) / steady, 3) if steady > 0 else None, "workers": "default (one per core)",
            # CPU per document (start-up cancelled the same way): robust to other load on the machine
            "cpu_per_doc_s": round((cpu[2] - cpu[1]) / len(articles), 4)}


def serve_load(args: argparse.Namespace, articles: list[str]) -> dict:
    """N clients posting `articles` (cycled) to a fresh `slant serve` for --duration seconds."""
    port = free_port()
    tmp = tempfile.TemporaryDirectory()
    db = Path(tmp.name) / "bench.sqlite"
    cmd = [sys.executable, "-c", "from slant.cli import main; main()", "serve", "--host", "127.0.0.1",
           "--port", str(port), "--db", str(db), "--workers", str(args.workers), "--queue", str(args.queue),
           "--timeout", str(args.timeout)]
    if args.analyzers is not None:
        cmd += ["--analyzers", args.analyzers]
    env = {k: v for k, v in os.environ.items() if k != "SLANT_TOKEN"}
    started = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        health = wait_ready(port, proc)
        startup_s = time.time() - started
        server = psutil.Process(proc.pid)
        peak_rss = 0
        stop = threading.Event()

        def sample_rss() -> None:
            nonlocal peak_rss
            while not stop.is_set():
                try:
                    rss = server.memory_info().rss + sum(c.memory_info().rss for c in server.children(recursive=True))
                    peak_rss = max(peak_rss, rss)
                except psutil.Error:
                    pass
                time.sleep(0.1)

        latencies: list[float] = []
        statuses: Counter[str] = Counter()
        lock = threading.Lock()
        words_sent = [0]
        end = time.time() + args.duration

        def client(index: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=args.timeout + 30)
            turn = index
            while time.time() < end:
                text = articles[turn % len(articles)]
                turn += args.clients
                body = json.dumps({"text": text})
                t0 = time.perf_counter()
                try:
                    conn.request("POST", "/api/analyze", body=body, headers={"Content-Type": "application/json"})
                    response = conn.getresponse()
                    response.read()
                    status = str(response.status)
                except (OSError, http.client.HTTPException) as exc:
                    status = f"exception:{type(exc).__name__}"
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=args.timeout + 30)
                elapsed = time.perf_counter() - t0
                with lock:
                    statuses[status] += 1
                    if status == "200":
                        latencies.append(elapsed)
                        words_sent[0] += len(text.split())
                if status in ("503", "429"):
                    time.sleep(0.2)  # honour the refusal briefly, as a polite client would
            conn.close()

        def cpu_seconds() -> tuple[float, float]:
            """CPU seconds so far of the server process itself and of its worker processes."""
            own = server.cpu_times()
            kids = 0.0
            for child in server.children(recursive=True):
                try:
                    t = child.cpu_times()
                    kids += t.user + t.system
                except psutil.Error:
                    pass
            return own.user + own.system, kids

        sampler = threading.Thread(target=sample_rss, daemon=True)
        sampler.start()
        cpu_before = cpu_seconds()
        t_start = time.time()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.time() - t_start
        cpu_after = cpu_seconds()
        stop.set()
        sampler.join()
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        tmp.cleanup()

    ok = len(latencies)
    deliberate = {k: v for k, v in statuses.items() if k in ("429", "503", "504")}
    errors = {k: v for k, v in statuses.items() if k not in ("200", "429", "503", "504")}
    lat = sorted(latencies)

    def pct(p: float) -> float | None:
        if not lat:
            return None
        return round(lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))], 4)

    return {
        "benchmark": "server",
        "clients": args.clients,
        "duration_s": round(wall, 2),
        "words_per_article": args.words,
        "server": {"workers": args.workers, "queue": args.queue, "timeout_s": args.timeout,
                   "analyzers": health.get("analyzers"), "startup_s": round(startup_s, 2)},
        "requests": sum(statuses.values()),
        "ok": ok,
        "status_counts": dict(statuses),
        "deliberate_refusals": deliberate,
        "errors": errors,
        "latency_s": {"p50": pct(50), "p90": pct(90), "p99": pct(99), "max": round(lat[-1], 4) if lat else None,
                      "mean": round(statistics.fmean(lat), 4) if lat else None},
        "throughput": {"docs_per_s": round(ok / wall, 3), "words_per_s": round(words_sent[0] / wall, 1)},
        "peak_rss_mb": round(peak_rss / 2**20, 1),
        "cpu_s": {"server_process": round(cpu_after[0] - cpu_before[0], 2),
                  "worker_processes": round(cpu_after[1] - cpu_before[1], 2)},
        "cpu_per_doc_s": round((cpu_after[0] - cpu_before[0] + cpu_after[1] - cpu_before[1]) / max(1, ok), 4),
        "cpu_count": os.cpu_count(),
        "health_at_start": {"queue": health.get("queue")},
    }


if __name__ == "__main__":
    main()
