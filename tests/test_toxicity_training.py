"""Training smoke run (a few steps on a tiny OLID-shaped file, export, parity, load at run time)
and the `--recalibrate` path (re-tune the shipped model's thresholds, touch nothing else)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

ROWS = [
    ("NOT", "NULL", "NULL", "what a lovely morning in the park"),
    ("NOT", "NULL", "NULL", "the council meets again on tuesday"),
    ("NOT", "NULL", "NULL", "I disagree with the new tax plan"),
    ("NOT", "NULL", "NULL", "great game last night, well played"),
    ("OFF", "UNT", "NULL", "damn this traffic is the worst"),
    ("OFF", "UNT", "NULL", "holy crap what a week"),
    ("OFF", "TIN", "IND", "@USER you are a complete idiot"),
    ("OFF", "TIN", "IND", "@USER shut up you clown"),
    ("OFF", "TIN", "GRP", "those people are all liars and thieves"),
    ("OFF", "TIN", "GRP", "they are vermin, every one of them"),
    ("OFF", "TIN", "OTH", "this company is a garbage scam"),
    ("OFF", "TIN", "OTH", "that network is pure trash"),
]


def _load_training_module():
    spec = importlib.util.spec_from_file_location("toxicity_training", REPO / "training" / "toxicity.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["toxicity_training"] = module
    spec.loader.exec_module(module)
    return module


def test_training_smoke_run_exports_a_loadable_model(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    olid = tmp_path / "olid"
    olid.mkdir()
    lines = ["id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c"]
    for i, (a, b, c, text) in enumerate(ROWS * 2):
        lines.append(f"{1000 + i}\t{text}\t{a}\t{b}\t{c}")
    (olid / "olid-training-v1.0.tsv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    out = tmp_path / "model"
    training = _load_training_module()
    training.main([
        "--olid", str(olid), "--davidson", "", "--ethos", "", "--no-written", "--extra", "",
        "--epochs", "1", "--max-steps", "2", "--batch-size", "8", "--max-length", "32", "--no-refit",
        "--held-out", "0.25", "--runs", str(tmp_path / "runs"), "--out", str(out), "--no-test-eval",
    ])
    for name in ("model.onnx", "tokenizer.json", "config.json", "MODEL_CARD.md"):
        assert (out / name).exists(), name
    config = json.loads((out / "config.json").read_text())
    assert config["heads"]["attributes"]["labels"] == [
        "toxic", "severe_toxic", "insult", "threat", "identity_attack", "profanity"]
    assert set(config["thresholds"]["attributes"]) == set(config["heads"]["attributes"]["labels"])
    metrics = json.loads((tmp_path / "runs" / "metrics.json").read_text())
    assert metrics["parity_max_abs_logit_diff"] < 1e-3

    from slant.analyze.toxicity import ToxicityScorer

    scores = ToxicityScorer(out).score(["you f*cking idiot", "nice weather"])
    assert len(scores) == 2
    assert all(0.0 <= v <= 1.0 for s in scores for v in s.attributes.values())
    assert scores[0].target in {"IND", "GRP", "OTH"}


#: Decision rules far from any sensible value, so re-tuning has something to change.
SKEWED = {"olid_a_off": 0.95, "olid_b_unt": 0.05, "olid_c_log_bias": [0.0, 1.5, -1.5],
          "attributes": {a: 0.95 for a in ("toxic", "severe_toxic", "insult", "threat", "identity_attack", "profanity")}}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _shipped_copy(tmp_path: Path) -> Path:
    """The shipped toxicity model in a scratch folder, with skewed thresholds."""
    src = REPO / "src" / "slant" / "models" / "toxicity"
    out = tmp_path / "toxicity"
    out.mkdir()
    for name in ("model.onnx", "tokenizer.json", "config.json"):
        shutil.copyfile(src / name, out / name)
    config = json.loads((out / "config.json").read_text())
    config["thresholds"] = SKEWED
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    return out


def _synthetic_builders(training, monkeypatch: pytest.MonkeyPatch) -> None:
    """OLID, Davidson and ETHOS builders that return the tiny written split instead of reading data."""
    from toxicity_data import Example

    def olid_rows(folder: Path) -> list[tuple[str, str, str, str, str]]:
        return [(str(1000 + i), text, a, b, c) for i, (a, b, c, text) in enumerate(ROWS * 3)]

    def davidson(folder: Path, per_class: dict, seed: int) -> list:
        out = []
        for i, text in enumerate(["you filthy animals, all of you"] * 4 + ["what a nice photo of the bridge"] * 6):
            ex = Example(text, "davidson")
            hate = i < 4
            for attr in ("toxic", "severe_toxic", "insult", "identity_attack", "threat", "profanity"):
                ex.set(attr, 1.0 if hate and attr in ("toxic", "severe_toxic", "insult", "identity_attack") else 0.0)
            out.append(ex)
        return out

    def ethos(folder: Path) -> list:
        ex = Example("I will find you and hurt you", "ethos")
        for attr in ("toxic", "insult", "threat", "severe_toxic"):
            ex.set(attr, 1.0)
        return [ex] * 5

    monkeypatch.setattr(training, "read_olid_train", olid_rows)
    monkeypatch.setattr(training, "davidson_examples", davidson)
    monkeypatch.setattr(training, "ethos_examples", ethos)


def test_recalibrate_rewrites_only_thresholds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    training = _load_training_module()
    _synthetic_builders(training, monkeypatch)
    out = _shipped_copy(tmp_path)
    before = json.loads((out / "config.json").read_text())
    digests = {name: _digest(out / name) for name in ("model.onnx", "tokenizer.json")}
    args = training.parse(["--recalibrate", "--olid", str(tmp_path / "none"), "--davidson", "d", "--ethos", "e", "--extra", "",
                           "--held-out", "0.5", "--out", str(out), "--runs", str(tmp_path / "runs")])
    report = training.recalibrate(args)

    after = json.loads((out / "config.json").read_text())
    assert {k: v for k, v in after.items() if k != "thresholds"} == {k: v for k, v in before.items() if k != "thresholds"}
    assert after["thresholds"] == report["thresholds"]["shipped"]
    assert after["thresholds"] != SKEWED  # the skewed rules lose on the held-out split
    assert {name: _digest(out / name) for name in digests} == digests
    assert sorted(p.name for p in out.iterdir()) == ["config.json", "model.onnx", "tokenizer.json"]
    # 18 of 36 OLID rows (--held-out 0.5 of each label combination), a tenth of Davidson, a fifth of ETHOS
    assert report["held_out_olid"] == 18
    assert report["held_out_size"] == 18 + 1 + 1
    assert report["renormalized_changes"] == 0
    old, new = report["held_out"]["old_thresholds"], report["held_out"]["shipped_thresholds"]
    for key in ("a_macro_f1", "b_macro_f1", "c_macro_f1"):
        assert new[key] >= old[key]
    for attr, figures in new["attributes"].items():
        assert figures["f1"] >= old["attributes"][attr]["f1"]
    assert json.loads((tmp_path / "runs" / "recalibrate.json").read_text()) == report


def test_recalibrate_keeps_a_rule_that_does_not_improve() -> None:
    training = _load_training_module()
    old = {"olid_a": 0.5, "olid_b": 0.5, "olid_c_bias": [0.0, 0.0, 0.0], "attributes": {"toxic": 0.5, "threat": 0.4}}
    new = {"olid_a": 0.3, "olid_b": 0.7, "olid_c_bias": [0.0, 0.2, 0.0], "attributes": {"toxic": 0.6, "threat": 0.2}}
    m_old = {"a_macro_f1": 0.80, "b_macro_f1": 0.70, "c_macro_f1": 0.50,
             "attributes": {"toxic": {"f1": 0.8}, "threat": {"f1": 0.5}}}
    m_new = {"a_macro_f1": 0.80, "b_macro_f1": 0.71, "c_macro_f1": 0.49,
             "attributes": {"toxic": {"f1": 0.81}, "threat": {"f1": 0.5}}}
    chosen, kept = training.choose_thresholds(old, new, m_old, m_new)
    assert chosen == {"olid_a": 0.5, "olid_b": 0.7, "olid_c_bias": [0.0, 0.0, 0.0],
                      "attributes": {"toxic": 0.6, "threat": 0.4}}
    assert kept == ["olid_a", "olid_c_bias", "threat"]


def _data_module():
    sys.path.insert(0, str(REPO / "training"))
    import toxicity_data

    return toxicity_data


def test_functional_training_data_never_holds_a_heldout_template() -> None:
    """Issue 17: only the suite's train templates (i % 3 != 2) are trained on, labelled by test."""
    from slant.eval.functional import load_suite, select

    data = _data_module()
    examples = data.functional_train_examples()
    _, cases = load_suite()
    norm = data.normalize
    heldout = {norm(c.text) for c in select(cases, "heldout")}
    train = {norm(c.text): c for c in select(cases, "train")}
    assert examples and len(examples) == len(select(cases, "train"))
    assert not heldout & {e.text for e in examples} - set(train)
    toxic, threat = data.ATTRS.index("toxic"), data.ATTRS.index("threat")
    for ex in examples:
        case = train[ex.text]
        assert ex.mask[toxic] == 1.0 and ex.attrs[toxic] == (1.0 if case.label == "hateful" else 0.0)
        if case.test.startswith("threat_"):
            assert ex.attrs[threat] == 1.0
        if case.label == "non-hateful":
            assert ex.mask[threat] == 1.0 and ex.attrs[threat] == 0.0
    assert all(test in {t["id"] for t in load_suite()[0]["tests"]} for test in data.FUNCTIONAL_HATEFUL_ATTRS)


def test_toxic_spans_mapping_uses_annotator_majority_and_skips_semeval_test(tmp_path: Path) -> None:
    data = _data_module()
    folder = tmp_path / "toxic-spans"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "comments.csv").write_text(
        "comment_id,comment_text\n"
        "1,you are a moron and I will come to your house\n"
        "2,what a thoughtful piece of reporting\n"
        "3,this text is in the official test part\n",
        encoding="utf-8",
    )
    annotations = ["annotation,comment_id,worker,country,all toxic,not toxic"]
    for i, (cid, not_toxic) in enumerate([(1, False), (1, False), (1, False), (2, True), (2, True), (2, False),
                                          (3, False), (3, False), (3, False)]):
        annotations.append(f"{i},{cid},{100 + i},USA,False,{not_toxic}")
    (folder / "data" / "annotations.csv").write_text("\n".join(annotations) + "\n", encoding="utf-8")
    (folder / "data" / "spans.csv").write_text(
        "annotation,type,start,end\n0,Insult,10,15\n1,Insult,10,15\n0,Threat,20,45\n2,Threat,20,45\n"
        "6,Insult,0,4\n",
        encoding="utf-8",
    )
    examples = data.toxic_spans_examples(folder, exclude={"this text is in the official test part"})
    by_text = {e.text: e for e in examples}
    assert len(examples) == 2
    hostile = by_text["you are a moron and I will come to your house"]
    labels = dict(zip(data.ATTRS, hostile.attrs))
    masks = dict(zip(data.ATTRS, hostile.mask))
    assert labels["toxic"] == 1.0 and labels["insult"] == 1.0 and labels["threat"] == 1.0
    assert labels["identity_attack"] == 0.0 and masks["identity_attack"] == 1.0
    assert masks["severe_toxic"] == 0.0
    calm = by_text["what a thoughtful piece of reporting"]
    assert calm.attrs[data.ATTRS.index("toxic")] == 0.0 and calm.mask[data.ATTRS.index("toxic")] == 1.0


def test_balanced_subsample_keeps_rare_threats_first() -> None:
    data = _data_module()
    items = []
    for i in range(40):
        ex = data.Example(f"text {i}", "src")
        ex.set("toxic", 1.0 if i < 30 else 0.0)
        ex.set("threat", 1.0 if i in (3, 17) else 0.0)
        items.append(ex)
    picked = data._balanced(items, 10, seed=1)
    texts = {e.text for e in picked}
    assert {"text 3", "text 17"} <= texts
    assert len(picked) == 10 and sum(e.attrs[0] for e in picked) == 5


def test_put_card_section_replaces_a_section_in_place_of_adding_a_second() -> None:
    sys.path.insert(0, str(REPO / "training"))
    from common import put_card_section

    card = "# m\n\n## Metrics\nx\n\n## Limits\ny\n"
    once = put_card_section(card, "## Evidence", "## Evidence (v1)\ne1\n\n", before="## Limits")
    assert once == "# m\n\n## Metrics\nx\n\n## Evidence (v1)\ne1\n\n## Limits\ny\n"
    twice = put_card_section(once, "## Evidence", "## Evidence (v2)\ne2\n\n", before="## Limits")
    assert twice.count("## Evidence") == 1 and "e2" in twice and "e1" not in twice
    assert put_card_section("# m\n", "## Evidence", "## Evidence\ne\n", before="## Limits") == "# m\n\n## Evidence\ne\n"
    last = put_card_section("# m\n\n## Evidence\nold\n", "## Evidence", "## Evidence\nnew\n", before="## Limits")
    assert last.count("## Evidence") == 1 and "old" not in last
