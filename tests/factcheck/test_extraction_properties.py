"""Properties of the extractor on any input: it never raises and its spans are exact.

Pasted articles arrive with HTML, odd spaces, broken quotes and control characters; the
desk must never see a crash or a highlight that is off by one.
"""

from __future__ import annotations

import time
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extraction import Claim, Gazetteer, extract_claims

from .gazetteer_fixture import seed_articles, seed_gazetteer

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _gaz() -> Gazetteer:
    return seed_gazetteer()


def _check(text: str, claims: list[Claim]) -> None:
    last = -1
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.start >= last
        last = c.start
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
        assert c.sentence_start <= c.start
        assert c.end <= c.sentence_start + len(c.sentence)
        assert isinstance(c.value, int | float)


# Fragments that look like election copy, so random texts reach the interesting rules.
FRAGMENTS = st.sampled_from(
    [
        "Jeremy Corbyn",
        "Mr Corbyn",
        "Nargund",
        "Labour",
        "the Tories",
        "Islington North",
        " won ",
        " votes",
        " seats",
        " a majority of ",
        " per cent",
        "%",
        " points",
        "turnout",
        " in 2019",
        " since 1983",
        "the 75-year-old",
        " he said: ",
        "\u201c",
        "\u201d",
        '"',
        "\u2018",
        "\u2019",
        " \u2013 ",
        " - ",
        "\n",
        "\n\n",
        ". ",
        ", ",
        "(",
        ")",
        "\u00a0",
        "\u2009",
        "24,120",
        "24\u202f120",
        "67.5",
        "seven and a half thousand",
        "eleventh",
        "11th",
        "170-seat",
        "two",
        "one",
        "half",
        "a third",
        "\u2022 ",
        "03:18",
        "10pm",
        "July 5",
        "<p>",
        "</p>",
        "&nbsp;",
        "https://x.org/2024",
        "\u00a31.5m",
        "-4.1",
        "expected to",
        "around",
        "more than",
        "almost",
        "came second",
        "first",
    ]
)
ARTICLEISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=60).map("".join)


@PROPS
@given(st.text(max_size=400))
def test_any_unicode_text(text):
    _check(text, extract_claims(text, gazetteer=_gaz()))


@PROPS
@given(ARTICLEISH)
def test_article_like_text(text):
    _check(text, extract_claims(text, gazetteer=_gaz(), election="ge2024"))


@PROPS
@given(ARTICLEISH, st.sampled_from([None, "ge2019", "ge2024", "ge2099"]))
def test_without_gazetteer_or_with_unknown_election(text, election):
    _check(text, extract_claims(text, election=election))
    _check(text, extract_claims(text, gazetteer=Gazetteer(), election=election))


@PROPS
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200).map(
        lambda s: f'<div class="a"><p>{s}</p><!-- {s} --></div>'
    )
)
def test_html(text):
    _check(text, extract_claims(text, gazetteer=_gaz()))


def test_empty_and_whitespace():
    for text in ("", " ", "\n\n", "\u00a0", "\u2028"):
        assert extract_claims(text, gazetteer=_gaz()) == []


def test_five_megabytes():
    """One 5 MB paste: no error, exact spans, and it stays quick."""
    seeds = "\n\n".join(seed_articles().values())
    text = (seeds + "\n\n") * (5_000_000 // (len(seeds) + 2) + 1)
    started = time.perf_counter()
    claims = extract_claims(text, gazetteer=_gaz(), election="ge2024")
    elapsed = time.perf_counter() - started
    _check(text, claims)
    assert len(text) >= 5_000_000
    assert len(claims) > 10_000
    assert elapsed < 30
