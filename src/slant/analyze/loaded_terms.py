"""loaded_terms.v1: words and phrases chosen to sway, as spans of the body.

A token-level logistic regression trained on BABE's expert-marked biased words
(src/slant/data/loaded_words.v1.json, see training/train_loaded_terms.py) flags
words; adjacent flagged words merge into one span. Flagged nouns that name or
insult people or groups (the name-calling lexicon, or plural person nouns with
a pejorative cue) get kind "name_calling", the rest "loaded". When the
techniques layer is present, its Loaded_Language and Name_Calling,Labeling spans
are added (kinds "loaded" / "name_calling", attrs source="techniques"), so run
this analyzer after techniques.v1.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from slant.analyze.base import BatchContext
from slant.config import RunConfig
from slant.document import Document, Span
from slant.nlp import lexicons
from slant.nlp.linear import token_features, tokens_with_offsets

MODEL_FILE = lexicons.LOADED_WORDS_MODEL

#: Technique labels (PTC spelling, with a tolerant variant) mapped to loaded-term kinds.
TECHNIQUE_KINDS: dict[str, str] = {
    "Loaded_Language": "loaded",
    "Name_Calling,Labeling": "name_calling",
    "Name_Calling_Labeling": "name_calling",
}

#: Words that the model may score high but that carry no sway on their own.
_NEVER = frozenset(
    "the a an of to in on at for and or but is are was were be been it its this that these those "
    "he she they we you i his her their our your not no as by with from said says say what which who whom "
    "there here have has had do does did will would can could should may might must just now then than also".split()
)


class LoadedWordTagger:
    """Scores each word of a sentence for being loaded (the shipped JSON logistic regression)."""

    def __init__(self, analyzer: str | None = None) -> None:
        self.model = lexicons.linear_model(MODEL_FILE)
        self.analyzer = analyzer  # stamped on every span
        self.lexicon = frozenset(self.model.meta.get("lexicon", ()))

    def token_probs(self, words: list[str]) -> list[float]:
        out = []
        for i, w in enumerate(words):
            if not w[0].isalpha() or w.lower() in _NEVER:
                out.append(0.0)
                continue
            out.append(self.model.score(token_features(words, i, self.lexicon)))
        return out

    def spans(self, text: str) -> list[Span]:
        """Loaded-word spans of a text: flagged tokens, adjacent ones merged, score = max."""
        toks = tokens_with_offsets(text)
        if not toks:
            return []
        probs = self.token_probs([w for _, _, w in toks])
        names = lexicons.name_calling_words()
        out: list[Span] = []
        cur: list[int] = []

        def flush() -> None:
            if not cur:
                return
            start, end = toks[cur[0]][0], toks[cur[-1]][1]
            words = [toks[k][2].lower() for k in cur]
            kind = "name_calling" if any(w in names for w in words) else "loaded"
            score = round(max(probs[k] for k in cur), 4)
            out.append(Span(start, end, kind, score, self.analyzer, attrs={"source": "lexical"}))
            cur.clear()

        for k, (s, _e, w) in enumerate(toks):
            flagged = probs[k] >= self.model.threshold or w.lower() in names
            adjacent = cur and text[toks[cur[-1]][1] : s].strip() in ("", "-")
            if flagged and (not cur or adjacent):
                cur.append(k)
            elif flagged:
                flush()
                cur.append(k)
            else:
                flush()
        flush()
        return out


def merge_technique_spans(doc: Document, spans: list[Span], analyzer: str | None = None) -> list[Span]:
    """Add the techniques layer's Loaded_Language / Name_Calling spans to the lexical spans.

    Both are kept side by side (attrs source = "lexical" | "techniques"): technique spans
    are often whole clauses, so they do not re-kind the words inside them.
    """
    out = list(spans)
    for t in doc.spans.get("techniques", []):
        if t.label in TECHNIQUE_KINDS:
            out.append(
                Span(
                    t.start, t.end, TECHNIQUE_KINDS[t.label], t.score, analyzer,
                    attrs={"source": "techniques", "technique": t.label},
                )
            )
    return out


class LoadedTermsAnalyzer:
    """Fills doc.spans["loaded_terms"] and each comment's "loaded_terms" (run after techniques.v1)."""

    name: ClassVar[str] = "loaded_terms.v1"

    def __init__(self) -> None:
        self.tagger = LoadedWordTagger(self.name)

    @classmethod
    def from_config(cls, config: RunConfig) -> LoadedTermsAnalyzer:
        """Nothing in a RunConfig changes loaded_terms.v1."""
        return cls()

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None:
        for doc in docs:
            spans = merge_technique_spans(doc, self.tagger.spans(doc.text), self.name)
            doc.add_spans("loaded_terms", spans, self.name)
            for comment in doc.comments:  # comments get lexical spans only (techniques cover the body)
                comment.spans["loaded_terms"] = self.tagger.spans(comment.text)
