"""One size limit, honoured everywhere: `--max-bytes` of `slant analyze` and `slant serve` reaches extraction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from slant.cli import app
from slant.config import Limits, RunConfig
from slant.document import Page
from slant.run.pipeline import Pipeline

runner = CliRunner()
STORY = "The council approved the budget for road repairs after a long debate on Monday. " * 12  # ~1 kB


def _analyze(tmp_path: Path, *args: str) -> dict[str, Any]:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", *args, "-o", str(out), "-a", "", "-q", "-w", "1"])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8").splitlines()[0])


@pytest.mark.parametrize("where", ["file", "jsonl"])
def test_analyze_max_bytes_changes_what_is_accepted(tmp_path: Path, where: str) -> None:
    if where == "file":
        page = tmp_path / "story.txt"
        page.write_text(STORY, encoding="utf-8")
    else:
        page = tmp_path / "feed.jsonl"
        page.write_text(json.dumps({"url": "https://example.org/a", "text": STORY}) + "\n", encoding="utf-8")
    refused = _analyze(tmp_path, str(page), "--max-bytes", "500")
    assert refused["error"]["type"] == "too_large"
    accepted = _analyze(tmp_path, str(page), "--max-bytes", "5000")
    assert accepted.get("error") is None and "council approved" in accepted["text"]


def test_extraction_holds_text_pages_to_the_run_limit() -> None:
    """Pages handed over as text (server, Python API, JSONL) meet the same limit as files."""
    small = Pipeline(RunConfig(analyzers=(), limits=Limits(max_bytes=500)))
    doc = small.extract_one(Page(source="x", content=STORY, kind="text"))
    assert doc.error is not None and doc.error.type == "too_large"
    large = Pipeline(RunConfig(analyzers=(), limits=Limits(max_bytes=5000)))
    assert large.extract_one(Page(source="x", content=STORY, kind="text")).ok


def _served_app(monkeypatch: pytest.MonkeyPatch, *args: str) -> Any:
    """What `slant serve ARGS` would serve (uvicorn is not started)."""
    import uvicorn

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **_: served.setdefault("app", application))
    result = runner.invoke(app, ["serve", "-a", "", *args])
    assert result.exit_code == 0, result.output
    return served["app"]


def test_serve_max_bytes_reaches_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    with TestClient(_served_app(monkeypatch, "--max-bytes", "500")) as client:
        assert client.app.state.slant.pipeline.config.limits.max_bytes == 500
        refused = client.post("/api/analyze", json={"text": STORY})
        assert refused.status_code >= 400 and "too_large" in refused.text
    with TestClient(_served_app(monkeypatch, "--max-bytes", "20000000")) as client:
        assert client.app.state.slant.pipeline.config.limits.max_bytes == 20_000_000
        accepted = client.post("/api/analyze", json={"text": STORY})
        assert accepted.status_code == 200, accepted.text


@pytest.mark.slow
def test_packs_option_switches_the_domain_aliases(tmp_path: Path) -> None:
    """`--packs ''` drops the conflict pack: "SAA" no longer resolves to the Syrian Arab Army."""
    page = tmp_path / "story.txt"
    page.write_text("Fighting near the border\n\n" + "The SAA said its units had reached the bridge on Monday. " * 3,
                    encoding="utf-8")

    def actors(*args: str) -> set[str]:
        out = tmp_path / "out.jsonl"
        result = runner.invoke(app, ["analyze", str(page), "-o", str(out), "-a", "actors", "-q", "-w", "1", *args])
        assert result.exit_code == 0, result.output
        return {a["name"] for a in json.loads(out.read_text(encoding="utf-8"))["actors"]}

    assert "Syrian Arab Army" in actors()
    assert "Syrian Arab Army" not in actors("--packs", "")
    refused = runner.invoke(app, ["analyze", str(page), "--packs", "nope", "-q"])
    assert refused.exit_code == 2 and "unknown pack" in refused.output


def test_outlet_option_names_the_outlet_of_every_input(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text(STORY, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": STORY, "outlet": "Record Gazette"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(page), str(feed), "--outlet", "Harbour Times", "-o", str(out),
                                 "-a", "", "-q", "-w", "1"])
    assert result.exit_code == 0, result.output
    outlets = [json.loads(line)["outlet"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert outlets == ["Harbour Times", "Record Gazette"]  # a per-record outlet still wins
