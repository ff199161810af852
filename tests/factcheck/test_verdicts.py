"""Each verdict rule on its own (the rules are listed in factcheck/checking/rules.py)."""

from decimal import Decimal

import pytest

from factcheck.checking import rules as v


def check(written, value, official, qualifier="exact", *, is_percent=False):
    return v.compare(
        written=written, value=value, official=official, qualifier=qualifier,
        is_percent=is_percent,
    ).verdict  # fmt: skip


@pytest.mark.parametrize(
    ("written", "value", "official", "expected"),
    [
        ("24,120", 24120, 24120, v.ACCURATE),
        ("24,120", 24120, 24121, v.INACCURATE),
        ("1,180", 1180, 1181, v.INACCURATE),  # one trailing zero is not "rounded"
        ("7,247", 7247, 7246, v.INACCURATE),
    ],
)
def test_a_number_with_all_its_digits_must_equal_the_official_figure(
    written, value, official, expected
):
    assert check(written, value, official) == expected


@pytest.mark.parametrize(
    ("written", "value", "official", "expected"),
    [
        ("26,000", 26000, 26188, v.APPROXIMATELY_ACCURATE),
        ("26,000", 26000, 26501, v.INACCURATE),
        ("13,000", 13000, 12600, v.APPROXIMATELY_ACCURATE),
        ("900", 900, 949, v.APPROXIMATELY_ACCURATE),
        ("900", 900, 951, v.INACCURATE),
        ("seven and a half thousand", 7500, 7512, v.APPROXIMATELY_ACCURATE),
        # said all in words, a figure is said roughly: within 5% (7,247 is 3.4% under)
        ("seven and a half thousand", 7500, 7247, v.APPROXIMATELY_ACCURATE),
        ("seven and a half thousand", 7500, 7000, v.INACCURATE),
        ("26,000", 26000, 26000, v.ACCURATE),
    ],
)
def test_a_visibly_rounded_number_is_approximately_accurate_when_the_figure_rounds_to_it(
    written, value, official, expected
):
    assert check(written, value, official) == expected


def test_more_than_holds_only_when_the_figure_exceeds_it():
    assert check("7,000", 7000, 7247, "more_than") == v.ACCURATE
    assert check("7,000", 7000, 7000, "more_than") == v.INACCURATE
    assert check("8,000", 8000, 7247, "more_than") == v.INACCURATE


def test_almost_holds_when_just_below_and_close():
    assert check("7,500", 7500, 7247, "less_than") == v.ACCURATE  # 3.4% under
    assert check("8,000", 8000, 7247, "less_than") == v.APPROXIMATELY_ACCURATE  # 9.4% under
    assert check("7,000", 7000, 7247, "less_than") == v.INACCURATE  # above it
    assert check("10,000", 10000, 7247, "less_than") == v.INACCURATE  # not close


def test_around_holds_within_the_precision_written():
    assert check("7,200", 7200, 7247, "approx") == v.ACCURATE
    assert check("11,508", 11508, 11587, "approx") == v.ACCURATE  # within 1% of a count
    assert check("7,100", 7100, 7247, "approx") == v.INACCURATE
    assert check("37", 37, Decimal("33.70"), "approx", is_percent=True) == v.INACCURATE
    assert check("34", 34, Decimal("33.70"), "approx", is_percent=True) == v.ACCURATE


def test_a_percentage_is_checked_to_the_decimals_written():
    assert check("67.5", 67.5, Decimal("67.53"), is_percent=True) == v.ACCURATE
    assert check("67.5", 67.5, Decimal("67.27"), is_percent=True) == v.INACCURATE
    assert check("67", 67, Decimal("67.27"), is_percent=True) == v.ACCURATE
    assert check("67.27", Decimal("67.27"), Decimal("67.27"), is_percent=True) == v.ACCURATE
    assert check("100", 100, Decimal("99.6"), is_percent=True) == v.ACCURATE
    assert check("100", 100, Decimal("99.4"), is_percent=True) == v.INACCURATE


def test_a_change_in_the_wrong_direction_is_inaccurate():
    result = v.compare_change(
        written="4.4", value=4.4, official_change=Decimal("-4.36"), qualifier="exact",
        claimed_direction=1, what="turnout",
    )  # fmt: skip
    assert result.verdict == v.INACCURATE
    assert "Wrong direction" in result.reason
    right_way = v.compare_change(
        written="4.4", value=4.4, official_change=Decimal("-4.36"), qualifier="exact",
        claimed_direction=-1, what="turnout",
    )  # fmt: skip
    assert right_way.verdict == v.ACCURATE


def test_precision_is_read_from_the_figure_as_written():
    assert v.precision_of("26,000", Decimal(26000)) == 1000
    assert v.precision_of("24,120", Decimal(24120)) == 1
    assert v.precision_of("67.5", Decimal("67.5")) == Decimal("0.1")
    assert v.precision_of("7.5 million", Decimal(7500000)) == 100000


def test_a_figure_with_a_scale_is_rounded_however_many_decimals_it_shows():
    """Rule 2: "9.7m" and "7.5 million" are rounded: approximately accurate when they fit."""
    assert check("9.7m", 9700000, 9708716) == v.APPROXIMATELY_ACCURATE
    assert check("9.7m", 9700000, 9808716) == v.INACCURATE
    assert check("7.5 million", 7500000, 7512345) == v.APPROXIMATELY_ACCURATE
    assert check("14 million", 14000000, 13966454) == v.APPROXIMATELY_ACCURATE


def test_a_percentage_is_compared_unrounded():
    """Rule 4: 27.0 holds for 27.0476 (27.05 to two places) and 68.7 for 68.7474 (68.75)."""
    assert check("27.0%", Decimal("27.0"), Decimal("27.0476"), is_percent=True) == v.ACCURATE
    assert check("68.7%", Decimal("68.7"), Decimal("68.7474"), is_percent=True) == v.ACCURATE
    assert check("68.9%", Decimal("68.9"), Decimal("68.7474"), is_percent=True) == v.INACCURATE


def test_a_percentage_rounded_from_the_published_figure_is_approximately_accurate():
    """Rule 11: 68.8 for 68.7474 is the Library's 68.75 rounded again: not a wrong figure,
    and the explanation says so; 68.9 is wrong either way."""
    found = v.compare(
        written="68.8%",
        value=Decimal("68.8"),
        official=Decimal("68.7474"),
        qualifier="exact",
        is_percent=True,
    )
    assert found.verdict == v.APPROXIMATELY_ACCURATE
    assert found.reason == "68.75% as published rounds to 68.8; the exact 68.7474% does not."
    assert check("6.8%", Decimal("6.8"), Decimal("6.7497"), is_percent=True) == (
        v.APPROXIMATELY_ACCURATE
    )
    assert check("70%", Decimal("70"), Decimal("68.7474"), is_percent=True) == v.INACCURATE


@pytest.mark.parametrize(
    ("written", "value", "official", "expected"),
    [
        ("a third", Decimal("33.3333"), Decimal("33.70"), v.APPROXIMATELY_ACCURATE),
        ("a third", Decimal("33.3333"), Decimal("37.0"), v.INACCURATE),  # nearer 3/8
        ("half", 50, Decimal("47.3"), v.APPROXIMATELY_ACCURATE),  # 1/2 is the nearest
        ("half", 50, Decimal("50"), v.ACCURATE),
        ("one in seven", Decimal("14.2857"), Decimal("12.9"), v.APPROXIMATELY_ACCURATE),
        ("two thirds", Decimal("66.6667"), Decimal("63.2"), v.INACCURATE),  # nearer 5/8
    ],
)
def test_a_fraction_in_words_is_a_rounded_share(written, value, official, expected):
    """Rule 7: within 2.5 points of the fraction, or the simple fraction nearest the share."""
    assert check(written, value, official, is_percent=True) == expected


def test_almost_and_more_than_apply_to_a_fraction():
    """Rule 3 with the fraction's value: "almost two thirds" of 63.2%, "more than half"."""
    two_thirds = Decimal("66.6667")
    assert check("two thirds", two_thirds, Decimal("63.2"), "less_than", is_percent=True) == (
        v.APPROXIMATELY_ACCURATE  # 5.2% under
    )
    assert check("half", 50, Decimal("49.22"), "less_than", is_percent=True) == v.ACCURATE
    assert check("half", 50, Decimal("49.5"), "more_than", is_percent=True) == v.INACCURATE


def test_precision_is_read_through_spaces_and_invisible_characters():
    assert v.precision_of("26 000", Decimal(26000)) == 1000
    assert v.precision_of("26\u202f000", Decimal(26000)) == 1000
    assert v.precision_of("24,\u200b120", Decimal(24120)) == 1
    assert v.decimals_written("67.\u200b5%") == 1
    assert v.precision_of("3mn", Decimal(3000000)) == 1000000
