"""Analyzer plugins: modules that register extra analyzers, imported in every worker.

A plugin is an importable module that adds entries to
`slant.analyze.registry.REGISTRY` when imported. `RunConfig.plugins` names such
modules (the CLI fills it from `SLANT_PLUGINS`); the driver, every pool worker
and every Ray actor import them before building a Pipeline. Analyzers registered
by hand in the driver reach workers through the registry snapshot.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable


def load_plugins(modules: Iterable[str]) -> list[str]:
    """Import every named module (idempotent); returns their names."""
    names = [m for m in modules if m]
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
