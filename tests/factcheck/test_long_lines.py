"""A run-on line (a feed's body on one line, a pasted table) is read like prose.

Extraction reads each figure's context across its sentence; a "sentence" of a megabyte made
that quadratic (issue 12: a 980 KB line ran 13.6 minutes). Such a line is read in pieces of
at most ``MAX_SENTENCE`` characters, cut at clause breaks, so it finds what the same text
split into sentences finds. How long it takes is measured in ``benchmarks/long_line.py``.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.extraction.sentences import MAX_SENTENCE, split_sentences

from .gazetteer_fixture import seed_gazetteer

SENTENCE = (
    "Jeremy Corbyn won 24,120 votes in Islington North, a majority of 7,247 over "
    "Labour's Praful Nargund, on a turnout of 61.2%. "
)


def _seen(claims):
    return [(c.text, c.value, str(c.claim_type), c.subject) for c in claims]


def test_a_run_on_line_finds_what_its_sentences_find():
    prose = SENTENCE * 60
    run_on = prose.replace(". ", ", and ")
    gazetteer = seed_gazetteer()
    assert len(run_on) > 5 * MAX_SENTENCE
    by_sentence = extract_claims(prose, gazetteer=gazetteer, election="ge2024")
    run_on_claims = extract_claims(run_on, gazetteer=gazetteer, election="ge2024")
    assert len(by_sentence) == 60 * 3
    assert _seen(run_on_claims) == _seen(by_sentence)
    for claim in run_on_claims:
        assert run_on[claim.start : claim.end] == claim.text
        assert len(claim.sentence) <= MAX_SENTENCE


def test_pieces_cover_the_line_and_never_split_a_number():
    line = ("Labour 24 120, Conservative 9 958; " * 200) + ("x" * 2500)
    pieces = split_sentences(line)
    assert all(p.end - p.start <= MAX_SENTENCE for p in pieces)
    assert [p.start for p in pieces] == sorted(p.start for p in pieces)
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert before.end <= after.start
        gap = line[before.end : after.start]
        assert gap.strip(",; ") == ""  # only the clause break between pieces is left out
        assert not (line[before.end - 1].isdigit() and line[after.start].isdigit())
    assert pieces[-1].end == len(line)


def test_short_sentences_are_untouched():
    text = "Labour won. " * 50
    assert [(s.start, s.end) for s in split_sentences(text)] == [
        (i * 12, i * 12 + 11) for i in range(50)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "9" * 10_000,
        "9 " * 20_000,
        "24 120 " * 5_000,
        "5% " * 10_000,
        "1,000," * 5_000,
        "Labour " * 5_000,
        "plans to spend \u00a35m, " * 2_000,
        "Seats: Labour 411 " * 2_000,
        "\u00a3" + "9" * 10_000 + "m",
        "aged " + "9" * 10_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_hostile_lines_do_not_break_extraction(text):
    claims = extract_claims(text, gazetteer=seed_gazetteer(), election="ge2024")
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert isinstance(claim.value, int | float)


def test_a_row_of_numbers_with_no_other_break_is_not_cut_inside_a_number():
    line = "Votes " + "12345 " * 400
    pieces = split_sentences(line)
    assert len(pieces) > 1
    for piece in pieces:
        assert piece.end - piece.start <= MAX_SENTENCE
        for number in line[piece.start : piece.end].split()[1:]:
            assert number == "12345"
