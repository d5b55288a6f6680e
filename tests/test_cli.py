"""The command line: thin wrappers, clear accounting, errors as records."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from slant.cli import app

runner = CliRunner()

TEXT_PAGE = """Tarsk council closes the old bridge

The regional council of Tarsk voted on Monday to close the old stone bridge for repairs, a spokesperson said.

Engineers found cracks in two of the arches during an inspection last month, according to the council's report.
"""


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bridge.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 4)
    return folder


def test_analyze_writes_one_record_per_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(_corpus(tmp_path)), "-o", str(out), "--analyzers", "", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 2
    by_name = {Path(r["source"]).name: r for r in records}
    assert by_name["junk.bin"]["error"]["type"] == "binary_input"
    assert by_name["bridge.txt"]["error"] is None
    assert "old stone bridge" in by_name["bridge.txt"]["text"]
    assert "errors" in result.output and "inputs seen" in result.output


def test_strict_fails_when_an_input_failed(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(_corpus(tmp_path)), "-o", str(tmp_path / "o.jsonl"), "--analyzers", "", "--strict", "-q"])
    assert result.exit_code == 1


def test_unknown_analyzer_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(_corpus(tmp_path)), "--analyzers", "nonsense.v9"])
    assert result.exit_code == 2


def test_db_and_search(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    args = ["analyze", str(_corpus(tmp_path)), "-o", str(tmp_path / "o.jsonl"), "--db", str(db), "--analyzers", "", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0  # rerun: no duplicates
    from slant.store.sqlite import CorpusStore

    with CorpusStore(db) as store:
        assert store.counts()["documents"] == 1 and store.counts()["errors"] == 1
    result = runner.invoke(app, ["search", "arches", "--db", str(db), "--json"])
    assert result.exit_code == 0
    hit = json.loads(result.output.splitlines()[0])
    assert hit["where"] == "body" and "[arches]" in hit["snippet"]


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "search", "eval"):
        assert command in result.output


def test_summary_aggregates_thread_analytics() -> None:
    from slant.document import Comment, Document
    from slant.run.summary import RunSummary

    doc = Document(id="d", source="s", text="body")
    doc.comments = [
        Comment(id="c1", text="a", author="Ana", toxicity={"toxic": 0.9}, flags=["toxic", "insult"]),
        Comment(id="c2", text="b", author="Bo", parent="c1", toxicity={"toxic": 0.1}),
    ]
    doc.extras["thread"] = {"insults_at_commenters": 1, "insults_at_groups": 2,
                            "replies": [{"from": "Bo", "to": "Ana", "count": 1}]}
    summary = RunSummary()
    summary.add(doc)
    data = summary.to_dict()
    assert data["toxic_comment_share"] == 0.5
    assert data["most_toxic_authors"] == [("Ana", 1)]
    assert (data["insults_at_commenters"], data["insults_at_groups"]) == (1, 2)
    assert data["top_replies"] == [{"from": "Bo", "to": "Ana", "count": 1}]


def test_an_old_store_gets_one_line_and_exit_2(tmp_path, monkeypatch, capsys) -> None:
    """A store from another slant version is a usage problem with a known fix: no traceback."""
    import sqlite3
    import sys

    import pytest

    from slant.cli import main

    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, record TEXT NOT NULL)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(sys, "argv", ["slant", "corpus", "documents", "--db", str(old)])
    with pytest.raises(SystemExit) as stop:
        main()
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.count("\n") == 1 and "slant store migrate" in err and "Traceback" not in err


def test_techniques_lists_the_glossary() -> None:
    from slant.analyze.glossary import glossary, glossary_json

    result = runner.invoke(app, ["techniques", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == glossary_json()
    table = runner.invoke(app, ["techniques"], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    flat = " ".join(table.output.split())
    for e in glossary().values():
        assert e.name in flat and e.technique in flat
