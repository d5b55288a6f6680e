"""`slant corpus outlets|events|documents`: browse a corpus store with filters."""

from __future__ import annotations

import json
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from slant.cli import app


class Listing(str, Enum):
    outlets = "outlets"
    events = "events"
    documents = "documents"


COLUMNS = {
    "outlets": ("outlet", "documents", "comments", "first_published", "last_published", "top_techniques", "top_labels"),
    "events": ("id", "label", "documents", "outlets", "first_published"),
    "documents": ("id", "outlet", "published", "title", "n_comments", "techniques", "claims"),
}


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=name) from None


@app.command()
def corpus(
    what: Listing = typer.Argument(..., help="What to list: outlets, events or documents."),
    db: Path = typer.Option(..., "--db", exists=True, dir_okay=False, help="The SQLite corpus."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet (site name or domain)."),
    since: str | None = typer.Option(None, "--since", help="Published on or after this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Published on or before this date (YYYY-MM-DD)."),
    technique: str | None = typer.Option(None, "--technique", help="Only documents with this technique, e.g. Name_Calling,Labeling."),
    actor: str | None = typer.Option(None, "--actor", help="Only documents that mention this actor (name or alias, substring)."),
    label: str | None = typer.Option(None, "--label", help="Only documents that apply this label to some actor, e.g. terrorists."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the outlets, events or documents of a corpus, filtered."""
    from slant.store.corpus import Corpus, Filter
    from slant.store.sqlite import CorpusStore

    where = Filter(outlet, _date(since, "--since"), _date(until, "--until"), technique, actor, label)
    with CorpusStore(db) as store:
        corpus = Corpus(store)
        if what is Listing.outlets:
            rows = corpus.outlet_figures(where)
        elif what is Listing.documents:
            rows = corpus.documents(where, limit=None)
        else:
            from slant.compare.corpus import list_events

            rows = list_events(corpus.list(where))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} {what.value}")
    for column in COLUMNS[what.value]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in COLUMNS[what.value]))
    Console().print(table)


def _cell(value: Any) -> str:
    """A table cell: lists joined, counts as 'name n', nothing as blank."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)
