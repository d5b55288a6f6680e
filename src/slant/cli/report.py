"""`slant report`: results (JSONL or an SQLite corpus) in, one self-contained HTML file out."""

from __future__ import annotations

from pathlib import Path

import typer

from slant.cli import app


@app.command()
def report(
    jsonl: Path | None = typer.Argument(None, exists=True, dir_okay=False, help="Results written by `slant analyze` (JSONL)."),
    db: Path | None = typer.Option(None, "--db", exists=True, dir_okay=False, help="Read documents from this SQLite corpus."),
    output: Path = typer.Option(Path("report.html"), "--output", "-o", help="Where to write the HTML report."),
) -> None:
    """Write an offline HTML report: highlighted techniques, actors, claims, comment threads, charts."""
    from slant.report import write_report

    if jsonl is None and db is None:
        raise typer.BadParameter("give a JSONL results file or --db", param_hint="JSONL")
    path = write_report(jsonl=jsonl, db=db, output=output)
    typer.echo(f"report written to {path}")
