"""A generated hostile corpus, end to end (issue 20): `slant analyze` over a folder that mixes
every hostile input the audit found with good pages exits 0 with exactly one record per
input, and a rerun with --db finishes too."""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from slant.cli import app
from slant.sources.synthetic import news_page

sys.path.insert(0, str(Path(__file__).parent))
from test_warc import build_warc  # noqa: E402

runner = CliRunner()
MAX_BYTES = 2_000_000
BAD_URLS = ["http://example.com:99999/", "http://[::1/", "http://[zz]/x"]


def _corrupt_parquet(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [f"Story {i}: the council of Tarsk voted on Monday to repair the old bridge, officials said. " * 3
             for i in range(6)]
    pq.write_table(pa.table({"text": texts}), path, row_group_size=3, compression="NONE", use_dictionary=False)
    start = pq.ParquetFile(path).metadata.row_group(0).column(0).data_page_offset
    data = bytearray(path.read_bytes())
    data[start : start + 24] = b"\xff" * 24
    path.write_bytes(bytes(data))


def build_hostile_corpus(folder: Path) -> int:
    """Write the corpus; returns how many records it must yield (the URL arguments aside)."""
    folder.mkdir()
    expected = 0

    def add(name: str | bytes, data: bytes, records: int = 1) -> None:
        nonlocal expected
        path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else name.encode())
        with open(path, "wb") as handle:
            handle.write(data)
        expected += records

    for i in range(3):  # good pages
        add(f"good-{i}.html", news_page(i, words=60, comments=2).encode())
    add("good.txt", b"The regional council of Tarsk voted on Monday to close the old bridge for repairs, officials said.\n")
    add("nested.jsonl", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b'}\n{"text": "The ferry between the islands resumed on Sunday, the operator said."}\n', 2)
    add("surrogate.jsonl", json.dumps({"text": "The harbour \ud800 of Tessel reopened on Monday after the storm, the port authority said."}).encode() + b"\n")
    add("huge-line.jsonl", b'{"text": "' + b"a" * (3 * MAX_BYTES) + b'"}\n{"text": "The mayor of Tarsk said the bridge would reopen in May."}\n', 2)
    add("deep-int.jsonl", b'{"text": "x", "n": ' + b"9" * 50_000 + b"}\n")
    add(b"bad-\xff\xfe-name.txt", b"The weather office said snow will fall in the hills on Friday and Saturday.\n")
    add("empty.html", b"")
    add("binary.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    canonical = news_page(9, words=60, comments=0).replace("<head>", '<head><link rel="canonical" href="http://[bad/x">', 1)
    add("canonical.html", canonical.encode())
    nested_html = "<html><body>" + "<div>" * 5000 + "<p>The council met on Monday.</p>" + "</div>" * 5000 + "</body></html>"
    add("nested.html", nested_html.encode())
    add("page.html.gz", gzip.compress(news_page(11, words=60, comments=1).encode()))
    add("bomb.html.gz", gzip.compress(b"<p>" + b"a" * (5 * MAX_BYTES)))
    add("broken.txt.gz", b"\x1f\x8b\x08\x00 not gzip")
    whole = folder / ".whole.warc"  # hidden: not an input itself
    build_warc(whole, gzip=False)
    data = whole.read_bytes()
    whole.unlink()
    add("cut-header.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nabc")
    add("cut-last.warc", data[: len(data) - 1900], 2)  # the first page, then the cut one
    add("cut-in-header.warc", data[: len(data) - 2150], 2)
    add("bogus.warc.gz", b"not a gzip at all")
    _corrupt_parquet(folder / "corrupt.parquet")
    expected += 4  # one error for the corrupt row group, three rows from the other
    os.mkfifo(folder / "fifo.html")
    (folder / "zero.html").symlink_to("/dev/zero")
    expected += 2
    return expected


@pytest.mark.parametrize("workers", ["1", "2"])
def test_hostile_corpus_one_record_per_input_and_reruns_finish(tmp_path: Path, workers: str) -> None:
    folder = tmp_path / "hostile"
    expected = build_hostile_corpus(folder) + len(BAD_URLS)
    out, db = tmp_path / "o.jsonl", tmp_path / "c.sqlite"
    args = ["analyze", str(folder), *BAD_URLS, "-o", str(out), "--db", str(db), "-a", "", "-w", workers,
            "--batch-size", "4", "--max-bytes", str(MAX_BYTES)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == expected, sorted(r["source"] for r in records)
    assert len({r["source"] for r in records}) == expected  # one record per input, none twice
    assert all(r["error"] is None or (r["error"]["type"] and r["error"]["message"]) for r in records)
    ok = {Path(r["source"]).name for r in records if r["error"] is None}
    assert {"good-0.html", "good-1.html", "good-2.html", "good.txt", "page.html.gz", "canonical.html"} <= ok
    assert f"yes: {expected} = " in first.output
    again = runner.invoke(app, args)  # a rerun with --db finishes, skipping everything
    assert again.exit_code == 0, again.output
    assert f"yes: {expected} = 0 + 0 + {expected}" in again.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == expected
