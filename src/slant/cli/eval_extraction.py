"""`slant eval extraction`: score plain-text extraction on a folder of gold files."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import eval_app


@eval_app.command("extraction")
def eval_extraction(
    gold: Path = typer.Option(..., "--gold", help="Folder of *.gold.json files and the pages they name."),
) -> None:
    """Print line accuracy, comment boundary F1, author and parent accuracy as JSON."""
    from slant.eval.extraction import score_extraction

    typer.echo(json.dumps(score_extraction(gold), indent=2, ensure_ascii=False))
