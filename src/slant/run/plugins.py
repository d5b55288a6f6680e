"""Analyzer plugins named in the environment, so worker processes see them too.

A plugin is an importable module that adds entries to
`slant.analyze.registry.REGISTRY` when imported. `SLANT_PLUGINS` lists such
modules (comma-separated); the CLI, every pool worker and every Ray actor import
them before building a Pipeline. Tests use it to run fake analyzers in real
subprocesses without shipping them.
"""

from __future__ import annotations

import importlib
import os

ENV_VAR = "SLANT_PLUGINS"


def plugin_modules() -> list[str]:
    return [m.strip() for m in os.environ.get(ENV_VAR, "").split(",") if m.strip()]


def load_plugins() -> list[str]:
    """Import every module named in SLANT_PLUGINS (idempotent); returns their names."""
    names = plugin_modules()
    for name in names:
        importlib.import_module(name)
    return names


def registry_snapshot() -> dict[str, str]:
    """The registry as this process sees it, to replay in workers that did not fork from it."""
    from slant.analyze.registry import REGISTRY

    return dict(REGISTRY)


def apply_registry(entries: dict[str, str]) -> None:
    """Add entries a parent process had (spawned workers and Ray actors start from scratch)."""
    from slant.analyze.registry import REGISTRY

    for name, target in entries.items():
        REGISTRY.setdefault(name, target)
