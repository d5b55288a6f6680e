"""Identify a body's language from its script and function words.

slant's models are English-only, so the question that matters is "is this
English, something else we can name, or nothing we can identify?". Function-word
profiles answer it without a model file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for it was on with as are be by this have from at not but they his her which an were has been their or its said will would".split()),
    "de": frozenset("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei".split()),
    "fr": frozenset("le la les de des et est un une du en que qui dans pour pas sur au avec ce il elle sont par plus ne se ont aux cette".split()),
    "es": frozenset("el la los las de del y que en un una es por con para no se su al lo como más pero sus le ha fue este".split()),
    "it": frozenset("il lo la gli le di del della e che in un una per non con si da al è sono come anche ma nel alla".split()),
    "pt": frozenset("o a os as de do da dos das e que em um uma para com não se por mais na no ao foi como mas são".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan er die maar ook als bij door om".split()),
    "ru": frozenset("и в не на что я с он как а то это по но из за у его для от же так все она был".split()),
    "uk": frozenset("і в не на що я з він як а то це по але із за у його для від же так все вона був та".split()),
}

_SCRIPTS = {"ARABIC": "ar", "HEBREW": "he", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "GREEK": "el", "DEVANAGARI": "hi", "THAI": "th"}


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split(" ")[0]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot be told."""
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < 20:
        return None
    scripts = Counter(_script(ch) for ch in letters)
    script, count = scripts.most_common(1)[0]
    if count / len(letters) > 0.5 and script in _SCRIPTS:
        return _SCRIPTS[script]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in stops) / len(words) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if script == "CYRILLIC" and best not in {"ru", "uk"}:
        best = "ru" if scores["ru"] >= scores["uk"] else "uk"
    if scores[best] >= 0.08 or (len(words) < 25 and scores[best] > 0):
        return best
    if len(words) < 25 and script == "LATIN":
        return "en"  # too short to tell; assume the default language
    return None
