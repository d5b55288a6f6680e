"""Per-document cost of the spaCy parse and the parse-based analyzers, how it grows, and onnxruntime threads.

Sections (all in one process, models loaded once; prints JSON):

  cost:       ms/doc of the spaCy parse, actors.v1, claims.v1, loaded_terms.v1 and voice.v1
              over news article bodies (BASIL, 100 articles by default); the parse is
              shared: the analyzers reuse it.
  scaling:    ms per 1,000 characters of actors.v1, claims.v1 and voice.v1 on bodies of
              5k, 20k and 80k characters (BASIL bodies joined), the parse not counted
              (CPU time of this process, best of two): flat when the analyzer is linear.
  components: seconds per spaCy component for the bodies and for the comments of a
              synthetic corpus (slant.sources.synthetic, the corpus benchmarks/pipeline.py
              uses): what parsing comments costs, component by component.
  spinning:   the techniques encoder on 2 onnxruntime threads with spinning on and off,
              alternating, over the sentences and comments of that corpus: wall and CPU
              seconds of this process (which counts onnxruntime's threads).

    python benchmarks/nlp_cost.py [--data ../shared/data/basil] [--docs 100]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "basil"
#: Body lengths (characters) the scaling section measures.
SCALING_CHARS = (5_000, 20_000, 80_000)
#: Spinning rounds (each runs both settings, in alternating order).
SPIN_ROUNDS = 3


def basil_docs(folder: Path, n: int) -> list[Any]:
    from slant.document import Document

    docs = []
    for path in sorted((folder / "articles").glob("*/*.json"))[:n]:
        art = json.loads(path.read_text(encoding="utf-8"))
        body = "\n\n".join(" ".join(p) for p in art["body-paragraphs"])
        docs.append(Document(id=path.stem, source=str(path), text=body, title=art.get("title")))
    return docs


def analyzers() -> dict[str, Callable[..., None]]:
    from slant.analyze.actors import ActorsAnalyzer
    from slant.analyze.claims import ClaimsAnalyzer
    from slant.analyze.loaded_terms import LoadedTermsAnalyzer
    from slant.analyze.voice import VoiceAnalyzer

    return {"actors.v1": ActorsAnalyzer(), "claims.v1": ClaimsAnalyzer(), "loaded_terms.v1": LoadedTermsAnalyzer(),
            "voice.v1": VoiceAnalyzer()}


def cost(docs: list[Any], named: dict[str, Callable[..., None]]) -> dict[str, Any]:
    from slant.analyze.base import BatchContext

    out: dict[str, Any] = {"documents": len(docs), "mean_chars": round(sum(len(d.text) for d in docs) / len(docs))}
    context = BatchContext()
    started = time.perf_counter()
    context.parsed(docs, comments=True)
    out["spacy_parse_ms_per_doc"] = round((time.perf_counter() - started) * 1000 / len(docs), 1)
    for name, analyzer in named.items():
        started = time.perf_counter()
        analyzer(docs, context)
        out[f"{name}_ms_per_doc_after_parse"] = round((time.perf_counter() - started) * 1000 / len(docs), 1)
    return out


def scaling(docs: list[Any], named: dict[str, Callable[..., None]]) -> dict[str, Any]:
    from slant.analyze.base import BatchContext
    from slant.document import Document

    joined = "\n\n".join(d.text for d in docs)
    out: dict[str, Any] = {}
    for chars in SCALING_CHARS:
        doc = Document(id=f"joined-{chars}", source="basil", text=joined[:chars], title=docs[0].title)
        context = BatchContext()
        context.parsed([doc], comments=True)
        row = {}
        for name in ("actors.v1", "claims.v1", "voice.v1"):
            best = float("inf")
            for _ in range(2):
                started = time.process_time()
                named[name]([doc], context)
                best = min(best, time.process_time() - started)
            row[name] = round(best * 1000 / (len(doc.text) / 1000), 2)
        out[f"{len(doc.text)}_chars_ms_per_1k_chars"] = row
    return out


def synthetic(docs: int = 4, words: int = 1000, comments: int = 50) -> list[Any]:
    """The synthetic articles benchmarks/pipeline.py measures, extracted."""
    from slant.config import RunConfig
    from slant.run.pipeline import Pipeline
    from slant.sources import iter_pages
    from slant.sources.synthetic import write_corpus

    with tempfile.TemporaryDirectory(prefix="slant-nlp-cost-") as tmp:
        paths = [str(p) for p in write_corpus(Path(tmp), docs, words, comments)]
        pipeline = Pipeline(RunConfig(analyzers=(), threads=1))
        return [d for d in pipeline.run(iter_pages(paths, pipeline.config.limits)) if d.ok]


def components(docs: list[Any]) -> dict[str, Any]:
    from slant.nlp.spacy_runtime import BATCH_SIZE, get_nlp

    nlp = get_nlp()
    parts = {"bodies": [d.text for d in docs], "comments": [c.text for d in docs for c in d.comments]}
    out: dict[str, Any] = {}
    for part, texts in parts.items():
        sdocs = [nlp.make_doc(t) for t in texts]
        seconds: dict[str, float] = {}
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            if hasattr(component, "pipe"):
                sdocs = list(component.pipe(sdocs, batch_size=BATCH_SIZE))
            else:
                sdocs = [component(d) for d in sdocs]
            seconds[name] = round(time.perf_counter() - started, 3)
        out[part] = {"texts": len(texts), "chars": sum(map(len, texts)), "seconds": seconds,
                     "total_s": round(sum(seconds.values()), 3)}
    return out


def spinning(docs: list[Any]) -> dict[str, Any]:
    from slant.analyze.techniques import sentence_bounds
    from slant.nlp.onnx_model import OnnxModel, model_dir

    texts = [d.text[a:b] for d in docs for a, b in sentence_bounds(d.text)] + [c.text for d in docs for c in d.comments]
    models = {setting: OnnxModel(model_dir("techniques"), threads=2, spinning=setting == "on") for setting in ("on", "off")}
    batches = [models["off"].tokenize(texts[i : i + 32]) for i in range(0, len(texts), 32)]
    for model in models.values():
        model.run(batches[0])  # warm-up
    runs: dict[str, list[dict[str, float]]] = {"on": [], "off": []}
    for rnd in range(SPIN_ROUNDS):
        for setting in ("on", "off") if rnd % 2 == 0 else ("off", "on"):
            wall, cpu = time.perf_counter(), time.process_time()
            for batch in batches:
                models[setting].run(batch)
            runs[setting].append({"wall_s": round(time.perf_counter() - wall, 3), "cpu_s": round(time.process_time() - cpu, 3)})
    return {"rows": len(texts), "threads": 2, "runs": runs,
            "cpu_s_min": {k: min(r["cpu_s"] for r in v) for k, v in runs.items()},
            "wall_s_min": {k: min(r["wall_s"] for r in v) for k, v in runs.items()}}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="BASIL folder (articles/<year>/<id>.json)")
    parser.add_argument("--docs", type=int, default=100, help="BASIL articles for the cost section")
    args = parser.parse_args(argv)
    from slant.nlp.spacy_runtime import get_nlp

    get_nlp()
    named = analyzers()
    load_before = os.getloadavg()[0]
    docs = basil_docs(args.data, args.docs)
    if not docs:
        raise SystemExit(f"no BASIL articles under {args.data}/articles")
    made = synthetic()
    out = {
        "cost": cost(docs, named),
        "scaling": scaling(docs, named),
        "components": components(made),
        "spinning": spinning(made),
        "load_avg_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        "cores": os.cpu_count(),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
