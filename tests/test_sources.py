"""Sources: files, folders, JSONL feeds, stdin; one item per input document."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources import iter_pages
from slant.sources.files import READERS, register_reader


def test_folder_is_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_text("<p>x</p>")
    (tmp_path / "1.txt").write_text("y")
    (tmp_path / ".hidden").write_text("z")
    items = list(iter_pages([str(tmp_path)]))
    assert [Path(i.source).name for i in items] == ["1.txt", "2.html"]
    assert [i.kind for i in items] == ["text", "html"]


def test_jsonl_lines_become_pages(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"url": "https://a.example/1", "html": "<p>one</p>", "title": "One", "outlet": "A", "published": "2024-05-01"},
        {"text": "two"},
        {"url": "https://a.example/3"},
        [1, 2],
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n{broken\n")
    items = list(iter_pages([str(feed)]))
    assert len(items) == 5
    first = items[0]
    assert isinstance(first, Page) and first.kind == "html" and first.url == "https://a.example/1"
    assert first.meta == {"title": "One", "outlet": "A"} and first.published == "2024-05-01"
    assert isinstance(items[1], Page) and items[1].kind == "text" and items[1].source == f"{feed}#L2"
    assert [type(i).__name__ for i in items[2:]] == ["SourceError"] * 3
    assert items[4].source == f"{feed}#L6"


def test_source_errors_have_distinct_stable_ids(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("{bad\n{bad\n")
    a, b = iter_pages([str(feed)])
    assert a.id != b.id
    assert a.id == next(iter_pages([str(feed)])).id


def test_stdin(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"hello from stdin")))
    [page] = iter_pages(["-"])
    assert page.source == "-" and page.content == b"hello from stdin"


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text("<p>" + "a" * 100 + "</p>")
    [item] = iter_pages([str(tmp_path / "x.html")], Limits(max_bytes=50))
    assert isinstance(item, SourceError) and item.type == "too_large"


def test_new_formats_plug_in_by_suffix(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(READERS, ".pair", READERS[".jsonl"])
    (tmp_path / "x.pair").write_text('{"text": "a"}\n{"text": "b"}\n')
    assert len(list(iter_pages([str(tmp_path / "x.pair")]))) == 2
    monkeypatch.delitem(READERS, ".pair")
    register_reader(".PAIR2", READERS[".jsonl"])
    assert ".pair2" in READERS
    READERS.pop(".pair2")


# -- hostile inputs: one record per input, bounded reads, only regular files (issue 20) ----------


def _one(path: Path, **limits: object) -> SourceError | Page:
    items = list(iter_pages([str(path)], Limits(**limits)))  # type: ignore[arg-type]
    assert len(items) == 1, items
    return items[0]


def test_deeply_nested_jsonl_line_is_a_bad_record_and_the_feed_goes_on(tmp_path: Path) -> None:
    feed = tmp_path / "nested.jsonl"
    feed.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + '}\n{"text": "The council met."}\n')
    first, second = iter_pages([str(feed)])
    assert isinstance(first, SourceError) and first.type == "bad_record" and "nested" in first.message
    assert isinstance(second, Page) and second.content == "The council met."


def test_huge_integer_in_jsonl_is_a_bad_record(tmp_path: Path) -> None:
    feed = tmp_path / "int.jsonl"
    feed.write_text('{"text": "x", "n": ' + "9" * 50_000 + "}\n")
    assert _one(feed).type == "bad_record"


def test_file_name_with_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    import os

    name = os.fsencode(tmp_path) + b"/caf\xe9-\xff.txt"
    with open(name, "wb") as handle:
        handle.write(b"The harbour reopened on Monday.")
    [item] = iter_pages([str(tmp_path)])
    assert isinstance(item, Page)
    assert item.source.endswith("caf\\xe9-\\xff.txt")
    item.source.encode("utf-8")  # every writer can encode it
    assert [i.source for i in iter_pages([str(tmp_path)])] == [item.source]  # the same key on every run


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.html")
    item = _one(tmp_path / "pipe.html")
    assert isinstance(item, SourceError) and item.type == "unsupported_input" and "FIFO" in item.message
    for suffix in ("pipe.jsonl", "pipe.warc", "pipe.parquet", "pipe.html.gz"):
        os.mkfifo(tmp_path / suffix)
        assert _one(tmp_path / suffix).type == "unsupported_input"


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.html").symlink_to("/dev/zero")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    items = list(iter_pages([str(tmp_path)]))
    assert [(type(i).__name__, i.type) for i in items] == [("SourceError", "unsupported_input")] * 2  # type: ignore[union-attr]
    assert "character device" in items[0].message  # type: ignore[union-attr]


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("The ferry resumed on Sunday.")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    item = _one(tmp_path / "link.txt")
    assert isinstance(item, Page) and item.content == b"The ferry resumed on Sunday."


def test_an_oversized_jsonl_line_is_never_read_whole(tmp_path: Path) -> None:
    import tracemalloc

    feed = tmp_path / "big.jsonl"
    with feed.open("wb") as handle:
        handle.write(b'{"text": "')
        handle.truncate(64 * 1024 * 1024)  # a 64 MB line (sparse: zero bytes, no newline)
        handle.seek(0, 2)
        handle.write(b'"}\n{"text": "The council met."}\n')
    tracemalloc.start()
    try:
        items = list(iter_pages([str(feed)], Limits(max_bytes=1024 * 1024)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["SourceError", "Page"]
    assert items[0].type == "too_large" and items[0].source.endswith("#L1")  # type: ignore[union-attr]
    assert items[1].source.endswith("#L2")
    assert peak < 8 * 1024 * 1024, f"peak {peak:,} bytes: the line was read whole"


def test_gzip_pages_are_read_with_a_decompression_limit(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "a.html.gz").write_bytes(gzip.compress(b"<p>The bridge reopened.</p>"))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"The bridge reopened."))
    (tmp_path / "bomb.htm.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 50_000_000))  # ~50 kB on disk
    (tmp_path / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(b"The bridge reopened. " * 1000)[:60])
    items = {Path(i.source).name: i for i in iter_pages([str(tmp_path)], Limits(max_bytes=1_000_000))}
    assert isinstance(items["a.html.gz"], Page) and items["a.html.gz"].kind == "html"
    assert items["a.html.gz"].content == b"<p>The bridge reopened.</p>"
    assert isinstance(items["b.txt.gz"], Page) and items["b.txt.gz"].kind == "text"
    assert items["bomb.htm.gz"].type == "too_large"  # type: ignore[union-attr]
    assert items["broken.html.gz"].type == "bad_record"  # type: ignore[union-attr]
    assert items["cut.txt.gz"].type == "bad_record"  # type: ignore[union-attr]


def test_a_reader_that_raises_costs_only_its_input(tmp_path: Path, monkeypatch) -> None:
    def explode(path: Path, options: Limits):
        yield Page(source=f"{path}#1", content="first")
        raise MemoryError("library blew up")

    monkeypatch.setitem(READERS, ".boom", explode)
    (tmp_path / "a.boom").write_text("x")
    (tmp_path / "b.txt").write_text("The harbour reopened.")
    items = list(iter_pages([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Page", "SourceError", "Page"]
    assert items[1].source == str(tmp_path / "a.boom") and "MemoryError" in items[1].message  # type: ignore[union-attr]


def test_a_path_with_a_nul_byte_is_an_error_record() -> None:
    [item] = iter_pages(["bad\x00name.html"])
    assert isinstance(item, SourceError)


def test_surrogate_in_a_jsonl_url_gives_an_encodable_source(tmp_path: Path) -> None:
    feed = tmp_path / "s.jsonl"
    feed.write_text('{"url": "https://a.example/\\ud800", "text": "The council met."}\n')
    item = _one(feed)
    assert isinstance(item, Page)
    item.source.encode("utf-8")


def _parquet_with_two_row_groups(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [f"Story {i}: the council of Tarsk met on Monday. " * 20 for i in range(6)]
    pq.write_table(pa.table({"text": texts}), path, row_group_size=3, compression="NONE", use_dictionary=False)


def test_parquet_with_corrupt_data_pages_but_a_valid_footer(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    good = tmp_path / "good.parquet"
    _parquet_with_two_row_groups(good)
    meta = pq.ParquetFile(good).metadata
    column = meta.row_group(0).column(0)
    start = column.data_page_offset
    data = bytearray(good.read_bytes())
    data[start : start + 24] = b"\xff" * 24  # the first row group's page header is garbage; the footer is intact
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(bytes(data))
    items = list(iter_pages([str(bad)]))
    assert isinstance(items[0], SourceError) and items[0].type == "bad_record"
    assert items[0].source == f"{bad}#rowgroup0"
    assert [i.source for i in items[1:]] == [f"{bad}#row{n}" for n in (3, 4, 5)]  # the other group, numbers kept
    assert all(isinstance(i, Page) for i in items[1:])


def test_truncated_and_garbage_parquet_is_one_error_record(tmp_path: Path) -> None:
    good = tmp_path / "good.parquet"
    _parquet_with_two_row_groups(good)
    for name, data in (("cut.parquet", good.read_bytes()[:-40]), ("junk.parquet", b"PAR1" + b"\x00" * 100 + b"PAR1")):
        (tmp_path / name).write_bytes(data)
        item = _one(tmp_path / name)
        assert isinstance(item, SourceError) and item.type == "unreadable"


def test_parquet_without_a_page_column_is_one_error_record(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"x": [1, 2, 3]}), tmp_path / "x.parquet")
    assert _one(tmp_path / "x.parquet").type == "bad_record"
