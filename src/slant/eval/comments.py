"""Score comment extraction against hashed gold (`eval/gold/comments/`, see its README).

A predicted comment matches a gold comment when the sha1 of its first 12 normalized
words equals the gold's `opening_sha1`; failing that, when the Dice overlap of their
word-hash lists (first 32 words) is at least FUZZY_DICE, so a stray word does not zero
a page. Matching is one-to-one, best first. Author accuracy compares normalized names;
parent accuracy asks that a matched comment's parent map to its gold parent (top-level
to top-level; a reply to a predicted comment that matched nothing, such as a forum's
opening post, counts as top-level).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from slant.document import Comment, Document
from slant.eval.gold_tools import opening_sha1, word_hashes
from slant.eval.metrics import f1
from slant.eval.splits import held_out_third

#: Minimum word-hash Dice overlap for a fuzzy match.
FUZZY_DICE = 0.6

#: page path, as_text -> predicted comments (swapped in tests, so scoring is checked without the extractor).
Predictor = Callable[[Path, bool], list[Comment]]


def is_held_out(file_name: str) -> bool:
    """The issue's held-out rule, fixed before any result was looked at."""
    return held_out_third(file_name)


def norm_author(name: str | None) -> str | None:
    """Compare display names case- and spacing-insensitively, without a leading @."""
    if not name:
        return None
    return " ".join(unicodedata.normalize("NFKC", name).casefold().strip().lstrip("@").split()) or None


def _dice(a: list[str], b: list[str]) -> float:
    total = len(a) + len(b)
    return 2 * sum((Counter(a) & Counter(b)).values()) / total if total else 0.0


def match(pred: list[Comment], gold: list[dict[str, Any]]) -> dict[int, int]:
    """Predicted index -> gold index, exact opening hash first, then fuzzy."""
    out: dict[int, int] = {}
    used: set[int] = set()
    by_hash: dict[str, list[int]] = {}
    for j, g in enumerate(gold):
        by_hash.setdefault(g["opening_sha1"], []).append(j)
    for i, c in enumerate(pred):
        free = [j for j in by_hash.get(opening_sha1(c.text), []) if j not in used]
        if free:
            out[i] = free[0]
            used.add(free[0])
    pairs = []
    for i, c in enumerate(pred):
        if i in out:
            continue
        hashes = word_hashes(c.text)
        for j, g in enumerate(gold):
            if j not in used:
                score = _dice(hashes, g.get("word_hashes", []))
                if score >= FUZZY_DICE:
                    pairs.append((score, -abs(i - j), i, j))
    for _, _, i, j in sorted(pairs, reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _mapped_parent(parent: str | None, index_of: dict[str, int], pairs: dict[int, int]) -> int | None:
    """Gold index of a predicted parent; None (top-level) when that parent matched no gold comment.

    Such a parent is already a false positive, and on forums it is typically the opening
    post, which gold treats as the body: a reply to it is a top-level comment in gold.
    A reply whose parent matched a *different* gold comment is wrong.
    """
    if parent is None or parent not in index_of:
        return None
    return pairs.get(index_of[parent])


def score_page(pred: list[Comment], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts and rates for one page."""
    pairs = match(pred, gold)
    index_of = {c.id: i for i, c in enumerate(pred)}
    authors = parents = 0
    for i, j in pairs.items():
        authors += norm_author(pred[i].author) == norm_author(gold[j].get("author"))
        parents += _mapped_parent(pred[i].parent, index_of, pairs) == gold[j].get("parent")
    n = len(pairs)
    precision = n / len(pred) if pred else float(not gold)
    recall = n / len(gold) if gold else float(not pred)
    return {
        "gold": len(gold), "predicted": len(pred), "matched": n,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1(precision, recall), 4),
        "author_accuracy": round(authors / n, 4) if n else None,
        "parent_accuracy": round(parents / n, 4) if n else None,
        "authors_right": authors, "parents_right": parents,
    }


def extract_page(html: str, source: str, as_text: bool = False, rendering: str = "blocks") -> Document:
    """Extract an HTML page, or with `as_text` its scraper rendering (`slant.eval.render.RENDERINGS`)
    as a `.txt` page.

    The one path every `--as-text` score goes through, so comment and forum figures agree.
    """
    from slant.document import Page
    from slant.extract import extract

    if as_text:
        from slant.eval.render import render_text

        return extract(Page(source=source, content=render_text(html, rendering), kind="text"))
    return extract(Page(source=source, content=html, kind="html"))


def _predict(page: Path, as_text: bool, rendering: str = "blocks") -> list[Comment]:
    from slant.eval.gold_tools import page_bytes
    from slant.extract.decode import decode_bytes

    return extract_page(decode_bytes(page_bytes(page)), str(page), as_text, rendering).comments


def score_comments(
    pages: Path,
    gold_dir: Path,
    as_text: bool = False,
    only: str = "all",
    predict: Predictor | None = None,
    rendering: str = "blocks",
) -> dict[str, Any]:
    """Score every page that has a gold file; `only` picks tune, heldout or all pages, `rendering`
    the scraper layout of `as_text`.

    A page that cannot be read or extracted is scored as nothing found and counted `lost`.
    """
    from slant.errors import SlantInputError

    predict = predict or partial(_predict, rendering=rendering)
    per_page: dict[str, Any] = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = gold["page"]
        if (only == "tune" and is_held_out(name)) or (only == "heldout" and not is_held_out(name)):
            continue
        try:
            pred = predict(pages / name, as_text)
            per_page[name] = score_page(pred, gold["comments"])
        except (SlantInputError, OSError) as exc:
            per_page[name] = {**score_page([], gold["comments"]), "error": str(exc)}
    return {**read_as(as_text, rendering), "only": only, "pages": per_page, "total": _totals(list(per_page.values()))}


def read_as(as_text: bool, rendering: str) -> dict[str, Any]:
    """How a score read its pages, for its JSON: the rendering only where they were read as text."""
    return {"as_text": as_text, "rendering": rendering} if as_text else {"as_text": as_text}


def _totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    matched = sum(r["matched"] for r in rows)
    n_pred = sum(r["predicted"] for r in rows)
    n_gold = sum(r["gold"] for r in rows)
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return {
        "pages": len(rows), "lost": sum("error" in x for x in rows), "gold": n_gold, "predicted": n_pred, "matched": matched,
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4),
        "author_accuracy": round(sum(x["authors_right"] for x in rows) / matched, 4) if matched else None,
        "parent_accuracy": round(sum(x["parents_right"] for x in rows) / matched, 4) if matched else None,
    }
