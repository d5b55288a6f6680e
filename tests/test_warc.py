"""WARC input: HTML response records become pages; everything else is skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from slant.cli import app
from slant.document import Page
from slant.sources import iter_pages
from slant.sources.files import READERS, Limits
from slant.sources.synthetic import news_page

runner = CliRunner()


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, date: str):
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )


def build_warc(path: Path, gzip: bool) -> None:
    """warcinfo, request, HTML response, PNG response, metadata, HTML response."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "slant tests"}))
        request = StatusAndHeaders("GET /news/a HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://example.org/news/a", "request", http_headers=request))
        writer.write_record(_response(writer, "https://example.org/news/a", news_page(1, words=80, comments=3).encode(),
                                      "text/html; charset=utf-8", "2024-03-01T08:00:00Z"))
        writer.write_record(_response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200),
                                      "image/png", "2024-03-01T08:00:01Z"))
        writer.write_record(writer.create_warc_record("https://example.org/news/a", "metadata",
                                                      payload=io.BytesIO(b"outlinks: none"),
                                                      warc_content_type="text/plain"))
        writer.write_record(_response(writer, "https://example.org/news/b", news_page(2, words=80, comments=0).encode(),
                                      "application/xhtml+xml", "2024-03-02T09:30:00Z"))


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_only(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    build_warc(path, gzip)
    items = list(iter_pages([str(path)], Limits()))
    assert all(isinstance(i, Page) for i in items)
    assert [i.url for i in items] == ["https://example.org/news/a", "https://example.org/news/b"]
    assert [i.published for i in items] == ["2024-03-01T08:00:00Z", "2024-03-02T09:30:00Z"]
    prefix = f"{path}#"
    assert all(i.source.startswith(prefix) and i.source[len(prefix):].isdigit() for i in items)
    assert len({i.source for i in items}) == 2  # one input per record
    assert items[0].kind == "html" and b"comment-list" in items[0].content


def test_registered_for_both_suffixes() -> None:
    assert ".warc" in READERS and ".warc.gz" in READERS


@pytest.mark.parametrize("name,gzip", [("cut.warc", False), ("cut.warc.gz", True)])
def test_a_truncated_record_is_an_error_record(tmp_path: Path, name: str, gzip: bool) -> None:
    whole = tmp_path / ("whole-" + name)
    build_warc(whole, gzip)
    cut = tmp_path / name
    cut.write_bytes(whole.read_bytes()[:-300])  # the archive ends inside the last HTML response
    items = list(iter_pages([str(cut)], Limits()))
    assert [type(i).__name__ for i in items] == ["Page", "SourceError"]
    assert items[1].type == "bad_record" and items[1].source.startswith(f"{cut}#")


def test_analyze_a_warc_and_resume(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, gzip=True)
    out, db = tmp_path / "o.jsonl", tmp_path / "c.sqlite"
    args = ["analyze", str(path), "-o", str(out), "--db", str(db), "-a", "", "-w", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["url"] for r in records] == ["https://example.org/news/a", "https://example.org/news/b"]
    assert records[0]["published"].startswith("2024-03-01") and len(records[0]["comments"]) == 3
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "yes: 2 = 0 + 0 + 2" in again.output
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == [r["source"] for r in records]


# -- hostile archives (issue 20): every cut point ends in an error record, never a crash ----------


def _kinds(path: Path) -> list[str]:
    return [type(i).__name__ for i in iter_pages([str(path)], Limits())]


def test_a_cut_inside_a_record_header_is_an_error_record(tmp_path: Path) -> None:
    cut = tmp_path / "cut.warc"
    cut.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nabc")  # warcio: AttributeError
    items = list(iter_pages([str(cut)], Limits()))
    assert len(items) == 1 and items[0].type == "bad_record"


@pytest.mark.parametrize("gzip", [False, True])
def test_every_cut_inside_the_last_page_yields_an_error_record(tmp_path: Path, gzip: bool) -> None:
    from warcio.archiveiterator import ArchiveIterator

    whole = tmp_path / ("whole.warc.gz" if gzip else "whole.warc")
    build_warc(whole, gzip)
    data = whole.read_bytes()
    with whole.open("rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            record.content_stream().read()
            last_start = records.get_record_offset()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    trailer = 12 if gzip else 4  # the gzip trailer or the closing blank lines: the page itself is whole
    step = 2 if gzip else 5
    for end in range(last_start + 1, len(data) - trailer, step):
        cut.write_bytes(data[:end])
        assert _kinds(cut) == ["Page", "SourceError"], end  # the first page, then the cut one


@pytest.mark.parametrize("data", [b"not a gzip at all", b"", b"\x1f\x8b\x08\x00garbage", b"WARC/1.0\r\n",
                                  b"\x00" * 1000, b"WARC/1.0\r\nWARC-Type: response\r\n"])
def test_a_bogus_archive_yields_one_record(tmp_path: Path, data: bytes) -> None:
    for name in ("bogus.warc", "bogus.warc.gz"):
        (tmp_path / name).write_bytes(data)
        items = list(iter_pages([str(tmp_path / name)], Limits()))
        assert len(items) == 1 and items[0].type in ("bad_record", "empty_input"), (name, data, items)


def test_an_archive_without_pages_says_so(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(_response(writer, "https://example.org/a.png", b"\x89PNG", "image/png", "2024-03-01T08:00:00Z"))
    [item] = iter_pages([str(path)], Limits())
    assert item.type == "empty_input" and "none an HTML response" in item.message
