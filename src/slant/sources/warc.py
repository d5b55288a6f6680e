"""WARC archives (.warc, .warc.gz): one Page per HTML response record.

Crawls store pages as WARC response records. Only responses whose HTTP
Content-Type is HTML become Pages; requests, metadata, revisits and non-HTML
responses (images, scripts, JSON) are skipped, as they are not pages to analyze.
A record's WARC-Target-URI and WARC-Date become the page's url and published
date, and its source key is `path#offset` (the record's byte offset), so each
record is one input for accounting and resume.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources.files import register_reader, unreadable

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord  # untyped library: resolves to Any for mypy

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(record: ArcWarcRecord) -> bool:
    headers = record.http_headers
    if headers is None:
        return False
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return content_type in HTML_TYPES


def read_warc(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    """HTML responses of a WARC file, in file order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = path.open("rb")
    except OSError as exc:
        yield unreadable(path, exc)
        return
    with handle:
        records = ArchiveIterator(handle, check_digests=True)
        index = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
                source = f"{path}#record{index}"
                yield SourceError(source, errors.BAD_RECORD, f"unreadable WARC record: {exc}", key=source)
                return
            index += 1
            if record.rec_type != "response" or not _is_html(record):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            published = record.rec_headers.get_header("WARC-Date")
            try:
                content = record.content_stream().read(options.max_bytes + 1)
                failure = None
            except Exception as exc:  # broken chunking or compression inside one record
                content, failure = b"", exc
            # the offset is known once the body is read (asking earlier skips the body)
            try:
                source = f"{path}#{records.get_record_offset()}"
            except Exception as exc:  # the archive ends inside this record
                source = f"{path}#record{index - 1}"
                yield SourceError(source, errors.BAD_RECORD, f"truncated WARC record: {exc}", key=source)
                return
            if failure is not None:
                yield SourceError(source, errors.BAD_RECORD, f"cannot decode WARC record body: {failure}", key=source)
                continue
            if len(content) <= options.max_bytes and (
                getattr(record.raw_stream, "limit", 0) > 0 or record.digest_checker.passed is False
            ):
                yield SourceError(source, errors.BAD_RECORD, "WARC record is truncated or fails its digest", key=source)
                continue
            if len(content) > options.max_bytes:
                yield SourceError(source, errors.TOO_LARGE, options.too_large("record body").message, key=source)
                continue
            yield Page(source=source, content=content, kind="html", url=url, published=published)


register_reader(".warc", read_warc)
register_reader(".warc.gz", read_warc)
