"""The verdict rules: how a figure as written is compared with the official one.

Plain Python, no Django. The rules (also in the README and on the
methodology page):

1. A number written with all its digits must equal the official figure.
2. A visibly rounded number ("13,000", "900", "seven and a half thousand",
   "7.5 million") is approximately accurate when the official figure rounds
   to it at the precision it was written, and inaccurate when it does not;
   one said all in words with a scale ("seven and a half thousand") is
   approximately accurate within 5% of it.
3. "more than X" holds when the figure exceeds X; "within X" / "at most X"
   when it is X or less. "almost / nearly X" is accurate when the figure is below X and within 5% of
   it, approximately accurate within 15%, inaccurate at or above X or further
   under. "around X" is accurate when the figure is within the precision
   written (half a unit of the last significant place) or, for a count,
   within 1% of X.
4. A percentage is checked to the decimals written: 67.5 is accurate for
   67.53, inaccurate for 67.27.
5. A change reported in the wrong direction (a rise as a fall) is inaccurate.
6. A projection is checked against the projection it reports (the checkers).
7. A fraction in words ("a third", "two thirds", "half", "three quarters",
   "one in seven", "nine in 10") is a rounded share, p/q in percent. Said
   plainly, "about" or as a projection, it is approximately accurate when the
   official share is within ±2.5 points of p/q (``FRACTION_WITHIN``), or when
   p/q is the simple fraction nearest to it (denominator at most 10, or q when
   larger); accurate when the share is exactly p/q (325 of 650 is half);
   inaccurate otherwise, and the explanation names the nearest simple fraction.
   So "a third" holds for 30.8-35.8% (33.70: yes; 37.0: no, that is nearer
   3/8), "half" for 47.2-52.8%, "a quarter" for 22.5-27.5%. "More than",
   "almost" and "nearly" still apply as in rule 3, to p/q: "almost two thirds"
   holds for 60.0-66.6%, "more than half" only above 50%.

10. A percentage or a change in points that is the official one cut short
    rather than rounded (24.5% for 24.57%, "6 points" for 6.74) is
    approximately accurate: writers truncate. A count is not: "by 3,000
    votes" for 3,799 is inaccurate (rule 2).

11. A percentage that is the official one as published, to two places, rounded again
    (68.8% for 68.7474%, published as 68.75%; 6.8% for a share published as 6.75%) is
    approximately accurate: the writer rounded the Library's figure, not a wrong one.

How a figure is written (``decimals_written``, ``precision_of``) is read from
its text as the article has it: thousands grouped with commas or spaces of any
width ("24 120", "24\u202f120"), zero-width characters inside it ignored, a
scale after the digits ("9.7m", "37k", "1.2bn", "3mn", "14 million").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache
from math import gcd

from factcheck.extraction.numbers import DIGIT_WORDS, SCALE_EXPONENT, ZERO_WIDTH, fraction_of
from factcheck.vocabulary import Qualifier, Verdict

# The decimal places the Library publishes shares and turnouts to (rule 11).
PUBLISHED_PLACES = 2
ACCURATE = Verdict.ACCURATE
APPROXIMATELY_ACCURATE = Verdict.APPROXIMATELY_ACCURATE
INACCURATE = Verdict.INACCURATE
NOT_CHECKABLE = Verdict.NOT_CHECKABLE
MISLEADING = Verdict.MISLEADING
UNVERIFIABLE = Verdict.UNVERIFIABLE

SUGGESTED = (ACCURATE, APPROXIMATELY_ACCURATE, INACCURATE, NOT_CHECKABLE)
EDITOR_ONLY = (MISLEADING, UNVERIFIABLE)

# "nearly X" is accurate within the first fraction below X, approximately accurate within
# the second ("almost 8,000" for 7,247 is 9.4% under).
NEARLY_CLOSE = Decimal("0.05")
NEARLY_WITHIN = Decimal("0.15")
# A rounded figure said in words ("seven and a half thousand") holds within this fraction.
SPOKEN_WITHIN = Decimal("0.05")
# "around X" holds for a count within this fraction of X either side (rule 3).
AROUND_WITHIN = Decimal("0.01")
# A fraction in words holds within this many percentage points either side (rule 7).
FRACTION_WITHIN = Decimal("2.5")
# ... or when it is the nearest fraction with a denominator up to this (or its own).
SIMPLE_DENOMINATOR = 10

_WORDS = re.compile(r"[A-Za-z]")
_ANY_DIGIT = re.compile(r"\d")
# "9.7m", "14 million", "7.5bn", "3mn": the scale may follow the digits directly.
_SCALE_WORDS = re.compile(r"(?:\b|(?<=\d))(thousand|million|billion|k|m|bn|mn)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,.\u00a0\u2009\u202f ]*\d|\d")
_DIGIT_WORD = "(?:" + "|".join(DIGIT_WORDS) + ")"  # as the extractor reads them
_SPOKEN_POINT = re.compile(
    rf"\bpoint[ \u00a0]+({_DIGIT_WORD}(?:[ \u00a0]+{_DIGIT_WORD})?)\b", re.IGNORECASE
)
_INVISIBLE = re.compile(f"[{ZERO_WIDTH}]")


class Comparison:
    """A verdict and its ``reason``, the last sentence of the explanation.

    The reason may be given as a function that words it: it is worded when first read,
    so a comparison made for its verdict alone (a reading weighed, a definition that did
    not fit) costs no wording."""

    __slots__ = ("verdict", "_reason")

    def __init__(self, verdict: str, reason: str | Callable[[], str]) -> None:
        self.verdict = verdict
        self._reason = reason

    @property
    def reason(self) -> str:
        if not isinstance(self._reason, str):
            self._reason = self._reason()
        return self._reason

    def __repr__(self) -> str:
        return f"Comparison({self.verdict!r}, {self.reason!r})"


def as_decimal(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _visible(text: str) -> str:
    """``text`` without zero-width characters ("24,\u200b120" -> "24,120")."""
    if text.isascii():
        return text  # zero-width characters are not ASCII
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


# The letters a scale word (``_SCALE_WORDS``) may open with, in ASCII.
_SCALE_FIRST = frozenset("tmbkTMBK")


def _has_scale(text: str) -> bool:
    """``_SCALE_WORDS.search(text)``, skipped for ASCII text without the letter a scale
    word opens with ("24,120", "67.5%")."""
    if text.isascii() and _SCALE_FIRST.isdisjoint(text):
        return False
    return _SCALE_WORDS.search(text) is not None


@lru_cache(maxsize=4096)
def decimals_written(text: str) -> int:
    """Digits after the decimal point in the figure as written ("67.5%" -> 1; a decimal
    comma, one or two digits after a comma, "33,7 %" -> 1; decimals spoken in words,
    "forty-nine point three per cent" -> 1)."""
    match = _DIGITS.search(_visible(text))
    if not match:
        spoken = _SPOKEN_POINT.search(text)  # "forty-nine point three per cent"
        return len(spoken.group(1).split()) if spoken else 0
    digits = match.group(0)
    comma = digits.rfind(",")
    if comma >= 0 and len(digits) - comma <= 3 and "." not in digits:
        return len(digits) - comma - 1  # a decimal comma: "33,7 %"
    digits = digits.replace(",", "").replace("\u00a0", "").replace(" ", "")
    digits = digits.replace("\u2009", "").replace("\u202f", "")
    return len(digits.split(".", 1)[1]) if "." in digits else 0


@lru_cache(maxsize=4096)
def precision_of(text: str, value: Decimal) -> Decimal:
    """The unit the figure was written to: 1 for "24,120", 1000 for "26,000".

    A whole number is visibly rounded when it ends in two or more zeros, or
    is spoken in words with a scale ("seven and a half thousand"); its
    precision is then the place of its last non-zero digit.
    """
    text = _visible(text)
    places = decimals_written(text)
    if places:
        step = Decimal(1).scaleb(-places)
        scale = _SCALE_WORDS.search(text)
        if scale:
            # "7.5 million": a tenth of a million, not a tenth.
            digits = _DIGITS.search(text)
            if digits is None:  # "four point one million", spoken
                return step.scaleb(SCALE_EXPONENT.get(scale.group(1).lower(), 0))
            written = digits.group(0).replace(",", "." if "." not in digits.group(0) else "")
            step *= value / Decimal(written)  # ("1,24 mn": a decimal comma)
        return step
    if value != value.to_integral_value():
        # "7.5 million" written with a scale word: the last written place.
        return Decimal(1).scaleb(value.normalize().as_tuple().exponent)
    integer = int(value)
    if integer == 0:
        return Decimal(1)
    zeros = len(str(integer)) - len(str(integer).rstrip("0"))
    worded = bool(_WORDS.search(text)) and bool(_SCALE_WORDS.search(text))
    if zeros >= 2 or (worded and zeros >= 1):
        return Decimal(10) ** zeros
    return Decimal(1)


def is_rounded(text: str, value: Decimal) -> bool:
    return decimals_written(text) == 0 and precision_of(text, value) > 1


def round_to(value: Decimal, precision: Decimal) -> Decimal:
    return (value / precision).quantize(Decimal(1), rounding=ROUND_HALF_UP) * precision


def fmt(value: Decimal, *, places: int | None = None) -> str:
    """A figure for an explanation: thousands separators, given decimals."""
    if type(value) is int and not places:
        return f"{value:,}"
    value = as_decimal(value)
    if places is None and value.is_finite() and value == value.to_integral_value():
        return f"{value:,.0f}"  # a whole number: nothing to round, whatever its exponent
    exponent = value.as_tuple().exponent
    if places is None:
        places = 0 if value == value.to_integral_value() else min(2, -exponent)
    if value.is_finite() and exponent >= -places:  # nothing to round away
        return f"{value:,.{places}f}"
    # Rounded half-up, as the Library rounds, before Python's formatting (half-even).
    return f"{round_to(value, Decimal(1).scaleb(-places)):,.{places}f}"


def compare(
    *, written: str, value, official, qualifier: str, is_percent: bool = False
) -> Comparison:
    """Compare a claimed figure with the official one under the rules above.

    ``written`` is the figure as the article has it ("24,120", "67.5%", "a third"),
    ``value`` the number it was read as, ``official`` the official figure in the same
    unit (a percentage when ``is_percent``), ``qualifier`` a ``Qualifier`` value. A
    fraction in words compared with a percentage follows rule 7 (``compare_fraction``)."""
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    if not isinstance(official, Decimal):
        # a count as it is (exactly the same Decimal as from its digits); anything else
        # (a float) from the digits it prints
        official = Decimal(official) if type(official) is int else Decimal(str(official))
    if is_percent:
        fraction = _fraction_said(written, value)
        if fraction is not None:
            return compare_fraction(
                written=written, fraction=fraction, official=official, qualifier=qualifier
            )
    written = _visible(written)
    places = decimals_written(written)
    # A percentage is checked to the decimals written, never as "rounded".
    precision = Decimal(1).scaleb(-places) if is_percent else precision_of(written, value)
    shown_places = max(places, 2) if is_percent else None

    def shown() -> str:  # the official figure, as reasons print it (worded when read)
        return fmt(official, places=shown_places)

    if qualifier == Qualifier.MORE_THAN:
        if official > value:
            return Comparison(ACCURATE, lambda: f"{shown()} is more than {fmt(value)}.")
        return Comparison(
            INACCURATE,
            lambda: f"{shown()} is not more than {fmt(value)}.",
        )
    if qualifier == Qualifier.LESS_THAN:
        return _nearly(official, value, shown(), fmt(value))
    if qualifier == Qualifier.AT_MOST:
        if official <= value:
            return Comparison(ACCURATE, lambda: f"{shown()} is within {fmt(value)}.")
        return Comparison(INACCURATE, lambda: f"{shown()} is more than {fmt(value)}.")
    if qualifier == Qualifier.APPROX:
        # "around X": within half a unit of the precision written, with at
        # least the units place for a whole number, and for a count at least
        # AROUND_WITHIN of it ("around 11,508" for 11,587).
        tolerance = max(precision, Decimal(1) if not places else precision) / 2
        if not is_percent:
            tolerance = max(tolerance, abs(value) * AROUND_WITHIN)
        if abs(official - value) <= tolerance:
            if official == value:
                return Comparison(ACCURATE, "Exact match.")
            return Comparison(
                ACCURATE,
                lambda: f"{shown()} is within ±{fmt(tolerance)} of {fmt(value)}, as “around” says.",
            )
        return Comparison(
            INACCURATE,
            lambda: f"{shown()} is not within ±{fmt(tolerance)} of {fmt(value)}.",
        )

    # exact or projection: to the precision written. A figure with a scale
    # ("9.7m") is rounded however many decimals it shows (rule 2).
    scaled = not is_percent and _has_scale(written)
    if (is_percent or places) and not scaled:
        if round_to(official, precision) == value:
            return Comparison(ACCURATE, f"Matches to {places} decimal place{'s' * (places != 1)}.")
        if truncated(official, precision) == value:
            return _cut_short(shown(), value, places)
        if is_percent and places < PUBLISHED_PLACES:
            published = round_to(official, Decimal(1).scaleb(-PUBLISHED_PLACES))
            if round_to(published, precision) == value:  # rule 11
                return Comparison(
                    APPROXIMATELY_ACCURATE,
                    lambda: (
                        f"{fmt(published, places=PUBLISHED_PLACES)}% as published rounds to "
                        f"{fmt(value, places=places)}; the exact {fmt(official, places=4)}% "
                        f"does not."
                    ),
                )
        return Comparison(
            INACCURATE,
            lambda: f"{shown()} does not round to {fmt(value, places=places)}.",
        )
    if official == value:
        return Comparison(ACCURATE, "Exact match.")
    if precision > 1:
        if not _ANY_DIGIT.search(written) and abs(official - value) <= abs(value) * SPOKEN_WITHIN:
            # "seven and a half thousand" for 7,247: a figure said in words is said roughly
            return Comparison(
                APPROXIMATELY_ACCURATE,
                lambda: (
                    f"{fmt(official)} is within {SPOKEN_WITHIN:.0%} of {fmt(value)}, said in words."
                ),
            )
        if round_to(official, precision) == value:
            return Comparison(
                APPROXIMATELY_ACCURATE,
                lambda: (
                    f"{fmt(official)} rounds to {fmt(value)} (to the nearest {fmt(precision)})."
                ),
            )
        return Comparison(
            INACCURATE,
            lambda: (
                f"{fmt(official)} does not round to {fmt(value)} (to the nearest {fmt(precision)})."
            ),
        )
    if official != official.to_integral_value() and truncated(official, precision) == value:
        return _cut_short(fmt(official), value, 0)  # "6%" for a change of 6.74 points
    return Comparison(
        INACCURATE,
        lambda: f"Off by {fmt(abs(value - official))} ({'over' if value > official else 'under'}).",
    )


def _nearly(official: Decimal, value: Decimal, shown: str, said: str) -> Comparison:
    """Rule 3's "almost / nearly / just under / within X": accurate just under X (within
    ``NEARLY_CLOSE``), approximately accurate a little further under (within
    ``NEARLY_WITHIN``), inaccurate at or above X or well under it."""
    if official >= value:
        return Comparison(INACCURATE, f"{shown} is not under {said}.")
    if official >= value * (1 - NEARLY_CLOSE):
        return Comparison(ACCURATE, f"{shown} is just under {said}.")
    if official >= value * (1 - NEARLY_WITHIN):
        return Comparison(
            APPROXIMATELY_ACCURATE, f"{shown} is under {said}, if further under than “nearly”."
        )
    return Comparison(INACCURATE, f"{shown} is well under {said}, not nearly it.")


def truncated(value: Decimal, precision: Decimal) -> Decimal:
    """``value`` cut short (towards zero) to a multiple of ``precision``: 24.57 -> 24.5 at 0.1."""
    value = as_decimal(value)
    return (value / precision).to_integral_value(rounding=ROUND_DOWN) * precision


def _cut_short(shown: str, value: Decimal, places: int) -> Comparison:
    """Rule 10: the official figure cut short, not rounded."""
    return Comparison(
        APPROXIMATELY_ACCURATE,
        f"{shown} cut short, rather than rounded, is {fmt(value, places=places)}.",
    )


def _fraction_said(written: str, value: Decimal) -> tuple[int, int] | None:
    """The fraction ``written`` says ("a third" -> (1, 3)) when ``value`` is that fraction
    in percent (33.3333) or as read before fractions were percentages (0.3333); None when
    it is not a fraction, or an editor has set another value."""
    if written.isascii() and not _WORDS.search(written):
        return None  # a fraction is said in words ("a third", "one in seven")
    fraction = fraction_of(written)
    if fraction is None:
        return None
    percent = Decimal(100 * fraction[0]) / fraction[1]
    tolerance = Decimal("0.01")
    if abs(value - percent) < tolerance or abs(value * 100 - percent) < tolerance:
        return fraction
    return None


def nearest_fraction(percent, max_denominator: int = SIMPLE_DENOMINATOR) -> tuple[int, int]:
    """The fraction (numerator, denominator), in lowest terms, nearest to ``percent`` among
    those with a denominator up to ``max_denominator``; the smaller denominator on a tie.
    33.70 -> (1, 3); 37.0 -> (3, 8); 63.2 -> (5, 8); 49.22 -> (1, 2)."""
    share = as_decimal(percent) / 100
    best: tuple[Decimal, int, int] | None = None
    for q in range(1, max_denominator + 1):
        p = int((share * q).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        gap = abs(share - Decimal(p) / q)
        if best is None or gap < best[0]:
            best = (gap, p, q)
    _, p, q = best
    common = gcd(p, q)
    return p // common, q // common


def compare_fraction(
    *, written: str, fraction: tuple[int, int], official, qualifier: str
) -> Comparison:
    """Rule 7: a fraction in words (``written``, "a third"; ``fraction`` its (numerator,
    denominator), (1, 3)) against an official percentage (``official``, 33.70).

    "more than" and "almost / nearly" as rule 3 with the fraction in percent; otherwise
    accurate when the share is exactly the fraction, approximately accurate within
    ``FRACTION_WITHIN`` points of it or when it is the nearest simple fraction."""
    official = as_decimal(official)
    p, q = fraction
    value = Decimal(100 * p) / q
    said = f"{_visible(written).strip()} ({fmt(value, places=2)}%)"
    shown = f"{fmt(official, places=2)}%"
    if qualifier == Qualifier.MORE_THAN:
        if official > value:
            return Comparison(ACCURATE, f"{shown} is more than {said}.")
        return Comparison(INACCURATE, f"{shown} is not more than {said}.")
    if qualifier == Qualifier.LESS_THAN:
        return _nearly(official, value, shown, said)
    if abs(official - value) < Decimal("1e-9"):
        return Comparison(ACCURATE, f"Exactly {said}.")
    if abs(official - value) <= FRACTION_WITHIN:
        return Comparison(
            APPROXIMATELY_ACCURATE, f"{shown} is within ±{FRACTION_WITHIN} points of {said}."
        )
    common = gcd(p, q)
    nearest = nearest_fraction(official, max(SIMPLE_DENOMINATOR, q))
    if nearest == (p // common, q // common):
        return Comparison(
            APPROXIMATELY_ACCURATE, f"The simple fraction nearest to {shown} is {said}."
        )
    a, b = nearest
    return Comparison(
        INACCURATE,
        f"{shown} is not {said}: the simple fraction nearest to it is {a}/{b} "
        f"({fmt(Decimal(100 * a) / b, places=2)}%).",
    )


def compare_change(
    *, written: str, value, official_change, qualifier: str, claimed_direction: int, what: str
) -> Comparison:
    """A change: the direction first (a fall reported as a rise is wrong), then the size."""
    official_change = as_decimal(official_change)
    value = as_decimal(value)
    if value < 0:
        # "(31.1%, -7.4)": the sign is the direction, the size is what it says
        claimed_direction, value = -1, -value
        written = written.replace("-", "", 1).replace("\u2212", "", 1)
    elif written.lstrip().startswith("+"):
        claimed_direction = 1
    official_direction = (official_change > 0) - (official_change < 0)
    if claimed_direction and official_direction and claimed_direction != official_direction:
        return Comparison(
            INACCURATE,
            f"Wrong direction: the {what} {'rose' if official_direction > 0 else 'fell'} "
            f"by {fmt(abs(official_change))}.",
        )
    # points, like a percentage, are checked to the decimals written ("12 points" for 11.96)
    result = compare(
        written=written, value=value, official=abs(official_change), qualifier=qualifier,
        is_percent=True,
    )  # fmt: skip
    direction = "rose" if official_direction > 0 else "fell" if official_direction < 0 else "held"
    if result.verdict == INACCURATE:
        return Comparison(
            INACCURATE, f"The {what} {direction} by {fmt(abs(official_change))}. {result.reason}"
        )
    return result
