"""Help a person write comment gold for a saved HTML page, without copying its text.

The gold for `slant eval comments` names each reader comment by its display author, a
hash of its normalized opening words and the index of its parent. Writing it by hand
for pages with a hundred comments is slow and error-prone, so this tool applies a
per-page *spec* (a few CSS-like selectors a person wrote after reading the page: what
one comment is, where its author and its own text are, what to cut from that text, how
replies point to parents) and prints what it finds, for the person to check against
the HTML before the result becomes gold. It is a writing aid, not an extractor:
nothing in `slant.extract` uses it.

    python -m slant.eval.gold_tools explore PAGE     # class names that look like comments
    python -m slant.eval.gold_tools show SPECS PAGE  # the comments a spec finds
    python -m slant.eval.gold_tools write SPECS PAGES OUT_DIR
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import html as lxml_html
from lxml.etree import _Element

#: How many normalized words open a comment's hash.
OPENING_WORDS = 12
#: How many opening words get a short hash each, for fuzzy matching when the opening differs a little.
FUZZY_WORDS = 32
#: Hex digits kept of each word's sha1.
WORD_HASH_DIGITS = 8

_BLOCK_TAGS = frozenset(
    "p div br li ul ol dl dt dd blockquote pre h1 h2 h3 h4 h5 h6 tr table section article header footer".split()
)
_COMMENTISH = re.compile(
    r"comment|reply|repl|post|message|kommentar|antwort|commentaire|comentario|respuesta|коммент|thread|discuss",
    re.I,
)


def normalize_words(text: str) -> list[str]:
    """NFKC, lowercase, punctuation and symbols to spaces, split on whitespace."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    cleaned = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in text)
    return cleaned.split()


def opening_sha1(text: str, words: int = OPENING_WORDS) -> str:
    """sha1 of the first `words` normalized words joined by one space."""
    return hashlib.sha1(" ".join(normalize_words(text)[:words]).encode("utf-8")).hexdigest()


def word_hashes(text: str, words: int = FUZZY_WORDS) -> list[str]:
    """Short sha1 of each of the first `words` normalized words (fuzzy matching without the text)."""
    return [hashlib.sha1(w.encode("utf-8")).hexdigest()[:WORD_HASH_DIGITS] for w in normalize_words(text)[:words]]


# --- a small CSS subset over lxml (tag, .class, #id, [attr], [attr^=v], [attr*=v], descendant, >) ---

_SIMPLE = re.compile(r"([a-zA-Z0-9*]*)((?:[.#][\w-]+|\[[^\]]+\])*)")
_PART = re.compile(r"[.#][\w-]+|\[[^\]]+\]")
_ATTR = re.compile(r"\[([\w-]+)(?:([\^*$]?=)['\"]?([^'\"\]]*)['\"]?)?\]")


def _simple_to_xpath(simple: str) -> str:
    match = _SIMPLE.fullmatch(simple)
    if not match:
        raise ValueError(f"unsupported selector part: {simple!r}")
    tag, rest = match.group(1) or "*", match.group(2)
    conds = []
    for part in _PART.findall(rest):
        if part.startswith("."):
            conds.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {part[1:]} ')")
        elif part.startswith("#"):
            conds.append(f"@id='{part[1:]}'")
        else:
            attr = _ATTR.fullmatch(part)
            if not attr:
                raise ValueError(f"unsupported attribute test: {part!r}")
            name, op, value = attr.groups()
            conds.append(
                {
                    None: f"@{name}",
                    "=": f"@{name}='{value}'",
                    "^=": f"starts-with(@{name}, '{value}')",
                    "*=": f"contains(@{name}, '{value}')",
                    "$=": f"substring(@{name}, string-length(@{name}) - {len(value or '') - 1})='{value}'",
                }[op]
            )
    return tag + "".join(f"[{c}]" for c in conds)


def css_to_xpath(selector: str, relative: bool = False) -> str:
    """Translate the supported CSS subset to XPath (comma = union)."""
    paths = []
    for alternative in selector.split(","):
        tokens = alternative.replace(">", " > ").split()
        path, axis = ("." if relative else ""), "//"
        for token in tokens:
            if token == ">":
                axis = "/"
                continue
            path += axis + _simple_to_xpath(token)
            axis = "//"
        paths.append(path)
    return " | ".join(paths)


def select(node: _Element, selector: str) -> list[_Element]:
    """Elements under `node` matching `selector` (document order)."""
    return list(node.xpath(css_to_xpath(selector, relative=True)))


#: Elements whose content a browser with JavaScript does not show.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})


def block_text(node: _Element, hidden: frozenset[str] = HIDDEN_TAGS) -> str:
    """Visible text of a node with block elements and <br> on their own lines (`hidden` tags dropped)."""
    parts: list[str] = []

    def walk(el: _Element, root: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tail = "" if root else (el.tail or "")
        if tag in hidden:
            parts.append(tail)
            return
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        parts.append(tail)

    walk(node, root=True)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def page_bytes(path: Path) -> bytes:
    """A saved page's bytes; `.gz` pages (the extraction benchmark's) decompressed."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def load_page(path: Path) -> _Element:
    """Parse a saved page with the same decoding slant uses."""
    from slant.extract.decode import decode_bytes

    return parse_markup(decode_bytes(page_bytes(path)))


def parse_markup(text: str) -> _Element:
    """Parse a page's decoded text; an XML or PHP prologue first is dropped (lxml refuses a
    decoded text that declares its encoding)."""
    return lxml_html.document_fromstring(re.sub(r"^\s*<\?[^>]*\?>", "", text))


# --- applying a spec ---


def _own_text(item: _Element, spec: dict[str, Any], items: set[_Element]) -> str:
    """The comment's own text: its text node, less nested comments and the spec's cuts."""
    if spec.get("text_in_next_sibling"):  # <dt> author line, <dd> text
        sibling = item.getnext()
        holders = [sibling] if sibling is not None else []
    else:
        holders = select(item, spec["text"]) if spec.get("text") else [item]
        holders = [h for h in holders if _owner(h, items) is item]
    if not holders:
        return ""
    texts = []
    for holder in holders[: spec.get("text_nodes", 1)]:
        copy = lxml_html.fromstring(lxml_html.tostring(holder, encoding="unicode"))
        item_xpath = css_to_xpath(spec["item"], relative=True)
        for cut in list(copy.xpath(item_xpath)) + [e for sel in spec.get("drop", []) for e in select(copy, sel)]:
            if cut is not copy and cut.getparent() is not None:
                _remove_keep_tail(cut)
        texts.append(block_text(copy))
    return "\n".join(t for t in texts if t)


def _remove_keep_tail(el: _Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + " " + tail
    else:
        parent.text = (parent.text or "") + " " + tail
    parent.remove(el)


def _owner(node: _Element, items: set[_Element]) -> _Element | None:
    """The nearest comment item that holds `node` (itself included)."""
    cur: _Element | None = node
    while cur is not None:
        if cur in items:
            return cur
        cur = cur.getparent()
    return None


def _author(item: _Element, spec: dict[str, Any], items: set[_Element]) -> str | None:
    selector = spec.get("author")
    if not selector:
        return None
    for node in select(item, selector):
        if _owner(node, items) is not item:
            continue
        name = node.get(spec["author_attr"]) if spec.get("author_attr") else block_text(node)
        name = re.sub(r"\s+", " ", name or "").strip()
        if spec.get("author_regex"):
            found = re.search(spec["author_regex"], name)
            name = found.group(1).strip() if found else ""
        for pattern in spec.get("author_strip", []):
            name = re.sub(pattern, "", name).strip()
        if name:
            return name
    return None


#: Parent rules that read a reply depth per comment and take the nearest shallower comment before it.
_DEPTH_MODES = ("depth:", "count:", "depth_attr:", "depth_text:")


def _depth(item: _Element, spec: dict[str, Any]) -> int:
    """Reply depth: a class/style number (`depth:REGEX`), counted containers (`count:SELECTOR`),
    an attribute number of a node in the comment (`depth_attr:SELECTOR@ATTR`, e.g. Hacker News'
    `td.ind@indent`) or a number in the comment's visible text (`depth_text:REGEX`, e.g. "level 2")."""
    mode, arg = spec["parent"].split(":", 1)
    if mode == "count":
        return sum(1 for anc in item.iterancestors() if anc in spec["_containers"])
    if mode == "depth_attr":
        selector, attr = arg.rsplit("@", 1)
        nodes = select(item, selector)
        found = re.search(r"\d+", nodes[0].get(attr) or "") if nodes else None
        return int(found.group(0)) if found else 0
    if mode == "depth_text":
        found = re.search(arg, block_text(item))
        return int(found.group(1)) if found else 0
    pattern = re.compile(spec["parent"].split(":", 1)[1])
    node: _Element | None = item
    while node is not None:
        for attr in ("class", "style", "id"):
            found = pattern.search(node.get(attr) or "")
            if found:
                return int(found.group(1))
        node = node.getparent()
    return 0


def _parents(rows: list[dict[str, Any]], spec: dict[str, Any]) -> None:
    """Fill each row's parent index by the spec's rule."""
    mode = spec.get("parent", "none")
    if mode == "nest":
        by_el = {row["_el"]: i for i, row in enumerate(rows)}
        all_items = set(spec["_all_items"])
        for row in rows:
            anc = row["_el"].getparent()
            owner = _owner(anc, all_items) if anc is not None else None
            row["parent"] = by_el.get(owner) if owner is not None else None
    elif mode == "idref":
        ids = {row["_id"]: i for i, row in enumerate(rows) if row.get("_id")}
        for row in rows:
            row["parent"] = ids.get(row.get("_ref")) if row.get("_ref") else None
    elif mode.startswith(_DEPTH_MODES):
        stack: list[tuple[int, int]] = []
        for i, row in enumerate(rows):
            depth = row["_depth"]
            while stack and stack[-1][0] >= depth:
                stack.pop()
            row["parent"] = stack[-1][1] if stack else None
            stack.append((depth, i))
    elif mode == "replyto":
        last_by_author: dict[str, int] = {}
        for i, row in enumerate(rows):
            target = row.get("_replyto")
            row["parent"] = last_by_author.get(target) if target else None
            if row["author"]:
                last_by_author[row["author"]] = i
    else:
        for row in rows:
            row["parent"] = None


def apply_spec(root: _Element, spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Comments found by `spec`: author, own text, parent index, and the element."""
    all_items = select(root, spec["item"])
    for sel in spec.get("exclude_items", []):
        banned = set(select(root, sel))
        all_items = [el for el in all_items if el not in banned and not any(a in banned for a in el.iterancestors())]
    all_items = all_items[spec.get("skip_first", 0) :]  # a forum's opening post is the article
    item_set = set(all_items)
    spec["_all_items"] = all_items
    if spec.get("parent", "").startswith("count:"):
        spec["_containers"] = set(select(root, spec["parent"].split(":", 1)[1]))
    rows: list[dict[str, Any]] = []
    for el in all_items:
        row: dict[str, Any] = {"_el": el, "author": _author(el, spec, item_set), "text": _own_text(el, spec, item_set)}
        if spec.get("parent", "").startswith(_DEPTH_MODES):
            row["_depth"] = _depth(el, spec)
        if spec.get("parent") == "idref":
            row["_id"] = el.get(spec["id_attr"])
            ref_sel, ref_attr = spec["parent_ref"]
            ref_nodes = [el] if not ref_sel else select(el, ref_sel)
            row["_ref"] = ref_nodes[0].get(ref_attr) if ref_nodes else None
            if spec.get("id_digits"):  # "post: 31243284" quotes the item "post-31243284"
                row["_id"], row["_ref"] = (re.sub(r"\D", "", v or "") or None for v in (row["_id"], row["_ref"]))
        if spec.get("replyto"):
            found = select(el, spec["replyto"])
            row["_replyto"] = re.sub(r"\s+", " ", block_text(found[0])).strip() if found else None
        rows.append(row)
    if spec.get("parent", "none") != "nest":
        kept_rows = [r for r in rows if r["text"].strip() or not spec.get("skip_empty", True)]
        _parents(rows, spec)  # depth/replyto over every entry, so stubs still hold their place
        index = {id(r): i for i, r in enumerate(rows)}
        kept_index = {index[id(r)]: k for k, r in enumerate(kept_rows)}
        for r in kept_rows:
            r["parent"] = kept_index.get(r["parent"]) if r["parent"] is not None else None
        return kept_rows
    kept_rows = [r for r in rows if r["text"].strip() or not spec.get("skip_empty", True)]
    _parents(kept_rows, spec)
    return kept_rows


def gold_record(page: str, spec: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The gold JSON for one page (no page text: names, hashes, parent indexes)."""
    return {
        "page": page,
        "language": spec.get("language"),
        "system": spec.get("system", ""),
        "sure": spec.get("sure", True),
        "comments": [
            {
                "author": r["author"],
                "opening_sha1": opening_sha1(r["text"]),
                "word_hashes": word_hashes(r["text"]),
                "parent": r["parent"],
            }
            for r in rows
        ],
        "notes": spec.get("notes", ""),
    }


# --- command line ---


def explore(path: Path) -> None:
    """Print class names that look like comment markup, most frequent first."""
    root = load_page(path)
    counts: Counter[str] = Counter()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name in (el.get("class") or "").split():
            if _COMMENTISH.search(name):
                counts[f"{el.tag}.{name}"] += 1
        if el.get("id") and _COMMENTISH.search(el.get("id") or ""):
            counts[f"{el.tag}#{re.sub(r'[0-9]+', 'N', el.get('id') or '')}"] += 1
        if el.get("itemtype") and "Comment" in (el.get("itemtype") or ""):
            counts[f"{el.tag}[itemtype={el.get('itemtype')}]"] += 1
    for name, n in counts.most_common(60):
        print(f"{n:5d}  {name}")


def show(specs: dict[str, Any], path: Path, width: int = 90) -> None:
    """Print what the page's spec finds, one comment a line."""
    spec = specs[path.name]
    rows = apply_spec(load_page(path), spec)
    for i, r in enumerate(rows):
        opening = " ".join(r["text"].split())[:width]
        print(f"{i:3d} p={r['parent']!s:>4} [{r['author']}] {opening}")
    print(f"-- {len(rows)} comments, {sum(r['parent'] is not None for r in rows)} replies")


def write(specs: dict[str, Any], pages: Path, out: Path) -> None:
    """Write <stem>.json gold for every page the specs name."""
    out.mkdir(parents=True, exist_ok=True)
    for name, spec in specs.items():
        rows = apply_spec(load_page(pages / name), spec) if spec.get("item") else []
        record = gold_record(name, spec, rows)
        (out / f"{Path(name).stem}.json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {len(rows)} comments")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, Callable[[], None]] = {
        "explore": lambda: explore(Path(args[1])),
        "show": lambda: show(json.loads(Path(args[1]).read_text(encoding="utf-8")), Path(args[2])),
        "write": lambda: write(json.loads(Path(args[1]).read_text(encoding="utf-8")), Path(args[2]), Path(args[3])),
    }
    if not args or args[0] not in commands:
        print(__doc__)
        return 2
    commands[args[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
