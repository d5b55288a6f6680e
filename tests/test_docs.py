"""Docs that cannot drift: every command and option of the CLI appears in the README."""

from __future__ import annotations

from pathlib import Path

import typer.main

from slant.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix: str = ""):
    click_group = typer.main.get_command(group)
    for name, command in click_group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            for sub_name, sub in command.commands.items():
                yield f"{full} {sub_name}", sub
        else:
            yield full, command


def test_every_command_is_documented() -> None:
    missing = [name for name, _ in _commands(app) if f"slant {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_option_is_documented() -> None:
    """Every option of every command, with its command: a user reading the README meets them all."""
    missing = [
        f"slant {name} {opt}"
        for name, command in _commands(app)
        for param in command.params
        for opt in param.opts
        if opt.startswith("--") and opt not in README
    ]
    assert not missing, f"options missing from README.md: {missing}"


def test_readme_shows_the_two_commands_first() -> None:
    head = README[: README.index("## Usage")]
    assert "make demo" in head and "make test" in head
