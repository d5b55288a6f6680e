"""Propaganda techniques (SemEval-2020 Task 11): spans in the body and their technique.

One fine-tuned MiniLM encoder pass per window of text serves two token heads:
a span head (is this token inside a propaganda fragment?) and a technique head
(14 logits). Windows are packed from whole sentences, with a little context on
each side; every token is predicted once, by the window whose core holds it, so
offsets map back exactly to the document text. Spans are runs of words whose
span probability passes a threshold tuned on validation, widened to whole words. A
span's technique blends two views: the softmax of the technique logits averaged
over its tokens (the same pooling the model was trained with), shifted by a
per-technique prior correction and a Repetition bonus from config.json, and a
TF-IDF model of the span's own words (span_words.json). The propaganda score is
the mean probability, from a sentence model over the span probabilities
(sentences.json), that a sentence in the outlet's own voice carries a technique.
The same functions build training windows in
training/techniques.py, so training and inference cannot drift apart.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from slant.analyze.base import BatchContext
from slant.analyze.voice import direct_spans
from slant.config import RunConfig
from slant.document import Document, Span
from slant.nlp.linear import LinearModel, TfidfSoftmax, span_terms
from slant.nlp.onnx_model import sigmoid

if TYPE_CHECKING:
    from tokenizers import Tokenizer

#: The shipped model folder under src/slant/models/.
MODEL_NAME = "techniques"
#: Files next to the encoder: the span-words technique model and the sentence model.
SPAN_WORDS_FILE = "span_words.json"
SENTENCES_FILE = "sentences.json"
#: A sentence is the quoted source's, not the outlet's, when this share of it lies inside quotes.
QUOTED_SENTENCE_SHARE = 0.5
#: Trimmed from a span's edges after it is widened to whole words: punctuation and quote marks
#: (PTC's gold fragments leave them out; measured on validation in the model card).
_EDGE_END = ".,;:)]\"”’'»"
_EDGE_START = "([\"“‘'«"
_EPS = 1e-9

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


# ---------------------------------------------------------------- windows


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence character ranges: lines, split further at sentence-final punctuation.

    Ranges exclude surrounding whitespace; every non-space character is in one.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]
        for a, b in zip(cuts, cuts[1:]):
            piece = line[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            start = line_start + a + lead
            out.append((start, start + len(stripped)))
    return out


@dataclass(frozen=True)
class Encoded:
    """A whole document tokenized once, without special tokens."""

    ids: np.ndarray  # (n_tokens,)
    offsets: np.ndarray  # (n_tokens, 2) character offsets into the text
    word_ids: np.ndarray  # (n_tokens,) word index per token


def encode(tokenizer: Tokenizer, text: str) -> Encoded:
    enc = tokenizer.encode(text, add_special_tokens=False)
    ids = np.asarray(enc.ids, dtype=np.int64)
    offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
    words = np.asarray([-1 if w is None else w for w in enc.word_ids], dtype=np.int64)
    return Encoded(ids, offsets, words)


@dataclass(frozen=True)
class Window:
    """Tokens [lo, hi) of one document go through the encoder; [core_lo, core_hi) are kept."""

    lo: int
    hi: int
    core_lo: int
    core_hi: int


def make_windows(
    offsets: np.ndarray, sentences: list[tuple[int, int]], max_length: int, context: int
) -> list[Window]:
    """Pack whole sentences into cores of up to max_length - 2 - 2*context tokens, add context.

    A sentence longer than a core is cut at token boundaries. Cores tile the
    document without overlap, so each token is predicted exactly once.
    """
    n = len(offsets)
    if n == 0:
        return []
    capacity = max_length - 2 - 2 * context
    starts = [s for s, _ in sentences]
    # token ranges per sentence: a token belongs to the last sentence starting at or before it
    sent_of = [max(0, bisect.bisect_right(starts, int(o)) - 1) for o in offsets[:, 0]]
    bounds: list[tuple[int, int]] = []
    i = 0
    while i < n:
        j = i
        while j < n and sent_of[j] == sent_of[i]:
            j += 1
        for a in range(i, j, capacity):
            bounds.append((a, min(j, a + capacity)))
        i = j
    cores: list[tuple[int, int]] = []
    for a, b in bounds:
        if cores and b - cores[-1][0] <= capacity:
            cores[-1] = (cores[-1][0], b)
        else:
            cores.append((a, b))
    budget = max_length - 2
    windows = []
    for a, b in cores:
        spare = budget - (b - a)
        left = min(a, context, spare)
        right = min(n - b, context, spare - left)
        windows.append(Window(a - left, b + right, a, b))
    return windows


def window_batch(
    docs: Sequence[Encoded], items: Sequence[tuple[int, Window]], cls_id: int, sep_id: int
) -> tuple[np.ndarray, np.ndarray]:
    """[CLS] tokens [SEP] for each (doc index, window), right-padded with 0."""
    width = max(w.hi - w.lo for _, w in items) + 2
    ids = np.zeros((len(items), width), dtype=np.int64)
    mask = np.zeros((len(items), width), dtype=np.int64)
    for row, (d, w) in enumerate(items):
        toks = docs[d].ids[w.lo : w.hi]
        ids[row, 0] = cls_id
        ids[row, 1 : 1 + len(toks)] = toks
        ids[row, 1 + len(toks)] = sep_id
        mask[row, : len(toks) + 2] = 1
    return ids, mask


# ---------------------------------------------------------------- decoding


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    out: np.ndarray = e / e.sum(axis=-1, keepdims=True)
    return out


def repeated_elsewhere(text: str, start: int, end: int) -> bool:
    """Does the fragment's wording occur at least twice in the text (case-insensitive)?

    The encoder sees one window, so it cannot know that a phrase recurs across
    the article; this is the one document-level signal for "Repetition".
    """
    needle = text[start:end].strip().lower()
    return len(needle) >= 3 and text.lower().count(needle) >= 2


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole whitespace-delimited words, then trim edge punctuation.

    The token decoder works on word pieces and on the tokenizer's words, which split
    "so-called" and "Al-Qaeda" at the hyphen; a span must never cut a word.
    The result may be empty (end <= start) when the span held only punctuation.
    """
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and (text[end - 1] in _EDGE_END or text[end - 1].isspace()):
        end -= 1
    while start < end and (text[start] in _EDGE_START or text[start].isspace()):
        start += 1
    return start, end


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Does [start, end) start or end inside a word (a letter or digit on both sides of an edge)?"""
    at_start = 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum()
    at_end = 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return at_start or at_end


def technique_probs(
    tech_logits: np.ndarray,
    offsets: np.ndarray,
    start: int,
    end: int,
    bias: np.ndarray | None = None,
) -> np.ndarray | None:
    """Softmax of the technique logits averaged over the tokens overlapping [start, end), plus `bias`."""
    inside = (offsets[:, 0] < end) & (offsets[:, 1] > start)
    if not inside.any():
        return None
    logits = tech_logits[inside].mean(axis=0)
    return _softmax(logits + bias if bias is not None else logits)


def fragment_bias(
    text: str,
    start: int,
    end: int,
    labels: Sequence[str],
    bonus: tuple[float, float],
    label_bias: Sequence[float] | None = None,
) -> np.ndarray | None:
    """Logit offsets for one fragment's techniques.

    `label_bias` is a fixed offset per technique (the prior correction that undoes
    the training class weights); "Repetition" gets bonus[0] more when the
    fragment recurs in the text, bonus[1] when not.
    """
    use_bonus = bonus != (0.0, 0.0) and "Repetition" in labels
    if not use_bonus and label_bias is None:
        return None
    bias = np.zeros(len(labels), dtype=np.float32) if label_bias is None else np.asarray(label_bias, dtype=np.float32).copy()
    if use_bonus:
        bias[list(labels).index("Repetition")] += bonus[0] if repeated_elsewhere(text, start, end) else bonus[1]
    return bias


def decode_spans(
    text: str,
    enc: Encoded,
    span_prob: np.ndarray,
    threshold: float,
    gap: int = 0,
    low: float | None = None,
) -> list[tuple[int, int, float]]:
    """Runs of words whose mean token span-probability passes a threshold -> (start, end, mean prob).

    Hysteresis: a run grows over words >= `low` (default: `threshold`), may bridge
    up to `gap` words below `low`, never crosses a line break, and is kept only
    when one of its words reaches `threshold`.
    """
    n = len(enc.ids)
    if n == 0:
        return []
    low = threshold if low is None else min(low, threshold)
    w = enc.word_ids
    first = np.ones(n, dtype=bool)  # a token that starts a word
    first[1:] = (w[1:] != w[:-1]) | (w[1:] < 0)
    starts_idx = np.nonzero(first)[0]
    ends_idx = np.append(starts_idx[1:], n)
    word_start = enc.offsets[starts_idx, 0]
    word_end = enc.offsets[ends_idx - 1, 1]
    word_prob = np.add.reduceat(span_prob.astype(np.float64), starts_idx) / (ends_idx - starts_idx)
    newlines = np.array([i for i, ch in enumerate(text) if ch == "\n"], dtype=np.int64)
    # break_before[k]: a line break lies between word k-1 and word k
    between = np.searchsorted(newlines, word_start) - np.searchsorted(newlines, np.append(0, word_end[:-1]))
    break_before = between > 0
    spans: list[tuple[int, int, float]] = []
    run_first = run_last = -1
    pending_gap = 0

    def close() -> None:
        if run_first >= 0 and word_prob[run_first : run_last + 1].max() >= threshold:
            probs = word_prob[run_first : run_last + 1]
            spans.append((int(word_start[run_first]), int(word_end[run_last]), float(probs.mean())))

    for k in range(len(word_prob)):
        if run_first >= 0 and break_before[k]:
            close()
            run_first, pending_gap = -1, 0
        if word_prob[k] >= low:
            if run_first < 0:
                run_first = k
            run_last = k
            pending_gap = 0
        elif run_first >= 0:
            pending_gap += 1
            if pending_gap > gap:
                close()
                run_first, pending_gap = -1, 0
    close()
    return spans


# ---------------------------------------------------------------- the analyzer


@dataclass
class TechniqueConfig:
    """What the training script wrote to config.json next to the model."""

    labels: list[str]
    threshold: float
    gap: int
    max_length: int
    context: int
    batch_size: int = 32
    repetition_bonus: tuple[float, float] = (0.0, 0.0)
    low_threshold: float | None = None
    label_bias: list[float] | None = None
    #: weight of the span-words model's log-probabilities against the encoder's (0: encoder only)
    word_weight: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TechniqueConfig:
        return cls(
            labels=list(data["labels"]),
            threshold=float(data["threshold"]),
            gap=int(data.get("gap", 0)),
            max_length=int(data["max_length"]),
            context=int(data.get("stride", data.get("context", 0))),
            batch_size=int(data.get("batch_size", 32)),
            repetition_bonus=tuple(float(x) for x in data.get("repetition_bonus", (0.0, 0.0))),  # type: ignore[arg-type]
            low_threshold=None if data.get("low_threshold") is None else float(data["low_threshold"]),
            label_bias=None if data.get("label_bias") is None else [float(x) for x in data["label_bias"]],
            word_weight=float(data.get("word_weight", 0.0)),
        )


@dataclass
class DocumentPrediction:
    """Per-token outputs for one text, gathered from its windows."""

    enc: Encoded
    span_prob: np.ndarray  # (n_tokens,)
    tech_logits: np.ndarray  # (n_tokens, n_labels)


def predict_texts(
    texts: Sequence[str],
    tokenizer: Tokenizer,
    run_batch: Any,
    config: TechniqueConfig,
) -> list[DocumentPrediction]:
    """Window every text, run the windows in length-sorted batches across texts, gather per token.

    `run_batch(input_ids, attention_mask) -> (span_logits (B, T), tech_logits (B, T, L))`
    is the model (ONNX at run time, torch in training).
    """
    cls_id = tokenizer.token_to_id("[CLS]")
    sep_id = tokenizer.token_to_id("[SEP]")
    if cls_id is None or sep_id is None:
        raise ValueError("tokenizer has no [CLS] or [SEP] token")
    encs = [encode(tokenizer, t) for t in texts]
    items: list[tuple[int, Window]] = []
    for d, (text, enc) in enumerate(zip(texts, encs)):
        items.extend((d, w) for w in make_windows(enc.offsets, sentence_bounds(text), config.max_length, config.context))
    n_labels = len(config.labels)
    span_logit = [np.zeros(len(e.ids), dtype=np.float32) for e in encs]
    tech = [np.zeros((len(e.ids), n_labels), dtype=np.float32) for e in encs]
    order = sorted(range(len(items)), key=lambda k: items[k][1].hi - items[k][1].lo)
    for b in range(0, len(order), config.batch_size):
        chunk = [items[k] for k in order[b : b + config.batch_size]]
        ids, mask = window_batch(encs, chunk, cls_id, sep_id)
        s_out, t_out = run_batch(ids, mask)
        for row, (d, w) in enumerate(chunk):
            a = 1 + w.core_lo - w.lo
            z = a + w.core_hi - w.core_lo
            span_logit[d][w.core_lo : w.core_hi] = s_out[row, a:z]
            tech[d][w.core_lo : w.core_hi] = t_out[row, a:z]
    return [
        DocumentPrediction(enc, sigmoid(s), t) for enc, s, t in zip(encs, span_logit, tech)
    ]


@dataclass(frozen=True)
class SpanHeads:
    """The small models that read the encoder's output: a span's technique from its words,
    and a sentence's chance of carrying a technique. Either may be absent (older model folders)."""

    words: TfidfSoftmax | None = None
    sentences: LinearModel | None = None

    @classmethod
    def load(cls, folder: Path, labels: Sequence[str]) -> SpanHeads:
        words = TfidfSoftmax.load(folder / SPAN_WORDS_FILE) if (folder / SPAN_WORDS_FILE).exists() else None
        if words is not None and list(words.labels) != list(labels):
            raise ValueError(f"{folder / SPAN_WORDS_FILE}: labels differ from the encoder's config.json")
        sentences = LinearModel.load(folder / SENTENCES_FILE) if (folder / SENTENCES_FILE).exists() else None
        return cls(words, sentences)


def technique_distribution(
    text: str,
    pred: DocumentPrediction,
    start: int,
    end: int,
    config: TechniqueConfig,
    heads: SpanHeads | None = None,
) -> np.ndarray | None:
    """P(technique) of the fragment [start, end): the encoder's pooled softmax (with its prior
    and Repetition corrections), blended in log space with the span-words model when shipped."""
    bias = fragment_bias(text, start, end, config.labels, config.repetition_bonus, config.label_bias)
    probs = technique_probs(pred.tech_logits, pred.enc.offsets, start, end, bias)
    if probs is None or heads is None or heads.words is None or config.word_weight <= 0:
        return probs
    words = np.asarray(heads.words.probabilities(span_terms(text[start:end])))
    w = config.word_weight
    return _softmax((1 - w) * np.log(probs + _EPS) + w * np.log(words + _EPS))


def spans_from_prediction(
    text: str,
    pred: DocumentPrediction,
    config: TechniqueConfig,
    analyzer: str | None = None,
    heads: SpanHeads | None = None,
) -> list[Span]:
    """Decode technique spans of one text, on whole words."""
    out = []
    seen: set[tuple[int, int]] = set()
    spans = decode_spans(text, pred.enc, pred.span_prob, config.threshold, config.gap, config.low_threshold)
    for raw_start, raw_end, prob in spans:
        start, end = snap_to_words(text, raw_start, raw_end)
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        probs = technique_distribution(text, pred, start, end, config, heads)
        if probs is None:
            continue
        k = int(probs.argmax())
        out.append(
            Span(start, end, config.labels[k], float(prob), analyzer, attrs={"technique_score": round(float(probs[k]), 4)})
        )
    return out


def sentence_features(pred: DocumentPrediction, start: int, end: int) -> dict[str, float] | None:
    """What the sentence model reads of [start, end): its tokens' span probabilities."""
    inside = (pred.enc.offsets[:, 0] < end) & (pred.enc.offsets[:, 1] > start)
    if not inside.any():
        return None
    probs = pred.span_prob[inside].astype(np.float64)
    return {
        "max": float(probs.max()),
        "mean": float(probs.mean()),
        "share_0.3": float((probs >= 0.3).mean()),
        "share_0.5": float((probs >= 0.5).mean()),
        "log_tokens": float(np.log1p(probs.size)),
    }


def sentence_probabilities(
    text: str, pred: DocumentPrediction, model: LinearModel, bounds: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int, float]]:
    """(start, end, P(the sentence carries a technique)) for each sentence (or each of `bounds`)."""
    out = []
    for start, end in sentence_bounds(text) if bounds is None else bounds:
        feats = sentence_features(pred, start, end)
        out.append((start, end, 0.0 if feats is None else model.score(feats)))
    return out


def outlet_sentences(text: str, sentences: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The sentences in the outlet's own voice: those not mostly inside quotation marks."""
    quotes = direct_spans(text)
    out = []
    for start, end, prob in sentences:
        quoted = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in quotes)
        if quoted < QUOTED_SENTENCE_SHARE * (end - start):
            out.append((start, end, prob))
    return out


def propaganda_score(text: str, pred: DocumentPrediction, model: LinearModel) -> float:
    """Expected share of the outlet's own sentences that carry a propaganda technique.

    The mean, over sentences not mostly inside quotes, of the sentence model's calibrated
    probability (sentence-level propaganda, NLP4IF-2019 SLC, trained on PTC validation).
    """
    own = outlet_sentences(text, sentence_probabilities(text, pred, model))
    return float(np.mean([p for _, _, p in own])) if own else 0.0


def propaganda_share(text: str, spans: Sequence[Span]) -> float:
    """Share of the text's sentences that overlap at least one technique span."""
    sentences = sentence_bounds(text)
    if not sentences:
        return 0.0
    hit = sum(1 for s, e in sentences if any(sp.start < e and sp.end > s for sp in spans))
    return hit / len(sentences)


class TechniqueAnalyzer:
    """Fills the "techniques" span layer and scores["propaganda"] of English documents."""

    name: ClassVar[str] = "techniques.v1"

    def __init__(self, model: Any = None, threads: int = 0) -> None:
        from slant.nlp.onnx_model import load_shipped

        self.model = model if model is not None else load_shipped(MODEL_NAME, threads)
        self.config = TechniqueConfig.from_dict(self.model.config)
        self.heads = SpanHeads.load(Path(self.model.path), self.config.labels)

    @classmethod
    def from_config(cls, config: RunConfig) -> TechniqueAnalyzer:
        """The shipped model with the run's onnxruntime thread count."""
        return cls(threads=config.threads)

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each window alone, unpadded (`OnnxModel.run_arrays`): a window's logits never depend
        on the other windows of its batch (the graph quantizes activations per tensor)."""
        span_logits, tech_logits = self.model.run_arrays(ids, mask, ["span_logits", "technique_logits"])
        return span_logits, tech_logits

    def predict(self, texts: Sequence[str]) -> list[DocumentPrediction]:
        """Per-token outputs for raw texts (used by the PTC evaluation for gold-span TC)."""
        return predict_texts(texts, self.model.tokenizer, self._run, self.config)

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None:
        todo = []
        for doc in docs:
            if doc.language not in (None, "en"):
                doc.warnings.append(f"{self.name}: skipped, trained on English only (language={doc.language})")
                continue
            todo.append(doc)
        preds = self.predict([d.text for d in todo])
        for doc, pred in zip(todo, preds):
            spans = spans_from_prediction(doc.text, pred, self.config, self.name, self.heads)
            doc.add_spans("techniques", spans, self.name)
            doc.scores["propaganda"] = self.propaganda(doc.text, pred, spans)

    def propaganda(self, text: str, pred: DocumentPrediction, spans: Sequence[Span]) -> float:
        """scores.propaganda: the calibrated sentence-level score when the model folder ships
        its sentence model, else (older folders) the share of sentences a span touches."""
        if self.heads.sentences is not None:
            return round(propaganda_score(text, pred, self.heads.sentences), 4)
        return propaganda_share(text, spans)
