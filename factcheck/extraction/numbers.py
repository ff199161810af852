"""Find number expressions (digits and words) and normalise their values.

One compiled regex finds every candidate number in a single pass; the small suffix regex
then extends a match over the unit it is written with ("67.5 per cent", "170-seat",
"75-year-old", "9.7m"), because that is how a reader quotes the figure back. Deciding
whether a number is a *claim* is not done here (see ``figures.py``).

The forms read, and how (each has its tests in ``tests/factcheck/test_number_forms.py``):

- Thousands grouped with commas, or with a space of any width between groups of exactly
  three digits after a lead of one to three: "24,120", "24 120", "24\u00a0120",
  "24\u2009120", "24\u202f120" -> 24120. A plain space is also how numbers are listed, so
  it joins only a lone figure: not when another number stands one space before or after it
  ("411 121 72" is three numbers, "3 4 500" three), and never across a four-digit year ("in
  2019 24 people" is 2019 and 24; a group is three digits, a lead at most three).
- Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) inside a number are read
  through ("24,\u200b120" -> 24120); offsets still index the text as given, so
  ``text[start:end]`` holds the invisible character.
- A scale after the digits, joined or spaced: "9.7m", "37k", "1.2bn", "3mn", "14 million",
  "37 thousand" -> 9700000, 37000, 1200000000, 3000000, 14000000, 37000.
- Units joined to the digits or spaced: "49.2pc", "49.2 pct", "67.5 per cent" are percent
  (suffix "pct"); "29.9ppt", "29.9 ppts", "12pts", "5pp", "5 percentage pts" are points
  (suffix "pts").
- Fractions in words are percentages (kind FRACTION, ``value`` in percent rounded to four
  places): "a third" -> 33.3333, "two thirds" -> 66.6667, "a quarter" -> 25, "three
  quarters" -> 75, "half" -> 50, "one in seven" -> 14.2857, "four out of five" -> 80.
  ``fraction_of`` gives the fraction itself (numerator, denominator) from the words.
- A run of digits too long to be a figure (more than ``MAX_INTEGER_DIGITS`` before the
  point, as in a body of ten thousand nines) is skipped: no claim could hold it, and
  ``int()`` refuses strings over 4,300 digits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter

from .patterns import SPACE, cased, trie

__all__ = [
    "DIGIT_WORDS",
    "DIGITS_RE",
    "MONTHS",
    "NumberToken",
    "SCALE_EXPONENT",
    "TokenKind",
    "WORDS_BODY",
    "WORDS_RE",
    "WORD_FIRSTS",
    "ZERO_WIDTH",
    "fraction_of",
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
# A fraction word and its denominator: "two thirds" is 2/3.
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
}
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

_CARD_WORDS = [*UNITS, *TENS, "hundred", *SCALES, "half", "dozen"]
_CONT = trie([*_CARD_WORDS, *ORDINALS, "thirds", "quarters", "fifths", "halves"])
# A decimal comma, as English copy from Europe writes one: one or two digits after it, then
# a percentage or a scale ("33,7 %", "45,0 per cent", "1,24 mn"), or before another such
# ("33,7 and 23,7 per cent"); never a group of three.
# ("%%": the pattern is formatted with ``%`` below.)
_DECIMAL_UNIT = (
    r"[ \u00a0]?(?:%%|per[ \u00a0]?cent|percent|pc\b|pts?\b|points?\b|procent|mn\b|bn\b|"
    r"million|billion)"
)
_DECIMAL_COMMA = (
    rf",[0-9]{{1,2}}(?={_DECIMAL_UNIT}|(?:[ \u00a0]+(?:and|or|to)[ \u00a0]+|[-\u2013])"
    rf"[0-9]{{1,3}},[0-9]{{1,2}}{_DECIMAL_UNIT})"
)
# Digits: grouped with commas or spaces (plain, no-break, thin, narrow no-break), optional
# decimals. The regex starts with a character class (fast scanning); what may not precede a
# number (a letter, a digit, "." or "," as in G7 or 1,2345) is checked in code, and so is a
# join over a plain space (``_spaced_figure``): where one is refused, ``_TIGHT_DIGITS_RE``
# reads the same span without it.
_DIGITS = (
    r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]{0,2}(?:[%s][0-9]{3})+|[0-9]*)"
    rf"(?:\.[0-9]+|{_DECIMAL_COMMA})?(?![0-9]|,[0-9]{{3}}|:[0-9])"
)
DIGITS_RE = re.compile(_DIGITS % " \u00a0\u2009\u202f")
_TIGHT_DIGITS_RE = re.compile(_DIGITS % "\u00a0\u2009\u202f")
_NOT_BEFORE_DIGITS = frozenset("0123456789_.,:")
# A figure's whole part holds at most this many digits: a claim's value is stored with 14
# (``Claim.value``: 20 digits, 6 of them decimals), and no election figure comes near
# 10**14. A longer run of digits is not a figure; ``int()`` would refuse one of 4,300.
MAX_INTEGER_DIGITS = 14
_TOO_BIG = 10**MAX_INTEGER_DIGITS
# Invisible characters a CMS or a copy-paste leaves inside a number ("24,\u200b120").
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH}]")
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
# "pc", "pct", "pts", "ppt" and "pp" may be joined to the digits ("49.2pc", "29.9ppt").
SUFFIX_RE = re.compile(
    r"(?P<pct>[ \u00a0\u2009\u202f]?%|[ \u00a0]?per[ \u00a0]?cent\b|[ \u00a0]?percent\b"
    r"|[ \u00a0]?pct?\b)"
    r"|(?P<pts>[ \u00a0](?:percentage[ \u00a0-](?:points?|pts?)|points?)\b"
    r"|[ \u00a0]?(?:pts?|ppts?|pp)\b|-(?:percentage-)?point\b)"
    r"|(?P<age>[ \u00a0-]years?[ \u00a0-]olds?\b)"
    r"|(?P<seat>-seats?\b)"
    r"|(?P<hy>-(?:vote|votes|strong|year|day|week|month|time|hour)\b)",
    re.IGNORECASE | re.ASCII,
)
_MULT_FIRST = frozenset(" \u00a0mbkMBKt")
_SUFFIX_FIRST = frozenset(" \u00a0\u2009\u202f%pP-")
# After a space, only a spelt scale or unit can follow: MULT_RE needs the first letter of
# "million", "billion", "thousand", "bn" or "mn" next, SUFFIX_RE a "%", a "p" ("per cent",
# "pct", "points", "pp") or a "y" ("years old"). Most numbers are followed by a space and a
# word that starts with none of these ("24,120 votes"), and skip both calls.
_SPACED = frozenset(" \u00a0\u2009\u202f")
_MULT_AFTER_SPACE = frozenset("mbtBM")
_SUFFIX_AFTER_SPACE = frozenset("%pPyY")
# A scale after the digits: "14 million", "37 thousand", "1.2bn", "3mn", "9.7m", "37k".
MULT_RE = re.compile(r"(?:[ \u00a0]?(million|billion|thousand|bn|mn|BN|MN)|(m|k|M|K))\b", re.ASCII)
SCALE_EXPONENT = {"million": 6, "mn": 6, "m": 6, "billion": 9, "bn": 9, "thousand": 3, "k": 3}
# Units that may be joined to the digits: the digits are a figure, not a code ("5G").
_JOINED_UNIT_RE = re.compile(
    r"(?:pct?|pts?|ppts?|pp|per[ \u00a0]?cent|percent)\b", re.ASCII | re.IGNORECASE
)
_ORD_SUFFIX = ("st", "nd", "rd", "th")
_ORD_FIRST = frozenset("snrtSNRT")  # what an ordinal suffix can start with, in any case
_SEPARATORS = re.compile(r"[-\s\u00a0]+")
_PIECE = re.compile(r"[^-\s\u00a0]+")


class TokenKind(StrEnum):
    """How a number is written."""

    DIGITS = "digits"  # "24,120", "67.5", "9.7m"
    WORDS = "words"  # "seven and a half thousand"
    ORDINAL = "ordinal"  # "11th", "second", "twenty-first"
    FRACTION = "fraction"  # "a third", "two-thirds", "half", "one in seven": in percent


@dataclass(slots=True)
class NumberToken:
    """A number expression as written, before deciding if it is a claim.

    ``start``/``end`` are offsets into the text (``end`` past any unit suffix, and
    ``start`` moved back over a sign or, once classified, a currency sign); ``core_end``
    is where the number itself ends. ``value`` is the number as read ("9.7m" -> 9700000,
    "-4.1" -> -4.1), a fraction in percent ("a third" -> 33.3333). ``suffix`` is the name
    of the ``SUFFIX_RE`` group that matched ("pct", "pts", "age", "seat") or "hy:<word>"
    for a hyphenated noun ("30-year" -> "hy:year"), "" when none did."""

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


def _digits_value(raw: str) -> tuple[float | int, int, bool] | None:
    """(value, decimals, grouped) of digits as matched by ``DIGITS_RE``; None when the whole
    part is longer than ``MAX_INTEGER_DIGITS``."""
    comma = raw.rfind(",")
    if comma >= 0 and len(raw) - comma <= 3 and "." not in raw:
        raw = f"{raw[:comma]}.{raw[comma + 1 :]}"  # a decimal comma: "33,7"
    clean = raw.replace(",", "").replace(" ", "")
    if not clean.isascii():
        clean = clean.replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    grouped = len(clean) != len(raw)
    whole, point, decimals = clean.partition(".")
    if len(whole) > MAX_INTEGER_DIGITS:
        return None
    if point:
        return float(clean), len(decimals), grouped
    return int(clean), 0, grouped


def _percent(numerator: float | int, denominator: float | int) -> float | int:
    """``numerator / denominator`` in percent, to four places: (1, 3) -> 33.3333, (1, 2) -> 50."""
    value = round(100 * numerator / denominator, 4)
    return int(value) if value == int(value) else value


# A fraction word's count: "a third", "one third", "two thirds".
_FRACTION_HEADS = {"a": 1, "one": 1, **UNITS}
# "one in seven", "nine in 10", "one in every five", "four out of five".
_RATIO_GAP = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)(?:[ \u00a0]+every)?[ \u00a0]+")
_RATIO_RE = re.compile(
    r"(?P<p>\S+)[ \u00a0]+(?:in|out[ \u00a0]+of)(?:[ \u00a0]+every)?[ \u00a0]+(?P<q>.+)"
)
# "three in 10 years" counts times in a span of time: not a ratio.
_SPAN_AFTER = re.compile(
    r"[ \u00a0]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|"
    r"generations?)\b",
    re.IGNORECASE,
)
_RATIO_KINDS = frozenset([TokenKind.DIGITS, TokenKind.WORDS])
_MAX_RATIO_GAP = len(" out of every ")


def fraction_of(written: str) -> tuple[int, int] | None:
    """(numerator, denominator) of a fraction written in words, as ``scan_numbers`` reads
    one (kind FRACTION): "a third" -> (1, 3), "two-thirds" -> (2, 3), "half" -> (1, 2),
    "three quarters" -> (3, 4), "one in seven" -> (1, 7), "9 in 10" -> (9, 10), "four out
    of five" -> (4, 5), "one in every 20" -> (1, 20). Not reduced ("two in ten" -> (2, 10)).
    None for anything else ("third", "24,120", "33%")."""
    low = _ZERO_WIDTH_RE.sub("", written).strip().lower()
    parts = [p for p in _SEPARATORS.split(low) if p]
    if parts == ["half"]:
        return 1, 2
    if len(parts) == 2 and parts[1] in FRACTIONS and parts[0] in _FRACTION_HEADS:
        return _FRACTION_HEADS[parts[0]], FRACTIONS[parts[1]]
    m = _RATIO_RE.fullmatch(low)
    if m is None:
        return None
    p, q = _whole(m.group("p")), _whole(m.group("q"))
    if p is None or q is None or not 0 < p < q:
        return None
    return p, q


def _whole(written: str) -> int | None:
    """A whole number written in digits ("10", "1,000") or words ("seven"), else None."""
    digits = written.replace(",", "")
    if digits.isascii() and digits.isdigit():
        return int(digits) if len(digits) <= MAX_INTEGER_DIGITS else None
    parsed = words_value(written)
    if parsed is None:
        return None
    value, used = parsed
    if used != len([p for p in _SEPARATORS.split(written) if p]) or value != int(value):
        return None
    return int(value)


def _ratio(text: str, a: NumberToken, b: NumberToken) -> NumberToken | None:
    """ "one in seven", "9 in 10", "four out of five": the two tokens ``a`` and ``b`` read as
    one FRACTION token (in percent), or None when they are not one. Both whole and plain
    (no unit, sign, grouping or decimals), 0 < a < b <= 1000 (so never a year: "won two in
    2019"), and no span of time after ("three in 10 years")."""
    if b.start - a.end > _MAX_RATIO_GAP or a.kind not in _RATIO_KINDS or b.kind not in _RATIO_KINDS:
        return None
    p, q = a.value, b.value
    if a.suffix or b.suffix or a.signed or a.decimals or b.decimals or a.grouped:
        return None
    if not (isinstance(p, int) and isinstance(q, int) and 0 < p < q <= 1000):
        return None
    if _RATIO_GAP.fullmatch(text, a.end, b.start) is None or _SPAN_AFTER.match(text, b.end):
        return None
    return NumberToken(a.start, b.end, _percent(p, q), TokenKind.FRACTION, core_end=b.end)


def scan_numbers(
    text: str, word_spans: Iterable[tuple[int, int]] | None = None
) -> list[NumberToken]:
    """Every number expression in ``text`` with its value and written unit suffix, in
    order of position and not overlapping ("1.2 million" is one token, not two; "one in
    seven" one FRACTION token).

    ``word_spans``: the (start, end) spans of ``WORDS_RE`` matches in ``text``, when the
    caller has them."""
    found = _scan_digits(text) + _scan_words(text, word_spans)
    found.sort(key=attrgetter("start"))
    out: list[NumberToken] = []
    last_end = 0
    for tok in found:
        if tok.start < last_end:
            continue  # already inside an expression ("1.2 million")
        # SUFFIX_RE can only start with one of _SUFFIX_FIRST, and after a space only with
        # one of _SUFFIX_AFTER_SPACE: skip the call when it cannot match
        nxt = text[tok.end : tok.end + 2]
        if (
            tok.kind in _TAKES_SUFFIX
            and nxt[:1] in _SUFFIX_FIRST
            and (nxt[:1] not in _SPACED or nxt[1:] in _SUFFIX_AFTER_SPACE)
        ):
            sm = SUFFIX_RE.match(text, tok.end)
            if sm:
                suffix = sm.lastgroup or ""
                if suffix == "hy":
                    suffix = "hy:" + sm.group().lstrip("-").lower()
                tok.suffix = suffix
                tok.end = sm.end()
        if out and tok.start - out[-1].end <= _MAX_RATIO_GAP:
            ratio = _ratio(text, out[-1], tok)
            if ratio is not None:
                out[-1] = ratio
                last_end = ratio.end
                continue
        out.append(tok)
        last_end = tok.end
    return out


def _scan_digits(text: str) -> list[NumberToken]:
    """The DIGITS and digit ORDINAL tokens of ``text`` (no unit suffix yet)."""
    out: list[NumberToken] = []
    # five ``in`` tests cost far less than one regex scan of the text for a character class
    if not any(ch in text for ch in ZERO_WIDTH):
        _read_digits(text, DIGITS_RE.finditer(text), out)
        return out
    # Read the text without its invisible characters, then map offsets back: the character
    # at ``i`` of ``visible`` is at ``i + bisect_right(shifts, i)`` of ``text``.
    shifts = [m.start() - k for k, m in enumerate(_ZERO_WIDTH_RE.finditer(text))]
    visible = _ZERO_WIDTH_RE.sub("", text)
    _read_digits(visible, DIGITS_RE.finditer(visible), out)
    for tok in out:
        tok.start += bisect_right(shifts, tok.start)
        # an end is one past its last character: invisible ones inside count, trailing not
        tok.end += bisect_right(shifts, tok.end - 1)
        tok.core_end += bisect_right(shifts, tok.core_end - 1)
    return out


def _spaced_figure(text: str, start: int, end: int) -> bool:
    """Whether digits grouped with a plain space, ``text[start:end]``, are one figure ("won
    24 120 votes") rather than numbers side by side: not when a number stands one space
    before or after ("411 121 72", "3 4 500", "in 2019 24 120"), after a letter, digit or
    "." ("Covid-19 120", "1.5 100"), or from a lead of "0"."""
    if text[start] == "0":
        return False
    if start:
        prev = text[start - 1]
        if prev.isalnum() or prev in _NOT_BEFORE_DIGITS:
            return False
        before = text[start - 2 : start - 1]
        if prev == " " and before.isdigit() or prev == "-" and before.isalpha():
            return False  # "2019 24 120", "Covid-19 120"
    return not (text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit())


def _read_digits(text: str, matches: Iterator[re.Match[str]], out: list[NumberToken]) -> None:
    """Append to ``out`` a token for each match of ``DIGITS_RE`` (or ``_TIGHT_DIGITS_RE``)
    that is a figure: with its value, scale ("9.7m"), ordinal suffix ("11th") and sign."""
    for m in matches:
        start, end = m.span()
        raw = m.group()
        if " " in raw and not _spaced_figure(text, start, end):
            _read_digits(text, _TIGHT_DIGITS_RE.finditer(text, start, end), out)
            continue
        prev = text[start - 1] if start else ""
        if prev and (prev in _NOT_BEFORE_DIGITS or prev.isascii() and prev.isalpha()):
            continue  # G7, M25, the tail of 1,2345
        if raw.isdigit():  # ``_digits_value``'s plainest case, inlined: most figures
            if end - start > MAX_INTEGER_DIGITS:
                continue  # not a figure (and ``int()`` refuses over 4,300 digits)
            value, decimals, grouped = int(raw), 0, False
        else:
            parsed = _digits_value(raw)
            if parsed is None:
                continue
            value, decimals, grouped = parsed
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
        # MULT_RE can only start with a space or a scale's first letter (after a space, one
        # of _MULT_AFTER_SPACE): skip the call else
        mult = (
            MULT_RE.match(text, end)
            if first in _MULT_FIRST and (first not in _SPACED or tail[1:2] in _MULT_AFTER_SPACE)
            else None
        )
        if mult:
            word = (mult.group(1) or mult.group(2)).lower()
            scaled = Decimal(str(value)).scaleb(SCALE_EXPONENT[word])
            if abs(scaled) >= _TOO_BIG:
                continue
            value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
            end = mult.end()
        elif first.isalpha() and not _JOINED_UNIT_RE.match(text, end):
            continue  # 5G, 1980s, 3D: not a figure we check ("49.2pc" is)
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


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) spans of ``WORDS_RE.finditer(text)``: runs of number words."""
    m = WORDS_RE.match(text)
    pos = 0
    if m is not None:
        yield m.span()
        pos = m.end()  # a match ends in a letter, so the next one cannot open at its end
    for m in _WORDS_AFTER_RE.finditer(text, pos):
        yield m.span(1)


_HALF = ["half"]


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
            and (len(parts) > 1 and parts[-2] in _FRACTION_HEADS)
            and (last != "half" or parts[0] == "a")
        ):
            piece = list(_PIECE.finditer(written))
            first = piece[-2].start() + start
            value = _percent(_FRACTION_HEADS[parts[-2]], FRACTIONS[last])
            out.append(NumberToken(first, end, value, TokenKind.FRACTION, core_end=end))
            continue
        if parts == _HALF:  # "half the vote", "almost half": a fraction on its own
            out.append(NumberToken(start, end, 50, TokenKind.FRACTION, core_end=end))
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
        spoken = _SPOKEN_DECIMALS.match(text, end)
        if spoken is not None and isinstance(value, int):
            # "forty-nine point three per cent", "Turnout sixty-one point four."
            digits = [DIGIT_WORDS[d.lower()] for d in spoken.groups()[:2] if d]
            value = float(f"{value}.{''.join(digits)}")
            end = spoken.end(2) if spoken.group(2) else spoken.end(1)
            if spoken.group(3):  # "four point one million"
                scaled = Decimal(str(value)).scaleb(SCALE_EXPONENT[spoken.group(3).lower()])
                value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
                end = spoken.end(3)
            out.append(NumberToken(start, end, value, TokenKind.WORDS, "", end, len(digits)))
            continue
        out.append(NumberToken(start, end, value, TokenKind.WORDS, core_end=end))
    return out


# Decimals spoken in words after a number in words, then a unit or the clause's end:
# "forty-nine point three per cent", "sixty-one point four." (not "at one point two
# recounts").
DIGIT_WORDS = {
    "zero": "0", "nought": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_A_DIGIT_WORD = "(" + "|".join(DIGIT_WORDS) + ")"
_SPOKEN_DECIMALS = re.compile(
    rf"[ \u00a0]+point[ \u00a0]+{_A_DIGIT_WORD}(?:[ \u00a0]+{_A_DIGIT_WORD})?"
    r"(?:[ \u00a0]+(million|billion)\b)?"
    r"(?=[ \u00a0]*(?:per[ \u00a0]?cent|percent|%|points?\b|pts?\b|votes?\b|[.;,:!?)]|$))",
    re.IGNORECASE,
)
