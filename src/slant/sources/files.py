"""Local inputs: files, folders (recursive), stdin, JSONL feeds, gzip-compressed pages.

Inputs are hostile. Only regular files are opened for reading (a FIFO would block
forever, a device such as /dev/zero never ends), and the check is made on the
opened descriptor, so nothing can be swapped in between the check and the read.
Every read is bounded before it happens: a file is read at most `max_bytes + 1`
bytes, a JSONL line likewise (the rest of an oversized line is skipped in small
chunks), and a gzip page is decompressed at most `max_bytes + 1` bytes (a bomb
costs its limit, not its decompressed size). Each reader runs inside one boundary
(`guarded`): any exception for one file becomes one error record for that file.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.errors import SlantInputError

#: How much of an oversized JSONL line is read at a time while skipping it.
SKIP_CHUNK = 1 << 20

#: Suffix -> kind hint for files that hold one page.
KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text"}

#: Compressed single pages read transparently (the kind comes from the inner suffix).
GZIP_SUFFIXES = (".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz", ".text.gz")


def display_name(path: Path | str) -> str:
    """A path as text every writer can encode: bytes that are not UTF-8 in a file name
    (which Python keeps as lone surrogates) become backslash escapes such as `\\xff`.
    Deterministic, so an input keeps its source key from run to run."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name can hold (typed, not listed)
        return os.fspath(path).encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def unreadable(path: Path | str, exc: OSError) -> SourceError:
    """The error record for a file the OS would not let us read."""
    return SourceError(display_name(path), errors.UNREADABLE, f"cannot read file: {exc.strerror or exc}")


def open_regular(path: Path) -> tuple[BinaryIO, int]:
    """Open a regular file for reading (symlinks followed) and return it with its size.

    Opened non-blocking so that a FIFO cannot hang the open itself; the type is then
    checked on the descriptor. Raises SlantInputError for anything but a regular file,
    OSError when the OS refuses."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SlantInputError(errors.UNSUPPORTED, f"not a regular file ({_file_type(info.st_mode)}); only regular files are read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def open_input(path: Path) -> tuple[BinaryIO, int] | SourceError:
    """`open_regular`, or the error record for a file that is not a readable regular file:
    the first step of every reader of a container (JSONL, WARC, Parquet)."""
    try:
        return open_regular(path)
    except SlantInputError as exc:
        return SourceError(display_name(path), exc.code, exc.message)
    except OSError as exc:
        return unreadable(path, exc)


ContainerBody = Callable[[BinaryIO, str, Limits], Iterator["Page | SourceError"]]


def container_reader(body: ContainerBody) -> Reader:
    """A reader for a file that holds many records (JSONL, WARC, Parquet): the file is opened once
    as a regular file (or becomes one error record), then `body(handle, name, options)` reads it."""

    @functools.wraps(body)
    def read(path: Path, options: Limits) -> Iterator[Page | SourceError]:
        opened = open_input(path)
        if isinstance(opened, SourceError):
            yield opened
            return
        handle, _size = opened
        with handle:
            yield from body(handle, display_name(path), options)

    return read


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "a special file"


def read_bounded(handle: BinaryIO, limit: int) -> bytes:
    """At most `limit + 1` bytes: one more than allowed tells the caller the input is too large."""
    return handle.read(limit + 1)


Reader = Callable[[Path, Limits], Iterator["Page | SourceError"]]


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[: -len(".gz")]
    return KINDS.get(os.path.splitext(name)[1])


def read_single(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    """A file that holds one page; its suffix hints at the kind."""
    source = display_name(path)
    try:
        handle, size = open_regular(path)
        with handle:
            if size > options.max_bytes:
                yield SourceError(source, errors.TOO_LARGE, options.too_large("file", size).message)
                return
            data = read_bounded(handle, options.max_bytes)
    except SlantInputError as exc:
        yield SourceError(source, exc.code, exc.message)
        return
    except OSError as exc:
        yield unreadable(path, exc)
        return
    if len(data) > options.max_bytes:  # the file grew after it was measured
        yield SourceError(source, errors.TOO_LARGE, options.too_large("file").message)
        return
    yield Page(source=source, content=data, kind=_kind_of(path))


def read_gzip(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    """A gzip-compressed page (`.html.gz`, `.txt.gz`): decompressed at most to the page limit."""
    source = display_name(path)
    try:
        raw, _size = open_regular(path)
        with raw, gzip.GzipFile(fileobj=raw, mode="rb") as handle:
            data = read_bounded(handle, options.max_bytes)  # type: ignore[arg-type]
    except SlantInputError as exc:
        yield SourceError(source, exc.code, exc.message)
        return
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        yield SourceError(source, errors.BAD_RECORD, f"not a valid gzip file: {str(exc) or type(exc).__name__}")
        return
    except OSError as exc:
        yield unreadable(path, exc)
        return
    if len(data) > options.max_bytes:
        yield SourceError(source, errors.TOO_LARGE, options.too_large("decompressed page").message)
        return
    yield Page(source=source, content=data, kind=_kind_of(path))


def _skip_rest_of_line(handle: BinaryIO) -> None:
    """Consume the rest of an oversized line without holding it in memory."""
    while True:
        chunk = handle.readline(SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


@container_reader
def read_jsonl(handle: BinaryIO, name: str, options: Limits) -> Iterator[Page | SourceError]:
    """One page per line: an object with `html` or `text`, and optionally url, title, outlet, published."""
    number = records = 0
    while True:
        raw = handle.readline(options.max_bytes + 1)  # bounded: never a whole 600 MB line
        if not raw:
            break
        number += 1
        source = f"{name}#L{number}"
        if len(raw) > options.max_bytes:
            if not raw.endswith(b"\n"):
                _skip_rest_of_line(handle)
            yield SourceError(source, errors.TOO_LARGE, options.too_large("line").message, key=source)
            records += 1
            continue
        if not raw.strip():
            continue
        records += 1
        yield record_from_line(raw, number, source)
    if records == 0:  # nothing else would say this input was seen
        yield SourceError(name, errors.EMPTY, "the JSONL file holds no records")


def record_from_line(raw: bytes, number: int, source: str) -> Page | SourceError:
    """One JSONL line -> Page or SourceError; JSON too deep, too big a number or bad bytes are bad records."""
    try:
        record = json.loads(raw)
    except RecursionError:
        return SourceError(source, errors.BAD_RECORD, f"line {number} is nested too deeply to read", key=source)
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError, so is an over-long integer
        return SourceError(source, errors.BAD_RECORD, f"line {number} is not valid JSON: {exc}", key=source)
    return page_from_record(record, source)


def page_from_record(record: object, source: str) -> Page | SourceError:
    """A JSON object with `html` or `text` -> Page (shared by JSONL and the web API)."""
    if not isinstance(record, dict):
        return SourceError(source, errors.BAD_RECORD, "record is not a JSON object", key=source)
    html, text = record.get("html"), record.get("text")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str):
        return SourceError(source, errors.BAD_RECORD, "record has neither an 'html' nor a 'text' string", key=source)
    meta = {k: record[k] for k in ("title", "outlet") if isinstance(record.get(k), str)}
    url = _encodable(record["url"]) if isinstance(record.get("url"), str) else None
    published = record.get("published") if isinstance(record.get("published"), str) else None
    return Page(
        source=url or source,
        content=content,
        kind="html" if content is html else "text",
        url=url,
        published=published,
        meta=meta,
    )


def _encodable(value: str) -> str:
    """A string with lone surrogates (JSON allows "\\ud800") made encodable; used for the url,
    which becomes the input's source key and so must be the same string in every writer."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


#: suffix -> reader. Files with other suffixes are read as single pages and sniffed.
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    **{suffix: read_gzip for suffix in GZIP_SUFFIXES},
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


def guarded(items: Iterator[Page | SourceError], source: str) -> Iterator[Page | SourceError]:
    """The one boundary per input: whatever a reader raises becomes one error record for
    `source` (the file, or the container it was reading), and the batch goes on."""
    try:
        yield from items
    except RecursionError:
        yield SourceError(source, errors.BAD_RECORD, "input is nested too deeply to read", key=source)
    except Exception as exc:  # a reader or library bug must cost this input only
        yield SourceError(source, errors.UNREADABLE, f"cannot read input: {type(exc).__name__}: {exc}", key=source)


def read_file(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    """One file through its reader, inside the boundary."""
    return guarded(_reader_for(path)(path, options), display_name(path))


def list_files(item: str) -> Iterator[Path | SourceError]:
    """The files an input names: itself, or every file under a folder (sorted, recursive, hidden
    skipped); a path that cannot be used or listed is an error record. Both engines list inputs here."""
    path = Path(item)
    try:
        is_dir, exists = path.is_dir(), os.path.lexists(path)
    except (OSError, ValueError) as exc:  # a NUL byte in the name, a name too long
        yield SourceError(display_name(item), errors.NOT_FOUND, f"not a usable path: {exc}")
        return
    if is_dir:
        failures: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=failures.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            yield from (Path(root) / name for name in sorted(files) if not name.startswith("."))
        for failure in failures:  # a sub-folder that could not be listed is one error record
            yield SourceError(display_name(failure.filename or item), errors.UNREADABLE,
                              f"cannot list folder: {failure.strerror or failure}")
    elif exists:
        yield path
    else:
        yield SourceError(display_name(item), errors.NOT_FOUND, "no such file or folder")


def iter_path(item: str, options: Limits) -> Iterator[Page | SourceError]:
    """The pages of a file, or of every file under a folder."""
    for entry in list_files(item):
        if isinstance(entry, SourceError):
            yield entry
        else:
            yield from read_file(entry, options)


def read_stdin(options: Limits) -> Page | SourceError:
    try:
        data = sys.stdin.buffer.read(options.max_bytes + 1)
    except (OSError, ValueError, AttributeError) as exc:
        return SourceError("-", errors.UNREADABLE, f"cannot read standard input: {exc}", key="-")
    if len(data) > options.max_bytes:
        return SourceError("-", errors.TOO_LARGE, options.too_large("standard input").message, key="-")
    return Page(source="-", content=data)
