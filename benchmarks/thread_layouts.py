"""Comment threads printed by many comment systems nobody tuned the extractor on, from HTML and as text.

Usage:
    python benchmarks/thread_layouts.py [--only tune|heldout|all] [--modes html,blocks,spaced,nodes] [--per-layout]
    python benchmarks/thread_layouts.py --show LAYOUT [--lang en] [--mode blocks]

`benchmarks/layouts/` holds invented threads in five languages (`thread.py`) and page
generators that print them the way a comment system does (Disqus, WordPress, phpBB, a
newspaper's own markup, Stack Exchange, ...: `plugins.py`, `cms.py`, `forums.py`, `newsrooms.py`,
`social.py`),
reconstructed from memory of those systems and written without looking at the extractor.
Every layout prints every thread, so the gold is known exactly: each post's author, text and
reply parent. Each page is read from HTML and in the scraper renderings of
`slant.eval.render` and scored with the comment eval's matcher (`slant.eval.comments.score_page`).

Printed as JSON, per mode: comment precision/recall/F1, author and parent accuracy, pages
lost; and for the article body, the share of article paragraphs found in it and the number of
comments that leaked into it.

A layout is held out when sha256 of its name, read as a number, is divisible by 3 (fixed
before the first run). Tune on the rest; `--show` refuses held-out layouts; measure the
held-out part once, at the end of a piece of work.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from slant.eval.splits import held_out_third

sys.path.insert(0, str(Path(__file__).resolve().parent))

from layouts.thread import THREADS, UI, UIS, Thread  # noqa: E402

GROUPS = ("plugins", "cms", "forums", "newsrooms", "social")
MODES = ("html", "blocks", "spaced", "nodes")

Layout = Callable[[Thread, UI], str]


def layouts() -> dict[str, Layout]:
    """Every layout of every group module that exists."""
    found: dict[str, Layout] = {}
    for group in GROUPS:
        try:
            module = importlib.import_module(f"layouts.{group}")
        except ModuleNotFoundError:
            continue
        found.update(module.LAYOUTS)
    return found


def gold(thread: Thread) -> list[dict[str, Any]]:
    from slant.eval.gold_tools import opening_sha1, word_hashes

    return [
        {"author": p.author, "opening_sha1": opening_sha1(p.text), "word_hashes": word_hashes(p.text), "parent": p.parent}
        for p in thread.posts
    ]


def _words(text: str) -> str:
    return " ".join(text.split())


def body_check(thread: Thread, body: str) -> dict[str, int]:
    """Article paragraphs found in the body, and comments whose first paragraph leaked into it."""
    flat = _words(body)
    return {
        "paragraphs": len(thread.article),
        "paragraphs_found": sum(_words(p) in flat for p in thread.article),
        "comments_leaked": sum(_words(p.paragraphs[0]) in flat for p in thread.posts if len(p.paragraphs[0]) > 20),
    }


def read_page(page: str, source: str, mode: str) -> Any:
    from slant.eval.comments import extract_page

    return extract_page(page, source, as_text=mode != "html", rendering="blocks" if mode == "html" else mode)


def score_layout(name: str, layout: Layout, mode: str) -> dict[str, Any]:
    from slant.eval.comments import score_page

    rows = []
    for thread in THREADS:
        page = layout(thread, UIS[thread.lang])
        try:
            doc = read_page(page, f"{name}-{thread.lang}.{'html' if mode == 'html' else 'txt'}", mode)
        except Exception as exc:  # an error record or a crash: a lost page, counted
            print(f"lost: {name} {thread.lang} {mode}: {type(exc).__name__}: {exc}", file=sys.stderr)
            rows.append({**score_page([], gold(thread)), "pages": 1, "lost": 1, **body_check(thread, "")})
            continue
        rows.append({**score_page(doc.comments, gold(thread)), "pages": 1, "lost": 0, **body_check(thread, doc.text)})
    return _sum(rows)


def _sum(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Totals over pages or layouts, from their counts."""
    from slant.eval.metrics import f1

    keys = ("pages", "lost", "gold", "predicted", "matched", "authors_right", "parents_right", "paragraphs",
            "paragraphs_found", "comments_leaked")
    total = {k: sum(x[k] for x in rows) for k in keys}
    p = total["matched"] / total["predicted"] if total["predicted"] else 0.0
    r = total["matched"] / total["gold"] if total["gold"] else 0.0
    m = total["matched"]
    return {
        **total, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4),
        "author_accuracy": round(total["authors_right"] / m, 4) if m else None,
        "parent_accuracy": round(total["parents_right"] / m, 4) if m else None,
        "body_recall": round(total["paragraphs_found"] / total["paragraphs"], 4) if total["paragraphs"] else None,
    }


def run(only: str = "all", modes: tuple[str, ...] = MODES, per_layout: bool = False) -> dict[str, Any]:
    chosen = {n: f for n, f in sorted(layouts().items()) if only == "all" or held_out_third(n) == (only == "heldout")}
    out: dict[str, Any] = {"part": only, "layouts": sorted(chosen), "threads": len(THREADS), "modes": {}}
    for mode in modes:
        rows = {name: score_layout(name, layout, mode) for name, layout in chosen.items()}
        out["modes"][mode] = _sum(list(rows.values()))
        if per_layout:
            out.setdefault("per_layout", {})[mode] = {
                n: {k: r[k] for k in ("f1", "author_accuracy", "parent_accuracy", "lost", "comments_leaked",
                                      "paragraphs_found")}
                for n, r in rows.items()
            }
    return out


def show(name: str, lang: str, mode: str) -> None:
    """Print one tune layout's page as read in `mode`, and what the extractor found, beside the gold."""
    from slant.eval.render import render_text

    if held_out_third(name):
        raise SystemExit(f"{name} is held out: measure it, do not look at it")
    thread = next(t for t in THREADS if t.lang == lang)
    page = layouts()[name](thread, UIS[lang])
    if mode != "html":
        print(render_text(page, mode))
        print("=" * 80)
    doc = read_page(page, f"{name}.{'html' if mode == 'html' else 'txt'}", mode)
    print("BODY:", doc.text[:300].replace("\n", " | "))
    for c in doc.comments:
        print(f"- [{c.id} <- {c.parent}] {c.author!r}: {c.text[:90]!r}")
    print("GOLD:")
    for i, p in enumerate(thread.posts):
        print(f"- [{i} <- {p.parent}] {p.author!r}: {p.text[:90]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("tune", "heldout", "all"), default="tune")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--per-layout", action="store_true")
    parser.add_argument("--show", metavar="LAYOUT")
    parser.add_argument("--lang", default="en", choices=sorted(UIS))
    parser.add_argument("--mode", default="blocks", choices=MODES)
    args = parser.parse_args(argv)
    if args.show:
        show(args.show, args.lang, args.mode)
        return 0
    print(json.dumps(run(args.only, tuple(args.modes.split(",")), args.per_layout), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
