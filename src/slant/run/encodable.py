"""Make a Document's text encodable before any writer sees it.

Python strings may hold lone surrogates (U+D800..U+DFFF): JSON allows them as
escapes ("\\ud800"), and file names with bytes that are not UTF-8 decode to them.
UTF-8 cannot encode them, so the JSONL, Parquet and SQLite writers would fail on
the whole batch. Each one is replaced by U+FFFD, one code point for one, so every
span offset stays valid; the document keeps a warning saying so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from slant.document import Document

SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
WARNING = "the input held invalid Unicode (lone surrogates); each was replaced by U+FFFD"


def clean(value: Any) -> tuple[Any, bool]:
    """`value` with every string in it made encodable, and whether anything changed.
    Walks str, list, tuple, dict (keys too) and dataclasses (frozen ones are replaced)."""
    if isinstance(value, str):
        if SURROGATE.search(value) is None:
            return value, False
        return SURROGATE.sub(REPLACEMENT, value), True
    if isinstance(value, (list, tuple)):
        items = [clean(v) for v in value]
        if not any(changed for _, changed in items):
            return value, False
        cleaned = [v for v, _ in items]
        return (cleaned if isinstance(value, list) else tuple(cleaned)), True
    if isinstance(value, Mapping):
        pairs = [(clean(k), clean(v)) for k, v in value.items()]
        if not any(kc or vc for (_, kc), (_, vc) in pairs):
            return value, False
        return {k: v for (k, _), (v, _) in pairs}, True
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            new, changed = clean(getattr(value, f.name))
            if changed:
                changes[f.name] = new
        if not changes:
            return value, False
        return dataclasses.replace(value, **changes), True
    return value, False


def make_encodable(doc: Document) -> bool:
    """Replace lone surrogates in every string of `doc`, in place; True (and a warning on
    a kept document) when there were any."""
    changed_any = False
    for f in dataclasses.fields(doc):
        new, changed = clean(getattr(doc, f.name))
        if changed:
            setattr(doc, f.name, new)
            changed_any = True
    if changed_any and doc.error is None and WARNING not in doc.warnings:
        doc.warnings.append(WARNING)
    return changed_any
