"""Local inputs: files, folders (recursive), stdin, and JSONL feeds."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError


def unreadable(path: Path, exc: OSError) -> SourceError:
    """The error record for a file the OS would not let us read."""
    return SourceError(str(path), errors.UNREADABLE, f"cannot read file: {exc.strerror or exc}")


Reader = Callable[[Path, Limits], Iterator["Page | SourceError"]]


def read_single(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    """A file that holds one page; its suffix hints at the kind."""
    kind = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text"}.get(
        path.suffix.lower()
    )
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield SourceError(str(path), errors.TOO_LARGE, options.too_large("file", size).message)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield unreadable(path, exc)
        return
    yield Page(source=str(path), content=data, kind=kind)


def read_jsonl(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    """One page per line: an object with `html` or `text`, and optionally url, title, outlet, published."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield unreadable(path, exc)
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            source = f"{path}#L{number}"
            if not raw.strip():
                continue
            if len(raw) > options.max_bytes:
                yield SourceError(source, errors.TOO_LARGE, options.too_large("line", len(raw)).message, key=source)
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield SourceError(source, errors.BAD_RECORD, f"line {number} is not valid JSON: {exc}", key=source)
                continue
            yield page_from_record(record, source)


def page_from_record(record: object, source: str) -> Page | SourceError:
    """A JSON object with `html` or `text` -> Page (shared by JSONL and the web API)."""
    if not isinstance(record, dict):
        return SourceError(source, errors.BAD_RECORD, "record is not a JSON object", key=source)
    html, text = record.get("html"), record.get("text")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str):
        return SourceError(source, errors.BAD_RECORD, "record has neither an 'html' nor a 'text' string", key=source)
    meta = {k: record[k] for k in ("title", "outlet") if isinstance(record.get(k), str)}
    url = record.get("url") if isinstance(record.get("url"), str) else None
    published = record.get("published") if isinstance(record.get("published"), str) else None
    return Page(
        source=url or source,
        content=content,
        kind="html" if content is html else "text",
        url=url,
        published=published,
        meta=meta,
    )


#: suffix -> reader. Files with other suffixes are read as single pages and sniffed.
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Plug in a reader for a new container format (e.g. '.warc')."""
    READERS[suffix.lower()] = reader


def _reader_for(path: Path) -> Reader:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return read_single


def iter_path(item: str, options: Limits) -> Iterator[Page | SourceError]:
    """A file, or every file under a folder (sorted, recursive, hidden files skipped)."""
    path = Path(item)
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield from _reader_for(Path(root) / name)(Path(root) / name, options)
    elif path.exists():
        yield from _reader_for(path)(path, options)
    else:
        yield SourceError(item, errors.NOT_FOUND, "no such file or folder")


def read_stdin(options: Limits) -> Page | SourceError:
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return SourceError("-", errors.TOO_LARGE, options.too_large("standard input").message, key="-")
    return Page(source="-", content=data)
