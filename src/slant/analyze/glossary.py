"""What each propaganda technique means: the glossary behind `slant techniques`, the report's
legend and `GET /api/techniques`.

The entries live in one shipped table (src/slant/data/techniques_glossary.json) so that
the CLI, the report, the web app and the API all say the same thing; it is read once per
process through the lexicon loader. A label outside the 14 of SemEval-2020 Task 11 has no
entry: callers fall back to the bare label.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from slant.document import TECHNIQUES
from slant.nlp import lexicons

GLOSSARY_FILE = "techniques_glossary.json"
#: The text fields every entry must carry.
FIELDS: tuple[str, ...] = ("name", "definition", "example")


class GlossaryError(ValueError):
    """The shipped glossary table is malformed (a packaging bug, never user input)."""


@dataclass(frozen=True)
class TechniqueEntry:
    """One technique: its contract label, display name, definition and an example sentence."""

    technique: str
    name: str
    definition: str
    example: str

    def to_dict(self) -> dict[str, str]:
        return {"technique": self.technique, "name": self.name, "definition": self.definition, "example": self.example}


def _entry(label: str, raw: Any) -> TechniqueEntry:
    if not isinstance(raw, dict):
        raise GlossaryError(f"{GLOSSARY_FILE}: entry {label!r} is not an object")
    values = {key: raw.get(key) for key in FIELDS}
    bad = [key for key, value in values.items() if not isinstance(value, str) or not value.strip()]
    if bad:
        raise GlossaryError(f"{GLOSSARY_FILE}: entry {label!r} lacks {', '.join(bad)}")
    return TechniqueEntry(technique=label, **{key: str(value).strip() for key, value in values.items()})


@cache
def glossary() -> dict[str, TechniqueEntry]:
    """Technique label -> entry, in the order of TECHNIQUES (shared: do not mutate)."""
    table = lexicons.json_table(GLOSSARY_FILE)
    raw = table.get("techniques") if isinstance(table, dict) else None
    if not isinstance(raw, dict):
        raise GlossaryError(f"{GLOSSARY_FILE}: no 'techniques' object")
    unknown = sorted(set(raw) - set(TECHNIQUES))
    missing = [t for t in TECHNIQUES if t not in raw]
    if unknown or missing:
        raise GlossaryError(f"{GLOSSARY_FILE}: labels differ from TECHNIQUES (unknown {unknown}, missing {missing})")
    return {label: _entry(label, raw[label]) for label in TECHNIQUES}


def entry(technique: str) -> TechniqueEntry | None:
    """The entry of one label, or None for a label outside the glossary."""
    return glossary().get(technique)


@cache
def propaganda_definition() -> str:
    """What scores.propaganda means, in one paragraph (the report, the app, the CLI and the README say this)."""
    table = lexicons.json_table(GLOSSARY_FILE)
    text = table.get("propaganda_score") if isinstance(table, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise GlossaryError(f"{GLOSSARY_FILE}: no 'propaganda_score' definition")
    return text.strip()


def glossary_json() -> dict[str, Any]:
    """The glossary as JSON: what `slant techniques --json` prints and `GET /api/techniques` returns."""
    return {"techniques": [e.to_dict() for e in glossary().values()], "propaganda_score": propaganda_definition()}
