"""Render an HTML page to plain text the way a scraper would (for `--as-text` scoring).

Visible text of the whole page, block elements on their own lines, scripts, styles and
templates dropped. A scraper runs no JavaScript, so `<noscript>` content is shown (a
Discourse page's posts are only there). No boilerplate removal: that is the extractor's job.
"""

from __future__ import annotations

from lxml import html as lxml_html

from slant.eval.gold_tools import HIDDEN_TAGS, block_text

#: What a scraper without JavaScript does not show.
SCRAPER_HIDDEN = HIDDEN_TAGS - {"noscript"}


def render_text(page_html: str) -> str:
    """Plain text of a whole HTML page, one block per line."""
    try:
        root = lxml_html.document_fromstring(page_html)
    except Exception:  # lxml raises several types on hostile markup: no text then
        return ""
    body = root.find("body")
    return block_text(body if body is not None else root, hidden=SCRAPER_HIDDEN)
