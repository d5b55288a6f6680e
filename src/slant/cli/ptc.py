"""`slant eval ptc`: score the techniques analyzer on a PTC split (SemEval-2020 Task 11 measures)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import eval_app


@eval_app.command("ptc")
def eval_ptc(
    data: Path = typer.Option(..., "--data", help="PTC folder holding dev/articles and dev/labels."),
    split: str = typer.Option("dev", "--split", help="Sub-folder of --data to score ('.' for the folder itself)."),
) -> None:
    """Run the shipped techniques analyzer on DATA/SPLIT and print SI, TC, FLC and per-technique F1 as JSON."""
    from slant.eval.ptc import evaluate

    typer.echo(json.dumps(evaluate(data, split), indent=2))
