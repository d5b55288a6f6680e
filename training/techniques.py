"""Fine-tune all-MiniLM-L6-v2 for propaganda techniques (PTC, SemEval-2020 Task 11) and ship it as ONNX.

One joint model, one encoder pass per window (slant.analyze.techniques builds
the windows, so training and inference cut text the same way):
  * span head: per token, "inside a propaganda fragment" (binary cross-entropy);
  * technique head: 14 logits per token; a gold fragment's logits are averaged
    over its tokens and trained with class-weighted cross-entropy (one example
    per fragment and label, so long fragments do not outweigh short ones).

Data: the PTC train articles minus the splits.json validation part; validation
picks the epoch, the inference window length, the span threshold and gap, and
whether int8 is shipped. The
official dev set is only measured, at the end, for the model card.

    python training/techniques.py                    # full run, ships to src/slant/models/techniques/
    python training/techniques.py --average A/best.pt B/best.pt C/best.pt   # export the runs' average (make train-techniques)
    python training/techniques.py --device cuda --greedy-soup runs/*/best.pt --no-ship   # greedy soup of many runs
    python training/techniques.py --teacher training/runs/techniques/best.pt --out ...   # self-training on debates
    python training/techniques.py --smoke            # a few steps on tests/fixtures/techniques (tests)
    python training/techniques.py --init-from training/runs/techniques/best.pt --out training/runs/techniques-v2 \
        --lr 5e-5 ...                                # continue a finished run (new schedule, new warmup)
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, MODELS, REPO, base_model_dir, export_onnx, fuse_transformer, quantize_int8, set_seed  # noqa: E402

from slant.analyze.techniques import (  # noqa: E402
    TechniqueConfig,
    encode,
    make_windows,
    predict_texts,
    sentence_bounds,
    window_batch,
)
from slant.eval.ptc import (  # noqa: E402
    TECHNIQUES,
    PtcCorpus,
    evaluate_predictions,
    read_corpus,
    si_score,
    span_fragments,
    tc_fragments,
    tc_score,
)

RUNS = REPO / "training" / "runs" / "techniques"
THRESHOLDS = [round(float(x), 2) for x in np.arange(0.20, 0.71, 0.05)]
GAPS = [0, 1, 2, 4, 6]
REPETITION_YES = [0.0, 1.0, 2.0, 3.0, 4.0]  # logit bonus for "Repetition" when the fragment recurs
REPETITION_NO = [0.0, -1.0, -2.0]  # ... and when it does not
INFERENCE_LENGTHS = [256, 192, 128, 96]  # window lengths tried at inference (validation picks one)


@dataclass
class Example:
    """One training window: token ids plus its targets."""

    ids: np.ndarray  # with [CLS] ... [SEP]
    span_labels: np.ndarray  # per position, -100 for special tokens
    fragments: list[tuple[int, int, int]]  # (first position, end position, technique index)


def build_examples(corpus: PtcCorpus, tokenizer, max_length: int, context: int) -> list[Example]:
    """Window every article and attach span and technique targets to each window."""
    by_article: dict[str, list] = {}
    for f in corpus.techniques:
        by_article.setdefault(f.article_id, []).append(f)
    label_index = {t: i for i, t in enumerate(TECHNIQUES)}
    examples = []
    for art, text in corpus.articles.items():
        enc = encode(tokenizer, text)
        inside = np.zeros(len(enc.ids), dtype=np.float32)
        frag_tokens = []
        for f in by_article.get(art, []):
            tokens = token_range(enc.offsets, f.start, f.end)
            if tokens is None:
                continue
            inside[tokens[0] : tokens[1]] = 1.0
            frag_tokens.append((*tokens, label_index[f.technique]))
        examples.extend(window_examples(text, enc, inside, frag_tokens, tokenizer, max_length, context))
    return examples


def token_range(offsets: np.ndarray, start: int, end: int) -> tuple[int, int] | None:
    """Tokens [first, last + 1) overlapping the characters [start, end); None when no token does.

    Token offsets increase along the text, so the overlapping tokens are one contiguous run.
    """
    hit = np.nonzero((offsets[:, 0] < end) & (offsets[:, 1] > start))[0]
    return (int(hit[0]), int(hit[-1]) + 1) if len(hit) else None


def window_examples(text: str, enc, inside: np.ndarray, frag_tokens: list[tuple[int, int, int]], tokenizer,
                    max_length: int, context: int) -> list[Example]:
    """Cut one document into training windows; `inside` is the span target per token (0..1)."""
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    examples = []
    for w in make_windows(enc.offsets, sentence_bounds(text), max_length, context):
        ids, _ = window_batch([enc], [(0, w)], cls_id, sep_id)
        labels = np.full(ids.shape[1], -100.0, dtype=np.float32)
        labels[1 : 1 + w.hi - w.lo] = inside[w.lo : w.hi]
        frags = []
        for a, b, k in frag_tokens:
            a2, b2 = max(a, w.lo), min(b, w.hi)
            if a2 < b2:
                frags.append((1 + a2 - w.lo, 1 + b2 - w.lo, k))
        examples.append(Example(ids[0], labels, frags))
    return examples


def debate_documents(folder: Path, lines_per_document: int = 40) -> list[str]:
    """Unlabeled political speech for self-training, cut into documents of a few dozen utterances.

    The CLEF CheckThat! 2019 training transcripts (debates, speeches): TSV rows of
    line number, speaker, sentence, label. Only the sentences are read; their
    check-worthiness labels are not used, and no test transcript is touched.
    """
    docs = []
    for path in sorted(Path(folder).glob("*.tsv")):
        lines = []
        for row in path.read_text(encoding="utf-8").splitlines():
            cols = row.split("\t")
            if len(cols) >= 3 and cols[2].strip():
                lines.append(cols[2].strip())
        docs.extend("\n".join(lines[i : i + lines_per_document]) for i in range(0, len(lines), lines_per_document))
    return docs


def pseudo_examples(texts: list[str], teacher_run, config: TechniqueConfig, tokenizer, max_length: int,
                    context: int) -> tuple[list[Example], dict]:
    """Self-training targets from a teacher model: its span probabilities (soft) and its decoded spans' techniques."""
    from slant.analyze.techniques import spans_from_prediction

    label_index = {t: i for i, t in enumerate(config.labels)}
    examples, n_spans, n_tokens = [], 0, 0
    for text, pred in zip(texts, predict_texts(texts, tokenizer, teacher_run, config)):
        frag_tokens = []
        for span in spans_from_prediction(text, pred, config):
            tokens = token_range(pred.enc.offsets, span.start, span.end)
            if tokens is not None:
                frag_tokens.append((*tokens, label_index[span.label]))
        n_spans += len(frag_tokens)
        n_tokens += len(pred.enc.ids)
        examples.extend(window_examples(text, pred.enc, pred.span_prob.astype(np.float32), frag_tokens, tokenizer,
                                        max_length, context))
    return examples, {"documents": len(texts), "tokens": n_tokens, "windows": len(examples), "teacher_spans": n_spans}


def make_model(n_labels: int):
    import torch
    from torch import nn
    from transformers import AutoModel

    class TechniqueModel(nn.Module):
        """MiniLM encoder with a span head and a technique head over every token."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(base_model_dir()))
            hidden = self.encoder.config.hidden_size
            self.dropout = nn.Dropout(0.1)
            self.span_head = nn.Linear(hidden, 1)
            self.technique_head = nn.Linear(hidden, n_labels)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            hidden = self.dropout(hidden)
            return self.span_head(hidden).squeeze(-1), self.technique_head(hidden)

    return TechniqueModel()


def collate(batch: list[Example], device: str = "cpu"):
    import torch

    width = max(len(e.ids) for e in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), -100.0)
    frags = []
    for row, e in enumerate(batch):
        n = len(e.ids)
        ids[row, :n] = torch.from_numpy(e.ids)
        mask[row, :n] = 1
        labels[row, :n] = torch.from_numpy(e.span_labels)
        frags.extend((row, a, b, k) for a, b, k in e.fragments)
    return ids.to(device), mask.to(device), labels.to(device), frags


def loss_fn(span_logits, tech_logits, labels, frags, class_weights, tech_weight: float):
    import torch
    import torch.nn.functional as F

    valid = labels > -50
    span_loss = F.binary_cross_entropy_with_logits(span_logits[valid], labels[valid])
    if not frags:
        return span_loss, span_loss.detach() * 0
    pooled = torch.stack([tech_logits[row, a:b].mean(dim=0) for row, a, b, _ in frags])
    target = torch.tensor([k for *_, k in frags], dtype=torch.long, device=pooled.device)
    tech_loss = F.cross_entropy(pooled, target, weight=class_weights)
    return span_loss + tech_weight * tech_loss, tech_loss.detach()


def torch_runner(model):
    """run_batch for predict_texts: numpy in, numpy out, no gradients (on the model's device)."""
    import torch

    device = next(model.parameters()).device

    def run(ids: np.ndarray, mask: np.ndarray):
        with torch.no_grad():
            s, t = model(torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device))
        return s.float().cpu().numpy(), t.float().cpu().numpy()

    return run


def predict_corpus(corpus: PtcCorpus, tokenizer, run, config: TechniqueConfig) -> dict:
    ids = list(corpus.articles)
    return dict(zip(ids, predict_texts([corpus.articles[i] for i in ids], tokenizer, run, config)))


def tune(corpus: PtcCorpus, preds: dict, base: TechniqueConfig) -> tuple[TechniqueConfig, dict]:
    """Pick the span threshold and gap with the best SI F1 on `corpus` (validation only)."""
    best: tuple[float, TechniqueConfig] | None = None
    for gap in GAPS:
        for thr in THRESHOLDS:
            cfg = replace(base, threshold=thr, gap=gap, low_threshold=None)
            f1 = float(si_score(span_fragments(corpus, preds, cfg), corpus.spans)["si_f1"])
            if best is None or f1 > best[0]:
                best = (f1, cfg)
    assert best is not None
    # hysteresis: let runs grow over weaker words, around the best (threshold, gap)
    thr0, gap0 = best[1].threshold, best[1].gap
    for thr, low in (
        (round(t, 2), round(t - d, 2)) for t in (thr0 - 0.05, thr0, thr0 + 0.05, thr0 + 0.1) for d in (0.05, 0.1, 0.15)
    ):
        if low < 0.05:
            continue
        for gap in sorted({max(0, gap0 - 2), gap0, gap0 + 2, gap0 + 4}):
            cfg = replace(base, threshold=thr, gap=gap, low_threshold=round(float(low), 2))
            f1 = float(si_score(span_fragments(corpus, preds, cfg), corpus.spans)["si_f1"])
            if f1 > best[0]:
                best = (f1, cfg)
    cfg = best[1]
    best_tc: tuple[float, tuple[float, float]] | None = None
    for yes in REPETITION_YES:
        for no in REPETITION_NO:
            tcs = tc_fragments(corpus, preds, replace(cfg, repetition_bonus=(yes, no)))
            acc = float(tc_score(tcs, corpus.techniques)["tc_micro_f1"])  # type: ignore[arg-type]
            if best_tc is None or acc > best_tc[0] + 1e-9:
                best_tc = (acc, (yes, no))
    assert best_tc is not None
    cfg.repetition_bonus = best_tc[1]
    return cfg, evaluate_predictions(corpus, preds, cfg)


def _relative(path: Path) -> str:
    """A path as the model card should print it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def average_weights(checkpoints: list[Path]) -> dict:
    """Mean of several fine-tuned state dicts (same architecture, same base encoder).

    Runs that start from the same pre-trained encoder stay in one loss basin, so
    their average is a model of its own, usually better than either ("model soup").
    """
    import torch

    states = [torch.load(p, map_location="cpu") for p in checkpoints]
    return {k: sum(s[k].float() for s in states) / len(states) for k in states[0]}


def greedy_soup(checkpoints: list[Path], evaluate, budget_minutes: float = 0) -> tuple[list[Path], dict]:
    """Greedy model soup (Wortsman et al. 2022): `evaluate(paths)` scores the average of `paths`.

    Runs are taken best first (by their own validation score: the best epoch in the
    run's summary.json, else `evaluate([run])`); each joins the uniform average only
    if the average's score rises, so a weak or far-off run cannot pull the soup down.
    With a time budget, runs left when it is spent are recorded as not tried.
    """
    t0 = time.time()
    alone = {p: recorded_score(p) or evaluate([p]) for p in checkpoints}
    order = sorted(checkpoints, key=lambda p: -alone[p]["score"])
    kept, best = [order[0]], alone[order[0]]
    tried = [{"run": _relative(order[0]), "alone": alone[order[0]], "soup": best, "kept": True}]
    for p in order[1:]:
        if budget_minutes and time.time() - t0 > 60 * budget_minutes:
            tried.append({"run": _relative(p), "alone": alone[p], "kept": False, "not_tried": "time budget"})
            continue
        res = evaluate(kept + [p])
        joins = res["score"] > best["score"]
        tried.append({"run": _relative(p), "alone": alone[p], "soup": res, "kept": joins})
        print(f"soup + {p}: {res} {'kept' if joins else 'dropped'}", flush=True)
        if joins:
            kept, best = kept + [p], res
    return kept, {"kept": [_relative(p) for p in kept], "validation": best, "tried": tried}


def recorded_score(checkpoint: Path) -> dict | None:
    """The validation figures of a run's best epoch, from the summary.json beside its best.pt."""
    record = checkpoint.parent / "summary.json"
    if not record.exists():
        return None
    summary = json.loads(record.read_text())
    history = summary.get("history", [])
    if summary.get("best_epoch", -1) < 0 or not history:
        return None
    return scored(max(history, key=lambda h: h["si_f1"] + h["tc_micro_f1"]))


def soup_scorer(model, corpus: PtcCorpus, tokenizer, base: TechniqueConfig):
    """evaluate(paths) for greedy_soup: validation SI + TC of the paths' weight average, decoding tuned."""
    def evaluate(paths: list[Path]) -> dict:
        model.load_state_dict(average_weights(paths))
        model.eval()
        _, res = tune(corpus, predict_corpus(corpus, tokenizer, torch_runner(model), base), base)
        return scored(res)

    return evaluate


def prior_correction(counts: np.ndarray, power: float) -> list[float]:
    """Technique logit offsets that undo the class weights at prediction time.

    Training weights each class by (max/count)**power, which shifts the learned
    logits by about -power*log(count) relative to the data prior; adding
    power*log(count) back (logit adjustment) makes the argmax follow the real
    class frequencies again, which is what micro-F1 rewards. Centred at 0.
    """
    logp = power * np.log(np.maximum(counts, 1.0) / counts.sum())
    return [round(float(x), 4) for x in logp - logp.mean()]


def tune_window(corpus: PtcCorpus, analyzer, base: TechniqueConfig) -> tuple[TechniqueConfig, dict, list[dict]]:
    """Tune decoding for every inference window length; keep the best SI + TC (validation only).

    The model trains on windows of `base.max_length` tokens, but shorter windows at
    inference (same context) can score better, and cost onnxruntime less attention.
    """
    best: tuple[float, TechniqueConfig, dict] | None = None
    tried = []
    for length in [base.max_length] + [n for n in INFERENCE_LENGTHS if n < base.max_length]:
        analyzer.config = replace(base, max_length=length)
        preds = dict(zip(corpus.articles, analyzer.predict(list(corpus.articles.values()))))
        cfg, res = tune(corpus, preds, analyzer.config)
        score = float(res["si_f1"]) + float(res["tc_micro_f1"])
        tried.append({"max_length": length, **brief(res)})
        if best is None or score > best[0] + 1e-9:
            best = (score, cfg, res)
    assert best is not None
    analyzer.config = best[1]
    return best[1], best[2], tried


def scored(res: dict) -> dict:
    """`brief` figures plus "score", the SI F1 + TC micro-F1 sum that every validation choice maximises."""
    return {**brief(res), "score": round(float(res["si_f1"]) + float(res["tc_micro_f1"]), 4)}


def brief(res: dict) -> dict:
    keys = ("si_precision", "si_recall", "si_f1", "tc_micro_f1", "flc_f1", "n_predicted_spans")
    return {k: round(float(res[k]), 4) for k in keys if k in res}


def load_tokenizer(path: Path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()
    tok.no_padding()
    return tok


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA / "ptc")
    parser.add_argument("--out", type=Path, default=RUNS)
    parser.add_argument("--ship", type=Path, default=MODELS / "techniques")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--patience", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--max-length", type=int, default=128,
                        help="training window length in tokens (128 beat 256 on validation)")
    parser.add_argument("--context", type=int, default=16)
    parser.add_argument("--frozen-layers", "--freeze-layers", type=int, default=0,
                        help="lowest encoder layers kept frozen (the embeddings too, unless 0)")
    parser.add_argument("--init-from", type=Path, default=None,
                        help="state dict (best.pt) of an earlier run to continue from, instead of the base encoder")
    parser.add_argument("--tech-weight", type=float, default=0.5,
                        help="weight of the technique loss against the span loss (0.5 measured better on validation than 1.0)")
    parser.add_argument("--class-weight-power", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--teacher", type=Path, default=None, metavar="CKPT",
                        help="self-training: add windows of unlabeled debate transcripts, labelled by this model's "
                             "best.pt with the shipped config.json decoding (measured once: validation SI/TC "
                             "0.450/0.602 against 0.452/0.627 for the same run without it, so make train-techniques does not use it)")
    parser.add_argument("--unlabeled", type=Path, default=DATA / "claims" / "clef2019-task1" / "training",
                        help="folder of CLEF CheckThat! transcripts (*.tsv) used as unlabeled text with --teacher")
    parser.add_argument("--data-seed", type=int, default=None,
                        help="seed of the training order only (default: --seed); runs that share --seed start from the "
                             "same heads, so they can be averaged, yet see the windows in a different order")
    parser.add_argument("--greedy-soup", type=Path, nargs="+", default=None, metavar="CKPT",
                        help="skip training; greedy model soup of these runs' best.pt files: in order of each run's own "
                             "validation score, a run joins the average only if it raises the average's validation "
                             "SI + TC; then export as --average does")
    parser.add_argument("--selection", type=Path, default=None, metavar="JSON",
                        help="with --average, or --export-only of an average made elsewhere: the record of how the "
                             "averaged runs were chosen (named in the model card; its \"shipped\" entry, if any, "
                             "says how the exported average was made)")
    parser.add_argument("--device", default="cpu", help="torch device for training and validation (cpu, cuda)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: no limit)")
    parser.add_argument("--stop-after-steps", type=int, default=0,
                        help="stop after this many steps but keep the --epochs LR schedule (replays a budget-cut run)")
    parser.add_argument("--budget-minutes", type=float, default=0, help="stop taking steps after this long (0: no limit)")
    parser.add_argument("--smoke", action="store_true", help="tiny run on tests/fixtures/techniques, no export")
    parser.add_argument("--no-ship", action="store_true")
    parser.add_argument("--export-only", action="store_true", help="skip training; export OUT/best.pt")
    parser.add_argument("--average", type=Path, nargs="+", default=None, metavar="CKPT",
                        help="skip training; export the weight average of these runs' best.pt files (a model soup)")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    set_seed(args.seed)
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json")
    if args.smoke:
        fixture = REPO / "tests" / "fixtures" / "techniques"
        train = val = read_corpus(fixture)
        args.max_steps = args.max_steps or 4
        args.no_ship = True
        args.epochs = 1
        args.max_length, args.context = 64, 8  # several windows from two short articles
    else:
        splits = json.loads((args.data / "splits.json").read_text())
        train = read_corpus(args.data, splits["train"])
        val = read_corpus(args.data, splits["validation"])
    print(f"train {len(train.articles)} articles / {len(train.techniques)} fragments; "
          f"validation {len(val.articles)} / {len(val.techniques)}", flush=True)

    examples = build_examples(train, tokenizer, args.max_length, args.context)
    pseudo_record = None
    if args.teacher is not None:
        teacher = make_model(len(TECHNIQUES))
        teacher.load_state_dict(torch.load(args.teacher, map_location="cpu"))
        teacher.to(args.device).eval()
        teacher_cfg = replace(TechniqueConfig.from_dict(json.loads((args.ship / "config.json").read_text())),
                              max_length=args.max_length, context=args.context, batch_size=16)
        extra, pseudo_record = pseudo_examples(debate_documents(args.unlabeled), torch_runner(teacher), teacher_cfg,
                                               tokenizer, args.max_length, args.context)
        pseudo_record["teacher"] = _relative(args.teacher)
        print(f"self-training: {pseudo_record}", flush=True)
        examples += extra
        del teacher
    counts = np.bincount([TECHNIQUES.index(f.technique) for f in train.techniques], minlength=len(TECHNIQUES))
    counts = counts.astype(np.float64)
    weights = (counts.max() / np.maximum(counts, 1.0)) ** args.class_weight_power
    weights = weights / (weights * counts).sum() * counts.sum()  # average weight 1 per fragment
    class_weights = torch.tensor(weights, dtype=torch.float32, device=args.device)
    label_bias = prior_correction(counts, args.class_weight_power)
    set_seed(args.seed)  # the same head initialisation with or without a teacher, so runs can be averaged
    model = make_model(len(TECHNIQUES))
    if args.average:
        args.export_only = True
        args.out.mkdir(parents=True, exist_ok=True)
        torch.save(average_weights(args.average), args.out / "best.pt")
        print(f"averaged {[str(p) for p in args.average]}", flush=True)
    if args.init_from is not None:
        model.load_state_dict(torch.load(args.init_from, map_location="cpu"))
        print(f"continuing from {args.init_from}", flush=True)
    # embeddings and the lowest layers stay as pre-trained: backward stops above them, so a
    # step costs about two thirds of full fine-tuning on this 2-core CPU box
    for p in model.encoder.embeddings.parameters():
        p.requires_grad_(args.frozen_layers <= 0)
    for layer in model.encoder.encoder.layer[: args.frozen_layers]:
        for p in layer.parameters():
            p.requires_grad_(False)
    steps_per_epoch = math.ceil(len(examples) / args.batch_size)
    total = steps_per_epoch * args.epochs if not args.max_steps else min(args.max_steps, steps_per_epoch * args.epochs)
    warmup = max(1, int(0.08 * total))
    optim = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
    )
    # one window per onnxruntime call: measured fastest and leanest for int8 on the 2-core AVX2 box
    base_cfg = TechniqueConfig(list(TECHNIQUES), 0.5, 0, args.max_length, args.context, 1, label_bias=label_bias)
    args.out.mkdir(parents=True, exist_ok=True)
    model.to(args.device)
    soup, soup_record = None, None
    if args.greedy_soup:
        args.export_only = True
        evaluate = soup_scorer(model, val, tokenizer, replace(base_cfg, batch_size=16))
        soup, soup_record = greedy_soup(args.greedy_soup, evaluate, args.budget_minutes)
        torch.save(average_weights(soup), args.out / "best.pt")
        print(f"greedy soup: {json.dumps(soup_record)}", flush=True)
    print(f"{len(examples)} windows, {steps_per_epoch} steps/epoch, {total} steps", flush=True)

    rng = random.Random(args.seed if args.data_seed is None else args.data_seed)
    history = []
    epochs = 0 if args.export_only else args.epochs
    best_score, best_epoch, step = -1.0, -1, 0
    t0 = time.time()
    for epoch in range(epochs):
        model.train()
        order = list(range(len(examples)))
        rng.shuffle(order)
        running = []
        for b in range(0, len(order), args.batch_size):
            ids, mask, labels, frags = collate([examples[k] for k in order[b : b + args.batch_size]], args.device)
            span_logits, tech_logits = model(ids, mask)
            loss, tech_loss = loss_fn(span_logits, tech_logits, labels, frags, class_weights, args.tech_weight)
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
            step += 1
            running.append(float(loss.detach()))
            if step % 10 == 0 or step == 1:
                print(f"epoch {epoch} step {step}/{total} loss {np.mean(running[-20:]):.4f} "
                      f"tech {float(tech_loss):.3f} {time.time() - t0:.0f}s", flush=True)
            if args.max_steps and step >= args.max_steps:
                break
            if args.stop_after_steps and step >= args.stop_after_steps:
                break
            if args.budget_minutes and time.time() - t0 > 60 * args.budget_minutes:
                print(f"time budget reached at step {step}", flush=True)
                break
        model.eval()
        preds = predict_corpus(val, tokenizer, torch_runner(model), base_cfg)
        cfg, res = tune(val, preds, base_cfg)
        score = float(res["si_f1"]) + float(res["tc_micro_f1"])
        history.append({"epoch": epoch, "step": step, "threshold": cfg.threshold, "gap": cfg.gap,
                        "low_threshold": cfg.low_threshold,
                        "repetition_bonus": list(cfg.repetition_bonus),
                        "seconds": round(time.time() - t0), **brief(res)})
        print("validation", json.dumps(history[-1]), flush=True)
        if score > best_score:
            best_score, best_epoch = score, epoch
            torch.save({k: v.cpu() for k, v in model.state_dict().items()}, args.out / "best.pt")
        elif epoch - best_epoch >= args.patience:
            print("early stop", flush=True)
            break
        if (args.max_steps and step >= args.max_steps) or (args.stop_after_steps and step >= args.stop_after_steps):
            break
        if args.budget_minutes and time.time() - t0 > 60 * args.budget_minutes:
            break
    summary = {"history": history, "best_epoch": best_epoch, "steps": step, "train_seconds": round(time.time() - t0)}
    if pseudo_record is not None:
        summary["self_training"] = pseudo_record
    averaged = args.average or soup
    if averaged:  # the record of each averaged run
        summary = {"averaged": {str(p): json.loads((p.parent / "summary.json").read_text()).get("history", [])
                                for p in averaged if (p.parent / "summary.json").exists()}}
        if soup_record:
            summary["greedy_soup"] = soup_record
    previous = args.out / "summary.json"
    if args.export_only and previous.exists():  # keep the training run's record
        old = json.loads(previous.read_text())
        summary.update({k: old[k] for k in ("history", "best_epoch", "steps", "train_seconds") if k in old})
    if args.no_ship:
        (args.out / "summary.json").write_text(json.dumps(summary, indent=1))
        return summary
    model.load_state_dict(torch.load(args.out / "best.pt", map_location="cpu"))
    model.cpu().eval()
    summary.update(export_and_ship(model, tokenizer, val, base_cfg, args, summary))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary, indent=1), flush=True)
    return summary


def export_and_ship(model, tokenizer, val: PtcCorpus, base_cfg: TechniqueConfig, args, summary: dict) -> dict:
    """ONNX fp32 + int8, parity with torch, validation for both, ship the chosen one with its card."""
    import torch

    from slant.analyze.techniques import TechniqueAnalyzer
    from slant.nlp.onnx_model import OnnxModel

    out = {}
    fp32_dir, int8_dir, pc_dir = args.out / "onnx-fp32", args.out / "onnx-int8", args.out / "onnx-int8-per-channel"
    example = {"input_ids": torch.ones((2, 16), dtype=torch.long), "attention_mask": torch.ones((2, 16), dtype=torch.long)}
    axes = {name: {0: "batch", 1: "sequence"} for name in ("input_ids", "attention_mask", "span_logits", "technique_logits")}
    raw = args.out / "onnx-unfused" / "model.onnx"
    export_onnx(model, example, raw, ["span_logits", "technique_logits"], axes)
    cfg = model.encoder.config
    out["fused_operators"] = fuse_transformer(raw, fp32_dir / "model.onnx", cfg.num_attention_heads, cfg.hidden_size)
    quantize_int8(fp32_dir / "model.onnx", int8_dir / "model.onnx")
    quantize_int8(fp32_dir / "model.onnx", pc_dir / "model.onnx", per_channel=True)
    for d in (fp32_dir, int8_dir, pc_dir):
        shutil.copy(base_model_dir() / "tokenizer.json", d / "tokenizer.json")

    # parity: the same validation windows through torch and onnxruntime
    texts = list(val.articles.values())[:3]
    captured: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    run_torch = torch_runner(model)

    def capture(ids, mask):
        s, t = run_torch(ids, mask)
        captured.append((ids, mask, s, t))
        return s, t

    predict_texts(texts, tokenizer, capture, base_cfg)
    # and one padded batch (two windows of different length), so masking is checked too
    ids_a, ids_b = captured[0][0][0], captured[1][0][0][: len(captured[1][0][0]) // 2]
    padded_ids = np.zeros((2, len(ids_a)), dtype=np.int64)
    padded_mask = np.zeros_like(padded_ids)
    for row, seq in enumerate((ids_a, ids_b)):
        padded_ids[row, : len(seq)], padded_mask[row, : len(seq)] = seq, 1
    s, t = run_torch(padded_ids, padded_mask)
    captured.append((padded_ids, padded_mask, s, t))
    results = {}
    variants = (("fp32", fp32_dir), ("int8", int8_dir), ("int8_per_channel", pc_dir))
    for name, d in variants:
        (d / "config.json").write_text(json.dumps(config_dict(base_cfg), indent=1))
        onnx = OnnxModel(d, threads=args.threads)
        diff_s = diff_t = 0.0
        for ids, mask, s, t in captured:
            s2, t2 = onnx.session.run(["span_logits", "technique_logits"], {"input_ids": ids, "attention_mask": mask})
            m = mask.astype(bool)
            diff_s = max(diff_s, float(np.abs(s2 - s)[m].max()))
            diff_t = max(diff_t, float(np.abs(t2 - t)[m].max()))
        out[f"parity_{name}_max_abs_diff"] = {"span": round(diff_s, 6), "technique": round(diff_t, 6)}
        if name == "fp32" and max(diff_s, diff_t) > 1e-3:
            raise SystemExit(f"ONNX parity failed: max abs diff {diff_s}, {diff_t}")
        cfg, res, tried = tune_window(val, TechniqueAnalyzer(model=onnx), base_cfg)
        results[name] = (cfg, res, d)
        out[f"validation_{name}"] = {"max_length": cfg.max_length, "threshold": cfg.threshold, "gap": cfg.gap,
                                     "low_threshold": cfg.low_threshold,
                                     "repetition_bonus": list(cfg.repetition_bonus), **brief(res)}
        out[f"validation_{name}_by_window_length"] = tried
    def total(name: str) -> float:
        return float(results[name][1]["si_f1"]) + float(results[name][1]["tc_micro_f1"])

    best_int8 = max(("int8", "int8_per_channel"), key=total)
    fp_res, int_res = results["fp32"][1], results[best_int8][1]
    drop = max(float(fp_res["si_f1"]) - float(int_res["si_f1"]), float(fp_res["tc_micro_f1"]) - float(int_res["tc_micro_f1"]))
    chosen = best_int8 if drop <= 0.01 else "fp32"
    out["int8_validation_cost"] = round(drop, 4)
    out["shipped"] = chosen
    cfg, _, src = results[chosen]
    (src / "config.json").write_text(json.dumps(config_dict(cfg), indent=1))
    # the official dev set: measured only, never used for a choice above
    dev_dir = args.data / "dev"
    if dev_dir.exists():
        dev = read_corpus(dev_dir)
        for name in ("fp32", best_int8):
            c, _, d = results[name]
            (d / "config.json").write_text(json.dumps(config_dict(c), indent=1))
            analyzer = TechniqueAnalyzer(model=OnnxModel(d, threads=args.threads))
            preds = {a: p for a, p in zip(dev.articles, analyzer.predict(list(dev.articles.values())))}
            res = evaluate_predictions(dev, preds, c)
            out[f"dev_{name}"] = brief(res)
            if name == chosen:
                out["dev_per_technique"] = res["per_technique"]
    ship = args.ship
    ship.mkdir(parents=True, exist_ok=True)
    for fname in ("model.onnx", "tokenizer.json", "config.json"):
        shutil.copy(src / fname, ship / fname)
    (ship / "MODEL_CARD.md").write_text(model_card({**summary, **out}, args))
    return out


def config_dict(cfg: TechniqueConfig) -> dict:
    return {
        "labels": cfg.labels,
        "threshold": cfg.threshold,
        "gap": cfg.gap,
        "max_length": cfg.max_length,
        "stride": cfg.context,
        "stride_meaning": "tokens of context on each side of a window's core (cores tile the text)",
        "batch_size": cfg.batch_size,
        "repetition_bonus": list(cfg.repetition_bonus),
        "low_threshold": cfg.low_threshold,
        "label_bias": cfg.label_bias,
        "outputs": ["span_logits", "technique_logits"],
    }


def selection_record(args) -> dict:
    """The --selection record (how an average's runs were chosen), or {} without one."""
    selection = getattr(args, "selection", None)
    return json.loads(selection.read_text()) if selection and selection.exists() else {}


def shipped_average(args) -> dict:
    """For --export-only of an average made elsewhere: the record's "shipped" entry (runs, how it was made)."""
    return selection_record(args).get("shipped", {}) if getattr(args, "export_only", False) and not args.average else {}


def selection_note(args) -> str:
    """The card's lines on how an average's runs were chosen and made, from the --selection record."""
    record = selection_record(args)
    if not record or not (args.average or shipped_average(args)):
        return ""
    note = (f"\n* Runs: chosen among the {len(record.get('runs', {}))} runs of `{_relative(args.selection)}` (their commands, "
            "per-epoch validation figures and the soups over them; validation articles only). "
            + record.get("what", "").split(";")[0] + ".")
    how = shipped_average(args).get("how")
    return note + (f"\n* Weights: {how}" if how else "")


def model_card(out: dict, args) -> str:
    figures = json.loads(json.dumps(out))
    per = figures.pop("dev_per_technique", {})
    rows = "\n".join(f"| {t} | {v['n_gold']} | {v['tc_f1']:.3f} | {v['flc_f1']:.3f} |" for t, v in per.items())
    dev = figures.get(f"dev_{out['shipped']}", {})
    shipped_length = figures.get(f"validation_{out['shipped']}", {}).get("max_length", args.max_length)
    command = (
        f"python training/techniques.py --epochs {args.epochs} --lr {args.lr} --batch-size {args.batch_size} "
        f"--max-length {args.max_length} --context {args.context} --frozen-layers {args.frozen_layers} "
        f"--tech-weight {args.tech_weight} --class-weight-power {args.class_weight_power} "
        f"--patience {args.patience} --seed {args.seed} --threads {args.threads} --stop-after-steps {out.get('steps', 0)}"
        + (f" --data-seed {args.data_seed}" if args.data_seed is not None else "")
        + (f" --device {args.device}" if getattr(args, "device", "cpu") != "cpu" else "")
        + (f" --teacher {_relative(args.teacher)} --unlabeled {_relative(args.unlabeled)}" if args.teacher else "")
    )
    if args.average:  # a soup: the Makefile holds the recipe of the averaged runs
        command = (
            "make train-techniques   # trains the averaged runs (their commands are in the Makefile), then:\n"
            f"python training/techniques.py --max-length {args.max_length} --context {args.context} --average "
            + " ".join(_relative(p) for p in args.average) + f" --out {_relative(args.out)}"
            + (f" --selection {_relative(args.selection)}" if args.selection else "")
        )
    elif shipped_average(args):  # an average made on another machine, exported here
        command = (
            "make train-techniques DEVICE=cuda   # trains the averaged runs and averages them (commands in the Makefile)\n"
            "# the shipped weights: that average as made on the GPU machine (see the record), exported here with\n"
            f"python training/techniques.py --export-only --max-length {args.max_length} --context {args.context} "
            f"--out {_relative(args.out)} --selection {_relative(args.selection)}"
        )
    elif args.init_from is not None:  # a continuation: name the run it continued, then this one
        command = (
            f"# first run, then the continuation from its best.pt\n"
            f"python training/techniques.py --epochs 2 --lr 0.0001 --frozen-layers 3 --no-ship\n"
            f"{command} --init-from {args.init_from} --out {args.out}"
        )
    frozen = (
        "all layers and the embeddings fine-tuned" if args.frozen_layers <= 0
        else f"embeddings and the lowest {args.frozen_layers} layers frozen"
    ) + (" in this run" if args.init_from else "")
    return f"""# techniques.v1: propaganda technique spans (SemEval-2020 Task 11)

Fine-tuned `sentence-transformers/all-MiniLM-L6-v2` (6 layers, 384 hidden; {frozen}) with two token heads: a span head (inside a propaganda fragment,
sigmoid) and a technique head (14 logits). Text is cut into windows of whole sentences (window cores
tile the text; {args.context} tokens of context each side): at most {args.max_length} tokens in training, and at
inference the length in `config.json` (`max_length`, {shipped_length} tokens), which validation picked among
{[args.max_length] + [n for n in INFERENCE_LENGTHS if n < args.max_length]} (`validation_*_by_window_length` below).
A span is a run of words whose span probability reaches `low_threshold`, bridging at most `gap`
weaker words, never a line break, kept when one word reaches `threshold`. Its technique is the
softmax of the technique logits averaged over its tokens, plus `label_bias`: the prior `label_prior`
(class-weight power x log of each technique's share of the train fragments, centred: it undoes the
training class weights so the argmax follows the real technique frequencies) plus the per-technique
offsets `training/train_technique_heads.py` fits, plus `repetition_bonus` on "Repetition"
(first value when the fragment's wording recurs in the document, second when not).

* Graph: exported with eager attention and fused by onnxruntime's transformer optimizer
  (`fused_operators` below), then dynamically quantized; torch parity is checked on real and padded windows.
* Shipped: **{out['shipped']}** ONNX ({out.get('int8_validation_cost', 'n/a')} = validation F1 cost of the best
  int8 variant; int8 ships when that cost is <= 0.01).
* Data: PTC (SemEval-2020 Task 11) train articles; research use only, license unknown. Trained on the
  297 `train` articles of `splits.json`; its 74 `validation` articles chose the epoch, the inference
  window length, the thresholds, the gap, the repetition bonus and int8 vs fp32. The official dev set (75 articles) was only measured.
* `scores.propaganda` = share of the document's sentences that overlap at least one technique span.
  Span `score` = mean span probability of its words; `technique_score` = the chosen technique's probability.
* Limits: English news only; a small encoder {('averaged from ' + ', '.join(_relative(p) for p in args.average) + ' (their validation history is below)') if args.average else ('averaged from the runs ' + ', '.join(shipped_average(args)['runs']) + ' of the record below') if shipped_average(args) else f"trained for {out.get('steps', '?')} steps (best epoch {out.get('best_epoch', '?')} ships) on the {getattr(args, 'device', 'cpu')} device"}{' on top of ' + str(args.init_from) if args.init_from else ''},
  so rare techniques are weak (per-technique table below).{selection_note(args)}
* Runtime: one window per onnxruntime call (`batch_size` 1): on the 2-core AVX2 box it was faster
  and far leaner than 8 or 32 windows per call, and since dynamic int8 scales activations per
  batch, it also keeps each document's output independent of the documents analysed with it.

## Official dev set ({out['shipped']})

SI P/R/F1 = {dev.get('si_precision')}/{dev.get('si_recall')}/{dev.get('si_f1')}, TC micro-F1 = {dev.get('tc_micro_f1')},
FLC F1 = {dev.get('flc_f1')}.

| technique | dev fragments | TC F1 | FLC F1 |
|---|---|---|---|
{rows}

## All figures (validation per epoch, parity, fp32 vs int8)

```
{json.dumps(figures, indent=1)}
```

## Reproduce

```
{command}
slant eval ptc --data ../shared/data/ptc
```
"""


if __name__ == "__main__":
    main()
