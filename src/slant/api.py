"""The Python API: analyze text, HTML or paths and get Documents back.

Each call takes an optional `RunConfig` (limits, analyzers, threads, thresholds);
`analyzers=` is a shortcut for `RunConfig(analyzers=...)`. One Pipeline per
distinct config is built on first use (models load once) and reused by later
calls in the same process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence

from slant.config import Limits, RunConfig
from slant.document import Document, Page
from slant.run.pipeline import Pipeline
from slant.run.pool import run_local
from slant.sources import iter_pages

_pipelines: dict[str, Pipeline] = {}
_lock = threading.Lock()


def get_pipeline(config: RunConfig | None = None) -> Pipeline:
    """The shared pipeline for this config (None: the defaults)."""
    config = config if config is not None else RunConfig()
    key = repr(config)
    with _lock:
        if key not in _pipelines:
            _pipelines[key] = Pipeline(config)
        return _pipelines[key]


def _config(config: RunConfig | None, analyzers: Sequence[str] | None,
            toxicity_thresholds: Mapping[str, float] | None = None) -> RunConfig:
    """The run config with the call's shortcuts applied (thresholds checked: ValueError if bad)."""
    from slant.analyze.toxicity import check_thresholds

    config = config if config is not None else RunConfig()
    if analyzers is not None:
        config = config.with_(analyzers=tuple(analyzers))
    if toxicity_thresholds:
        merged = {**config.toxicity_thresholds, **check_thresholds(toxicity_thresholds)}
        config = config.with_(toxicity_thresholds=merged)
    return config


def analyze_text(text: str, url: str | None = None, analyzers: Sequence[str] | None = None,
                 config: RunConfig | None = None,
                 toxicity_thresholds: Mapping[str, float] | None = None) -> Document:
    """Analyze a page scraped to plain text (boilerplate and comments are inferred).

    `toxicity_thresholds` (attribute -> probability) overrides the calibrated flag thresholds."""
    page = Page(source=url or "<text>", content=text, kind="text", url=url)
    return get_pipeline(_config(config, analyzers, toxicity_thresholds)).process_batch([page])[0]


def analyze_html(html: str, url: str | None = None, analyzers: Sequence[str] | None = None,
                 config: RunConfig | None = None,
                 toxicity_thresholds: Mapping[str, float] | None = None) -> Document:
    """Analyze an HTML page (body via trafilatura, comment threads from the markup)."""
    page = Page(source=url or "<html>", content=html, kind="html", url=url)
    return get_pipeline(_config(config, analyzers, toxicity_thresholds)).process_batch([page])[0]


def analyze_paths(
    paths: Iterable[str],
    analyzers: Sequence[str] | None = None,
    workers: int = 1,
    allow_private: bool = False,
    config: RunConfig | None = None,
    toxicity_thresholds: Mapping[str, float] | None = None,
) -> list[Document]:
    """Analyze files, folders or URLs: one Document per input (failed ones carry `error`).

    `workers` and `allow_private` apply when no `config` is given."""
    if config is None:
        config = RunConfig(workers=workers, limits=Limits(allow_private=allow_private))
    config = _config(config, analyzers, toxicity_thresholds)
    return list(run_local(iter_pages([str(p) for p in paths], config.limits), get_pipeline(config)))
