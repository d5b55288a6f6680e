"""Compare how outlets frame one event: the word for it, actor labels, techniques, claims.

For every outlet that covers an event this collects what a reader comparing the
pages side by side would point out: the noun each outlet uses for the event
itself ('liberation', 'capture', 'siege', 'massacre'), the labels it applies to
each actor, its technique and loaded-term profile, the claims it makes and the
sources it cites, and what it mentions that the other outlets leave out.

Coverage that one page quotes from another outlet ("The Meridian Post reported
that ...", or claims the claims analyzer marked `quoted_outlet`) is counted as
the quoted outlet's framing, in an entry marked `quoted`, and not as the host
page's own words. Layers an analyzer did not fill are reported as missing
instead of as empty.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from slant.analyze.actors import label_key
from slant.compare.text import content_words, entity_phrases, sentences
from slant.document import Document
from slant.nlp import lexicons

#: Nouns that name a conflict or political event as a whole. The list is generic
#: (it is not keyed to any corpus); nominalisations found next to the event's
#: place ("the X of <place>") are accepted too, see NOMINAL_SUFFIXES.
EVENT_NOUNS = frozenset(
    """
    liberation fall capture seizure takeover occupation siege offensive counteroffensive
    assault attack attacks battle bombardment shelling massacre atrocity atrocities invasion
    annexation withdrawal retreat surrender defeat victory operation recapture storming
    encirclement blockade evacuation destruction strike strikes airstrike airstrikes raid
    incursion clashes fighting uprising coup crackdown killing killings bombing genocide
    cleansing purge tragedy catastrophe disaster collapse conquest annihilation rescue
    freeing reconquest war starvation slaughter bloodbath
    election vote runoff referendum protest protests rally riot riots unrest crisis shutdown
    resignation scandal ruling verdict ceasefire truce deal agreement reform ban walkout
    """.split()
)
NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ure", "ege")
NOT_EVENT = frozenset(
    """
    population situation administration government nation station position mention
    department parliament settlement equipment question section direction edition
    nature culture future structure picture temperature signature
    """.split()
)
#: Event verbs a headline uses instead of the noun ("Army captures Halvik").
VERB_NOUNS = {
    "captures": "capture", "captured": "capture", "capture": "capture",
    "liberates": "liberation", "liberated": "liberation", "liberate": "liberation",
    "frees": "liberation", "freed": "liberation",
    "falls": "fall", "fell": "fall",
    "seizes": "seizure", "seized": "seizure",
    "takes": "takeover", "took": "takeover", "retakes": "recapture", "retook": "recapture",
    "recaptures": "recapture", "recaptured": "recapture",
    "besieges": "siege", "besieged": "siege", "storms": "storming", "stormed": "storming",
    "invades": "invasion", "invaded": "invasion", "occupies": "occupation", "occupied": "occupation",
    "bombs": "bombing", "bombed": "bombing", "shells": "shelling", "shelled": "shelling",
    "massacred": "massacre", "slaughtered": "slaughter",
}
DETERMINERS = r"(?:the|a|an|its|this|that|their|his|her|our|what)"
DISTANCING_RE = re.compile(
    r"\b(?:so[- ]called|called (?:it|this|the \w+)|calls (?:it|this)|described (?:it |the \w+ )?as|dubbed|"
    r"what (?:\w+ ){1,4}(?:called|calls|describe[sd]?))\b",
    re.IGNORECASE,
)
REPORTING_RE = re.compile(
    r"\b(?:report(?:ed|s)?|wrote|writes|said|says|claim(?:ed|s)?|call(?:ed|s)|hail(?:ed|s)|"
    r"describ(?:ed|es)|accus(?:ed|es)|publish(?:ed|es)|quot(?:ed|es)|according to|headline)\b",
    re.IGNORECASE,
)
QUOTE_RE = re.compile(r"[\"“”]([^\"“”]{1,400})[\"“”]")
NUMBER_RE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w,])")
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
NUMBER_WORDS_AFTER = re.compile(r"^\s*(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
NUMBER_WORDS_BEFORE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\s*$", re.IGNORECASE)
ACCORDING_RE = re.compile(r"\b(?i:according to) (?:the )?([^,.;:()\n\"“”]{2,80}?)(?=\s*[,.;:(\n]|$)")
SAID_RE = re.compile(r"\b((?:[A-Z][\w'’\-]+[ \t]+(?:(?:of|for|the)[ \t]+)?){0,5}[A-Z][\w'’\-()]+),? (?:said|says|told)\b")


@dataclass
class OutletFraming:
    """One outlet's framing of an event (or, when `quoted`, its framing as quoted by others)."""

    outlet: str
    doc_ids: list[str]
    quoted: bool = False
    quoted_in: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    event_terms: list[dict[str, Any]] = field(default_factory=list)
    actor_labels: dict[str, list[dict[str, Any]]] | None = None
    techniques: dict[str, int] | None = None
    loaded_terms: dict[str, int] | None = None
    #: the same counts for spans voice.v1 found inside the page's quotes (the quoted sources' words)
    techniques_quoted: dict[str, int] = field(default_factory=dict)
    loaded_terms_quoted: dict[str, int] = field(default_factory=dict)
    claims: list[dict[str, Any]] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)
    unique: dict[str, list[str]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def event_term(self) -> str | None:
        """The outlet's main word for the event (its most frequent own term)."""
        own = [t for t in self.event_terms if t["own"] > 0]
        return own[0]["term"] if own else (self.event_terms[0]["term"] if self.event_terms else None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "quoted": self.quoted,
            "quoted_in": list(self.quoted_in),
            "doc_ids": list(self.doc_ids),
            "titles": list(self.titles),
            "event_term": self.event_term,
            "event_terms": list(self.event_terms),
            "actor_labels": self.actor_labels,
            "techniques": self.techniques,
            "loaded_terms": self.loaded_terms,
            "techniques_quoted": dict(self.techniques_quoted),
            "loaded_terms_quoted": dict(self.loaded_terms_quoted),
            "claims": list(self.claims),
            "sources": dict(self.sources),
            "unique": {k: list(v) for k, v in self.unique.items()},
            "missing": list(self.missing),
        }


@dataclass
class _Segment:
    """Text one outlet is responsible for: its own pages, or quotes of it on another page."""

    text: str
    title: str = ""
    distanced_spans: list[tuple[int, int]] = field(default_factory=list)


def known_outlet_names() -> frozenset[str]:
    """News outlets recognised when a page quotes another's coverage (slant/data/outlets.json);
    none when the table cannot be read, so a comparison never fails on it."""
    try:
        return lexicons.known_outlets()
    except (OSError, ValueError):
        return frozenset()


def _name_variants(name: str) -> list[str]:
    variants = {name}
    if name.lower().startswith("the "):
        variants.add(name[4:])
    return sorted(variants, key=len, reverse=True)


#: Compiled outlet-name patterns kept between events (compiling them per event was most of
#: `slant compare`'s time); bounded, since outlet names come from hostile pages.
PATTERN_CACHE = 4096


@functools.lru_cache(maxsize=PATTERN_CACHE)
def _outlet_alternatives(name: str) -> str:
    return "|".join(re.escape(v) for v in _name_variants(name) if len(v) >= 2)


@functools.lru_cache(maxsize=PATTERN_CACHE)
def _outlet_pattern(alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?![\w])")


def _outlet_patterns(names: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """One pattern per outlet name, longest name first: a sentence naming "the New York Times"
    is quoting it, not "The Times" (and the order no longer depends on set iteration)."""
    out = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        alternatives = _outlet_alternatives(name)
        if alternatives:
            out[name] = _outlet_pattern(alternatives)
    return out


@functools.lru_cache(maxsize=64)
def _screen(names: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern matching wherever any of `names` would: a sentence it misses names no outlet."""
    alternatives = [a for a in (_outlet_alternatives(n) for n in sorted(names, key=lambda n: (-len(n), n))) if a]
    return _outlet_pattern("|".join(alternatives)) if alternatives else None


@functools.lru_cache(maxsize=PATTERN_CACHE)
def _host_variants(host: str) -> frozenset[str]:
    return frozenset(v.lower() for v in _name_variants(host))


def _is_host(name: str, host_variants: frozenset[str]) -> bool:
    return name.lower() in host_variants or any(v.lower() in host_variants for v in _name_variants(name))


def quoted_segments(doc: Document, host: str, patterns: dict[str, re.Pattern[str]],
                    screens: Sequence[re.Pattern[str]] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Sentences of `doc` that report another outlet's coverage, by the quoted outlet.

    A sentence counts when it names the outlet and reports its words (a reporting
    verb or a quotation); the host outlet's own name is ignored. `screens`, when
    given, must together match every sentence some pattern matches: sentences they
    miss skip the per-outlet loop.
    """
    host_variants = _host_variants(host)
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    candidates: list[tuple[str, re.Pattern[str]]] | None = None
    for start, end in sentences(doc.text):
        sentence = doc.text[start:end]
        if not (REPORTING_RE.search(sentence) or QUOTE_RE.search(sentence)):
            continue
        if screens is not None and not any(screen.search(sentence) for screen in screens):
            continue
        if candidates is None:
            candidates = [(n, p) for n, p in patterns.items() if not _is_host(n, host_variants)]
        for name, pattern in candidates:
            if pattern.search(sentence):
                found[name].append((start, end))
                break
    return found


def _place_pattern(anchors: Sequence[str]) -> str:
    names = [re.escape(a) for a in anchors if a]
    names += [r"the (?:city|town|village|region|capital|port)", r"a (?:city|town)"]
    return "(?:" + "|".join(names) + r")\b"


@functools.lru_cache(maxsize=256)
def _event_patterns(anchors: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(noun next to the place, place next to an event verb) for one event's anchors, compiled once
    per event rather than once per page."""
    place = _place_pattern(anchors)
    near_re = re.compile(
        rf"\b{DETERMINERS}\s+(?:[\w-]+\s+)?([a-z][a-z-]+)\s+(?:of|in|at|on|for|against)\s+{place}"
        rf"|\b{place}(?:'s|’s)\s+(?:[\w-]+\s+)?([a-z][a-z-]+)",
        re.IGNORECASE,
    )
    verb_re = re.compile(
        rf"\b{place}\s+({'|'.join(VERB_NOUNS)})\b|\b({'|'.join(VERB_NOUNS)})\s+{place}", re.IGNORECASE
    )
    return near_re, verb_re


def event_terms(segment: _Segment, anchors: Sequence[str]) -> Counter[tuple[str, bool, bool]]:
    """Counts of (term, near_place, distanced) for event nouns in a segment's title and text."""
    counts: Counter[tuple[str, bool, bool]] = Counter()
    near_re, verb_re = _event_patterns(tuple(anchors))
    for text, weight, is_title in ((segment.title, 2, True), (segment.text, 1, False)):
        if not text:
            continue
        distanced = _distance_test(text, segment.distanced_spans if not is_title else [])
        near_positions = set()
        for m in near_re.finditer(text):
            group = 1 if m.group(1) else 2
            word = m.group(group).lower()
            if _is_event_noun(word, near=True):
                near_positions.add(m.start(group))
                counts[(word, True, distanced(m.start(group)))] += weight
        if is_title or not segment.text:
            for m in verb_re.finditer(text):
                group = 1 if m.group(1) else 2
                counts[(VERB_NOUNS[m.group(group).lower()], True, distanced(m.start(group)))] += weight
        for m in re.finditer(r"[A-Za-z][a-z-]+", text):
            word = m.group().lower()
            if m.start() not in near_positions and word in EVENT_NOUNS:
                counts[(word, False, distanced(m.start()))] += weight
    return counts


def _distance_test(text: str, distanced_spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position of `text` is held at a distance: inside quotation marks, up to 40
    characters after 'so-called'/'described as', or inside a sentence that quotes another outlet."""
    quoted = [(m.start(1), m.end(1)) for m in QUOTE_RE.finditer(text)]
    distancing = [m.end() for m in DISTANCING_RE.finditer(text)]

    def distanced(pos: int) -> bool:
        if any(a <= pos < b for a, b in quoted) or any(0 <= pos - d <= 40 for d in distancing):
            return True
        return any(a <= pos < b for a, b in distanced_spans)

    return distanced


def _is_event_noun(word: str, near: bool) -> bool:
    if word in EVENT_NOUNS:
        return True
    return near and word not in NOT_EVENT and len(word) > 5 and word.endswith(NOMINAL_SUFFIXES)


def summarise_terms(counts: Counter[tuple[str, bool, bool]], limit: int = 8) -> list[dict[str, Any]]:
    """Per term: own uses, distanced uses (in quotes / 'so-called'), and whether it names the place."""
    merged: dict[str, dict[str, Any]] = {}
    for (term, near, distanced), n in counts.items():
        entry = merged.setdefault(term, {"term": term, "own": 0, "distanced": 0, "near_place": False})
        entry["distanced" if distanced else "own"] += n
        entry["near_place"] = entry["near_place"] or near
    ranked = sorted(merged.values(), key=lambda e: (-(e["own"] + 0.5 * e["distanced"]) * (2 if e["near_place"] else 1), e["term"]))
    return ranked[:limit]


def numbers_in(text: str) -> set[str]:
    """Numbers a text states (commas removed), without years and days of the month."""
    out = set()
    for m in NUMBER_RE.finditer(text):
        raw = m.group()
        value = raw.replace(",", "")
        if re.fullmatch(r"(19|20)\d\d", value):
            continue
        if NUMBER_WORDS_AFTER.match(text[m.end() : m.end() + 12]) or NUMBER_WORDS_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        out.add(value)
    return out


def _cited_sources(text: str) -> Counter[str]:
    """Sources named by 'according to X' and 'X said' (used when no claims layer exists)."""
    found: Counter[str] = Counter()
    for m in ACCORDING_RE.finditer(text):
        name = re.sub(r"\s+(?:of|for|the|and)$", "", m.group(1).strip())
        found[name] += 1
    for m in SAID_RE.finditer(text):
        name = m.group(1).strip()
        if name.split()[0] not in {"He", "She", "They", "It", "We", "I", "The", "This"}:
            found[name] += 1
    return found


def _actor_labels(docs: Sequence[Document]) -> dict[str, list[dict[str, Any]]] | None:
    if not any("actors" in d.analyzers or d.actors for d in docs):
        return None
    merged: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for doc in docs:
        for actor in doc.actors:
            for label in actor.labels:
                if label.where != "body":
                    continue
                entry = merged[actor.name].setdefault(
                    label_key(label.label), {"label": label.label, "count": 0, "scare_quoted": False, "so_called": False}
                )
                entry["count"] += label.count
                entry["scare_quoted"] = entry["scare_quoted"] or label.scare_quoted
                entry["so_called"] = entry["so_called"] or label.so_called
            merged.setdefault(actor.name, {})
    return {name: sorted(labels.values(), key=lambda e: (-e["count"], e["label"])) for name, labels in sorted(merged.items())}


def _span_counts(
    docs: Sequence[Document], layer: str, by_text: bool, quoted: bool = False
) -> dict[str, int] | None:
    """Counts of a span layer's labels (or texts) in the outlet's own voice, or with `quoted`, in the
    voices its pages quote (spans voice.v1 stamped "quoted"; unstamped spans count as the outlet's)."""
    if not any(layer in d.analyzers or d.spans.get(layer) for d in docs):
        return None
    counts: Counter[str] = Counter()
    for doc in docs:
        for span in doc.spans.get(layer, []):
            if (span.attrs.get("voice") == "quoted") != quoted:
                continue
            counts[span.text_in(doc.text).lower().strip() if by_text else span.label] += 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _claim_dict(claim: Any, outlet_quoted: bool) -> dict[str, Any]:
    return {
        "text": claim.text,
        "numbers": list(claim.numbers),
        "attributed_to": claim.attributed_to,
        "quoted_outlet": bool(claim.quoted_outlet or outlet_quoted),
    }


def _matches_outlet(name: str | None, outlet: str) -> bool:
    if not name:
        return False
    lowered = name.lower().strip()
    return any(lowered == v.lower() or lowered.endswith(" " + v.lower()) for v in _name_variants(outlet))


def compare_framing(docs: Sequence[Document], anchors: Sequence[str] = ()) -> list[OutletFraming]:
    """Framing per outlet for documents about one event; quoted coverage in entries marked quoted.

    `anchors` are the event's place or key names (Event.entities); when empty,
    the most frequent capitalised phrase across the documents is used.
    """
    docs = [d for d in docs if d.ok]
    if not docs:
        return []
    anchors = list(anchors) or _default_anchors(docs)
    by_outlet: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        by_outlet[doc.outlet_name].append(doc)
    known = known_outlet_names()
    screens = [s for s in (_screen(known), _screen(frozenset(by_outlet) - known)) if s is not None]
    split = _split_quoted(by_outlet, _outlet_patterns(set(by_outlet) | known), screens)
    results = [
        _own_framing(outlet, group, split.own_segments[outlet], anchors) for outlet, group in sorted(by_outlet.items())
    ]
    results += [
        _quoted_framing(outlet, split.quoted_text.get(outlet, []), split.quoted_claims.get(outlet, []), anchors)
        for outlet in sorted(set(split.quoted_text) | set(split.quoted_claims))
    ]
    texts = {outlet: "\n".join(f"{d.title or ''}\n{d.text}" for d in group) for outlet, group in sorted(by_outlet.items())}
    bodies = {outlet: "\n\n".join(d.text for d in group) for outlet, group in sorted(by_outlet.items())}
    _fill_unique(results, texts, bodies)
    return results


def _default_anchors(docs: Sequence[Document]) -> list[str]:
    """The two most frequent capitalised phrases across the documents (the event's place, mostly)."""
    phrases: Counter[str] = Counter()
    for d in docs:
        phrases.update(set(entity_phrases(f"{d.title or ''}\n{d.text}")))
    return [p for p, _ in phrases.most_common(2)]


@dataclass
class _QuotedSplit:
    """Each outlet's own text, and what its pages quote from other outlets."""

    own_segments: dict[str, list[_Segment]] = field(default_factory=lambda: defaultdict(list))
    quoted_text: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # outlet -> (host, sentence)
    quoted_claims: dict[str, list[tuple[str, Any]]] = field(default_factory=lambda: defaultdict(list))  # outlet -> (host, claim)


def _split_quoted(by_outlet: dict[str, list[Document]], patterns: dict[str, re.Pattern[str]],
                  screens: Sequence[re.Pattern[str]] | None = None) -> _QuotedSplit:
    """Separate what each page says itself from the coverage it quotes (sentences and claims)."""
    split = _QuotedSplit()
    for outlet, group in by_outlet.items():
        for doc in group:
            spans = quoted_segments(doc, outlet, patterns, screens)
            split.own_segments[outlet].append(
                _Segment(doc.text, doc.title or "", [s for ranges in spans.values() for s in ranges])
            )
            for name, ranges in spans.items():
                for start, end in ranges:
                    split.quoted_text[name].append((outlet, doc.text[start:end]))
            for claim in doc.claims:
                target = next((n for n in patterns if _matches_outlet(claim.attributed_to, n)), None)
                if claim.quoted_outlet and target and not _matches_outlet(target, outlet):
                    split.quoted_claims[target].append((outlet, claim))
    return split


def _own_framing(outlet: str, group: list[Document], segments: list[_Segment], anchors: Sequence[str]) -> OutletFraming:
    """An outlet's framing from its own pages and their analyzer layers."""
    counts: Counter[tuple[str, bool, bool]] = Counter()
    for segment in segments:
        counts.update(event_terms(segment, anchors))
    has_claims = any("claims" in d.analyzers or d.claims for d in group)
    claims = [_claim_dict(c, False) for d in group for c in d.claims if not c.quoted_outlet]
    if has_claims:
        # The claims layer may name a source with its apposition ("Jane Doe, a teacher who ..."): keep the name.
        sources = Counter(c["attributed_to"].split(",")[0].strip() for c in claims if c["attributed_to"])
    else:
        sources = Counter()
        for d in group:
            sources.update(_cited_sources(d.text))
    framing = OutletFraming(
        outlet=outlet,
        doc_ids=[d.id for d in group],
        titles=[d.title for d in group if d.title],
        event_terms=summarise_terms(counts),
        actor_labels=_actor_labels(group),
        techniques=_span_counts(group, "techniques", by_text=False),
        loaded_terms=_span_counts(group, "loaded_terms", by_text=True),
        techniques_quoted=_span_counts(group, "techniques", by_text=False, quoted=True) or {},
        loaded_terms_quoted=_span_counts(group, "loaded_terms", by_text=True, quoted=True) or {},
        claims=claims,
        sources=dict(sources.most_common()),
    )
    framing.missing = [
        layer
        for layer, value in (
            ("actors", framing.actor_labels),
            ("techniques", framing.techniques),
            ("loaded_terms", framing.loaded_terms),
        )
        if value is None
    ] + ([] if has_claims else ["claims"])
    return framing


def _quoted_framing(
    outlet: str, pieces: list[tuple[str, str]], claims: list[tuple[str, Any]], anchors: Sequence[str]
) -> OutletFraming:
    """An outlet's framing as other outlets' pages quote it."""
    counts: Counter[tuple[str, bool, bool]] = Counter()
    for _, sentence in pieces:
        # Inside a quote of this outlet, its quoted words are its own, not distanced.
        for (term, near, _dist), n in event_terms(_Segment(sentence), anchors).items():
            counts[(term, near, False)] += n
    return OutletFraming(
        outlet=outlet,
        doc_ids=[],
        quoted=True,
        quoted_in=sorted({host for host, _ in pieces} | {host for host, _ in claims}),
        event_terms=summarise_terms(counts),
        claims=_quoted_claims(outlet, claims, pieces),
        missing=["actors", "techniques", "loaded_terms"],
    )


def _quoted_claims(outlet: str, claims: list[tuple[str, Any]], pieces: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Claims of the quoted outlet: the claims layer's, then quoting sentences it did not cover."""
    out = [_claim_dict(c, True) for _, c in claims]
    seen = {" ".join(c["text"].split()) for c in out}
    for _, sentence in pieces:
        key = " ".join(sentence.split())
        if key not in seen and not any(key in s or s in key for s in seen):
            seen.add(key)
            out.append({"text": sentence, "numbers": sorted(numbers_in(sentence)), "attributed_to": outlet, "quoted_outlet": True})
    return out


def _fill_unique(results: list[OutletFraming], texts: dict[str, str], bodies: dict[str, str]) -> None:
    """What each outlet mentions that none of the other outlets' pages do (names from bodies only)."""
    if len(texts) < 2:
        return
    entities = {o: set(entity_phrases(t)) for o, t in bodies.items()}
    numbers = {o: numbers_in(t) for o, t in texts.items()}
    words = {o: set(content_words(t)) for o, t in texts.items()}
    outlet_words = {w for o in texts for w in content_words(o)}
    for framing in results:
        if framing.quoted or framing.outlet not in texts:
            continue
        me = framing.outlet
        others = [o for o in texts if o != me]
        other_text = " ".join(texts[o].lower() for o in others)
        uniq_entities = sorted(
            e for e in entities[me]
            if e not in other_text and not any(e in entities[o] for o in others) and not set(e.split()) <= outlet_words
        )
        # One-digit numbers are mostly page furniture ("Photo 1 of 12"); news style spells them out.
        uniq_numbers = sorted(
            (n for n in numbers[me] if len(n) > 1 and not any(n in numbers[o] for o in others)), key=_num_key
        )
        uniq_claims = []
        for claim in framing.claims:
            claim_numbers = {n.replace(",", "") for n in claim["numbers"]} or numbers_in(claim["text"])
            if claim_numbers and claim_numbers.isdisjoint(set().union(*(numbers[o] for o in others))):
                uniq_claims.append(claim["text"])
                continue
            # Without numbers, a claim is this outlet's alone when its named source appears in no
            # other outlet's page and most of its words are absent from each of them.
            source = (claim["attributed_to"] or "").split(",")[0].strip().lower()
            key = set(content_words(claim["text"]))
            if (
                source
                and source not in other_text
                and len(key) >= 4
                and all(len(key & words[o]) / len(key) < 0.5 for o in others)
            ):
                uniq_claims.append(claim["text"])
        framing.unique = {"entities": uniq_entities[:20], "numbers": uniq_numbers[:20], "claims": uniq_claims[:10]}


def _num_key(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0
