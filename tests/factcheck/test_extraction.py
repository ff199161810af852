"""The claim extractor: the hand-written gold file, the product rules, and outlet styles.

Plain functions, no database: the extractor is plain Python.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from factcheck.extraction import (
    Claim,
    GazCandidate,
    GazConstituency,
    GazElection,
    Gazetteer,
    GazParty,
    extract_claims,
)
from factcheck.extraction.figures import Category
from factcheck.extraction.numbers import scan_numbers, words_value
from factcheck.extraction.patterns import reverse_pattern, trie
from factcheck.vocabulary import ClaimType, Qualifier, Relation, SubjectKind, Unit

from .gazetteer_fixture import (
    REPO,
    SHARED_CANDIDATES,
    full_gazetteer,
    seed_articles,
    seed_gazetteer,
)

GOLD = json.loads((Path(__file__).parent / "gold" / "seeds_gold.json").read_text("utf-8"))
FIELDS = ("value", "unit", "claim_type", "subject", "election", "qualifier", "speaker")


@cache
def _seed_gaz() -> Gazetteer:
    return seed_gazetteer()


@cache
def _extracted(name: str, full: bool = False) -> tuple[Claim, ...]:
    gaz = full_gazetteer() if full else _seed_gaz()
    return tuple(extract_claims(seed_articles()[name], gazetteer=gaz, election="ge2024"))


def _match(gold: dict, claims: tuple[Claim, ...]) -> Claim | None:
    g_start, g_end = gold["start"], gold["start"] + len(gold["text"])
    for c in claims:
        if c.start < g_end and g_start < c.end:
            return c
    return None


def _scores(full: bool = False) -> tuple[float, float, list[str]]:
    problems: list[str] = []
    found = 0
    matched_ids: set[int] = set()
    total_extracted = 0
    for name in seed_articles():
        claims = _extracted(name, full)
        total_extracted += len(claims)
        for g in (g for g in GOLD["claims"] if g["file"] == name):
            c = _match(g, claims)
            if c is None:
                problems.append(f"{name} {g['text']!r}@{g['start']}: lost")
                continue
            found += 1
            matched_ids.add(id(c))
            wrong = [
                f"{f}={getattr(c, f)!r} (gold {g[f]!r})" for f in FIELDS if getattr(c, f) != g[f]
            ]
            if wrong:
                problems.append(f"{name} {g['text']!r}@{g['start']}: " + ", ".join(wrong))
        for c in claims:
            if id(c) not in matched_ids:
                problems.append(f"{name} extra {c.text!r}@{c.start} {c.claim_type}")
    recall = found / len(GOLD["claims"])
    precision = len(matched_ids) / total_extracted if total_extracted else 0.0
    return recall, precision, problems


def test_gold_recall_and_precision():
    """Every hand-annotated claim in the seed articles is found with the right reading."""
    recall, precision, problems = _scores()
    print(
        f"\nseed gold: recall={recall:.3f} precision={precision:.3f} "
        f"({len(GOLD['claims'])} gold claims)"
    )
    for p in problems:
        print("  ", p)
    assert recall >= 0.97
    assert precision >= 0.9
    wrong = [p for p in problems if " extra " not in p]
    assert not wrong, "\n".join(wrong)


@pytest.mark.full_data
def test_gold_with_full_gazetteer():
    """The same reading holds with all 4,515 candidacies of 2024 (Starmer, Sunak, Smiths)."""
    if not SHARED_CANDIDATES.exists():
        pytest.skip("full Library file not available")
    recall, precision, problems = _scores(full=True)
    print(f"\nseed gold, full gazetteer: recall={recall:.3f} precision={precision:.3f}")
    assert recall >= 0.97
    assert precision >= 0.9
    # candidacy keys differ (2024 only), names must not
    wrong = [p for p in problems if " extra " not in p]
    assert not wrong, "\n".join(wrong)


def test_gold_offsets_are_exact():
    """The gold file itself points at the text it names."""
    articles = seed_articles()
    for g in GOLD["claims"]:
        body = articles[g["file"]]
        assert body[g["start"] : g["start"] + len(g["text"])] == g["text"]


def test_gold_extra_fields():
    """Compound figures carry what they compare."""
    claims = _extracted("000_0922d095e656f181.txt")
    by_text = {c.text: c for c in claims}
    assert by_text["7,247"].compared_to == "Praful Nargund"
    diff = by_text["1,180"]
    assert (diff.relation, diff.election, diff.compared_election) == (
        "difference",
        "ge2019",
        "ge2024",
    )
    assert by_text["26,000"].precision == {"decimals": 0, "rounded_to": 1000}
    assert by_text["19"].measure == "days"
    corbyn_2019 = next(
        c
        for c in _seed_gaz().candidates
        if c.full_name == "Jeremy Corbyn" and c.election == "ge2019"
    )
    assert by_text["26,000"].subject_key == corbyn_2019.key
    seats = {c.text: c for c in _extracted("002_8f1f7407f08d3db2.txt")}
    assert seats["170-seat"].is_majority
    assert seats["410"].subject_key == "Lab"


# -- the contract ------------------------------------------------------------------------
def test_import_leaves_django_unloaded():
    """The extractor never imports Django, so it runs anywhere (DEVELOPERS.md rule)."""
    code = (
        "import sys; import factcheck.extraction as e; "
        "e.extract_claims('Corbyn won 24,120 votes.', gazetteer=e.Gazetteer()); "
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_claim_to_dict_is_json():
    claims = extract_claims("Turnout was 67.5 per cent.", gazetteer=_seed_gaz())
    data = claims[0].to_dict()
    assert json.loads(json.dumps(data)) == data
    assert {
        "start",
        "end",
        "text",
        "sentence",
        "sentence_start",
        "value",
        "unit",
        "claim_type",
        "subject",
        "subject_kind",
        "subject_key",
        "election",
        "qualifier",
        "speaker",
    } <= set(data)


def test_claims_carry_the_vocabulary_enums():
    """Claims hold ``factcheck.vocabulary`` members; JSON sees only their values."""
    text = (
        "Jeremy Corbyn won 24,120 votes, a majority of 7,247 more votes than Praful Nargund. "
        "Labour won 26,000 votes \u2013 1,180 more than this year \u2013 in 2019."
    )
    claims = extract_claims(text, gazetteer=_seed_gaz(), election="ge2024")
    for c in claims:
        assert type(c.unit) is Unit
        assert type(c.claim_type) is ClaimType
        assert type(c.qualifier) is Qualifier
        assert c.subject_kind is None or type(c.subject_kind) is SubjectKind
        assert c.relation is None or type(c.relation) is Relation
        dumped = json.loads(json.dumps(c.to_dict()))
        assert dumped["unit"] == c.unit.value
        assert dumped["claim_type"] == c.claim_type.value
    assert any(c.relation is Relation.DIFFERENCE for c in claims)
    assert json.dumps(claims[0].to_dict()["claim_type"]) == '"candidate_votes"'


def test_spans_and_sentence_offsets():
    text = "Headline without stop\n• Corbyn won 24\u00a0120 votes. Turnout: 67.5%"
    for c in extract_claims(text, gazetteer=_seed_gaz()):
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
    assert extract_claims(text, gazetteer=_seed_gaz())[0].value == 24120


def test_no_gazetteer_and_empty_text():
    assert extract_claims("") == []
    claims = extract_claims("Labour won 412 seats.")
    assert [(c.value, c.claim_type, c.subject, c.election) for c in claims] == [
        (412, "seat_count", None, None)
    ]


def test_gazetteer_index_built_once():
    gaz = seed_gazetteer()
    assert gaz.index is gaz.index
    assert gaz == seed_gazetteer()  # the cached index takes no part in equality


# -- numbers -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("seven and a half thousand", 7500),
        ("twenty-one", 21),
        ("two hundred and fifty", 250),
        ("half", 0.5),
        ("one and a half million", 1_500_000),
        ("eleven", 11),
    ],
)
def test_words_value(words, value):
    assert words_value(words)[0] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24,120", 24120),
        ("24\u2009120", 24120),
        ("24\u202f120", 24120),
        ("67.5", 67.5),
        ("9.7m", 9_700_000),
        ("4.1 million", 4_100_000),
        ("a third", 33.3333),
        ("11th", 11),
        ("eleventh", 11),
        ("two-thirds", 66.6667),
    ],
)
def test_scan_values(text, expected):
    tokens = scan_numbers(text)
    assert len(tokens) == 1
    assert tokens[0].value == expected


# -- regex building blocks ------------------------------------------------------------------
def test_no_two_categories_share_a_value():
    """An enum silently makes a member with a repeated value an alias of the first."""
    assert len({c.value for c in Category}) == len(Category)


@pytest.mark.parametrize(
    ("pattern", "reversed_"),
    [
        (r"\bsince[ \u00a0]+$", r"[ \u00a0]+ecnis\b"),
        (r"(?:more than|over) (?P<a>a|an)?$", r"(?P<a>a|na)? (?:naht erom|revo)"),
        (r"approx\.?[0-9]{1,2}x+?$", r"x+?[0-9]{1,2}\.?xorppa"),
        (r"[^a\]b]\u00a3c$", r"c\u00a3[^a\]b]"),
    ],
)
def test_reverse_pattern(pattern, reversed_):
    assert reverse_pattern(pattern) == reversed_


@pytest.mark.parametrize(
    "pattern",
    [
        "since",  # not anchored at the end
        r"since\$",  # an escaped $ is a literal
        r"(?<=a)b$",  # lookarounds read in one direction
        r"(a)b$",  # unnamed groups would be renumbered
        r"(?i)ab$",  # inline flags
        r"^ab$",
        r"(a)\1$",
        r"a++$",
    ],
)
def test_reverse_pattern_refuses_what_it_cannot_reverse(pattern):
    with pytest.raises((ValueError, re.error)):
        reverse_pattern(pattern)


def test_trie_matches_the_words():
    words = ["he", "her", "his", "him", "Her"]
    rx = re.compile(rf"(?:{trie(words)})\Z")
    assert all(rx.match(w) for w in words)
    assert not rx.match("hi")
    assert not rx.match("hers")


# -- product rules -------------------------------------------------------------------------
def _one(text: str, gaz: Gazetteer | None = None, **kw) -> Claim:
    claims = extract_claims(text, gazetteer=gaz or _seed_gaz(), election="ge2024", **kw)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def _texts(text: str, gaz: Gazetteer | None = None) -> list[str]:
    return [c.text for c in extract_claims(text, gazetteer=gaz or _seed_gaz())]


@pytest.mark.parametrize(
    "text",
    [
        "The count finished at 03:18 and the result was declared at 10pm.",
        "Polls closed on July 5 and on 5 July the count began.",
        "He lives at 10 Downing Street.",
        "Our campaign was a positive one, one that favoured Nargund.",
        "It does call into question the first past the post system.",
        "Islington North was one of the safest seats in the country.",
        "He will mount a bid in 2029 at the next general election.",
        'See https://example.com/2024/results-07 and <td width="50">.',
        "The Covid-19 inquiry and Channel 4 coverage continued.",
        "Voting took place on 4 July 2024.",
    ],
)
def test_not_claims(text):
    assert _texts(text) == []


def test_years_marking_an_election_are_not_claims():
    claims = extract_claims(
        "Jeremy Corbyn held Islington North. "
        "Turnout for the election was 67.5 per cent, a drop from 71.6 per cent in 2019.",
        gazetteer=_seed_gaz(),
        election="ge2024",
    )
    assert [(c.text, c.election) for c in claims] == [
        ("67.5 per cent", "ge2024"),
        ("71.6 per cent", "ge2019"),
    ]
    assert all(c.subject == "Islington North" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Labour's share rose 12 points on the notional 2019 result.",
        "Against the 2019 result Labour's share rose 12 points.",
        "Compared with the 2019 result, Labour's share rose 12 points.",
    ],
)
def test_a_year_naming_an_elections_result_is_no_claim(text):
    claims = extract_claims(text, gazetteer=_seed_gaz(), election="ge2024")
    assert [c.text for c in claims] == ["12 points"]


def test_other_years_are_claims():
    claims = extract_claims(
        "He had held the seat since 1983 and was suspended in 2020.", gazetteer=_seed_gaz()
    )
    assert [(c.value, c.claim_type) for c in claims] == [(1983, "year"), (2020, "year")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Corbyn won around 24,000 votes.", "approx"),
        ("Corbyn won more than 24,000 votes.", "more_than"),
        ("Corbyn won just over 24,000 votes.", "more_than"),
        ("Corbyn won almost 25,000 votes.", "less_than"),
        ("Corbyn won just under 25,000 votes.", "less_than"),
        ("Corbyn won some 24,000 votes.", "approx"),
        ("Corbyn is expected to win 24,000 votes.", "projection"),
    ],
)
def test_qualifiers(text, qualifier):
    assert _one(text).qualifier == qualifier


def test_results_list_line_with_share():
    gaz = _outlet_gaz()
    claims = extract_claims("Nigel Farage - Reform UK - 21,225 (46.2%)", gazetteer=gaz)
    assert [(c.value, c.claim_type, c.subject) for c in claims] == [
        (21225, "candidate_votes", "Nigel Farage"),
        (46.2, "vote_share", "Nigel Farage"),
    ]


def test_speaker_inside_quote_and_reported_speech():
    text = (
        "Mr Corbyn said: \u201cWe won 24,120 votes.\u201d\n"
        "Professor Jane Doe said turnout was about 60 per cent."
    )
    claims = extract_claims(text, gazetteer=_seed_gaz())
    assert [(c.text, c.speaker) for c in claims] == [
        ("24,120", "Jeremy Corbyn"),
        ("60 per cent", "Professor Jane Doe"),
    ]


def test_speaker_after_quote():
    claims = extract_claims('"We won 24,120 votes," Mr Corbyn said.', gazetteer=_seed_gaz())
    assert claims[0].speaker == "Jeremy Corbyn"


def test_publisher_figures_have_no_speaker():
    text = "Corbyn won 24,120 votes. He said he was proud."
    assert _one(text.split(". ")[0] + ".").speaker is None


# -- other outlets' styles, full national names -------------------------------------------
@cache
def _outlet_gaz() -> Gazetteer:
    """A small national gazetteer in the app's shape, independent of the seed files."""
    cands = [
        ("c1", "Jane Smith", "Smith", "Lab", "testtown"),
        ("c2", "John Brown", "Brown", "Con", "testtown"),
        ("c3", "Nigel Farage", "Farage", "RUK", "clacton"),
        ("c4", "Giles Watling", "Watling", "Con", "clacton"),
        ("c5", "Keir Starmer", "Starmer", "Lab", "holborn-and-st-pancras"),
        ("c6", "Liz Truss", "Truss", "Con", "south-west-norfolk"),
        ("c7", "Terry Jermy", "Jermy", "Lab", "south-west-norfolk"),
        ("c8", "Mark John", "John", "Lab", "elsewhere"),
    ]
    return Gazetteer(
        candidates=tuple(GazCandidate(k, n, s, p, c, "ge2024") for k, n, s, p, c in cands),
        parties=(
            GazParty("Lab", "Labour", ("Labour and Co-operative",)),
            GazParty("Con", "Conservative"),
            GazParty("LD", "Liberal Democrat"),
            GazParty("RUK", "Reform UK"),
            GazParty("Green", "Green"),
            GazParty("SNP", "Scottish National Party"),
        ),
        constituencies=(
            GazConstituency("testtown", "Testtown"),
            GazConstituency("clacton", "Clacton"),
            GazConstituency("holborn-and-st-pancras", "Holborn and St Pancras"),
            GazConstituency("south-west-norfolk", "South West Norfolk"),
        ),
        elections=(GazElection("ge2019", 2019), GazElection("ge2024", 2024, "ge2019")),
    )


OUTLETS = [
    # (text, [(text, value, claim_type, subject, election, qualifier)])
    (
        "Labour's Jane Smith won with 18,442 votes, a majority of 5,310 over the Conservatives.",
        [
            ("18,442", 18442, "candidate_votes", "Jane Smith", "ge2024", "exact"),
            ("5,310", 5310, "majority", "Jane Smith", "ge2024", "exact"),
        ],
    ),
    (
        "In Testtown, turnout fell to 58.2%, down from 64.9% in 2019.",
        [
            ("58.2%", 58.2, "turnout", "Testtown", "ge2024", "exact"),
            ("64.9%", 64.9, "turnout", "Testtown", "ge2019", "exact"),
        ],
    ),
    (
        "Reform UK came second with 9,870 votes (21.4%).",
        [
            ("second", 2, "rank", "Reform UK", "ge2024", "exact"),
            ("9,870", 9870, "candidate_votes", "Reform UK", "ge2024", "exact"),
            ("21.4%", 21.4, "vote_share", "Reform UK", "ge2024", "exact"),
        ],
    ),
    (
        "The Lib Dems' share rose by 6.3 points.",
        [("6.3 points", 6.3, "vote_share_change", "Liberal Democrat", "ge2024", "exact")],
    ),
    (
        "Farage, 60, won Clacton at the eighth attempt.",
        [
            ("60", 60, "age", "Nigel Farage", "ge2024", "exact"),
            ("eighth", 8, "other", "Nigel Farage", "ge2024", "exact"),
        ],
    ),
    (
        "Clacton result: Reform UK gain from Conservative. Majority: 8,405. Turnout: 53.6% (-4.1)",
        [
            ("8,405", 8405, "majority", "Clacton", "ge2024", "exact"),
            ("53.6%", 53.6, "turnout", "Clacton", "ge2024", "exact"),
            ("-4.1", -4.1, "turnout_change", "Clacton", "ge2024", "exact"),
        ],
    ),
    (
        "Sir Keir Starmer held Holborn and St Pancras with a reduced majority of 11,572, "
        "down from 27,763 in 2019.",
        [
            ("11,572", 11572, "majority", "Keir Starmer", "ge2024", "exact"),
            ("27,763", 27763, "majority", "Keir Starmer", "ge2019", "exact"),
        ],
    ),
    (
        "The exit poll, published at 10pm, put Labour on 410 seats and the Tories on 131.",
        [
            ("410", 410, "seat_projection", "Labour", "ge2024", "projection"),
            ("131", 131, "seat_projection", "Conservative", "ge2024", "projection"),
        ],
    ),
    (
        "Labour won 412 seats on 33.7% of the vote.",
        [
            ("412", 412, "seat_count", "Labour", "ge2024", "exact"),
            ("33.7%", 33.7, "vote_share", "Labour", "ge2024", "exact"),
        ],
    ),
    (
        "Turnout across the country was about 60%, down 7.6 points on 2019.",
        [
            ("60%", 60, "turnout", None, "ge2024", "approx"),
            ("7.6 points", 7.6, "turnout_change", None, "ge2024", "exact"),
        ],
    ),
    (
        "Liz Truss lost her South West Norfolk seat by 630 votes to Labour's Terry Jermy.",
        [("630", 630, "majority", "Terry Jermy", "ge2024", "exact")],
    ),
    (
        "Live: 03:45 BST - Jane Smith holds Testtown by 891 votes.",
        [("891", 891, "majority", "Jane Smith", "ge2024", "exact")],
    ),
    (
        "Professor Sir John Curtice said the Tories were on course for 131 seats.",
        [("131", 131, "seat_projection", "Conservative", "ge2024", "projection")],
    ),
    (
        "The Greens are on course to win four seats, the party's best ever result.",
        [("four", 4, "seat_projection", "Green", "ge2024", "projection")],
    ),
    (
        "Seats: Labour 411, Conservative 121.",
        [
            ("411", 411, "seat_count", "Labour", "ge2024", "exact"),
            ("121", 121, "seat_count", "Conservative", "ge2024", "exact"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_outlet_styles(text, expected):
    claims = extract_claims(text, gazetteer=_outlet_gaz(), election="ge2024")
    got = [(c.text, c.value, c.claim_type, c.subject, c.election, c.qualifier) for c in claims]
    assert got == expected


def test_quote_continues_over_paragraphs():
    text = (
        "Speaking after the count, Mr Farage said: \u201cThis is the first step.\n\n"
        "\u201cWe won 21,225 votes here and I think about 14 per cent nationally.\u201d"
    )
    claims = extract_claims(text, gazetteer=_outlet_gaz())
    assert [(c.text, c.speaker) for c in claims] == [
        ("21,225", "Nigel Farage"),
        ("14 per cent", "Nigel Farage"),
    ]


def test_surname_alone_needs_context():
    """A lone common surname of a stranger is not taken as a candidate."""
    claims = extract_claims("Brown said the count took 40 minutes.", gazetteer=_outlet_gaz())
    assert all(c.subject != "John Brown" for c in claims)
    claims = extract_claims(
        "John Brown stood in Testtown. Brown won 9,000 votes.", gazetteer=_outlet_gaz()
    )
    assert claims[0].subject == "John Brown"
