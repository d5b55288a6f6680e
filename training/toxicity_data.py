"""Training data for the toxicity model: OLID, Davidson, ETHOS and a small written set,
mapped onto one label space with per-example masks.

Why masks: no dataset labels all nine targets. OLID knows offensive/targeted/
target-type but not 'threat' vs 'insult'; Davidson knows hate vs offensive;
ETHOS knows violence and target groups. A label a dataset does not define is
masked out of the loss instead of guessed. The mapping is documented in the
model card (see `MAPPING` below, which the card prints).
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from slant.analyze.toxicity_normalize import normalize
from slant.document import TOXICITY_ATTRIBUTES

ATTRS = TOXICITY_ATTRIBUTES
A_LABELS = ("NOT", "OFF")
B_LABELS = ("TIN", "UNT")
C_LABELS = ("IND", "GRP", "OTH")

#: Swear words for weak `profanity` labels (checked on normalised text). Slurs and
#: plain insults ('idiot') are not profanity in Perspective's sense.
_PROFANE = re.compile(
    r"\b(?:(?:mother)?fuck\w*|shit\w*|bullshit\w*|bitch\w*|ass|asses|asshole\w*|dumbass\w*|jackass\w*|"
    r"bastard\w*|dick\w*|cunt\w*|damn\w*|goddamn\w*|crap\w*|piss\w*|whore\w*|slut\w*|pussy|pussies|cock\w*|hoes?)\b",
    re.I,
)

#: source -> how its labels become model targets (printed in MODEL_CARD.md).
MAPPING: dict[str, list[str]] = {
    "OLID": [
        "NOT: A=NOT; all six attributes 0 (profanity masked if the swear-word list fires)",
        "OFF: A=OFF, toxic=1; severe_toxic masked",
        "OFF+UNT: B=UNT; insult=0, threat=0, identity_attack=0, profanity=1",
        "OFF+TIN: B=TIN, C=IND/GRP/OTH; insult=1; threat and identity_attack masked (TIN mixes insults and threats, GRP includes political groups); profanity from the swear-word list",
    ],
    "Davidson": [
        "neither (class 2): all six attributes 0",
        "offensive (class 1): toxic=1, severe_toxic=0; insult, threat, identity_attack masked; profanity from the swear-word list",
        "hate (class 0): toxic=1, severe_toxic=1, insult=1, identity_attack=1; threat masked; profanity from the swear-word list",
        "OLID heads (A/B/C) masked",
    ],
    "ETHOS": [
        "isHate >= 0.5: toxic=1, insult=1; threat=1 and severe_toxic=1 if violence >= 0.5 (else threat=0, severe masked); identity_attack=1 if any target group >= 0.5 (else masked)",
        "isHate < 0.5: threat=0, severe_toxic=0, identity_attack=0; toxic and insult 0 when isHate == 0, masked otherwise",
        "profanity from the swear-word list; OLID heads masked",
    ],
    "written": [
        "a few hundred template sentences written for this project (training/toxicity_data.py): veiled/direct threats (threat=1, toxic=1), dehumanising metaphors for groups (identity_attack=1, insult=1, toxic=1), and strongly worded political opinions with no attack (all 0)",
    ],
}


@dataclass
class Example:
    text: str
    source: str
    a: int = -1
    b: int = -1
    c: int = -1
    attrs: list[float] = field(default_factory=lambda: [0.0] * len(ATTRS))
    mask: list[float] = field(default_factory=lambda: [0.0] * len(ATTRS))

    def set(self, attr: str, value: float | None) -> None:
        """Set one attribute target; None masks it out of the loss."""
        i = ATTRS.index(attr)
        if value is None:
            self.attrs[i], self.mask[i] = 0.0, 0.0
        else:
            self.attrs[i], self.mask[i] = float(value), 1.0


def has_profanity(text: str) -> bool:
    return _PROFANE.search(text) is not None


def _profanity(ex: Example, default: float | None = 0.0) -> None:
    ex.set("profanity", 1.0 if has_profanity(ex.text) else default)


def olid_example(text: str, a: str, b: str, c: str) -> Example:
    ex = Example(normalize(text), "olid", a=A_LABELS.index(a))
    if a == "NOT":
        for attr in ATTRS:
            ex.set(attr, 0.0)
        _profanity(ex, 0.0)
        if has_profanity(ex.text):
            ex.set("profanity", None)
        return ex
    ex.set("toxic", 1.0)
    ex.b = B_LABELS.index(b)
    if b == "UNT":
        ex.set("insult", 0.0)
        ex.set("threat", 0.0)
        ex.set("identity_attack", 0.0)
        ex.set("profanity", 1.0)
    else:
        ex.set("insult", 1.0)
        if c in C_LABELS:
            ex.c = C_LABELS.index(c)
        _profanity(ex, None)
    return ex


def read_olid_train(folder: Path) -> list[tuple[str, str, str, str, str]]:
    """(id, tweet, a, b, c) rows of olid-training-v1.0.tsv."""
    with open(folder / "olid-training-v1.0.tsv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [(r[0], r[1], r[2], r[3], r[4].strip()) for r in reader if len(r) >= 5]


def split_olid(rows: list, held_out: float, seed: int) -> tuple[list, list]:
    """Stratified (by a/b/c combination) train / held-out split of OLID train."""
    rng = random.Random(seed)
    groups: dict[tuple, list] = {}
    for row in rows:
        groups.setdefault((row[2], row[3], row[4]), []).append(row)
    train, dev = [], []
    for key in sorted(groups):
        items = groups[key][:]
        rng.shuffle(items)
        n = round(len(items) * held_out)
        dev.extend(items[:n])
        train.extend(items[n:])
    rng.shuffle(train)
    return train, dev


_RT_HEAD = re.compile(r"^[!\s]*")


def davidson_examples(folder: Path, per_class: dict[int, int], seed: int) -> list[Example]:
    with open(folder / "labeled_data.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rng = random.Random(seed)
    out = []
    for cls, limit in sorted(per_class.items()):
        items = [r for r in rows if int(r["class"]) == cls]
        rng.shuffle(items)
        for r in items[:limit]:
            ex = Example(normalize(_RT_HEAD.sub("", r["tweet"])), "davidson")
            if cls == 2:
                for attr in ATTRS:
                    ex.set(attr, 0.0)
                ex.set("profanity", 0.0 if not has_profanity(ex.text) else None)
            else:
                ex.set("toxic", 1.0)
                ex.set("severe_toxic", 1.0 if cls == 0 else 0.0)
                if cls == 0:
                    ex.set("insult", 1.0)
                    ex.set("identity_attack", 1.0)
                _profanity(ex, None)
            out.append(ex)
    return out


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def ethos_examples(folder: Path) -> list[Example]:
    def read(name: str) -> list[dict]:
        with open(folder / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh, delimiter=";"))

    multi = {_key(r["comment"]): r for r in read("Ethos_Dataset_Multi_Label.csv")}
    groups = ("gender", "race", "national_origin", "disability", "religion", "sexual_orientation")
    out = []
    for r in read("Ethos_Dataset_Binary.csv"):
        hate = float(r["isHate"])
        ex = Example(normalize(r["comment"]), "ethos")
        if hate >= 0.5:
            ex.set("toxic", 1.0)
            ex.set("insult", 1.0)
            m = multi.get(_key(r["comment"]))
            violent = m is not None and float(m["violence"]) >= 0.5
            ex.set("threat", 1.0 if violent else 0.0)
            ex.set("severe_toxic", 1.0 if violent else None)
            targeted = m is not None and any(float(m[g]) >= 0.5 for g in groups)
            ex.set("identity_attack", 1.0 if targeted else None)
        else:
            ex.set("threat", 0.0)
            ex.set("severe_toxic", 0.0)
            ex.set("identity_attack", 0.0)
            ex.set("toxic", 0.0 if hate == 0 else None)
            ex.set("insult", 0.0 if hate == 0 else None)
        _profanity(ex, 0.0)
        out.append(ex)
    return out


# --- written examples: what the public sets lack (threats, dehumanising metaphors,
# heated but legitimate opinion). Templates, expanded with a seeded RNG.

_THREATS = (
    "we know where you live, {name}",
    "watch your back {name}, we are coming",
    "you won't see it coming",
    "sleep with one eye open, {name}",
    "I will find you and make you pay",
    "keep talking and you'll end up in a ditch",
    "someone should put a bullet in {name}",
    "enjoy your last days, {name}",
    "I'm closer than you think. turn around",
    "I hope someone drags {name} out and shoots them",
    "you'll get what's coming to you soon enough",
    "one day you'll open the door and it'll be us",
    "{group} should all be lined up and shot",
    "I know your address and I'm on my way",
    "they should hang {name} from a lamp post",
    "say that again and I'll break your neck",
    "burn their houses down with them inside",
    "nice family you have there. shame if something happened",
)
_DEHUMANISE = (
    "{group} are rats",
    "{group} are a cancer on this country",
    "these {group} are animals, nothing more",
    "{group} breed like cockroaches",
    "{group} are vermin and should be treated like it",
    "{group} are parasites living off us",
    "the {group} are a disease spreading everywhere",
    "{group} are subhuman filth",
    "send the {group} back to the jungle where they belong",
    "{group} are a plague",
)
_OPINIONS = (
    "I strongly disagree with the {gov} on this, the policy is a disaster",
    "the {gov} is lying about the casualty numbers and everyone knows it",
    "this war is a crime and the {gov} should be held accountable",
    "the {gov} has failed the people again, vote them out",
    "I don't trust anything the {gov} says about this operation",
    "{group} deserve the same rights as everyone else",
    "the sanctions against the {gov} are hurting ordinary people",
    "this article is propaganda for the {gov}, read other sources",
    "the {gov} bombed a hospital and the media is silent",
    "I support the {gov} on this, they are defending their country",
    "the rebels and the {gov} both committed atrocities",
    "terrible reporting, the author clearly has an agenda",
    "great photos, thanks for covering what others ignore",
    "{name}, you are wrong about the numbers, check the UN report",
    "{name} I see your point but the evidence says otherwise",
    "praying for the civilians in the city, no one deserves this",
)
_NAMES = ("John", "Ahmed", "Maria", "Sergei", "Dave", "you", "pal", "buddy", "Olga", "Tom")
_GROUPS = (
    "muslims", "jews", "immigrants", "arabs", "russians", "syrians", "refugees",
    "christians", "africans", "mexicans", "gays", "women", "americans", "ukrainians",
)
_GOVS = ("government", "regime", "Syrian army", "Kremlin", "White House", "coalition", "EU", "opposition")


def written_examples(seed: int, per_template: int = 4) -> list[Example]:
    rng = random.Random(seed)
    out = []

    def fill(t: str) -> str:
        return t.format(name=rng.choice(_NAMES), group=rng.choice(_GROUPS), gov=rng.choice(_GOVS))

    for templates, labels in (
        (_THREATS, {"toxic": 1.0, "threat": 1.0, "severe_toxic": None, "insult": None, "identity_attack": None, "profanity": 0.0}),
        (_DEHUMANISE, {"toxic": 1.0, "insult": 1.0, "identity_attack": 1.0, "threat": None, "severe_toxic": None, "profanity": 0.0}),
        (_OPINIONS, {attr: 0.0 for attr in ATTRS}),
    ):
        for template in templates:
            out.extend(_labelled(text, "written", labels) for text in {fill(template) for _ in range(per_template)})
    rng.shuffle(out)
    return out


def split_list(items: list[Example], held_out: float, seed: int) -> tuple[list[Example], list[Example]]:
    rng = random.Random(seed)
    items = items[:]
    rng.shuffle(items)
    n = round(len(items) * held_out)
    return items[n:], items[:n]


# --- issue 17: data that teaches the difference -------------------------------------------
# The functional suite's TRAIN templates (never the held-out ones) and the license-clear sets
# of shared/data/toxicity-extra (CC0, CC BY, CC BY-SA, MIT, Apache). The non-commercial sets
# (unhealthy-conversations, sfu-ctc) and the ToxiGen demonstrations (CDLA-Permissive data,
# "research purposes only") are not read here; HateCheck is never used in any form.

#: functional test id -> attribute targets of its cases besides `toxic` (hateful tests).
#: Attributes not named are masked: the suite does not say, e.g., whether an obfuscated
#: insult is profane.
FUNCTIONAL_HATEFUL_ATTRS: dict[str, dict[str, float]] = {
    "threat_direct": {"threat": 1.0, "identity_attack": 0.0},
    "threat_veiled": {"threat": 1.0, "identity_attack": 0.0},
    "threat_group": {"threat": 1.0, "identity_attack": 1.0},
    "threat_normative": {"threat": 1.0, "identity_attack": 1.0},
    "dehumanisation": {"identity_attack": 1.0, "insult": 1.0, "threat": 0.0},
    "derogation_group": {"identity_attack": 1.0, "insult": 1.0, "threat": 0.0},
    "hate_negated_positive": {"identity_attack": 1.0, "threat": 0.0},
    "hate_at_people": {"identity_attack": 1.0, "threat": 0.0},
    "slur_hateful": {"identity_attack": 1.0, "insult": 1.0, "threat": 0.0},
    "insult_person": {"insult": 1.0, "identity_attack": 0.0, "threat": 0.0},
    "insult_group": {"insult": 1.0, "identity_attack": 1.0, "threat": 0.0},
    "obfuscated_leet": {"insult": 1.0, "threat": 0.0},
    "obfuscated_spaces": {"insult": 1.0, "threat": 0.0},
    "obfuscated_missing": {"insult": 1.0, "threat": 0.0},
    "obfuscated_group": {"identity_attack": 1.0, "insult": 1.0, "threat": 0.0},
    "sarcasm_hateful": {"identity_attack": 1.0, "threat": 0.0},
}

EXTRA_MAPPING: dict[str, list[str]] = {
    "functional suite, train templates only (src/slant/data/functional, written for slant)": [
        "cases of templates i % 3 != 2 only (the held-out templates are never read for training), filled by slant.eval.functional.load_suite",
        "hateful test: toxic=1 plus the test's attributes (FUNCTIONAL_HATEFUL_ATTRS: threats -> threat=1, group attacks -> identity_attack=1, insults -> insult=1); others masked",
        "non-hateful test: toxic, severe_toxic, insult, threat, identity_attack = 0; profanity from the swear-word list; OLID heads masked",
    ],
    "Toxic Spans (Civil Comments news comments, CC0 1.0)": [
        "a post whose annotators mostly ticked 'not toxic': toxic, severe_toxic, insult, threat, identity_attack = 0, profanity masked",
        "otherwise toxic=1; insult / identity_attack / profanity = 1 if at least half the annotators marked a span of that type (threat: at least two), 0 if none did, masked in between; severe_toxic masked",
        "the SemEval-2021 test posts are never trained on (texts removed by exact match)",
    ],
    "Implicit Hate Corpus (CC BY 4.0)": [
        "explicit_hate / implicit_hate: toxic=1, identity_attack=1; stage-2 'threatening' -> threat=1 (else threat masked); insult, severe masked",
        "not_hate: toxic, insult, threat, identity_attack, severe_toxic = 0; profanity from the swear-word list",
    ],
    "Jigsaw sentence templates + intersectional madlibs (data CC BY 4.0)": [
        "nontoxic: all six attributes 0 (neutral and positive identity mentions)",
        "toxic: toxic=1, identity_attack=1 (sentences attack an identity); verb_adj ('kill X') -> threat=1, else threat=0; you_are_adj -> insult=1; others masked",
    ],
    "Fox News comments (MIT)": [
        "1 (hateful): toxic=1, identity_attack=1; 0: identity_attack=0, threat=0 (not hateful does not mean civil: toxic masked)",
    ],
    "CAT-LARGE Wikipedia talk comments (Apache-2.0; text CC BY-SA)": [
        "label 1: toxic=1; label 0: toxic, severe_toxic, insult, threat, identity_attack = 0, profanity from the swear-word list; parent not used",
    ],
    "Stormfront forum sentences (CC BY-SA 3.0)": [
        "hate: toxic=1, identity_attack=1; noHate: toxic, insult, threat, identity_attack, severe_toxic = 0; relation and idk/skip dropped; sampled_test rows only in the held-out split",
    ],
}
MAPPING.update(EXTRA_MAPPING)

_NOT_TOXIC_ATTRS = ("toxic", "severe_toxic", "insult", "threat", "identity_attack")
#: Toxic Spans span type -> attribute (Other Toxicity only supports `toxic`).
_SPAN_TYPES = {"Insult": "insult", "Threat": "threat", "Identity based Attack": "identity_attack", "Profane/Obscene": "profanity"}
#: annotators who must mark a Threat span for threat=1 (the other types need half of them)
_THREAT_VOTES = 2
#: posts with more annotators than this are quiz/test posts (one has 357)
_MAX_ANNOTATORS = 7


def _negative(text: str, source: str) -> Example:
    """A non-toxic example: the five toxicity attributes 0, profanity from the swear-word list."""
    ex = Example(normalize(text), source)
    for attr in _NOT_TOXIC_ATTRS:
        ex.set(attr, 0.0)
    _profanity(ex, 0.0)
    return ex


def _labelled(text: str, source: str, labels: dict[str, float | None]) -> Example:
    ex = Example(normalize(text), source)
    for attr, value in labels.items():
        ex.set(attr, value)
    return ex


def functional_train_examples() -> list[Example]:
    """The functional suite's train-part cases (template i % 3 != 2) with the suite's own filling."""
    from slant.eval.functional import load_suite, select

    _, cases = load_suite()
    out = []
    for case in select(cases, "train"):
        if case.part != "train":  # select() guarantees it; the held-out part must never leak
            raise AssertionError(f"held-out case in training data: {case.test} template {case.template}")
        if case.label == "hateful":
            labels: dict[str, float | None] = {"toxic": 1.0, **FUNCTIONAL_HATEFUL_ATTRS.get(case.test, {})}
            out.append(_labelled(case.text, "functional", labels))
        else:
            out.append(_negative(case.text, "functional"))
    return out


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def toxic_spans_examples(folder: Path, exclude: set[str]) -> list[Example]:
    """Civil Comments posts with typed spans: per-attribute majority of annotators (see EXTRA_MAPPING)."""
    texts = {r["comment_id"]: r["comment_text"] for r in _read_csv(folder / "data" / "comments.csv")}
    annotators: dict[str, list[str]] = {}
    not_toxic: dict[str, int] = {}
    for r in _read_csv(folder / "data" / "annotations.csv"):
        annotators.setdefault(r["comment_id"], []).append(r["annotation"])
        not_toxic[r["comment_id"]] = not_toxic.get(r["comment_id"], 0) + (r["not toxic"] == "True")
    types: dict[str, set[str]] = {}
    for r in _read_csv(folder / "data" / "spans.csv"):
        if r["type"] in _SPAN_TYPES:
            types.setdefault(r["annotation"], set()).add(_SPAN_TYPES[r["type"]])
    out = []
    for cid in sorted(annotators, key=int):
        text, annos = texts.get(cid), annotators[cid]
        if not text or len(annos) > _MAX_ANNOTATORS or _key(text) in exclude:
            continue
        n = len(annos)
        if 2 * not_toxic[cid] > n:
            ex = _negative(text, "toxic_spans")
            ex.set("profanity", None)
            out.append(ex)
            continue
        labels: dict[str, float | None] = {"toxic": 1.0}
        for attr in _SPAN_TYPES.values():
            votes = sum(1 for a in annos if attr in types.get(a, ()))
            # threats are rare and marked by few annotators: two votes suffice (see EXTRA_MAPPING)
            needed = min(_THREAT_VOTES, n) if attr == "threat" else (n + 1) // 2
            labels[attr] = 1.0 if votes >= needed else (0.0 if votes == 0 else None)
        out.append(_labelled(text, "toxic_spans", labels))
    return out


def semeval_test_texts(folder: Path) -> set[str]:
    """Normalised-key texts of the SemEval-2021 toxic-spans test posts (never trained on)."""
    path = folder / "SemEval2021" / "data" / "tsd_test.csv"
    return {_key(r["text"]) for r in _read_csv(path)} if path.exists() else set()


def implicit_hate_examples(folder: Path) -> list[Example]:
    stage2 = {_key(r["post"]): r["implicit_class"] for r in _read_csv(folder / "implicit_hate_v1_stg2_posts.tsv", "\t")}
    out = []
    for r in _read_csv(folder / "implicit_hate_v1_stg1_posts.tsv", "\t"):
        text = r["post"].strip().strip('"').strip()
        if not text:
            continue
        if r["class"] == "not_hate":
            out.append(_negative(text, "implicit_hate"))
        elif r["class"] in ("implicit_hate", "explicit_hate"):
            threat = 1.0 if stage2.get(_key(r["post"])) == "threatening" else None
            ex = _labelled(text, "implicit_hate", {"toxic": 1.0, "identity_attack": 1.0, "threat": threat})
            _profanity(ex, None)
            out.append(ex)
    return out


def jigsaw_template_examples(folder: Path) -> list[Example]:
    """Identity sentence templates (name_adj, 72k near-duplicates, left out) + intersectional madlibs."""
    rows = [r for r in _read_csv(folder / "sentence_templates" / "en_sentence_templates.csv") if r["template"] != "name_adj"]
    rows += _read_csv(folder / "archive" / "unintended_ml_bias" / "new_madlibber" / "output_data" / "English" / "intersectional_madlibs.csv")
    out = []
    for r in rows:
        if r["toxicity"] == "nontoxic":
            ex = _negative(r["phrase"], "jigsaw_templates")
            ex.set("profanity", 0.0)
            out.append(ex)
        elif r["toxicity"] == "toxic":
            labels: dict[str, float | None] = {
                "toxic": 1.0,
                "identity_attack": 1.0,
                "threat": 1.0 if r["template"] == "verb_adj" else 0.0,
                "insult": 1.0 if r["template"] == "you_are_adj" else None,
            }
            out.append(_labelled(r["phrase"], "jigsaw_templates", labels))
    return out


def fox_news_examples(folder: Path) -> list[Example]:
    import json

    out = []
    with open(folder / "fox-news-comments.json", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            if int(r["label"]) == 1:
                out.append(_labelled(r["text"], "fox_news", {"toxic": 1.0, "identity_attack": 1.0}))
            else:
                out.append(_labelled(r["text"], "fox_news", {"identity_attack": 0.0, "threat": 0.0}))
    return out


def context_toxicity_examples(folder: Path) -> list[Example]:
    out = []
    for name in ("gc.csv", "gn.csv"):
        for r in _read_csv(folder / "data" / "CAT_LARGE" / name):
            if r["label"] == "1":
                out.append(_labelled(r["text"], "context_wiki", {"toxic": 1.0}))
            elif r["label"] == "0":
                out.append(_negative(r["text"], "context_wiki"))
    return out


def stormfront_examples(folder: Path) -> tuple[list[Example], list[Example]]:
    """(train, held-out): the upstream balanced sampled_test rows are the held-out part."""
    texts = {r["file_id"]: r["text"] for r in _read_csv(folder / "sentences.csv")}
    split = {r["file_id"]: r["split"] for r in _read_csv(folder / "sampled_split.csv")}
    train, dev = [], []
    for r in _read_csv(folder / "annotations_metadata.csv"):
        text = texts.get(r["file_id"], "").strip()
        if not text or r["label"] not in ("hate", "noHate"):
            continue
        if r["label"] == "hate":
            ex = _labelled(text, "stormfront", {"toxic": 1.0, "identity_attack": 1.0})
            _profanity(ex, None)
        else:
            ex = _negative(text, "stormfront")
        (dev if split.get(r["file_id"]) == "test" else train).append(ex)
    return train, dev


def _balanced(items: list[Example], limit: int, seed: int) -> list[Example]:
    """At most `limit` examples, toxic and non-toxic halves as even as the data allows."""
    rng = random.Random(seed)
    pos = [e for e in items if e.mask[0] and e.attrs[0] >= 0.5]
    rest = [e for e in items if not (e.mask[0] and e.attrs[0] >= 0.5)]
    rng.shuffle(pos)
    rng.shuffle(rest)
    threat = ATTRS.index("threat")
    pos.sort(key=lambda e: not (e.mask[threat] and e.attrs[threat] >= 0.5))  # rare threats first (stable)
    n_pos = min(len(pos), max(limit // 2, limit - len(rest)))
    return pos[:n_pos] + rest[: limit - n_pos]


#: source -> default number of examples (train + held-out) drawn from it
EXTRA_LIMITS: dict[str, int] = {
    "toxic_spans": 5000,
    "implicit_hate": 2500,
    "jigsaw_templates": 1200,
    "fox_news": 1528,
    "context_wiki": 2000,
    "stormfront": 2000,
}


def extra_examples(extra: Path, seed: int, scale: float = 1.0, held_out: float = 0.1) -> tuple[list[Example], list[Example]]:
    """(train, held-out) from the license-clear toxicity-extra sets plus the functional train part.

    Held-out parts (seeded `split_list`, stormfront's upstream test rows) serve epoch selection
    and thresholds. The functional suite's train part is all training: its held-out templates
    are the measurement and are never read here.
    """
    exclude = semeval_test_texts(extra / "toxic-spans")
    sources: dict[str, list[Example]] = {
        "toxic_spans": toxic_spans_examples(extra / "toxic-spans", exclude),
        "implicit_hate": implicit_hate_examples(extra / "implicit-hate"),
        "jigsaw_templates": jigsaw_template_examples(extra / "jigsaw-sentence-templates"),
        "fox_news": fox_news_examples(extra / "fox-news-comments"),
        "context_wiki": context_toxicity_examples(extra / "context-toxicity"),
    }
    train: list[Example] = []
    dev: list[Example] = []
    for name, items in sources.items():
        tr, dv = split_list(_balanced(items, int(EXTRA_LIMITS[name] * scale), seed), held_out, seed)
        train += tr
        dev += dv
    sf_train, sf_dev = stormfront_examples(extra / "stormfront")
    train += _balanced(sf_train, int(EXTRA_LIMITS["stormfront"] * scale), seed)
    dev += sf_dev
    train += functional_train_examples()
    return train, dev
