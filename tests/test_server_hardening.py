"""The server under abuse: no 500 for any request, search behind the gate with its limits,
and analyses that overrun or hang (a slow page, a URL that drips) never keep a worker."""

from __future__ import annotations

import http.server
import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from fastapi.testclient import TestClient

import web_fakes
from slant.config import Limits, RunConfig
from slant.server.app import create_app
from slant.server.settings import Settings
from test_server_api import TEXT, make_client, public_resolver

#: An answer that took this long would mean the request waited on work it should have refused.
QUICK_S = 3.0


def documentation_resolver(host: str, port: int) -> list[str]:
    """Every name resolves to TEST-NET-1, which the fetcher refuses: no test here reaches the network."""
    return ["192.0.2.1"]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """One server for the request-validation tests (each server start costs a worker process)."""
    with pytest.MonkeyPatch.context() as patch, make_client(patch, resolver=documentation_resolver) as c:
        c.post("/api/analyze", json={"text": TEXT})
        yield c


def test_long_repetitive_query_is_refused_quickly(client) -> None:
    started = time.monotonic()
    r = client.get("/api/search", params={"q": " ".join(["the"] * 124)})  # 495 characters
    assert r.status_code in (400, 503), r.text
    assert time.monotonic() - started < QUICK_S
    assert r.json()["error"]["type"] in ("bad_request", "query_too_long", "search_timeout")
    assert client.get("/corpus", params={"q": "the " * 124}).status_code == 400
    assert client.get("/api/search", params={"q": "betrayal"}).status_code == 200


def test_search_runs_behind_the_gate_with_a_time_limit(client, monkeypatch) -> None:
    from slant.server import service
    from slant.store.corpus import Corpus, SearchTimeout

    given: list[float | None] = []

    def slow(self, query, where=None, limit=20, timeout=None):
        given.append(timeout)
        raise SearchTimeout("search ran past its limit")

    monkeypatch.setattr(Corpus, "search", slow)
    r = client.get("/api/search", params={"q": "betrayal"})
    assert r.status_code == 503 and r.headers["retry-after"]
    assert r.json()["error"]["type"] == "search_timeout"
    assert given and given[0] is not None and 0 < given[0] <= service.SEARCH_TIMEOUT_S
    queue = client.get("/api/health").json()["queue"]
    assert queue["queries"]["capacity"] >= 1 and queue["queries"]["admitted"] == 0


def test_full_query_gate_answers_503(monkeypatch) -> None:
    """More searches than the query gate admits get 503 at once, not a place in an endless line."""
    from slant.store.corpus import Corpus

    release = threading.Event()

    def blocking(self, query, where=None, limit=20, timeout=None):
        release.wait(10)
        return []

    monkeypatch.setattr(Corpus, "search", blocking)
    with make_client(monkeypatch, query_workers=1, queue=0) as c:
        first: list[int] = []
        waiter = threading.Thread(target=lambda: first.append(c.get("/api/search", params={"q": "a"}).status_code))
        waiter.start()
        deadline = time.monotonic() + 5
        while c.get("/api/health").json()["queue"]["queries"]["admitted"] < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        started = time.monotonic()
        r = c.get("/api/search", params={"q": "b"})
        assert r.status_code == 503 and time.monotonic() - started < QUICK_S
        assert c.get("/api/health").status_code == 200  # the store is not held by the waiting search
        release.set()
        waiter.join(10)
        assert first == [200]


@pytest.mark.parametrize("path, params", [
    ("/api/documents", {"offset": 10**30}),
    ("/api/documents", {"offset": -1}),
    ("/api/documents", {"limit": -5}),
    ("/api/documents", {"limit": 10**30}),
    ("/api/search", {"q": "storm", "limit": -1}),
    ("/api/search", {"q": "storm", "limit": 10**30}),
    ("/api/compare", {"threshold": "nan"}),
    ("/api/compare", {"threshold": "1e400"}),
    ("/api/compare", {"window_days": 10**30}),
    ("/corpus", {"page": 10**30}),
    ("/corpus", {"page": -3}),
])
def test_out_of_range_integers_are_refused_not_500(client, path: str, params: dict) -> None:
    r = client.get(path, params=params)
    assert r.status_code in (400, 422), (path, params, r.status_code, r.text[:300])


@pytest.mark.parametrize("body", [
    b'{"text": "\\ud800 lone surrogate in an otherwise normal text"}',
    b'{"html": "<p>\\udfff</p>"}',
    b'{"url": "http://example.com/\\ud800"}',
    b'{"text": "ok", "html": "\\ud800"}',
])
def test_lone_surrogates_in_json_are_refused(client, body: bytes) -> None:
    r = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert r.status_code in (400, 422), r.text[:300]


@pytest.mark.parametrize("url", [
    "http://example.com:99999/", "http://[::1/", "http://exa mple.com:-1/", "http://[2002:zz::]/",
    "https://example.com:0/", "http://" + "a" * 5000 + ".example/",
])
def test_malformed_urls_are_refused(client, url: str) -> None:
    r = client.post("/api/analyze", json={"url": url})
    assert r.status_code in (400, 403, 422), (url, r.status_code, r.text[:300])
    page = client.post("/analyze", data={"mode": "url", "url": url})
    assert page.status_code in (400, 403, 422)


def test_hostile_requests_never_answer_500(client) -> None:
    requests = [
        ("GET", "/api/documents/%00%ff", None),
        ("GET", "/api/documents/" + "x" * 5000, None),
        ("GET", "/api/search?q=%ED%A0%80", None),  # a surrogate's bytes, percent-encoded
        ("GET", "/api/search?q=" + "%22" * 200, None),
        ("GET", "/api/search?q=NEAR(a%20b", None),
        ("GET", "/api/compare?event=%00", None),
        ("GET", "/corpus?q=%ff%fe&page=abc", None),
        ("POST", "/api/analyze", b'{"text": 12}'),
        ("POST", "/api/analyze", b'[1, 2, 3]'),
        ("POST", "/api/analyze", b'{"text": "' + b"[" * 5000 + b'"}'),
        ("POST", "/api/analyze", b"[" * 100_000),
        ("POST", "/api/analyze", b"\xff\xfe\x00"),
    ]
    for method, path, body in requests:
        r = client.request(method, path, content=body, headers={"content-type": "application/json"})
        assert r.status_code < 500 or r.status_code in (503, 504), (method, path[:60], r.status_code, r.text[:300])


def _started(folder: Path) -> int:
    return len(list(folder.glob("started-*")))


def test_timed_out_analysis_frees_its_worker(monkeypatch, tmp_path: Path) -> None:
    """An analysis that never ends gets 504, and its worker is stopped and replaced: the next
    request is served by the one worker instead of waiting behind the stuck one."""
    names = web_fakes.register_hold(monkeypatch)
    hold = tmp_path / "hold"
    hold.mkdir()
    settings = Settings(run=RunConfig(analyzers=tuple(names)), workers=1, queue=2, timeout=1.5)
    with TestClient(create_app(settings)) as c:
        pool = c.app.state.slant.work.pool
        stuck = pool.workers[0].process.pid
        r = c.post("/api/analyze", json={"text": web_fakes.held_text(hold)})
        assert r.status_code == 504 and _started(hold) == 1
        assert not psutil.pid_exists(stuck) or psutil.Process(stuck).status() == psutil.STATUS_ZOMBIE
        pool.wait_ready(30)  # the replacement loads its pipeline
        r = c.post("/api/analyze", json={"text": TEXT})
        assert r.status_code == 200, r.text[:300]
        queue = c.get("/api/health").json()["queue"]
        assert queue["restarts"] == 1 and queue["admitted"] == 0 and queue["timed_out"] == 1


class _Drip(http.server.BaseHTTPRequestHandler):
    """Answers 200 and then one byte of body per half second, forever (until the client leaves)."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        try:
            for _ in range(600):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


def test_dripping_url_does_not_pin_the_only_worker(monkeypatch) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        names = web_fakes.register(monkeypatch)
        run = RunConfig(analyzers=tuple(names), limits=Limits(allow_private=True, fetch_timeout=30.0))
        settings = Settings(run=run, workers=1, queue=2, timeout=2.0, resolver=public_resolver)
        with TestClient(create_app(settings)) as c:
            started = time.monotonic()
            r = c.post("/api/analyze", json={"url": f"http://127.0.0.1:{server.server_address[1]}/slow"})
            assert r.status_code in (502, 504), r.text[:300]
            assert time.monotonic() - started < settings.timeout + QUICK_S
            c.app.state.slant.work.pool.wait_ready(30)
            r = c.post("/api/analyze", json={"text": TEXT})
            assert r.status_code == 200, r.text[:300]
    finally:
        server.shutdown()


def test_workers_default_to_the_cores_and_each_has_its_own_process(monkeypatch) -> None:
    from slant.run.worker import available_cores
    from slant.server.work import default_workers

    assert default_workers() == available_cores()
    with make_client(monkeypatch, workers=2) as c:
        pids = {w.process.pid for w in c.app.state.slant.work.pool.workers}
        assert len(pids) == 2 and all(pid and pid > 0 for pid in pids)
        results: list[int] = []
        threads = [threading.Thread(target=lambda: results.append(c.post("/api/analyze", json={"text": TEXT}).status_code))
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert results == [200] * 4
        assert math.isfinite(c.get("/api/health").json()["queue"]["timeout_s"])
