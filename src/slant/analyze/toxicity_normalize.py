"""Text normalisation for the toxicity model, applied at training AND inference time.

Why: commenters dodge filters with masked or misspelled profanity ('f*ck',
'fukking', 'sh1t', 'f@ck', 'a$$'), and the training tweets carry platform
noise (`RT @user:`, HTML entities, raw URLs, hashtags in CamelCase). Mapping
both back to one canonical form lets a small uncased encoder see the word it
learned instead of word pieces it never saw together. The same function runs
in `training/toxicity.py` and in the analyzer, so train and serve agree.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from functools import lru_cache

#: Characters that stand in for a letter. '*' (and '#', '%') may mask any letter
#: after the first one ('f***', 's**t'); the others are look-alikes.
_LOOKALIKE: dict[str, str] = {
    "a": "a@4^",
    "b": "b8",
    "c": "c(k<",
    "e": "e3",
    "g": "g9",
    "h": "h",
    "i": "i1!|l",
    "k": "kc",
    "l": "l1|",
    "o": "o0",
    "s": "s$5z",
    "t": "t7+",
    "u": "uvo",
}
_MASK = "*#%_.@"

#: canonical word -> spelling skeleton. Letters become look-alike classes that may
#: repeat ('fuuuck'); '?' after a letter makes it optional ('fuk' for 'fuck').
_LEXICON: dict[str, str] = {
    "fuck": "fuc?k",
    "shit": "shit",
    "bitch": "bitc?h",
    "asshole": "as?shole",
    "ass": "ass",
    "bastard": "bastard",
    "dick": "dic?k",
    "cunt": "cunt",
    "damn": "damn",
    "crap": "crap",
    "piss": "piss",
    "whore": "whore",
    "slut": "slut",
    "idiot": "idiot",
    "moron": "moron",
    "retard": "retard",
    "stupid": "stupid",
    "nigger": "nig?ger",
    "nigga": "nig?ga",
    "faggot": "fag?got",
    "fag": "fag",
    "pussy": "pus?sy",
    "cock": "coc?k",
}
#: Suffixes kept after a matched stem ('fukking' -> 'fucking', 'sh1tty' -> 'shitty').
_SUFFIXES = ("", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ty", "tty", "head", "heads", "face", "hole", "holes", "bag")
#: Spellings of a stem that are not letter substitutions.
_ALIASES: dict[str, str] = {
    "phuck": "fuck",
    "phuk": "fuck",
    "fck": "fuck",
    "fk": "fuck",
    "fkn": "fucking",
    "fcking": "fucking",
    "fking": "fucking",
    "fuckin": "fucking",
    "mofo": "motherfucker",
    "biatch": "bitch",
    "biotch": "bitch",
    "azz": "ass",
    "shyt": "shit",
    "sht": "shit",
    "wtf": "what the fuck",
    "stfu": "shut the fuck up",
    "gtfo": "get the fuck out",
}

#: Real words a skeleton would otherwise catch.
_KEEP = frozenset({"niger", "fagot", "dam", "crop", "shot", "cook"})

_TOKEN = re.compile(r"[^\s]+")
_EDGE = re.compile(r"^([\"'(\[{<]*)(.*?)([\"')\]}>.,;:?!]*)$", re.S)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<![\w@*$])@\w{1,30}")
_RT = re.compile(r"\bRT\s+@USER:?\s*")
_MULTI_USER = re.compile(r"(?:@USER\s*){2,}")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_LONG_RUN = re.compile(r"([a-z])\1{2,}", re.I)
_SPACES = re.compile(r"[ \t]+")


def _letter_class(letter: str, first: bool) -> str:
    chars = _LOOKALIKE.get(letter, letter)
    if not first:
        chars += _MASK
    return "[" + re.escape(chars) + "]"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """One full-token regex per lexicon word: stem skeleton + optional known suffix."""
    suffixes = "|".join(sorted((re.escape(s) for s in _SUFFIXES if s), key=len, reverse=True))
    out = []
    for word, skeleton in _LEXICON.items():
        parts: list[str] = []
        i = 0
        while i < len(skeleton):
            letter = skeleton[i]
            optional = i + 1 < len(skeleton) and skeleton[i + 1] == "?"
            cls = _letter_class(letter, first=not parts)
            parts.append(f"{cls}{'*' if optional else '+'}")
            i += 2 if optional else 1
        out.append((re.compile(f"({''.join(parts)})(?P<suffix>{suffixes})?", re.I), word))
    return out


def _suffix_form(word: str, suffix: str) -> str:
    if suffix in ("in", "ing") and word in {"fuck", "bitch", "piss", "damn"}:
        return word + "ing"
    if suffix in ("ty", "tty", "y") and word == "shit":
        return "shitty"
    return word + suffix


def deobfuscate_token(token: str) -> str:
    """Map one obfuscated profane token to its canonical spelling; other tokens unchanged.

    Plain words are only rewritten when they spell a lexicon word with look-alike
    or mask characters, or with a stretched letter, so 'class', 'shot' or 'assess'
    never change.
    """
    lower = token.lower()
    if lower in _KEEP:
        return token
    if lower in _ALIASES:
        return _ALIASES[lower]
    if len(lower) < 3 or not re.search(r"[a-z]", lower):
        return token
    for pattern, word in _patterns():
        match = pattern.fullmatch(lower)
        if match is None:
            continue
        suffix = (match.group("suffix") or "").lower()
        if match.group(1).isalpha() and lower == word + suffix:
            return token  # already canonical
        stem = match.group(1)
        # A purely alphabetic token must differ from real words only by repeats/drops.
        if stem.isalpha() and not _only_stretched(stem, word):
            continue
        return _suffix_form(word, suffix)
    return token


def _only_stretched(stem: str, word: str) -> bool:
    """True when `stem` is `word` with letters repeated or a doubled/optional letter
    dropped or swapped for a look-alike letter ('fuuuck', 'fuk', 'fukk', 'azz')."""
    collapse = re.sub(r"(.)\1+", r"\1", stem.lower())
    target = re.sub(r"(.)\1+", r"\1", word)
    if collapse == target:
        return True
    swaps = {"k": "c", "z": "s", "v": "u"}
    mapped = "".join(swaps.get(ch, ch) for ch in collapse)
    return mapped in {target, target.replace("ck", "c"), target.replace("k", "c")}


def _split_hashtag(match: re.Match[str]) -> str:
    return _CAMEL.sub(" ", match.group(1)).replace("_", " ")


def normalize(text: str) -> str:
    """Canonical text for the toxicity model (train and inference)."""
    text = html.unescape(text or "")
    text = _URL.sub("URL", text)
    text = _HASHTAG.sub(_split_hashtag, text)
    out = []
    for token in _TOKEN.findall(text):
        if token != "@USER":
            match = _EDGE.match(token)
            if match is not None and match.group(2):
                lead, core, trail = match.groups()
                token = lead + deobfuscate_token(core) + trail
        out.append(token)
    text = " ".join(out)
    text = _MENTION.sub("@USER", text)
    text = _RT.sub("", text)
    text = _MULTI_USER.sub("@USER ", text)
    text = _LONG_RUN.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize(text)` and, for each of its characters, the index in `text` of the character it
    came from (-1 where normalisation inserted one): evidence found on the normalised text the
    model reads is reported on the comment as written.

    Normalisation rewrites words, never reorders them, so the two word sequences are aligned
    word for word when their lengths agree, else by difflib on words (quadratic at worst: callers
    bound the text, see toxicity.EVIDENCE_MAX_CHARS); a rewritten run of words
    ('f*ck' -> 'fuck', '#BigLoser' -> 'Big Loser') is spread evenly over the words it replaced.
    """
    norm = normalize(text)
    mapping = [-1] * len(norm)
    ours = [(m.start(), m.end()) for m in _TOKEN.finditer(norm)]
    theirs = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    opcodes: Sequence[tuple[str, int, int, int, int]]
    if len(ours) == len(theirs):  # word for word (the usual case): no search needed
        opcodes = [("equal" if norm[a:b] == text[c:d] else "replace", i, i + 1, i, i + 1)
                   for i, ((a, b), (c, d)) in enumerate(zip(ours, theirs))]
    else:
        opcodes = difflib.SequenceMatcher(
            None, [norm[a:b] for a, b in ours], [text[a:b] for a, b in theirs], autojunk=False
        ).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            for (a, b), (c, _) in zip(ours[i1:i2], theirs[j1:j2]):
                mapping[a:b] = range(c, c + b - a)
        elif tag == "replace":
            start, end = ours[i1][0], ours[i2 - 1][1]
            first, last = theirs[j1][0], theirs[j2 - 1][1]
            for k in range(start, end):
                mapping[k] = first + (k - start) * (last - first) // (end - start)
    return norm, mapping
