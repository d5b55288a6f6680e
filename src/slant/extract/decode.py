"""Turn raw input bytes into text, refusing what is not text.

Hostile or broken inputs (binary files, invalid encodings, huge files) must
become clear error records, never crashes: this is the first gate.
"""

from __future__ import annotations

import re

from slant import errors
from slant.config import DEFAULT_MAX_BYTES, Limits  # noqa: F401  (DEFAULT_MAX_BYTES: the server's settings import it here)
from slant.errors import SlantInputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the head mean a non-text file."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, limits: Limits = Limits()) -> str:
    """Decode page bytes: BOM, declared charset, UTF-8, then detection.

    Raises SlantInputError for empty, oversized, binary or undecodable input.
    """
    limits.check_size(len(data))
    if not data.strip():
        raise SlantInputError(errors.EMPTY, "input is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _finish(data[len(bom) :].decode(codec, errors="replace"))
    if looks_binary(data):
        raise SlantInputError(errors.BINARY, "input looks binary (NUL or control bytes), not text or HTML")
    try:
        return _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return _finish(data.decode(declared.group(1).decode("ascii"), errors="strict"))
        except (LookupError, UnicodeDecodeError):
            pass
    return _finish(_detect(data))


def _detect(data: bytes) -> str:
    """Bytes that are not valid UTF-8: tolerate a few bad bytes, accept plausible cp1252, else refuse.

    Statistical detectors always find *some* single-byte codec that decodes
    anything, so a guess must also look like text: mostly ASCII letters, as
    Western pages in a legacy encoding are.
    """
    utf8_text = data.decode("utf-8", errors="replace")
    bad = utf8_text.count("\ufffd")
    if bad / max(len(utf8_text), 1) < 0.01:
        return utf8_text
    try:
        legacy = data.decode("cp1252")
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and _plausible_western(legacy):
        return legacy
    raise SlantInputError(
        errors.ENCODING, f"invalid UTF-8 ({bad:,} undecodable bytes) and no declared or plausible other encoding"
    )


def _plausible_western(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return non_ascii / len(letters) < 0.3


def _finish(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SlantInputError(errors.EMPTY, "input has no text")
    return text


def sniff_kind(text: str) -> str:
    """'html' when the text is markup, else 'text'."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<?php")):
        return "html"
    tags = len(re.findall(r"</?(?:p|div|span|a|html|body|head|article|section|br|li|ul|table|script)\b", text[:20000], re.I))
    return "html" if tags >= 3 else "text"
