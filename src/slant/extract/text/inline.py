"""Re-join the inline runs that a node-per-line scraper split apart.

A scraper that prints every text node on its own line (`get_text("\\n")`) splits
one header line ('ann on Dec 27, 2023 | parent | next') into five, with the
separators alone between them, and one tag list ('africa, kenya, nairobi') into
a line per tag and comma. A separator alone on its line says the text on either
side stood on one line in the page, so the two are joined again and the thread
reader sees the header the page showed. Nothing here knows any site's words.
"""

from __future__ import annotations

#: Characters that separate inline items: a line of one of these alone was split from its neighbours.
SEPARATORS = frozenset({"|", "·", "•", ",", "/", "-", "–", "—", "‧", "∙"})
#: Fewest separator lines before a page reads as printed one text node per line.
MIN_SPLIT_SEPARATORS = 5
#: Longest neighbour line (characters) joined across a separator: header items and tags, not paragraphs.
MAX_ITEM_CHARS = 60


def _separator(line: str) -> bool:
    return line.strip() in SEPARATORS


def _item(line: str) -> bool:
    text = line.strip()
    return bool(text) and len(text) <= MAX_ITEM_CHARS and not _separator(text)


def inline_groups(lines: list[str]) -> list[list[int]] | None:
    """Runs of line indices that stood on one line ('ann' / '|' / 'parent' -> one group), every
    other line a group of its own; None where the page is not split one node per line."""
    splits = [
        i for i in range(1, len(lines) - 1)
        if _separator(lines[i]) and _item(lines[i - 1]) and _item(lines[i + 1])
    ]
    if len(splits) < MIN_SPLIT_SEPARATORS:
        return None
    joins = set(splits)
    groups: list[list[int]] = []
    i = 0
    while i < len(lines):
        group = [i]
        while group[-1] + 1 in joins:
            group += [group[-1] + 1, group[-1] + 2]
        groups.append(group)
        i = group[-1] + 1
    return groups


def joined_line(lines: list[str], group: list[int]) -> str:
    """The line a group stood on: items joined by their separators (', ' after a comma, ' | ' otherwise)."""
    out = lines[group[0]].strip()
    for sep, item in zip(group[1::2], group[2::2]):
        mark = lines[sep].strip()
        out += (", " if mark == "," else f" {mark} ") + lines[item].strip()
    return out if len(group) > 1 else lines[group[0]]
