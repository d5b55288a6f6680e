"""`slant eval functional`: the toxicity functional suite, accuracy per test (JSON)."""

from __future__ import annotations

import json

import typer

from slant.cli import eval_app


@eval_app.command("functional")
def eval_functional(
    part: str = typer.Option("heldout", "--part", help="heldout (never trained or tuned on), train, or all templates."),
) -> None:
    """Print accuracy per functional test and overall, for hateful and non-hateful cases (JSON)."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.functional import PARTS, evaluate_functional

    if part not in PARTS:
        raise typer.BadParameter(f"--part must be one of {', '.join(PARTS)}")
    typer.echo(json.dumps(evaluate_functional(ToxicityScorer(), part=part), indent=2))
