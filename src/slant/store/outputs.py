"""Result files: JSONL (the contract, one object per line), Parquet or PTC TSV (by suffix).

All take contract dicts (`Document.to_dict()`). PTC TSV (.tsv) is the format of the
Propaganda Techniques Corpus (SemEval-2020 Task 11): one line per body technique
span, so researchers can score slant's output with PTC tools; it keeps nothing else. Parquet has one row per input:
flat columns for filtering in data tools plus `record`, the full contract object
as JSON, so nothing is lost. Parquet is written to `<name>.partial` and renamed
when complete: a killed run never leaves a truncated file under the real name.

A results *dataset* (`--parquet-dir DIR`) is a folder of Parquet parts in the same
row layout, written by many writers at once (Ray actors, or the local driver): each
part is written under a hidden `.partial` name and renamed when complete, so readers
only ever see whole parts, and the (source, id) pairs the parts hold are what a rerun
skips. A crash between a part's rename and the store's commit (with `--db`) can leave
an input in two parts: readers of a dataset keep one record per (source, id).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    import pyarrow as pa

PARQUET_SUFFIXES = (".parquet", ".pq")
PTC_SUFFIXES = (".tsv",)
PTC_HEADER = ("article_id", "technique", "start", "end")
#: PTC names its articles article<ID>.txt; their results keep that id so PTC gold labels line up.
_PTC_ARTICLE = re.compile(r"^article(\w+)\.txt$")


class ResultWriter(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """Streams lines to a file or standard output; `flush` makes written lines durable."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.handle: IO[str] = open(path, "w", encoding="utf-8") if path is not None else sys.stdout

    def write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        if self.handle is sys.stdout:
            self.handle.flush()
        else:
            self.handle.close()


def _schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("language", pa.string()),
            ("text", pa.string()),
            ("n_comments", pa.int32()),
            ("n_techniques", pa.int32()),
            ("propaganda", pa.float64()),
            ("toxic_comment_share", pa.float64()),
            ("error_type", pa.string()),
            ("error_message", pa.string()),
            ("record", pa.string()),
        ]
    )


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    error = record.get("error") or {}
    scores = record.get("scores") or {}
    return {
        "id": record.get("id"),
        "source": record.get("source"),
        "url": record.get("url"),
        "outlet": record.get("outlet"),
        "title": record.get("title"),
        "published": record.get("published"),
        "language": record.get("language"),
        "text": record.get("text"),
        "n_comments": len(record.get("comments") or []),
        "n_techniques": len(record.get("techniques") or []),
        "propaganda": scores.get("propaganda"),
        "toxic_comment_share": scores.get("toxic_comment_share"),
        "error_type": error.get("type"),
        "error_message": error.get("message"),
        "record": json.dumps(record, ensure_ascii=False),
    }


class ParquetWriter:
    """Buffers rows and writes a row group every `rows_per_group` rows."""

    def __init__(self, path: Path, rows_per_group: int = 512) -> None:
        import pyarrow.parquet as pq

        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.schema = _schema()
        self.writer = pq.ParquetWriter(str(self.partial), self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []
        self.rows_per_group = rows_per_group
        self.closed = False

    def write(self, record: dict[str, Any]) -> None:
        self.rows.append(parquet_row(record))
        if len(self.rows) >= self.rows_per_group:
            self._write_group()

    def flush(self) -> None:
        """Nothing to make durable early: the file is only readable once closed."""

    def _write_group(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        if self.closed:
            return
        self._write_group()
        self.writer.close()
        os.replace(self.partial, self.path)
        self.closed = True


class PtcFragment(Protocol):
    """What a PTC TSV line holds (eval.ptc.Fragment is one)."""

    @property
    def article_id(self) -> str: ...

    @property
    def technique(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _ptc_csv(out: TextIO) -> Any:
    # Technique names contain commas, never tabs: tab-separated, nothing quoted.
    return csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")


def write_ptc_tsv(fragments: Iterable[PtcFragment], out: TextIO, header: bool = True) -> None:
    """PTC-format TSV: article_id, technique, start, end (tab separated), sorted."""
    writer = _ptc_csv(out)
    if header:
        writer.writerow(PTC_HEADER)
    for f in sorted(fragments, key=lambda f: (f.article_id, f.start, f.end, f.technique)):
        writer.writerow([f.article_id, f.technique, f.start, f.end])


def ptc_article_id(record: dict[str, Any]) -> str:
    """The PTC article id of an input named article<ID>.txt, else the document id."""
    name = str(record.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1]
    match = _PTC_ARTICLE.match(name)
    return match.group(1) if match else str(record.get("id"))


class PtcTsvWriter:
    """Streams one line per body technique span of each record; failed inputs write nothing."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.handle: IO[str] = open(self.path, "w", encoding="utf-8", newline="")
        self.writer = _ptc_csv(self.handle)
        self.writer.writerow(PTC_HEADER)

    def write(self, record: dict[str, Any]) -> None:
        article = ptc_article_id(record)
        spans = sorted(record.get("techniques") or [], key=lambda s: (s["start"], s["end"], s["technique"]))
        for span in spans:
            self.writer.writerow([article, span["technique"], span["start"], span["end"]])

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()


def writes_jsonl(path: Path | None) -> bool:
    """Whether `open_writer(path)` writes JSONL (the only result file `slant report` can read back)."""
    return path is None or path.suffix.lower() not in (*PARQUET_SUFFIXES, *PTC_SUFFIXES)


def open_writer(path: Path | None) -> ResultWriter:
    """JSONL for stdout and any other suffix; Parquet for .parquet/.pq; PTC TSV for .tsv."""
    suffix = path.suffix.lower() if path is not None else ""
    if path is not None and suffix in PARQUET_SUFFIXES:
        return ParquetWriter(path)
    if path is not None and suffix in PTC_SUFFIXES:
        return PtcTsvWriter(path)
    return JsonlWriter(path)


def read_parquet_records(path: str | Path) -> list[dict[str, Any]]:
    """The contract objects stored in a results Parquet file (in row order) or dataset folder
    (parts in name order, one record per (source, id))."""
    import pyarrow.parquet as pq

    if Path(path).is_dir():
        seen: set[tuple[str, str]] = set()
        records = []
        for part in dataset_parts(path):
            for record in read_parquet_records(part):
                key = (str(record.get("source")), str(record.get("id")))
                if key not in seen:
                    seen.add(key)
                    records.append(record)
        return records
    return [json.loads(r) for r in pq.read_table(str(path), columns=["record"]).column("record").to_pylist()]


#: Rows per part when one writer (the local driver) fills a dataset folder.
ROWS_PER_PART = 1000
PART_PREFIX = "part-"
PARTIAL_SUFFIX = ".partial"


def dataset_parts(folder: str | Path) -> list[Path]:
    """The complete parts of a results dataset, in name order (hidden `.partial` files are not parts)."""
    root = Path(folder)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.name.startswith(PART_PREFIX) and p.suffix in PARQUET_SUFFIXES
                  and p.is_file())


def dataset_inputs(folder: str | Path) -> dict[str, set[str]]:
    """source -> document ids a results dataset holds (what a rerun skips); reads two columns."""
    import pyarrow.parquet as pq

    done: dict[str, set[str]] = {}
    for part in dataset_parts(folder):
        table = pq.read_table(str(part), columns=["source", "id"])
        for source, doc_id in zip(table.column("source").to_pylist(), table.column("id").to_pylist()):
            done.setdefault(str(source), set()).add(str(doc_id))
    return done


def clear_dataset(folder: str | Path) -> int:
    """Remove a dataset's parts and leftover partial files (`--no-resume` rewrites it); returns how many."""
    root = Path(folder)
    gone = 0
    for path in [*dataset_parts(root), *root.glob(f".{PART_PREFIX}*{PARTIAL_SUFFIX}")] if root.is_dir() else []:
        path.unlink(missing_ok=True)
        gone += 1
    return gone


def write_part(folder: str | Path, records: list[dict[str, Any]]) -> Path | None:
    """Write `records` as one complete part of the dataset in `folder`, atomically.

    The name is a hash of the records' (source, id) pairs, so a batch that is retried
    (a restarted Ray actor) replaces its own part instead of adding a copy."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not records:
        return None
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    for record in records:
        digest.update(f"{record.get('source')}\x00{record.get('id')}\x00".encode("utf-8", "surrogatepass"))
    name = f"{PART_PREFIX}{digest.hexdigest()[:20]}.parquet"
    partial = root / f".{name}.{os.getpid()}{PARTIAL_SUFFIX}"
    table = pa.Table.from_pylist([parquet_row(r) for r in records], schema=_schema())
    pq.write_table(table, str(partial), compression="zstd")
    os.replace(partial, root / name)
    return root / name


class PartitionedWriter:
    """One writer filling a dataset folder (the local engine's driver): a part every `rows_per_part` rows."""

    def __init__(self, folder: Path, rows_per_part: int = ROWS_PER_PART) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.rows: list[dict[str, Any]] = []
        self.rows_per_part = rows_per_part

    def write(self, record: dict[str, Any]) -> None:
        self.rows.append(record)

    def flush(self) -> None:
        """Called after each store commit: a part once enough rows have gathered."""
        if len(self.rows) >= self.rows_per_part:
            self.close()

    def close(self) -> None:
        write_part(self.folder, self.rows)
        self.rows = []
