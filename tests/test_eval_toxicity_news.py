"""`slant eval toxicity-news`: labels without text, matched to page comments by hash; calibration (issue 17).

Reuses the invented comment-eval pages (tests/fixtures/comments_eval) laid out as the
html-comments folder: its specs stand in for eval/gold/specs/comments.json.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from slant.analyze.toxicity import CommentScore
from slant.document import TOXICITY_ATTRIBUTES
from slant.eval import toxicity_news as tn

FIXTURES = Path(__file__).parent / "fixtures" / "comments_eval"
WP = "wp-invented-bridge.html"


@pytest.fixture()
def layout(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(data dir with pages-dev/, gold root with specs/, labels dir)."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "pages", data / "pages-dev")
    (data / "pages").mkdir()
    gold_root = tmp_path / "gold"
    (gold_root / "specs").mkdir(parents=True)
    shutil.copy(FIXTURES / "specs.json", gold_root / "specs" / "comments.json")
    (gold_root / "specs" / "comments-tuned.json").write_text("{}", encoding="utf-8")
    return data, gold_root, gold_root / "toxicity-news"


def _write_labels(data: Path, labels_dir: Path, tmp_path: Path, lines: list[str]) -> None:
    tsv = tmp_path / "labels.tsv"
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tn.write(data, tsv, labels_dir)


def test_labels_round_trip_through_hashes(layout: tuple[Path, Path, Path], tmp_path: Path) -> None:
    data, _, labels = layout
    _write_labels(data, labels, tmp_path, [f"pages-dev/{WP}\t0\t-", f"pages-dev/{WP}\t1\ttoxic,insult", f"pages-dev/{WP}\t2\t-"])
    stored = (labels / "wp-invented-bridge.json").read_text(encoding="utf-8")
    assert "grandfather" not in stored  # no comment text in the gold
    comments = tn.read_labelled(labels, data)
    assert [sorted(c.flags) for c in comments] == [[], ["insult", "toxic"], []]
    assert comments[0].text.startswith("Good decision.")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([f"pages-dev/{WP}\t0\t-", f"pages-dev/{WP}\t1\t-"], "have no label"),
        ([f"pages-dev/{WP}\t0\tinsult"], "implies toxic"),
        ([f"pages-dev/{WP}\t0\ttoxic,rude"], "unknown labels"),
    ],
)
def test_write_refuses_incomplete_or_unknown_labels(layout: tuple[Path, Path, Path], tmp_path: Path,
                                                    lines: list[str], message: str) -> None:
    data, _, labels = layout
    with pytest.raises(ValueError, match=message):
        _write_labels(data, labels, tmp_path, lines)


def test_a_changed_page_is_an_error_not_a_silent_skip(layout: tuple[Path, Path, Path], tmp_path: Path) -> None:
    data, _, labels = layout
    _write_labels(data, labels, tmp_path, [f"pages-dev/{WP}\t{i}\t-" for i in range(3)])
    page = data / "pages-dev" / WP
    page.write_text(page.read_text(encoding="utf-8").replace("Good decision.", "Bad decision."), encoding="utf-8")
    with pytest.raises(ValueError, match="no longer on"):
        tn.read_labelled(labels, data)


def test_held_out_rule_is_by_comment_and_stable() -> None:
    shas = [f"{i:040x}" for i in range(3000)]
    held = [tn.is_held_out("page.html", s) for s in shas]
    assert held == [tn.is_held_out("page.html", s) for s in shas]
    assert 0.3 < sum(held) / len(held) < 0.37
    assert [tn.is_held_out("other.html", s) for s in shas] != held  # the page is part of the key


def _comment(flags: set[str]) -> tn.LabelledComment:
    return tn.LabelledComment("p.html", "0" * 40, "text", frozenset(flags))


def test_calibrate_takes_the_middle_of_the_best_run_and_respects_own_words() -> None:
    comments = [_comment({"toxic"}), _comment({"toxic"}), _comment(set()), _comment(set())]
    j = TOXICITY_ATTRIBUTES.index("toxic")
    whole = np.zeros((4, len(TOXICITY_ATTRIBUTES)))
    whole[:, j] = [0.9, 0.8, 0.4, 0.2]
    chosen = tn.calibrate(comments, whole, whole.copy())["toxic"]
    assert chosen["f1"] == 1.0
    assert 0.4 < chosen["threshold"] <= 0.8 and abs(chosen["threshold"] - 0.6) < 0.015
    own = whole.copy()
    own[1, j] = 0.1  # its own words are mild: only a quotation made it look toxic
    assert tn.calibrate(comments, whole, own)["toxic"]["f1"] < 1.0
    assert "threat" not in tn.calibrate(comments, whole, own)  # no support, no threshold


class _FakeScorer:
    attr_thresholds = {a: 0.5 for a in TOXICITY_ATTRIBUTES}

    def attribute_probs(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(TOXICITY_ATTRIBUTES)))
        out[:, TOXICITY_ATTRIBUTES.index("toxic")] = [0.9 if "cheering" in t else 0.1 for t in texts]
        return out

    def score(self, texts: list[str]) -> list[CommentScore]:
        probs = self.attribute_probs(texts)
        return [CommentScore(attributes={a: float(row[k]) for k, a in enumerate(TOXICITY_ATTRIBUTES)},
                             flags=[a for k, a in enumerate(TOXICITY_ATTRIBUTES) if row[k] >= 0.5],
                             offensive=0.0, untargeted=0.0, target="IND", target_probs={}) for row in probs]


def test_evaluate_scores_flags_and_reports_calibration(layout: tuple[Path, Path, Path], tmp_path: Path) -> None:
    data, _, labels = layout
    _write_labels(data, labels, tmp_path, [f"pages-dev/{WP}\t0\t-", f"pages-dev/{WP}\t1\t-", f"pages-dev/{WP}\t2\ttoxic"])
    result = tn.evaluate(labels, data, _FakeScorer(), only="all", fit=True)
    assert result["comments"] == 3
    assert result["attributes"]["toxic"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1, "predicted": 1}
    assert result["calibrated"]["toxic"]["f1"] == 1.0
    with pytest.raises(ValueError, match="--only"):
        tn.select([], "everything")
