"""`slant compare` and `slant corpus` on a small store, and the examples corpus end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from slant.cli import app
from slant.compare import build_comparison, find_republications, group_events
from slant.document import document_from_dict
from slant.store.sqlite import CorpusStore
from test_compare_framing import load_corpus

EXAMPLES = Path(__file__).parent.parent / "examples"
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def db(tmp_path: Path) -> Path:
    docs = load_corpus()
    hostile = docs[0]
    hostile.title = PAYLOAD + hostile.title
    path = tmp_path / "corpus.sqlite"
    with CorpusStore(path) as store:
        store.upsert_many(docs)
    return path


def test_compare_json(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "compare.json"
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    vantry = next(e for e in data["events"] if "std-1" in e["doc_ids"])
    assert sorted(vantry["doc_ids"]) == ["ledger-1", "std-1", "wire-1"]
    terms = {f["outlet"]: f["event_term"] for f in vantry["framing"] if not f["quoted"]}
    assert terms["Northern Standard"] == "liberation" and terms["Wire Service One"] == "capture"
    assert any(f["quoted"] and f["outlet"] == "Northern Standard" for f in vantry["framing"])
    assert any(e["doc_ids"] == ["wire-2"] for e in data["events"])

    only = tmp_path / "one.json"
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "--event", vantry["id"], "-o", str(only)])
    assert result.exit_code == 0, result.output
    assert [e["id"] for e in json.loads(only.read_text())["events"]] == [vantry["id"]]


def test_compare_html_escapes_hostile_titles(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "compare.html"
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in page
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "onerror=" not in page.replace("onerror=alert(1)&gt;", "")  # only as escaped text
    assert "http://" not in page and "https://" not in page  # offline: no external assets
    assert "liberation" in page and "quoted by Harbor Ledger" in page


def test_compare_unknown_event_exits_2(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "--event", "ev-nope", "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.json").exists()


def test_corpus_listings_and_filters(db: Path) -> None:
    runner = CliRunner()
    outlets = json.loads(runner.invoke(app, ["corpus", "outlets", "--db", str(db), "--json"]).output)
    assert {o["outlet"]: o["documents"] for o in outlets} == {"Wire Service One": 2, "Northern Standard": 1, "Harbor Ledger": 1}

    def ids(*args: str) -> list[str]:
        result = runner.invoke(app, ["corpus", "documents", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        return sorted(d["id"] for d in json.loads(result.output))

    assert ids("--label", "terrorists") == ["std-1"]
    assert ids("--technique", "Loaded_Language") == ["ledger-1", "std-1"]
    assert ids("--actor", "lakeside") == ["ledger-1", "std-1", "wire-1"]
    assert ids("--outlet", "wire service one", "--since", "2025-09-03") == ["wire-2"]
    assert ids("--until", "2025-09-02") == ["wire-1"]
    events = json.loads(runner.invoke(app, ["corpus", "events", "--db", str(db), "--json"]).output)
    assert sorted(len(e["doc_ids"]) for e in events) == [1, 3]
    table = runner.invoke(app, ["corpus", "outlets", "--db", str(db)])
    assert table.exit_code == 0 and "Harbor" in table.output
    bad = runner.invoke(app, ["corpus", "documents", "--db", str(db), "--since", "yesterday"])
    assert bad.exit_code != 0


def test_examples_corpus_end_to_end(tmp_path: Path) -> None:
    """Extraction only (no models): the three outlets' Halvik articles form one event."""
    out, db = tmp_path / "demo.jsonl", tmp_path / "demo.sqlite"
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLES), "-o", str(out), "--db", str(db), "--analyzers", "", "-w", "1", "-q"])
    assert result.exit_code == 0, result.output
    docs = [document_from_dict(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(d.ok for d in docs), [d.error for d in docs if not d.ok]
    by_file = {Path(d.source).name: d for d in docs}
    herald, wire, meridian = (
        by_file[f"{name}.html"] for name in
        ("patriot-herald-halvik-liberated", "continental-press-halvik-captured", "meridian-post-halvik-siege")
    )
    main = [herald.id, wire.id, meridian.id]
    events = group_events(docs)
    halvik = next(e for e in events if main[0] in e.doc_ids)
    assert set(main) <= set(halvik.doc_ids)
    grain = next(d for d in docs if d.title and "Port Meral" in d.title)
    assert grain.id not in halvik.doc_ids
    copies = find_republications(docs)
    assert [(r.source_id, set(r.outlets)) for r in copies] == [
        (wire.id, {"Continental Press Agency", "Eastbridge Daily"})
    ]
    data = build_comparison(docs, event_id=halvik.id)
    terms = {f["outlet"]: f["event_term"] for f in data["events"][0]["framing"] if not f["quoted"]}
    assert terms["The Patriot Herald"] == "liberation" and terms["Continental Press Agency"] == "capture"
    assert terms["The Meridian Post"] != "liberation"
