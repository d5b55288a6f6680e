"""`slant analyze`: inputs in, one contract object per input out."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from slant.analyze.registry import UnknownAnalyzer
from slant.cli import app
from slant.engine import default_workers, run_local
from slant.extract import ExtractOptions
from slant.extract.decode import DEFAULT_MAX_BYTES
from slant.pipeline import Pipeline
from slant.sources import SourceOptions, iter_pages
from slant.store.jsonl import dumps
from slant.summary import RunSummary

err = Console(stderr=True)


@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive), '-' for stdin, or http(s) URLs. .html/.htm, .txt, .jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSONL here (default: standard output)."),
    db: Optional[Path] = typer.Option(None, "--db", help="Also upsert results into this SQLite corpus."),
    workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0: one per core)."),
    analyzers: Optional[str] = typer.Option(None, "--analyzers", "-a", help="Comma-separated analyzer names (default: all defaults; '' for extraction only)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write an HTML report here."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse pages larger than this many bytes."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching private, loopback and link-local addresses."),
    batch_size: int = typer.Option(8, "--batch-size", help="Documents per analyzer batch."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 when any input failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract and analyze pages; write one JSON object per input (results and errors)."""
    names = None if analyzers is None else [a.strip() for a in analyzers.split(",") if a.strip()]
    try:
        pipeline = Pipeline(names, ExtractOptions(max_bytes=max_bytes))
    except UnknownAnalyzer as exc:
        raise typer.BadParameter(str(exc.args[0]), param_hint="--analyzers") from None
    items = iter_pages(inputs, SourceOptions(max_bytes=max_bytes, allow_private=allow_private))
    summary = run_analysis(
        items, pipeline, output=output, db=db, workers=workers or default_workers(),
        batch_size=batch_size, quiet=quiet, command=" ".join(sys.argv),
    )
    if report is not None:
        from slant.report import write_report

        source = output if output is not None else None
        write_report(jsonl=source, db=db, output=report)
        if not quiet:
            err.print(f"report written to {report}")
    if not quiet:
        print_summary(summary)
    if strict and summary.errors:
        raise typer.Exit(1)


def run_analysis(items, pipeline: Pipeline, output: Path | None, db: Path | None, workers: int,
                 batch_size: int, quiet: bool, command: str = "") -> RunSummary:
    """Drive the engine, stream JSONL, upsert into the store, count everything."""
    from slant.store.sqlite import CorpusStore

    summary = RunSummary()
    store = CorpusStore(db) if db is not None else None
    run_id = store.start_run(command) if store else None
    out_handle = open(output, "w", encoding="utf-8") if output is not None else sys.stdout
    progress = (
        Progress(SpinnerColumn(), TextColumn("[bold]analyzing"), BarColumn(), MofNCompleteColumn(),
                 TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn(), console=err, transient=False)
        if not quiet else nullcontext()
    )
    pending = []
    try:
        with progress:
            task = progress.add_task("analyze", total=None, errors=0) if not quiet else None
            for doc in run_local(items, pipeline, workers=workers, batch_size=batch_size):
                out_handle.write(dumps(doc) + "\n")
                summary.add(doc)
                if store is not None:
                    pending.append(doc)
                    if len(pending) >= 32:
                        store.upsert_many(pending, run_id)
                        pending.clear()
                if task is not None:
                    progress.update(task, advance=1, errors=summary.errors)
        if store is not None and pending:
            store.upsert_many(pending, run_id)
    finally:
        if out_handle is not sys.stdout:
            out_handle.close()
        else:
            out_handle.flush()
        if store is not None:
            store.finish_run(run_id, summary.seen, summary.results, summary.errors)
            store.close()
    return summary


def print_summary(summary: RunSummary) -> None:
    table = Table(title="slant analyze", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("inputs seen", str(summary.seen))
    table.add_row("documents", str(summary.results))
    table.add_row("comments", str(summary.comments))
    table.add_row("errors", str(summary.errors))
    for kind, count in summary.error_types.most_common():
        table.add_row(f"  {kind}", str(count))
    if summary.techniques:
        top = ", ".join(f"{t} {n}" for t, n in summary.techniques.most_common(3))
        table.add_row("top techniques", top)
    if summary.scored_comments:
        table.add_row("toxic comments", f"{summary.toxic_comments}/{summary.scored_comments} ({summary.toxic_comments / summary.scored_comments:.0%})")
        if summary.author_toxic:
            table.add_row("most toxic authors", ", ".join(f"{a} ({n})" for a, n in summary.author_toxic.most_common(3)))
    table.add_row("accounted", "yes" if summary.balanced else "NO")
    err.print(table)
