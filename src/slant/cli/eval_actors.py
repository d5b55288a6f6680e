"""`slant eval actors`: who says what, scored against the offset gold of eval/gold/actors."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import eval_app


@eval_app.command("actors")
def eval_actors(
    gold: Path = typer.Option(..., "--gold", help="Folder of <article id>.json gold files (eval/gold/actors)."),
    data: Path = typer.Option(
        Path("../shared/data"), "--data", help="Folder the gold paths are relative to (holds ptc/ and basil/)."
    ),
    only: str = typer.Option("all", "--only", help="Which gold part to score: tune, heldout or all."),
) -> None:
    """Print label precision and recall (label and actor both right), quote-speaker accuracy, claim
    attribution accuracy (the claim over each gold quote names its speaker) and voice accuracy as JSON."""
    from slant.eval.actors import PARTS, evaluate_actors

    if only not in PARTS:
        raise typer.BadParameter(f"must be one of {', '.join(PARTS)}", param_hint="--only")
    typer.echo(json.dumps(evaluate_actors(gold, only, data), indent=2, ensure_ascii=False))
