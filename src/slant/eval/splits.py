"""The held-out rule every gold set of slant uses: one third by a hash of a fixed key.

Fixed before any result was seen, and the same for every set, so that a held-out part can be
named in advance: the key's sha256, read as a number, divisible by 3. What the key is (a page
file name, an article id, a layout name, a tweet's text) is each set's own choice.
"""

from __future__ import annotations

import hashlib


def held_out_third(key: str) -> bool:
    """Whether `key` falls in the held-out third: int(sha256(key)) % 3 == 0."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 0
