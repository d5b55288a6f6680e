"""Fetch http(s) pages safely: the page is hostile and so may be its server.

Every hop (the first request and each redirect) resolves the host name itself,
checks every address it resolves to, and connects to the checked address, so a
DNS answer cannot swap in a private address after the check. Private, loopback,
link-local, multicast and reserved addresses are refused unless allowed.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.errors import SlantInputError

Resolver = Callable[[str, int], list[str]]

USER_AGENT = "slant/0.1 (+https://github.com/slant; news analysis)"
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    # sockaddr[0] is typed str | int (int only for AF_PACKET-style families); for IP hosts it is the address text
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses only."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def check_target(url: str, allow_private: bool, resolver: Resolver) -> tuple[str, int, str]:
    """Validate one hop's URL; returns (host, port, address to connect to)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise SlantInputError(errors.FETCH_REFUSED, f"scheme {parts.scheme!r} is not fetched")
    if not parts.hostname:
        raise SlantInputError(errors.FETCH_REFUSED, "URL has no host")
    if parts.username or parts.password:
        raise SlantInputError(errors.FETCH_REFUSED, "URLs with credentials are not fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = resolver(parts.hostname, port)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise SlantInputError(errors.FETCH_FAILED, f"cannot resolve {parts.hostname!r}: {exc}") from exc
    if not addresses:
        raise SlantInputError(errors.FETCH_FAILED, f"{parts.hostname!r} resolves to no address")
    if not allow_private:
        blocked = [a for a in addresses if not is_public_address(a)]
        if blocked:
            raise SlantInputError(
                errors.FETCH_REFUSED,
                f"{parts.hostname!r} resolves to non-public address {blocked[0]}; "
                "pass --allow-private to fetch private, loopback or link-local targets",
            )
    return parts.hostname, port, addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        context = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address
        self._ssl_context = context  # our own reference: the base class's `_context` is private and untyped

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._ssl_context.wrap_socket(sock, server_hostname=self.host)


def fetch_bytes(
    url: str, options: Limits, resolver: Resolver = system_resolver
) -> tuple[bytes, str, str]:
    """GET with checked hops; returns (body, content type, final URL). Raises SlantInputError."""
    current = url
    for _hop in range(options.max_redirects + 1):
        host, port, address = check_target(current, options.allow_private, resolver)
        parts = urlsplit(current)
        cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        conn = cls(host, port, address, options.fetch_timeout)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED_TYPES)})
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise SlantInputError(errors.FETCH_FAILED, f"redirect {response.status} without Location")
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise SlantInputError(errors.FETCH_FAILED, f"server answered HTTP {response.status}")
            content_type = (response.getheader("Content-Type") or "text/html").split(";")[0].strip().lower()
            if not content_type.startswith(ACCEPTED_TYPES):
                raise SlantInputError(errors.UNSUPPORTED, f"content type {content_type!r} is not a page")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise options.too_large("page", int(declared))
            body = response.read(options.max_bytes + 1)
            if len(body) > options.max_bytes:
                raise options.too_large("page")
            return body, content_type, current
        except (OSError, http.client.HTTPException) as exc:
            raise SlantInputError(errors.FETCH_FAILED, f"fetch failed: {exc}") from exc
        finally:
            conn.close()
    raise SlantInputError(errors.FETCH_FAILED, f"more than {options.max_redirects} redirects")


def fetch_url(url: str, options: Limits, resolver: Resolver = system_resolver) -> Page | SourceError:
    """One URL -> one Page, or a SourceError saying why not."""
    try:
        body, content_type, final = fetch_bytes(url, options, resolver)
    except SlantInputError as exc:
        return SourceError(url, exc.code, exc.message, key=url)
    kind = "text" if content_type == "text/plain" else "html"
    return Page(source=url, content=body, kind=kind, url=final)
