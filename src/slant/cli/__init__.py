"""The `slant` command line: a thin Typer layer over the library.

Each command lives in its own module below and calls one library function.
Modules attach their commands to `app` (or to `eval_app` for `slant eval ...`)
when imported; `COMMAND_MODULES` lists them all, in help order.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="slant",
    help="Show how news pages push a narrative: techniques, labels, claims, framing, toxic threads.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Score slant on research datasets and gold files; prints JSON.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

#: Every module that registers commands. Add new command modules here.
COMMAND_MODULES: tuple[str, ...] = (
    "slant.cli.analyze",
    "slant.cli.search",
    "slant.cli.analyzers",
    "slant.cli.techniques",
    "slant.cli.eval_extraction",
    "slant.cli.eval_comments",
    "slant.cli.eval_actors",
    "slant.cli.report",
    "slant.cli.serve",
    "slant.cli.olid",
    "slant.cli.eval_functional",
    "slant.cli.ptc",
    "slant.cli.nlp_eval",
    "slant.cli.compare",
    "slant.cli.corpus",
    "slant.cli.store",
)

for _module in COMMAND_MODULES:
    importlib.import_module(_module)


def main() -> None:
    """Console-script entry point. A store written by another slant version is a usage problem
    with a known fix, so it gets one line and exit status 2, not a traceback."""
    from slant.store.sqlite import StoreSchemaError

    try:
        app()
    except StoreSchemaError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
