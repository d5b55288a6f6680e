"""claims.v1: sentences of the body that state checkable facts, with numbers and named source.

A sentence is a claim when it is a declarative statement with a verb and something
checkable: a number or date, a named actor, an attribution, a reported action (a
past-tense main verb with a noun subject), or a check-worthiness score above the
model's threshold. The source is read from the dependency parse:
"according to X", the subject of a reporting verb that heads the sentence ("X said
that ...", or a sentence-final "..., X said." the parser hung under the clause it reports), read as
voice.v1 reads a speaker (`Speakers.resolve`: "a White House official" names nobody, "the report"
its issuer), except that a bare plural still names a group ("sources say"); else the speaker
voice.v1 finds for a quote covering most of the sentence ("'We will ...,' said Dr. X") or for a
quote the sentence introduces after naming its speaker ("X ..., saying, '...'"). A source that is a news
outlet (a known outlet name, or a head noun like "newspaper") sets quoted_outlet.
check_worthy is the probability of the shipped ClaimBuster/CLEF logistic regression
(src/slant/data/checkworthy.v1.json, see training/train_checkworthy.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from slant.analyze.base import BatchContext
from slant.analyze.voice import POST_VERB, Quote, Speakers, appositive_name, direct_spans, find_quotes, trailing_report
from slant.analyze.voice import REPORTING_LEMMAS as SPEECH_LEMMAS
from slant.config import RunConfig
from slant.document import Claim, Document
from slant.nlp import lexicons
from slant.nlp.linear import LinearModel, sentence_features
from slant.nlp.spacy_runtime import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MODEL_FILE = lexicons.CHECKWORTHY_MODEL
OUTLETS_FILE = lexicons.OUTLETS_FILE

#: Share of a sentence a quote must cover for the sentence to be the quote's speaker's claim.
QUOTED_SHARE = 0.6
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")

#: Lemmas of verbs that attribute what follows to their subject: voice.v1's reporting verbs (one list
#: for both analyzers) and "believe".
REPORTING_LEMMAS = SPEECH_LEMMAS | frozenset(("believe",))
PRONOUNS = frozenset("he she they it we i you this that".split())
ENTITY_TYPES = frozenset("PERSON ORG GPE NORP FAC LOC EVENT".split())
NUMERIC_TYPES = frozenset("CARDINAL DATE TIME PERCENT MONEY QUANTITY ORDINAL".split())
OUTLET_HEADS = frozenset(
    "newspaper outlet channel broadcaster daily tabloid magazine website network station".split()
)


def load_checkworthy_model() -> LinearModel:
    """The shipped check-worthiness model (loaded once, by `slant.nlp.lexicons`)."""
    return lexicons.linear_model(MODEL_FILE)


def known_outlets() -> frozenset[str]:
    """Outlet names that make a source a news outlet."""
    return lexicons.known_outlets()


def _strip_det(span: Span) -> tuple[int, int]:
    """Token range of a phrase without leading determiners/punctuation and trailing punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].dep_ in ("det", "punct", "cc") or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return start, end


def _phrase(token: Token) -> str:
    """The name a source token heads: its compounds and modifiers, "of X", no clauses or appositions."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "quantmod", "npadvmod") or child.dep_ == "det":
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
    start, end = _strip_det(doc[left : right + 1])
    if end - start > 8:  # a runaway parse: keep the head and its compounds only
        compounds = [c.i for c in token.lefts if c.dep_ in ("compound", "flat")]
        start, end = min([token.i, *compounds]), token.i + 1
    return doc[start:end].text if end > start else token.text


def is_outlet(name: str, head: Token | None = None) -> bool:
    """Whether a source is a news outlet: a known outlet name, or a head like "newspaper"."""
    if head is not None and head.ent_type_ == "PERSON":
        return False  # "Michael Bloomberg", "Washington Post reporter X" is a person
    outlets = known_outlets()
    if any(re.search(r"(?<!\w)" + re.escape(o) + r"(?!\w)", name) for o in outlets):
        return True
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return lemma in OUTLET_HEADS or (lemma == "agency" and "news" in name.lower())


class Attribution:
    """The source a sentence names, read from its parse."""

    def __init__(self, sent: Span, previous_entities: list[Span], speakers: Speakers | None = None,
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.sent = sent
        self.previous = previous_entities
        self.speakers = speakers
        self.quoted = quoted
        self.source: str | None = None
        self.head: Token | None = None
        self._find()

    def _find(self) -> None:
        sent = self.sent
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                to = tok.doc[tok.i + 1]
                objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
                if objs:
                    self._set(objs[0])
                    return
        root = sent.root
        clauses = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        trailing = [c for c in clauses if c.lemma_.lower() in SPEECH_LEMMAS and trailing_report(c) is not None]
        verbs = trailing + [root] + clauses  # "..., the ministry said." parsed under the clause it reports
        for verb in verbs:
            if verb.lemma_.lower() in REPORTING_LEMMAS:
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                target = agent[0] if verb.tag_ == "VBN" and agent else (subj[0] if subj else None)
                if target is not None and target.dep_ == "nsubjpass" and target.lower_ in ("it",):
                    continue  # "it was reported that ..." names no source
                if target is not None and any(s <= target.idx < e for s, e in self.quoted):
                    continue  # a subject inside a quotation speaks in it, not for the sentence
                if target is not None:
                    self._set(target)
                    return

    def _set(self, token: Token) -> None:
        named = appositive_name(token)
        if named is not None:  # "Alabama's state auditor, Jim Ziegler, told ...": the name
            token = named
        if token.lower_ in ("he", "she", "they") and self.speakers is not None:
            found = self.speakers.resolve(token)  # voice.v1's antecedent: the subject of a main clause
            if found is not None:
                self.source, self.head = found[0], None
                return
        if token.lower_ not in PRONOUNS and self.speakers is not None and not _bare_plural(token):
            found = self.speakers.resolve(token)  # voice.v1's reading: "a White House official" names nobody,
            self.source, self.head = (found[0], token) if found else (None, None)  # "the report" its issuer
            return
        if token.lower_ in PRONOUNS:
            for ent in reversed(self.previous):
                if ent.label_ in ("PERSON", "ORG") and (token.lower_ not in ("he", "she") or ent.label_ == "PERSON"):
                    self.source, self.head = ent.text, ent.root
                    return
            return
        self.source, self.head = _phrase(token), token


def _bare_plural(token: Token) -> bool:
    """A plural noun with no determiner ("sources say", "critics said"): a group claims.v1 still names."""
    return token.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in token.children)


class _QuotedSpeakers:
    """The speaker of a quote that covers most of a sentence (a quoted claim is its speaker's).

    Sentences are asked in text order, so a quote that ends before a sentence starts is
    dropped for good: each sentence looks only at the quotes around it, not at every quote.
    """

    def __init__(self, quotes: list[Quote]) -> None:
        self._waiting = sorted(quotes, key=lambda q: q.start)  # stable: find_quotes' order among equals
        self._next = 0
        self._live: list[Quote] = []

    def speaker(self, sent: Span) -> str | None:
        while self._next < len(self._waiting) and self._waiting[self._next].start < sent.end_char:
            self._live.append(self._waiting[self._next])
            self._next += 1
        self._live = [q for q in self._live if q.end > sent.start_char]
        size = max(1, sent.end_char - sent.start_char)
        for q in self._live:
            if min(q.end, sent.end_char) - max(q.start, sent.start_char) >= QUOTED_SHARE * size:
                return q.source
        for q in self._live:  # a quote whose speaker this sentence names: a reported clause anywhere ("After
            # telling reporters that ..., X left"), a direct quote after the name ("X ..., saying, '...'"; one
            # before it may be a scare quote that a later verb only seems to govern)
            span = q.source_span
            if span and sent.start_char <= span[0] < sent.end_char and q.start < sent.end_char and (q.kind == "reported" or span[1] <= q.start):
                return q.source
        return None


def _is_statement(sent: Span) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 3 or sent.text.rstrip().endswith("?"):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def _is_event(sent: Span) -> bool:
    """A reported action: a past-tense main verb with a noun (not pronoun) subject ("troops left the area")."""
    root = sent.root
    if root.tag_ not in ("VBD", "VBN") and not any(c.tag_ in ("VBD", "VBN") for c in root.children if c.dep_ == "aux"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in root.children)


def sentences_with_entities(sdoc: Doc) -> Iterator[tuple[Span, list[Span]]]:
    """Each sentence with its entities, the same as `sent.ents` gives; spaCy's Span.ents rebuilds
    every entity of the whole Doc on each call, which made claims quadratic in the text length."""
    ents = list(sdoc.ents)
    starts = [e.start for e in ents]
    for sent in sdoc.sents:
        i = bisect_left(starts, sent.start)
        inside: list[Span] = []
        while i < len(ents) and ents[i].end <= sent.end:
            inside.append(ents[i])
            i += 1
        yield sent, inside


class ClaimsAnalyzer:
    """Fills doc.claims from the parsed body."""

    name: ClassVar[str] = "claims.v1"

    def __init__(self) -> None:
        self.model = load_checkworthy_model()
        known_outlets()

    @classmethod
    def from_config(cls, config: RunConfig) -> ClaimsAnalyzer:
        """Nothing in a RunConfig changes claims.v1."""
        return cls()

    def claims_of(self, doc: Document, sdoc: Doc) -> list[Claim]:
        out: list[Claim] = []
        seen_entities: list[Span] = []
        mentions = [(s.start, s.end, s.label) for s in doc.spans.get("actor_mentions", []) if s.label]
        found = find_quotes(sdoc, mentions)
        quoted = _QuotedSpeakers([q for q in found if q.source])
        speakers = Speakers(sdoc, mentions)
        # words inside quote marks, and embedded posts: a subject there speaks in them, not for the sentence
        in_quotes = direct_spans(text_of(sdoc)) + [(q.start, q.end) for q in found if q.verb == POST_VERB]
        for sent, ents in sentences_with_entities(sdoc):
            if not _is_statement(sent):
                seen_entities.extend(e for e in ents if e.label_ in ENTITY_TYPES)
                continue
            attribution = Attribution(sent, seen_entities, speakers, in_quotes)
            if attribution.source is None:
                attribution.source = quoted.speaker(sent)
            start, end = sent.start_char, sent.end_char
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            text = doc.text[start:end]
            numbers = tuple(NUMBER_RE.findall(text))
            score = self.model.score(sentence_features(text))
            has_entity = any(e.label_ in ENTITY_TYPES for e in ents)
            has_numeric = bool(numbers) or any(e.label_ in NUMERIC_TYPES for e in ents)
            if has_entity or has_numeric or attribution.source or _is_event(sent) or score >= self.model.threshold:
                out.append(
                    Claim(
                        start=start,
                        end=end,
                        text=text,
                        numbers=numbers,
                        attributed_to=attribution.source,
                        check_worthy=round(score, 4),
                        quoted_outlet=bool(attribution.source and is_outlet(attribution.source, attribution.head)),
                    )
                )
            seen_entities.extend(e for e in ents if e.label_ in ENTITY_TYPES)
        return out

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None:
        context = context if context is not None else BatchContext()
        for doc, parsed in zip(docs, context.parsed(docs)):
            assert parsed.body is not None  # parse_documents parses every body
            doc.claims = self.claims_of(doc, parsed.body)
            doc.analyzers["claims"] = self.name
