"""Article body from scraped plain text, on pages nobody tuned the text path on.

Usage:
    python benchmarks/text_extraction.py [--data ../shared/data/extraction-benchmark] [--per-page]

Each of the 181 pages of the extraction benchmark is rendered to plain text the way a
scraper would (`slant.eval.render.render_text`: visible text, one block per line, no
boilerplate removal) and extracted as a `.txt` page. Printed as JSON:

- `text_body`: the body's shingle precision/recall/F1 against the benchmark's truth, with
  the scorer of `benchmarks/extraction.py`; `whole_page` scores the rendered text itself
  (what keeping everything would give, a floor to beat).
- `threads`: on how many pages the text path finds reader comments, and on how many of
  those the HTML path (which sees the markup) finds none. These are news articles whose
  comments, where they have any, load by script: a thread found only in the text is
  almost always article, gallery or teaser text read as comments, and that text is then
  missing from the body.
- `lost`: pages that gave an error record or crashed (there must be none).

`--shapes` times hard page shapes instead (one 1 MB line; 375 and 3,000 one-line comments):
the speed goals the tests check only as counted work.

`--only tune|heldout` scores one part: a page is held out when sha256 of its id, read as a
number, is divisible by 3 (fixed before any text-path work on these pages). Tune on the rest;
measure the held-out part once, at the end of a piece of work.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from slant.eval.splits import held_out_third

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import DEFAULT_DATA, score, summarize  # noqa: E402


def run(data: Path, per_page: bool = False, only: str = "all") -> dict[str, Any]:
    from slant.document import Page
    from slant.eval.render import render_text
    from slant.extract import extract
    from slant.extract.decode import decode_bytes

    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    body_rows, whole_rows, lost, pages = [], [], {}, {}
    text_threads = only_text_threads = 0
    chosen = [d for d in sorted(truth) if only == "all" or held_out_third(d) == (only == "heldout")]
    for doc_id in chosen:
        html = decode_bytes(gzip.decompress((data / "html" / f"{doc_id}.html.gz").read_bytes()))
        text = render_text(html)
        try:
            from_text = extract(Page(source=f"{doc_id}.txt", content=text, kind="text"))
            from_html = extract(Page(source=doc_id, content=html, kind="html"))
        except Exception as exc:  # an error record or a crash: a lost page, counted
            lost[doc_id] = f"{type(exc).__name__}: {exc}"
            body_rows.append(score(truth[doc_id]["articleBody"], ""))
            whole_rows.append(score(truth[doc_id]["articleBody"], text))
            continue
        row = score(truth[doc_id]["articleBody"], from_text.text)
        body_rows.append(row)
        whole_rows.append(score(truth[doc_id]["articleBody"], text))
        text_threads += bool(from_text.comments)
        only_text_threads += bool(from_text.comments) and not from_html.comments
        pages[doc_id] = {"f1": round(row["f1"], 4), "text_comments": len(from_text.comments),
                         "html_comments": len(from_html.comments)}
    out: dict[str, Any] = {
        "documents": len(chosen),
        "part": only,
        "text_body": summarize(body_rows),
        "whole_page": summarize(whole_rows),
        "threads": {"pages_with_text_comments": text_threads, "of_which_html_finds_none": only_text_threads},
        "lost": len(lost),
        "lost_documents": lost,
    }
    if per_page:
        out["pages"] = pages
    return out


def shapes() -> dict[str, Any]:
    """Seconds (best of two) the text path takes on page shapes that once took it quadratic time: one
    1 MB line, and pages of 375 and of 3,000 one-line comments (linear: the second about 8x the first)."""
    import time

    from slant.extract.text.page import extract_text

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            extract_text(text)
            best = min(best, time.perf_counter() - started)
        return round(best, 3)

    def comments(first: int, count: int) -> str:
        thread = "\n\n".join(f"Person Number{k}\n\nshort remark {k}" for k in range(first, first + count))
        return "A Headline About Something Here\n\n" + "Body text. " * 20 + "\n\n" + thread

    out = {"one_1mb_line_s": seconds("A Headline About Something Here\n\n" + "The council met again. " * 40_000),
           "comments_375_s": seconds(comments(0, 375)), "comments_3000_s": seconds(comments(10_000, 3000))}
    out["comments_ratio_8x"] = round(out["comments_3000_s"] / max(out["comments_375_s"], 1e-6), 2)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with html/ and ground-truth.json")
    parser.add_argument("--per-page", action="store_true", help="also print each page's body F1 and comment counts")
    parser.add_argument("--only", choices=("all", "tune", "heldout"), default="all", help="score one part (see the module doc)")
    parser.add_argument("--shapes", action="store_true", help="time hard page shapes instead (no data read)")
    args = parser.parse_args(argv)
    print(json.dumps(shapes() if args.shapes else run(args.data, args.per_page, args.only), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
