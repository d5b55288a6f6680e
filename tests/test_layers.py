"""Layering rules that keep one home for results: only slant.store talks SQL."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "slant"
SQL = re.compile(r"\.execute\(|executemany\(|executescript\(|\bsqlite3\b")


def test_no_sql_outside_store() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        if "store" not in path.relative_to(SRC).parts[:1]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert not offenders, "SQL outside src/slant/store/ (use slant.store.corpus):\n" + "\n".join(offenders)


def test_store_imports_no_higher_layer() -> None:
    higher = re.compile(r"^\s*(?:from|import)\s+slant\.(?:report|compare|server|cli)\b", re.M)
    offenders = [str(p.relative_to(SRC)) for p in sorted((SRC / "store").rglob("*.py")) if higher.search(p.read_text(encoding="utf-8"))]
    assert not offenders, f"slant.store must not import report, compare, server or cli: {offenders}"
