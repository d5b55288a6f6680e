"""Every analyzer slant knows, registered in one place under a versioned name.

`SPECS` is the one table: per analyzer its target ("module:attribute", imported only
by `create()`, so importing the registry loads no model), whether the default run
includes it, what it writes, which analyzers' output it reads, and whether it works on
a bare text (the spaCy component). `DEFAULT_ANALYZERS`, `SPACY_DEFAULT_ANALYZERS` and
`REGISTRY` are derived from it.

`REGISTRY` (name -> target) stays a plain dict because plugins add to it
(`REGISTRY["x.v1"] = "module:Class"`) and the engines replay it in worker processes;
a plugin entry without a spec is treated as a non-default analyzer with no dependencies.

Dependencies are "runs after": `reads` names analyzers whose layers an analyzer uses
when they ran (loaded_terms.v1 adds the techniques layer's loaded-language spans).
`resolve()` orders a selection so that every analyzer runs after those it reads; it does
not add missing ones (each analyzer works without them, with less to read), and it
raises `UnknownAnalyzer` for names it does not know.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from slant.analyze.base import Analyzer
from slant.config import RunConfig


@dataclass(frozen=True)
class AnalyzerSpec:
    """One registered analyzer: where it lives and how it fits with the others."""

    name: str
    target: str  # "module:attribute": a class (or factory) taking no arguments, or with `from_config(config)`
    default: bool = False  # run when the user names no analyzers
    writes: tuple[str, ...] = ()  # layers and fields it fills ("comments." = on each comment)
    reads: tuple[str, ...] = ()  # analyzers whose output it uses when they ran: it runs after them
    on_text: bool = True  # works on a bare text (False: comments only; the spaCy component skips it)


#: The table, in default run order.
SPECS: dict[str, AnalyzerSpec] = {
    spec.name: spec
    for spec in (
        AnalyzerSpec(
            "techniques.v1", "slant.analyze.techniques:TechniqueAnalyzer", default=True,
            writes=("techniques", "scores.propaganda"),
        ),
        AnalyzerSpec(
            "actors.v1", "slant.analyze.actors:ActorsAnalyzer", default=True,
            writes=("actors", "actor_mentions"),
        ),
        AnalyzerSpec(
            "loaded_terms.v1", "slant.analyze.loaded_terms:LoadedTermsAnalyzer", default=True,
            writes=("loaded_terms", "comments.loaded_terms"), reads=("techniques.v1",),
        ),
        AnalyzerSpec(
            "claims.v1", "slant.analyze.claims:ClaimsAnalyzer", default=True,
            writes=("claims",),
        ),
        AnalyzerSpec(
            "toxicity.v1", "slant.analyze.toxicity:ToxicityAnalyzer", default=True,
            writes=("comments.toxicity", "comments.flags", "comments.spans", "scores.toxic_comment_share", "thread"),
            on_text=False,
        ),
        AnalyzerSpec(
            "voice.v1", "slant.analyze.voice:VoiceAnalyzer", default=True,
            writes=("quotes", "voice"),
            reads=("techniques.v1", "actors.v1", "loaded_terms.v1", "claims.v1"),
        ),
    )
}

#: name -> "module:attribute", for every analyzer including plugins'.
REGISTRY: dict[str, str] = {name: spec.target for name, spec in SPECS.items()}

#: What `slant analyze` runs when the user names no analyzers.
DEFAULT_ANALYZERS: tuple[str, ...] = tuple(name for name, spec in SPECS.items() if spec.default)

#: What the spaCy component runs by default: the defaults that work on a bare text.
SPACY_DEFAULT_ANALYZERS: tuple[str, ...] = tuple(n for n in DEFAULT_ANALYZERS if SPECS[n].on_text)


class UnknownAnalyzer(KeyError):
    """Raised for a name that is not in the registry."""


class DependencyCycle(ValueError):
    """Raised when declared dependencies cannot be ordered."""


def available() -> list[str]:
    """Every registered analyzer name, sorted."""
    return sorted(REGISTRY)


def spec(name: str) -> AnalyzerSpec:
    """The spec of a registered analyzer (plugins without one get a bare spec)."""
    if name not in REGISTRY:
        raise UnknownAnalyzer(f"unknown analyzer {name!r}; known: {', '.join(available())}")
    known = SPECS.get(name)
    if known is not None and known.target == REGISTRY[name]:
        return known
    return AnalyzerSpec(name, REGISTRY[name])


def create(name: str, config: RunConfig | None = None) -> Analyzer:
    """Build the analyzer registered under `name` (imports its module lazily).

    A factory with a `from_config` classmethod is built from `config` (threads, aliases,
    packs, thresholds); others (plugins) are called with no arguments.
    """
    module_name, _, attribute = spec(name).target.partition(":")
    factory = getattr(importlib.import_module(module_name), attribute)
    from_config = getattr(factory, "from_config", None)
    # the factory is imported by name, so its type is only known at run time
    analyzer: Analyzer
    if callable(from_config):
        analyzer = from_config(config if config is not None else RunConfig())
    else:
        analyzer = factory()
    return analyzer


def _newest(name: str) -> str:
    if name in REGISTRY:
        return name
    versions = sorted(
        (n for n in REGISTRY if n.split(".v")[0] == name),
        key=lambda n: int(n.rsplit(".v", 1)[1]),
    )
    if not versions:
        raise UnknownAnalyzer(f"unknown analyzer {name!r}; known: {', '.join(available())}")
    return versions[-1]


def order(names: Sequence[str]) -> list[str]:
    """`names` (registered, deduplicated) with each analyzer after the selected ones it reads;
    otherwise in the given order."""
    chosen = list(dict.fromkeys(names))
    done: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            raise DependencyCycle(f"analyzer dependencies form a cycle through {name!r}")
        visiting.add(name)
        for dep in spec(name).reads:
            if dep in chosen:
                visit(dep)
        visiting.discard(name)
        done.append(name)

    for name in chosen:
        visit(name)
    return done


def resolve(names: Sequence[str] | None) -> list[str]:
    """Expand user-given names in run order: None (or empty) means the defaults; 'techniques'
    means its newest version; analyzers run after those they read (see the module doc)."""
    if not names:
        return list(DEFAULT_ANALYZERS)
    return order([_newest(name) for name in names])
