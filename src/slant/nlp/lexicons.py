"""The word lists and JSON tables shipped under src/slant/data/, each read once per process.

Every analyzer and the comparison code ask here instead of opening the files
themselves, so a table is parsed once however many analyzers (or pipelines) use it,
and there is one place that knows where the files live. Returned objects are
shared: treat them as read-only (copy before changing).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from slant.nlp.linear import LinearModel

DATA_PACKAGE = "slant.data"
ALIASES_FILE = "aliases.json"
OUTLETS_FILE = "outlets.json"
NAME_CALLING_FILE = "name_calling.txt"
CHECKWORTHY_MODEL = "checkworthy.v1.json"
LOADED_WORDS_MODEL = "loaded_words.v1.json"
#: Domain packs are files `pack.<name>.json` next to the default alias table (flat, so the
#: package-data glob `data/*` ships them).
PACK_PREFIX = "pack."


def _resource(name: str) -> Traversable:
    return resources.files(DATA_PACKAGE).joinpath(name)


@cache
def text(name: str) -> str:
    """The text of a data file."""
    return _resource(name).read_text(encoding="utf-8")


@cache
def json_table(name: str) -> Any:
    """A data file parsed as JSON (shared: do not mutate)."""
    return json.loads(text(name))


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list, lower-cased, without blank lines and '#' comments."""
    return frozenset(w.strip().lower() for w in text(name).splitlines() if w.strip() and not w.startswith("#"))


@cache
def linear_model(name: str) -> LinearModel:
    """A shipped JSON logistic regression (shared: do not change its weights or threshold)."""
    return LinearModel.load(str(_resource(name)))


def name_calling_words() -> frozenset[str]:
    """Insults for people or groups (loaded terms' kind, actors' insult resolution)."""
    return word_list(NAME_CALLING_FILE)


@cache
def known_outlets() -> frozenset[str]:
    """News outlet names (claims' quoted_outlet, comparison's quoted coverage)."""
    return frozenset(str(name) for name in json_table(OUTLETS_FILE).get("outlets", []))


def default_aliases() -> dict[str, Any]:
    """The general alias table (actors.v1), before packs and the user's file."""
    table: dict[str, Any] = json_table(ALIASES_FILE)  # a JSON object
    return table


@cache
def available_packs() -> tuple[str, ...]:
    """Names of the shipped domain packs."""
    return tuple(sorted(
        p.name[len(PACK_PREFIX) : -len(".json")]
        for p in resources.files(DATA_PACKAGE).iterdir()
        if p.name.startswith(PACK_PREFIX) and p.name.endswith(".json")
    ))


def pack(name: str) -> dict[str, Any]:
    """The domain pack `name` (same shape as the alias table); ValueError for an unknown name."""
    if name not in available_packs():
        raise ValueError(f"unknown pack {name!r}; known: {', '.join(available_packs()) or 'none'}")
    table: dict[str, Any] = json_table(f"{PACK_PREFIX}{name}.json")  # a JSON object
    return table
