"""Options that several commands share, parsed one way (sqlite-utils' reusable option bundles)."""

from __future__ import annotations

import typer

from slant.config import RunConfig

PACKS_HELP = "Comma-separated domain packs of actor aliases (default: conflict-syria; '' for none). See `slant analyzers`."


def parse_packs(value: str | None) -> tuple[str, ...]:
    """The packs named on the command line (None: the default ones), checked against those shipped."""
    from slant.nlp.lexicons import available_packs

    if value is None:
        return RunConfig().packs
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = [name for name in names if name not in available_packs()]
    if unknown:
        raise typer.BadParameter(f"unknown pack(s) {', '.join(unknown)}; shipped: {', '.join(available_packs())}",
                                 param_hint="--packs")
    return names


def parse_analyzers(value: str | None) -> tuple[str, ...] | None:
    """Comma-separated analyzer names (None: the defaults; '': extraction only)."""
    return None if value is None else tuple(a.strip() for a in value.split(",") if a.strip())


TOXICITY_THRESHOLD_HELP = (
    "Flag a toxicity attribute at this probability instead of the calibrated threshold, e.g. threat=0.2 (repeatable)."
)


def toxicity_thresholds(values: list[str]) -> dict[str, float]:
    """--toxicity-threshold attr=value options, checked (a bad one is a usage error, not a crash)."""
    from slant.analyze.toxicity import parse_thresholds

    try:
        return parse_thresholds(values)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--toxicity-threshold") from None


THREAT_FRAMES_HELP = (
    "Flag threat and toxic where a comment says a stock threat in its own words ('I know where you live'), "
    "whatever the model's probabilities (default); --no-threat-frames leaves only the model's flags."
)


def toxicity_options(spans: bool = True, threat_frames: bool = True) -> dict[str, dict[str, bool]]:
    """`analyzer_options` for the toxicity analyzer from its switches (empty where both are on)."""
    options = {key: False for key, on in (("spans", spans), ("threat_frames", threat_frames)) if not on}
    return {"toxicity.v1": options} if options else {}
