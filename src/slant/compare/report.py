"""Compare outlets over a corpus: events, framing per outlet, republications; JSON and HTML.

`build_comparison` is the one library function behind `slant compare`, the web
app's /compare page and its JSON twin /api/compare: it groups the corpus into
events, compares framing inside each event and finds republished copies.
`render_html` turns the same dict into one offline page.
Analyzed pages are hostile input, so the page is rendered by Jinja2 with
autoescaping on, carries no scripts, no event handlers and no external assets,
and a Content-Security-Policy forbids loading anything.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment

from slant.compare.duplicates import find_republications
from slant.compare.events import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, group_events
from slant.compare.framing import compare_framing
from slant.document import Document

if TYPE_CHECKING:
    from slant.store.sqlite import CorpusStore


class UnknownEvent(KeyError):
    """Raised when --event names no event of the corpus."""


def build_comparison(
    docs: Sequence[Document],
    event_id: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    min_outlets: int = 1,
) -> dict[str, Any]:
    """Events with per-outlet framing and republications, as a JSON-ready dict."""
    docs = [d for d in docs if d.ok]
    by_id = {d.id: d for d in docs}
    events = group_events(docs, threshold=threshold, window_days=window_days)
    if event_id is not None:
        events = [e for e in events if e.id == event_id]
        if not events:
            raise UnknownEvent(event_id)
    republications = find_republications(docs)
    # doc id -> its republication groups: looking them up per event, not scanning all per event.
    copies_of: dict[str, list[int]] = {}
    for k, republication in enumerate(republications):
        for doc_id in republication.doc_ids:
            copies_of.setdefault(doc_id, []).append(k)
    out_events = []
    for event in events:
        if len(event.outlets or [None]) < min_outlets and event_id is None:
            continue
        members = [by_id[i] for i in event.doc_ids]
        member_ids = set(event.doc_ids)
        entry = event.to_dict()
        entry["documents"] = [
            {"id": d.id, "outlet": d.outlet_name, "title": d.title, "published": d.published, "url": d.url, "source": d.source}
            for d in members
        ]
        entry["framing"] = [f.to_dict() for f in compare_framing(members, event.entities)]
        touched = sorted({k for doc_id in member_ids for k in copies_of.get(doc_id, [])})
        entry["republications"] = [republications[k].to_dict() for k in touched]
        out_events.append(entry)
    return {
        "documents": len(docs),
        "outlets": sorted({d.outlet_name for d in docs}),
        "events": out_events,
        "republications": [r.to_dict() for r in republications],
        "settings": {"threshold": threshold, "window_days": window_days},
    }


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>slant compare: {{ data.events|length }} events, {{ data.outlets|length }} outlets</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; background: #fafafa; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2.2rem; border-bottom: 2px solid #ccc; }
table { border-collapse: collapse; width: 100%; background: #fff; table-layout: fixed; }
th, td { border: 1px solid #d0d0d0; padding: .45rem .55rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th[scope=row] { width: 11rem; background: #f0f0f0; }
thead th { background: #e8eef7; }
.quoted { background: #fff8e6; } .muted { color: #777; } .term { font-weight: 600; }
.pill { display: inline-block; padding: 0 .35rem; margin: 0 .2rem .2rem 0; border-radius: .3rem; background: #eef; }
.warn { background: #fde8e8; } ul { margin: 0; padding-left: 1.1rem; } code { font-size: .9em; }
</style>
</head>
<body>
<h1>How outlets covered the same events</h1>
<p>{{ data.documents }} documents from {{ data.outlets|length }} outlets, grouped into {{ data.events|length }} events
(similarity threshold {{ data.settings.threshold }}, window {{ data.settings.window_days }} days).
Columns marked <span class="quoted">quoted</span> show an outlet's coverage as another outlet's page quoted it.</p>
{% for event in data.events %}
<section id="{{ event.id }}">
<h2>{{ event.label }} <span class="muted">· {{ event.id }} · {{ event.first_published or "undated" }}{% if event.last_published and event.last_published != event.first_published %} to {{ event.last_published }}{% endif %}</span></h2>
<table>
<thead><tr><th scope="col">&nbsp;</th>
{% for f in event.framing %}<th scope="col" class="{{ 'quoted' if f.quoted else '' }}">{{ f.outlet }}{% if f.quoted %}<br><span class="muted">quoted by {{ f.quoted_in|join(", ") }}</span>{% endif %}</th>{% endfor %}
</tr></thead>
<tbody>
<tr><th scope="row">Headline</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% for t in f.titles %}<div>{{ t }}</div>{% else %}<span class="muted">—</span>{% endfor %}</td>{% endfor %}</tr>
<tr><th scope="row">Word for the event</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}"><span class="term">{{ f.event_term or "—" }}</span>
{% if f.event_terms %}<ul>{% for t in f.event_terms %}<li>{{ t.term }} ×{{ t.own }}{% if t.distanced %} <span class="muted">(+{{ t.distanced }} in quotes / distanced)</span>{% endif %}</li>{% endfor %}</ul>{% endif %}</td>{% endfor %}</tr>
<tr><th scope="row">Labels for actors</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% if f.actor_labels is none %}<span class="muted">no actors layer</span>{% else %}<ul>{% for actor, labels in f.actor_labels.items() if labels %}<li><b>{{ actor }}</b>: {% for l in labels %}<span class="pill">{% if l.so_called %}so-called {% endif %}{% if l.scare_quoted %}“{{ l.label }}”{% else %}{{ l.label }}{% endif %} ×{{ l.count }}</span>{% endfor %}</li>{% else %}<li class="muted">no labels applied</li>{% endfor %}</ul>{% endif %}</td>{% endfor %}</tr>
<tr><th scope="row">Techniques</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% if f.techniques is none %}<span class="muted">no techniques layer</span>{% else %}{% for name, n in f.techniques.items() %}<span class="pill">{{ name }} ×{{ n }}</span>{% else %}<span class="muted">none found</span>{% endfor %}{% if f.techniques_quoted %}<div class="muted">in quotes: {% for name, n in f.techniques_quoted.items() %}{{ name }} ×{{ n }}{% if not loop.last %}, {% endif %}{% endfor %}</div>{% endif %}{% endif %}</td>{% endfor %}</tr>
<tr><th scope="row">Loaded terms</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% if f.loaded_terms is none %}<span class="muted">no loaded-terms layer</span>{% else %}{% for term, n in f.loaded_terms.items() %}<span class="pill">{{ term }} ×{{ n }}</span>{% else %}<span class="muted">none found</span>{% endfor %}{% if f.loaded_terms_quoted %}<div class="muted">in quotes: {% for term, n in f.loaded_terms_quoted.items() %}{{ term }} ×{{ n }}{% if not loop.last %}, {% endif %}{% endfor %}</div>{% endif %}{% endif %}</td>{% endfor %}</tr>
<tr><th scope="row">Sources cited</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% for name, n in f.sources.items() %}<div>{{ name }} ×{{ n }}</div>{% else %}<span class="muted">—</span>{% endfor %}</td>{% endfor %}</tr>
<tr><th scope="row">Claims</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% if f.claims %}<ul>{% for c in f.claims[:8] %}<li>{{ c.text }}{% if c.attributed_to %} <span class="muted">— {{ c.attributed_to }}</span>{% endif %}</li>{% endfor %}</ul>{% if f.claims|length > 8 %}<span class="muted">and {{ f.claims|length - 8 }} more</span>{% endif %}{% elif "claims" in f.missing %}<span class="muted">no claims layer</span>{% else %}<span class="muted">none found</span>{% endif %}</td>{% endfor %}</tr>
<tr><th scope="row">Only this outlet mentions</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{% if f.unique %}{% for e in f.unique.entities %}<span class="pill">{{ e }}</span>{% endfor %}{% for n in f.unique.numbers %}<span class="pill">{{ n }}</span>{% endfor %}{% if f.unique.claims %}<ul>{% for c in f.unique.claims %}<li>{{ c }}</li>{% endfor %}</ul>{% endif %}{% else %}<span class="muted">—</span>{% endif %}</td>{% endfor %}</tr>
<tr><th scope="row">Missing layers</th>{% for f in event.framing %}<td class="{{ 'quoted' if f.quoted else '' }}">{{ f.missing|join(", ") or "—" }}</td>{% endfor %}</tr>
</tbody>
</table>
{% if event.republications %}<p><b>Republished text:</b></p><ul>{% for r in event.republications %}<li>{% for id in r.doc_ids %}<code>{{ id }}</code> ({{ r.outlets[loop.index0] or "unknown outlet" }}){% if id == r.source_id %} <b>earliest</b>{% endif %}{% if not loop.last %}, {% endif %}{% endfor %}</li>{% endfor %}</ul>{% endif %}
<p class="muted">Documents: {% for d in event.documents %}{{ d.outlet }} — {{ d.title or d.source }} ({{ d.published or "undated" }}){% if not loop.last %}; {% endif %}{% endfor %}</p>
</section>
{% else %}
<p>No events: the corpus has no analyzed documents.</p>
{% endfor %}
</body>
</html>
"""

_env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


def render_html(data: dict[str, Any]) -> str:
    """The comparison as one offline HTML page (everything escaped, no scripts)."""
    return _env.from_string(TEMPLATE).render(data=data)


def write_comparison(data: dict[str, Any], output: Path) -> str:
    """Write JSON (.json) or HTML (anything else) and return the format written."""
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.suffix.lower() == ".json":
        output.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return "json"
    output.write_text(render_html(data), encoding="utf-8")
    return "html"


def comparison_options(threshold: float | None = None, window_days: int | None = None) -> dict[str, Any]:
    """build_comparison's settings from user input (CLI and web): None means the default,
    a negative window means no date limit."""
    window = DEFAULT_WINDOW_DAYS if window_days is None else (None if window_days < 0 else window_days)
    return {"threshold": DEFAULT_THRESHOLD if threshold is None else threshold, "window_days": window}


def compare_corpus(store: CorpusStore, event_id: str | None = None, **options: Any) -> dict[str, Any]:
    """Build the comparison for every analyzed document of an open corpus store."""
    from slant.store.corpus import Corpus

    return build_comparison(Corpus(store).list(), event_id=event_id, **options)


def compare_store(db: Path | str, event_id: str | None = None, **options: Any) -> dict[str, Any]:
    """Build the comparison for every document in an SQLite corpus file."""
    from slant.store.sqlite import CorpusStore

    with CorpusStore(db) as store:
        return compare_corpus(store, event_id=event_id, **options)
