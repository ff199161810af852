"""Coverage of kinds the dev set lacks, every figure labelled: correct figures are not called
inaccurate, and wrong ones are still caught.

The texts and their labels are in ``tests/data/coverage`` (its README says how they were
written); every seat of 2019 and 2024 is loaded once for the module (the real
``seeds/official``). An editor reading the suggestions would see every correct figure as
accurate, approximately accurate or not checkable, except the few below, which are known
faults (each kind is a reading the checker does not make yet); a new false alarm fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.full_data import check_on_official_seeds

pytestmark = pytest.mark.django_db

COVERAGE = Path(__file__).resolve().parent.parent / "data" / "coverage"
# (file, figure): correct figures still suggested inaccurate, and why
KNOWN_FALSE_ALARMS: dict[tuple[str, str], str] = {}
# Wrong figures caught (of 4,209 written wrong: 151 in the first 58 texts, 4,058 in ``blind/``).
# Of the first 151, 71 were caught before doubts were tested, many for the wrong reason
# (checked against another seat, area or kind of figure), and 49 later (one more lost for
# the same reason: "the SNP 18 of 48" women MPs, checked as seats); of ``blind/``'s first
# 352, 107 when they were written (2026-12-04) and 112 a day later; of the 130 texts, 161
# before tables' headings and counts after a candidate's name were read (2026-12-05), 189
# after; with blind set 5 (72 wrong, 35 caught), 224; with blind set 6 (80 wrong: 26 caught
# by the checker as it stood that morning, 34 when the set was first scored, unseen), 258;
# 294 once a slip of a named subject's digits was read as one; with blind set 7 (87 wrong:
# 35 that morning, 41 when first scored, unseen), 335; 309 once a slip had to be no one's
# official count at all (a review found correct figures that were someone else's); with
# blind sets 8 (2019 coverage: 44 wrong, 19 caught when first scored, unseen) and 9 (2024
# national and round-ups: 50 wrong, 18 so), 346; 387 once 2019 changes were checked against
# the Library's own, unclassified figures read by their match, and a majority placed in a
# sentence naming several seats (2026-12-05); with blind set 10 (mixed 2019 and 2024: 45
# wrong, 18 caught when first scored, unseen, with 5 correct figures called inaccurate,
# since read right), 405; 400 once a review's finds were mended (a 2019 change is checked
# against the Library's own only where the words place it in the seat), and 398 after a
# second review's (a list that goes on counting gains or places is doubted as one); with
# blind set 11 (45 wrong, 18 caught when first scored, unseen, with 7 correct figures
# called inaccurate, since read right or doubted), 416; with blind set 12 (42 wrong, 15
# caught when first scored, unseen, with 10 correct figures called inaccurate, since read
# right or doubted), 431; 451 once a table's party abbreviations were read ("Lab hold", a
# party named only as its candidate's own no longer makes a share's frame unclear) and a
# turnout placed in the seat named last before it; with blind sets 13 (2024 national and
# regional: 60 wrong, 19 caught when first scored, unseen, with 7 correct figures called
# inaccurate), 14 (2019: 38 wrong, 17 caught, 2 correct called inaccurate) and 15 (mixed:
# 43 wrong, 15 caught, 5 correct called inaccurate), all since read right or doubted but
# one, 506; 507 once a review's finds were mended; with blind sets 16 (mixed: 58 wrong, 35
# caught when first scored, unseen, with 7 correct figures called inaccurate) and 17 (less
# common styles: 51 wrong, 16 caught, 4 correct called inaccurate), all since read right or
# doubted, 558; with blind set 18 (mixed: 68 wrong, 23 caught when first scored, unseen,
# with 6 correct figures called inaccurate, since read right or doubted) and a second
# review's finds mended (a share never read as the turnout it equals, only doubted), 582;
# 580 once seven false alarms that wrong figures hid were mended (each wrong figure put
# back to its official value: seats taken from a party or stood in, read as a total); with
# blind sets 19 (2024 seats: 51 wrong, 26 caught when first scored, unseen, no correct
# figure called inaccurate), 20 (2019: 42 wrong, 27 caught, one correct called inaccurate)
# and 21 (2024 national: 62 wrong, 26 caught, none called inaccurate), 660 (2026-12-05);
# 659 after a review's finds; with blind sets 22 (less common styles: 67 wrong, 30 caught
# when first scored, unseen, 8 correct figures called inaccurate) and 23 (seats few cover:
# 59 wrong, 38 caught, 1 correct called inaccurate), all since read right or doubted, 727;
# 728 after a second review's finds; with blind sets 24 (result boxes in many formats: 57
# wrong, 27 caught when first scored, unseen, none called inaccurate) and 25 (analysis
# with computed figures: 69 wrong, 21 caught, 8 correct called inaccurate, since doubted or
# read right), 776; 783 once an election marker in a clause of its own dated that clause's
# figures and a figure was read in the seat or region named just after it; with blind sets
# 26 (2019 national: 44 wrong, 27 caught when first scored, unseen, 3 correct called
# inaccurate), 27 (2024 regional round-ups: 64 wrong, 28 caught, 6 correct called
# inaccurate), 28 (local seat reports: 47 wrong, 29 caught, 1), 29 (Scotland, Wales and
# Northern Ireland: 41 wrong, 18 caught, 1) and 30 (pages as scraped, captions and links
# left in: 43 wrong, 21 caught, 1), all since read right or doubted, 905 (2026-12-05); with
# blind sets 31 (2024 national: 52 wrong, 15 caught when first scored, unseen, 5 correct
# called inaccurate) and 32 (2019 seats: 37 wrong, 22 caught, 6 correct called
# inaccurate), all since read right or doubted, 944; 943 once a review's finds were mended
# (a seat named in an aside, or beside another in a pair of figures, places no figure);
# with blind sets 33 (2024 then-and-now pieces: 52 wrong, 21 caught when first scored,
# unseen, 8 correct called inaccurate), 34 (city round-ups: 60 wrong, 23 caught, 6) and 35
# (results-night live blogs: 61 wrong, 38 caught, 8), all since read right or doubted, and
# their kinds' rules ("five years ago", "then", a city's seat named by its part), 1,040;
# 1,039 after a second review's finds (a seat's count of candidates is no longer read in the
# seat named last before its sentence when its own clause names no one); with blind sets 36
# (league tables: 69 wrong, 26 caught when first scored, unseen, 19 correct called
# inaccurate), 37 ("results in full" pages: 160 wrong, 84 caught, none called inaccurate)
# and 38 (explainers, Q&As, opinion: 45 wrong, 19 caught, 2), all since doubted or read
# right, 1,166; with blind sets 39 (wire copy: 94 wrong, 28 caught when first scored,
# unseen, 1 correct called inaccurate), 40 (2019 regions: 65 wrong, 37 caught, 1), 41 (party
# analyses: 72 wrong, 23 caught, 8), 42 (notional results: 72 wrong, 32 caught, 6), 43
# (profiles: 59 wrong, 28 caught, 4) and 44 (county papers: 62 wrong, 25 caught, 4), all
# since doubted or read right, 1,339 (2026-12-05, sixth session); 1,340 once their rules
# were made; with blind sets 45 (briefings: 57 wrong, 24 caught when first scored, unseen, 4
# correct called inaccurate), 46 (data journalism: 83 wrong, 22 caught, 8) and 47 (the
# nations' own outlets: 55 wrong, 27 caught, 5), all since doubted or read right, 1,413;
# with blind sets 48 (2019 national: 56 wrong, 21 caught when first scored, unseen, 2
# correct called inaccurate), 49 (seat reports: 44 wrong, 25 caught, 2) and 50 (comment: 56
# wrong, 24 caught, 1), all since doubted or read right, and a review's finds mended, 1,483;
# 1,489 after a second review's; with blind sets 51 (regional pages: 61 wrong, 31 caught
# when first scored, unseen, 2 correct called inaccurate) and 52 (Q&As and fact boxes: 54
# wrong, 27 caught, 4), all since doubted or read right, 1,547; with blind sets 53 (live blogs:
# 55 wrong, 27 caught when first scored, unseen, 2 correct called inaccurate), 54 (foreign
# outlets, decimal commas: 44 wrong, 10 caught, 5), 55 (marginal seats and target lists: 57
# wrong, 20 caught, 5), 56 (smaller parties: 58 wrong, 27 caught, 3), 57 (one seat at both
# elections: 43 wrong, 12 caught, 6) and 58 (headlines, posts, captions: 56 wrong, 25
# caught, none), all since doubted or read right, 1,669 (2026-12-05, seventh session); 1,670
# once a review's finds were mended, 1,687 once a candidate named after a figure with a
# figure of their own no longer made it unsure; with blind sets 59 (broadcast transcripts,
# figures spoken in words: 41 wrong, 13 caught when first scored, unseen, 6 correct called
# inaccurate), 60 (new MPs: 47 wrong, 26 caught, none), 61 (results pasted as plain text:
# 86 wrong, 19 caught, none) and 62 (2019 against 2024 nationally: 56 wrong, 12 caught, 5),
# all since read right or doubted, 1,757; 1,752 after a second review's finds (a figure
# before a sentence's time words keeps its rival; a patch's round-up); with blind sets 63
# (cities and counties summed: 45 wrong, 14 caught when first scored, unseen, 5 correct
# called inaccurate), 64 (people who stood twice: 67 wrong, 18 caught, 2), 65 (polls against
# results: 45 wrong, 22 caught, 2) and 66 (fact-checks and corrections: 36 wrong, 20 caught,
# 1), all since read right or doubted, 1,826; 1,829 after a third review's finds; with blind
# sets 67 (regional seat reports: 36 wrong, 28 caught when first scored, unseen, 1 correct
# called inaccurate), 68 (overnight round-ups: 45 wrong, 22 caught, 1) and 69 (turnout and
# electorates: 34 wrong, 10 caught, 3), all since doubted, 1,888.
CAUGHT_AT_LEAST = 1888


def _texts() -> list[tuple[str, str, str, list[dict]]]:
    """(file, election, text, labels) for every labelled text."""
    out = []
    for path in sorted(COVERAGE.glob("*/*.txt")):
        name = f"{path.parent.name}/{path.name}"
        election = "ge2019" if "2019" in path.name else "ge2024"
        labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((name, election, path.read_text(encoding="utf-8"), labels))
    return out


@pytest.fixture(scope="module")
def verdicts(django_db_setup, django_db_blocker):
    """``{(file, figure, occurrence): (label, suggestion or None)}`` for every label."""
    texts = _texts()
    found = check_on_official_seeds(django_db_blocker, [(e, t) for _n, e, t, _l in texts])
    out = {}
    for name, election, text, labels in texts:
        pairs = found[(election, text)]
        for label in labels:
            at = -1
            for _ in range(label.get("occurrence") or 1):
                at = text.find(label["text"], at + 1)
            end = at + len(label["text"])
            hit = [s for c, s in pairs if at >= 0 and c.start < end and at < c.end]
            out[(name, label["text"], label.get("occurrence") or 1)] = (
                label,
                hit[0] if hit else None,
            )
    return out


def test_every_text_is_labelled_and_checked(verdicts):
    assert len(_texts()) == 742
    assert sum(1 for label, _s in verdicts.values() if label["correct"] is True) > 1000


def test_no_correct_figure_is_called_inaccurate_but_the_known_ones(verdicts):
    alarms = {
        (name, figure): suggestion.explanation
        for (name, figure, _n), (label, suggestion) in verdicts.items()
        if label["correct"] is True
        and suggestion is not None
        and suggestion.verdict == "inaccurate"
    }
    new = {key: why for key, why in alarms.items() if key not in KNOWN_FALSE_ALARMS}
    assert not new, new


def test_wrong_figures_are_still_caught(verdicts):
    caught = sum(
        1
        for label, suggestion in verdicts.values()
        if label["correct"] is False
        and suggestion is not None
        and suggestion.verdict == "inaccurate"
    )
    assert caught >= CAUGHT_AT_LEAST
