"""`slant search`: full-text search over a corpus store."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from slant.cli import app
from slant.store.corpus import RANK_CAP, Corpus, Filter
from slant.store.sqlite import CorpusStore


@app.command()
def search(
    query: str = typer.Argument(..., help="Words or an FTS5 query, e.g. 'ceasefire NOT Aleppo'."),
    db: Path = typer.Option(..., "--db", exists=True, dir_okay=False, help="The SQLite corpus."),
    limit: int = typer.Option(20, "--limit", "-n"),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet (site name or domain)."),
    technique: str | None = typer.Option(None, "--technique", help="Only documents with this technique."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines instead of a table."),
) -> None:
    """Search article bodies, titles and comments in a corpus."""
    with CorpusStore(db) as store:
        hits = Corpus(store).search(query, Filter(outlet=outlet, technique=technique), limit)
    if as_json:
        for hit in hits:
            typer.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
        return
    ranked = "" if hits.exhaustive else f" (very common: ranked among the newest {RANK_CAP:,} matches of each index)"
    table = Table(title=f"{len(hits)} hits for {query!r}{ranked}")
    for column in ("doc", "where", "title / author", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        who = hit.author if hit.where == "comment" else hit.title
        table.add_row(hit.doc_id, hit.where if not hit.comment_id else f"comment {hit.comment_id}", who or "", hit.snippet)
    Console().print(table)
