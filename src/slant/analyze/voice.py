"""voice.v1: whose words each span is: the outlet's own, or a source it quotes.

A page that quotes CNN in order to attack it must not be charged with CNN's loaded
words, and a label a senator uses is the senator's, not the paper's. This analyzer
finds the page's quotes and stamps every span of the other layers with it:

- direct quotes: text between double quotes (curly or straight, paired by a scan that stays
  within a paragraph, so one unmatched mark cannot shift every later pair) or between a ‘ that opens
  a word and a ’ that ends one (a possessive ’s is never a quote);
- reported speech: the complement clause of a reporting verb ("X said (that) ...",
  "..., CBP said", "X testified that ...") and the clause an "according to X" phrase governs;
- embedded posts copied as text ("Text\npic.twitter.com/x — Name (@handle) May 2, 2020"): a
  direct quote of the account holder (`embedded_posts`).

The speaker is read from the dependency parse: the subject of the reporting verb that
governs the quote ("X told Y", "X wrote", "saying ..." climbs to the verb it hangs on),
the subject of the clause a colon closes ("X had a blunt reply: '...'"), "according to X",
or, for a quote with no reporting verb of its own right after a quote, that quote's speaker.
A verb with no subject shares one only through "and", as a participle ("X apologized,
writing '...'") or as an infinitive ("they continue to claim"); a root reporting verb the parser
left subjectless takes the name that opens its sentence. A pronoun speaker resolves to the latest
subject of a main clause of the right kind (he/she: a person; they/it: a body), not to a party
inside someone's report nor to a possessor; a description with a name in apposition ("His lawyer,
X, said") speaks by that name; the passive subject of "told" is the hearer, not a speaker; one
unnamed person ("a White House official") names nobody. A quote continues the previous speaker
only when no clause about someone else stands between them. A common-noun speaker counts only when it names someone: a name, an institution
("a government statement") or a possessor inside it ("her mother"), the named actor actors.v1
resolved it to ("the former vice president"), or, for "the <person noun>", the person "he"/"she"
would be; "several lawmakers" and "a poll" name nobody. A document speaks for whoever issued it
("the letter from X", "a Des Moines Register poll", "the report" after "X said in a report"), and
an identified one with no issuer named ("That cable warned ...") for itself; "the site" for the name an earlier
"a website" stood in apposition with; "they" for an institution ("the state police") acting after
the last named body; a pronoun in a subordinate clause binds inside its sentence when that
sentence's main subject is of another kind. A participle after a preposition ("after telling
reporters that ...") shares the subject of the verb the phrase hangs on; "made (it) clear that"
reports its clause, and "(when) asked if ..., X said" is a question put to X by nobody named; a sentence-final "..., X said." the parser hung under the clause it reports
still reports it. A quote with no speaker whose words recur in a named speaker's quote is that
speaker's (a headline's 'Senator: "..."' repeats the body), and a reported clause by one unnamed
person ("a senator is saying ...") takes the speaker so found for a quote inside it. A capitalised reporting verb the tagger
glued onto a name ("..., Loomer Tweeted.") still reports, with that name as its subject; a complement
before its verb that reports a clause of its own ("The office maintains that A, he answered B") is the
earlier speaker's, and words quoted inside a report with no verb of their own are that reporter's. With none,
the speaker is null rather than a guess.

Output: the `quotes` span layer (label "direct" | "reported", attrs source (or None),
source_span [start, end] of the speaker's name, verb) and, on every span of the layers in
`STAMPED_LAYERS`, attrs voice = "outlet" | "quoted" and source (the speaker) when quoted.
It runs last (it reads every other analyzer).
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from slant.analyze.base import BatchContext
from slant.config import RunConfig
from slant.document import Document, Span
from slant.nlp.spacy_runtime import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

#: Lemmas of verbs that report speech or writing.
REPORTING_LEMMAS = frozenset(
    "say tell report claim confirm announce cite quote state add note warn insist allege deny reveal declare "
    "assert stress explain admit estimate acknowledge argue write tweet accuse disclose indicate suggest "
    "continue conclude reply respond ask urge call describe post answer complain reiterate read "
    "testify maintain contend teach pledge vow promise".split()
)
#: Irregular forms of reporting verbs, for `verb_lemma` on a verb the tagger read as a name.
_IRREGULAR_FORMS = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "writes": "write"}


def _form_lemma(word: str) -> str | None:
    """The reporting lemma an inflected form belongs to ("tweeted" -> "tweet", "replies" -> "reply")."""
    low = word.lower()
    if low in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[low]
    for cut, add in (("ied", "y"), ("ies", "y"), ("ted", "t"), ("ed", ""), ("d", ""), ("s", ""), ("ed", "e")):
        if low.endswith(cut) and (low[: -len(cut)] + add) in REPORTING_LEMMAS:
            return low[: -len(cut)] + add
    return None


def verb_lemma(tok: Token) -> str:
    """A token's lemma, lower-cased; a capitalised reporting verb the tagger read as the last word of
    the name before it ("Loomer Tweeted.", "X Said") counts as that verb."""
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.text[:1].isupper() and tok.doc[tok.i - 1].ent_type_ == "PERSON":
        lemma = _form_lemma(tok.text)
        if lemma is not None and tok.lower_ != lemma and (tok.i + 1 == len(tok.doc) or not tok.doc[tok.i + 1].text[:1].isalpha()):
            return lemma
    return tok.lemma_.lower()


def misread_verb(tok: Token) -> bool:
    """Whether a proper noun is a reporting verb the tagger glued onto a name ("Loomer Tweeted")."""
    return tok.pos_ == "PROPN" and verb_lemma(tok) != tok.lemma_.lower()


#: Of those, the ones that take a reported clause (not "call X Y", "describe").
CLAUSE_LEMMAS = REPORTING_LEMMAS - frozenset("call describe continue ask urge quote cite read pledge vow promise".split())
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
PERSON_PRONOUNS = frozenset("he she".split())
#: Entity types that name a speaker.
NAMED_TYPES = frozenset(("PERSON", "ORG", "GPE", "NORP"))
#: Common nouns that name a body by its office: "a government statement", "the ministry said" name a speaker.
INSTITUTION_NOUNS = frozenset(
    "government ministry army military police court parliament congress senate council commission agency "
    "presidency cabinet administration embassy department regime".split()
)
#: Things that "say" without being a speaker: "a poll said", "the statement says" name nobody.
DOCUMENT_NOUNS = frozenset(
    "poll survey statement report study letter document post tweet article video story cable memo indictment".split()
)
#: Their singular and plural forms as written ("Tweet", "polls").
DOCUMENT_FORMS = DOCUMENT_NOUNS | frozenset(n + "s" for n in DOCUMENT_NOUNS)
OTHER_PRONOUNS = frozenset("it they we i".split())
#: Determiners of someone not identified: "a White House official said" names nobody.
INDEFINITE = frozenset("a an some several many".split())
#: Common nouns for a publication: "the site said", "the paper reported" speak for the outlet named before.
OUTLET_NOUNS = frozenset("site website paper newspaper outlet network channel magazine tabloid broadcaster".split())
RELATIVE = frozenset("who which that".split())
#: Layers whose spans get a voice (claims carry it through attributed_to).
STAMPED_LAYERS = ("techniques", "loaded_terms", "actor_labels", "actor_mentions")
#: A quote with no speaker of its own continues the previous one when it starts this close to it (characters).
CONTINUATION_GAP = 300
_SINGLE = re.compile(r"(?<![\w’'])‘([^‘’]{1,600}?)’(?!\w)")


@dataclass
class Quote:
    """A quoted stretch of text and who said it."""

    start: int
    end: int
    kind: str  # "direct" | "reported"
    source: str | None = None
    source_span: tuple[int, int] | None = None
    verb: str | None = None
    text: str = dataclasses.field(default="", repr=False, compare=False)  # the quoted words (for repetitions)


#: Characters after which a straight double quote opens a quote ("...said: "X"", "("X")").
_OPENS_AFTER = frozenset("([{—–-/:,;")


def _straight_role(text: str, i: int) -> str:
    """Whether a straight double quote at i opens ("open"), closes ("close") or is unclear ("either"):
    one after a space or an opening bracket, before a word, opens; one after a word, before a space
    or punctuation, closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _double_quotes(text: str) -> list[tuple[int, int]]:
    """Ranges inside double quotes, paired by a left-to-right scan that never runs past a paragraph:
    an unmatched mark (a typo, a quote that runs on into the next paragraph) cannot shift the pairing
    of every later quote, as a regex pairing marks two by two does. A quote whose paragraph (or line)
    ends unclosed and whose next paragraph opens a new one is the convention for a quote of several
    paragraphs: each paragraph is a quote of its own."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in re.finditer(r'[“”"]|\n', text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            if open_at is not None and text[i : i + 2] == "\n\n" and text[i + 2 : i + 3] not in "“\"":
                open_at = None  # a paragraph ends with an unclosed quote: no quote
            continue
        role = "open" if ch == "“" else "close" if ch == "”" else _straight_role(text, i)
        if open_at is not None and role == "open" and "\n" in text[open_at:i]:
            end = text.rindex("\n", open_at, i)
            if end - open_at > 1:
                out.append((open_at + 1, end))  # the previous paragraph's quote ran to its end
            open_at = i
        elif open_at is not None and role in ("close", "either") and i - open_at <= 3000:
            if i > open_at + 1:
                out.append((open_at + 1, i))
            open_at = None
        elif role in ("open", "either"):
            open_at = i
    return out


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the words inside double quotes, and single-quoted words outside them."""
    spans = _double_quotes(text)
    for m in _SINGLE.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(1), m.end(1)))
    return sorted(spans)


#: Each live parsed Doc's token start offsets (weak keys, as spacy_runtime keeps texts).
_STARTS: weakref.WeakKeyDictionary[Doc, list[int]] = weakref.WeakKeyDictionary()


def _token_starts(sdoc: Doc) -> list[int]:
    """Each token's character offset, ascending; computed once per Doc."""
    starts = _STARTS.get(sdoc)
    if starts is None:
        starts = _STARTS[sdoc] = [t.idx for t in sdoc]
    return starts


def _tokens_in(sdoc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start in [start, end): a bisection, not a walk over the whole text per quote."""
    starts = _token_starts(sdoc)
    return list(sdoc[bisect_left(starts, start) : bisect_left(starts, end)])


def _name_range(tok: Token) -> tuple[int, int]:
    """Token range of the name a speaker token heads: compounds, titles and modifiers, "of X"."""
    left, right = tok.i, tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "det"):
            left = min(left, c.left_edge.i)
    for c in tok.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ == "of"):
            right = max(right, c.right_edge.i)
    doc = tok.doc
    while left < right and (doc[left].dep_ == "det" or doc[left].is_punct):
        left += 1
    if right - left > 8:
        left = tok.i
    return left, right + 1


#: How far (tokens) before the last named sentence a subject may stand to be a pronoun's antecedent.
ANTECEDENT_TOKENS = 60


class RangeCover:
    """Whether a character offset falls in any of some ranges (they may overlap), by bisection:
    the ranges sorted by start, and the furthest end reached by each prefix."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def covers(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and self._reach[i] > offset


#: A named actor's mention: (start, end) in the text and the actor's name (actors.v1's actor_mentions).
ActorMention = tuple[int, int, str]


class Speakers:
    """Resolves a speaker token to (name, char span): pronouns to the closest named antecedent, a
    common noun ("the former vice president") to the named actor actors.v1 says it denotes, and to
    nobody when none is named ("officials said", "a poll said")."""

    def __init__(self, sdoc: Doc, mentions: Sequence[ActorMention] = ()) -> None:
        self.sdoc = sdoc
        self.mentions = [m for m in mentions if m[2][:1].isupper()]  # named actors, not "armed groups"
        inside_quote = RangeCover(direct_spans(text_of(sdoc)))
        names = list(sdoc.ents) + _surnames(sdoc)
        self.ents = sorted(  # a name inside a quote is not who speaks after it
            (e for e in names if e.label_ in ("PERSON", "ORG", "GPE", "NORP") and not inside_quote.covers(e.start_char)),
            key=lambda e: e.start,
        )
        self._ends = [e.end for e in self.ents]  # ascending: entities do not overlap

    def resolve(self, tok: Token) -> tuple[str, tuple[int, int]] | None:
        low = tok.lower_
        if low in RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Fox, who said ..." -> Fox
            low = tok.lower_
        if low in PERSON_PRONOUNS or low in OTHER_PRONOUNS:
            return self._antecedent(tok, PRONOUN_KINDS.get(low, ("ORG", "GPE", "NORP", "PERSON")))
        if tok.pos_ not in ("PROPN", "NOUN"):
            return None
        if (
            (tok.pos_ == "PROPN" or tok.lemma_.lower() in DOCUMENT_NOUNS) and tok.lower_ in DOCUMENT_FORMS
            and not tok.ent_type_ and not any(t.lower_ in INSTITUTION_NOUNS for t in self.sdoc[slice(*_name_range(tok))])
        ):
            return self._described(tok)  # "another Tweet by X", "a Des Moines Register poll": its issuer or nobody
        named_appos = appositive_name(tok)
        if named_appos is not None:  # "His lawyer, Ronald Daigle, said": the name, not the description
            tok = named_appos
        s, e = _name_range(tok)
        span = self.sdoc[s:e]
        institution = any(t.lower_ in INSTITUTION_NOUNS for t in span)
        if tok.pos_ == "NOUN" and not institution and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            return None  # "a White House official said", "a spokeswoman for X said": one person, unnamed
        named = any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES or t.lower_ in INSTITUTION_NOUNS for t in span)
        named = named or any(c.dep_ == "poss" for c in tok.children)  # "her mother": one known person
        if tok.pos_ == "NOUN" and not named:
            return self._described(tok)
        return span.text, (span.start_char, span.end_char)

    def _antecedent(self, tok: Token, want: tuple[str, ...]) -> tuple[str, tuple[int, int]] | None:
        """The closest named entity of the wanted types before `tok` outside quotes, preferring a
        subject of the last named sentence."""
        before = [e for e in self.ents[: bisect_right(self._ends, tok.i)] if e.label_ in want]
        if not before:
            return None
        # a subject in the last named sentence or up to ANTECEDENT_TOKENS before it; an entity that
        # starts before that cannot be in such a sentence, so the sentence of each is not looked up
        sent = tok.sent
        body = self._body_before(tok, before[-1]) if tok.lower_ == "they" else None
        if body is not None:
            return body
        same = [e for e in before if e.start >= sent.start]
        if same and tok.head.i != sent.root.i and not any(e.root.dep_ in SUBJECT_DEPS and e.root.head.i == sent.root.i for e in same):
            # "X admitted Y, although he has said ...": bound inside its sentence when it heads no main clause
            ent = same[-1]
            return ent.text, (ent.start_char, ent.end_char)
        floor = before[-1].sent.start - ANTECEDENT_TOKENS
        subjects = [e for e in before if e.start >= floor and e.root.dep_ in SUBJECT_DEPS and e.sent.start >= floor]
        main = [e for e in subjects if _main_clause(e.root.head)]
        # the subject of a main clause is the topic a pronoun continues, not a party inside a report
        # ("X told Y that Z was guilty. 'Quote,' he said": X) nor a possessor or an object
        ent = main[-1] if main else subjects[-1] if subjects else before[-1]
        return ent.text, (ent.start_char, ent.end_char)

    def _body_before(self, tok: Token, last_named: SpacySpan) -> tuple[str, tuple[int, int]] | None:
        """For "they": an institution named by its office ("the state police", "the ministry") that acts
        in this or the previous sentence after the last named body ("... was conducted by local and
        state police, and yet, they continue to claim"): the closer one is what "they" continues."""
        prev_start = self.sdoc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        for t in reversed(self.sdoc[max(last_named.end, prev_start) : tok.i]):
            by_agent = t.dep_ == "pobj" and t.head.dep_ == "agent"
            if t.pos_ == "NOUN" and t.lemma_.lower() in INSTITUTION_NOUNS and (t.dep_ in SUBJECT_DEPS or by_agent):
                s, e = _name_range(t)
                span = self.sdoc[s:e]
                return span.text, (span.start_char, span.end_char)
        return None

    def _described(self, tok: Token) -> tuple[str, tuple[int, int]] | None:
        """A common-noun speaker: the named actor actors.v1 resolved it to; else, for "the <person
        noun>" ("the communications pro"), the person a "he"/"she" there would be; else nobody."""
        for start, end, name in self.mentions:
            if start <= tok.idx < end:
                return name, (start, end)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            definite = definite or any(c.dep_ == "det" and c.lower_ == "that" for c in tok.children)  # "That cable"
            issuer = self._issuer(tok, definite)
            if issuer is None and definite and tok.tag_ == "NN" and tok.dep_ in SUBJECT_DEPS:
                # "That cable warned ...", "the indictment said": a document the text has identified,
                # with no issuer named, speaks for itself
                s, e = _name_range(tok)
                start = min([c.i for c in tok.children if c.dep_ == "det"] + [s])
                span = self.sdoc[start:e]
                return span.text, (span.start_char, span.end_char)
            return issuer
        if definite and tok.tag_ == "NN" and tok.lemma_.lower() in OUTLET_NOUNS:
            described = self._earlier_apposition(tok, OUTLET_NOUNS)  # "X.com, a website run by ...": X.com
            return described or self._antecedent(tok, ("ORG",))  # "the site said": the outlet named before
        if definite and tok.tag_ == "NN" and tok.lemma_.lower() not in DOCUMENT_NOUNS:
            return self._antecedent(tok, ("PERSON",))
        return None


    def _issuer(self, tok: Token, definite: bool) -> tuple[str, tuple[int, int]] | None:
        """Who a document speaks for: the body named with it ("the letter from the Home Office", "a
        report by X"), or, for "the report", the one an earlier mention of that document named ("X
        said in a report", "X released a report", "X's report"); nobody when none is named."""
        names = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "PERSON", "GPE")]
        if names:  # "a Des Moines Register poll", "a Pew survey": the name the document is compounded with
            s, e = _name_range(names[-1])
            span = self.sdoc[s:e]
            return span.text, (span.start_char, span.end_char)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.lower_ not in OTHER_PRONOUNS | PERSON_PRONOUNS:
                    return self.resolve(obj)
        if not definite:
            return None
        lemma = tok.lemma_.lower()
        for t in reversed(self.sdoc[max(0, tok.i - ISSUER_TOKENS) : tok.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            s, e = _name_range(t)
            if any(x.pos_ == "PROPN" or x.dep_ == "poss" and x.pos_ != "PRON" for x in self.sdoc[s:e] if x.i != t.i):
                return self.resolve(t)  # "The White House report", "the agency's report"
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "with") else t.head if t.dep_ == "dobj" else None
            subj = _own_subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.lower_ not in OTHER_PRONOUNS | PERSON_PRONOUNS:
                return self.resolve(subj)
            if t.i != tok.i:
                found = self._issuer(t, False)
                if found is not None:
                    return found
        return None

    def _earlier_apposition(self, tok: Token, nouns: frozenset[str]) -> tuple[str, tuple[int, int]] | None:
        """The name an earlier noun of the same kind stood in apposition with ("X.com, a website ...")."""
        for t in reversed(self.sdoc[max(0, tok.i - ISSUER_TOKENS) : tok.i]):
            if t.lemma_.lower() in nouns and t.dep_ == "appos" and t.head.text[:1].isupper() and t.head.pos_ != "PRON":
                s, e = _name_range(t.head)
                span = self.sdoc[s:e]
                return span.text, (span.start_char, span.end_char)
        return None


#: How far back (tokens) "the report" looks for the mention that named who issued it.
ISSUER_TOKENS = 400

#: The entity kinds a pronoun subject can stand for: "they" is a group or a body, not one person.
PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("PERSON",), "she": ("PERSON",), "they": ("ORG", "GPE", "NORP"), "it": ("ORG", "GPE", "NORP"),
}


def _surnames(sdoc: Doc) -> list[SpacySpan]:
    """A person's last name standing alone where the tagger found no entity ("Bryant, a former
    minister, said" after "Chris Bryant"): a PERSON span, so that a pronoun can stand for it."""
    from spacy.tokens import Span as SpacySpan

    last = {e[-1].text for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1}
    return [
        SpacySpan(sdoc, t.i, t.i + 1, label="PERSON")
        for t in sdoc
        if t.text in last and not t.ent_type_ and t.pos_ == "PROPN"
    ]


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence (or is joined to the head by "and"), or reports speech: its
    subject is what the text is about, not a party inside what someone said ("X said Y was guilty")."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "ROOT" or cur.lemma_.lower() in REPORTING_LEMMAS


def appositive_name(tok: Token) -> Token | None:
    """The name a common-noun speaker is in apposition with ("His lawyer, Ronald Daigle, said",
    "The chairman of X, Representative Y, said", which the parser may take for coordination)."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        after_comma = any(t.text == "," for t in tok.doc[tok.i + 1 : c.i])
        if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and after_comma:
            return c
    return None


#: How many verbs up a subjectless verb may look for the subject it shares.
SHARED_SUBJECT_STEPS = 4


#: Verbs whose passive subject is the one spoken to ("we're told ...", "he was asked ..."), never the speaker.
HEARER_LEMMAS = frozenset("tell ask inform".split())


def _own_subject(verb: Token) -> Token | None:
    if misread_verb(verb):  # "Loomer Tweeted": the name it was glued onto
        return next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS | {"compound", "npadvmod"} and c.ent_type_ == "PERSON"), None)
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subj and subj[0].dep_ == "nsubjpass" and verb.lemma_.lower() in HEARER_LEMMAS:
        return None
    if subj:
        return subj[0]
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agent[0] if agent else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares: a second verb joined by "and" ("X apologized and
    said ...") takes the first one's; a participle ("..., writing '...'") the one of the verb it
    hangs on. A verb glued on with no conjunction (often a misparse) shares nothing."""
    cur = verb
    for _ in range(SHARED_SUBJECT_STEPS):
        subj = _own_subject(cur)
        if subj is None and cur.head.i == cur.i:
            return _opening_name(cur)
        if subj is not None:
            return subj
        joined = cur.dep_ == "conj" and any(c.dep_ == "cc" and c.i < cur.i for c in cur.head.children)
        if cur.tag_ == "VBG" and cur.dep_ == "pcomp":  # "(a day) after telling reporters ...": the verb the phrase hangs on
            cur = _verb_above(cur)
            continue
        participle = cur.tag_ in ("VBG", "VBN") and cur.dep_ in ("advcl", "xcomp", "conj", "acl")
        infinitive = cur.dep_ == "xcomp"  # "they continue to claim ...": the subject of "continue"
        if not (joined or participle or infinitive):
            return None
        cur = cur.head
    return None


def _verb_above(tok: Token) -> Token:
    """The closest verb above a token (through a preposition and the noun it may hang on), or the token."""
    cur = tok.head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else tok
        cur = cur.head
    return tok


def _opening_name(root: Token) -> Token | None:
    """The name that opens a sentence whose main verb the parser left without a subject ("Kristian
    Saucier, a sailor who ..., says that ..." after a long apposition): that name is its subject."""
    first = root.sent[0]
    if first.i >= root.i or first.pos_ != "PROPN" or first.ent_type_ not in NAMED_TYPES or root.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    if any(c.dep_ in SUBJECT_DEPS | {"expl"} for c in root.children):
        return None  # a passive or expletive subject of its own
    head = first
    while head.head.i != head.i and head.dep_ in ("compound", "flat") and head.head.ent_type_ == first.ent_type_:
        head = head.head
    return head


def _reporting_ancestor(tok: Token, inside: range) -> tuple[Token, Token] | None:
    """(verb, subject) of the closest reporting verb above `tok` that has a subject outside the quote;
    a verb with no subject ("saying ...") hands on to the verb it hangs on."""
    cur = tok
    for _ in range(12):
        if verb_lemma(cur) in REPORTING_LEMMAS and cur.i not in inside:
            subj = _subject(cur)
            if subj is not None and subj.i not in inside:
                return cur, subj
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _verb_in_sentence(sdoc: Doc, start: int, end: int) -> tuple[Token, Token] | None:
    """A reporting verb outside the quote in the sentences the quote touches ('"...," Rice added.')."""
    toks = _tokens_in(sdoc, start, end)
    if not toks:
        return None
    inside = range(toks[0].i, toks[-1].i + 1)
    after = sdoc[min(toks[-1].i + 2, len(sdoc) - 1)]  # the attribution may be parsed as a sentence of its own
    for sent in sorted({t.sent for t in (toks[0], toks[-1], after)}, key=lambda s: s.start):
        for t in sent:
            if t.i in inside or verb_lemma(t) not in REPORTING_LEMMAS:
                continue
            subj = _subject(t)
            if subj is not None and subj.i not in inside and not (sent.start > toks[-1].i and subj.i > t.i + 6):
                if sent.start > toks[-1].i + 2:
                    continue  # a later sentence that does not open right after the quote
                return t, subj
    return None


#: Longest noun phrase (tokens) that speaks alone before a colon, as in a headline ('Senator: "..."').
HEADLINE_SPEAKER_TOKENS = 4


def _colon_subject(sdoc: Doc, start: int) -> Token | None:
    """The subject of the clause a colon right before the quote closes ('X had a reply: "..."')."""
    before = text_of(sdoc)[:start].rstrip(" “\"‘")
    if not before.endswith(":"):
        return None
    colon = [t for t in _tokens_in(sdoc, len(before) - 1, len(before)) if t.idx == len(before) - 1]
    if not colon:
        return None
    root = colon[0].sent.root if colon[0].head.i == colon[0].i else colon[0].head
    opening = colon[0].sent[: colon[0].i - colon[0].sent.start]
    if 0 < len(opening) <= HEADLINE_SPEAKER_TOKENS and root in opening and root.pos_ in ("NOUN", "PROPN") \
            and not any(t.pos_ in ("VERB", "AUX") for t in opening):
        # a headline's 'Lee: "..."': the name before the colon speaks; a bare role ('Senator: "..."')
        # names nobody yet (the words' repetition in the body may, see `_repeated`)
        return root if root.ent_type_ in NAMED_TYPES else None
    for cand in (root, colon[0].sent.root):
        subj = _subject(cand)
        if subj is not None:
            return subj
    return None


def find_quotes(sdoc: Doc, mentions: Sequence[ActorMention] = ()) -> list[Quote]:
    """Direct and reported quotes of a parsed text, each with its speaker (or None); `mentions`
    (actors.v1's named actor mentions) resolve speakers named by a description."""
    speakers = Speakers(sdoc, mentions)
    out: list[Quote] = []
    text = text_of(sdoc)
    spans = direct_spans(text)
    ungoverned = set(range(len(spans)))  # quotes no reporting verb of their own takes (named or not)
    for start, end in spans:
        q = Quote(start, end, "direct", text=text[start:end])
        toks = _tokens_in(sdoc, start, end)
        found = None
        governed = False  # a reporting verb outside the quote takes it, named subject or not
        if toks:
            inside = range(toks[0].i, toks[-1].i + 1)
            anchor = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
            up = anchor.head if anchor.head.i != anchor.i else anchor
            governed = up.i not in inside and verb_lemma(up) in REPORTING_LEMMAS
            found = _reporting_ancestor(up, inside)
            found = found or _verb_in_sentence(sdoc, start, end)
        subj = found[1] if found else _colon_subject(sdoc, start)
        named = speakers.resolve(subj) if subj is not None else None
        if (
            named is None and out and out[-1].kind == "direct" and found is None and not governed
            and start - out[-1].end < CONTINUATION_GAP and not _new_subject_between(sdoc, out[-1], start)
        ):
            prev = out[-1]
            q.source, q.source_span = prev.source, prev.source_span  # a continuation of the previous quote
        elif named is not None:
            q.source, q.source_span = named
            q.verb = verb_lemma(found[0]) if found else None
        if governed and q.source is None and not (toks and up.tag_ == "VBG"):
            ungoverned.discard(len(out))  # a verb of its own took it; not a subjectless "saying" inside a report
        out.append(q)
    _repeated(out)
    out += embedded_posts(text)
    reported = _reported(sdoc, speakers, out)
    for i, q in enumerate(out):  # 'X maintains that rather than saying "yes," ...': words quoted inside X's report are X's
        if q.kind == "direct" and q.source is None and i in ungoverned:
            r = next((r for r in reported if r.source and r.start <= q.start and q.end <= r.end + 2), None)
            if r is not None:
                q.source, q.source_span, q.verb = r.source, r.source_span, r.verb
    out += reported
    return sorted(out, key=lambda q: (q.start, q.end))


#: The signature under an embedded tweet: its link, then "— Name (@handle) Month day, year".
_POST_SIGNATURE = re.compile(
    r"(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)?[—–]\s*([A-Z][^\n()@—–]{0,60}?)\s*\(@(\w{1,30})\)\s*"
    r"[A-Z][a-z]+\.? \d{1,2}, \d{4}"
)
#: The `verb` of an embedded post's quote.
POST_VERB = "post"
#: A post's text is at most this long (Twitter's limit); lines above it that would pass it are prose.
POST_CHARS = 280
#: A line above a post's last line is part of the post when it is this short or names a handle or hashtag.
POST_SHORT_LINE = 40


def embedded_posts(text: str) -> list[Quote]:
    """Embedded tweets copied as text ("Text.\npic.twitter.com/x — Name (@handle) October 6, 2017"): a
    direct quote of the account holder. The post is the line right above its signature, with the
    lines above that while they stay within POST_CHARS and look like a post (short, or with an
    @handle or #hashtag); a line ending in a colon or holding a quotation mark introduces it."""
    out: list[Quote] = []
    for m in _POST_SIGNATURE.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end - start < 3:
            continue
        while start > 1:
            prev_end = start - 1
            while prev_end > 0 and text[prev_end - 1].isspace():
                prev_end -= 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end]
            looks = len(line) <= POST_SHORT_LINE or re.search(r"[@#]\w", line)
            if not line or not looks or line.endswith(":") or any(q in line for q in "“”\"") or end - prev_start > POST_CHARS:
                break
            start = prev_start
        name = m.group(1).strip()
        out.append(Quote(start, end, "direct", source=name, source_span=(m.start(1), m.start(1) + len(name)),
                         verb=POST_VERB, text=text[start:end]))
    return out


#: Fewest words a quote must have for its repetition elsewhere to name its speaker.
REPEATED_WORDS = 2


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _repeated(quotes: list[Quote]) -> None:
    """A direct quote with no speaker whose words recur inside a quote with a named speaker is that
    speaker's: a headline or lead repeats the words the body attributes ('Senator: "Clear Danger"'
    ... '"I see a clear danger here," Lee said'). The closest such quote wins."""
    named = [(q, _words(text)) for q, text in ((q, q.text) for q in quotes) if q.source and text]
    for q in quotes:
        words = _words(q.text) if q.source is None and q.text else []
        if len(words) < REPEATED_WORDS:
            continue
        hits = [o for o, ow in named if o is not q and _run_in(words, ow)]
        if hits:
            best = min(hits, key=lambda o: abs(o.start - q.start))
            q.source, q.source_span = best.source, best.source_span


def _run_in(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _new_subject_between(sdoc: Doc, prev: Quote, start: int) -> bool:
    """Whether a clause about someone else stands between a quote and the one before it: a noun
    subject that neither reports the previous quote nor is its speaker. Then the later quote is no
    continuation ('... "impropriety" ...' after a sentence on the report is not the earlier speaker's)."""
    span = prev.source_span or (-1, -1)
    for t in _tokens_in(sdoc, prev.end, start):
        if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and not span[0] <= t.idx < span[1]:
            if t.head.lemma_.lower() not in REPORTING_LEMMAS:
                return True
    return False


def _reported(sdoc: Doc, speakers: Speakers, direct: list[Quote]) -> list[Quote]:
    """Reported speech: complements of reporting verbs and clauses governed by "according to X"."""
    out: list[Quote] = []
    in_direct = [(q.start, q.end) for q in direct]

    def add(first: Token, last: Token, subj: Token | None, verb: str) -> None:
        s, e = first.idx, last.idx + len(last)
        if any(ds <= s and e <= de for ds, de in in_direct) or e - s < 12:
            return
        named = speakers.resolve(subj) if subj is not None else None
        if named is None and subj is not None and _unnamed_one(subj):
            inner = next((q for q in direct if s <= q.start and q.end <= e and q.source), None)
            if inner is not None and inner.source and inner.source_span is not None:
                named = inner.source, inner.source_span  # 'a senator said there is a "clear danger"', those words named
        q = Quote(s, e, "reported", verb=verb)
        if named is not None:
            q.source, q.source_span = named
        out.append(q)

    for tok in sdoc:
        question = _asked_of_someone(tok)
        if question is not None:  # "(When) asked whether ..., X said": X was asked, by nobody named
            add(question.left_edge, question.right_edge, None, "ask")
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to":
            objs = [c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"]
            if not objs:
                continue
            sent = tok.sent
            rest = [t for t in sent if not (tok.i <= t.i <= objs[0].right_edge.i) and not t.is_punct]
            if rest:
                add(rest[0], rest[-1], objs[0], "according to")
            continue
        if not _reports_clause(tok) or (tok.pos_ not in ("VERB", "AUX") and not misread_verb(tok)):
            continue
        subj = _subject(tok)
        comp = [
            c for c in tok.children
            if c.dep_ in ("ccomp", "xcomp") and (c.pos_ in ("VERB", "AUX") or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
        ]  # a "that" clause is one even when the parser missed its verb ("that he'd back X")
        told = subj is None and tok.lemma_.lower() in HEARER_LEMMAS and any(c.dep_ == "nsubjpass" for c in tok.children)
        if subj is not None:  # what a speaker said never contains the speaker (a misparse)
            comp = [c for c in comp if not c.left_edge.i <= subj.i <= c.right_edge.i]
        comp = [c for c in comp if _asked_of_someone(c) is None]  # "asked if ..., X said": a question put to X
        comp = [c for c in comp if not _inverted_report(c, tok)]
        before = trailing_report(tok) if subj is not None and not comp else None
        if before is not None:  # "The agency asked X to ..., the ministry said." parsed the other way round
            add(before[0], before[1], subj, tok.lemma_)
            continue
        if (subj is None and not told) or not comp or (subj is not None and subj.lower_ == "it"):
            continue  # "we're told ..." (told) is reported speech by nobody named
        first, last = comp[0].left_edge, comp[0].right_edge
        while first.i < last.i and (first.is_punct or first.lower_ == "that" and first.dep_ == "mark"):
            first = sdoc[first.i + 1]
        while last.i > first.i and last.is_punct:
            last = sdoc[last.i - 1]
        add(first, last, subj, verb_lemma(tok))
    return out


def _asked_of_someone(verb: Token) -> Token | None:
    """The "if"/"whether" clause of an "asked" that is put to the sentence's speaker, not asked by
    anyone named: with no subject of its own ("But asked if ..., X said") or with a subject that a
    following subjectless "said" shows was the one asked ("X, asked if ..., said")."""
    if verb.lemma_.lower() != "ask" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return None  # "..., asking whether ...": the participle's subject asks
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children)), None)
    if clause is None:
        return None
    if _own_subject(verb) is None and verb.dep_ != "conj":
        return clause
    said = [c for c in verb.children if c.i > clause.right_edge.i and c.lemma_.lower() in CLAUSE_LEMMAS and _own_subject(c) is None]
    return clause if said else None


def _inverted_report(comp: Token, verb: Token) -> bool:
    """A complement before its reporting verb that reports a clause of its own, with its own subject
    ("The office maintains that A, he answered B"): the parser hung the outer report under the inner
    one's clause; the earlier verb reports what follows it, the later one reports nothing here."""
    return (
        comp.i < verb.i and _reports_clause(comp) and _own_subject(comp) is not None
        and any(g.dep_ == "ccomp" and g.i > comp.i for g in comp.children)
    )


def _reports_clause(verb: Token) -> bool:
    """A verb that reports the clause it takes: a reporting verb, or "made (it) clear that ..."."""
    if verb_lemma(verb) in CLAUSE_LEMMAS:
        return True
    return verb.lemma_.lower() == "make" and any(c.lower_ == "clear" and c.dep_ in ("acomp", "oprd", "xcomp") for c in verb.children)


def _unnamed_one(tok: Token) -> bool:
    """A singular common noun with an indefinite article: one person the text has not named yet."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def trailing_report(verb: Token) -> tuple[Token, Token] | None:
    """(first, last) token of the clause a sentence-final "..., X said." reports when the parser hung the
    reporting verb under that clause (a ccomp of the root before it) instead of the other way round."""
    subj = _own_subject(verb)
    if subj is None or verb.dep_ not in ("ccomp", "parataxis") or verb.head.i > verb.i or verb.head.dep_ != "ROOT":
        return None
    start = subj.left_edge.i
    doc = verb.doc
    if start == 0 or doc[start - 1].text != "," or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    first, last = verb.sent[0], doc[start - 2] if start >= 2 else None
    if last is None or last.i - first.i < 3:
        return None
    while first.i < last.i and (first.is_punct or first.is_space):
        first = doc[first.i + 1]
    return first, last


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The quote whose text contains the middle of [start, end): direct quotes before reported speech."""
    mid = (start + end) // 2
    covering = [q for q in quotes if q.start <= mid < q.end]
    covering.sort(key=lambda q: (q.kind != "direct", q.end - q.start))
    return covering[0] if covering else None


def stamp(span: Span, quotes: Sequence[Quote]) -> Span:
    """The span with attrs voice ("outlet" | "quoted") and, when quoted, source."""
    q = quote_at(quotes, span.start, span.end)
    attrs = dict(span.attrs)
    attrs["voice"] = "quoted" if q is not None else "outlet"
    if q is not None:
        attrs["source"] = q.source
    return dataclasses.replace(span, attrs=attrs)


def outlet_voice(spans: Sequence[Span]) -> list[Span]:
    """The spans in the outlet's own voice (unstamped spans count as the outlet's)."""
    return [s for s in spans if s.attrs.get("voice", "outlet") == "outlet"]


class VoiceAnalyzer:
    """Fills the `quotes` layer and stamps every other body span with whose words it is."""

    name: ClassVar[str] = "voice.v1"

    @classmethod
    def from_config(cls, config: RunConfig) -> VoiceAnalyzer:
        """Nothing in a RunConfig changes voice.v1."""
        return cls()

    def __call__(self, docs: Sequence[Document], context: BatchContext | None = None) -> None:
        context = context if context is not None else BatchContext()
        for doc, parsed in zip(docs, context.parsed(docs)):
            assert parsed.body is not None  # parse_documents parses every body
            mentions = [(s.start, s.end, s.label) for s in doc.spans.get("actor_mentions", []) if s.label]
            quotes = find_quotes(parsed.body, mentions)
            layer = [
                Span(q.start, q.end, q.kind, None, self.name,
                     attrs={"source": q.source, "source_span": list(q.source_span) if q.source_span else None, "verb": q.verb})
                for q in quotes
            ]
            doc.add_spans("quotes", layer, self.name)
            for name in STAMPED_LAYERS:
                if name in doc.spans:
                    doc.spans[name] = [stamp(s, quotes) for s in doc.spans[name]]
            doc.analyzers["voice"] = self.name
