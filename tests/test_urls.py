"""Safe URL fetching: private targets refused (directly, via DNS, via redirects), limits hold."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources.urls import fetch_url, is_public_address

PAGE = b"<html><head><title>Harbour reopens</title></head><body><p>The harbour of Tessel reopened on Monday after the storm, the port authority said.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        if self.path == "/page":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/redirect-local":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/redirect-private":
            self.send_response(302)
            self.send_header("Location", "http://10.1.2.3/secret")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big":
            self._send(200, b"<p>" + b"x" * 5000 + b"</p>", "text/html")
        elif self.path == "/image":
            self._send(200, b"\x89PNG....", "image/png")
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _never(host: str, port: int) -> list[str]:
    raise AssertionError("must not resolve")


@pytest.mark.parametrize(
    "address, public",
    [("8.8.8.8", True), ("127.0.0.1", False), ("10.0.0.1", False), ("192.168.1.1", False),
     ("172.16.0.1", False), ("169.254.169.254", False), ("::1", False), ("fe80::1", False),
     ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("100.64.0.1", False), ("2001:4860:4860::8888", True)],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_loopback_is_refused_by_default(server: str) -> None:
    result = fetch_url(server + "/page", Limits())
    assert isinstance(result, SourceError) and result.type == "fetch_refused"
    assert "--allow-private" in result.message


def test_dns_name_resolving_to_private_is_refused() -> None:
    result = fetch_url("http://news.example/article", Limits(), resolver=lambda h, p: ["10.0.0.7"])
    assert isinstance(result, SourceError) and result.type == "fetch_refused"


def test_any_private_answer_among_several_is_refused() -> None:
    result = fetch_url("http://news.example/", Limits(), resolver=lambda h, p: ["93.184.216.34", "127.0.0.1"])
    assert isinstance(result, SourceError) and result.type == "fetch_refused"


def test_other_schemes_are_refused() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/x"):
        assert fetch_url(url, Limits(), resolver=_never).type == "fetch_refused"


def test_allowed_private_fetch_works_and_follows_redirects(server: str) -> None:
    page = fetch_url(server + "/redirect-local", Limits(allow_private=True))
    assert isinstance(page, Page)
    assert page.content == PAGE and page.url == server + "/page" and page.kind == "html"


def test_redirect_to_private_target_is_checked_again(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first hop is allowed (loopback allowed by a policy that refuses 10.0.0.0/8).
    import slant.sources.urls as urls

    monkeypatch.setattr(urls, "is_public_address", lambda a: a.startswith("127."))
    result = fetch_url(server + "/redirect-private", Limits())
    assert isinstance(result, SourceError) and result.type == "fetch_refused" and "10.1.2.3" in result.message


def test_redirect_loop_is_bounded(server: str) -> None:
    result = fetch_url(server + "/loop", Limits(allow_private=True, max_redirects=3))
    assert isinstance(result, SourceError) and "redirects" in result.message


def test_size_cap(server: str) -> None:
    result = fetch_url(server + "/big", Limits(allow_private=True, max_bytes=1000))
    assert isinstance(result, SourceError) and result.type == "too_large"


def test_non_page_content_type_and_http_errors(server: str) -> None:
    assert fetch_url(server + "/image", Limits(allow_private=True)).type == "unsupported_input"
    assert fetch_url(server + "/missing", Limits(allow_private=True)).type == "fetch_failed"
