"""Per-document cost (ms/doc) of the spaCy parse, actors.v1, claims.v1 and loaded_terms.v1.

Runs on news article bodies (BASIL, 100 articles by default) with models loaded once;
prints JSON. The parse is shared: actors and claims reuse it.

    python benchmarks/nlp_cost.py ../shared/data/basil [N]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    from slant.analyze.actors import ActorsAnalyzer
    from slant.analyze.claims import ClaimsAnalyzer
    from slant.analyze.loaded_terms import LoadedTermsAnalyzer
    from slant.document import Document
    from slant.nlp.spacy_runtime import get_nlp, parse_documents

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/basil")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    docs = []
    for path in sorted((folder / "articles").glob("*/*.json"))[:n]:
        art = json.loads(path.read_text(encoding="utf-8"))
        body = "\n\n".join(" ".join(p) for p in art["body-paragraphs"])
        docs.append(Document(id=path.stem, source=str(path), text=body, title=art.get("title")))
    get_nlp()
    analyzers = {"actors.v1": ActorsAnalyzer(), "claims.v1": ClaimsAnalyzer(), "loaded_terms.v1": LoadedTermsAnalyzer()}
    out: dict = {"documents": len(docs), "mean_chars": round(sum(len(d.text) for d in docs) / len(docs))}
    t0 = time.perf_counter()
    parse_documents(docs, comments=True)
    out["spacy_parse_ms_per_doc"] = round((time.perf_counter() - t0) * 1000 / len(docs), 1)
    for name, analyzer in analyzers.items():
        t0 = time.perf_counter()
        analyzer(docs)
        out[f"{name}_ms_per_doc_after_parse"] = round((time.perf_counter() - t0) * 1000 / len(docs), 1)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
