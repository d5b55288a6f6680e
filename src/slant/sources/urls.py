"""Fetch http(s) pages safely: the page is hostile and so may be its server.

Every hop (the first request and each redirect) resolves the host name itself,
checks every address it resolves to, and connects to the checked address, so a
DNS answer cannot swap in a private address after the check. Private, loopback,
link-local, multicast and reserved addresses are refused unless allowed, and so is
an IPv6 address that embeds one (6to4, NAT64, Teredo, IPv4-mapped or -compatible).
The whole fetch (DNS, connect, headers, body, every redirect) has one deadline,
`Limits.fetch_timeout`: a watchdog shuts the socket when it passes, so a server
that drips a byte every few seconds cannot hold a worker. A URL that is not even
valid (a bad port, a broken IPv6 literal), here or in a redirect, is an error
record like any other.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.errors import SlantInputError

Resolver = Callable[[str, int], list[str]]

USER_AGENT = "slant/0.1 (+https://github.com/slant; news analysis)"
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

#: How long a resolver may take when no fetch deadline is given (check_target called alone).
DEFAULT_RESOLVE_S = 15.0


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    # sockaddr[0] is typed str | int (int only for AF_PACKET-style families); for IP hosts it is the address text
    return sorted({str(info[4][0]) for info in infos})


#: NAT64 prefixes (RFC 6052 well-known, RFC 8215 local use): the last 32 bits are an IPv4 address.
NAT64_PREFIXES = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
#: IPv4-compatible addresses (deprecated ::a.b.c.d).
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
#: ISATAP interface identifiers: ...:0000:5efe:a.b.c.d or ...:0200:5efe:a.b.c.d.
ISATAP_IDS = (0x00005EFE, 0x02005EFE)

#: How often the fetch watchdog retries shutting a socket that is not open yet.
WATCHDOG_POLL_S = 0.05
#: Bytes read from a response at a time (each read is one socket read at most).
READ_CHUNK = 64 * 1024


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries and routes to: mapped, compatible, 6to4,
    Teredo (server and client), NAT64 and ISATAP forms."""
    found: list[ipaddress.IPv4Address] = []
    low32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if any(ip in prefix for prefix in NAT64_PREFIXES) or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        found.append(low32)
    if (int(ip) >> 32) & 0xFFFFFFFF in ISATAP_IDS:
        found.append(low32)
    return found


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses only; an IPv6 address that embeds an
    IPv4 address (6to4, NAT64, Teredo, mapped, ...) is public only when that one is too.
    Anything that is not an address is not public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in NAT64_PREFIXES[1]:  # local-use NAT64: the IPv4 part may sit anywhere
            return False
        return _is_public(ip) and all(_is_public(v4) for v4 in embedded_ipv4(ip))
    return _is_public(ip)


def _split(url: str) -> tuple[SplitResult, str, int]:
    """scheme, host and port of a URL; a bad port or IPv6 literal is a refused input, not a crash."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:  # 'http://example.com:99999/', 'http://[::1/'
        raise SlantInputError(errors.FETCH_REFUSED, f"invalid URL {url[:200]!r}: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise SlantInputError(errors.FETCH_REFUSED, f"scheme {parts.scheme!r} is not fetched")
    if not host:
        raise SlantInputError(errors.FETCH_REFUSED, "URL has no host")
    if parts.username or parts.password:
        raise SlantInputError(errors.FETCH_REFUSED, "URLs with credentials are not fetched")
    return parts, host, port or (443 if parts.scheme == "https" else 80)


class _Deadline:
    """One overall time limit for a fetch: DNS, connect, headers, body and every redirect."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() >= self.end

    def left(self) -> float:
        """Seconds left; raises the timeout error when none are."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise self.error()
        return left

    def error(self) -> SlantInputError:
        return SlantInputError(errors.TIMEOUT, f"fetch took longer than {self.seconds:g} s (the whole fetch is limited)")


def _resolve(resolver: Resolver, host: str, port: int, deadline: _Deadline) -> list[str]:
    """The resolver, held to the deadline (a slow DNS answer is abandoned, not waited for)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["addresses"] = resolver(host, port)
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True, name="slant-resolve")
    thread.start()
    thread.join(deadline.left())
    if thread.is_alive():
        raise deadline.error()
    if "error" in box:
        raise box["error"]
    return list(box["addresses"])


def check_target(url: str, allow_private: bool, resolver: Resolver,
                 deadline: _Deadline | None = None) -> tuple[str, int, str]:
    """Validate one hop's URL; returns (host, port, address to connect to)."""
    _parts, host, port = _split(url)
    try:
        addresses = _resolve(resolver, host, port, deadline or _Deadline(DEFAULT_RESOLVE_S))
    except SlantInputError:
        raise
    except (socket.gaierror, UnicodeError, OSError, ValueError) as exc:
        raise SlantInputError(errors.FETCH_FAILED, f"cannot resolve {host!r}: {exc}") from exc
    if not addresses:
        raise SlantInputError(errors.FETCH_FAILED, f"{host!r} resolves to no address")
    if not allow_private:
        blocked = [a for a in addresses if not is_public_address(a)]
        if blocked:
            raise SlantInputError(
                errors.FETCH_REFUSED,
                f"{host!r} resolves to non-public address {blocked[0]}; "
                "pass --allow-private to fetch private, loopback or link-local targets",
            )
    return host, port, addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address
        self.raw_sock: socket.socket | None = None

    def connect(self) -> None:
        self.sock = self.raw_sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        context = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address
        self._ssl_context = context  # our own reference: the base class's `_context` is private and untyped
        self.raw_sock: socket.socket | None = None

    def connect(self) -> None:
        self.raw_sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._ssl_context.wrap_socket(self.raw_sock, server_hostname=self.host)


Connection = _PinnedHTTPConnection | _PinnedHTTPSConnection


def _watchdog(conn: Connection, deadline: _Deadline, done: threading.Event) -> None:
    """At the deadline, shut the connection's socket so that any blocked read returns:
    a server that drips one byte at a time cannot keep a fetch past its limit."""
    if done.wait(max(0.0, deadline.end - time.monotonic())):
        return
    while not done.is_set():
        sock = conn.raw_sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        done.wait(WATCHDOG_POLL_S)


def _read_body(response: http.client.HTTPResponse, options: Limits, deadline: _Deadline) -> bytes:
    """The body, one socket read at a time, held to the size limit and the deadline."""
    chunks: list[bytes] = []
    total = 0
    while not deadline.expired():
        chunk = response.read1(READ_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > options.max_bytes:
            raise options.too_large("page")
        chunks.append(chunk)
    if deadline.expired():
        raise deadline.error()
    if response.length:  # the server promised more than it sent
        raise SlantInputError(errors.FETCH_FAILED, f"connection closed {response.length:,} bytes before the end of the page")
    return b"".join(chunks)


def fetch_bytes(
    url: str, options: Limits, resolver: Resolver = system_resolver
) -> tuple[bytes, str, str]:
    """GET with checked hops; returns (body, content type, final URL). Raises SlantInputError,
    and nothing else: whatever the URL, the DNS answer or the server does. The whole fetch,
    redirects included, ends within `options.fetch_timeout` seconds."""
    deadline = _Deadline(options.fetch_timeout)
    try:
        return _fetch(url, options, resolver, deadline)
    except SlantInputError:
        raise
    except Exception as exc:  # a library failure on hostile input costs this URL only
        raise SlantInputError(errors.FETCH_FAILED, f"fetch failed: {type(exc).__name__}: {exc}") from exc


def _fetch(url: str, options: Limits, resolver: Resolver, deadline: _Deadline) -> tuple[bytes, str, str]:
    current = url
    for _hop in range(options.max_redirects + 1):
        host, port, address = check_target(current, options.allow_private, resolver, deadline)
        parts = urlsplit(current)
        cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        conn = cls(host, port, address, deadline.left())
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        done = threading.Event()
        threading.Thread(target=_watchdog, args=(conn, deadline, done), daemon=True, name="slant-fetch-watchdog").start()
        try:
            conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED_TYPES)})
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise SlantInputError(errors.FETCH_FAILED, f"redirect {response.status} without Location")
                current = _redirect_target(current, location)
                continue
            if response.status >= 400:
                raise SlantInputError(errors.FETCH_FAILED, f"server answered HTTP {response.status}")
            content_type = (response.getheader("Content-Type") or "text/html").split(";")[0].strip().lower()
            if not content_type.startswith(ACCEPTED_TYPES):
                raise SlantInputError(errors.UNSUPPORTED, f"content type {content_type!r} is not a page")
            declared = (response.getheader("Content-Length") or "").strip()
            if declared.isdecimal() and int(declared) > options.max_bytes:
                raise options.too_large("page", int(declared))
            return _read_body(response, options, deadline), content_type, current
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if deadline.expired():
                raise deadline.error() from exc
            raise SlantInputError(errors.FETCH_FAILED, f"fetch failed: {exc}") from exc
        finally:
            done.set()
            conn.close()
    raise SlantInputError(errors.FETCH_FAILED, f"more than {options.max_redirects} redirects")


def _redirect_target(current: str, location: str) -> str:
    """The next hop's URL; a Location that is no URL at all is the server's failure."""
    try:
        return urljoin(current, location.strip())
    except ValueError as exc:
        raise SlantInputError(errors.FETCH_FAILED, f"redirect to an invalid URL {location[:200]!r}: {exc}") from exc


def fetch_url(url: str, options: Limits, resolver: Resolver = system_resolver) -> Page | SourceError:
    """One URL -> one Page, or a SourceError saying why not."""
    try:
        body, content_type, final = fetch_bytes(url, options, resolver)
    except SlantInputError as exc:
        return SourceError(url, exc.code, exc.message, key=url)
    kind = "text" if content_type == "text/plain" else "html"
    return Page(source=url, content=body, kind=kind, url=final)
