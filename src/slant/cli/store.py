"""`slant store import|migrate`: bulk-load results into a corpus store, convert old stores."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import app

store_app = typer.Typer(help="Corpus store maintenance: bulk import, schema migration.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("import")
def import_results(
    results: Path = typer.Argument(..., exists=True, help="A results Parquet file (slant analyze -o X.parquet) or a dataset folder of Parquet parts (slant analyze --parquet-dir DIR)."),
    db: Path = typer.Option(..., "--db", help="The SQLite corpus to load into (created if missing)."),
) -> None:
    """Load every document of a results Parquet file or dataset folder into the store (upserts; prints counts as JSON)."""
    from slant.store.sqlite import import_parquet

    typer.echo(json.dumps(import_parquet(results, db)))


@store_app.command("migrate")
def migrate_store(
    db: Path = typer.Option(..., "--db", exists=True, dir_okay=False, help="A store written by an older slant."),
) -> None:
    """Convert an older store to the current layout in place (the old file is kept as DB.v1)."""
    from slant.store.sqlite import migrate

    typer.echo(json.dumps(migrate(db)))
