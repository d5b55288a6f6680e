"""A long fuzz run over every reader and the extraction entry point (issue 20).

Writes random and mutated inputs (random bytes in every format; truncated and corrupted
WARC, gzip WARC, Parquet, JSONL and gzip pages; mutated news pages; special files) to a
temporary folder, reads each through `slant.sources.iter_pages` and extracts the pages
(`Pipeline`, extraction only unless --analyzers), and counts what came out. A failure
is any exception that escapes (a crash that would stop a batch), an input that yields
no record, or a record no writer could encode. JSON on stdout.

    python benchmarks/fuzz_inputs.py --inputs 2000 --seed 1
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from slant.config import Limits, RunConfig
from slant.run.pipeline import Pipeline
from slant.sources import iter_pages
from slant.sources.synthetic import news_page

MARKUP = ["<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<script>", "</script>", "&#0;", "&#xD800;", "\x00",
          "\ud800", "<a href='http://[bad/'>", "<link rel=canonical href=http://[::1>", "<time datetime='99999-99-99'>",
          "<ol class='comment-list'><li class='comment'>", "<" * 50, "\u202e", "<div>" * 400]


def warc_bytes(gz: bool, seed: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sink = io.BytesIO()
    writer = WARCWriter(sink, gzip=gz)
    for i in range(2):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://example.org/{i}", "response", payload=io.BytesIO(news_page(seed + i, words=60, comments=2).encode()),
            http_headers=http, warc_headers_dict={"WARC-Date": "2024-03-01T08:00:00Z"}))
    return sink.getvalue()


def parquet_bytes(seed: int) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.table({"html": [news_page(seed, words=40, comments=1), None],
                             "text": [None, "The council met on Monday."]}), sink, row_group_size=1)
    return sink.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Truncate, flip bytes, drop or duplicate a slice."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            break
        op = rng.random()
        at = rng.randrange(len(out))
        if op < 0.35:
            del out[at:]
        elif op < 0.7:
            out[at] = rng.randrange(256)
        elif op < 0.85:
            del out[at : at + rng.randint(1, 200)]
        else:
            out[at:at] = out[at : at + rng.randint(1, 200)]
    return bytes(out)


def mutated_html(rng: random.Random) -> str:
    html = news_page(rng.randrange(1000), words=rng.randint(20, 200), comments=rng.randint(0, 6))
    for _ in range(rng.randint(0, 6)):
        at = rng.randrange(len(html))
        html = html[:at] + rng.choice(MARKUP) + html[at + rng.randint(0, 300):]
    return html


def make_input(folder: Path, n: int, rng: random.Random) -> Path:
    kind = rng.choice(["bytes", "warc", "warc.gz", "parquet", "jsonl", "gzip", "html", "special"])
    if kind == "bytes":
        path = folder / f"{n}{rng.choice(['.html', '.txt', '.jsonl', '.warc', '.warc.gz', '.parquet', '.html.gz'])}"
        path.write_bytes(rng.randbytes(rng.randint(0, 5000)))
    elif kind in ("warc", "warc.gz"):
        path = folder / f"{n}.{kind}"
        path.write_bytes(mutate(warc_bytes(kind.endswith("gz"), n), rng))
    elif kind == "parquet":
        path = folder / f"{n}.parquet"
        path.write_bytes(mutate(parquet_bytes(n), rng))
    elif kind == "jsonl":
        path = folder / f"{n}.jsonl"
        lines = [json.dumps({"text": mutated_html(rng)[:2000]}), json.dumps({"html": mutated_html(rng)}),
                 "[" * rng.randint(1, 50_000) + "]", '{"text": ' + json.dumps("\ud800 " * 30) + "}"]
        path.write_bytes(mutate("\n".join(rng.sample(lines, rng.randint(1, 4))).encode("utf-8", "surrogatepass"), rng))
    elif kind == "gzip":
        path = folder / f"{n}.html.gz"
        path.write_bytes(mutate(gzip.compress(mutated_html(rng).encode("utf-8", "surrogatepass")), rng))
    elif kind == "html":
        path = folder / f"{n}.html"
        path.write_bytes(mutated_html(rng).encode("utf-8", "surrogatepass"))
    else:
        path = folder / f"{n}.html"
        if rng.random() < 0.5:
            os.mkfifo(path)
        else:
            path.symlink_to(rng.choice(["/dev/zero", "/dev/null", str(folder / "missing")]))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=1000, help="How many inputs to generate.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--analyzers", default="", help="Comma-separated analyzers ('' : extraction only).")
    parser.add_argument("--max-seconds", type=float, default=10.0, help="Limits.max_seconds per document.")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    limits = Limits(max_bytes=1_000_000, max_seconds=args.max_seconds)
    names = tuple(n for n in args.analyzers.split(",") if n)
    pipeline = Pipeline(RunConfig(analyzers=names, limits=limits))
    counts: Counter[str] = Counter()
    error_types: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.inputs):
            path = make_input(Path(tmp), n, rng)
            one = time.perf_counter()
            try:
                items = list(iter_pages([str(path)], limits))
                docs = pipeline.process_batch(items)
                for doc in docs:
                    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
                    counts["records"] += 1
                    counts["errors" if doc.error else "results"] += 1
                    if doc.error:
                        error_types[doc.error.type] += 1
                if not docs:
                    failures.append(f"{path.name}: no record")
            except Exception:
                failures.append(f"{path.name}: {traceback.format_exc(limit=-2)}")
            counts["inputs"] += 1
            took = time.perf_counter() - one
            slowest = max(slowest, (took, path.name))
    print(json.dumps({
        "inputs_tried": counts["inputs"], "records": counts["records"], "results": counts["results"],
        "errors": counts["errors"], "failures": len(failures), "failure_examples": failures[:5],
        "error_types": dict(error_types.most_common()), "seconds": round(time.perf_counter() - started, 1),
        "slowest_input_s": round(slowest[0], 2), "seed": args.seed, "analyzers": list(names),
    }, indent=2))


if __name__ == "__main__":
    main()
