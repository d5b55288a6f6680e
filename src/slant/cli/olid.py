"""`slant eval olid | toxicity-baseline | toxicity-samples`: score the shipped toxicity model."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import eval_app


@eval_app.command("olid")
def eval_olid(
    data: Path = typer.Option(..., "--data", help="The OLID v1.0 folder (testset-level*.tsv, labels-level*.csv)."),
) -> None:
    """Print macro-F1 of OLID levels A, B and C on the official test sets as JSON."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.olid import evaluate_olid

    typer.echo(json.dumps(evaluate_olid(data, ToxicityScorer()), indent=2))


@eval_app.command("toxicity-baseline")
def eval_toxicity_baseline(
    data: Path = typer.Option(..., "--data", help="The OLID v1.0 folder."),
) -> None:
    """Compare slant with alt-profanity-check on the OLID level-A test set, in one run (JSON)."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.olid import evaluate_baseline

    typer.echo(json.dumps(evaluate_baseline(data, ToxicityScorer()), indent=2))


@eval_app.command("toxicity-samples")
def eval_toxicity_samples(
    gold: Path = typer.Option(..., "--gold", help="Folder of *.gold.json files with comments[].toxicity."),
) -> None:
    """Print per-attribute precision, recall and F1 of comment flags on gold threads (JSON)."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.olid import evaluate_samples

    typer.echo(json.dumps(evaluate_samples(gold, ToxicityScorer()), indent=2))


@eval_app.command("toxic-spans")
def eval_toxic_spans(
    data: Path = typer.Option(..., "--data", help="SemEval-2021 Task 5 folder holding tsd_{train,trial,test}.csv."),
    split: str = typer.Option("test", "--split", help="train, trial or test."),
    limit: int = typer.Option(0, "--limit", help="Score only the first N posts (0: all)."),
) -> None:
    """Print the Task 5 span F1 of the toxicity flags' evidence spans (JSON)."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.olid import evaluate_toxic_spans

    typer.echo(json.dumps(evaluate_toxic_spans(data, ToxicityScorer(), split, limit or None), indent=2))


@eval_app.command("toxicity-news")
def eval_toxicity_news(
    data: Path = typer.Option(..., "--data", help="The html-comments folder (holding pages/ and pages-dev/)."),
    gold: Path = typer.Option(Path("eval/gold/toxicity-news"), "--gold", help="Folder of per-page toxicity labels."),
    only: str = typer.Option("tune", "--only", help="tune, heldout or all comments (the held-out third by comment)."),
    calibrate: bool = typer.Option(False, "--calibrate", help="Also print the best-F1 threshold per attribute on these comments."),
) -> None:
    """Print per-attribute flag precision, recall and F1 on hand-labelled news and forum comments (JSON)."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.toxicity_news import evaluate

    try:
        result = evaluate(gold, data, ToxicityScorer(), only, fit=calibrate)
    except (OSError, ValueError, KeyError) as exc:
        raise typer.BadParameter(str(exc)) from None
    typer.echo(json.dumps(result, indent=2))


@eval_app.command("threats")
def eval_threats(
    data: Path = typer.Option(..., "--data", help="The toxicity-extra folder (toxic-spans/ and implicit-hate/)."),
    only: str = typer.Option("tune", "--only", help="tune, heldout or all (held out: SemEval-2021 trial/test posts; sha256(tweet) % 3 == 0)."),
) -> None:
    """Print threat-flag precision, recall and F1 on Civil Comments threat spans and Implicit Hate threats (JSON)."""
    from slant.analyze.toxicity import ToxicityScorer
    from slant.eval.threats import evaluate_threats

    try:
        result = evaluate_threats(data, ToxicityScorer(), only)
    except (OSError, ValueError, KeyError) as exc:
        raise typer.BadParameter(str(exc)) from None
    typer.echo(json.dumps(result, indent=2))
