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
            for text in {fill(template) for _ in range(per_template)}:
                ex = Example(normalize(text), "written")
                for attr, value in labels.items():
                    ex.set(attr, value)
                out.append(ex)
    rng.shuffle(out)
    return out


def split_list(items: list[Example], held_out: float, seed: int) -> tuple[list[Example], list[Example]]:
    rng = random.Random(seed)
    items = items[:]
    rng.shuffle(items)
    n = round(len(items) * held_out)
    return items[n:], items[:n]
