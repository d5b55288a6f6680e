"""Render an HTML page to plain text the way a scraper would (for `--as-text` scoring).

Visible text of the whole page, block elements on their own lines, scripts, styles and
templates dropped. A scraper runs no JavaScript, so `<noscript>` content is shown (a
Discourse page's posts are only there). No boilerplate removal: that is the extractor's job.

Scrapers lay text out in more than one way, and a text path tuned on one layout can fail on
the next, so `RENDERINGS` names three: `blocks` (one block per line), `spaced` (a blank line
between every two blocks, as `get_text("\n\n")` or html2text give) and `nodes` (every text
node on its own line, links and bold words split from their sentence, as `get_text("\n")` gives).
"""

from __future__ import annotations

from lxml import html as lxml_html

from slant.eval.gold_tools import HIDDEN_TAGS, block_text, parse_markup

#: What a scraper without JavaScript does not show.
SCRAPER_HIDDEN = HIDDEN_TAGS - {"noscript"}


#: The scraper layouts `render_text` can give.
RENDERINGS = ("blocks", "spaced", "nodes")


def render_text(page_html: str, rendering: str = "blocks") -> str:
    """Plain text of a whole HTML page in one of the RENDERINGS (default: one block per line)."""
    if rendering not in RENDERINGS:
        raise ValueError(f"unknown rendering {rendering!r}; choose one of {', '.join(RENDERINGS)}")
    try:
        root = parse_markup(page_html)
    except Exception:  # lxml raises several types on hostile markup: no text then
        return ""
    body = root.find("body")
    node = body if body is not None else root
    if rendering == "nodes":
        return "\n".join(_text_nodes(node))
    text = block_text(node, hidden=SCRAPER_HIDDEN)
    return text.replace("\n", "\n\n") if rendering == "spaced" else text


def _text_nodes(node: lxml_html.HtmlElement) -> list[str]:
    """Each visible text node of `node`, whitespace collapsed, in document order."""
    out: list[str] = []

    def visit(text: str | None) -> None:
        if text and text.strip():
            out.append(" ".join(text.split()))

    def walk(el: lxml_html.HtmlElement) -> None:
        if not isinstance(el.tag, str) or el.tag in SCRAPER_HIDDEN:
            return
        visit(el.text)
        for child in el:
            walk(child)
            visit(child.tail)

    walk(node)
    return out
