"""Outlet comparison on BASIL events: each outlet's event term, actor labels and loaded terms.

Runs the analyzers (default: actors, loaded terms, claims; add techniques with
--techniques) over the articles of the first N BASIL events and prints, per
event, what `slant compare` lists for each outlet, plus how many outlet columns
have each field filled. JSON on stdout.

    python benchmarks/basil_compare.py --data ../shared/data/basil --events 10
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from slant.compare.report import build_comparison
from slant.config import RunConfig  # noqa: E402
from slant.eval.events import load_basil
from slant.run.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="The BASIL folder.")
    parser.add_argument("--events", type=int, default=10, help="How many gold events (3 articles each).")
    parser.add_argument("--techniques", action="store_true", help="Also run the technique model.")
    args = parser.parse_args()

    docs, gold = load_basil(args.data)
    wanted = list(dict.fromkeys(gold))[: args.events]
    chosen = [d for d, g in zip(docs, gold) if g in wanted]
    for doc in chosen:
        doc.language = "en"
    names = (["techniques.v1"] if args.techniques else []) + ["actors.v1", "loaded_terms.v1", "claims.v1"]
    pipeline = Pipeline(RunConfig(analyzers=tuple(names) if names is not None else None))
    for start in range(0, len(chosen), 8):
        pipeline.analyze(chosen[start : start + 8])
    comparison = build_comparison(chosen)
    filled: Counter = Counter()
    columns = 0
    events = []
    for event in comparison["events"]:
        outlets = []
        for frame in event["framing"]:
            if frame["quoted"]:
                continue
            columns += 1
            for key in ("event_term", "actor_labels", "loaded_terms"):
                filled[key] += bool(frame[key])
            outlets.append(
                {
                    "outlet": frame["outlet"],
                    "event_term": frame["event_term"],
                    "actor_labels": frame["actor_labels"][:5] if isinstance(frame["actor_labels"], list) else frame["actor_labels"],
                    "loaded_terms": frame["loaded_terms"][:8] if isinstance(frame["loaded_terms"], list) else frame["loaded_terms"],
                }
            )
        events.append({"event": event["id"], "label": event.get("label"), "outlets": outlets})
    print(json.dumps({
        "documents": len(chosen),
        "events_found": len(events),
        "outlet_columns": columns,
        "filled": {k: f"{v}/{columns}" for k, v in filled.items()},
        "seconds_by_stage": {k: round(v, 1) for k, v in pipeline.timings.items()},
        "events": events,
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
