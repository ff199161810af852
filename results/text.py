"""Names as a search compares them: without case, accents or punctuation.

Plain Python with no Django import, so any layer can use it (the seat search on
``/results/``, the admin's searches, and a checker comparing an article's names
with the official ones).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold"]

# Letters that do not decompose into a base letter and a mark under NFKD.
_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i"}
)
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """``text`` folded for comparison: lower case, accents dropped, words joined by one space.

    "Ynys Môn" and "ynys mon" both fold to ``"ynys mon"``, "Sinn Féin" and
    "SINN FEIN" to ``"sinn fein"``, "Weston-super-Mare" to ``"weston super
    mare"`` and "O'Neill" to ``"o neill"``. Letters of other scripts are kept,
    lower-cased. Never raises; ``""`` for blank text.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", bare.casefold().translate(_LETTERS)).strip()
