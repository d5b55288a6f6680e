"""The HTML report: one self-contained, offline file for a set of analyzed documents.

Everything from analyzed pages goes through Jinja2 autoescaping. The only
blocks marked safe are slant's own vendored CSS and JS (inlined so the file
needs no network) and the chart data, which is JSON escaped for a script
context. A Content-Security-Policy meta tag allows exactly those inline blocks
by their sha256 hashes, so even a script that slipped into the text could not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from slant.analyze.glossary import propaganda_definition
from slant.document import TECHNIQUES, Document
from slant.report.view import (
    bar_chart,
    chart_height,
    colour_index,
    define,
    document_view,
    pretty,
)
from slant.store.corpus import outlet_figures
from slant.store.corpus import technique_counts as corpus_technique_counts

__all__ = ["render_document_fragment", "render_pages", "render_report", "write_report", "load_documents", "script_json"]

#: Past this many analyzed documents `write_report` writes an index plus one page per
#: document (one file would grow by ~25 KB a document: 127 MB at 5k).
MULTI_PAGE_DOCUMENTS = 300

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def static_text(name: str) -> str:
    """A vendored asset; refuses one that could close its own inline block."""
    text = (STATIC / name).read_text(encoding="utf-8")
    if "</" in text:
        raise ValueError(f"static asset {name} contains '</' and cannot be inlined safely")
    return text


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def script_json(data: Any) -> Markup:
    """JSON safe inside <script type="application/json">: no '<', '>', '&' or line separators."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return Markup(text)  # escaped for the script context above; it is data, never run


def safe_href(url: str | None) -> str | None:
    """A link target only for http(s) URLs (never javascript:, data:, ...)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def add_globals(env: jinja2.Environment) -> jinja2.Environment:
    env.globals.update(
        pretty=pretty, colour_index=colour_index, chart_height=chart_height, safe_href=safe_href, define=define,
        propaganda_meaning=propaganda_definition,  # the score's definition: tooltips and legend
    )
    return env


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template, whatever its file name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return add_globals(env)


def report_csp(css: str, js: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src {csp_hash(js)}; "
        f"style-src {csp_hash(css)}; "
        "img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def chart_data(docs: list[Document], figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The numbers behind the charts, embedded as JSON for anyone who wants them."""
    return {
        "outlets": figures,
        "techniques": dict(corpus_technique_counts(docs).most_common()),
        "documents": [
            {
                "id": d.id, "outlet": d.outlet_name, "title": d.title,
                "techniques": dict(corpus_technique_counts([d]).most_common()),
                "scores": d.scores,
            }
            for d in docs
        ],
    }


def page_name(doc: Document) -> str:
    """A document page's file name: a hash of its id, so no id can name a path."""
    return "doc-" + hashlib.sha256(doc.id.encode("utf-8")).hexdigest()[:20] + ".html"


def render_report(docs: Iterable[Document], title: str = "slant report", origin: str = "",
                  pages: dict[str, str] | None = None) -> str:
    """The whole report as one HTML string; with `pages` (anchor -> relative link) only the
    index, its document list linking to those pages."""
    docs = list(docs)
    ok = [d for d in docs if d.ok]
    failed = [d for d in docs if not d.ok]
    figures = outlet_figures(ok)
    counts = corpus_technique_counts(ok)
    known = [t for t in TECHNIQUES if t in counts] + sorted(t for t in counts if t not in TECHNIQUES)
    corpus_chart = bar_chart(
        [(pretty(t), n, colour_index(t)) for t, n in counts.most_common()], value_format="{:.0f}"
    )
    css = static_text("slant.css")
    js = static_text("slant.js")
    template = environment().get_template("report.html.j2")
    return template.render(
        title=title,
        origin=origin or "documents",
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        documents=[document_view(d) for d in ok],
        errors=failed,
        figures=figures,
        techniques=known,
        corpus_chart=corpus_chart,
        csp=report_csp(css, js),
        css=Markup(css),  # slant's own stylesheet, checked by static_text
        js=Markup(js),  # slant's own script, checked by static_text
        data_json=script_json(chart_data(ok, figures)),
        pages=pages or {},
    )


def render_pages(docs: Iterable[Document], index_name: str, folder: str, title: str = "slant report",
                 origin: str = "") -> Iterator[tuple[str, str]]:
    """(relative path, HTML) of a multi-page report: the index first, then one page per
    analyzed document in `folder` (linked in index order, with previous/next links)."""
    docs = list(docs)
    ok = [d for d in docs if d.ok]
    names = [f"{folder}/{page_name(d)}" for d in ok]
    views = [document_view(d) for d in ok]
    yield index_name, render_report(docs, title, origin, pages={v.anchor: n for v, n in zip(views, names)})
    css = static_text("slant.css")
    js = static_text("slant.js")
    template = environment().get_template("document_page.html.j2")
    for k, (view, name) in enumerate(zip(views, names)):
        yield name, template.render(
            title=title, v=view, csp=report_csp(css, js), css=Markup(css), js=Markup(js),
            index=f"../{index_name}",
            previous=Path(names[k - 1]).name if k else None,
            next=Path(names[k + 1]).name if k + 1 < len(names) else None,
        )


def render_document_fragment(doc: Document) -> str:
    """One document's section alone (for embedding; same markup as in the report)."""
    template = environment().from_string(
        '{% from "_document.html.j2" import document_view %}{{ document_view(v) }}'
    )
    return template.render(v=document_view(doc))


def load_documents(jsonl: Path | None = None, db: Path | None = None) -> list[Document]:
    """Documents from a JSONL results file and/or an SQLite corpus (deduplicated by id)."""
    from slant.store.jsonl import read_jsonl_documents

    docs: dict[str, Document] = {}
    if jsonl is not None:
        for doc in read_jsonl_documents(jsonl):
            docs[doc.id] = doc
    if db is not None:
        from slant.store.corpus import Corpus
        from slant.store.sqlite import CorpusStore

        with CorpusStore(db) as store:
            for doc in Corpus(store).iter_documents(include_errors=True):
                docs.setdefault(doc.id, doc)
    return list(docs.values())


def write_report(jsonl: Path | None = None, db: Path | None = None, output: Path = Path("report.html"),
                 multi_page: bool | None = None) -> Path:
    """Read results (JSONL and/or SQLite) and write the HTML report: one file, or (when
    `multi_page`, by default past MULTI_PAGE_DOCUMENTS documents) an index at `output` plus
    one page per document in the folder `<output stem>_pages` beside it. Returns `output`."""
    if jsonl is None and db is None:
        raise ValueError("write_report needs a JSONL file or a database")
    docs = load_documents(jsonl, db)
    origin = " + ".join(str(p) for p in (jsonl, db) if p is not None)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    if multi_page is None:
        multi_page = sum(1 for d in docs if d.ok) > MULTI_PAGE_DOCUMENTS
    if not multi_page:
        output.write_text(render_report(docs, title=output.stem, origin=origin), encoding="utf-8")
        return output
    folder = f"{output.stem}_pages"
    (output.parent / folder).mkdir(exist_ok=True)
    for name, html in render_pages(docs, output.name, folder, title=output.stem, origin=origin):
        (output.parent / name).write_text(html, encoding="utf-8")
    return output
