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
