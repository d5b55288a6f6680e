"""WARC archives (.warc, .warc.gz): one Page per HTML response record.

Crawls store pages as WARC response records. Only responses whose HTTP
Content-Type is HTML become Pages; requests, metadata, revisits and non-HTML
responses (images, scripts, JSON) are skipped, as they are not pages to analyze.
A record's WARC-Target-URI and WARC-Date become the page's url and published
date, and its source key is `path#offset` (the record's byte offset), so each
record is one input for accounting and resume.

Archives are hostile too: a file cut anywhere (inside a record header, an HTTP
header, a body or a gzip member) ends with one error record for the record it
cut, and a file that holds no WARC record at all, or no HTML response, still
yields one record saying so, so that no input vanishes from the accounting.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources.files import container_reader, register_reader

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord  # untyped library: resolves to Any for mypy

HTML_TYPES = ("text/html", "application/xhtml+xml")

#: Bytes looked at after the last parsed record to tell a cut header from trailing blank lines.
TAIL_PEEK = 4096


class _Discard(io.TextIOBase):
    """A text stream that drops what is written (warcio's stderr chatter about hostile archives)."""

    def write(self, text: str) -> int:
        return len(text)


_DISCARD = _Discard()

#: Chunk size for reading past the bodies of records that are not pages.
DRAIN_CHUNK = 1 << 16


def _content_type(record: ArcWarcRecord) -> str | None:
    """The HTTP Content-Type of a response, or None when its HTTP headers are missing."""
    headers = record.http_headers
    if headers is None:
        return None
    return str(headers.get_header("Content-Type") or "").split(";")[0].strip().lower()


@container_reader
def read_warc(handle: BinaryIO, name: str, options: Limits) -> Iterator[Page | SourceError]:
    """HTML responses of a WARC file, in file order."""
    counts = {"records": 0, "yielded": 0}
    for item in _records(handle, name, options, counts):
        counts["yielded"] += 1
        yield item
    if counts["yielded"] == 0:  # nothing else says this input was seen
        if counts["records"] == 0:
            yield SourceError(name, errors.BAD_RECORD, "not a WARC file: no WARC record could be read")
        else:
            yield SourceError(name, errors.EMPTY, f"the WARC file holds {counts['records']} records, none an HTML response")


def _records(handle: Any, name: str, options: Limits, counts: dict[str, int]) -> Iterator[Page | SourceError]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(handle, check_digests=True)
    index = 0
    while True:
        try:
            with contextlib.redirect_stderr(_DISCARD):  # warcio prints a warning per odd record
                record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises anything from ArchiveLoadFailed to AttributeError on a cut header
            source = f"{name}#record{index}"
            yield SourceError(source, errors.BAD_RECORD, f"unreadable WARC record: {type(exc).__name__}: {exc}", key=source)
            return
        index += 1
        counts["records"] = index
        item = _page(record, records, name, index - 1, options)
        if item is not None:
            yield item
            if isinstance(item, SourceError) and item.source.startswith(f"{name}#record"):
                return  # the archive ended inside this record
    if counts["records"] and _unread_tail(handle, records):
        # warcio ends quietly when a record header is cut; the bytes it left say so
        source = f"{name}#record{index}"
        yield SourceError(source, errors.BAD_RECORD, "the archive ends inside a record header (truncated WARC)", key=source)


def _unread_tail(handle: Any, records: Any) -> bool:
    """True when bytes other than blank lines follow the last record warcio could parse."""
    try:
        end = int(records.offset)
        handle.seek(end)
        return bool(handle.read(TAIL_PEEK).strip())
    except Exception:  # cannot tell: say nothing rather than invent an error
        return False


def _drain(stream: Any) -> None:
    """Read a record's body to its end without keeping it (how truncation shows)."""
    while stream.read(DRAIN_CHUNK):
        pass


def _cut(source: str, what: str) -> SourceError:
    return SourceError(source, errors.BAD_RECORD, f"the archive ends inside this record ({what})", key=source)


def _page(record: ArcWarcRecord, records: Any, name: str, index: int, options: Limits) -> Page | SourceError | None:
    """One record -> a Page, an error record, or None for records that are not HTML pages."""
    length = record.rec_headers.get_header("Content-Length") if record.rec_headers is not None else None
    if not record.rec_type or not str(length or "").strip().isdigit():  # every whole record has both
        return _cut(f"{name}#record{index}", "its WARC header is incomplete")
    if record.rec_type != "response":
        return None
    content_type = _content_type(record)
    if content_type not in HTML_TYPES:
        _drain(record.raw_stream)
        if getattr(record.raw_stream, "limit", 0) > 0:  # cut short: maybe inside the HTTP headers of a page
            return _cut(_offset_source(records, name, index), "its body is shorter than its Content-Length")
        return None
    try:
        content = record.content_stream().read(options.max_bytes + 1)
        failure: Exception | None = None
    except Exception as exc:  # broken chunking or compression inside one record
        content, failure = b"", exc
    source = _offset_source(records, name, index)
    if failure is not None:
        return SourceError(source, errors.BAD_RECORD, f"cannot decode WARC record body: {failure}", key=source)
    if len(content) > options.max_bytes:
        return SourceError(source, errors.TOO_LARGE, options.too_large("record body").message, key=source)
    if getattr(record.raw_stream, "limit", 0) > 0 or record.digest_checker.passed is False:
        return SourceError(source, errors.BAD_RECORD, "WARC record is truncated or fails its digest", key=source)
    url = record.rec_headers.get_header("WARC-Target-URI")
    published = record.rec_headers.get_header("WARC-Date")
    return Page(source=source, content=content, kind="html", url=url, published=published)


def _offset_source(records: Any, name: str, index: int) -> str:
    """`path#offset`, known once the body is read (asking earlier skips the body)."""
    try:
        return f"{name}#{records.get_record_offset()}"
    except Exception:  # the archive ends inside this record
        return f"{name}#record{index}"


register_reader(".warc", read_warc)
register_reader(".warc.gz", read_warc)
