"""The files ``manage.py ingest_articles`` reads: ``.txt`` articles, folders of them, and JSON
Lines files of articles.

A ``.txt`` file is one article, UTF-8. It may start with a header of ``name: value``
lines, ended by a blank line::

    title: Corbyn holds Islington North
    source: https://news.example.org/corbyn-holds
    date: 2024-07-05

    Jeremy Corbyn has held …

``source`` is the article's URL (or, if it is not a URL, its outlet); ``date`` is ISO
(2024-07-05) or written out (5 July 2024); ``outlet`` and ``author`` are read too. A file
with no such header is all text. A JSON Lines file (``.jsonl``, ``.ndjson``) holds one
article per line: an object with ``text`` (or ``body``), and optionally ``title``,
``outlet``, ``url`` (or ``source``), ``date`` (or ``published_on``) and ``author``. A folder
is read for those files, sorted by path, recursively.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..ingest import MAX_BODY_BYTES, Incoming
from .elections import dates_in
from .fetching import FetchError
from .urls import normalise_url

TEXT_SUFFIXES = {".txt"}
LINES_SUFFIXES = {".jsonl", ".ndjson"}
HEADER_NAMES = {"title", "source", "date", "outlet", "author", "url"}
_HEADER = re.compile(r"^([A-Za-z]+)\s*:\s*(.*?)\s*$")


@dataclass
class Item:
    """One article read: what to ingest, its author, and where it came from ("a.txt",
    "feed.jsonl:12")."""

    incoming: Incoming
    author: str
    where: str


@dataclass
class Refused:
    """Something that could not be read as an article, and why."""

    where: str
    reason: str


def read_paths(paths: list[Path]) -> Iterator[Item | Refused]:
    """Every article in ``paths`` (files and folders, in the order given), as ``Item``, or
    ``Refused`` with the reason (not UTF-8, empty, over 1 MB, a bad date, a line that is
    not a JSON object with text, a file of another kind, a path that does not exist)."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | LINES_SUFFIXES
            )  # fmt: skip
            if not found:
                yield Refused(str(path), "no .txt or .jsonl files in this folder")
            for file in found:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield Refused(str(path), "no such file or folder")


def count_articles(paths: list[Path]) -> int:
    """How many items ``read_paths`` will yield, roughly (lines of JSON Lines files, other
    files one each), for a progress bar; reads no article."""
    total = 0
    for path in paths:
        files = (
            [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        )  # fmt: skip
        for file in files:
            suffix = file.suffix.lower()
            if suffix in LINES_SUFFIXES and file.is_file():
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix in TEXT_SUFFIXES or not path.is_dir():
                total += 1
    return total


def _read_file(path: Path) -> Iterator[Item | Refused]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield _read_text(path)
    elif suffix in LINES_SUFFIXES:
        yield from _read_lines(path)
    else:
        yield Refused(str(path), "not a .txt or .jsonl file")


def _read_text(path: Path) -> Item | Refused:
    where = str(path)
    raw = path.read_bytes()
    if len(raw) > MAX_BODY_BYTES:
        return Refused(where, f"{len(raw) / 1_000_000:.1f} MB; the limit is 1 MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Refused(where, "not UTF-8 text")
    header, body = split_header(text)
    return _item(where, body, header, source_file=path.name)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The ``name: value`` header lines of a text (names in ``HEADER_NAMES``, lower case)
    and the text after the blank line that ends them; ({}, text) without a header."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[index + 1 :])
            return {}, text
        match = _HEADER.match(line)
        if match is None or match[1].lower() not in HEADER_NAMES:
            return {}, text
        header[match[1].lower()] = match[2]
    return {}, text


def _read_lines(path: Path) -> Iterator[Item | Refused]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Refused(where, f"not a JSON object ({exc})")
                continue
            if not isinstance(data, dict):
                yield Refused(where, "not a JSON object")
                continue
            text = data.get("text", data.get("body", ""))
            if not isinstance(text, str):
                yield Refused(where, "its text is not a string")
                continue
            if len(text.encode("utf-8")) > MAX_BODY_BYTES:
                yield Refused(where, "the text is over the 1 MB limit")
                continue
            header = {
                "title": data.get("title", ""),
                "outlet": data.get("outlet", ""),
                "source": data.get("url", data.get("source", "")),
                "date": data.get("date", data.get("published_on", "")),
                "author": data.get("author", ""),
            }
            header = {k: v if isinstance(v, str) else str(v or "") for k, v in header.items()}
            yield _item(where, text, header, source_file=f"{path.name}:{number}")


def _item(where: str, body: str, header: dict[str, str], *, source_file: str) -> Item | Refused:
    if not body.strip():
        return Refused(where, "no text")
    if "\x00" in body:
        return Refused(where, "contains a NUL character: not plain text")
    url, outlet = "", header.get("outlet", "")
    source = (header.get("source") or header.get("url") or "").strip()
    if source.lower().startswith(("http://", "https://")):
        try:
            url = normalise_url(source)
        except FetchError as exc:
            return Refused(where, exc.message)
    elif source and not outlet:
        outlet = source
    day = None
    if header.get("date", "").strip():
        day = parse_date(header["date"])
        if day is None:
            return Refused(where, f"date {header['date']!r} is not a date (2024-07-05)")
    return Item(
        incoming=Incoming(
            title=header.get("title", "")[:500], outlet=outlet[:200], url=url,
            published_on=day, body=body, source_file=source_file[:300],
        ),
        author=header.get("author", ""),
        where=where,
    )  # fmt: skip


def parse_date(value: str) -> datetime.date | None:
    """An ISO date ("2024-07-05", or the date of an ISO datetime) or a written one
    ("5 July 2024", "July 5, 2024"); None if it is neither."""
    value = value.strip()
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        pass
    found = dates_in(value)
    return found[0] if found else None
