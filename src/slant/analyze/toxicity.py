"""Comment toxicity (`toxicity.v1`): Perspective-style attributes for every reader comment.

One shipped multi-task encoder (src/slant/models/toxicity/) scores every comment
of a batch of documents, each comment in its own onnxruntime call, so its scores
never depend on which comments share the batch. Each comment gets
`toxicity` (the six attribute probabilities of ARCHITECTURE.md section 3) and
`flags` (attributes at or above the thresholds calibrated on held-out data) and, for
each flag, `spans`: the words that carry it, from the model's token head (see `evidence`).
The OLID heads (offensive? targeted? at whom?) feed the thread analytics in
`slant.analyze.thread` and the OLID evaluation.

Perspective definitions the model was aimed at: insult = inflammatory or
negative toward a person or group; threat = intent to harm, veiled ones
included; identity_attack = hateful toward an identity group, dehumanising
metaphors included; political opinion alone is not toxic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np

from slant.analyze.base import BatchContext
from slant.analyze.thread import ThreadScores, annotate_thread
from slant.analyze.threats import ThreatCue, threat_cues
from slant.analyze.toxicity_normalize import normalize, normalize_with_offsets
from slant.config import RunConfig
from slant.document import TOXICITY_ATTRIBUTES, Document, Span
from slant.nlp.onnx_model import MODELS_DIR, Batch, OnnxModel, load_shipped, sigmoid, softmax


@dataclass(frozen=True)
class CommentScore:
    """Everything the model says about one text."""

    attributes: dict[str, float]  # the six contract attributes, probabilities
    flags: list[str]  # attributes at or above their calibrated thresholds, in the commenter's own words
    offensive: float  # OLID A: P(OFF)
    untargeted: float  # OLID B: P(UNT)
    target: str  # OLID C decision: IND | GRP | OTH
    target_probs: dict[str, float]
    olid_a: str = "NOT"  # OLID A decision under the calibrated threshold
    olid_b: str = "TIN"  # OLID B decision under the calibrated threshold
    threats: tuple[ThreatCue, ...] = ()  # threat frames in the commenter's own words (slant.analyze.threats)


#: Flags a swearing comment only earns when it offends someone: where the comment is flagged profane
#: and OLID level B calls the offence untargeted (P(UNT) at or above its calibrated threshold: "Holy
#: shit", "Damn it, not again"), they are dropped, unless a flag that always has a target (TARGETED)
#: holds; profanity stays. Swearing at nobody insults nobody (the news labels' convention); a comment
#: without swear words keeps its flags (a veiled threat reads as untargeted to OLID level B).
NEED_A_TARGET = frozenset(("toxic", "insult"))
#: A threat or an identity attack has a target whatever OLID level B says (it reads "I will find
#: you" as untargeted): their comments keep every flag.
TARGETED = frozenset(("threat", "identity_attack"))
#: What a threat frame in the commenter's own words flags, whatever the model's probabilities say.
THREAT_FLAGS = frozenset(("threat", "toxic"))
#: Comment span layer holding the evidence of each flag (Comment.spans key -> `spans` in the output).
SPAN_LAYER = "spans"
#: A quotation of at least this many words is a statement the commenter quotes (to denounce it,
#: report it or answer it); a shorter one is a scare-quoted label, which is the commenter's own voice.
QUOTED_STATEMENT_WORDS = 3
#: What a quoted statement becomes in the commenter's own words: a pronoun keeps the sentence whole
#: ('Whoever wrote it further up should be banned').
QUOTE_STANDIN = "it"
_QUOTATION = re.compile(r'"[^"\n]+"|“[^”\n]+”|«[^»\n]+»|„[^“”\n]+[“”]')
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)
_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"'.,;:!?()[]{}<>"


def check_thresholds(thresholds: Mapping[str, float]) -> dict[str, float]:
    """User flag thresholds, checked: known attributes, numbers in [0, 1]; ValueError otherwise."""
    unknown = sorted(set(thresholds) - set(TOXICITY_ATTRIBUTES))
    if unknown:
        raise ValueError(f"unknown toxicity attributes {unknown}; known: {', '.join(TOXICITY_ATTRIBUTES)}")
    out = {}
    for attr, value in thresholds.items():
        number = float(value)
        if not 0.0 <= number <= 1.0:
            raise ValueError(f"toxicity threshold for {attr} must be between 0 and 1, not {value}")
        out[attr] = number
    return out


def parse_thresholds(values: Sequence[str]) -> dict[str, float]:
    """`attr=value` options (`--toxicity-threshold threat=0.2`, repeatable) as a checked mapping."""
    raw: dict[str, float] = {}
    for item in values:
        attr, sep, value = item.partition("=")
        if not sep or not attr.strip():
            raise ValueError(f"expected attribute=value, got {item!r}")
        try:
            raw[attr.strip()] = float(value)
        except ValueError:
            raise ValueError(f"threshold for {attr.strip()} is not a number: {value!r}") from None
    return check_thresholds(raw)


@dataclass(frozen=True)
class Evidence:
    """A character range of the comment that carries `attribute` (`score`: the token head's
    toxic probability of its most toxic word)."""

    start: int
    end: int
    attribute: str
    score: float


def _is_statement(quotation: str) -> bool:
    """A quotation long enough to be a statement the commenter quotes, not a scare-quoted label."""
    return len(quotation.split()) >= QUOTED_STATEMENT_WORDS


def own_words(text: str) -> str | None:
    """The comment without the statements it quotes ('>' lines and quotations of
    QUOTED_STATEMENT_WORDS or more words, each replaced by QUOTE_STANDIN), or None when it quotes none.

    Counter-speech quotes hate to denounce it, a report quotes what was said, a reply quotes its
    parent to disagree: a flag must hold in the commenter's own words, not only in the words quoted.
    """
    own = _QUOTED_LINE.sub("", text)
    own = _QUOTATION.sub(lambda m: QUOTE_STANDIN if _is_statement(m.group()) else m.group(), own)
    return own if own != text else None


def own_threats(text: str) -> tuple[ThreatCue, ...]:
    """The threat frames of `text` outside the statements it quotes (see `own_words`):
    reporting or denouncing a threat is not making one."""
    quoted = [m.span() for m in _QUOTED_LINE.finditer(text)]
    quoted += [m.span() for m in _QUOTATION.finditer(text) if _is_statement(m.group())]
    return tuple(c for c in threat_cues(text) if not any(s < c.end and c.start < e for s, e in quoted))


def word_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated word, surrounding punctuation trimmed."""
    out = []
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in _EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        if end > start:
            out.append((start, end))
    return out


#: The token head's classes (output `token_types` of the shipped graph): which kind of toxicity a
#: token carries, if any ('toxic' is toxicity of another kind).
TOKEN_TYPES = ("none", "insult", "threat", "identity_attack", "profanity", "toxic")
#: Evidence reads the whole comment (up to this many tokens), not the scoring pass's first max_length.
EVIDENCE_MAX_LENGTH = 512
#: ... and at most this many characters of it (more than EVIDENCE_MAX_LENGTH tokens hold), so a
#: hostile 200,000-character comment costs what a long one does; words past it get no evidence.
EVIDENCE_MAX_CHARS = 4000
#: A word shows a typed flag (insult, threat, ...) when that type holds at least this share of its
#: toxic probability; when no word does, the flag's evidence is every toxic word.
TYPE_SHARE = 0.25


def word_probs(
    words: list[tuple[int, int]], token_ranges: Sequence[tuple[int, int] | None], probs: np.ndarray
) -> np.ndarray:
    """Per word (character ranges of one text), the token-type distribution of its most toxic
    token (`token_ranges` index the same text; zeros where no token falls in the word)."""
    size = max([end for _, end in words] + [r[1] for r in token_ranges if r is not None] + [0])
    owner = np.full(size, -1, dtype=np.int64)
    for w, (start, end) in enumerate(words):
        owner[start:end] = w
    out = np.zeros((len(words), probs.shape[1]), dtype=np.float64)
    best = np.full(len(words), -1.0)
    for t, rng in enumerate(token_ranges):
        if rng is None:
            continue
        toxic = 1.0 - float(probs[t, 0])
        for w in {int(owner[i]) for i in range(rng[0], rng[1]) if owner[i] >= 0}:
            if toxic > best[w]:
                best[w], out[w] = toxic, probs[t]
    return out


def spans_from_word_probs(
    words: list[tuple[int, int]], probs: np.ndarray, attributes: Sequence[str], threshold: float, fallback: bool
) -> list[Evidence]:
    """Each attribute's evidence: runs of adjacent toxic words (toxic probability >= `threshold`;
    with `fallback`, the most toxic word when none passes), typed attributes narrowed to the words
    of their type (TYPE_SHARE)."""
    if not words or not attributes:
        return []
    toxic = 1.0 - probs[:, 0]
    chosen = toxic >= threshold
    if fallback and not chosen.any():
        chosen[int(np.argmax(toxic))] = True
    out: list[Evidence] = []
    for attr in attributes:
        mask = chosen
        if attr in TOKEN_TYPES:
            typed = chosen & (probs[:, TOKEN_TYPES.index(attr)] >= TYPE_SHARE * np.maximum(toxic, 1e-9))
            mask = typed if typed.any() else chosen
        i = 0
        while i < len(words):
            if not mask[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(words) and mask[j + 1]:
                j += 1
            out.append(Evidence(words[i][0], words[j][1], attr, float(toxic[i : j + 1].max())))
            i = j + 1
    return out


class ToxicityScorer:
    """The shipped toxicity model: normalise, tokenise, run each text alone, decode."""

    #: whether threat frames (`slant.analyze.threats`) add their flags; `__init__`'s `threat_frames`
    threat_frames: bool = True

    def __init__(
        self,
        path: Path | None = None,
        onnx_path: Path | None = None,
        batch_size: int = 64,
        threads: int = 0,
        thresholds: Mapping[str, float] | None = None,
        threat_frames: bool = True,
    ) -> None:
        """`thresholds` (attribute -> flag threshold, RunConfig.toxicity_thresholds) override the
        calibrated ones shipped with the model, attribute by attribute; `threat_frames=False` leaves
        the threat frames out (`slant.analyze.threats`), so only the model's probabilities flag."""
        self.threat_frames = threat_frames
        self.path = Path(path) if path is not None else MODELS_DIR / "toxicity"
        # the shipped model is loaded once per process and shared by every analyzer instance
        if path is None and onnx_path is None:
            self.model = load_shipped("toxicity", threads)
        else:
            self.model = OnnxModel(self.path, threads=threads)
        if onnx_path is not None:  # e.g. the fp32 graph, for the int8-vs-fp32 comparison
            import onnxruntime as ort

            self.model.session = ort.InferenceSession(
                str(onnx_path), sess_options=self.model.session.get_session_options(),
                providers=["CPUExecutionProvider"],
            )
        cfg = self.model.config
        self.outputs: list[str] = list(cfg["outputs"])
        self.attr_labels: list[str] = list(cfg["heads"]["attributes"]["labels"])
        self.c_labels: list[str] = list(cfg["heads"]["olid_c"]["labels"])
        th = cfg["thresholds"]
        self.a_threshold = float(th["olid_a_off"])
        self.b_threshold = float(th["olid_b_unt"])
        self.c_bias = np.array(th["olid_c_log_bias"], dtype=np.float64)
        self.attr_thresholds = {k: float(v) for k, v in th["attributes"].items()}
        self.attr_thresholds.update(check_thresholds(thresholds or {}))
        self.batch_size = batch_size

    @staticmethod
    def token_ranges(offsets: Sequence[tuple[int, int]], mapping: Sequence[int]) -> list[tuple[int, int] | None]:
        """Each token's character range in the original text (None: a special or inserted token),
        from its offsets in the normalised text and `normalize_with_offsets`'s mapping."""
        out: list[tuple[int, int] | None] = []
        for start, end in offsets:
            chars = [mapping[i] for i in range(start, min(end, len(mapping))) if mapping[i] >= 0]
            out.append((min(chars), max(chars) + 1) if end > start and chars else None)
        return out

    def evidence_batch(self, text: str) -> tuple[Batch, list[tuple[int, int] | None]]:
        """One comment as the evidence pass reads it (normalised, up to EVIDENCE_MAX_LENGTH tokens)
        and each token's character range in `text`; the token head's training reads it the same way."""
        normalized, mapping = normalize_with_offsets(text)
        batch = self.model.tokenize([normalized or "."], max_length=EVIDENCE_MAX_LENGTH)
        return batch, self.token_ranges(batch.offsets[0], mapping)

    def raw(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Head outputs (logits) for `texts`, in input order.

        The model runs every text alone (`OnnxModel.run`), so a comment's scores never depend
        on the other comments of the batch; `batch_size` only bounds how many are tokenized at once.
        """
        normalized = [normalize(t) or "." for t in texts]
        parts: dict[str, list[np.ndarray]] = {name: [] for name in self.outputs}
        for start in range(0, len(normalized), self.batch_size):
            batch = self.model.tokenize(normalized[start : start + self.batch_size])
            for name, out in zip(self.outputs, self.model.run(batch, self.outputs)):
                parts[name].append(out)
        return {name: (np.concatenate(p) if p else np.zeros((0, 1))) for name, p in parts.items()}

    def attribute_probs(self, texts: Sequence[str]) -> np.ndarray:
        """Sigmoid attribute probabilities, columns in TOXICITY_ATTRIBUTES order."""
        attrs = sigmoid(self.raw(texts)["attributes"].astype(np.float64))
        return attrs[:, [self.attr_labels.index(a) for a in TOXICITY_ATTRIBUTES]]

    def evidence(self, text: str, attributes: Sequence[str], threats: Sequence[ThreatCue] = ()) -> list[Evidence]:
        """The words of `text` that carry each of `attributes`, offsets into `text` itself.

        Where the comment holds threat frames (`threats`, from `own_threats`), they are the
        evidence of `threat` (score 1.0) and are added to that of `toxic`; the token head gives the rest.

        One more pass of the model over the whole comment (normalised, alone, up to
        EVIDENCE_MAX_LENGTH tokens, EVIDENCE_MAX_CHARS characters) reads the token head (`token_types`): words whose toxic
        probability reaches the threshold tuned on the SemEval-2021 Task 5 trial split, in runs
        of adjacent words, each typed flag narrowed to the words of its type.
        """
        framed = [Evidence(c.start, c.end, attr, 1.0) for attr in THREAT_FLAGS & set(attributes) for c in threats]
        rest = [a for a in attributes if not (threats and a == "threat")]
        text = text[:EVIDENCE_MAX_CHARS]
        words = word_offsets(text)
        if not rest or not words:
            return framed
        batch, ranges = self.evidence_batch(text)
        logits = self.model.run(batch, ["token_types"])[0][0]
        probs = word_probs(words, ranges, softmax(logits.astype(np.float64)))
        rule = self.model.config["evidence"]  # written by training/toxic_span_head.py
        found = spans_from_word_probs(words, probs, rest, float(rule["word_threshold"]), bool(rule["best_word_fallback"]))
        return found + framed

    def score(self, texts: Sequence[str]) -> list[CommentScore]:
        if not texts:
            return []
        raw = self.raw(texts)
        attrs = sigmoid(raw["attributes"].astype(np.float64))
        pa = softmax(raw["olid_a"].astype(np.float64))[:, 1]
        pb = softmax(raw["olid_b"].astype(np.float64))[:, 1]
        pc = softmax(raw["olid_c"].astype(np.float64))
        target = np.argmax(np.log(pc + 1e-9) + self.c_bias, axis=1)
        values = [{a: float(attrs[i, self.attr_labels.index(a)]) for a in TOXICITY_ATTRIBUTES} for i in range(len(texts))]
        flags = [[a for a in TOXICITY_ATTRIBUTES if v[a] >= self.attr_thresholds[a]] for v in values]
        for i in range(len(texts)):
            if "profanity" in flags[i] and pb[i] >= self.b_threshold and not TARGETED & set(flags[i]):
                flags[i] = [a for a in flags[i] if a not in NEED_A_TARGET]
        self._keep_own_voice(texts, flags)
        threats = [own_threats(t) if self.threat_frames else () for t in texts]
        for i, found in enumerate(threats):
            if found:
                flags[i] = [a for a in TOXICITY_ATTRIBUTES if a in flags[i] or a in THREAT_FLAGS]
        out = []
        for i in range(len(texts)):
            out.append(
                CommentScore(
                    attributes=values[i],
                    flags=flags[i],
                    offensive=float(pa[i]),
                    untargeted=float(pb[i]),
                    target=self.c_labels[int(target[i])],
                    target_probs={c: float(pc[i, j]) for j, c in enumerate(self.c_labels)},
                    olid_a="OFF" if pa[i] >= self.a_threshold else "NOT",
                    olid_b="UNT" if pb[i] >= self.b_threshold else "TIN",
                    threats=threats[i],
                )
            )
        return out

    def _keep_own_voice(self, texts: Sequence[str], flags: list[list[str]]) -> None:
        """Drop the flags of a quoting comment that its own words (`own_words`) do not earn.
        The comment's probabilities stay those of its whole text; one more pass per such comment."""
        quoting = [(i, own) for i, text in enumerate(texts) if flags[i] and (own := own_words(text)) is not None]
        if not quoting:
            return
        own_probs = self.attribute_probs([own for _, own in quoting])
        for (i, _), row in zip(quoting, own_probs):
            flags[i] = [a for a in flags[i] if row[TOXICITY_ATTRIBUTES.index(a)] >= self.attr_thresholds[a]]


class ToxicityAnalyzer:
    """Fills comment.toxicity / comment.flags and the thread analytics of each document."""

    name: ClassVar[str] = "toxicity.v1"

    def __init__(self, scorer: ToxicityScorer | None = None, spans: bool = True) -> None:
        """`spans=False` skips the evidence spans (one more model pass per flagged comment)."""
        self.scorer = scorer if scorer is not None else ToxicityScorer()
        self.spans = spans

    @classmethod
    def from_config(cls, config: RunConfig) -> ToxicityAnalyzer:
        """The shipped model with the run's thread count and threshold overrides; evidence spans unless
        the run's `analyzer_options["toxicity.v1"]["spans"]` is false (`--no-toxicity-spans`), threat
        frames unless its `["threat_frames"]` is false (`--no-threat-frames`)."""
        options = config.analyzer_options.get(cls.name, {})
        scorer = ToxicityScorer(
            threads=config.threads, thresholds=config.toxicity_thresholds,
            threat_frames=bool(options.get("threat_frames", True)),
        )
        return cls(scorer, spans=bool(options.get("spans", True)))

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None:
        comments = [(doc, c) for doc in docs for c in doc.comments]
        scores = self.scorer.score([c.text for _, c in comments]) if comments else []
        per_doc: dict[int, list[ThreadScores]] = {id(doc): [] for doc in docs}
        for (doc, comment), s in zip(comments, scores):
            comment.toxicity = dict(s.attributes)
            comment.flags = list(s.flags)
            if self.spans and s.flags:
                found = self.scorer.evidence(comment.text, s.flags, s.threats)
                comment.spans[SPAN_LAYER] = [
                    Span(e.start, e.end, e.attribute, e.score, analyzer=self.name) for e in found
                ]
            per_doc[id(doc)].append(ThreadScores(target=s.target))
        for doc in docs:
            annotate_thread(doc, per_doc[id(doc)])
            doc.analyzers["toxicity"] = self.name
