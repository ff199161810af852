"""How the desk words a URL that failed to become an article (``Fetch.failure``,
``Fetch.error``), and whether trying again can help.

The stored reason is written by the fetcher for the log and the API: it starts with the
failure's kind ("Unreachable: no such host (x.invalid).") and may name a server setting.
An editor sees the kind once, as a badge, then the reason without that prefix, without a
repeated address, and without setting names (a setting is the administrator's, not the
editor's, to change). Business rules only; the desk's templates show them.
"""

from __future__ import annotations

import re

from .models import Fetch, FetchFailure, FetchStatus

# a parenthesis naming a server setting: "(FETCH_ALLOW_PRIVATE allows others)"
_SETTING = re.compile(r"\s*\([^()]*\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b[^()]*\)")
# "127.0.0.1 is a private or local address (127.0.0.1)": the address said twice
_SAME_ADDRESS = re.compile(r"(?P<host>\S+) is a private or local address \((?P=host)\)")


def reason(fetch: Fetch) -> str:
    """The failure's reason as an editor reads it, beside its kind: "no such host
    (x.invalid).", "127.0.0.1 is a private or local address; Tally fetches public
    addresses only."; "" for a fetch that did not fail."""
    if fetch.status != FetchStatus.FAILED:
        return ""
    text = (fetch.error or "").strip()
    label = str(fetch.get_failure_display() or "")
    head, colon, rest = text.partition(":")
    if colon and head and label.lower().startswith(head.strip().lower()):
        text = rest.strip()
    text = _SETTING.sub("", text)
    text = _SAME_ADDRESS.sub(r"\g<host> is a private or local address", text)
    text = re.sub(r"\s+([;.,])", r"\1", text).strip()
    return text[:1].upper() + text[1:] if text else label


def may_retry(fetch: Fetch) -> bool:
    """Whether "Try again" is offered: a failed fetch, unless the address is one Tally
    always refuses (a private or local address, a scheme other than http/https, no host:
    ``FetchFailure.REFUSED``), which would fail the same way every time."""
    return fetch.status == FetchStatus.FAILED and fetch.failure != FetchFailure.REFUSED
