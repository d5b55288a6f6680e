"""actors.v1: the parties a page talks about and the labels it applies to them.

Mentions come from spaCy (src/slant/nlp/spacy_runtime.py): named entities
(PERSON, ORG, NORP, GPE used as an agent), and noun phrases headed by a group noun
("government forces", "the militants", "these terrorists", "so-called opposition").
Mentions merge into canonical actors through an alias table (src/slant/data/aliases.json,
plus the domain packs chosen in RunConfig.packs, e.g. pack.conflict-syria.json, and the
file named by RunConfig.aliases or the `aliases` parameter), acronyms
(an all-capitals name whose letters are the initials of another actor's name), and
group rules: a group noun qualified by a named entity belongs to that entity
("ISIS terrorists"), a state-force noun qualified by a nationality to "<nationality>
government forces" ("the Syrian army"), and an unqualified one to the only such actor
of the page when there is one. Role nouns ("foreign backers", "supporters of X") name
their own actor; "-ist" words name a group ("Zionists", also as a modifier: "Jihadist
offensive"); an insult from the name-calling list refers to the closest actor named
before it in the same text.

Labels are the words the page uses for an actor, counted per place (body or
comments): the descriptive noun phrase of each mention (minus determiners), an
entity's phrase when it adds words to the name ("valiant SAA"), an alias used for
the name ("Washington"), appositions and parentheticals ("X (formerly Y)"), office
titles before a person's name, copular descriptions ("X is a Y", never "X is not a Y"), a party
noun in apposition to a person ("X, Republican of Ohio"); a description keeps its prepositional
phrases and short clauses ("a reporter for the Star"). Each label records whether it was in scare
quotes and whether "so-called" preceded it. Body mentions are also stored as an
`actor_mentions` span layer (label = actor name) so they can be shown as evidence.

What is not a label (eval/gold/actors/README.md's definition): courtesy titles ("Dr.", "Sen."),
party-state tags ("(D-Vt.)"), the possessor of a description ("X's adviser" is "adviser"), an
abbreviation of the name ("US"), a focus adverb ("even Kurds"), words of a chunk the parser ran over
a clause or a list. What is not an actor: a dateline place, a party tag's state, a place used as a
location ("in Washington"), a possessed stance ("her opposition"), a trade ending in -ist
("linguist"), a list. A definite description ("the former vice president said", "urged the president") denotes the
person an earlier title or description with the same head noun named (of several, the one sharing
most words, then the one most mentioned), also as a possessor ("the secretary's office") and through
an abbreviated title ("Sen. X" ... "the lawmaker"). A bare last name the tagger missed is a mention of
the person named in full elsewhere ("Bryant, a former minister," after "Chris Bryant"). A possessed
kinship noun ("his wife", "his father and wife") denotes the one person named with that noun elsewhere
("His wife, X,"), unless that person owns it in its own sentence ("X criticized her sister"); an office
qualified by a place ("the Texas governor") with no earlier title denotes the person subject just before it. Not labels
either: a participle-led apposition ("X, dressed in a blue suit,"), the hearer of a verb of telling
("told reporters"), a selecting modifier of a plural people ("Top Republicans", "Alabama
Republicans"); a dateline is also "WASHINGTON — ...". Another name of the same place ("Britain") and an
abbreviation are no labels; a city standing for a government ("Washington") is.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from slant.analyze.base import BatchContext
from slant.analyze.voice import RangeCover, misread_verb
from slant.config import RunConfig
from slant.document import Actor, ActorLabel, Document, Span
from slant.nlp import lexicons
from slant.nlp.spacy_runtime import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from slant.nlp.spacy_runtime import ParsedDocument

#: The domain packs a default run uses (RunConfig.packs' default).
DEFAULT_PACKS: tuple[str, ...] = RunConfig().packs
ENTITY_TYPES = ("PERSON", "ORG", "NORP", "GPE")
AGENT_DEPS = frozenset("nsubj nsubjpass poss dobj appos conj agent attr compound".split())
OPEN_QUOTES = "“‘\"'«"
CLOSE_QUOTES = "”’\"'»"
_DETS = frozenset(
    "the these those this that a an its their our his her such another any some every each no neither either both all".split()
    + ["other", "same"]  # "other Americans", "the same FBI": which ones, not what they are
)
#: Courtesy and abbreviated titles: a form of address, not a description ("Sen. X", "Dr. X").
HONORIFICS = frozenset("mr mrs ms miss dr sen rep gov lt col sgt prof rev st".split())
#: US party-state tags after a politician's name ("(R)", "(D-Vt.)", "R-Tenn."): not labels, not actors.
PARTY_TAG = re.compile(r"^\(?[RDI](?:\s*-\s*[A-Z][A-Za-z.]*)?\.?\)?$")
#: Possessors that make a group noun a person's stance or belonging ("her opposition", "his military").
PERSONAL_POSSESSORS = frozenset("his her my your".split())
#: Group nouns that, once possessed, are a stance rather than a party ("her opposition to X").
STANCE_GROUP_NOUNS = frozenset(("opposition",))
#: Prepositions that make a place a location, not an agent ("in Washington").
LOCATIVE_PREPS = frozenset("in at near inside outside around across within into throughout".split())
#: Plural nouns for people that a named entity can qualify into a group of its own ("Hamas leaders").
PEOPLE_NOUNS = frozenset(
    "officials leaders members commanders officers soldiers fighters lawmakers legislators senators ministers "
    "diplomats envoys negotiators representatives delegates spokesmen agents staff staffers aides advisers "
    "advisors police policemen guards troops followers voters residents citizens civilians workers".split()
)
#: -ist words that name a trade, not a creed ("linguist", "economist"): never a group of their own.
PROFESSION_ISTS = frozenset(
    "linguist economist scientist analyst journalist columnist artist dentist specialist tourist physicist "
    "chemist biologist psychologist therapist pharmacist cyclist motorist novelist pianist guitarist "
    "lobbyist finalist stylist receptionist strategist cartoonist publicist scientist violinist theorist".split()
)
#: Nouns that are titles of a person's office ("president of X Barack Obama").
ROLE_NOUNS = frozenset(
    "president minister leader chief head secretary spokesman spokeswoman spokesperson commander general "
    "chairman ambassador envoy governor mayor senator king prince premier chancellor director emir".split()
)
#: Words of a title before a name, not first names ("Cardinal Reinhard Marx", "Archbishop X").
TITLE_WORDS = ROLE_NOUNS | frozenset(
    "cardinal archbishop bishop pope father reverend rabbi imam sheikh judge justice colonel captain sergeant "
    "lieutenant major admiral officer detective agent deputy professor doctor representative congressman "
    "congresswoman senator speaker attorney councilman councilwoman commissioner sheriff".split()
)
#: Words before a name that are its title or form of address, never a first name.
TITLE_OR_HONORIFIC = TITLE_WORDS | HONORIFICS
#: Kinship nouns: possessed ("his wife"), one names the person the text names with it elsewhere.
KIN_NOUNS = frozenset(
    "wife husband father mother son daughter brother sister widow widower fiancee fiancée fiance fiancé "
    "stepfather stepmother stepson stepdaughter grandfather grandmother grandson granddaughter uncle aunt "
    "nephew niece cousin".split()
)
#: Places in a clause where a bare last name is a mention of its person.
NAME_DEPS = frozenset("nsubj nsubjpass poss dobj pobj appos conj agent attr".split())
UNRESOLVED = "\0unresolved"
_IST = re.compile(r"^[a-z]{3,}ists?$")
_NOT_IST = frozenset("list lists exist exists assist assists resist resists insist insists persist persists consist consists".split())
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
_PRONOUNS = frozenset("who which that whom whose it they them he she we i you".split())


# ---------------------------------------------------------------- alias table


@dataclass
class AliasTable:
    """Surface form -> canonical name, and the group-noun rules."""

    aliases: dict[str, str]
    groups: dict[str, str]  # head noun (lower) -> canonical group actor
    generic_heads: frozenset[str]
    government_markers: frozenset[str]
    armed_markers: frozenset[str]
    party_nouns: frozenset[str] = frozenset()
    lower: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lower = {k.lower(): v for k, v in self.aliases.items()}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AliasTable:
        groups = {w.lower(): name for name, words in data.get("groups", {}).items() for w in words}
        return cls(
            aliases=dict(data.get("aliases", {})),
            groups=groups,
            generic_heads=frozenset(w.lower() for w in data.get("generic_heads", [])),
            government_markers=frozenset(w.lower() for w in data.get("government_markers", [])),
            armed_markers=frozenset(w.lower() for w in data.get("armed_markers", [])),
            party_nouns=frozenset(w.lower() for w in data.get("party_nouns", [])),
        )

    def canonical(self, name: str) -> str | None:
        return self.aliases.get(name) or self.lower.get(name.lower())


def _extend(data: dict[str, Any], extra: dict[str, Any]) -> None:
    """Merge an alias table of the same shape into `data`; its aliases win."""
    data["aliases"].update(extra.get("aliases", {}))
    for name, words in extra.get("groups", {}).items():
        data["groups"][name] = list(data["groups"].get(name, [])) + list(words)
    for key in ("generic_heads", "government_markers", "armed_markers", "party_nouns"):
        data[key] = list(data.get(key, [])) + list(extra.get(key, []))


def load_aliases(path: str | Path | None = None, packs: Sequence[str] = DEFAULT_PACKS) -> AliasTable:
    """The general alias table, extended by each domain pack in `packs`, then by the user's file
    `path` (RunConfig.aliases); later entries win."""
    data = copy.deepcopy(lexicons.default_aliases())
    for name in packs:
        _extend(data, lexicons.pack(name))
    if path:
        _extend(data, json.loads(Path(path).read_text(encoding="utf-8")))
    return AliasTable.from_data(data)


# ---------------------------------------------------------------- mentions


#: (text, scare_quoted, so_called, start char, end char) of one label use; offsets index the parsed text.
LabelHit = tuple[str, bool, bool, int, int]
_POSSESSIVE = re.compile(r"(?<=\w)[’'](?:s\b|(?=\s))|(?<=\w)[’'](?=\w)")
#: Tokens left over when a possessive ’s is split off ("Lavrov’s" -> "Lavrov" "’" "s").
_POSSESSIVE_BITS = frozenset(("s", "’s", "'s", "’", "'"))
#: Titles dropped from a person's name before merging ("Mr. Braley" is Braley).
TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Rev|St)\.?|President|Senator|Representative|Governor|"
    r"Prime Minister|Minister|Secretary|General|Speaker|Chairman|King|Queen|Prince|Sheikh|Judge|Justice)\s+"
)
_URLISH = re.compile(r"https?:|www\.|\.(?:com|org|net|jpg|png|gif)\b|[/@#<>=_|\\{}\[\]]")
MAX_NAME_WORDS = 6


def valid_name(name: str, typ: str) -> bool:
    """Whether an entity name can be an actor: not a URL, emoticon, empty, a list or a sentence fragment."""
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or _URLISH.search(name) or "," in name:
        return False
    if sum(ch.isalpha() for ch in name) < 2:
        return False  # emoticons, numbers, stray punctuation
    return typ == "GROUP" or any(ch.isupper() for ch in name)  # "moron scumbag" is no name


@dataclass
class Mention:
    actor: str
    type: str
    where: str
    start: int | None  # char offsets into doc.text for body mentions, else None
    end: int | None
    surface: str
    labels: list[LabelHit] = field(default_factory=list)
    root: int = -1  # token index of the mention's head in its parsed text


def _clean_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (
        doc[start].lower_ in _DETS or doc[start].is_punct or doc[start].dep_ in ("poss", "case")
        or doc[start].lower_ in _POSSESSIVE_BITS
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "case"):
        end -= 1
    return start, end


def _flags(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(scare_quoted, so_called) of the token range doc[start:end]."""
    text = text_of(doc)
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    inside = _POSSESSIVE.sub("", text[s:e])  # a possessive ’s or an apostrophe is never a quote
    before = text[max(0, s - 40) : s].rstrip()
    after = text[e : e + 3].lstrip()
    closes = after[:1] in "”»\"" or (after[:1] == "’" and not after[1:2].isalpha())  # ’s is a possessive
    quoted = bool(before and before[-1] in "“«\"‘" and closes) or any(
        q in inside for q in "“”‘’«»\""
    )
    b = before.rstrip(OPEN_QUOTES).rstrip().lower()
    so_called = b.endswith("so-called") or b.endswith("so called") or "so-called" in inside.lower()
    return quoted, so_called


def _label(doc: Doc, start: int, end: int) -> LabelHit | None:
    start, end = _clean_edges(doc, start, end)
    cut = next((t.i for t in doc[start + 1 : end] if t.text == "("), None)
    if cut is not None:  # "candidate X (R-Wyo.)": the parenthetical is no part of the description
        start, end = _clean_edges(doc, start, cut)
    if end <= start:
        return None
    quoted, so_called = _flags(doc, start, end)
    toks = [t for t in doc[start:end] if not (t.lower_ in ("so", "-", "called") and so_called and t.i < start + 3)]
    original = doc.user_data.get("orig_text") or text_of(doc)  # headlines are parsed sentence-cased
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    text = original[s:e]
    if so_called:
        text = re.sub(r"(?i)^so[- ]called\s*", "", text)
    text = text.strip(OPEN_QUOTES + CLOSE_QUOTES + " ")
    if not text or not toks or not any(ch.isalpha() for ch in text) or PARTY_TAG.match(text):
        return None
    return text, quoted, so_called, s, e


#: Finite verb tags: a participle may modify a name ("dying Turkey"), a finite verb may not.
FINITE_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _garbled(chunk: SpacySpan) -> bool:
    """A noun chunk the parser ran over a clause or a list ("Trump continued pounding Sessions",
    "McCabe, Strzok"): its extra words describe nothing."""
    return any(t.tag_ in FINITE_VERB_TAGS or t.text == "," for t in chunk)


def _without_misread_verb(ent: SpacySpan) -> SpacySpan:
    """An entity without a reporting verb the tagger glued onto its end ("Loomer Tweeted")."""
    return ent[:-1] if len(ent) > 1 and misread_verb(ent[-1]) else ent


def _plural_name(ent: SpacySpan) -> bool:
    """A one-word name in the plural ("the Turkeys", "Yankees"): a people or a team, never one person."""
    tok = ent.root
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return len(ent) == 1 and (tok.tag_ == "NNPS" or (the and tok.text.endswith("s") and not tok.text.endswith("ss")))


def _surname(ent: SpacySpan) -> bool:
    """Whether an entity is the last name of a person named in the same text ("Sessions" after
    "Jeff Sessions"): the person, whatever type the tagger gave it."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)


def _party_state(ent: SpacySpan) -> bool:
    """The state of a party tag ("R-Ohio", "D-Vt."): a tag letter and a hyphen right before it."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].text in ("R", "D", "I")


def _dateline(ent: SpacySpan) -> bool:
    """A place that opens a line and is followed by the wire's name in brackets ("Washington (CNN)")."""
    doc = ent.doc
    opens = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space
    if opens and ent.end < len(doc) and doc[ent.end].text in DATELINE_DASHES:
        return True  # "WASHINGTON — Leading Democrats ...", "WASHINGTON -- ..."
    return opens and ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")"


#: What follows a dateline's place ("WASHINGTON — ...").
DATELINE_DASHES = frozenset(("—", "–", "--", "-"))


def _is_creed_ist(tok: Token) -> bool:
    """An -ist word that names a group by its creed ("Islamists", "Monarchist offensive"): not a trade
    ("linguist") and, as a head noun, not one person ("a former linguist")."""
    low = tok.lower_.rstrip("'’s") if tok.dep_ == "poss" else tok.lower_
    if not _IST.match(low) or low in _NOT_IST or low.removesuffix("s") in PROFESSION_ISTS:
        return False
    singular_person = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)
    return not singular_person


class _MentionFinder:
    """Finds actor mentions and their labels in one parsed text."""

    def __init__(self, table: AliasTable, name_calling: frozenset[str]) -> None:
        self.table = table
        self.name_calling = name_calling

    def entity_name(self, ent: SpacySpan) -> tuple[str, str]:
        ent = _without_misread_verb(ent)
        text = re.sub(r"^(?i:the)\s+", "", ent.text)
        text = re.sub(r"\s*\([^()]*$", "", text) or text  # "World Health Organization (WHO": the entity ends inside a parenthesis
        text = re.sub(r"['’]s?$", "", text).strip()
        canon = self.table.canonical(text) or self.table.canonical(ent.text)
        if canon is None and ent.label_ == "PERSON":
            text = TITLES.sub("", text)
            canon = self.table.canonical(text)
        return canon or text, ent.label_

    def group_actor(self, chunk_tokens: list[Token], head: Token) -> str | None:
        """Which group actor a noun phrase headed by a group/generic noun denotes, if any."""
        words = {t.lower_ for t in chunk_tokens}
        for t in chunk_tokens:
            words.update(p.lower() for p in t.lower_.split("-"))
        head_l = head.lower_
        nationality = next(
            (t for t in chunk_tokens if t.ent_type_ == "NORP" and t.i < head.i and t.dep_ in ("amod", "compound")),
            None,
        )
        side = self.table.groups.get(head_l) or self.table.groups.get(head.lemma_.lower())
        if side is None and _is_creed_ist(head):
            return head.text[:1].upper() + head.text[1:] + ("" if head_l.endswith("s") else "s")
        if side is None and head_l in self.table.generic_heads:
            if words & self.table.armed_markers:
                side = "armed groups"
            elif words & self.table.government_markers:
                side = "government forces"
        if side is None:
            return None
        generic = head_l in self.table.generic_heads
        if generic and side == "armed groups" and words & {"government", "govt", "army"} and not words & self.table.armed_markers - {"armed"}:
            side = "government forces"
        if side == "government forces" and nationality is not None and "backed" not in words:
            return f"{nationality.text} government forces"
        return side

    def find(self, sdoc: Doc, where: str, body: bool) -> list[Mention]:
        """Every mention in one parsed text, in text order, with its labels."""
        out: list[Mention] = []
        used: set[int] = set()  # tokens already inside a mention
        ent_of = {t.i: ent for ent in sdoc.ents if ent.label_ in ENTITY_TYPES for t in ent}
        for chunk in sdoc.noun_chunks:
            if chunk.root.lower_ in _PRONOUNS:
                continue
            if chunk.root.i in ent_of:
                m = self._entity_chunk(sdoc, chunk, ent_of[chunk.root.i], where, body)
            else:
                m = self._group_chunk(sdoc, chunk, ent_of, where, body)
                if m is None:
                    self._ist_modifier(sdoc, chunk, chunk.root, where, body, out, used)
                    continue
            if m is not None:
                out.append(m)
                used.update(range(chunk.start, chunk.end))
        self._loose_entities(sdoc, where, body, out, used)
        self._bare_names(sdoc, where, body, out, used)
        self._acronyms(sdoc, where, body, out, used)
        out = [m for m in out if m.actor == UNRESOLVED or valid_name(m.actor, m.type)]
        self._descriptions(sdoc, out)
        self._bracketed_names(sdoc, where, body, out)
        out.sort(key=lambda m: m.root)
        self._definite_descriptions(sdoc, where, body, out, used)
        self._kin_descriptions(sdoc, where, body, out)
        _resolve_insults(sdoc, out)
        return out

    def _kin_descriptions(self, sdoc: Doc, where: str, body: bool, out: list[Mention]) -> None:
        """ "his wife", "his father and wife": a possessed kinship noun denotes the one person the text
        names with the same noun elsewhere, before or after ("His wife, X, ..."; "his father, Y"); with
        two or more such persons (or none) it is left alone."""
        labelled = RangeCover([(s, e) for m in out for _t, _q, _c, s, e in m.labels])
        described = _persons_by_noun(out)
        found: list[Mention] = []
        for tok in sdoc:
            if tok.lower_ not in KIN_NOUNS or tok.tag_ != "NN" or tok.dep_ in NOT_REFERRING_DEPS:
                continue
            poss = [c for c in tok.children if c.dep_ == "poss"]
            shared = (
                tok.dep_ == "conj" and tok.head.lower_ in KIN_NOUNS and any(c.dep_ == "poss" for c in tok.head.children)
                and not any(c.dep_ in ("det", "poss") for c in tok.children)
            )  # "his father and wife": the possessor is shared
            if not (poss or shared) or labelled.covers(tok.idx):
                continue
            if any(c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" for c in tok.children):
                continue  # "his wife, X": an apposition, labelled as such
            owner = poss or [c for c in tok.head.children if c.dep_ == "poss"]
            if any(c.lower_ in ("my", "your", "our") for c in owner):
                continue  # "my sister": the speaker's, whom the quote may not name
            targets = {m.actor for m in described.get(tok.lower_, ()) if m.root != tok.i}
            if len(targets) != 1:
                continue
            actor = next(iter(targets))
            if any(m.actor == actor and tok.sent.start <= m.root < tok.i for m in out):
                continue  # "X criticized her sister": X is the one whose sister it is, not the sister
            start = min([tok.i] + [c.left_edge.i for c in poss])
            m = self._mention(sdoc, actor, "PERSON", where, body, start, tok.i + 1)
            m.labels.append(_verbatim_label(sdoc, start, tok.i + 1))
            found.append(m)
        out.extend(found)
        out.sort(key=lambda m: m.root)

    def _bracketed_names(self, sdoc: Doc, where: str, body: bool, mentions: list[Mention]) -> None:
        """ "the Speaker [John Boehner]": an editor's bracketed name says whom the phrase before it
        describes (the parser rarely links the two, or even parses the name as a mention)."""
        by_root = {m.root: m for m in mentions}
        chunk_ending = {c.end: c for c in sdoc.noun_chunks}
        for ent in sdoc.ents:
            if ent.label_ != "PERSON" or ent.start < 2 or sdoc[ent.start - 1].text != "[":
                continue
            before = chunk_ending.get(ent.start - 1)
            if ent.end >= len(sdoc) or sdoc[ent.end].text != "]" or before is None or before.root.i in by_root:
                continue
            lab = _label(sdoc, before.start, before.end)
            if not lab:
                continue
            m = by_root.get(ent.root.i)
            if m is None:
                name, typ = self.entity_name(ent)
                m = self._mention(sdoc, name, typ, where, body, ent.start, ent.end)
                mentions.append(m)
            m.labels.append(lab)

    def _definite_descriptions(self, sdoc: Doc, where: str, body: bool, out: list[Mention], used: set[int]) -> None:
        """ "the former vice president said": a definite description, subject of its clause, whose head
        noun is a word of a title or description given earlier to a named person denotes that person
        (the latest such); one that is already a description (an apposition) is left as it is."""
        found: list[Mention] = []
        weight = Counter(m.actor for m in out)
        labelled = RangeCover([(s, e) for m in out for _t, _q, _c, s, e in m.labels])
        referred = _persons_by_noun(out, sdoc)
        for chunk in list(sdoc.noun_chunks) + _definite_possessors(sdoc):
            head = chunk.root
            places = [t for t in chunk if _place_qualifier(t, head)]  # "the Texas governor", "the Russian president"
            if (
                head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ in NOT_REFERRING_DEPS
                or any(t.i in used for t in chunk if t not in places)
                or labelled.covers(head.idx)
                or any((t.pos_ == "PROPN" or t.ent_type_) and t not in places for t in chunk)
                or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
                or any(
                    (c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN")) or (c.dep_ == "prep" and c.lower_ == "of")
                    for c in head.children
                )
            ):
                continue  # "the chairman of X, Y": said of Y; "the president of X": someone else
            # the person the head noun was said of before; of several, the one whose description shares
            # most words ("the former vice president"), then the one the text is most about ("President
            # Trump" over "President Putin"), then the latest
            earlier = [m for m in referred.get(head.lower_, ()) if m.root < chunk.start]
            if places:  # of several presidents, "the Russian president" is the one described as Russian
                qualifier = {t.lower_ for t in places}
                earlier = [m for m in earlier if any(qualifier & set(_nominal_words(lab[0])) for lab in m.labels)]
            target = max(reversed(earlier), key=lambda m: (_shared_words(m, chunk), weight[m.actor]), default=None)
            if target is None and places and head.dep_ in SUBJECT_DEPS and head.lemma_.lower() in ROLE_NOUNS:
                target = _topic_person(sdoc, out, chunk.start)  # '"...," the Texas governor continues' after "says X"
            if target is None:
                continue
            m = self._mention(sdoc, target.actor, "PERSON", where, body, chunk.start, chunk.end)
            lab = _label(sdoc, chunk.start, chunk.end) if head.dep_ != "poss" else _possessor_label(sdoc, chunk)
            if lab:
                m.labels.append(lab)
            found.append(m)
        out.extend(found)
        out.sort(key=lambda m: m.root)

    def _skip_entity(self, ent: SpacySpan, label: str, dep: str, qualified: bool) -> bool:
        """A place named only as a location ("in Aleppo"), a nationality used as an adjective, the
        state of a party tag ("R-Ohio") and a dateline ("Washington (CNN)") are not actors."""
        if _party_state(ent) or _dateline(ent):
            return True
        if label == "GPE" and not qualified and dep not in AGENT_DEPS and not self.table.canonical(ent.text):
            return True
        if label == "GPE" and dep == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPS:
            return True  # "married in Washington": a place, even when its name can stand for a government
        return label == "NORP" and dep == "amod"

    def _entity_chunk(self, sdoc: Doc, chunk: SpacySpan, ent: SpacySpan, where: str, body: bool) -> Mention | None:
        """A noun phrase headed by a named entity: the entity, labelled by the phrase's extra words
        ("valiant SAA") or by the surface when it is an alias ("Washington")."""
        head = chunk.root
        ent = _without_misread_verb(ent)
        name, typ = self.entity_name(ent)
        if typ == "PERSON" and _plural_name(ent) and not _surname(ent):
            typ = "NORP"  # "the Turkeys": a plural name is a people named by what it is, not a person
        possessor = {d.i for c in chunk if c.dep_ == "poss" for d in c.subtree}
        extra = [
            t
            for t in chunk
            if t.i not in range(ent.start, ent.end) and t.i not in possessor and t.lower_ not in _DETS
            and not t.is_punct and t.dep_ not in ("poss", "case") and t.lower_.rstrip(".") not in HONORIFICS
            and t.pos_ != "ADV"  # "even Kurds", "soon Idlib": a focus word, not a description
        ]
        if self._skip_entity(ent, typ, head.dep_, qualified=bool(extra)):
            return None
        m = self._mention(sdoc, name, typ, where, body, ent.start, ent.end)
        subset = ent.label_ == "NORP" and head.i in range(ent.start, ent.end) and head.tag_ in ("NNS", "NNPS") and all(
            t.dep_ in ("amod", "compound", "nummod", "quantmod", "advmod") for t in extra
        )  # "Top Republicans", "Alabama Republicans", "600 influential Texans": which of them, not what they are
        if extra and not _garbled(chunk) and not subset:
            first = min(t.i for t in chunk if t.i >= ent.start or t in extra)
            lab = _label(sdoc, first, chunk.end)
        elif extra and subset:
            lab = None
        elif (
            name != re.sub(r"^(?i:the)\s+", "", ent.text) and not _part_of_name(ent.text, name) and not _abbreviates(ent.text, name)
            and not _abbreviates(name, ent.text) and not _same_place(ent, name)
        ) or (
            typ == "NORP" and (head.tag_ in ("NNS", "NNPS") or _plural_name(ent)) and not _surname(ent)
            and not (ent.label_ == "NORP" and _own_name(ent.text, name) and not _is_creed_ist(ent.root))
        ):
            lab = _label(sdoc, ent.start, ent.end)  # an alias, or a group named by what it is ("the Zionists")
        else:
            lab = None
        if lab:
            m.labels.append(lab)
        return m

    def _named_group(self, chunk: SpacySpan, head: Token, ent_of: dict[int, SpacySpan]) -> tuple[str | None, str, int]:
        """(actor, type, label start) for a group noun qualified by a named entity ("ISIS
        terrorists"); actor None when there is none (or it is a nationality)."""
        toks = list(chunk)
        entity_mods = [
            ent_of[t.i] for t in toks if t.i in ent_of and t.i != head.i and t.head.i == head.i and t.dep_ in ("compound", "nmod", "poss")
        ]
        if not entity_mods or not (
            self.table.groups.get(head.lower_) or head.lower_ in self.table.generic_heads
            or self._is_word_in(head, self.table.party_nouns | PEOPLE_NOUNS)
        ):
            return None, "GROUP", chunk.start
        name, typ = self.entity_name(entity_mods[0])
        if typ == "PERSON" and self._is_word_in(head, PEOPLE_NOUNS):
            return None, "GROUP", chunk.start  # "Obama administration members", "Trump aides": not the person
        label_start = chunk.start
        if any(t.dep_ in ("cc", "conj") for t in toks if t.i < head.i):
            # "X and Y militant coalitions": the descriptor is what follows the names
            label_start = max(t.i for t in toks if t.i in ent_of and t.i < head.i) + 1
        return (name if typ != "NORP" else None), typ, label_start

    def _group_chunk(self, sdoc: Doc, chunk: SpacySpan, ent_of: dict[int, SpacySpan], where: str, body: bool) -> Mention | None:
        """A noun phrase headed by a common noun: a named group, a group noun, a party named by its
        role ("foreign backers"), or an insult to resolve later; None when it names no actor."""
        head = chunk.root
        possessed = any(c.dep_ == "poss" for c in head.children)
        if possessed and (head.lower_ in STANCE_GROUP_NOUNS or any(c.lower_ in PERSONAL_POSSESSORS for c in head.children)):
            return None  # "her sister's opposition to X", "his military": a person's stance or belonging
        if _audience(chunk, head):
            return None  # "told reporters", "released to reporters": who heard it, not a party described
        actor, typ, label_start = self._named_group(chunk, head, ent_of)
        if actor is None and self._group_head(head):
            actor = self._alias_prefix(chunk, head)
            typ = "GROUP" if actor is None else "ORG"
        if actor is None:
            actor, typ = self.group_actor(list(chunk), head), "GROUP"
        if actor is None and self._is_word_in(head, self.table.party_nouns):
            lab = _label(sdoc, chunk.start, chunk.end)  # "foreign backers": a party named by its role
            actor = " ".join(lab[0].lower().split()) if lab else None
        if actor is None and self._is_word_in(head, self.name_calling):
            actor, typ = UNRESOLVED, "GROUP"  # an insult for someone named nearby; resolved later
        if actor is None:
            return None
        end = chunk.end
        for c in head.rights:  # "supporters of terrorists"
            if c.dep_ == "prep" and c.lower_ == "of" and head.lower_ in self.table.party_nouns:
                end = c.right_edge.i + 1
        m = self._mention(sdoc, actor, typ, where, body, chunk.start, chunk.end)
        lab = _label(sdoc, label_start, end)
        if lab:
            m.labels.append(lab)
        return m

    def _alias_prefix(self, chunk: SpacySpan, head: Token) -> str | None:
        """A name from the alias table right before the head noun ("Free Syrian Army rebels" belong
        to the Free Syrian Army, not to an army): the longest run of words ending before the head."""
        toks = [t for t in chunk if t.i < head.i and not t.is_punct]
        for i in range(len(toks)):
            run = [t for t in toks[i:] if t.i >= toks[i].i]
            if len(run) < 2 and not run[0].is_upper:
                continue
            name = self.table.canonical(chunk.doc[run[0].i : run[-1].i + 1].text)
            if name:
                return name
        return None

    def _group_head(self, head: Token) -> bool:
        """Whether a head noun names people a name before it can own ("Free Syrian Army rebels",
        "Hamas leaders"): a group noun or a plural; not a thing ("the U.S. code") nor one person
        with an office of their own ("the UK ambassador")."""
        return bool(
            self.table.groups.get(head.lower_) or head.lower_ in self.table.generic_heads
            or self._is_word_in(head, self.table.party_nouns | PEOPLE_NOUNS) or head.tag_ in ("NNS", "NNPS")
        )

    @staticmethod
    def _is_word_in(head: Token, words: frozenset[str]) -> bool:
        return head.lower_ in words or head.lemma_.lower() in words

    def _loose_entities(self, sdoc: Doc, where: str, body: bool, out: list[Mention], used: set[int]) -> None:
        """Entities outside noun chunks that act in the sentence."""
        for ent in sdoc.ents:
            if ent.label_ not in ENTITY_TYPES or ent.start in used or ent.root.dep_ not in AGENT_DEPS | {"pobj", "ROOT"}:
                continue
            if self._skip_entity(ent, ent.label_, ent.root.dep_, qualified=False):
                continue
            ent = _without_misread_verb(ent)
            name, typ = self.entity_name(ent)
            m = self._mention(sdoc, name, typ, where, body, ent.start, ent.end)
            lab = _title_before(sdoc, ent) if typ == "PERSON" else None
            if lab:
                m.labels.append(lab)
            out.append(m)
            used.update(range(ent.start, ent.end))

    def _bare_names(self, sdoc: Doc, where: str, body: bool, out: list[Mention], used: set[int]) -> None:
        """A person's last name the tagger missed ("Bryant, a former minister, said" after "Chris Bryant";
        "Cardinal Reinhard Marx's" after "Marx said"): a proper noun that is the last word of a person
        named elsewhere in the text, acting in its clause, is a mention of that person; the capitalised
        words before it are first names up to the first title word ("Cardinal"), which is its title."""
        from spacy.tokens import Span as SpacySpan

        persons = [[w.text for w in e] for e in sdoc.ents if e.label_ == "PERSON" and e[-1].text[:1].isupper()]
        last = {p[-1] for p in persons}
        for t in sdoc:
            if t.i in used or t.ent_type_ or t.pos_ != "PROPN" or t.text not in last or t.dep_ not in NAME_DEPS:
                continue
            start = t.i
            while start > 0 and sdoc[start - 1].i not in used and (
                any([w.text for w in sdoc[start - 1 : t.i + 1]] == p[-(t.i + 2 - start) :] for p in persons)
                or (
                    sdoc[start - 1].pos_ in ("PROPN", "NOUN") and sdoc[start - 1].text[:1].isupper()
                    and sdoc[start - 1].dep_ == "compound" and sdoc[start - 1].head.i == t.i
                    and sdoc[start - 1].lower_.rstrip(".") not in TITLE_OR_HONORIFIC
                )
            ):
                start -= 1  # a first name known from the full name ("Reality Winner"), or a capitalised one
            name = SpacySpan(sdoc, start, t.i + 1, label="PERSON")
            if not valid_name(name.text, "PERSON"):
                continue
            m = self._mention(sdoc, name.text, "PERSON", where, body, start, t.i + 1)
            lab = _title_before(sdoc, name) if start > 0 and sdoc[start - 1].pos_ in ("NOUN", "PROPN") else None
            if lab and not any(w.lower().rstrip(".") in TITLE_WORDS or w[:1].isupper() for w in lab[0].split()):
                lab = None  # "my daughter X": a relation, not a title
            if lab:
                m.labels.append(lab)
            out.append(m)
            used.update(range(start, t.i + 1))

    def _acronyms(self, sdoc: Doc, where: str, body: bool, out: list[Mention], used: set[int]) -> None:
        """All-capital acronyms the alias table knows, wherever they stand."""
        for t in sdoc:
            if (
                t.i not in used and t.is_upper and len(t) >= 2 and t.pos_ == "PROPN" and self.table.canonical(t.text)
                and not _dateline(sdoc[t.i : t.i + 1])
            ):
                name = self.table.canonical(t.text) or t.text
                m = self._mention(sdoc, name, "ORG", where, body, t.i, t.i + 1)
                if t.text != name and not _abbreviates(t.text, name):  # "UK" of "United Kingdom" is no label
                    m.labels.append((t.text, False, False, t.idx, t.idx + len(t)))
                out.append(m)

    def _mention(self, sdoc: Doc, name: str, typ: str, where: str, body: bool, start: int, end: int) -> Mention:
        s = sdoc[start].idx if body else None
        e = (sdoc[end - 1].idx + len(sdoc[end - 1])) if body else None
        root = sdoc[start:end].root.i
        return Mention(name, typ, where, s, e, sdoc[start:end].text, root=root)

    def _ist_modifier(
        self, sdoc: Doc, chunk: SpacySpan, head: Token, where: str, body: bool, out: list[Mention], used: set[int]
    ) -> None:
        """ "Jihadist offensive", "Zionist aggression": a group named by an -ist word modifying something else."""
        for t in chunk:
            low = t.lower_.rstrip("'’s") if t.dep_ == "poss" else t.lower_
            if t.i != head.i and t.dep_ in ("compound", "amod", "poss", "nmod") and _is_creed_ist(t):
                side = self.table.groups.get(low) or self.table.groups.get(low + "s")
                name = side or (t.text[:1].upper() + low[1:] + ("" if low.endswith("s") else "s"))
                m = self._mention(sdoc, name, "GROUP", where, body, t.i, t.i + 1)
                lab = _label(sdoc, chunk.start, chunk.end)
                if lab:
                    m.labels.append(lab)
                out.append(m)
                used.update(range(chunk.start, chunk.end))
                return

    def _descriptions(self, sdoc: Doc, mentions: list[Mention]) -> None:
        """Appositions, parentheticals, titles and copular predicates attached to mentions."""
        by_root = {m.root: m for m in mentions}
        for i, m in by_root.items():
            tok = sdoc[i]
            if m.type == "PERSON" and tok.dep_ == "appos":  # "president of the United States Barack Obama"
                up = tok.head
                while up.dep_ in ("pobj", "prep", "compound", "appos") and up.head.i != up.i and up.lemma_.lower() not in ROLE_NOUNS:
                    up = up.head
                first = min(t.i for t in sdoc[i].subtree)
                if up.lemma_.lower() in ROLE_NOUNS and up.i < first:
                    lab = _label(sdoc, up.left_edge.i, first)
                    if lab:
                        m.labels.append(lab)
            for child in _appositions(tok):  # "X, a Y (and Z)" / "X (formerly Y)"
                party = by_root.get(child.i)
                if m.type == "PERSON" and party is not None and party.type == "NORP" and child.tag_ == "NNP":
                    self._party_apposition(sdoc, m, child, by_root, mentions)
                    continue
                if _descriptive(child) and child.i not in by_root and not _participle_led(child):
                    for desc in [child] + [c for c in child.children if c.dep_ == "conj" and _descriptive(c)]:
                        lab = _label(sdoc, *_description_range(desc))
                        if lab:
                            m.labels.append(lab)
            for label_tok in _said_of(tok, by_root):
                lab = _label(sdoc, *_description_range(label_tok))
                if lab:
                    m.labels.append(lab)
                said = by_root.get(label_tok.i)
                if said is not None and said in mentions:  # "X, two strategists": a label, not a group of its own
                    mentions.remove(said)
            if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not _negated(tok.head):  # "X is a Y (and a Z)"
                attrs = [a for a in tok.head.children if a.dep_ == "attr" and a.pos_ in ("NOUN", "PROPN")]
                attrs += [c for a in attrs for c in a.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
                for attr in attrs:
                    if attr.i in by_root:
                        continue
                    lab = _label(sdoc, *_description_range(attr))
                    if lab:
                        m.labels.append(lab)


        _complement_labels(sdoc, mentions, by_root)

    @staticmethod
    def _party_apposition(sdoc: Doc, m: Mention, child: Token, by_root: dict[int, Mention], mentions: list[Mention]) -> None:
        """ "X, Republican of Kentucky and the majority leader", "X, the top Democrat on the committee": a
        singular party or nationality noun in apposition to a person describes the person; it is no
        mention of the party (nor are the descriptions coordinated with it)."""
        descs = [child] + [c for c in child.children if c.dep_ == "conj" and (_descriptive(c) or c.i in by_root)]
        for desc in descs:
            lab = _label(sdoc, *_description_range(desc))
            if lab:
                m.labels.append(lab)
            said = by_root.get(desc.i)
            if said is not None and said is not m and said.type == "NORP" and said in mentions:
                mentions.remove(said)


#: Verbs whose passive subject or small-clause subject gets a description ("X is widely considered a
#: contender", "the board made X its chairman", parsed as a clause "X its chairman").
COMPLEMENT_LEMMAS = frozenset("call label brand dub name term describe consider deem elect appoint make".split())
#: Of those, the ones that as often build things ("made him a cake"): their complement must be an office.
ROLE_ONLY_LEMMAS = frozenset(("make",))
PERSON_PRONOUNS = frozenset("he she him her".split())


def _complement_labels(sdoc: Doc, mentions: list[Mention], by_root: dict[int, Mention]) -> None:
    """Object complements the parser read as a passive complement or a verbless clause: the noun is
    said of the subject it stands with, a mention or a he/she/him/her that stands for the closest
    mention before it in its sentence ("promoted X to admiral and made him his director of Y")."""
    for tok in sdoc:
        if tok.pos_ != "NOUN" or not _free(tok, by_root) or _negated(tok.head):
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma not in COMPLEMENT_LEMMAS:
            continue
        if tok.dep_ in ("oprd", "attr", "xcomp"):
            passive = ("nsubjpass", "nsubj") if verb.tag_ == "VBN" else ("nsubjpass",)  # "he is still is considered"
            subj = next((c for c in verb.children if c.dep_ in passive), None)
        elif tok.dep_ == "ccomp":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if subj is None or (lemma in ROLE_ONLY_LEMMAS and tok.lemma_.lower() not in ROLE_NOUNS):
            continue
        target = by_root.get(subj.i)
        if target is None and subj.lower_ in PERSON_PRONOUNS:
            before = [m for m in mentions if subj.sent.start <= m.root < subj.i and m.type not in ("GROUP", "NORP", "GPE")]
            target = before[-1] if before else None
        start, end = _description_range(tok)
        start = max(start, subj.right_edge.i + 1) if subj.i > verb.i else start  # "made him | his director"
        lab = _label(sdoc, start, end) if target is not None and end > start else None
        if target is not None and lab and lab not in target.labels:
            target.labels.append(lab)


def _negated(verb: Token) -> bool:
    """ "X is not a Y" denies the description: it labels nobody."""
    return any(c.dep_ == "neg" for c in verb.children)


#: Determiners of a definite description ("the former vice president").
DEFINITE = frozenset(("the", "this"))
#: Places where a definite noun phrase describes rather than refers ("X is the president", "X, the
#: president,"), or is part of a bigger name: no reference to an earlier person there.
NOT_REFERRING_DEPS = frozenset(("appos", "attr", "compound", "npadvmod", "oprd", "nmod", "acomp"))


#: Prepositions that end the nominal part of a description ("the chief justice | of the state court").
_DESCRIPTION_PREPS = frozenset("of for on in to at from with by".split())


def _nominal_words(label: str) -> list[str]:
    """The words of a label before its first preposition: what it calls the actor, not what it
    relates the actor to ("the chief justice of the state Supreme Court" calls nobody "state")."""
    out = []
    for w in re.findall(r"\w+", label.lower()):
        if w in _DESCRIPTION_PREPS:
            break
        out.append(w)
    return out


#: The nouns an abbreviated title stands for: "Rep. X" is later "the congressman", "the lawmaker".
HONORIFIC_NOUNS: dict[str, frozenset[str]] = {
    "rep": frozenset("representative congressman congresswoman lawmaker".split()),
    "sen": frozenset("senator lawmaker".split()),
    "gov": frozenset(("governor",)),
    "rev": frozenset("reverend minister pastor preacher".split()),
    "gen": frozenset(("general",)),
    "col": frozenset(("colonel",)),
    "lt": frozenset(("lieutenant",)),
    "sgt": frozenset(("sergeant",)),
    "prof": frozenset(("professor",)),
}


def _honorific_nouns(sdoc: Doc, m: Mention) -> frozenset[str]:
    """The nouns of the abbreviated title right before a mention's name ("Sen." of "Sen. X"), which
    the label rules leave out as a courtesy title yet a later "the senator" refers back to."""
    if m.root < 0 or m.root >= len(sdoc):
        return frozenset()
    i = m.root
    while i > 0 and sdoc[i - 1].pos_ == "PROPN" and sdoc[i - 1].head.i >= i:
        i -= 1
        found = HONORIFIC_NOUNS.get(sdoc[i].lower_.rstrip("."))
        if found:
            return found
    return HONORIFIC_NOUNS.get(sdoc[i - 1].lower_.rstrip("."), frozenset()) if i > 0 else frozenset()


def _description_heads(m: Mention) -> set[str]:
    """The head nouns of a mention's titles and descriptions, which a later description refers back
    by ("President X" for "the president"; "the state auditor" is no state)."""
    name = set(re.findall(r"\w+", m.actor.lower())) | set(re.findall(r"\w+", m.surface.lower()))
    return {words[-1] for lab in m.labels if (words := [w for w in _nominal_words(lab[0]) if w not in name])}


def _persons_by_noun(mentions: Sequence[Mention], sdoc: Doc | None = None) -> dict[str, list[Mention]]:
    """The person mentions (in their order) each noun can refer back to: their description heads, and
    with a parse their abbreviated titles ("Sen." for "the senator"). Built once per pass, so a long
    text's descriptions are looked up rather than compared with every mention before them."""
    by_noun: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type == "PERSON":
            for noun in _description_heads(m) | (_honorific_nouns(sdoc, m) if sdoc is not None else set()):
                by_noun[noun].append(m)
    return by_noun


def _shared_words(m: Mention, chunk: SpacySpan) -> int:
    """How many words of a description ("the former vice president") one of a mention's labels has."""
    words = {t.lower_ for t in chunk if t.lower_ not in _DETS}
    return max((len(words & set(_nominal_words(lab[0]))) for lab in m.labels), default=0)


#: How far back (tokens) a qualified office ("the Texas governor") looks for the person the text is about.
TOPIC_TOKENS = 80


def _place_qualifier(tok: Token, head: Token) -> bool:
    """A place or nationality word before a description's head noun ("the Texas governor", "the
    Russian president"): it says which office, not who is named."""
    return tok.i < head.i and tok.ent_type_ in ("GPE", "NORP", "LOC") and tok.dep_ in ("compound", "amod")


def _topic_person(sdoc: Doc, out: list[Mention], before: int) -> Mention | None:
    """The person a qualified office with no earlier title denotes: the latest person that is the
    subject of a clause within TOPIC_TOKENS before it ("says Perry. ... the Texas governor continues")."""
    subjects = [
        m for m in out
        if m.type == "PERSON" and before - TOPIC_TOKENS <= m.root < before and sdoc[m.root].dep_ in SUBJECT_DEPS
    ]
    return subjects[-1] if subjects else None


def _definite_possessors(sdoc: Doc) -> list[SpacySpan]:
    """ "the secretary's insistence", "the cardinal's office": a definite description as a possessor sits
    inside the possessed noun's chunk; its own phrase (determiner, modifiers, noun) as a span."""
    out = []
    for tok in sdoc:
        if tok.dep_ != "poss" or tok.pos_ != "NOUN":
            continue
        lefts = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound")]
        if lefts and any(c.dep_ == "det" for c in lefts):
            out.append(sdoc[min(c.left_edge.i for c in lefts) : tok.i + 1])
    return out


#: Verbs whose bare plural object or "to" object is who heard something ("told reporters").
AUDIENCE_LEMMAS = frozenset("tell say speak talk release leak give show brief explain announce".split())


def _audience(chunk: SpacySpan, head: Token) -> bool:
    """A bare plural noun ("reporters") that is the hearer of a verb of telling: "X told reporters",
    "documents were released to reporters"; a modifier or determiner would make it a described party."""
    if len(chunk) != 1 or head.tag_ != "NNS":
        return False
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif head.dep_ not in ("dobj", "dative"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in AUDIENCE_LEMMAS


def _possessor_label(sdoc: Doc, chunk: SpacySpan) -> LabelHit | None:
    """The label of a possessor description ("the secretary" of "the secretary's office"), which
    `_label` would strip as a possessor: its words after the determiner, without the ’s."""
    toks = [t for t in chunk if t.lower_ not in _DETS and not t.is_punct]
    return _verbatim_label(sdoc, toks[0].i, chunk.root.i + 1) if toks else None


def _verbatim_label(sdoc: Doc, start: int, end: int) -> LabelHit:
    """The tokens [start, end) as a label exactly as written (unlike `_label`, which trims edges,
    possessors and parentheticals), with their quote flags."""
    s, e = sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1])
    original = sdoc.user_data.get("orig_text") or text_of(sdoc)
    quoted, so_called = _flags(sdoc, start, end)
    return original[s:e], quoted, so_called, s, e


def _title_before(sdoc: Doc, ent: SpacySpan) -> LabelHit | None:
    """The office title right before a person's name inside a larger phrase ("Israeli Prime Minister
    X's speech", "President X's adviser"): the run of compound/adjective modifiers of the name."""
    start = ent.start
    while start > 0 and sdoc[start - 1].head.i in range(start, ent.end) and sdoc[start - 1].dep_ in ("compound", "amod"):
        start -= 1
    for c in ent.root.lefts:  # "Secretary of State Hillary Clinton": a title with its own "of" phrase
        if c.dep_ == "nmod" and c.right_edge.i == start - 1 and c.pos_ == "PROPN":
            start = c.left_edge.i
    bits = [t for t in sdoc[start : ent.start] if t.lower_.rstrip(".") not in HONORIFICS]
    if not bits:
        return None
    return _label(sdoc, bits[0].i, ent.start)


def _resolve_insults(sdoc: Doc, mentions: list[Mention]) -> None:
    """An insult names the actor it is syntactically attached to (apposition, copula, "X of Y",
    coordination), never merely the closest one; otherwise it stays "unspecified"."""
    by_root = {m.root: m for m in mentions if m.actor != UNRESOLVED}
    for m in mentions:
        if m.actor != UNRESOLVED:
            continue
        target = _attached(sdoc[m.root], by_root)
        if target is None:
            m.actor = "unspecified"
        else:
            m.actor, m.type = target.actor, target.type


def _attached(tok: Token, by_root: dict[int, Mention]) -> Mention | None:
    """The mention a noun is said of: its apposition head or child, the subject it predicates,
    the Y of "X of Y" it heads, or the head it is coordinated with."""
    cands: list[Token] = []
    if tok.dep_ in ("appos", "conj"):
        cands.append(tok.head)
    cands += [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "attr" and not _negated(tok.head):  # "X is not a traitor" calls X nothing
        cands += [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    if tok.dep_ in SUBJECT_DEPS:
        cands += [c for c in tok.head.children if c.dep_ == "attr"]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        cands += [c for c in prep.children if c.dep_ == "pobj"]
    return next((by_root[c.i] for c in cands if c.i in by_root), None)


#: Verbs whose object gets a name: "called Trump an orange fascist".
NAMING_LEMMAS = frozenset("call label brand dub name term describe".split())


def _free(tok: Token, by_root: dict[int, Mention]) -> bool:
    """A noun that is no named actor's mention (a group noun it made may still be a label)."""
    return tok.i not in by_root or by_root[tok.i].type == "GROUP"


def _said_of(tok: Token, by_root: dict[int, Mention]) -> list[Token]:
    """Common nouns the parse says of a mention other than its own children: the noun it is the
    apposition of ("two strategists, X and Y", also through coordination), the subject of an
    inverted copula ("the latest candidate was X"), an object complement ("called X a Y")."""
    out: list[Token] = []
    anchor = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else tok
    if by_root.get(tok.i) is not None and by_root[tok.i].type == "GROUP":
        return out
    if anchor.dep_ == "appos" and _descriptive(anchor.head) and _free(anchor.head, by_root):
        out.append(anchor.head)
    elif _comma_conj(tok) and _descriptive(tok.head) and _free(tok.head, by_root):
        out.append(tok.head)  # "The chairman of the committee, Representative X, said": an apposition
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and not _negated(tok.head):
        out += [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and _free(c, by_root)]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in NAMING_LEMMAS:
        out += [c for c in tok.head.children if c.dep_ in ("oprd", "attr", "npadvmod", "dobj", "xcomp")
                and c.i != tok.i and c.pos_ in ("NOUN", "PROPN") and _free(c, by_root)]
    return out


def _comma_conj(tok: Token) -> bool:
    """A name the parser coordinated with a description before it with a comma and no "and"/"or"
    ("The chairman of X, Representative Y, said"): an apposition in fact."""
    if tok.dep_ != "conj" or tok.head.i > tok.i or tok.pos_ != "PROPN" or tok.head.pos_ != "NOUN":
        return False
    between = tok.doc[tok.head.i + 1 : tok.left_edge.i]
    return any(t.text == "," for t in between) and not any(c.dep_ == "cc" for c in tok.head.children)


def _appositions(tok: Token) -> list[Token]:
    """A noun's appositions, through a name the parser put between ("X, the WHO's (WHO) director")."""
    out = [c for c in tok.children if c.dep_ == "appos"]
    out += [g for c in out if c.pos_ == "PROPN" for g in c.children if g.dep_ == "appos"]
    return out


#: Children that make a common noun a description ("a former aide", "two strategists", "aide to X").
DESCRIPTIVE_DEPS = frozenset("det poss nummod amod prep".split())


def _participle_led(tok: Token) -> bool:
    """A noun the parser made an apposition though a participle with its own phrase opens it ("X,
    dressed in a blue tie, blue shirt and a suit, looked ..."): what X wore, not what X is."""
    first = tok.doc[_np_range(tok)[0]]
    return first.pos_ == "VERB" and any(c.dep_ in ("prep", "dobj", "agent") for c in first.children)


def _descriptive(tok: Token) -> bool:
    """Whether a noun in apposition describes its actor: a common noun with a determiner, a
    possessor, a number, an adjective or a prepositional phrase, or an office ("spokesman");
    not a bare list item the parser called an apposition ("Mueller conflicts", "(R)")."""
    if tok.lower_ == "one" and tok.pos_ == "NUM":  # "X, one of the pope's advisers": a member of a described group
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.pos_ != "NOUN":
        return False
    return tok.lemma_.lower() in ROLE_NOUNS or any(c.dep_ in DESCRIPTIVE_DEPS for c in tok.children)


def _same_place(ent: SpacySpan, name: str) -> bool:
    """Whether an alias is another name of the same place ("Britain" for "United Kingdom"), not the
    place standing for a body ("Washington" for "United States government", whose canonical name
    ends in a common noun): only the latter describes the actor by something else."""
    return ent.label_ == "GPE" and name.split()[-1][:1].isupper()


def _own_name(surface: str, name: str) -> bool:
    """Whether a people's surface is just its name ("Democrats", "the Americans" of "Americans"): the
    name says who, not what they are; a plural made of another name ("the Turkeys") does describe."""
    return label_key(re.sub(r"^(?i:the)\s+", "", surface)) == label_key(name)


def _abbreviates(surface: str, name: str) -> bool:
    """Whether a surface is the name's abbreviation ("US", "U.S.A." of "United States"): not a label."""
    short = surface.replace(".", "")
    initials = _initials(name)
    return short.isupper() and len(initials) >= 2 and (short.startswith(initials) or initials.startswith(short))


def _part_of_name(surface: str, name: str) -> bool:
    """Whether a surface is the name or part of it ("Trump", "Mr. Trump" of "Donald Trump"): not an alias label."""
    words = set(re.findall(r"\w+", name.lower()))
    said = [w for w in re.findall(r"\w+", TITLES.sub("", re.sub(r"^(?i:the)\s+", "", surface)).lower()) if w != "s"]
    return bool(said) and set(said) <= words


def _np_range(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase a noun heads: its left modifiers plus compounds and 'of X'; not
    its possessor ("X's adviser" describes by "adviser"; X is an actor of its own) nor a parenthesis."""
    lefts = [c for c in tok.lefts if c.dep_ not in ("cc", "conj", "punct", "advmod", "poss") and c.left_edge.text != "("]
    start = min([tok.i] + [c.left_edge.i for c in lefts])
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ == "of"):
            end = c.right_edge.i + 1
    return start, end


#: Longest description (tokens) that keeps its prepositional phrases and clauses ("the party chairman
#: for Bibb County", "a website run by X"); a longer one keeps its head noun phrase only.
MAX_DESCRIPTION_TOKENS = 12
#: A relative clause is a statement about the actor more than a name for it: kept only in a short label.
MAX_CLAUSE_DESCRIPTION_TOKENS = 8
#: Right-hand modifiers a description may keep: prepositional phrases, participles, relative clauses.
DESCRIPTION_TAILS = frozenset(("prep", "acl", "relcl"))


def _description_range(tok: Token) -> tuple[int, int]:
    """Token range of a description said of an actor (apposition, copular or inverted predicate): the
    noun phrase with the prepositional phrases and clauses that follow it ("a reporter for The
    Toronto Star", "the top Democrat on the Judiciary Committee"), each kept while the whole stays
    within MAX_DESCRIPTION_TOKENS and nothing but those modifiers lies between."""
    start, end = _np_range(tok)
    for c in sorted(tok.rights, key=lambda c: c.i):
        if c.i < end:
            continue
        cap = MAX_CLAUSE_DESCRIPTION_TOKENS if c.dep_ == "relcl" else MAX_DESCRIPTION_TOKENS
        if c.dep_ not in DESCRIPTION_TAILS or c.left_edge.i != end or c.right_edge.i + 1 - start > cap:
            break
        end = c.right_edge.i + 1
    while end > start + 1 and tok.doc[end - 1].is_punct:
        end -= 1
    return start, end


# ---------------------------------------------------------------- merging


def label_key(text: str) -> str:
    """The one rule for when two actor labels are the same label: case, curly apostrophes
    and spacing do not count. Used per document (aggregate) and across documents
    (label_table, compare.framing)."""
    return " ".join(text.lower().replace("’", "'").split())


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def merge_names(names: Iterable[str], table: AliasTable) -> dict[str, str]:
    """name -> canonical: acronyms to the name they abbreviate (the first one in the text, so the
    result does not depend on hash order); bare 'government forces' to the page's only national one."""
    names = list(dict.fromkeys(names))
    out = {n: n for n in names}
    for n in names:
        if n.isupper() and 2 <= len(n) <= 6 and not table.canonical(n):
            for other in names:
                if other != n and _initials(other) == n:
                    out[n] = other
                    break
    for n in names:  # a surname alone is the one full name that ends with it ("Lavrov" -> "Sergey Lavrov")
        if " " not in n and n[:1].isupper() and out[n] == n:
            full = [o for o in names if o != n and o.split()[-1] == n and len(o.split()) <= 4]
            if len(full) == 1:
                out[n] = full[0]
    national = [n for n in names if n.endswith(" government forces")]
    if len(national) == 1 and "government forces" in names:
        out["government forces"] = national[0]
    return out


def aggregate(mentions: list[Mention], table: AliasTable) -> list[Actor]:
    """Canonical actors with mention counts, aliases and counted labels."""
    rename = merge_names((m.actor for m in mentions), table)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    places: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, set[str]] = defaultdict(set)
    # label key -> [text, count, scare_quoted, so_called, where], updated in place
    labels: dict[str, dict[tuple[str, str], list[Any]]] = defaultdict(dict)
    for m in mentions:
        name = rename.get(m.actor, m.actor)
        counts[name] += 1
        places[name][m.where] += 1
        types[name][m.type] += 1
        surfaces[name].add(m.surface.strip(OPEN_QUOTES + CLOSE_QUOTES + " "))
        for text, quoted, so_called, _s, _e in m.labels:
            key = (label_key(text), m.where)
            entry = labels[name].setdefault(key, [text, 0, False, False, m.where])
            entry[1] += 1
            entry[2] = entry[2] or quoted
            entry[3] = entry[3] or so_called
    actors = []
    for name, n in counts.most_common():
        typ = next((t for t, _ in types[name].most_common() if t != "GROUP"), "GROUP")
        labs = tuple(
            ActorLabel(label=e[0], count=e[1], scare_quoted=e[2], so_called=e[3], where=e[4])
            for e in sorted(labels[name].values(), key=lambda e: (e[4] != "body", -e[1], e[0].lower()))
        )
        aliases = tuple(sorted(a for a in surfaces[name] if a and a != name))
        actors.append(Actor(name=name, type=typ, mentions=n, labels=labs, aliases=aliases,
                            mentions_in=tuple(sorted(places[name].items()))))
    return actors


# ---------------------------------------------------------------- analyzer


class ActorsAnalyzer:
    """Fills doc.actors (and the actor_mentions span layer) from title, body and comments."""

    name: ClassVar[str] = "actors.v1"

    def __init__(self, aliases: str | Path | None = None, packs: Sequence[str] = DEFAULT_PACKS) -> None:
        self.table = load_aliases(aliases, packs)
        self.name_calling = lexicons.name_calling_words()

    @classmethod
    def from_config(cls, config: RunConfig) -> ActorsAnalyzer:
        """The analyzer with the run's alias file and domain packs."""
        return cls(aliases=config.aliases, packs=config.packs)

    def mentions(self, doc: Document, parsed: ParsedDocument) -> list[Mention]:
        finder = _MentionFinder(self.table, self.name_calling)
        found: list[Mention] = []
        if parsed.title is not None:
            found += finder.find(parsed.title, "body", body=False)
        assert parsed.body is not None  # parse_documents parses every body
        found += finder.find(parsed.body, "body", body=True)
        for sc in parsed.comments:
            found += finder.find(sc, "comments", body=False)
        return found

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None:
        context = context if context is not None else BatchContext()
        for doc, parsed in zip(docs, context.parsed(docs, comments=True)):
            found = self.mentions(doc, parsed)
            doc.actors = aggregate(found, self.table)
            rename = merge_names((m.actor for m in found), self.table)
            spans = [
                Span(m.start, m.end, rename.get(m.actor, m.actor), None, self.name, attrs={"surface": m.surface})
                for m in found
                if m.start is not None and m.end is not None
            ]
            doc.add_spans("actor_mentions", spans, self.name)
            doc.add_spans("actor_labels", label_spans(found, rename, self.name), self.name)
            doc.analyzers["actors"] = self.name


def label_spans(found: Sequence[Mention], rename: dict[str, str], analyzer: str) -> list[Span]:
    """Each body label use as a span of the body (label = the actor it is attached to), so that
    it can be shown as evidence and stamped with whose words it is."""
    out = []
    for m in found:
        if m.start is None or m.actor == "unspecified":
            continue  # titles and comments: offsets index another text; an insult said of nobody named
        for text, quoted, so_called, s, e in m.labels:
            attrs = {"text": text, "in": m.where, "scare_quoted": quoted, "so_called": so_called}
            out.append(Span(s, e, rename.get(m.actor, m.actor), None, analyzer, attrs=attrs))
    return out


# ---------------------------------------------------------------- corpus level


def label_table(docs: Iterable[Document], top: int | None = None) -> list[dict[str, Any]]:
    """Rank each actor's labels per outlet across a corpus.

    Rows: outlet, actor, label, count (summed over the outlet's documents), share (of that
    actor's label uses in that outlet), documents (how many used it), rank (1 = most used),
    scare_quoted / so_called (ever). Documents without outlet count under their source's domain-less "unknown".
    """
    # label key -> [label, count, documents, scare_quoted, so_called], updated in place
    acc: dict[tuple[str, str], dict[str, list[Any]]] = defaultdict(dict)
    for doc in docs:
        outlet = doc.outlet or "unknown"
        for actor in doc.actors:
            for lab in actor.labels:
                key = label_key(lab.label)
                e = acc[(outlet, actor.name)].setdefault(key, [lab.label, 0, 0, False, False])
                e[1] += lab.count
                e[2] += 1
                e[3] = e[3] or lab.scare_quoted
                e[4] = e[4] or lab.so_called
    rows: list[dict[str, Any]] = []
    for (outlet, actor_name), labs in sorted(acc.items()):
        total = sum(e[1] for e in labs.values())
        ranked = sorted(labs.values(), key=lambda e: (-e[1], e[0].lower()))
        for rank, e in enumerate(ranked[:top] if top else ranked, 1):
            rows.append(
                {
                    "outlet": outlet,
                    "actor": actor_name,
                    "label": e[0],
                    "count": e[1],
                    "share": round(e[1] / total, 4) if total else 0.0,
                    "documents": e[2],
                    "rank": rank,
                    "scare_quoted": e[3],
                    "so_called": e[4],
                }
            )
    return rows
