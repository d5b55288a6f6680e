"""`slant compare` (outlets side by side per event) and `slant eval events` (grouping on BASIL)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from slant.cli import app, eval_app

err = Console(stderr=True)


@app.command()
def compare(
    db: Path = typer.Option(..., "--db", exists=True, dir_okay=False, help="The SQLite corpus (from slant analyze --db)."),
    output: Path = typer.Option(..., "--output", "-o", help="compare.json for JSON, any other name (compare.html) for an offline HTML page."),
    event: str | None = typer.Option(None, "--event", help="Only this event id (see `slant corpus events`)."),
    threshold: float | None = typer.Option(None, "--threshold", help="Similarity above which documents are one event (default 0.2)."),
    window_days: int | None = typer.Option(None, "--window-days", help="Never group documents further apart than this many days (default 7; -1: no limit)."),
) -> None:
    """Group the corpus into events and compare how each outlet framed them."""
    from slant.compare import UnknownEvent, compare_store, write_comparison
    from slant.compare.report import comparison_options

    try:
        data = compare_store(db, event_id=event, **comparison_options(threshold, window_days))
    except UnknownEvent:
        err.print(f"no event {event!r} in {db}; list them with: slant corpus events --db {db}")
        raise typer.Exit(2) from None
    kind = write_comparison(data, output)
    err.print(f"{len(data['events'])} events, {len(data['outlets'])} outlets: {kind} written to {output}")


@eval_app.command("events")
def eval_events(
    data: Path = typer.Option(..., "--data", exists=True, file_okay=False, help="The BASIL folder (with articles/<year>/*.json)."),
    threshold: float | None = typer.Option(None, "--threshold", help="Override the grouping threshold."),
    window_days: int | None = typer.Option(None, "--window-days", help="Override the date window (-1: none)."),
    years: str | None = typer.Option(None, "--years", help="Comma-separated years to keep, e.g. 2011,2013."),
) -> None:
    """Print adjusted Rand index and purity of event grouping against BASIL's triplets, as JSON."""
    from slant.eval.events import score_events

    keep = {y.strip() for y in years.split(",") if y.strip()} if years else None
    typer.echo(json.dumps(score_events(data, threshold=threshold, window_days=window_days, years=keep), indent=2))
