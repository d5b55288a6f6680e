"""The web app and REST API through FastAPI's TestClient (no network, fake analyzer)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import web_fakes
from slant.config import Limits, RunConfig
from slant.server.app import create_app
from slant.server.settings import SERVER_FETCH_TIMEOUT, Settings

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ARTICLE = (FIXTURES / "article.html").read_text(encoding="utf-8")
HOSTILE = (FIXTURES / "hostile.html").read_text(encoding="utf-8")
TEXT = (
    "Officials in the harbour city said on Friday that the so-called planning committee had wasted "
    "14 million dollars, a disgraceful betrayal, and that the city must act now or face disaster. " * 3
)


def public_resolver(host: str, port: int) -> list[str]:
    """IP literals resolve to themselves, every name to a public address (no real DNS)."""
    import ipaddress

    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        return ["93.184.216.34"]


def make_client(monkeypatch, **overrides) -> TestClient:
    names = web_fakes.register(monkeypatch)
    limits = {k: overrides.pop(k) for k in ("max_bytes", "allow_private") if k in overrides}
    run = RunConfig(analyzers=tuple(names), limits=Limits(fetch_timeout=SERVER_FETCH_TIMEOUT, **limits))
    settings = Settings(**{"run": run, "resolver": public_resolver, "workers": 1, **overrides})
    return TestClient(create_app(settings))


@pytest.fixture
def client(monkeypatch):
    with make_client(monkeypatch) as c:
        yield c


def test_analyze_html_returns_the_contract(client) -> None:
    r = client.post("/api/analyze", json={"html": ARTICLE})
    assert r.status_code == 200
    doc = r.json()
    for key in ("id", "source", "url", "outlet", "title", "text", "comments", "techniques", "actors",
                "loaded_terms", "claims", "scores", "error"):
        assert key in doc
    assert doc["error"] is None
    assert doc["outlet"] == "Coastline Courier"
    assert {t["technique"] for t in doc["techniques"]} >= {"Loaded_Language", "Appeal_to_fear-prejudice"}
    flagged = [c for c in doc["comments"] if c["flags"]]
    assert [c["author"] for c in flagged] == ["quayside_jo"]
    assert flagged[0]["parent"] == doc["comments"][0]["id"]


def test_analyze_text_stores_and_lists(client) -> None:
    r = client.post("/api/analyze", json={"text": TEXT})
    assert r.status_code == 200, r.text
    doc_id = r.json()["id"]
    listed = client.get("/api/documents").json()["documents"]
    assert [d["id"] for d in listed] == [doc_id]
    assert listed[0]["techniques"]["Loaded_Language"] == 6  # disgraceful + betrayal, x3
    one = client.get(f"/api/documents/{doc_id}")
    assert one.status_code == 200 and one.json()["text"].startswith("Officials")
    assert client.get("/api/documents/nope").status_code == 404
    filtered = client.get("/api/documents", params={"technique": "Doubt"}).json()["documents"]
    assert filtered == []


def test_search_finds_body_and_comments(client) -> None:
    client.post("/api/analyze", json={"html": ARTICLE})
    hits = client.get("/api/search", params={"q": "sandbags"}).json()["hits"]
    assert len(hits) == 1 and hits[0]["where"] == "body"
    hits = client.get("/api/search", params={"q": "neighbours"}).json()["hits"]
    assert hits and hits[0]["where"] == "comment" and hits[0]["author"] == "stormchaser"
    assert client.get("/api/search", params={"q": "sandbags", "technique": "Doubt"}).json()["hits"] == []
    assert client.get("/api/search", params={"q": 'U.S. AND ("'}).status_code == 200
    assert client.get("/api/search").status_code == 422


def test_health_and_openapi(client) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["analyzers"] == ["fake.v1"] and health["store"] == "memory"
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/analyze", "/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/techniques",
                 "/api/health"):
        assert path in schema["paths"]
    assert "AnalyzeRequest" in schema["components"]["schemas"]


def test_analyze_needs_exactly_one_input(client) -> None:
    assert client.post("/api/analyze", json={}).status_code == 422
    assert client.post("/api/analyze", json={"text": "a", "html": "<p>b</p>"}).status_code == 422


def test_html_pages_carry_csp_and_security_headers(client) -> None:
    client.post("/api/analyze", json={"html": ARTICLE})
    doc_id = client.get("/api/documents").json()["documents"][0]["id"]
    for path in ("/", "/corpus", f"/documents/{doc_id}", "/compare", "/corpus?q=storm", "/login"):
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        for part in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                     "frame-ancestors 'none'"):
            assert part in csp
        assert "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "<script>" not in r.text  # no inline scripts in app pages


def test_analyze_form_redirects_to_document_page(client) -> None:
    r = client.post("/analyze", data={"mode": "html", "content": ARTICLE}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert 'class="seg"' in page.text and "toxicity-chip flag" in page.text
    corpus = client.get("/corpus", params={"technique": "Loaded_Language"})
    assert "Harbour city braces" in corpus.text
    assert "Harbour city braces" not in client.get("/corpus", params={"technique": "Doubt"}).text


def test_upload_a_file(client) -> None:
    files = {"upload": ("story.html", ARTICLE.encode(), "text/html")}
    r = client.post("/analyze", data={"mode": "text", "content": ""}, files=files, follow_redirects=False)
    assert r.status_code == 303


def test_hostile_page_is_escaped_in_the_app(client) -> None:
    doc = client.post("/api/analyze", json={"html": HOSTILE}).json()
    page = client.get(f"/documents/{doc['id']}").text
    main = page.split("<main>", 1)[1]
    assert "<script" not in main and "<img" not in main and "javascript:window" not in main.split("class=\"text\"")[0].replace("javascript:window.pwned=1</div>", "")
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in main
    assert "onerror=&#34;window.pwned=1&#34;" in main


def test_body_limit_413(monkeypatch) -> None:
    with make_client(monkeypatch, max_body_bytes=1000) as c:
        r = c.post("/api/analyze", json={"text": "x" * 5000})
        assert r.status_code == 413

        def chunks():  # no Content-Length: the limit counts streamed bytes
            for _ in range(10):
                yield b"x" * 500

        r = c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413


def test_page_size_limit(monkeypatch) -> None:
    with make_client(monkeypatch, max_bytes=2000) as c:
        r = c.post("/api/analyze", json={"text": "word " * 1000})
        assert r.status_code == 413
        assert r.json()["detail"]["error"]["type"] == "too_large"


def test_token_required_everywhere(monkeypatch) -> None:
    with make_client(monkeypatch, token="s3cret") as c:
        assert c.get("/api/health").status_code == 401
        assert c.post("/api/analyze", json={"text": TEXT}).status_code == 401
        assert c.get("/api/openapi.json").status_code == 401
        assert c.get("/api/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = c.get("/api/health", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert c.get("/api/openapi.json", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        r = c.get("/corpus", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
        assert c.post("/analyze", data={"content": "x"}, follow_redirects=False).status_code == 401
        assert c.post("/login", data={"token": "nope", "next": "/corpus"}).status_code == 401
        r = c.post("/login", data={"token": "s3cret", "next": "//evil.example/"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        assert c.get("/corpus").status_code == 200  # the cookie now authenticates pages
        assert c.get("/api/health").status_code == 401  # but not the API: bearer only


def test_token_in_query_sets_cookie(monkeypatch) -> None:
    with make_client(monkeypatch, token="s3cret") as c:
        r = c.get("/corpus?token=s3cret&outlet=x", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/corpus?outlet=x"
        assert "slant_token" in r.headers["set-cookie"] and "httponly" in r.headers["set-cookie"].lower()
        assert c.get("/corpus").status_code == 200


def test_cross_site_post_refused(client) -> None:
    r = client.post("/api/analyze", json={"text": TEXT}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.post("/api/analyze", json={"text": TEXT}, headers={"Origin": "http://testserver"})
    assert r.status_code == 200


def test_ssrf_private_url_refused(client) -> None:
    for url in ("http://127.0.0.1:8000/", "http://10.1.2.3/x", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"):
        r = client.post("/api/analyze", json={"url": url})
        assert r.status_code == 403, url
        assert r.json()["detail"]["error"]["type"] == "fetch_refused"
    r = client.post("/api/analyze", json={"url": "file:///etc/passwd"})
    assert r.status_code == 403


def rebinding(host: str, port: int) -> list[str]:
    """A resolver that puts private addresses behind public-looking names (module level: the
    analysis workers are processes, and the resolver travels to them with the settings)."""
    return ["93.184.216.34", "10.0.0.7"] if host == "mixed.example" else ["192.168.1.20"]


def test_ssrf_dns_name_resolving_to_private_refused(monkeypatch) -> None:
    with make_client(monkeypatch, resolver=rebinding) as c:
        for url in ("http://intranet.example/", "https://mixed.example/page"):
            r = c.post("/api/analyze", json={"url": url})
            assert r.status_code == 403
            assert "non-public address" in r.json()["detail"]["error"]["message"]
        page = c.post("/analyze", data={"mode": "url", "url": "http://intranet.example/"})
        assert page.status_code == 422 and "fetch_refused" in page.text


def _started(folder: Path) -> int:
    return len(list(folder.glob("started-*")))


def test_saturated_queue_answers_503_and_timeout_504(monkeypatch, tmp_path: Path) -> None:
    names = web_fakes.register_hold(monkeypatch)
    hold = tmp_path / "hold"
    hold.mkdir()
    settings = Settings(run=RunConfig(analyzers=tuple(names)), workers=1, queue=1, timeout=20.0)
    with TestClient(create_app(settings)) as c:
        results: list[int] = []

        def post() -> None:
            results.append(c.post("/api/analyze", json={"text": web_fakes.held_text(hold)}).status_code)

        threads = [threading.Thread(target=post) for _ in range(2)]
        for t in threads:
            t.start()
        deadline = time.time() + 10
        while (_started(hold) < 1 or c.get("/api/health").json()["queue"]["admitted"] < 2) and time.time() < deadline:
            time.sleep(0.02)  # one running, one waiting
        r = c.post("/api/analyze", json={"text": TEXT})
        assert r.status_code == 503
        assert r.headers["retry-after"]
        assert r.json()["error"]["type"] == "overloaded"
        (hold / "release").touch()
        for t in threads:
            t.join(20)
        assert results == [200, 200]

    (hold / "release").unlink()
    with TestClient(create_app(Settings(run=RunConfig(analyzers=tuple(names)), workers=1, timeout=1.0))) as c:
        r = c.post("/api/analyze", json={"text": web_fakes.held_text(hold)})
        assert r.status_code == 504 and r.json()["error"]["type"] == "timeout"


def test_compare_page_shows_the_comparison(client) -> None:
    client.post("/api/analyze", json={"html": ARTICLE})
    client.post("/api/analyze", json={"html": ARTICLE.replace("Coastline Courier", "Bayside Gazette").replace("Friday", "Saturday")})
    page = client.get("/compare")
    assert page.status_code == 200
    assert "Coastline Courier" in page.text and "Bayside Gazette" in page.text
    assert 'class="framing"' in page.text  # slant.compare grouped the two outlets' coverage
    data = client.get("/api/compare").json()
    assert data["outlets"] == ["Bayside Gazette", "Coastline Courier"]
    assert all(e["id"] in page.text for e in data["events"])
    assert client.get("/api/compare", params={"event": "ev-nope"}).status_code == 404


def test_serve_command_is_registered() -> None:
    from typer.testing import CliRunner

    from slant.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--token", "--allow-private", "--max-body-bytes", "--timeout"):
        assert option in result.output


def test_techniques_endpoint_returns_the_glossary(client) -> None:
    from slant.analyze.glossary import glossary_json
    from slant.document import TECHNIQUES

    r = client.get("/api/techniques")
    assert r.status_code == 200
    assert r.json() == glossary_json()
    assert [t["technique"] for t in r.json()["techniques"]] == list(TECHNIQUES)


def test_techniques_endpoint_needs_the_token(monkeypatch) -> None:
    with make_client(monkeypatch, token="s3cret") as c:
        assert c.get("/api/techniques").status_code == 401
        assert c.get("/api/techniques", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_document_page_defines_techniques_and_splits_actors(client) -> None:
    from markupsafe import escape

    from slant.analyze.glossary import glossary

    doc = client.post("/api/analyze", json={"html": ARTICLE}).json()
    page = client.get(f"/documents/{doc['id']}").text
    legend = page.split('<details class="glossary">', 1)[1].split("</details>", 1)[0]
    for label in ("Loaded_Language", "Appeal_to_fear-prejudice"):
        assert str(escape(glossary()[label].definition)) in legend
    assert str(escape(glossary()["Doubt"].definition)) not in page
    assert 'data-where="body"' in page and "In the comments" in page
    corpus = client.get("/corpus", params={"technique": "Loaded_Language"}).text
    assert 'class="meta technique-definition"' in corpus and str(escape(glossary()["Loaded_Language"].definition)) in corpus
