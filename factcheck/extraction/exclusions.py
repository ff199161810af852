"""Numbers that are never claims, told from a capital letter next to them.

Dates ("July 5", "5th of July", "4 July 2024"), street addresses ("10 Downing Street") and
numbers inside names ("Channel 4", "Article 50") all need a capital
letter beside the figure, so the cheap test for one comes first. Clock times, ISO dates,
URLs and tags are masked before numbers are read (``sentences.mask_spans``).
"""

from __future__ import annotations

import re

from .numbers import MONTHS, NumberToken, TokenKind
from .patterns import SPACE

__all__ = [
    "ADDRESS_RIGHT",
    "DATE_LEFT",
    "DATE_RIGHT",
    "FULL_DATE_LEFT",
    "NAME_HEAD_LEFT",
    "never_a_claim",
]

_S = SPACE
DATE_RIGHT = re.compile(rf"^(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?(?:{MONTHS})\b\.?")
DATE_LEFT = re.compile(rf"\b(?:{MONTHS})\.?{_S}+(?:the{_S}+)?$")
FULL_DATE_LEFT = re.compile(
    rf"(?:\b[0-9]{{1,2}}(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?(?:{MONTHS}),?{_S}+"
    rf"|\b(?:{MONTHS}){_S}+[0-9]{{1,2}}(?:st|nd|rd|th)?,?{_S}+)$"
)
ADDRESS_RIGHT = re.compile(
    rf"^{_S}+(?:[A-Z][a-z]+{_S}+){{1,3}}(?:Street|Road|Avenue|Lane|Square|Place|Gardens|"
    r"Terrace|Crescent|Close|Drive|Way|Row|Court|Mews|Walk|Grove)\b"
)
_NAME_HEADS = (
    r"Channel|Radio|Article|Section|Clause|Chapter|Number|No\.?|Room|Tier|Level|Page|"
    r"Platform|Route|Flight|Formula|Apollo|Windows|Version|Series|Season|Episode|Part|Stage|"
    r"Band|Grade|Ward|Book|Table|Figure|Fig\.?|Line|Bus|Vol\.?|Volume|Issue|Key Stage|Year|"
    r"Group of|G|Pope|King|Queen|Henry|George|Edward|Elizabeth|Charles"
)
NAME_HEAD_LEFT = re.compile(rf"\b(?:{_NAME_HEADS})[ \u00a0]?$")
# A NAME_HEAD_LEFT match is at most this long (the longest head, its dot, a space); search
# the last _NAME_HEAD_SPAN + 1 characters only, so the \b before a match sees real text.
_NAME_HEAD_SPAN = max(len(h.replace("\\.?", ".")) for h in _NAME_HEADS.split("|")) + 1
# Every month, whole or cut short, starts with one of these three letters: a cheap test
# before the date patterns, which can only match where a month is written.
_MONTH_HINT = re.compile("|".join(dict.fromkeys(month[:3] for month in MONTHS.split("|"))))
_DIGITS_OR_ORDINAL = frozenset([TokenKind.DIGITS, TokenKind.ORDINAL])


def never_a_claim(tok: NumberToken, left: str, right: str) -> bool:
    """Whether the number is part of a date, an address or a name.

    ``left`` and ``right`` are the text before and after the token inside its sentence (a
    few dozen characters each are enough)."""
    v = tok.value
    small_int = isinstance(v, int) and 1 <= v <= 31
    # Dates, addresses and names all need a capital letter next to the figure: test that
    # with plain string methods first, since most figures sit between lower-case words.
    near = left[-24:]
    cap_left = near.lower() != near  # holds a capital letter
    near = right[:12]
    cap_right = near.lower() != near
    if (
        tok.kind in _DIGITS_OR_ORDINAL
        and not tok.suffix
        and small_int
        and (
            cap_right
            and DATE_RIGHT.match(right)
            or cap_left
            and _MONTH_HINT.search(left)
            and DATE_LEFT.search(left)
        )
    ):
        return True
    return bool(
        tok.kind is TokenKind.DIGITS
        and not tok.suffix
        and (
            cap_left
            and (
                _MONTH_HINT.search(left)
                and FULL_DATE_LEFT.search(left)
                or NAME_HEAD_LEFT.search(left[-_NAME_HEAD_SPAN - 1 :])
            )
            or cap_right
            and ADDRESS_RIGHT.match(right)
        )
    )
