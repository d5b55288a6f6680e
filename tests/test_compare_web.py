"""The web comparison is `slant compare`: /api/compare returns what `-o x.json` writes, /compare shows it."""

from __future__ import annotations

import json
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import web_fakes
from slant.cli import app
from slant.config import RunConfig
from slant.server.app import create_app
from slant.server.settings import Settings
from slant.store.sqlite import CorpusStore
from test_compare_framing import load_corpus


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.sqlite"
    with CorpusStore(path) as store:
        store.upsert_many(load_corpus())
    return path


@pytest.fixture
def client(db: Path, monkeypatch) -> TestClient:
    names = web_fakes.register(monkeypatch)
    with TestClient(create_app(Settings(run=RunConfig(analyzers=tuple(names)), db=db))) as c:
        yield c


def _cli_json(db: Path, out: Path, *args: str) -> dict:
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_api_compare_is_the_cli_json(client: TestClient, db: Path, tmp_path: Path) -> None:
    expected = _cli_json(db, tmp_path / "compare.json")
    assert expected["events"], "the fixture corpus must have events"
    assert client.get("/api/compare").json() == expected
    event = expected["events"][0]["id"]
    one = _cli_json(db, tmp_path / "one.json", "--event", event, "--threshold", "0.3", "--window-days", "-1")
    got = client.get("/api/compare", params={"event": event, "threshold": 0.3, "window_days": -1})
    assert got.status_code == 200 and got.json() == one


def test_compare_page_shows_the_same_events_and_outlets(client: TestClient, db: Path, tmp_path: Path) -> None:
    expected = _cli_json(db, tmp_path / "compare.json")
    page = client.get("/compare")
    assert page.status_code == 200
    text = unescape(page.text)
    for event in expected["events"]:
        assert f'id="{event["id"]}"' in page.text
        for framing in event["framing"]:
            assert framing["outlet"] in text
    for outlet in expected["outlets"]:
        assert outlet in text
    for event in expected["events"]:
        assert event["label"] in text
