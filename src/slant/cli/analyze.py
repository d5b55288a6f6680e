"""`slant analyze`: inputs in, one contract object per input out."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from slant.analyze.registry import UnknownAnalyzer
from slant.cli import app
from slant.cli.options import (
    PACKS_HELP,
    THREAT_FRAMES_HELP,
    TOXICITY_THRESHOLD_HELP,
    parse_analyzers,
    parse_packs,
    toxicity_options,
    toxicity_thresholds,
)
from slant.config import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, ENGINES, Limits, RunConfig
from slant.run.batch import BatchResult, MaxErrorsExceeded, run_batch
from slant.run.pipeline import Pipeline
from slant.run.plugins import load_plugins
from slant.run.pool import WorkersKeepDying
from slant.store.outputs import writes_jsonl

err = Console(stderr=True)


@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive), '-' for stdin, or http(s) URLs. .html/.htm, .txt, .jsonl, .warc/.warc.gz, .parquet."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here: JSONL, Parquet when the name ends in .parquet, PTC technique TSV when it ends in .tsv (default: JSONL on standard output)."),
    db: Path | None = typer.Option(None, "--db", help="Also upsert results into this SQLite corpus; inputs it already holds are skipped (resume)."),
    workers: int = typer.Option(0, "--workers", "-w", help="Worker processes or Ray actors (0: one per core)."),
    analyzers: str | None = typer.Option(None, "--analyzers", "-a", help="Comma-separated analyzer names (default: all defaults; '' for extraction only)."),
    report: Path | None = typer.Option(None, "--report", help="Also write an HTML report here."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse pages larger than this many bytes."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching private, loopback and link-local addresses."),
    batch_size: int = typer.Option(8, "--batch-size", help="Documents per analyzer batch."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or ray (Ray Data; needs the 'ray' extra)."),
    ray_address: str | None = typer.Option(None, "--ray-address", help="Ray cluster to join (default: start a local Ray)."),
    resume: bool = typer.Option(True, "--resume/--no-resume", help="With --db: skip inputs the store already holds (default); --no-resume reprocesses everything."),
    max_errors: int | None = typer.Option(None, "--max-errors", help="Stop (exit status 2) once more than this many inputs failed; finished work stays stored."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 when any input failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    packs: str | None = typer.Option(None, "--packs", help=PACKS_HELP),
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet name for every input of this run (overrides the outlet found on the page; a per-record outlet in JSONL/Parquet still wins)."),
    max_seconds: float = typer.Option(DEFAULT_MAX_SECONDS, "--max-seconds", help="Time budget per document for extraction and for each analyzer; past it the document becomes a `timeout` error record."),
    toxicity_spans: bool = typer.Option(True, "--toxicity-spans/--no-toxicity-spans", help="Store the words that carry each toxicity flag (the model's token head: one more model pass per flagged comment)."),
    toxicity_threshold: list[str] = typer.Option([], "--toxicity-threshold", help=TOXICITY_THRESHOLD_HELP),
    threat_frames: bool = typer.Option(True, "--threat-frames/--no-threat-frames", help=THREAT_FRAMES_HELP),
    parquet_dir: Path | None = typer.Option(None, "--parquet-dir", file_okay=False, help="Also write results as a Parquet dataset in this folder (one part per batch; with --engine ray each actor writes its own parts); reruns skip inputs it holds."),
) -> None:
    """Extract and analyze pages; write one JSON object per input (results and errors)."""
    if engine not in ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
    if ray_address and engine != "ray":
        raise typer.BadParameter("only with --engine ray", param_hint="--ray-address")
    if max_errors is not None and max_errors < 0:
        raise typer.BadParameter("must be 0 or more", param_hint="--max-errors")
    if report is not None and db is None and (output is None or not writes_jsonl(output)):
        raise typer.BadParameter("needs -o FILE.jsonl or --db to read the results from", param_hint="--report")
    config = RunConfig.from_environment(
        limits=Limits(max_bytes=max_bytes, allow_private=allow_private, max_seconds=max_seconds),
        analyzers=parse_analyzers(analyzers), outlet=outlet or None,
        packs=parse_packs(packs), engine=engine,
        workers=workers, batch_size=batch_size, ray_address=ray_address, resume=resume, max_errors=max_errors,
        toxicity_thresholds=toxicity_thresholds(toxicity_threshold),
        analyzer_options=toxicity_options(toxicity_spans, threat_frames),
    )
    load_plugins(config.plugins)
    try:
        pipeline = Pipeline(config)
    except UnknownAnalyzer as exc:
        raise typer.BadParameter(str(exc.args[0]), param_hint="--analyzers") from None
    try:
        result = run_analysis(inputs, pipeline, output, db, quiet, " ".join(sys.argv), parquet_dir=parquet_dir)
    except MaxErrorsExceeded as exc:
        if not quiet:
            print_summary(exc.result)
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    except WorkersKeepDying as exc:
        err.print(f"[bold red]error:[/] {exc}; what finished is stored/written")
        raise typer.Exit(1) from None
    except ImportError as exc:
        if engine == "ray" and "ray" in str(exc):
            err.print("[bold red]error:[/] --engine ray needs Ray: pip install 'slant[ray]'")
            raise typer.Exit(2) from None
        raise
    if report is not None:
        from slant.report import write_report

        jsonl = output if output is not None and writes_jsonl(output) else None
        write_report(jsonl=jsonl, db=db, output=report)
        if not quiet:
            err.print(f"report written to {report}")
    if not quiet:
        print_summary(result)
    if strict and result.summary.errors:
        raise typer.Exit(1)


def run_analysis(inputs: list[str], pipeline: Pipeline, output: Path | None, db: Path | None, quiet: bool,
                 command: str = "", parquet_dir: Path | None = None) -> BatchResult:
    """`run_batch` with a progress bar on standard error."""
    if quiet:
        return run_batch(inputs, pipeline, output, db, command, parquet_dir=parquet_dir)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]analyzing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[errors]} errors, {task.fields[skipped]} skipped"),
                        TimeElapsedColumn(), console=err, transient=False)
    with progress if err.is_terminal else nullcontext():
        task = progress.add_task("analyze", total=None, errors=0, skipped=0)

        def tick(outcome: object, result: BatchResult) -> None:
            progress.update(task, advance=1, errors=result.summary.errors, skipped=result.skipped)

        return run_batch(inputs, pipeline, output, db, command, on_outcome=tick if err.is_terminal else None,
                         parquet_dir=parquet_dir)


def print_summary(result: BatchResult) -> None:
    summary = result.summary
    table = Table(title="slant analyze", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("inputs seen", str(result.seen))
    table.add_row("documents", str(summary.results))
    table.add_row("comments", str(summary.comments))
    table.add_row("errors", str(summary.errors))
    for kind, count in summary.error_types.most_common():
        table.add_row(f"  {kind}", str(count))
    if result.skipped:
        table.add_row("skipped (already in the store)", str(result.skipped))
        for why, count in result.skip_reasons.items():
            table.add_row(f"  skipped: {why}", str(count))
    if result.changed:
        table.add_row("re-analyzed (content changed)", str(result.changed))
    if result.replaced:
        table.add_row("older versions replaced", str(result.replaced))
    if result.duplicates:
        table.add_row("repeats within this run", str(result.duplicates))
    if summary.techniques:
        top = ", ".join(f"{t} {n}" for t, n in summary.techniques.most_common(3))
        table.add_row("top techniques", top)
    if summary.scored_comments:
        table.add_row("toxic comments", f"{summary.toxic_comments}/{summary.scored_comments} ({summary.toxic_comments / summary.scored_comments:.0%})")
        if summary.author_toxic:
            table.add_row("most toxic authors", ", ".join(f"{a} ({n})" for a, n in summary.author_toxic.most_common(3)))
        table.add_row("insults at commenters / at groups", f"{summary.insults_at_commenters} / {summary.insults_at_groups}")
        if summary.replies:
            table.add_row("most replies", ", ".join(f"{a} → {b} ({n})" for (a, b), n in summary.replies.most_common(3)))
    table.add_row("status", result.status)
    table.add_row(
        "accounted",
        f"yes: {result.seen} = {summary.results} + {summary.errors}" + (f" + {result.skipped}" if result.skipped else "")
        if result.balanced else "NO",
    )
    err.print(table)

