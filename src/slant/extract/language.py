"""Identify a document's language with py3langid, never refusing the document.

slant's models are English-only, so the language is a caveat to report, not a gate:
an unidentifiable language leaves `doc.language` None and a warning on a kept
document. py3langid (a maintained port of langid.py, 97 languages, model bundled,
no network) replaces hand-made stopword profiles that refused box scores, meal
plans and one-line Reddit posts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: Fewer letters than this carry no usable signal: answer None.
MIN_LETTERS = 20
#: Below this normalized probability the guess is not trusted: answer None.
MIN_CONFIDENCE = 0.5
#: Enough text to decide; longer texts are cut so that pages stay fast. py3langid's cost grows
#: with the text (3 ms at 20,000 characters, 0.8 ms at 3,000). On 328 pages (the extraction
#: benchmark, the comment pages, the forum pages and the samples) 1,200 to 3,000 characters give
#: the same answer but on one multilingual thread, whose English body 1,500 reads as English.
MAX_CHARS = 1500


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when it cannot be told."""
    sample = (text or "")[:MAX_CHARS]
    if not has_letters(sample, MIN_LETTERS):
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if float(prob) >= MIN_CONFIDENCE else None


def has_letters(text: str, wanted: int) -> bool:
    """Whether `text` holds at least `wanted` letters; stops at the last one needed instead of
    counting every character of the sample one by one."""
    found = 0
    for ch in text:
        if ch.isalpha():
            found += 1
            if found >= wanted:
                return True
    return wanted <= 0


def language_sample(body: str, comments: list[str]) -> str:
    """Body and comments together: a short body must not decide alone."""
    return "\n".join([body, *comments])
