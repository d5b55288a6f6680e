"""How a run is configured: one `RunConfig`, built once at the edge and handed to every worker.

The CLI, the web server and the Python API each build a `RunConfig` from their own
options; the pool's worker processes and the Ray actors receive the same object
(it pickles), so nothing travels through environment variables. `Limits` is the part
that bounds what one input may cost: sources, extraction and the server all check
sizes against the same `Limits.max_bytes`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from slant import errors
from slant.errors import SlantInputError

#: The default page size limit (bytes of a file, a fetched page, a JSONL line or a record).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

#: The default time budget of one document per stage (extraction; each analyzer), in seconds.
DEFAULT_MAX_SECONDS = 60.0

#: Environment variables read once, at the edge (CLI, server start), into a RunConfig.
PLUGINS_ENV = "SLANT_PLUGINS"
ALIASES_ENV = "SLANT_ALIASES"

ENGINES = ("local", "ray")


@dataclass(frozen=True)
class Limits:
    """What one input may cost: its size, and for URLs the network policy and time."""

    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False
    fetch_timeout: float = 15.0
    max_redirects: int = 5
    #: seconds one document may spend in extraction, and again in each analyzer (0: no limit);
    #: a local pool also kills a worker whose batch runs far past these budgets
    max_seconds: float = DEFAULT_MAX_SECONDS

    def check_size(self, size: int, what: str = "input", unit: str = "bytes") -> None:
        """Raise the `too_large` input error when `size` exceeds `max_bytes`."""
        if size > self.max_bytes:
            raise self.too_large(what, size, unit)

    def too_large(self, what: str = "input", size: int | None = None, unit: str = "bytes") -> SlantInputError:
        """The one `too_large` error, for every place that checks a size (size None: read was cut at the limit)."""
        detail = f"{what} is {size:,} {unit}" if size is not None else f"{what} exceeds the limit"
        return SlantInputError(errors.TOO_LARGE, f"{detail}; the limit is {self.max_bytes:,} bytes")


@dataclass(frozen=True)
class RunConfig:
    """Everything a run needs to know, from the driver down to each analyzer.

    `analyzers` None means the registry's defaults; `threads` is onnxruntime's intra-op
    threads per worker (0: the engine divides the cores among its workers);
    `toxicity_thresholds` overrides the shipped per-attribute flag thresholds;
    `aliases` names an alias table that extends the actors analyzer's default one;
    `plugins` are modules that register extra analyzers, imported in every worker;
    `analyzer_options` holds settings for one analyzer by its registry name (plugins read theirs here).
    """

    limits: Limits = Limits()
    analyzers: tuple[str, ...] | None = None
    threads: int = 0
    toxicity_thresholds: Mapping[str, float] = field(default_factory=dict)
    aliases: str | None = None
    #: domain packs of actor aliases (src/slant/data/pack.<name>.json) merged over the general table
    packs: tuple[str, ...] = ("conflict-syria",)
    plugins: tuple[str, ...] = ()
    analyzer_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: the outlet every input of this run comes from (`--outlet`); a per-record outlet still wins
    outlet: str | None = None
    # how the batch runs (read by the driver, not by the workers)
    engine: str = "local"
    workers: int = 0
    batch_size: int = 8
    ray_address: str | None = None
    resume: bool = True
    max_errors: int | None = None
    commit_every: int = 32
    commit_seconds: float = 2.0

    def with_(self, **changes: Any) -> RunConfig:
        """A copy with some fields changed (`limits` may be given as a dict of its fields)."""
        limits = changes.get("limits")
        if isinstance(limits, Mapping):
            changes["limits"] = replace(self.limits, **limits)
        return replace(self, **changes)

    @classmethod
    def from_environment(cls, **fields: Any) -> RunConfig:
        """A RunConfig from explicit fields plus the SLANT_PLUGINS / SLANT_ALIASES variables,
        read here and nowhere else."""
        if "plugins" not in fields:
            fields["plugins"] = tuple(m.strip() for m in os.environ.get(PLUGINS_ENV, "").split(",") if m.strip())
        if "aliases" not in fields and os.environ.get(ALIASES_ENV):
            fields["aliases"] = os.environ[ALIASES_ENV]
        return cls(**fields)
