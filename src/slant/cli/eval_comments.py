"""`slant eval comments` (comment extraction vs hashed gold) and `slant eval forum` (forum posts vs web-forum-52)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from slant.cli import eval_app

#: `--rendering`'s help: the scraper layouts of `slant.eval.render`.
RENDERING_HELP = (
    "With --as-text, the scraper layout: blocks (one block per line), spaced (a blank line between blocks) "
    "or nodes (every text node on its own line)."
)


def _check_rendering(rendering: str) -> None:
    from slant.eval.render import RENDERINGS

    if rendering not in RENDERINGS:
        raise typer.BadParameter(f"--rendering must be one of {', '.join(RENDERINGS)}")


@eval_app.command("comments")
def eval_comments(
    pages: Path = typer.Option(..., "--pages", help="Folder of saved HTML pages named by the gold files."),
    gold: Path = typer.Option(..., "--gold", help="Folder of comment gold JSON (format: eval/gold/comments/README.md)."),
    as_text: bool = typer.Option(False, "--as-text", help="Render each page to plain text first, as a scraper would."),
    only: str = typer.Option("all", "--only", help="Which pages: tune, heldout (sha256 rule) or all."),
    rendering: str = typer.Option("blocks", "--rendering", help=RENDERING_HELP),
) -> None:
    """Print comment F1, author and parent accuracy per page and in total as JSON."""
    from slant.eval.comments import score_comments

    if only not in {"tune", "heldout", "all"}:
        raise typer.BadParameter("--only must be tune, heldout or all")
    _check_rendering(rendering)
    result = score_comments(pages, gold, as_text=as_text, only=only, rendering=rendering)
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False))


@eval_app.command("forum")
def eval_forum(
    data: Path = typer.Option(..., "--data", help="The web-forum-52 folder (gold/*.json, Harvest's WEB-FORUM-52)."),
    threshold: float = typer.Option(95.0, "--threshold", help="Post-text similarity (0-100) a match must exceed; Harvest's test uses 95."),
    only: str = typer.Option("all", "--only", help="Which pages: tune, heldout (sha256 of html/<name>.html) or all."),
    page: list[str] = typer.Option([], "--page", help="Only these pages (gold file stems; repeatable), to iterate on a few."),
    as_text: bool = typer.Option(False, "--as-text", help="Render each page to plain text first, as a scraper would."),
    rendering: str = typer.Option("blocks", "--rendering", help=RENDERING_HELP),
) -> None:
    """Print forum-post precision/recall/F1 and user and date accuracy per page and in total as JSON."""
    from slant.eval.forum import score_forum

    if not (data / "gold").is_dir():
        raise typer.BadParameter(f"no gold/ folder in {data}")
    if only not in {"tune", "heldout", "all"}:
        raise typer.BadParameter("--only must be tune, heldout or all")
    _check_rendering(rendering)
    names = frozenset(page) or None
    result = score_forum(data, threshold=threshold, only=only, names=names, as_text=as_text, rendering=rendering)
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
