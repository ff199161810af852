"""One guarded HTTP GET: what Tally fetches from the web (article pages, feeds).

- ``http`` and ``https`` only, redirects followed (at most ``MAX_REDIRECTS``) and each
  hop checked again;
- no connection to a private, loopback, link-local or otherwise non-public address
  unless ``settings.FETCH_ALLOW_PRIVATE``: the address is checked where the socket is
  opened, after DNS, so a name that resolves to 127.0.0.1 (or is re-pointed there between
  a check and the connection) is refused too;
- ``settings.FETCH_TIMEOUT`` seconds to connect and between bytes, and
  ``settings.FETCH_TOTAL_TIMEOUT`` for the whole download;
- at most ``settings.FETCH_MAX_BYTES`` read (a larger page is refused, not cut);
- Tally's user agent (``settings.FETCH_USER_AGENT``); no proxy from the environment.

urllib3 (already installed with trafilatura) does the HTTP; only its connection's
socket opening is replaced, to check the address.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NameResolutionError,
    NewConnectionError,
)
from urllib3.util import connection as urllib3_connection

from ..models import FetchFailure

MAX_REDIRECTS = 5
CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be had: ``reason`` is a ``FetchFailure`` value, the message
    says why in words an editor reads ("The server answered 404 Not Found.")."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class _AddressRefused(Exception):
    """Raised inside the connection: not an ``OSError``, so urllib3 does not retry it."""


@dataclass
class Fetched:
    """A response: ``url`` after redirects, ``status`` (200, or 304 to a conditional
    request), ``headers`` (lower-case names), ``body`` (bytes, at most the size limit)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters ("text/html"); "" if none."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header names, or None."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def address_allowed(address: str) -> bool:
    """Whether Tally may connect to this IP address: a public one, or any with
    ``settings.FETCH_ALLOW_PRIVATE``."""
    if settings.FETCH_ALLOW_PRIVATE:
        return True
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _open_checked(conn: HTTPConnection) -> socket.socket:
    """``HTTPConnection._new_conn`` with each resolved address checked before connecting."""
    try:
        infos = socket.getaddrinfo(conn._dns_host, conn.port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise NameResolutionError(conn.host, conn, exc) from exc
    allowed = [info[4][0] for info in infos if address_allowed(info[4][0])]
    if not allowed:
        shown = ", ".join(sorted({info[4][0] for info in infos}))
        raise _AddressRefused(
            f"{conn.host} is a private or local address ({shown}); Tally fetches public "
            "addresses only (FETCH_ALLOW_PRIVATE allows others)."
        )
    last: OSError | None = None
    for address in allowed:
        try:
            return urllib3_connection.create_connection(
                (address, conn.port),
                conn.timeout,
                source_address=conn.source_address,
                socket_options=conn.socket_options,
            )
        except TimeoutError as exc:
            raise ConnectTimeoutError(
                conn, f"Connection to {conn.host} timed out. (connect timeout={conn.timeout})"
            ) from exc
        except OSError as exc:
            last = exc
    raise NewConnectionError(conn, f"Failed to establish a new connection: {last}")


class _CheckedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        return _open_checked(self)


class _CheckedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        return _open_checked(self)


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedHTTPConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


def _manager() -> urllib3.PoolManager:
    """A pool manager for one fetch (its redirects may share a connection). Not kept
    between fetches: a kept connection would skip the address check of the next one."""
    manager = urllib3.PoolManager(num_pools=4, maxsize=1, retries=False)
    manager.pool_classes_by_scheme = {"http": _CheckedHTTPPool, "https": _CheckedHTTPSPool}
    return manager


def check_url(url: str) -> str:
    """``url`` if Tally may fetch it (an absolute http or https URL with a host), else raises
    ``FetchError`` (``refused``). The address is checked at connection time."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(
            FetchFailure.REFUSED,
            f"Only http and https addresses are fetched, not {parts.scheme or 'this'}: {url}",
        )
    if not parts.hostname:
        raise FetchError(FetchFailure.REFUSED, f"{url} names no host.")
    return url


def fetch(url: str, *, headers: dict[str, str] | None = None, accept: str = "") -> Fetched:
    """GET ``url`` as described in the module's docstring.

    ``headers`` are added to the request (``If-None-Match``, ``If-Modified-Since`` for a
    conditional one); ``accept`` is the Accept header. Returns the final response, 2xx or
    304. Raises ``FetchError``: ``refused`` (scheme, address), ``unreachable`` (DNS,
    connection, timeout, an HTTP error status, too many redirects) or ``too_large``.
    """
    request_headers = {
        "User-Agent": settings.FETCH_USER_AGENT,
        "Accept": accept or "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
        **(headers or {}),
    }
    with _manager() as manager:
        return _fetch(manager, url, request_headers)


def _fetch(manager: urllib3.PoolManager, url: str, request_headers: dict) -> Fetched:
    deadline = time.monotonic() + settings.FETCH_TOTAL_TIMEOUT
    timeout = urllib3.Timeout(connect=settings.FETCH_TIMEOUT, read=settings.FETCH_TIMEOUT)
    for _ in range(MAX_REDIRECTS + 1):
        check_url(url)
        try:
            response = manager.request(
                "GET",
                url,
                headers=request_headers,
                timeout=timeout,
                redirect=False,
                preload_content=False,
            )
        except _AddressRefused as exc:
            raise FetchError(FetchFailure.REFUSED, str(exc)) from None
        except NameResolutionError:
            raise FetchError(
                FetchFailure.UNREACHABLE, f"Unreachable: no such host ({urlsplit(url).hostname})."
            ) from None
        except HTTPError as exc:
            raise FetchError(FetchFailure.UNREACHABLE, f"Unreachable: {_why(exc)}") from None
        try:
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("location"):
                url = urljoin(url, response.headers["location"])
                continue
            if response.status >= 400:
                raise FetchError(
                    FetchFailure.UNREACHABLE,
                    f"The server answered {response.status} {response.reason or ''}".rstrip()
                    + f" for {url}.",
                )
            body = b"" if response.status == 304 else _read_limited(response, url, deadline)
            return Fetched(
                url=url,
                status=response.status,
                headers={name.lower(): value for name, value in response.headers.items()},
                body=body,
            )
        finally:
            # never back into the pool with a body unread (the next request would read it)
            response.close()
    raise FetchError(FetchFailure.UNREACHABLE, f"More than {MAX_REDIRECTS} redirects from {url}.")


def _read_limited(response, url: str, deadline: float) -> bytes:
    limit = settings.FETCH_MAX_BYTES
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(FetchFailure.TOO_LARGE, _too_large(url, int(declared), limit))
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK, decode_content=True):
            size += len(chunk)
            if size > limit:
                raise FetchError(FetchFailure.TOO_LARGE, _too_large(url, None, limit))
            if time.monotonic() > deadline:
                raise FetchError(
                    FetchFailure.UNREACHABLE,
                    f"Unreachable: {url} took more than {settings.FETCH_TOTAL_TIMEOUT:g} s "
                    "to download.",
                )
            chunks.append(chunk)
    except HTTPError as exc:
        raise FetchError(FetchFailure.UNREACHABLE, f"Unreachable: {_why(exc)}") from None
    return b"".join(chunks)


def _too_large(url: str, size: int | None, limit: int) -> str:
    said = f" ({size / 1_000_000:.1f} MB)" if size else ""
    return f"Too large: {url}{said} is over the {limit / 1_000_000:g} MB limit (FETCH_MAX_BYTES)."


def _why(exc: BaseException) -> str:
    """A short reason from urllib3's exception chain ("connection refused", "timed out")."""
    text = str(exc)
    lowered = text.lower()
    if "timed out" in lowered or "timeout" in lowered:
        return "the server did not answer in time (FETCH_TIMEOUT)."
    if "refused" in lowered:
        return "the connection was refused."
    if "certificate" in lowered or "ssl" in lowered:
        return "its HTTPS certificate could not be verified."
    return text.split(": ", 1)[-1][:300]
