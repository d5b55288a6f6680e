"""`slant analyzers`: list what the registry knows."""

from __future__ import annotations

import typer

from slant.analyze.registry import DEFAULT_ANALYZERS, available
from slant.cli import app


@app.command("analyzers")
def list_analyzers() -> None:
    """List registered analyzers ('*' marks the defaults) and the shipped domain packs."""
    from slant.config import RunConfig
    from slant.nlp.lexicons import available_packs

    for name in available():
        typer.echo(f"{'*' if name in DEFAULT_ANALYZERS else ' '} {name}")
    default_packs = RunConfig().packs
    for pack in available_packs():
        typer.echo(f"{'*' if pack in default_packs else ' '} pack {pack}")
