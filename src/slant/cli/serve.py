"""`slant serve`: the web app and REST API (uvicorn), loopback by default."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from slant.cli import app
from slant.cli.options import (
    PACKS_HELP,
    THREAT_FRAMES_HELP,
    TOXICITY_THRESHOLD_HELP,
    parse_analyzers,
    parse_packs,
    toxicity_options,
    toxicity_thresholds,
)
from slant.config import DEFAULT_MAX_BYTES, Limits, RunConfig


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind. Anything but loopback should use --token."),
    port: int = typer.Option(8000, "--port"),
    db: Path | None = typer.Option(None, "--db", dir_okay=False, help="SQLite corpus to browse and store into (default: in memory)."),
    token: str | None = typer.Option(None, "--token", envvar="SLANT_TOKEN", help="Require this token on every page and API route (env SLANT_TOKEN)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URL analysis of private, loopback and link-local addresses."),
    max_body_bytes: int = typer.Option(2_000_000, "--max-body-bytes", help="Refuse request bodies larger than this (413)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", "--max-page-bytes", help="Refuse pages (pasted, uploaded or fetched) larger than this many bytes; extraction honours the same limit."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds one analysis may take (waiting included) before the request gets 504 and its worker is stopped."),
    workers: int = typer.Option(0, "--workers", help="Analyses run at once, each in its own worker process with its own pipeline (0: one per core)."),
    queue: int = typer.Option(8, "--queue", help="Analyses that may wait for a worker; beyond that requests get 503."),
    analyzers: str | None = typer.Option(None, "--analyzers", "-a", help="Comma-separated analyzer names (default: the defaults)."),
    packs: str | None = typer.Option(None, "--packs", help=PACKS_HELP),
    toxicity_threshold: list[str] = typer.Option([], "--toxicity-threshold", help=TOXICITY_THRESHOLD_HELP),
    threat_frames: bool = typer.Option(True, "--threat-frames/--no-threat-frames", help=THREAT_FRAMES_HELP),
) -> None:
    """Serve the web app: analyze pages, browse and search the corpus, compare outlets; REST API under /api."""
    import uvicorn

    from slant.run.plugins import load_plugins
    from slant.server.app import create_app
    from slant.server.settings import SERVER_FETCH_TIMEOUT, Settings

    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        typer.echo(f"warning: serving on {host} without --token; anyone who can reach it can use it", err=True)

    run = RunConfig.from_environment(
        analyzers=parse_analyzers(analyzers), packs=parse_packs(packs), limits=Limits(max_bytes=max_bytes, allow_private=allow_private, fetch_timeout=SERVER_FETCH_TIMEOUT),
        toxicity_thresholds=toxicity_thresholds(toxicity_threshold),
        analyzer_options=toxicity_options(threat_frames=threat_frames),
    )
    load_plugins(run.plugins)
    settings = Settings(
        db=db, token=token or os.environ.get("SLANT_TOKEN") or None, run=run,
        max_body_bytes=max_body_bytes, timeout=timeout, workers=workers, queue=queue,
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=False)
