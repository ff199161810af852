"""Number forms the extractor reads and the rules compare at the precision written.

Thousands grouped with spaces of any width, units joined to the digits ("49.2pc",
"29.9ppt"), decimal commas before a unit ("33,7 %", "1,24 mn"), fractions in words (read
in percent, compared by rule 7), scales ("9.7m", "37k"), zero-width characters inside a
number, and digit runs too long to be a figure.
The extractor runs alone (``seed_gazetteer``: no database); verdicts go through
``rules.compare``. Both directions are tested: what must join and what must not.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from factcheck.checking import rules as v
from factcheck.extraction import Gazetteer, extract_claims
from factcheck.extraction.numbers import (
    MAX_INTEGER_DIGITS,
    ZERO_WIDTH,
    TokenKind,
    fraction_of,
    scan_numbers,
)
from factcheck.vocabulary import ClaimType, Qualifier, Unit

from .gazetteer_fixture import seed_gazetteer

SPACES = {"space": " ", "no-break": "\u00a0", "thin": "\u2009", "narrow no-break": "\u202f"}


@cache
def _gaz() -> Gazetteer:
    return seed_gazetteer()


def claims(text: str):
    found = extract_claims(text, gazetteer=_gaz(), election="ge2024")
    for c in found:
        assert text[c.start : c.end] == c.text  # offsets index the text as given
    return found


def read(text: str) -> list[tuple[str, float | int]]:
    """Each number token as written and its value."""
    return [(text[t.start : t.end], t.value) for t in scan_numbers(text)]


def verdict(written, value, official, qualifier=Qualifier.EXACT, *, is_percent=False):
    return v.compare(
        written=written, value=value, official=official, qualifier=qualifier,
        is_percent=is_percent,
    ).verdict  # fmt: skip


# -- thousands grouped with spaces --------------------------------------------------------
@pytest.mark.parametrize("space", SPACES.values(), ids=SPACES.keys())
def test_groups_of_three_after_any_space_are_one_number(space):
    text = f"Jeremy Corbyn won 24{space}120 votes in Islington North."
    [claim] = claims(text)
    assert (claim.text, claim.value, claim.claim_type) == (
        f"24{space}120",
        24120,
        ClaimType.CANDIDATE_VOTES,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 500 voters", [("1 500", 1500)]),
        ("1 234 567 votes", [("1 234 567", 1234567)]),
        ("a majority of 7 247.", [("7 247", 7247)]),
        ("24 120.5", [("24 120.5", 24120.5)]),
        ("between 2 000 and 3 000", [("2 000", 2000), ("3 000", 3000)]),
        ("24 120 \u2013 16 873 for", [("24 120", 24120), ("16 873", 16873)]),
        ("(24 120)", [("24 120", 24120)]),
        ("In 2019, 24 120 people", [("2019", 2019), ("24 120", 24120)]),
        ("a 2 500-vote majority", [("2 500-vote", 2500)]),
    ],
)
def test_a_plain_space_joins_a_lone_figure(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year is four digits, a lead at most three: nothing joins across it
        ("in 2019 24 people", [("2019", 2019), ("24", 24)]),
        ("in 2019 240 people", [("2019", 2019), ("240", 240)]),
        ("from 2019 to 2024 120 seats", [("2019", 2019), ("2024", 2024), ("120", 120)]),
        # a number one space before or after: a list or a table row, not one figure
        ("3 4 5", [("3", 3), ("4", 4), ("5", 5)]),
        ("3 4 500", [("3", 3), ("4", 4), ("500", 500)]),
        ("Seats: 411 121 72", [("411", 411), ("121", 121), ("72", 72)]),
        ("in 2019 24 120 people", [("2019", 2019), ("24", 24), ("120", 120)]),
        # groups are exactly three digits, after a lead that is a number of its own
        ("24 1200", [("24", 24), ("1200", 1200)]),
        ("24 12", [("24", 24), ("12", 12)]),
        ("0 500", [("0", 0), ("500", 500)]),
        ("1.5 100", [("1.5", 1.5), ("100", 100)]),
        ("Covid-19 120 deaths", [("120", 120)]),
        ("the M25 100 times", [("100", 100)]),
        ("on 4 July 2024", [("4", 4), ("2024", 2024)]),
        ("at 10 30pm", [("10", 10)]),  # "30pm" is a time, never a figure
        ("24\n120", [("24", 24), ("120", 120)]),
    ],
)
def test_a_plain_space_does_not_join_numbers_side_by_side(text, expected):
    assert read(text) == expected


def test_space_grouped_figures_are_checked_as_written():
    """Rules 1 and 2 read "24 120" and "26 000" as "24,120" and "26,000"."""
    assert verdict("24 120", 24120, 24120) == v.ACCURATE
    assert verdict("24\u202f120", 24120, 24121) == v.INACCURATE
    assert verdict("26 000", 26000, 26188) == v.APPROXIMATELY_ACCURATE
    assert v.precision_of("26\u2009000", Decimal(26000)) == 1000


def test_number_formats_article_reads_every_figure():
    text = (
        "Jeremy Corbyn won 24 120 votes in Islington North, 49.2pc of the total, against "
        "16 873 for Labour's Praful Nargund, whose party's share fell 29.9ppt."
    )
    got = {c.text: (c.value, c.unit, c.claim_type) for c in claims(text)}
    assert got == {
        "24 120": (24120, Unit.VOTES, ClaimType.CANDIDATE_VOTES),
        "49.2pc": (49.2, Unit.PERCENT, ClaimType.VOTE_SHARE),
        "16 873": (16873, Unit.VOTES, ClaimType.CANDIDATE_VOTES),
        "29.9ppt": (29.9, Unit.PERCENTAGE_POINTS, ClaimType.VOTE_SHARE_CHANGE),
    }


# -- units written onto the digits --------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "value", "suffix"),
    [
        ("49.2pc", 49.2, "pct"),
        ("49.2 pc", 49.2, "pct"),
        ("49.2pct", 49.2, "pct"),
        ("49.2 pct", 49.2, "pct"),
        ("49.2PC", 49.2, "pct"),
        ("49.2percent", 49.2, "pct"),
        ("67.5 per cent", 67.5, "pct"),
        ("29.9ppt", 29.9, "pts"),
        ("29.9 ppts", 29.9, "pts"),
        ("29.9ppts", 29.9, "pts"),
        ("12pts", 12, "pts"),
        ("12 pts", 12, "pts"),
        ("12pt", 12, "pts"),
        ("5pp", 5, "pts"),
        ("5 percentage pts", 5, "pts"),
        ("5 percentage points", 5, "pts"),
        ("5-percentage-point", 5, "pts"),
    ],
)
def test_percent_and_points_units_joined_or_spaced(written, value, suffix):
    [tok] = scan_numbers(f"Labour had {written} here")
    assert (tok.value, tok.suffix, tok.kind) == (value, suffix, TokenKind.DIGITS)
    assert f"Labour had {written} here"[tok.start : tok.end] == written


@pytest.mark.parametrize("text", ["5G masts", "the 1980s", "a 3D map", "24hrs", "5pcs"])
def test_digits_joined_to_other_letters_are_still_not_figures(text):
    assert scan_numbers(text) == []


def test_joined_units_make_shares_and_points():
    [share] = claims("Jeremy Corbyn took 49.2pc of the vote in Islington North.")
    assert (share.value, share.unit, share.claim_type) == (49.2, Unit.PERCENT, "vote_share")
    [lead] = claims("Labour had a 12pts lead in the polls.")
    assert (lead.value, lead.unit) == (12, Unit.PERCENTAGE_POINTS)
    assert verdict("49.2pc", Decimal("49.2"), Decimal("49.2208"), is_percent=True) == v.ACCURATE
    assert v.decimals_written("29.9ppt") == 1


# -- decimal commas ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "value", "places"),
    [
        ("33,7 %", 33.7, 1),
        ("45,0 per cent", 45.0, 1),
        ("12,25%", 12.25, 2),
        ("1,24 mn", 1_240_000, 2),
        ("0,5 points", 0.5, 1),
    ],
)
def test_a_comma_before_one_or_two_digits_and_a_unit_is_a_decimal_comma(written, value, places):
    [(text, got)] = read(f"Labour had {written} of it")
    assert got == value
    assert text.startswith(written.split(" ")[0])
    assert v.decimals_written(written) == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labour won 411,121 seats", [411121]),  # a group of three: thousands
        ("in 2019,12 seats fell", [2019]),  # no unit after: no decimal ("12" is dropped)
        ("seats 1,2 and 3", [1, 3]),
    ],
)
def test_a_comma_without_a_unit_after_is_no_decimal_comma(text, expected):
    assert [value for _text, value in read(text)] == expected


# -- scales ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("9.7m", 9_700_000),
        ("9.7M", 9_700_000),
        ("9.7 million", 9_700_000),
        ("14 million", 14_000_000),
        ("37k", 37_000),
        ("37K", 37_000),
        ("37 thousand", 37_000),
        ("1.2bn", 1_200_000_000),
        ("1.2 billion", 1_200_000_000),
        ("3mn", 3_000_000),
        ("\u00a31.5m", 1_500_000),
    ],
)
def test_a_scale_after_the_digits_is_part_of_the_value(written, value):
    [(text, got)] = read(f"about {written} votes")
    assert (text, got) == (written.lstrip("\u00a3"), value)


@pytest.mark.parametrize(
    ("written", "value", "official", "expected"),
    [
        ("9.7m", 9_700_000, 9_708_716, v.APPROXIMATELY_ACCURATE),
        ("9.7M", 9_700_000, 9_808_716, v.INACCURATE),
        ("37k", 37_000, 36_612, v.APPROXIMATELY_ACCURATE),
        ("37 thousand", 37_000, 37_612, v.INACCURATE),
        ("1.2bn", 1_200_000_000, 1_234_000_000, v.APPROXIMATELY_ACCURATE),
        ("3mn", 3_000_000, 3_400_000, v.APPROXIMATELY_ACCURATE),
        ("14 million", 14_000_000, 13_966_454, v.APPROXIMATELY_ACCURATE),
        ("6.8m", 6_800_000, 6_828_925, v.APPROXIMATELY_ACCURATE),
    ],
)
def test_a_scaled_figure_is_rounded_to_its_last_place(written, value, official, expected):
    assert verdict(written, value, official) == expected


def test_scaled_votes_are_claims_with_their_value():
    text = "Across the UK Labour won 9.7m votes, the Conservatives 6.8m."
    assert [(c.text, c.value) for c in claims(text)] == [
        ("9.7m", 9_700_000),
        ("6.8m", 6_800_000),
    ]


# -- fractions in words ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "value", "fraction"),
    [
        ("a third", 33.3333, (1, 3)),
        ("one third", 33.3333, (1, 3)),
        ("two thirds", 66.6667, (2, 3)),
        ("two-thirds", 66.6667, (2, 3)),
        ("a quarter", 25, (1, 4)),
        ("three quarters", 75, (3, 4)),
        ("three-quarters", 75, (3, 4)),
        ("a fifth", 20, (1, 5)),
        ("two fifths", 40, (2, 5)),
        ("half", 50, (1, 2)),
        ("one in seven", 14.2857, (1, 7)),
        ("one in five", 20, (1, 5)),
        ("one in every five", 20, (1, 5)),
        ("nine in 10", 90, (9, 10)),
        ("1 in 20", 5, (1, 20)),
        ("four out of five", 80, (4, 5)),
    ],
)
def test_a_fraction_in_words_is_read_in_percent(written, value, fraction):
    text = f"Labour won {written} of the vote"
    [tok] = scan_numbers(text)
    assert (text[tok.start : tok.end], tok.value, tok.kind) == (written, value, TokenKind.FRACTION)
    assert fraction_of(written) == fraction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven and a half thousand", [("seven and a half thousand", 7500)]),
        ("half a million", [("half a million", 500_000)]),
        ("two and a half", [("two and a half", 2.5)]),
        ("came third", [("third", 3)]),
        ("the second half", [("second", 2)]),
        ("won two in 2019", [("two", 2), ("2019", 2019)]),  # never a ratio over a year
        ("three in 10 years", [("three", 3), ("10", 10)]),  # times in a span of time
        ("two in 20 minutes", [("two", 2), ("20", 20)]),
        ("5 in 3", [("5", 5), ("3", 3)]),
        ("4% in 10", [("4%", 4), ("10", 10)]),
    ],
)
def test_what_is_not_a_fraction(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("written", ["third", "24,120", "33%", "a third term", "two and three"])
def test_fraction_of_reads_only_fractions(written):
    assert fraction_of(written) is None


def test_one_in_five_voters_is_one_figure_not_a_count_of_voters():
    """Read apart, "five voters" would be a count of five votes."""
    text = "One in five voters backed Reform UK in Islington North."
    assert read(text) == [("One in five", 20)]
    assert not [c for c in claims(text) if c.value == 5]


def test_a_fraction_of_the_vote_is_a_share_in_percent():
    [c] = claims("Jeremy Corbyn won just under half the votes in Islington North.")
    assert (c.text, c.value, c.claim_type, c.qualifier) == (
        "half", 50, ClaimType.VOTE_SHARE, Qualifier.LESS_THAN
    )  # fmt: skip
    [c] = claims("Labour took about a third of the votes.")
    assert (c.text, c.value, c.qualifier) == ("a third", 33.3333, Qualifier.APPROX)


def test_a_fraction_after_a_change_is_relative_not_a_share():
    """ "collapsed by almost half" is half of what there was: not 50% of the vote."""
    text = "Jacob Rees-Mogg's vote collapsed by almost half \u2013 losing 24.5% of the vote."
    [half] = [c for c in claims(text) if c.text == "half"]
    assert half.claim_type == ClaimType.OTHER
    [third] = claims("Labour's vote fell by almost a third from the votes it won before.")
    assert third.claim_type == ClaimType.OTHER


@pytest.mark.parametrize(
    ("written", "official", "expected"),
    [
        ("a third", "33.70", v.APPROXIMATELY_ACCURATE),  # within 2.5 points
        ("a third", "31.2", v.APPROXIMATELY_ACCURATE),
        ("a third", "35.6", v.APPROXIMATELY_ACCURATE),
        ("a third", "30.5", v.INACCURATE),  # nearer 3/10
        ("a third", "37.0", v.INACCURATE),  # nearer 3/8
        ("half", "49.22", v.APPROXIMATELY_ACCURATE),
        ("half", "47.3", v.APPROXIMATELY_ACCURATE),  # 2.7 away, but 1/2 is the nearest
        ("half", "52.7", v.APPROXIMATELY_ACCURATE),
        ("half", "46.0", v.INACCURATE),  # nearer 4/9
        ("half", "50", v.ACCURATE),  # exactly half
        ("two thirds", "66.0", v.APPROXIMATELY_ACCURATE),
        ("two thirds", "63.2", v.INACCURATE),  # nearer 5/8
        ("a quarter", "24.1", v.APPROXIMATELY_ACCURATE),
        ("three quarters", "71.0", v.INACCURATE),  # nearer 7/10
        ("one in seven", "14.29", v.APPROXIMATELY_ACCURATE),
        ("one in seven", "9.0", v.INACCURATE),  # nearer 1/10
        ("one in five", "20.0", v.ACCURATE),
        ("nine in 10", "88.0", v.APPROXIMATELY_ACCURATE),
    ],
)
def test_a_fraction_holds_near_its_value_or_as_the_nearest_simple_fraction(
    written, official, expected
):
    p, q = fraction_of(written)
    value = round(100 * p / q, 4)
    assert verdict(written, value, Decimal(official), is_percent=True) == expected
    about = verdict(written, value, Decimal(official), Qualifier.APPROX, is_percent=True)
    assert about == expected  # "about a third": a fraction is already about


def test_qualifiers_still_apply_to_a_fraction():
    """Rule 3 with the fraction's value: "almost two thirds" is under 66.67, within 15%."""
    almost, more = Qualifier.LESS_THAN, Qualifier.MORE_THAN
    assert verdict("two thirds", 66.6667, Decimal("63.2"), almost, is_percent=True) == (
        v.APPROXIMATELY_ACCURATE  # 5.2% under
    )
    assert verdict("half", 50, Decimal("49.22"), almost, is_percent=True) == v.ACCURATE
    assert verdict("half", 50, Decimal("50.4"), almost, is_percent=True) == v.INACCURATE
    assert verdict("a third", 33.3333, Decimal("29.0"), almost, is_percent=True) == (
        v.APPROXIMATELY_ACCURATE  # 13% under
    )
    assert verdict("a third", 33.3333, Decimal("27.0"), almost, is_percent=True) == v.INACCURATE
    assert verdict("half", 50, Decimal("50.4"), more, is_percent=True) == v.ACCURATE
    assert verdict("half", 50, Decimal("49.5"), more, is_percent=True) == v.INACCURATE


def test_a_fraction_explanation_names_the_nearest_simple_fraction():
    result = v.compare(
        written="a third", value=33.3333, official=Decimal("37.0"), qualifier=Qualifier.EXACT,
        is_percent=True,
    )  # fmt: skip
    assert result.verdict == v.INACCURATE
    assert "3/8 (37.50%)" in result.reason
    assert "a third (33.33%)" in result.reason
    assert v.nearest_fraction(Decimal("33.70")) == (1, 3)
    assert v.nearest_fraction(Decimal("63.2")) == (5, 8)


def test_a_fraction_stored_before_fractions_were_percentages_is_still_read():
    """A claim stored as 0.3333 for "a third" and checked again is the same third."""
    assert verdict("a third", Decimal("0.3333"), Decimal("33.70"), is_percent=True) == (
        v.APPROXIMATELY_ACCURATE
    )
    # an editor's corrected value is compared as a number, not as the words
    assert verdict("a third", Decimal("35"), Decimal("33.70"), is_percent=True) == v.INACCURATE


# -- zero-width characters ------------------------------------------------------------------
@pytest.mark.parametrize("zw", list(ZERO_WIDTH), ids=[f"U+{ord(c):04X}" for c in ZERO_WIDTH])
@pytest.mark.parametrize("where", ["24,{zw}120", "24{zw},120", "2{zw}4,120", "24,120{zw}"])
def test_a_zero_width_character_does_not_split_a_number(zw, where):
    written = where.format(zw=zw)
    text = f"Jeremy Corbyn won {written} votes in Islington North."
    [claim] = claims(text)
    assert claim.value == 24120
    assert claim.text == written.rstrip(zw)  # inside it is kept, after it is not
    assert verdict(claim.text, claim.value, 24120) == v.ACCURATE


def test_offsets_stay_exact_around_zero_width_characters():
    text = "\ufeffLabour won 411\u200b seats; Corbyn took 49.\u200b2% and 24,\u200b120 votes."
    found = [(c.text, c.value) for c in claims(text)]
    assert found == [("411", 411), ("49.\u200b2%", 49.2), ("24,\u200b120", 24120)]
    assert v.decimals_written("49.\u200b2%") == 1
    assert v.precision_of("26,\u200b000", Decimal(26000)) == 1000


# -- digit runs too long to be a figure -------------------------------------------------------
@pytest.mark.parametrize(
    "run",
    [
        "9" * 10_000,
        "9" * 5_000 + ".5",
        "1." + "9" * 10_000,
        ",".join(["999"] * 2_000),
        " ".join(["1"] + ["999"] * 2_000),
        "9" * 10_000 + "m",
        "9" * (MAX_INTEGER_DIGITS + 1),
        "999,999,999,999,999",
        "99999999999999bn",
    ],
    ids=["nines", "point", "decimals", "commas", "spaces", "scaled", "15", "grouped", "bn"],
)
def test_a_digit_run_too_long_to_be_a_figure_never_raises(run):
    text = f"Labour won {run} votes and 411 seats."
    found = claims(text)
    assert all(abs(c.value) < 10**MAX_INTEGER_DIGITS for c in found)
    assert ("411", 411) in [(c.text, c.value) for c in found]


def test_the_largest_figure_still_read():
    assert read("999,999,999,999,999 votes") == []
    assert read("99,999,999,999,999 votes") == [("99,999,999,999,999", 99_999_999_999_999)]


@pytest.mark.django_db
def test_an_article_of_ten_thousand_nines_is_processed():
    """The background task's path (extract, check, store) on a body no figure can hold."""
    from factcheck.processing import process_articles
    from tests.factories import ArticleFactory

    article = ArticleFactory(body="Labour won " + "9" * 10_000 + " votes, not 10." * 3)
    assert process_articles([article]) >= 0


# -- a unit lent along a list or a range, never across a verb (review finding A3) --------
def _units(text: str) -> dict[str, tuple[str, str]]:
    return {c.text: (c.unit, c.claim_type) for c in claims(text)}


@pytest.mark.parametrize(
    ("text", "age", "after"),
    [
        ("Mr Farage, 60, took 46 per cent of the vote.", "60", "46 per cent"),
        ("Nigel Farage, 60, won 21,225 votes in Clacton.", "60", "21,225"),
        ("Jeremy Corbyn, 75, took 49.2 per cent of the vote.", "75", "49.2 per cent"),
    ],
)
def test_an_age_after_a_name_is_an_age_whatever_figure_follows(text, age, after):
    found = _units(text)
    assert found[age] == (Unit.YEARS_OLD, ClaimType.AGE)
    assert found[after][0] != Unit.YEARS_OLD


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        ("Labour took between 40 and 46 per cent.", "40", Unit.PERCENT),
        ("The parties took 60, 55 and 46 per cent.", "60", Unit.PERCENT),
        ("The parties took 60, 55 and 46 per cent.", "55", Unit.PERCENT),
        ("Its share rose from 40 to 45%.", "40", Unit.PERCENT),
        ("Labour 411, Conservative 121 seats.", "411", Unit.SEATS),
        ("The SNP won 45% of the vote in Scotland and 48 of its 59 seats.", "48", Unit.SEATS),
        ("Its 2019 vote of 29,040 shrank to just 10,836.", "10,836", Unit.VOTES),
        (
            "Mr Ashworth won 14,739 votes to Mr Adam's 13,760 - a margin of 979 votes.",
            "13,760",
            Unit.VOTES,
        ),  # fmt: skip
        # a margin after "won … by" is a majority, not the unit of a later clause's figure
        (
            "Shapps was re-elected in 2019 by 10,995, but Labour's Andrew Lewin won the seat "
            "by 3,000 votes.",
            "10,995",
            Unit.MAJORITY,
        ),  # fmt: skip
    ],
)
def test_a_unit_is_still_lent_along_a_list_or_a_range(text, bare, unit):
    assert _units(text)[bare][0] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Of the hopefuls, 60 stood down and Reform took 46 per cent.",
        "In Clacton 60 turned up at the count, and Reform took 46 per cent.",
    ],
)
def test_a_later_figure_lends_no_unit_back_across_a_verb(text):
    found = _units(text)
    assert found.get("60", (None,))[0] != Unit.PERCENT
    assert found["46 per cent"][0] == Unit.PERCENT


# -- decimals spoken in words -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on forty-nine point three per cent.", [(49.3, "pct")]),
        ("Turnout sixty-one point four.", [(61.4, "")]),
        ("up twenty-two point seven points", [(22.7, "pts")]),
        ("five point five six per cent", [(5.56, "pct")]),
        ("At one point two recounts were ordered", [(1, "pts"), (2, "")]),  # no decimal
    ],
)
def test_decimals_spoken_in_words_before_a_unit_or_a_stop(text, expected):
    assert [(t.value, t.suffix) for t in scan_numbers(text)] == expected


def test_spoken_decimals_are_compared_at_their_place():
    assert v.decimals_written("forty-nine point three per cent") == 1
    assert v.decimals_written("five point five six per cent") == 2
