"""Every analyzer slant knows, registered in one place under a versioned name.

Entries point at "module:attribute" so that importing the registry loads no
model; `create()` imports and builds an analyzer on first use. The default
pipeline runs the names in `DEFAULT_ANALYZERS`, in that order (later analyzers
may read layers that earlier ones made).
"""

from __future__ import annotations

import importlib

from slant.analyze.base import Analyzer

#: name -> "module:factory". The factory takes no arguments and returns an Analyzer.
REGISTRY: dict[str, str] = {
    "techniques.v1": "slant.analyze.techniques:TechniqueAnalyzer",
    "actors.v1": "slant.analyze.actors:ActorsAnalyzer",
    "loaded_terms.v1": "slant.analyze.loaded_terms:LoadedTermsAnalyzer",
    "claims.v1": "slant.analyze.claims:ClaimsAnalyzer",
    "toxicity.v1": "slant.analyze.toxicity:ToxicityAnalyzer",
}

#: What `slant analyze` runs when the user names no analyzers.
DEFAULT_ANALYZERS: tuple[str, ...] = (
    "techniques.v1",
    "actors.v1",
    "loaded_terms.v1",
    "claims.v1",
    "toxicity.v1",
)


class UnknownAnalyzer(KeyError):
    """Raised for a name that is not in the registry."""


def available() -> list[str]:
    """Every registered analyzer name, sorted."""
    return sorted(REGISTRY)


def create(name: str) -> Analyzer:
    """Build the analyzer registered under `name` (imports its module lazily)."""
    try:
        target = REGISTRY[name]
    except KeyError:
        raise UnknownAnalyzer(f"unknown analyzer {name!r}; known: {', '.join(available())}") from None
    module_name, _, attribute = target.partition(":")
    factory = getattr(importlib.import_module(module_name), attribute)
    analyzer = factory()
    return analyzer


def resolve(names: list[str] | tuple[str, ...] | None) -> list[str]:
    """Expand user-given names: None means the defaults; 'techniques' means its newest version."""
    if not names:
        return list(DEFAULT_ANALYZERS)
    resolved = []
    for name in names:
        if name in REGISTRY:
            resolved.append(name)
            continue
        versions = sorted(
            (n for n in REGISTRY if n.split(".v")[0] == name),
            key=lambda n: int(n.rsplit(".v", 1)[1]),
        )
        if not versions:
            raise UnknownAnalyzer(f"unknown analyzer {name!r}; known: {', '.join(available())}")
        resolved.append(versions[-1])
    return resolved
