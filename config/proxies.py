"""The client's address and scheme behind trusted reverse proxies.

A request's ``REMOTE_ADDR`` is the peer that opened the connection: behind a
reverse proxy, the proxy. ``X-Forwarded-For`` names the client, but anyone
can send it, so it is believed only from the proxies listed in the
``TRUSTED_PROXIES`` setting (addresses or networks). Each trusted hop is
peeled off from the right; the first address no trusted proxy vouches for is
the client. From an untrusted peer the header is ignored.

``TrustedProxyMiddleware`` applies this to every request (``REMOTE_ADDR``
becomes the client; ``X-Forwarded-Proto`` from a trusted proxy sets the
scheme, so the HTTPS redirect and secure cookies work behind TLS termination),
and ``client_ip`` is django-axes' ``AXES_CLIENT_IP_CALLABLE``, so lockouts key
on the real client, never on the proxy every client shares.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# Where the middleware keeps the connection's own peer, before rewriting REMOTE_ADDR.
PEER_KEY = "tally.peer_addr"


def parse_trusted_proxies(value: str) -> tuple[Network, ...]:
    """The networks in a comma-separated list of addresses and CIDR networks.

    ``"127.0.0.1, 10.0.0.0/8, ::1"`` -> three networks (a bare address is a
    network of one). Blank entries are skipped; an empty string trusts no
    proxy. Raises ``ImproperlyConfigured`` naming the entry that is neither.
    """
    networks = []
    for entry in (part.strip() for part in value.split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} is not an IP address or network "
                "(e.g. 127.0.0.1 or 10.0.0.0/8)."
            ) from None
    return tuple(networks)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return address.ipv4_mapped or address if address.version == 6 else address


def _is_trusted(address, trusted: Iterable[Network]) -> bool:
    return any(address.version == net.version and address in net for net in trusted)


def client_address(peer: str, forwarded_for: str, trusted: Sequence[Network]) -> str:
    """The client's address, given the connection's peer and its X-Forwarded-For.

    ``peer`` is ``REMOTE_ADDR``; ``forwarded_for`` the header as received ("" if
    absent), e.g. ``"203.0.113.9, 10.0.0.2"``. When the peer is a trusted proxy,
    hops are taken from the right while they are trusted proxies; the first that
    is not is the client. When every hop is trusted, the leftmost is. When the
    peer is not trusted, or the header is missing or has an entry that is not an
    address where the walk reaches it, the answer is the last address a trusted
    proxy vouched for (the peer itself when it is not trusted).
    """
    current = peer
    address = _address(peer)
    if address is None or not _is_trusted(address, trusted):
        return peer
    for hop in reversed([h for h in forwarded_for.split(",") if h.strip()]):
        hop_address = _address(hop)
        if hop_address is None:
            return current
        current = str(hop_address)
        if not _is_trusted(hop_address, trusted):
            return current
    return current


def _trusted() -> tuple[Network, ...]:
    return settings.TRUSTED_PROXIES


def client_ip(request) -> str | None:
    """The real client's address for ``request`` (django-axes' ``AXES_CLIENT_IP_CALLABLE``).

    Computed from the connection's own peer, so it gives the same answer
    before and after ``TrustedProxyMiddleware`` has run.
    """
    meta = request.META
    peer = meta.get(PEER_KEY) or meta.get("REMOTE_ADDR")
    if not peer:
        return None
    return client_address(peer, meta.get("HTTP_X_FORWARDED_FOR", ""), _trusted())


class TrustedProxyMiddleware:
    """Make ``REMOTE_ADDR`` and the scheme the client's when a trusted proxy forwards them.

    Place first, before ``SecurityMiddleware``. The connection's peer is kept in
    ``request.META["tally.peer_addr"]``. ``X-Forwarded-Proto`` (``https`` or
    ``http``; the last value, the nearest proxy's) is believed only from a
    trusted peer; from anyone else it is ignored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        peer = meta.get(PEER_KEY) or meta.get("REMOTE_ADDR", "")
        trusted = _trusted()
        address = _address(peer) if peer else None
        if trusted and address is not None and _is_trusted(address, trusted):
            meta[PEER_KEY] = peer
            meta["REMOTE_ADDR"] = client_address(
                peer, meta.get("HTTP_X_FORWARDED_FOR", ""), trusted
            )
            proto = meta.get("HTTP_X_FORWARDED_PROTO", "").split(",")[-1].strip().lower()
            if proto in {"http", "https"}:
                # request.scheme reads this key (META is the WSGI environ).
                meta["wsgi.url_scheme"] = proto
        return self.get_response(request)
