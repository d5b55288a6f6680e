"""Toxicity flags on real news and forum comments, against labels written for this project.

The sample threads are two pages; the thresholds a moderator relies on need more news
comments than that, and no license-clear set holds news comments labelled the way the
samples are (Civil Comments is sampled 70% toxic; the Fox News set marks hate, not incivility).
So the English comments of `../shared/data/html-comments/` (`pages/` and `pages-dev/`) were
labelled by hand, following the samples' convention (`eval/gold/toxicity-news/README.md`).

The repository holds labels and hashes only: each comment's text is read from its page with
the comment gold's selector spec (`eval/gold/specs/`, `slant.eval.gold_tools.apply_spec`) and
matched to its label by `opening_sha1`.

Held out: `int(sha256(f"{page}#{opening_sha1}"), 16) % 3 == 0`, by comment, fixed before any
label was compared with the model. By comment rather than by page because the pages differ so
much in how heated their threads are (food blogs to Dr. Laura's slur) that a split of 33 pages
would leave one side with almost no toxic comments. The thresholds are chosen on the rest.

    python -m slant.eval.toxicity_news dump DATA_DIR pages-dev/PAGE.html   # what a labeller reads
    python -m slant.eval.toxicity_news write DATA_DIR LABELS.tsv OUT_DIR   # labels -> gold JSON
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from slant.document import TOXICITY_ATTRIBUTES
from slant.eval.gold_tools import apply_spec, load_page, opening_sha1
from slant.eval.metrics import prf
from slant.eval.splits import held_out_third

#: The selector specs that find each folder's comments (relative to the repository's eval/gold).
SPEC_FILES = {"pages-dev": "specs/comments.json", "pages": "specs/comments-tuned.json"}
#: Label names a labeller writes -> the contract attribute they mean (the samples' gold names).
LABEL_NAMES = {"toxic": "toxic", "severe": "severe_toxic", "insult": "insult", "threat": "threat",
               "identity_attack": "identity_attack", "profanity": "profanity"}
#: Thresholds tried by `calibrate`.
GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


class Scorer(Protocol):
    def attribute_probs(self, texts: Sequence[str]) -> np.ndarray: ...
    def score(self, texts: Sequence[str]) -> list[Any]: ...


@dataclass(frozen=True)
class LabelledComment:
    page: str
    opening_sha1: str
    text: str
    flags: frozenset[str]  # contract attribute names
    parent_sha1: str | None = None  # opening_sha1 of the comment it replies to, on the same page

    @property
    def held_out(self) -> bool:
        return is_held_out(self.page, self.opening_sha1)


def is_held_out(page: str, sha: str) -> bool:
    """The held-out third, by comment (module docstring)."""
    return held_out_third(f"{page}#{sha}")


def gold_dir_specs(gold_root: Path) -> dict[str, dict[str, Any]]:
    """folder name -> {page file -> spec}."""
    return {folder: json.loads((gold_root / rel).read_text(encoding="utf-8")) for folder, rel in SPEC_FILES.items()}


def page_comments(data_dir: Path, folder: str, page: str, specs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's comments as its spec finds them: author, text, parent (in page order)."""
    rows = apply_spec(load_page(data_dir / folder / page), specs[folder][page])
    return [{"author": r["author"], "text": r["text"], "parent": r["parent"]} for r in rows]


def read_labelled(gold_dir: Path, data_dir: Path) -> list[LabelledComment]:
    """Every labelled comment with its text read from its page; ValueError if a page changed."""
    specs = gold_dir_specs(gold_dir.parent)
    out: list[LabelledComment] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found = page_comments(data_dir, gold["folder"], gold["page"], specs)
        shas = [opening_sha1(c["text"]) for c in found]
        by_sha = {sha: (c["text"], None if c["parent"] is None else shas[c["parent"]]) for sha, c in zip(shas, found)}
        for c in gold["comments"]:
            if c["opening_sha1"] not in by_sha:
                raise ValueError(f"{path.name}: a labelled comment is no longer on {gold['page']} (its opening hash differs)")
            text, parent = by_sha[c["opening_sha1"]]
            flags = frozenset(LABEL_NAMES[f] for f in c["flags"])
            out.append(LabelledComment(gold["page"], c["opening_sha1"], text, flags, parent))
    return out


def select(comments: Sequence[LabelledComment], only: str) -> list[LabelledComment]:
    """`tune`, `heldout` or `all` of the comments."""
    if only not in ("tune", "heldout", "all"):
        raise ValueError(f"--only must be tune, heldout or all, not {only!r}")
    return [c for c in comments if only == "all" or c.held_out == (only == "heldout")]


def score_flags(comments: Sequence[LabelledComment], flags: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Per-attribute precision/recall/F1 of predicted flags against the labels."""
    per_attr: dict[str, dict[str, float]] = {}
    for attr in TOXICITY_ATTRIBUTES:
        tp = sum(1 for c, f in zip(comments, flags) if attr in c.flags and attr in f)
        fp = sum(1 for c, f in zip(comments, flags) if attr not in c.flags and attr in f)
        fn = sum(1 for c, f in zip(comments, flags) if attr in c.flags and attr not in f)
        per_attr[attr] = {**prf(tp, fp, fn), "support": tp + fn, "predicted": tp + fp}
    return per_attr


def calibrate(comments: Sequence[LabelledComment], whole: np.ndarray, own: np.ndarray) -> dict[str, Any]:
    """Per attribute, the grid threshold with the best F1 on `comments` (ties: the middle of the
    best run of thresholds, so the choice is not perched on a cliff), with its F1.

    A comment is flagged at t when its whole text and its own words (`own`, equal to `whole`
    where it quotes nothing) both reach t, as `ToxicityScorer.score` decides.
    """
    out: dict[str, Any] = {}
    for j, attr in enumerate(TOXICITY_ATTRIBUTES):
        gold = np.array([attr in c.flags for c in comments])
        if not gold.any():
            continue
        decided = np.minimum(whole[:, j], own[:, j])
        f1s = []
        for t in GRID:
            pred = decided >= t
            tp = int((pred & gold).sum())
            fp = int((pred & ~gold).sum())
            fn = int((~pred & gold).sum())
            f1s.append(prf(tp, fp, fn, digits=None)["f1"])
        best = max(f1s)
        best_idx = [i for i, v in enumerate(f1s) if v >= best - 1e-12]
        # the longest consecutive run of best thresholds, then its middle
        runs: list[list[int]] = []
        for i in best_idx:
            if runs and i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        run = max(runs, key=len)
        out[attr] = {"threshold": float(GRID[run[len(run) // 2]]), "f1": round(best, 4), "support": int(gold.sum())}
    return out


def probabilities(comments: Sequence[LabelledComment], scorer: Scorer, scores: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Attribute probabilities of each comment's whole text (read from its `scores`, the scorer's
    output for these comments) and of its own words (no quotes: one more pass for quoting comments)."""
    from slant.analyze.toxicity import own_words

    texts = [c.text for c in comments]
    whole = np.array([[s.attributes[a] for a in TOXICITY_ATTRIBUTES] for s in scores]).reshape(len(texts), len(TOXICITY_ATTRIBUTES))
    own = whole.copy()
    quoting = [(i, o) for i, t in enumerate(texts) if (o := own_words(t)) is not None]
    if quoting:
        own[[i for i, _ in quoting]] = scorer.attribute_probs([o for _, o in quoting])
    return whole, own


def evaluate(gold_dir: Path, data_dir: Path, scorer: Any, only: str = "tune", fit: bool = False) -> dict[str, Any]:
    """Flag P/R/F1 at the scorer's thresholds on `only`; with `fit`, also the thresholds
    `calibrate` picks on those comments (run it on `tune`)."""
    comments = select(read_labelled(gold_dir, data_dir), only)
    scores = scorer.score([c.text for c in comments]) if comments else []
    flags = [s.flags for s in scores]
    result: dict[str, Any] = {
        "part": only,
        "pages": len({c.page for c in comments}),
        "comments": len(comments),
        "thresholds": dict(scorer.attr_thresholds),
        "attributes": score_flags(comments, flags),
    }
    if fit and comments:
        result["calibrated"] = calibrate(comments, *probabilities(comments, scorer, scores))
    return result


# --- labelling aids ---


def dump(data_dir: Path, page_path: str) -> None:
    """Print one page's comments for a labeller: index, parent, author, full text on one line."""
    folder, page = page_path.split("/", 1)
    specs = gold_dir_specs(Path(__file__).resolve().parents[3] / "eval" / "gold")
    for i, c in enumerate(page_comments(data_dir, folder, page, specs)):
        text = " ⏎ ".join(line.strip() for line in c["text"].splitlines() if line.strip())
        print(f"[{i}] parent={c['parent']} author={c['author']!r}\n{text}\n")


def write(data_dir: Path, labels_tsv: Path, out_dir: Path) -> None:
    """Turn a labeller's TSV (`folder/page<TAB>index<TAB>flags`, flags comma-separated label
    names or '-') into one gold JSON per page; pages are listed with every comment labelled."""
    specs = gold_dir_specs(out_dir.parent)
    by_page: dict[str, dict[int, list[str]]] = {}
    notes: dict[str, str] = {}
    for line in labels_tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[1] == "note":
            notes[parts[0]] = parts[2]
            continue
        flags = [] if parts[2].strip() in ("", "-") else [f.strip() for f in parts[2].split(",")]
        unknown = set(flags) - set(LABEL_NAMES)
        if unknown:
            raise ValueError(f"{line!r}: unknown labels {sorted(unknown)}")
        if flags and "toxic" not in flags:
            raise ValueError(f"{line!r}: every labelled attribute implies toxic (the samples' convention)")
        by_page.setdefault(parts[0], {})[int(parts[1])] = flags
    out_dir.mkdir(parents=True, exist_ok=True)
    for page_path, labels in by_page.items():
        folder, page = page_path.split("/", 1)
        comments = page_comments(data_dir, folder, page, specs)
        missing = sorted(set(range(len(comments))) - set(labels))
        if missing:
            raise ValueError(f"{page_path}: comments {missing[:10]} have no label")
        record = {
            "page": page,
            "folder": folder,
            "comments": [{"opening_sha1": opening_sha1(c["text"]), "flags": labels[i]} for i, c in enumerate(comments)],
            "notes": notes.get(page_path, ""),
        }
        (out_dir / f"{Path(page).stem}.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"{page_path}: {len(comments)} comments, {sum(1 for v in labels.values() if v)} toxic")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 3 and args[0] == "dump":
        dump(Path(args[1]), args[2])
    elif len(args) == 4 and args[0] == "write":
        write(Path(args[1]), Path(args[2]), Path(args[3]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
