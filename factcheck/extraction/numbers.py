"""Find number expressions (digits and words) and normalise their values.

One compiled regex finds every candidate number in a single pass; the small suffix regex
then extends a match over the unit it is written with ("67.5 per cent", "170-seat",
"75-year-old", "9.7m"), because that is how a reader quotes the figure back. Deciding
whether a number is a *claim* is not done here (see ``figures.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter

from .patterns import SPACE, cased, trie

__all__ = [
    "DIGITS_RE",
    "MONTHS",
    "NumberToken",
    "TokenKind",
    "WORDS_BODY",
    "WORDS_RE",
    "WORD_FIRSTS",
    "scan_numbers",
    "word_spans",
    "words_value",
]

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
FRACTIONS = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
}
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

_CARD_WORDS = [*UNITS, *TENS, "hundred", *SCALES, "half", "dozen"]
_CONT = trie([*_CARD_WORDS, *ORDINALS, "thirds", "quarters", "fifths", "halves"])
# Digits: grouped with commas or no-break/thin spaces, optional decimals. The regex starts
# with a character class (fast scanning); what may not precede a number (a letter, a digit,
# "." or "," as in G7 or 1,2345) is checked in code.
DIGITS_RE = re.compile(
    r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]{0,2}(?:[\u00a0\u2009\u202f][0-9]{3})+|[0-9]*)"
    r"(?:\.[0-9]+)?(?![0-9]|,[0-9]{3}|:[0-9])"
)
_NOT_BEFORE_DIGITS = frozenset("0123456789_.,:")
# Number words, ordinals and fractions as a trie, then joined continuations
# ("seven and a half thousand", "twenty-first", "two-thirds").
_WORDS = [*_CARD_WORDS, *ORDINALS, "a third", "a quarter", "a fifth"]
WORDS_BODY = (
    rf"(?:{cased(_WORDS)})"
    rf"(?:(?:-|{SPACE}+(?:and{SPACE}+(?:a{SPACE}+)?|a{SPACE}+)?)(?:{_CONT}))*(?![A-Za-z])"
)
WORDS_RE = re.compile(rf"(?<![A-Za-z]){WORDS_BODY}")
# The same matches (group 1) found faster: a pattern that opens with a lookbehind makes
# ``re`` run it at every position, one that opens with a character class lets it skip ahead
# to the characters that can precede a number word. Only a match at 0 needs ``WORDS_RE``.
WORD_FIRSTS = "".join(sorted({w[0] for w in _WORDS} | {w[0].upper() for w in _WORDS}))
_WORDS_AFTER_RE = re.compile(rf"[^A-Za-z](?=[{WORD_FIRSTS}])({WORDS_BODY})")

# What may follow the core of a number and belongs to the expression as written.
SUFFIX_RE = re.compile(
    r"(?P<pct>[ \u00a0\u2009\u202f]?%|[ \u00a0]?per[ \u00a0]?cent\b|[ \u00a0]percent\b"
    r"|[ \u00a0]pc\b)"
    r"|(?P<pts>[ \u00a0](?:percentage[ \u00a0-]points?|points?|pts|ppts?|pp)\b"
    r"|-(?:percentage-)?point\b)"
    r"|(?P<age>[ \u00a0-]years?[ \u00a0-]olds?\b)"
    r"|(?P<seat>-seats?\b)"
    r"|(?P<hy>-(?:vote|votes|strong|year|day|week|month|time|hour)\b)",
    re.IGNORECASE | re.ASCII,
)
_MULT_FIRST = frozenset(" \u00a0mbk")
_SUFFIX_FIRST = frozenset(" \u00a0\u2009\u202f%pP-")
MULT_RE = re.compile(r"(?:[ \u00a0]?(million|billion|bn)|(m|k))\b", re.ASCII)
_ORD_SUFFIX = ("st", "nd", "rd", "th")
_ORD_FIRST = frozenset("snrtSNRT")  # what an ordinal suffix can start with, in any case
_SEPARATORS = re.compile(r"[-\s\u00a0]+")
_PIECE = re.compile(r"[^-\s\u00a0]+")


class TokenKind(StrEnum):
    """How a number is written."""

    DIGITS = "digits"  # "24,120", "67.5", "9.7m"
    WORDS = "words"  # "seven and a half thousand"
    ORDINAL = "ordinal"  # "11th", "second", "twenty-first"
    FRACTION = "fraction"  # "a third", "two-thirds"


@dataclass(slots=True)
class NumberToken:
    """A number expression as written, before deciding if it is a claim.

    ``start``/``end`` are offsets into the text (``end`` past any unit suffix, and
    ``start`` moved back over a sign or, once classified, a currency sign); ``core_end``
    is where the number itself ends. ``value`` is the number as read ("9.7m" -> 9700000,
    "-4.1" -> -4.1, "a third" -> 0.3333). ``suffix`` is the name of the ``SUFFIX_RE`` group
    that matched ("pct", "pts", "age", "seat") or "hy:<word>" for a hyphenated noun
    ("30-year" -> "hy:year"), "" when none did."""

    start: int
    end: int
    value: float | int
    kind: TokenKind
    suffix: str = ""
    core_end: int = 0  # end of the number itself, before any suffix
    decimals: int = 0
    grouped: bool = False  # written with thousands separators
    signed: bool = False


_TAKES_SUFFIX = frozenset([TokenKind.DIGITS, TokenKind.WORDS])  # kinds a unit may follow


def words_value(words: str) -> tuple[float | int, int] | None:
    """Value of a run of number words and how many tokens were valid.

    "seven and a half thousand" -> 7500; "twenty-one" -> 21; "two hundred and fifty" -> 250.
    Stops at the first token that cannot continue the number ("two and three" -> 2).
    """
    tokens = [t for t in _SEPARATORS.split(words.lower()) if t]
    total = 0.0
    current = 0.0
    prev = ""
    used = 0
    for i, tok in enumerate(tokens):
        if tok in ("and", "a"):
            continue
        joined_by_and = i > 0 and tokens[i - 1] in ("and", "a")
        if tok in UNITS or tok in TENS:
            val = UNITS.get(tok, TENS.get(tok, 0))
            if prev in UNITS or (prev in TENS and tok in TENS) or prev == "half":
                break
            if prev in TENS and val >= 10:
                break
            if joined_by_and and prev not in ("hundred", *SCALES):
                break
            current += val
        elif tok == "hundred":
            if prev == "hundred" or prev in SCALES and current == 0 and prev:
                break
            current = (current or 1) * 100
        elif tok in SCALES:
            if prev in SCALES:
                break
            total += (current or 1) * SCALES[tok]
            current = 0
        elif tok == "half":
            if prev and not joined_by_and:
                break
            current += 0.5
        elif tok == "dozen":
            current = (current or 1) * 12
        else:
            break
        prev = tok
        used = i + 1
    if not used:
        return None
    value = total + current
    return (int(value) if value == int(value) else value), used


def _trim_words(text: str, start: int, end: int) -> tuple[int, float | int] | None:
    """Cut a word run back to its longest valid number; returns (new_end, value)."""
    chunk = text[start:end]
    parsed = words_value(chunk)
    if parsed is None:
        return None
    value, used = parsed
    pieces = list(_PIECE.finditer(chunk))
    last = pieces[used - 1]
    return start + last.end(), value


def _digits_value(raw: str) -> tuple[float | int, int, bool]:
    if raw.isdigit():
        return int(raw), 0, False
    clean = raw.replace(",", "")
    if not clean.isascii():
        clean = clean.replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    grouped = len(clean) != len(raw)
    if "." in clean:
        return float(clean), len(clean.split(".", 1)[1]), grouped
    return int(clean), 0, grouped


def scan_numbers(
    text: str, word_spans: Iterable[tuple[int, int]] | None = None
) -> list[NumberToken]:
    """Every number expression in ``text`` with its value and written unit suffix, in
    order of position and not overlapping ("1.2 million" is one token, not two).

    ``word_spans``: the (start, end) spans of ``WORDS_RE`` matches in ``text``, when the
    caller has them."""
    found = _scan_digits(text) + _scan_words(text, word_spans)
    found.sort(key=attrgetter("start"))
    out: list[NumberToken] = []
    last_end = 0
    for tok in found:
        if tok.start < last_end:
            continue  # already inside an expression ("1.2 million")
        # SUFFIX_RE can only start with one of _SUFFIX_FIRST: skip the call when it cannot
        if tok.kind in _TAKES_SUFFIX and text[tok.end : tok.end + 1] in _SUFFIX_FIRST:
            sm = SUFFIX_RE.match(text, tok.end)
            if sm:
                suffix = sm.lastgroup or ""
                if suffix == "hy":
                    suffix = "hy:" + sm.group().lstrip("-").lower()
                tok.suffix = suffix
                tok.end = sm.end()
        out.append(tok)
        last_end = tok.end
    return out


def _scan_digits(text: str) -> list[NumberToken]:
    out: list[NumberToken] = []
    for m in DIGITS_RE.finditer(text):
        start, end = m.span()
        prev = text[start - 1] if start else ""
        if prev and (prev in _NOT_BEFORE_DIGITS or prev.isascii() and prev.isalpha()):
            continue  # G7, M25, the tail of 1,2345
        raw = m.group()
        if raw.isdigit():  # ``_digits_value``'s first case, inlined: most figures
            value, decimals, grouped = int(raw), 0, False
        else:
            value, decimals, grouped = _digits_value(raw)
        tail = text[end : end + 3]
        first = tail[:1]
        if (
            first in _ORD_FIRST
            and tail[:2].lower() in _ORD_SUFFIX
            and not tail[2:3].isalpha()
            and not decimals
        ):
            out.append(NumberToken(start, end + 2, value, TokenKind.ORDINAL, core_end=end + 2))
            continue
        # MULT_RE can only start with a space, "m", "b" or "k": skip the call when it cannot
        mult = MULT_RE.match(text, end) if first in _MULT_FIRST else None
        if mult:
            word = (mult.group(1) or mult.group(2)).lower()
            factor = {"million": 6, "m": 6, "billion": 9, "bn": 9, "k": 3}[word]
            scaled = Decimal(str(value)).scaleb(factor)
            value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
            end = mult.end()
        elif first.isalpha():
            continue  # 5G, 1980s, 3D: not a figure we check
        signed = False
        if prev == "-" and start > 1 and text[start - 2].isalpha():
            continue  # Covid-19, A-1
        if prev and prev in "+-\u2212":
            before = text[start - 2 : start - 1]
            if not before or before in " (\u00a0\t\n[":
                signed = True
                if text[start - 1] != "+":
                    value = -value
                start -= 1
        out.append(
            NumberToken(start, end, value, TokenKind.DIGITS, "", end, decimals, grouped, signed)
        )
    return out


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) spans of ``WORDS_RE.finditer(text)``: runs of number words."""
    m = WORDS_RE.match(text)
    pos = 0
    if m is not None:
        yield m.span()
        pos = m.end()  # a match ends in a letter, so the next one cannot open at its end
    for m in _WORDS_AFTER_RE.finditer(text, pos):
        yield m.span(1)


def _scan_words(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[NumberToken]:
    out: list[NumberToken] = []
    for start, end in word_spans(text) if spans is None else spans:
        if start > 0 and text[start - 1].isalpha():
            continue  # "someone", "often"
        written = text[start:end]
        raw = written.lower()
        parts = [raw] if raw.isalpha() else [p for p in _SEPARATORS.split(raw) if p]
        last = parts[-1]
        if (
            last in FRACTIONS
            and (len(parts) > 1 and parts[-2] in ("a", "one", *UNITS))
            and (last != "half" or parts[0] == "a")
        ):
            head = {"a": 1, "one": 1}.get(parts[-2], UNITS.get(parts[-2], 1))
            piece = list(_PIECE.finditer(written))
            first = piece[-2].start() + start
            value = round(head * FRACTIONS[last], 4)
            out.append(NumberToken(first, end, value, TokenKind.FRACTION, core_end=end))
            continue
        if parts[0] in ORDINALS and len(parts) > 1 and last not in ORDINALS:
            first_end = start + len(written.split()[0].split("-")[0])
            out.append(
                NumberToken(
                    start, first_end, ORDINALS[parts[0]], TokenKind.ORDINAL, core_end=first_end
                )
            )
            continue
        if last in ORDINALS:
            if len(parts) == 1:
                value = ORDINALS[last]
            elif len(parts) == 2 and parts[0] in TENS and "-" in raw:
                value = TENS[parts[0]] + ORDINALS[last]
            else:
                continue
            out.append(NumberToken(start, end, value, TokenKind.ORDINAL, core_end=end))
            continue
        if parts[0] == "a":
            continue
        trimmed = _trim_words(text, start, end)
        if trimmed is None:
            continue
        end, value = trimmed
        out.append(NumberToken(start, end, value, TokenKind.WORDS, core_end=end))
    return out
