"""Property tests over hostile input (issue 20): every reader and the extraction entry point
take random bytes, mutated real-looking pages and truncated or corrupted WARC, Parquet, JSONL
and gzip files, and always answer with Pages and error records, never an exception.
Small and fast on purpose; benchmarks/fuzz_inputs.py runs the long version."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slant.config import Limits, RunConfig
from slant.document import Document, Page, SourceError
from slant.run.encodable import make_encodable
from slant.run.pipeline import Pipeline
from slant.sources import iter_pages
from slant.sources.synthetic import news_page
from slant.sources.urls import fetch_url

sys.path.insert(0, str(Path(__file__).parent))
from test_warc import build_warc  # noqa: E402

FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
SUFFIXES = [".html", ".txt", ".jsonl", ".warc", ".warc.gz", ".parquet", ".html.gz", ".txt.gz", ".bin"]
LIMITS = Limits(max_bytes=200_000, max_seconds=10)
PIPELINE = Pipeline(RunConfig(analyzers=(), limits=LIMITS))


def _templates() -> dict[str, bytes]:
    """One valid file of each container format, to truncate and corrupt."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, gz in (("t.warc", False), ("t.warc.gz", True)):
            build_warc(Path(tmp) / name, gz)
            out[name[1:]] = (Path(tmp) / name).read_bytes()
        sink = io.BytesIO()
        pq.write_table(pa.table({"html": [news_page(1, words=40, comments=1), None],
                                 "text": [None, "The council met on Monday."], "url": ["https://a.example/1", None]}),
                       sink, row_group_size=1)
        out[".parquet"] = sink.getvalue()
    out[".jsonl"] = b"".join(json.dumps(r).encode() + b"\n" for r in (
        {"url": "https://a.example/1", "html": news_page(2, words=40, comments=1)}, {"text": "The ferry resumed."}))
    out[".html.gz"] = gzip.compress(news_page(3, words=40, comments=1).encode())
    out[".html"] = news_page(4, words=40, comments=2).encode()
    return out


TEMPLATES = _templates()


def _read(suffix: str, data: bytes) -> list[Page | SourceError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(iter_pages([str(path)], LIMITS))
    assert items, "every input yields at least one record"
    for item in items:
        assert isinstance(item, (Page, SourceError))
        item.source.encode("utf-8")
        if isinstance(item, SourceError):
            assert item.type and item.message
    return items


def _extract(items: list[Page | SourceError]) -> None:
    for doc in PIPELINE.process_batch(items):
        assert isinstance(doc, Document)
        assert doc.error is None or (doc.error.type and doc.error.message)
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


@FAST
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=4096))
def test_random_bytes_in_any_format(suffix: str, data: bytes) -> None:
    items = _read(suffix, data)
    if suffix not in (".jsonl", ".parquet", ".warc", ".warc.gz"):
        assert len(items) == 1


@FAST
@given(template=st.sampled_from(sorted(TEMPLATES)), cut=st.floats(0, 1), flips=st.lists(
    st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8))
def test_truncated_and_corrupted_containers(template: str, cut: float, flips: list[tuple[float, int]]) -> None:
    data = bytearray(TEMPLATES[template][: int(len(TEMPLATES[template]) * cut)])
    for where, value in flips:
        if data:
            data[min(len(data) - 1, int(len(data) * where))] = value
    _read(template if template.startswith(".") else "." + template.split(".", 1)[1], bytes(data))


@FAST
@given(lines=st.lists(st.one_of(
    st.binary(max_size=200),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["html", "text", "url", "title", "published", "outlet", "x"]), inner, max_size=4),
                 max_leaves=20).map(lambda v: json.dumps(v).encode()),
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
), max_size=6))
def test_jsonl_lines_one_record_each(lines: list[bytes]) -> None:
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n"
    items = _read(".jsonl", data)
    assert len(items) == max(1, sum(1 for line in lines if line.replace(b"\n", b" ").strip()))


MARKUP = ["<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<script>", "</script>", "<![CDATA[", "&#0;", "&#xD800;",
          "\x00", "\ud800", "<a href='http://[bad/'>", "<meta charset='utf-7'>", "<link rel=canonical href=http://[::1>",
          "<time datetime='99999-99-99'>", "<ol class='comment-list'><li class='comment'>", "<" * 50, "\u202e"]


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(seed=st.integers(0, 50), edits=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 0.2), st.sampled_from(MARKUP)), max_size=6),
       as_bytes=st.booleans())
def test_mutated_pages_through_extraction(seed: int, edits: list[tuple[float, float, str]], as_bytes: bool) -> None:
    html = news_page(seed, words=80, comments=3)
    for where, span, insert in edits:
        start = int(len(html) * where)
        html = html[:start] + insert + html[start + int(len(html) * span):]
    content: bytes | str = html.encode("utf-8", "surrogatepass") if as_bytes else html
    _extract([Page(source="fuzz", content=content, kind=None)])


@FAST
@given(text=st.text(max_size=300))
def test_text_pages_through_extraction(text: str) -> None:
    _extract([Page(source="fuzz", content=text, kind="text")])


def _no_network(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]  # refused by the private-address check: nothing is ever sent


@FAST
@given(rest=st.text(max_size=60))
def test_random_urls_never_raise_or_connect(rest: str) -> None:
    result = fetch_url("http://" + rest, Limits(), resolver=_no_network)
    assert isinstance(result, SourceError) and result.type in ("fetch_refused", "fetch_failed")


def test_special_files_in_a_folder(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.html")
    (tmp_path / "b.jsonl").symlink_to("/dev/zero")
    (tmp_path / "c.warc").symlink_to("/dev/null")
    (tmp_path / "d.txt").symlink_to(tmp_path / "missing")
    items = list(iter_pages([str(tmp_path)], LIMITS))
    assert [i.type for i in items] == ["unsupported_input", "unsupported_input", "unsupported_input", "unreadable"]  # type: ignore[union-attr]


def test_make_encodable_after_mutations() -> None:
    doc = Document(id="x", source="s", text="\ud800" * 3)
    assert make_encodable(doc) and doc.text == "\ufffd" * 3
