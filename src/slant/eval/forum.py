"""Score forum-post extraction on web-forum-52 (Harvest's WEB-FORUM-52 gold standard).

Each gold file is one thread page with its posts in page order (post text, user, date;
format in the dataset's README). slant's posts for a page are its body (a forum's
opening post, with the document's author and date) followed by its comments.

Terms follow the dataset's own test: a predicted post matches a gold post when their
whitespace-normalized texts have a similarity ratio above `threshold` (Harvest's
integration test uses fuzzywuzzy's `fuzz.ratio > 95`; fuzzywuzzy without
python-Levenshtein is difflib's SequenceMatcher ratio, used here). Matching is
one-to-one, best first. Post precision = matched / predicted posts, recall = matched /
gold posts. User and date accuracy are over matched posts: the gold user is a profile
link or a name, so a link is replaced by its label in the gold `text` (the name the page
shows; for an avatar link without a label, the label of another link to the same profile) and names compare case- and spacing-insensitively; dates compare as calendar days
after parsing the gold's displayed date (posts whose gold date cannot be parsed to a day,
such as "2 hours ago", are left out of date accuracy and counted).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from slant.eval.comments import extract_page, is_held_out, norm_author, read_as
from slant.eval.metrics import f1, ratio

#: Harvest's integration test: fuzz.ratio(gold, predicted) > 95.
DEFAULT_THRESHOLD = 95.0
#: Word-overlap Dice below this cannot reach a high character ratio: skip the slow ratio.
PREFILTER_DICE = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)
#: A year: four digits, or a numeric date ending in a two-digit year (23.12.19).
_HAS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
_LINK_LABEL = re.compile(r"\[([^\[\]]*)\]\($")


def _norm_text(text: str) -> str:
    return " ".join((text or "").split())


def _dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def similarity(a: str, b: str) -> float:
    """fuzz.ratio's pure-Python definition: 100 * SequenceMatcher ratio."""
    return 100.0 * SequenceMatcher(None, a, b, autojunk=False).ratio()


def gold_user(record: dict[str, Any], post: dict[str, Any]) -> str | None:
    """The name the page shows: a link's label in `text`, else the surface form."""
    user = post.get("user")
    if not user:
        return None
    text = record["text"]
    label = _LINK_LABEL.search(text[: user["start"]])
    if label is None:
        return str(user["surface_form"])
    if label.group(1).strip():
        return label.group(1).strip()
    # an avatar link has no label: the name is on another link to the same profile
    others = re.findall(r"\[([^\[\]]*[^\s\[\]][^\[\]]*)\]\(" + re.escape(user["surface_form"]) + r"\)", text)
    return others[0].strip() if others else None


def gold_day(surface: str | None, language: str | None = None) -> date | None:
    """The calendar day of a displayed date, or None when it names no day."""
    if not surface or not _HAS_YEAR.search(surface):
        return None  # "2 hours ago", "yesterday", "March 27": no day we can check
    import dateparser

    parsed = dateparser.parse(surface, languages=[language] if language else None,
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _pred_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def match_posts(pred: list[str], gold: list[str], threshold: float) -> dict[int, int]:
    """Predicted index -> gold index, best ratio first, one to one, ratio > threshold."""
    pred_words = [Counter(_WORD.findall(p.casefold())) for p in pred]
    gold_words = [Counter(_WORD.findall(g.casefold())) for g in gold]
    pairs = []
    for i, pw in enumerate(pred_words):
        for j, gw in enumerate(gold_words):
            if _dice(pw, gw) >= PREFILTER_DICE:
                score = similarity(pred[i], gold[j])
                if score > threshold:
                    pairs.append((score, -abs(i - j), i, j))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in sorted(pairs, reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _predicted_posts(html: str, name: str, as_text: bool = False, rendering: str = "blocks") -> list[dict[str, Any]]:
    doc = extract_page(html, name, as_text, rendering)
    posts = [{"text": doc.text, "user": doc.author, "date": doc.published}] if doc.text.strip() else []
    posts += [{"text": c.text, "user": c.author, "date": c.published} for c in doc.comments]
    return posts


def score_page(record: dict[str, Any], pred: list[dict[str, Any]], threshold: float, language: str | None = None) -> dict[str, Any]:
    """Counts for one thread page."""
    gold = record["gold_standard_annotation"]
    pairs = match_posts([_norm_text(p["text"]) for p in pred], [_norm_text(g["post_text"]["surface_form"]) for g in gold], threshold)
    users = dates = dated = 0
    for i, j in pairs.items():
        users += norm_author(pred[i]["user"]) == norm_author(gold_user(record, gold[j]))
        day = gold_day((gold[j].get("datetime") or {}).get("surface_form"), language)
        if day is not None:
            dated += 1
            dates += _pred_day(pred[i]["date"]) == day
    return {"gold": len(gold), "predicted": len(pred), "matched": len(pairs), "users_right": users,
            "dates_right": dates, "dated_matches": dated}


def _language(record: dict[str, Any]) -> str | None:
    """The page's declared language (dateparser guesses badly without one)."""
    found = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", record.get("html", "")[:5000])
    return found.group(1).lower() if found else None


def selected(stem: str, only: str = "all", names: frozenset[str] | None = None) -> bool:
    """Whether a page takes part: the held-out rule on the page file's name (`<stem>.html`), and a subset."""
    if names and stem not in names:
        return False
    if only == "tune":
        return not is_held_out(stem + ".html")
    if only == "heldout":
        return is_held_out(stem + ".html")
    return True


def score_forum(
    data: Path,
    threshold: float = DEFAULT_THRESHOLD,
    only: str = "all",
    names: frozenset[str] | None = None,
    as_text: bool = False,
    rendering: str = "blocks",
) -> dict[str, Any]:
    """Score the selected gold pages; a page slant refuses or crashes on counts as lost.

    `only` picks the tuning pages, the held-out third (the sha256 rule of `slant eval
    comments`, on the page file's name `html/<name>.html`) or all; `names` (gold stems)
    narrows to a few pages while iterating. `as_text` scores the page's scraper rendering
    (as `slant eval comments --as-text`), laid out as `rendering` says.
    """
    from slant.errors import SlantInputError

    pages: dict[str, Any] = {}
    for path in sorted((data / "gold").glob("*.json")):
        if not selected(path.stem, only, names):
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        try:
            pred = _predicted_posts(record["html"], path.stem, as_text, rendering)
            row = score_page(record, pred, threshold, _language(record))
        except (SlantInputError, ValueError) as exc:
            row = {**score_page(record, [], threshold), "error": str(exc)}
        pages[path.stem] = _rates(row)
    return {"threshold": threshold, "only": only, **read_as(as_text, rendering), "pages": pages, "total": _rates(_sum(list(pages.values())))}


def _sum(rows: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("gold", "predicted", "matched", "users_right", "dates_right", "dated_matches")
    total: dict[str, Any] = {k: sum(r[k] for r in rows) for k in keys}
    total.update(pages=len(rows), lost=sum("error" in r for r in rows))
    return total


def _rates(row: dict[str, Any]) -> dict[str, Any]:
    p, r = ratio(row["matched"], row["predicted"]), ratio(row["matched"], row["gold"])
    return {**row, "post_precision": round(p, 4), "post_recall": round(r, 4), "post_f1": round(f1(p, r), 4),
            "user_accuracy": round(ratio(row["users_right"], row["matched"]), 4) if row["matched"] else None,
            "date_accuracy": round(ratio(row["dates_right"], row["dated_matches"]), 4) if row["dated_matches"] else None}
