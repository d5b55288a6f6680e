"""Scale benchmark: store inserts, bytes per document, search latency, event grouping
and compare, on synthetic corpora of growing size; prints JSON with growth exponents.

Documents are built directly (no extraction or models): each belongs to a synthetic
event (three invented names and topic words shared by ~6 documents within a few days)
and carries filler prose, 5 reader comments and a few technique spans.

    python benchmarks/scale.py --sizes 1000,10000,100000 --out scale.json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from slant.document import Comment, Document, Span
from slant.sources.synthetic import _COMMENTS, _NAMES, _sentence

DOCS_PER_EVENT = 6
DOCS_PER_DAY = 300
SEARCH_ROUNDS = 100
COMMON_TERMS = ("council", "officials", "budget", "the")
START = date(2020, 1, 1)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def make_documents(n: int, seed: int = 0) -> list[Document]:
    rng = random.Random(seed)
    days = max(10, n // DOCS_PER_DAY)
    docs: list[Document] = []
    event = None
    for i in range(n):
        if i % DOCS_PER_EVENT == 0:
            event = {
                "names": [f"{_word(rng).title()} {_word(rng).title()}" for _ in range(3)],
                "topic": [_word(rng) for _ in range(5)],
                "day": START + timedelta(days=rng.randrange(days)),
            }
        assert event is not None
        names, topic = event["names"], event["topic"]
        sentences = [_sentence(rng) for _ in range(18)]
        for _ in range(4):
            sentences.insert(rng.randrange(len(sentences)), f"{rng.choice(names)} said the {rng.choice(topic)} "
                             f"and the {rng.choice(topic)} would {rng.choice(topic)} soon.")
        text = " ".join(sentences)
        doc = Document(id=f"{i:016x}", source=f"synthetic/{i}.html", url=f"https://outlet{i % 20}.example/{i}",
                       outlet=f"Outlet {i % 20}", title=f"{names[0]} and the {topic[0]} {topic[1]}",
                       published=(event["day"] + timedelta(days=rng.randrange(3))).isoformat(), language="en",
                       text=text)
        doc.comments = [Comment(id=f"c{c}", text=rng.choice(_COMMENTS) + " " + _sentence(rng),
                                author=rng.choice(_NAMES), parent=f"c{c - 1}" if c and rng.random() < 0.3 else None,
                                toxicity={"toxic": rng.random()}, flags=[]) for c in range(5)]
        doc.add_spans("techniques", [Span(s, s + 20, rng.choice(("Loaded_Language", "Doubt", "Repetition")),
                                          0.8, "techniques.v1") for s in range(0, 200, 50)], "techniques.v1")
        doc.scores = {"propaganda": rng.random()}
        docs.append(doc)
    return docs


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(math.ceil(q * len(ordered))) - 1)]


def bench_store(n: int, folder: Path, batch: int) -> dict[str, Any]:
    from slant.store.corpus import Corpus
    from slant.store.sqlite import CorpusStore

    docs = make_documents(n)
    text_bytes = sum(len(d.text.encode()) + sum(len(c.text.encode()) for c in d.comments) for d in docs)
    db = folder / f"scale-{n}.sqlite"
    chunk = max(batch, n // 10)
    rates = []
    started = time.perf_counter()
    with CorpusStore(db) as store:
        for start in range(0, n, chunk):
            t = time.perf_counter()
            for b in range(start, min(n, start + chunk), batch):
                store.upsert_many(docs[b : b + batch])
            rates.append(min(chunk, n - start) / (time.perf_counter() - t))
        total = time.perf_counter() - started
        size = store.size_bytes()
        corpus = Corpus(store)
        rng = random.Random(1)
        latency: dict[str, list[float]] = {"common": [], "rare": []}
        exhaustive: dict[str, int] = {"common": 0, "rare": 0}
        for r in range(SEARCH_ROUNDS):
            for kind, query in (("common", COMMON_TERMS[r % len(COMMON_TERMS)]),
                                ("rare", docs[rng.randrange(n)].title.split()[0])):
                t = time.perf_counter()
                found = corpus.search(query, limit=20)
                latency[kind].append((time.perf_counter() - t) * 1000)
                exhaustive[kind] += found.exhaustive
        t = time.perf_counter()
        hits = corpus.search(" ".join(["the"] * 124))
        the_495 = (time.perf_counter() - t) * 1000
    return {
        "insert_docs_per_s": round(n / total, 1),
        "insert_docs_per_s_first_tenth": round(rates[0], 1),
        "insert_docs_per_s_last_tenth": round(rates[-1], 1),
        "bytes_per_document": round(size / n),
        "text_bytes_per_document": round(text_bytes / n),
        "search_ms": {kind: {"p50": round(_percentile(v, 0.5), 2), "p99": round(_percentile(v, 0.99), 2)}
                      for kind, v in latency.items()},
        # Share of queries ranked over all their matches (the rest: over the newest RANK_CAP).
        "search_exhaustive_share": {kind: round(v / SEARCH_ROUNDS, 2) for kind, v in exhaustive.items()},
        "search_495_chars_the_ms": round(the_495, 1),
        "search_495_hits": len(hits),
    }


def bench_events(n: int) -> dict[str, Any]:
    """Run in a child process so its peak memory is its own."""
    from slant.compare.events import group_events
    from slant.compare.report import build_comparison

    docs = make_documents(n)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    events = group_events(docs)
    grouping = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gold = [i // DOCS_PER_EVENT for i in range(n)]
    from slant.eval.events import adjusted_rand_index

    predicted = {doc_id: k for k, e in enumerate(events) for doc_id in e.doc_ids}
    ari = adjusted_rand_index(gold, [predicted[d.id] for d in docs])
    out = {"events_s": round(grouping, 2), "events_peak_rss_mb": round(peak), "rss_before_grouping_mb": round(base),
           "events": len(events), "events_ari": round(ari, 4)}
    if n <= COMPARE_MAX:
        t = time.perf_counter()
        build_comparison(docs)
        out["compare_s"] = round(time.perf_counter() - t, 2)
        out["compare_ms_per_doc"] = round(1000 * out["compare_s"] / n, 3)
    return out


#: compare (framing per event) is measured up to this size; above it, it takes too long here.
COMPARE_MAX = 100_000


def exponent(rows: list[dict[str, Any]], key: str) -> float | None:
    """Growth exponent k in time ~ n^k between the smallest and largest size."""
    pts = [(r["n"], r[key]) for r in rows if r.get(key)]
    if len(pts) < 2:
        return None
    (n1, v1), (n2, v2) = pts[0], pts[-1]
    return round(math.log(v2 / v1) / math.log(n2 / n1), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--batch", type=int, default=100, help="Documents per store transaction.")
    parser.add_argument("--events-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.events_child:
        print(json.dumps(bench_events(args.events_child)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            row: dict[str, Any] = {"n": n}
            row.update(bench_store(n, Path(tmp), args.batch))
            child = subprocess.run([sys.executable, __file__, "--events-child", str(n)], capture_output=True,
                                   text=True, check=True)
            row.update(json.loads(child.stdout.strip().splitlines()[-1]))
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    flat = [{**r, "search_common_p99": r["search_ms"]["common"]["p99"], "search_rare_p99": r["search_ms"]["rare"]["p99"],
             "insert_s_per_doc": 1 / r["insert_docs_per_s"], "events_s_per_doc": r["events_s"] / r["n"]} for r in rows]
    result = {
        "sizes": rows,
        "growth_exponents": {
            "insert_time": round(1 + (exponent(flat, "insert_s_per_doc") or 0), 3),
            "bytes": round(1 + (exponent(flat, "bytes_per_document") or 0), 3),
            "search_common_p99": exponent(flat, "search_common_p99"),
            "search_rare_p99": exponent(flat, "search_rare_p99"),
            "events_time": round(1 + (exponent(flat, "events_s_per_doc") or 0), 3),
            "events_peak_rss": exponent(flat, "events_peak_rss_mb"),
            "compare_time": exponent(flat, "compare_s"),
        },
    }
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
