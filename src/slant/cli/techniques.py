"""`slant techniques`: what each of the 14 propaganda techniques means."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from slant.analyze.glossary import glossary, glossary_json, propaganda_definition
from slant.cli import app


@app.command("techniques")
def techniques(
    as_json: bool = typer.Option(False, "--json", help="Print the glossary as JSON (what GET /api/techniques returns)."),
) -> None:
    """List the propaganda techniques slant tags, with a definition and an example of each."""
    if as_json:
        typer.echo(json.dumps(glossary_json(), ensure_ascii=False, indent=2))
        return
    table = Table(title="Propaganda techniques (SemEval-2020 Task 11)", show_lines=True)
    table.add_column("technique (label)", overflow="fold", ratio=2)
    table.add_column("definition", overflow="fold", ratio=3)
    table.add_column("example", overflow="fold", ratio=3)
    for entry in glossary().values():
        # Text objects, not markup strings: a '[' in an entry must print as itself
        name = Text(entry.name, style="bold")
        name.append("\n" + entry.technique, style="dim")
        table.add_row(name, Text(entry.definition), Text(entry.example, style="italic"))
    console = Console()
    console.print(table)
    console.print(Text("Propaganda score: " + propaganda_definition()))
