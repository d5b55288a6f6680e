"""`slant eval claims|bias|samples`: figures of claims.v1, loaded_terms.v1 and actors.v1 as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import eval_app


@eval_app.command("claims")
def eval_claims(
    data: Path = typer.Option(..., "--data", help="The claims data folder (claimbuster/, clef2019-task1/, clef2020-task5/)."),
) -> None:
    """Check-worthiness on the ClaimBuster test part and the CLEF test sets (F1, MAP)."""
    from slant.eval.claims import evaluate_claims

    typer.echo(json.dumps(evaluate_claims(data), indent=2))


@eval_app.command("bias")
def eval_bias(
    data: Path = typer.Option(..., "--data", help="A folder holding babe/ (and basil/), or the BABE folder itself."),
    basil: Path | None = typer.Option(None, "--basil", help="The BASIL folder when --data is the BABE folder."),
) -> None:
    """Loaded-word tagging on the BABE test part and on BASIL's lexical-bias spans."""
    from slant.eval.bias import evaluate_bias

    babe_dir = data / "babe" if (data / "babe").is_dir() else data
    basil_dir = basil or (data / "basil" if (data / "basil").is_dir() else None)
    typer.echo(json.dumps(evaluate_bias(babe_dir, basil_dir), indent=2))


@eval_app.command("samples")
def eval_samples(
    gold: Path = typer.Option(..., "--gold", help="Folder of <page>.txt and <page>.gold.json files."),
    gold_lines: bool = typer.Option(False, "--gold-lines", help="Build body and comments from the gold line kinds, not the extractor."),
) -> None:
    """Actor-label recall, claim recall and attribution accuracy against hand-made gold pages."""
    from slant.eval.samples import evaluate_samples

    typer.echo(json.dumps(evaluate_samples(gold, gold_lines=gold_lines), indent=2, ensure_ascii=False))
