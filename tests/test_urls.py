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
        elif self.path == "/drip":  # headers at once, then one byte every 0.2 s for up to 30 s
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self._drip(b"<p>" + b"x" * 997)
        elif self.path == "/drip-headers":  # even the headers come one byte at a time
            self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Pad: " + b"y" * 500 + b"\r\n\r\n")
        elif self.path.startswith("/redirect-to?"):
            self.send_response(302)
            self.send_header("Location", self.path.split("?", 1)[1])
            self.end_headers()
        elif self.path == "/short":  # promises more than it sends
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"<p>only this</p>")
            self.close_connection = True
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, data: bytes) -> None:
        import time

        try:
            for i in range(min(len(data), 150)):
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass  # the client gave up, as it should
        self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here may send traffic anywhere but this machine, whatever the code under test does."""
    import socket

    import slant.sources.urls as urls

    real = socket.create_connection

    def guarded(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        if address[0] not in ("127.0.0.1", "::1"):
            raise AssertionError(f"test tried to connect to {address[0]}")
        return real(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(urls.socket, "create_connection", guarded)


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


# -- issue 20: invalid URLs, embedded IPv4, one deadline per fetch ------------------------------


@pytest.mark.parametrize("url", ["http://example.com:99999/", "http://[::1/", "http://[zz]/x", "http://example.com:-1/",
                                 "http://example.com:port/", "https://[fe80::1%25eth0/"])
def test_invalid_urls_are_error_records(url: str) -> None:
    result = fetch_url(url, Limits(), resolver=_never)
    assert isinstance(result, SourceError) and result.type == "fetch_refused" and result.source == url


@pytest.mark.parametrize("target", ["http://example.com:99999/", "http://[::1/", "http://[zz]/x"])
def test_a_redirect_to_an_invalid_url_is_an_error_record(server: str, target: str) -> None:
    result = fetch_url(f"{server}/redirect-to?{target}", Limits(allow_private=True))
    assert isinstance(result, SourceError) and result.type in ("fetch_refused", "fetch_failed")


def test_invalid_urls_in_a_batch_do_not_stop_it(tmp_path) -> None:
    from slant.sources import iter_pages

    (tmp_path / "a.txt").write_text("The harbour reopened on Monday.")
    items = list(iter_pages(["http://example.com:99999/", str(tmp_path / "a.txt"), "http://[::1/"], Limits()))
    assert [type(i).__name__ for i in items] == ["SourceError", "Page", "SourceError"]


@pytest.mark.parametrize(
    "address",
    ["2002:7f00:1::", "2002:a00:1::1", "2002:a9fe:a9fe::", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::808:808",
     "::7f00:1", "::a00:1", "::ffff:10.0.0.1", "::ffff:0:7f00:1", "2001:0:4136:e378:8000:63bf:80ff:fffe",
     "2001:4860:0:1::5efe:7f00:1", "2001:4860:0:1:200:5efe:a00:1", "not-an-address", ""],
)
def test_embedded_private_ipv4_is_refused(address: str) -> None:
    assert is_public_address(address) is False


@pytest.mark.parametrize("address", ["2002:808:808::1", "2001:4860:4860::8888", "8.8.8.8"])
def test_embedded_public_ipv4_is_allowed(address: str) -> None:
    assert is_public_address(address) is True


def test_6to4_loopback_url_is_refused_through_dns() -> None:
    result = fetch_url("http://news.example/", Limits(), resolver=lambda h, p: ["2002:7f00:1::"])
    assert isinstance(result, SourceError) and result.type == "fetch_refused"


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_dripping_server_cannot_hold_a_fetch_past_its_deadline(server: str, path: str) -> None:
    import time

    started = time.monotonic()
    result = fetch_url(server + path, Limits(allow_private=True, fetch_timeout=1.0))
    elapsed = time.monotonic() - started
    assert isinstance(result, SourceError) and result.type == "timeout", result
    assert elapsed < 2.5, f"took {elapsed:.1f} s for a 1 s deadline"


def test_a_slow_resolver_counts_against_the_deadline() -> None:
    import time

    def slow(host: str, port: int) -> list[str]:
        time.sleep(5)
        return ["127.0.0.1"]  # refused anyway: nothing is ever sent

    started = time.monotonic()
    result = fetch_url("http://news.example/", Limits(fetch_timeout=0.5), resolver=slow)
    assert isinstance(result, SourceError) and result.type == "timeout"
    assert time.monotonic() - started < 2


def test_a_body_shorter_than_its_length_is_a_failed_fetch(server: str) -> None:
    result = fetch_url(server + "/short", Limits(allow_private=True))
    assert isinstance(result, SourceError) and result.type == "fetch_failed"


def test_fetch_bytes_raises_only_input_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    import slant.sources.urls as urls
    from slant.errors import SlantInputError

    def broken(host: str, port: int) -> list[str]:
        raise RuntimeError("resolver bug")

    with pytest.raises(SlantInputError):
        urls.fetch_bytes("http://news.example/", Limits(), broken)
