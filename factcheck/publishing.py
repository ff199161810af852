"""Publishing a page's approved checks, and what the public pages read.

Two kinds of page carry checks: a seat's (``/results/<election>/<seat>/``, the
claims about that seat in its coverage) and an election's national page
(``/results/<election>/``, the claims about the whole UK: national shares,
seat totals, exit-poll projections). ``check_scope()`` says which a claim
belongs to, from the evidence its check used.

``publish_plan()`` says what a publish would change since the last version:
checks added, changed (each needing its own reason, unless the official figure
was revised) and withdrawn, and the claims left out and why. ``publish()``
freezes the approved checks into a new ``Publication`` version and logs one
``Correction`` per changed or withdrawn check. Only checks an editor stands
behind go out: a verdict a second editor approved, and for a not-checkable,
unverifiable or misleading verdict, or an inaccurate one with no official
figure, only with an editor's own public explanation. The checker's desk text
never goes out, even with an editor's sentence appended to it: only the editor's
words are published (``public_text.editors_words``). A published check leaves
the page only through a ``Withdrawal`` that a second editor approved; until then
it stays as it was published. The public pages read nothing but these snapshots, in the shape of
``factcheck.published.PublishedCheck``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from results.models import Candidacy, Contest, Election

from . import pagecache
from .checking.checkers import HOUSE_SEATS, ON_THE_BALLOT
from .checking.claims import Claimed, uncited
from .checking.context import (
    FIRST_ELECTED_BEFORE,
    HELD_SINCE_BEFORE,
    NATIONAL_CUES,
    claimed_direction,
)
from .checking.explanations import candidate_rows, ordinal
from .models import Claim, ClaimEvidence, Correction, CorrectionKind, Publication, Withdrawal
from .public_text import (
    balanced_quote,
    editors_words,
    indefinite_article,
    possessive,
    press_name,
    reader_explanation,
    sentence_case,
    with_article,
)
from .published import NATIONAL, SEAT, PublishedArticle, PublishedCheck, read_checks
from .vocabulary import (
    ELECTION_NOT_LOADED,
    INACCURATE_FIRST,
    BallotMeasure,
    ClaimStatus,
    ClaimType,
    Qualifier,
    Relation,
    SubjectKind,
    Unit,
    Verdict,
    election_name,
)

__all__ = ["indefinite_article"]  # re-exported: tests and templates read it from here

# ClaimReview's numeric scale (Google asks for ratingValue with best and worst).
RATINGS = {
    Verdict.ACCURATE: 5,
    Verdict.APPROXIMATELY_ACCURATE: 4,
    Verdict.NOT_CHECKABLE: 3,
    Verdict.UNVERIFIABLE: 3,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 1,
}
BEST_RATING, WORST_RATING = 5, 1
SUMMARY_LIMIT = 74  # Google: claimReviewed under 75 characters
# The corrections log's reason when the only changes follow revised official figures.
REVISED_REASON = "The official result was revised."
# Verdicts published only with an editor's own public explanation (never the checker's).
NEEDS_EDITORS_WORDS = (Verdict.NOT_CHECKABLE, Verdict.UNVERIFIABLE, Verdict.MISLEADING)
# Verdicts that, with no official figure to state, go out only with an editor's words.
NEEDS_WORDS_WITHOUT_FIGURE = (Verdict.INACCURATE, Verdict.MISLEADING)


def rating_scale() -> list[tuple[int, list[Verdict]]]:
    """The ClaimReview scale, worst first: ``[(1, [Verdict.INACCURATE]), …, (5, [...])]``."""
    scale: dict[int, list[Verdict]] = defaultdict(list)
    for verdict, rating in RATINGS.items():
        scale[rating].append(verdict)
    return sorted(scale.items())


def site_url(path: str = "") -> str:
    """``settings.TALLY_SITE_URL`` with ``path`` (which starts with "/") appended: the
    address canonical links and ClaimReview use, never the request's Host."""
    return settings.TALLY_SITE_URL.rstrip("/") + path


# -- what a claim says, in a sentence --------------------------------------------------

QUALIFIER_WORDS = {
    Qualifier.APPROX: "around ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.LESS_THAN: "almost ",
    Qualifier.AT_MOST: "within ",
}
# {subject} is a person or a party as the press names it; {was}/{has} agree with it.
SUMMARY_TEMPLATES = {
    ClaimType.CANDIDATE_VOTES: "{subject} won {figure} votes{year}",
    ClaimType.MAJORITY: "{subject} won by a majority of {figure}{year}",
    ClaimType.TURNOUT: "Turnout in {seat} was {figure}{year}",
    ClaimType.TURNOUT_CHANGE: "Turnout in {seat} {moved} {figure}{year}",
    ClaimType.VOTE_SHARE: "{subject} won {figure} of the vote{year}",
    ClaimType.VOTE_SHARE_CHANGE: "{subjects} vote share {moved} {figure}{year}",
    ClaimType.SEAT_COUNT: "{subject} won {seats}{year}",
    ClaimType.SEAT_PROJECTION: "{subject} {was} projected to win {seats}{year}",
    ClaimType.AGE: "{subject} is {value} years old",
    ClaimType.RANK: "{subject} came {figure}{year}",
}
# A Commons majority is a number of seats, but not a party's seat count.
MAJORITY_TEMPLATES = {
    ClaimType.SEAT_COUNT: "{subject} won {majority}{year}",
    ClaimType.SEAT_PROJECTION: "{subject} {was} projected to win {majority}{year}",
}
MAJORITY_DIFFERENCE_TEMPLATE = "{subjects} majority was {figure} larger{year} than in {later}"
# A swing names its parties as far as the claim does ("from the Conservatives to Labour").
SWING_TEMPLATE = "A swing of {figure}{parties}{where}{year}"
# A count of a contest, by what it counts (``BallotMeasure``); {place} is a seat or the UK.
BALLOT_COUNT_TEMPLATES = {
    BallotMeasure.ELECTORATE: "The electorate in {place} was {figure}{year}",
    BallotMeasure.VALID_VOTES: "{place} had {figure} valid votes{year}",
    BallotMeasure.REJECTED_BALLOTS: "{figure} ballots were rejected in {place}{year}",
    BallotMeasure.BALLOTS_ISSUED: "{figure} ballot papers were issued in {place}{year}",
    BallotMeasure.VOTES_CAST: "{figure} votes were cast in {place}{year}",
}
TERM_COUNT_TEMPLATE = "{subject} won the seat {figure} times"
TERM_YEARS_TEMPLATE = "{subject} has served for {figure} years"
TERM_ORDINAL_TEMPLATE = "{subject} won {term} term{year}"
FIRST_ELECTED_TEMPLATE = "{subject} was first elected in {figure}"
HELD_SINCE_TEMPLATE = "{seat} has been held by {party} since {figure}"
# The same, for a seat that changed hands at this election, or a sentence in the past perfect.
HELD_UNTIL_NOW_TEMPLATE = "{seat} had been held by {party} since {figure}"
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
# Words before a figure that make it a forecast ("is likely to be around", "expected to win").
FORECAST_BEFORE = re.compile(
    r"\b(?:likely|expected|forecast|projected|predicted|tipped|on course|set)\s+to\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
FORECAST_TEMPLATES = {
    ClaimType.VOTE_SHARE: "{subject} {was} forecast to win {figure} of the vote{year}",
    ClaimType.CANDIDATE_VOTES: "{subject} {was} forecast to win {figure} votes{year}",
    ClaimType.MAJORITY: "{subject} {was} forecast to win by a majority of {figure}{year}",
    ClaimType.SEAT_COUNT: "{subject} {was} forecast to win {seats}{year}",
    ClaimType.TURNOUT: "Turnout in {seat} was forecast at {figure}{year}",
}
NAME_TEMPLATE = "A candidate{where} was named as {figure}"
FALLBACK_TEMPLATE = "A claim of {figure} about {subject}"
HOUSE_SEATS_TEMPLATE = "The House of Commons had {seats}{year}"
CANDIDATES_TEMPLATE = "{figure} candidates stood in {seat}{year}"
_ON_THE_BALLOT = re.compile(rf"(.+) \d{{4}}: \d+ {ON_THE_BALLOT}")
FALLBACK_YEAR_TEMPLATE = "A claim about {subject} in {figure}"
_SEAT_WORD = re.compile(r"[-\s]+seats?$", re.IGNORECASE)
_CLAUSES = re.compile(r"\s*(?:[,;:–—(]|\s-\s|\band\b|\bbut\b|\bwhile\b)\s*")


def _seat_phrase(claim: Claim, qualifier: str) -> str:
    """The seats a figure counts ("170 seats", "around 170 seats", "one seat")."""
    number = _SEAT_WORD.sub("", claim.text)
    return f"{qualifier}{number} seat{'' if claim.value == 1 else 's'}"


def _majority_phrase(claim: Claim, qualifier: str) -> str:
    """A Commons majority ("a 170-seat majority", "a majority of around 170 seats")."""
    number = _SEAT_WORD.sub("", claim.text)
    if qualifier:
        return f"a majority of {_seat_phrase(claim, qualifier)}"
    return f"{indefinite_article(number)} {number}-seat majority"


def _subject(claim: Claim, contest) -> tuple[str, bool]:
    """Who the claim is about as a sentence names them, and whether that takes a plural verb:
    a party as the press names it ("the Conservatives"), a person or seat as written."""
    if claim.subject_kind == SubjectKind.PARTY and claim.subject:
        return press_name(claim.subject, claim.subject_key)
    if claim.subject:
        return claim.subject, False
    return (contest.constituency.name if contest else ""), False


def summarise(claim: Claim) -> str:
    """A plain, complete statement of what the claim says, without any verdict, in at most
    ``SUMMARY_LIMIT`` (74) characters: "Jeremy Corbyn won 24,120 votes in 2024", "The
    Conservatives were projected to win 131 seats in 2024", "Jeremy Corbyn won an 11th
    term in 2024". Never cut short: a sentence too long is said again without its year,
    then more plainly, and the claim's own clause is used only when it fits whole."""
    contest = claim.article.contest if claim.article.contest_id else None
    for year in (_year_phrase(claim), ""):
        text = _summary(claim, contest, year)
        if text and len(text) <= SUMMARY_LIMIT:
            return sentence_case(text)
    clause = _clause(claim)
    if clause:
        return sentence_case(clause)
    subject, _ = _subject(claim, contest)
    template = FALLBACK_YEAR_TEMPLATE if claim.claim_type == ClaimType.YEAR else FALLBACK_TEMPLATE
    text = template.format(subject=subject or "the election", figure=claim.text)
    if len(text) > SUMMARY_LIMIT:
        text = f"A claim of {claim.text}"[:SUMMARY_LIMIT]
    return sentence_case(text)


def _summary(claim: Claim, contest, year: str) -> str:
    """The summary's sentence for the claim's type, with ``year``; "" if it has none."""
    qualifier = QUALIFIER_WORDS.get(claim.qualifier, "")
    subject, plural = _subject(claim, contest)
    seat = contest.constituency.name if contest else ""
    details = claim.details or {}
    figure = qualifier + claim.text
    if claim.claim_type == ClaimType.SWING:
        return _swing_summary(claim, figure, year, contest)
    if claim.claim_type == ClaimType.BALLOT_COUNT:
        place = _place(claim, contest)
        template = BALLOT_COUNT_TEMPLATES.get(details.get("measure") or "")
        return template.format(place=place, figure=figure, year=year) if template and place else ""
    if claim.claim_type == ClaimType.NAME:
        where = f" in {seat}" if seat else ""
        return NAME_TEMPLATE.format(where=where, figure=claim.text)
    if claim.claim_type == ClaimType.YEAR:
        return _year_summary(claim, subject, seat)
    if claim.claim_type == ClaimType.TERM_COUNT:
        if claim.unit == Unit.COUNT:
            template = TERM_YEARS_TEMPLATE if details.get("measure") == "years" else (
                TERM_COUNT_TEMPLATE
            )  # fmt: skip
            return template.format(subject=subject, figure=figure) if subject else ""
        term = ordinal(int(claim.value)) if claim.value == claim.value.to_integral_value() else ""
        if not (subject and term):
            return ""
        return TERM_ORDINAL_TEMPLATE.format(
            subject=subject, term=with_article(qualifier + term), year=year
        )
    ballot = _ON_THE_BALLOT.fullmatch(claim.working or "")
    if ballot:  # "Eight candidates stood": the seat's ballot, as the check counted it
        return CANDIDATES_TEMPLATE.format(figure=figure, seat=ballot.group(1), year=year)
    if (
        claim.claim_type == ClaimType.SEAT_COUNT
        and claim.explanation.startswith("Official:")
        and f" {HOUSE_SEATS} " in claim.explanation
    ):
        # "taking 411 of the 650 seats": the House's seats, not the party's
        return HOUSE_SEATS_TEMPLATE.format(seats=_seat_phrase(claim, qualifier), year=year)
    if claim.claim_type in FORECAST_TEMPLATES and is_forecast(claim):
        template = FORECAST_TEMPLATES[claim.claim_type]
    elif claim.claim_type in MAJORITY_TEMPLATES and details.get("is_majority"):
        template = MAJORITY_TEMPLATES[claim.claim_type]
    elif claim.claim_type == ClaimType.MAJORITY and details.get("relation") == Relation.DIFFERENCE:
        later = _year_of(details.get("compared_election") or "") or (
            str(contest.election.date.year) if contest else ""
        )
        if not (subject and later and year):
            return ""
        return MAJORITY_DIFFERENCE_TEMPLATE.format(
            subjects=possessive(subject, plural), figure=figure, year=year, later=later
        )
    else:
        template = SUMMARY_TEMPLATES.get(claim.claim_type)
    if not template or (not subject and "{subject" in template):
        return ""
    return template.format(
        subject=subject,
        subjects=possessive(subject, plural),
        was="were" if plural else "was",
        figure=figure,
        year=year,
        seat=_place(claim, contest) if claim.claim_type in _A_SEATS_OWN else seat or subject,
        value=f"{claim.value.normalize():f}",
        seats=_seat_phrase(claim, qualifier),
        majority=_majority_phrase(claim, qualifier),
        moved=_moved(claim) if "{moved}" in template else "",
    )


# Figures a summary places in a seat by name ("Turnout in Clacton was 58.9%"): the seat the
# claim was read in, or the UK, not the article's seat ("Turnout across the UK was 59.7%" in
# a round-up about Bristol Central).
_A_SEATS_OWN = frozenset([ClaimType.TURNOUT, ClaimType.TURNOUT_CHANGE])


def _moved(claim: Claim) -> str:
    """How a change moved as the claim's words say ("rose by", "fell by"), else "changed by"
    (``checking.context.claimed_direction``: the checker reads the same words)."""
    direction = claimed_direction(Claimed.from_model(claim))
    return "rose by" if direction > 0 else "fell by" if direction < 0 else "changed by"


def _year_summary(claim: Claim, subject: str, seat: str) -> str:
    """A year as what the sentence says happened in it: first elected, or held since."""
    before = claim.sentence[: max(claim.sentence.find(claim.text), 0)]
    if claim.subject_kind == SubjectKind.CONSTITUENCY and HELD_SINCE_BEFORE.search(before):
        parties = [n for n in (claim.details or {}).get("named", []) if n[2] == "party"]
        if parties:
            party, _ = press_name(parties[0][4], parties[0][3])
            contest = claim.article.contest if claim.article.contest_id else None
            changed = contest is not None and (subject or seat) == seat and changed_hands(contest)
            template = (
                HELD_UNTIL_NOW_TEMPLATE if changed or _PAST_PERFECT.search(before)
                else HELD_SINCE_TEMPLATE
            )  # fmt: skip
            return template.format(seat=subject or seat, party=party, figure=claim.text)
    first_elected = FIRST_ELECTED_BEFORE.search(before) or re.search(r"first elected", before, re.I)
    if claim.subject_kind == SubjectKind.CANDIDATE and subject and first_elected:
        return FIRST_ELECTED_TEMPLATE.format(subject=subject, figure=claim.text)
    return ""


def changed_hands(contest) -> bool:
    """The seat changed hands at this election: its result is a gain ("Ind gain from Lab")."""
    return " gain " in f" {(contest.result or '').lower()} "


def is_forecast(claim: Claim) -> bool:
    """The figure is a forecast, not a result: a projection, or hedged as one in its sentence
    ("is likely to be around 37 per cent", "expected to win 410")."""
    if claim.qualifier == Qualifier.PROJECTION:
        return True
    before = claim.sentence[: max(claim.sentence.find(claim.text), 0)]
    return bool(FORECAST_BEFORE.search(before))


def _clause(claim: Claim) -> str:
    """The part of the claim's sentence that holds the figure, when it fits the limit whole
    and reads as a statement (at least four words); "" otherwise."""
    sentence = " ".join(claim.sentence.split()).rstrip(".")
    if len(sentence) <= SUMMARY_LIMIT and len(sentence.split()) >= 4:
        return sentence
    at = sentence.find(claim.text)
    if at < 0:
        return ""
    pieces, position = [], 0
    for piece in _CLAUSES.split(sentence):
        start = sentence.find(piece, position)
        pieces.append((start, piece))
        position = start + len(piece)
    for start, piece in pieces:
        if start <= at < start + len(piece):
            piece = piece.strip(" .‘’“”\"'")
            if len(piece) <= SUMMARY_LIMIT and len(piece.split()) >= 4:
                return piece
    return ""


def _year_of(slug: str) -> str:
    found = re.search(r"\d{4}", slug)
    return found.group() if found else ""


def _year_phrase(claim: Claim) -> str:
    """ " in 2024" for the claim's election; " in 2017" or " in the 2016 by-election" for an
    election no row holds (``details["election_not_loaded"]``); else ""."""
    if claim.election_id:
        return f" in {claim.election.date.year}"
    slug = (claim.details or {}).get(ELECTION_NOT_LOADED)
    return f" in {election_name(slug)}" if slug else ""


def _place(claim: Claim, contest) -> str:
    """Where a seat's figure was counted: the seat the claim names, else "the UK" when its
    sentence speaks of the country and names no seat, else the article's seat ("" if none)."""
    if "United Kingdom turnout" in claim.explanation:
        return "the UK"  # checked as the UK's, whatever seat the words named
    if claim.subject_kind == SubjectKind.CONSTITUENCY and claim.subject:
        return claim.subject
    seat = contest.constituency.name if contest else ""
    if NATIONAL_CUES.search(claim.sentence) and not (seat and seat in claim.sentence):
        return "the UK"
    return seat


def _swing_summary(claim: Claim, figure: str, year: str, contest) -> str:
    """ "A swing of 10.4% from the Conservatives to Labour in Hendon in 2024": the parties
    as far as the claim names them (the subject it went to, ``compared_to`` it came from)."""
    to_party = press_name(claim.subject, claim.subject_key)[0] if (
        claim.subject_kind == SubjectKind.PARTY and claim.subject
    ) else ""  # fmt: skip
    from_name = (claim.details or {}).get("compared_to") or ""
    from_party = press_name(from_name)[0] if from_name else ""
    parties = (f" from {from_party}" if from_party else "") + (
        f" to {to_party}" if to_party else ""
    )
    place = _place(claim, contest)
    where = "" if not place else " across the UK" if place == "the UK" else f" in {place}"
    return SWING_TEMPLATE.format(figure=figure, parties=parties, where=where, year=year)


# -- where a check belongs, and where its figure is written -------------------------------


def evidence_of(claim_ids) -> dict[int, list[tuple[str, int | None]]]:
    """``{claim id: [(election slug, contest id or None), …]}``: the seats whose official
    figures each claim's check used (None: every seat of the election). One query."""
    found: dict[int, list] = defaultdict(list)
    for claim_id, election, contest in ClaimEvidence.objects.filter(
        claim_id__in=list(claim_ids)
    ).values_list("claim_id", "election", "contest_pk"):
        found[claim_id].append((election, contest))
    return found


def check_scope(claim: Claim, evidence: list[tuple[str, int | None]]) -> str:
    """``NATIONAL`` for a party's seats in the Commons, won or projected; when the check used
    only figures summed over every seat (a national share); or when its article is about no
    seat. Else ``SEAT``."""
    if claim.claim_type in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        return NATIONAL
    if evidence:
        return NATIONAL if all(contest is None for _, contest in evidence) else SEAT
    return SEAT if claim.article.contest_id else NATIONAL


# Claim types whose figure is one candidate's row of the candidate file.
CANDIDATE_ROW_TYPES = (ClaimType.CANDIDATE_VOTES, ClaimType.VOTE_SHARE, ClaimType.NAME)
# Claim types read from every candidate of a seat (a place in the count).
CANDIDATE_ROWS_TYPES = (ClaimType.RANK,)


def citation(
    claim: Claim,
    evidence,
    *,
    contests: dict[int, Contest],
    seats_in: dict[str, int],
    candidacies: dict[int, Candidacy],
) -> str:
    """Where the check's official figure is written, for readers to find it:

    * a candidate's figure (votes, share, name): that candidate's own row, file and
      line (``Candidacy.source_row``: "HoC-GE2024-results-by-candidate.csv, line
      1234", a notional baseline's row of the notional file, or "entered by hand,
      approved by …"); a place in the count: every candidate row of the seat
      ("…, lines 1230–1236"); a gap between two candidates other than the first
      two: their two rows;
    * a seat's figure (majority, turnout, counts): the constituency file's row
      (``Contest.source_row``), of the notional file for a notional baseline;
    * a national figure: "sum over 650 seats' rows of the candidate file";
    * "" for figures from other sources (exit polls, members' records).

    ``contests`` and ``candidacies`` are by pk, ``seats_in`` the seats declared per
    election slug (``citation_context()`` loads them).
    """
    source = claim.applied_official_source
    by_hand = source.lower().startswith("entered by hand") if source else False
    if not source or "Library" not in source and "notional" not in source.lower() and not by_hand:
        return ""
    if evidence and all(contest is None for _, contest in evidence):
        election = evidence[0][0]
        seats = seats_in.get(election, 0)
        counted = (
            f"{seats:,} seats' rows"
            if seats > 1
            else "1 seat's rows"
            if seats
            else "every seat's rows"
        )
        if claim.claim_type in (ClaimType.TURNOUT, ClaimType.BALLOT_COUNT):
            return f"sum over {counted} of the constituency file"
        return f"sum over {counted} of the candidate file"
    cited = []
    for _, pk in dict.fromkeys(evidence):
        contest = contests.get(pk)
        if contest is None:
            continue
        notional = " (notional result)" if contest.election.is_notional else ""
        if claim.claim_type in CANDIDATE_ROW_TYPES and claim.subject_kind == SubjectKind.CANDIDATE:
            person = _candidacy(claim, contest, candidacies)
            if person is not None:
                cited.append(
                    person.source_row
                    or (not contest.source_row and contest.source)
                    or f"the candidate file{notional}, the row for {person.full_name} "
                    f"({person.party.name}) in {contest.constituency.name} "
                    f"({contest.constituency.ons_code})"
                )
                continue
        if claim.claim_type in CANDIDATE_ROWS_TYPES:
            seat = [c for c in candidacies.values() if c.contest_id == contest.pk]
            cited.append(
                candidate_rows(seat)
                or f"the candidate file{notional}, the rows for {contest.constituency.name} "
                f"({contest.constituency.ons_code})"
            )
            continue
        pair = _two_candidates(claim, contest, candidacies)
        if pair:
            cited.append("; ".join(dict.fromkeys(pair)))
            continue
        cited.append(
            contest.source_row
            or f"{contest.source or 'the results'}{notional}, {contest.constituency.name}"
        )
    if (
        claim.claim_type == ClaimType.MAJORITY
        and (claim.details or {}).get("relation") == Relation.DIFFERENCE
    ):
        cited.extend(_compared_rows(claim, [contests[pk] for _, pk in evidence if pk in contests]))
    return "; ".join(dict.fromkeys(cited))


def _compared_rows(claim: Claim, used: list[Contest]) -> list[str]:
    """For a difference between two elections' majorities, the row of the election the check
    did not cite: the same seat (or its predecessor) at the claim's election. One query."""
    if not used or not claim.election_id:
        return []
    if any(contest.election_id == claim.election_id for contest in used):
        return []
    contest = used[0]
    seats = [contest.constituency_id]
    if contest.constituency.predecessor_id:
        seats.append(contest.constituency.predecessor_id)
    found = {
        c.constituency_id: c
        for c in Contest.objects.declared()
        .filter(election_id=claim.election_id, constituency_id__in=seats)
        .select_related("constituency")
    }
    other = next((found[s] for s in seats if s in found), None)
    if other is None:
        return []
    return [other.source_row or f"{other.source or 'the results'}, {other.constituency.name}"]


def _two_candidates(claim: Claim, contest: Contest, candidacies: dict[int, Candidacy]):
    """For a majority claim that is the gap between two candidates other than the seat's
    first two ("beat the Greens by 3,000"), their two rows; else ()."""
    if claim.claim_type != ClaimType.MAJORITY or claim.subject_kind != SubjectKind.CANDIDATE:
        return ()
    other_key = (claim.details or {}).get("compared_to_key") or ""
    subject = _candidacy(claim, contest, candidacies)
    other = (
        candidacies.get(int(other_key[10:]))
        if other_key.startswith("candidacy:") and other_key[10:].isdigit()
        else None
    )
    if subject is None or other is None or other.contest_id != contest.pk or other == subject:
        return ()
    seat = sorted(
        (c for c in candidacies.values() if c.contest_id == contest.pk),
        key=lambda c: (-c.votes, not c.elected),
    )
    if {subject.pk, other.pk} == {c.pk for c in seat[:2]}:
        return ()  # the seat's majority: the constituency file's row holds it
    if not (subject.source_row and other.source_row):
        return ()
    return (subject.source_row, other.source_row)


def _candidacy(claim: Claim, contest: Contest, candidacies: dict[int, Candidacy]):
    """The candidacy the claim is about in ``contest``: its key's, or the same name's."""
    key = claim.subject_key or ""
    if key.startswith("candidacy:") and key[10:].isdigit():
        found = candidacies.get(int(key[10:]))
        if found is not None and found.contest_id == contest.pk:
            return found
    return next(
        (c for c in candidacies.values() if c.contest_id == contest.pk
         and c.full_name == claim.subject),
        None,
    )  # fmt: skip


def citation_context(claims, evidence) -> dict:
    """What ``citation()`` reads for these claims, in three queries."""
    contest_ids = {pk for rows in evidence.values() for _, pk in rows if pk}
    contests = {
        c.pk: c
        for c in Contest.objects.filter(pk__in=contest_ids).select_related(
            "constituency", "election"
        )
    }
    elections = {e for rows in evidence.values() for e, pk in rows if pk is None}
    seats_in = {}
    for slug in elections:
        seats_in[slug] = Contest.objects.declared().filter(election__slug=slug).count()
    candidacies = {
        c.pk: c
        for c in Candidacy.objects.filter(contest_id__in=contest_ids).select_related("party")
    }
    return {"contests": contests, "seats_in": seats_in, "candidacies": candidacies}


def public_working(working: str) -> str:
    """The checker's arithmetic without the file rows and hand entries it names in brackets
    ("(…candidate.csv, line 1234)"; ``checking.claims.uncited``): the page cites the
    source once, on its own line (``citation``)."""
    return uncited(working)


# -- the checks a page would publish ----------------------------------------------------


def is_editors_explanation(explanation: str, claims) -> bool:
    """The explanation holds an editor's own words: something left once the checker's
    suggestions for ``claims`` (which accepting a suggestion copies) and its wording are
    taken out (``public_text.editors_words``)."""
    return bool(editors_explanation(explanation, claims))


def editors_explanation(explanation: str, claims) -> str:
    """What of ``explanation`` may be published as the editor's: the editor's own words,
    with any of the checker's text cut out; "" when none are left."""
    return editors_words(explanation, [c.explanation for c in claims])


@dataclass(frozen=True)
class LeftOut:
    """A claim a publish leaves out, and why, for the publish page."""

    claim_id: int
    summary: str
    why: str


@dataclass
class Scope:
    """A page: a seat's (``contest``) or an election's national page (``election``)."""

    contest: Contest | None = None
    election: Election | None = None

    @property
    def national(self) -> bool:
        return self.contest is None

    @property
    def page_election(self) -> Election:
        return self.election if self.national else self.contest.election

    def name(self) -> str:
        if self.national:
            return f"the {self.election.name}, national page"
        return f"{self.contest.constituency.name}, {self.contest.election.name}"

    def publications(self):
        if self.national:
            return Publication.objects.national(self.election)
        return Publication.objects.filter(contest=self.contest)

    def withdrawals(self):
        if self.national:
            return Withdrawal.objects.filter(contest__isnull=True, election=self.election)
        return Withdrawal.objects.filter(contest=self.contest)

    def claims(self):
        """The open claims this page could carry (narrowed by ``check_scope`` after)."""
        if not self.national:
            return Claim.objects.filter(article__contest=self.contest)
        slug = self.election.slug
        national = Q(
            pk__in=ClaimEvidence.objects.filter(election=slug, contest_pk__isnull=True).values(
                "claim_id"
            )
        )
        unseated = Q(article__contest__isnull=True, article__election=self.election) | Q(
            article__contest__isnull=True, election=self.election
        )
        return Claim.objects.filter(national | unseated)

    def clear_pages(self, versions: int) -> None:
        if self.national:
            pagecache.clear_election(self.election, versions=versions)
        else:
            pagecache.clear_contest(self.contest, versions=versions)


def _scope(contest=None, election=None) -> Scope:
    if (contest is None) == (election is None):
        raise ValueError("A page is a seat's (contest=) or an election's (election=).")
    return Scope(contest=contest, election=election)


def approved_checks(contest=None, *, election=None) -> list[PublishedCheck]:
    """The page's checks that may go out: one per claim group (or per-article verdict),
    cards that would read the same merged into one with every article that carried it.

    ``contest``: a seat's page (its seat checks); ``election``: the national page.
    Inaccurate first (``vocabulary.INACCURATE_FIRST``), then by claim id. Their
    publication dates are left empty: ``publish()`` sets them.
    """
    return _collect(_scope(contest, election))[0]


def _collect(scope: Scope) -> tuple[list[PublishedCheck], list[LeftOut]]:
    """The checks that may go out and the claims left out (``LeftOut``)."""
    claims = list(
        scope.claims()
        .filter(status=ClaimStatus.OPEN)
        .for_review()
        .select_related("article__contest__constituency", "article__contest__election")
        .order_by("pk")
    )
    evidence = evidence_of(c.pk for c in claims)
    wanted = NATIONAL if scope.national else SEAT
    claims = [c for c in claims if check_scope(c, evidence.get(c.pk, [])) == wanted]
    by_review: dict[int, list[Claim]] = defaultdict(list)
    reviews, left_out = {}, []
    for claim in claims:
        review = claim.effective_review
        if review is None:
            left_out.append(LeftOut(claim.pk, summarise(claim), "No verdict yet."))
        elif not review.is_approved:
            left_out.append(
                LeftOut(claim.pk, summarise(claim), "Its verdict awaits a second editor.")
            )
        else:
            by_review[review.pk].append(claim)
            reviews[review.pk] = review
    context = citation_context(claims, evidence)
    cards: dict[tuple, PublishedCheck] = {}
    for review_pk, members in by_review.items():
        review, first = reviews[review_pk], members[0]
        words = editors_explanation(review.explanation, members)
        editors = bool(words)
        summary = summarise(first)
        official = first.applied_official_value
        explanation = words if editors else reader_explanation(
            verdict=review.verdict, claim_type=first.claim_type,
            written=QUALIFIER_WORDS.get(first.qualifier, "") + first.text,
            official=_display(official, first), subject=first.subject,
            relation=(first.details or {}).get("relation", ""),
            majority=bool((first.details or {}).get("is_majority")),
        )  # fmt: skip
        if review.verdict in NEEDS_EDITORS_WORDS and not editors:
            why = f"{Verdict(review.verdict).label}: no editor has explained it for readers."
            left_out.extend(LeftOut(c.pk, summary, why) for c in members)
            continue
        no_figure = official is None and first.claim_type != ClaimType.NAME  # a name is one
        if review.verdict in NEEDS_WORDS_WITHOUT_FIGURE and no_figure and not editors:
            why = (
                f"{Verdict(review.verdict).label} with no official figure: only an editor's "
                "own explanation can tell readers why, and none is written (the checker's "
                "text is for the desk)."
            )
            left_out.extend(LeftOut(c.pk, summary, why) for c in members)
            continue
        if not explanation:
            why = "No official figure to state and no editor's explanation."
            left_out.extend(LeftOut(c.pk, summary, why) for c in members)
            continue
        articles = tuple(_articles(members))
        check = PublishedCheck(
            id=first.pk,
            text=first.text,
            quote=balanced_quote(first.sentence),
            summary=summary,
            claim_type=first.claim_type,
            subject=first.subject,
            speaker=first.speaker,
            election=(
                first.election.slug
                if first.election_id
                else (first.details or {}).get(ELECTION_NOT_LOADED, "")
            ),
            verdict=review.verdict,
            verdict_label=Verdict(review.verdict).label,
            rating=RATINGS[review.verdict],
            explanation=explanation,
            official_value=_plain(official),
            official_display=_display(official, first),
            official_source=first.applied_official_source,
            working=public_working(first.working),
            reviewed_by=review.author.get_username(),
            approved_by=review.approved_by.get_username(),
            articles=articles,
            citation=citation(first, evidence.get(first.pk, []), **context),
            scope=wanted,
        )
        key = (check.summary, check.verdict, check.explanation, check.official_value)
        same = cards.get(key)
        if same is None:
            cards[key] = check
        else:  # one claim, one card: every article that carried it
            seen = {a.claim_id for a in same.articles}
            merged = same.articles + tuple(a for a in articles if a.claim_id not in seen)
            cards[key] = _replace(same, articles=_one_per_article(merged))
    checks = sorted(cards.values(), key=lambda c: (INACCURATE_FIRST.index(c.verdict), c.id))
    return checks, left_out


def _replace(check: PublishedCheck, **changes) -> PublishedCheck:
    import dataclasses

    return dataclasses.replace(check, **changes)


def _articles(members: list[Claim]) -> list[PublishedArticle]:
    articles, seen = [], set()
    for claim in members:
        if claim.article_id in seen:
            continue
        seen.add(claim.article_id)
        article = claim.article
        articles.append(
            PublishedArticle(
                claim_id=claim.pk,
                title=article.title,
                outlet=article.outlet,
                url=article.url,
                published_on=article.published_on.isoformat() if article.published_on else "",
                sentence=balanced_quote(claim.sentence),
            )
        )
    return articles


def _one_per_article(articles) -> tuple[PublishedArticle, ...]:
    seen, kept = set(), []
    for article in articles:
        key = (article.title, article.outlet, article.url)
        if key not in seen:
            seen.add(key)
            kept.append(article)
    return tuple(kept)


def display_figure(value: Decimal | None, claim: Claim) -> str:
    """The official figure as a reader writes it: 18,941; 67.53%; 1983 ("" for None)."""
    return _display(value, claim)


def _display(value: Decimal | None, claim: Claim) -> str:
    """The official figure as a reader writes it: 18,941; 67.53%; 1983."""
    if value is None:
        return ""
    if claim.unit == Unit.YEAR:
        return str(int(value))
    if claim.unit == Unit.PERCENT:
        return f"{value:.2f}%"
    if claim.unit == Unit.PERCENTAGE_POINTS:
        return f"{value:.2f} points"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


def _plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}" if value != value.to_integral_value() else str(int(value))


# -- what a publish would change ---------------------------------------------------------


@dataclass
class Change:
    """A published check that a publish would change: ``before`` and ``after`` (None when it
    is withdrawn), what readers are told changed, and whether a reason must be given."""

    before: PublishedCheck
    after: PublishedCheck | None
    what: str
    kind: str  # a CorrectionKind value
    needs_reason: bool
    withdrawal: Withdrawal | None = None

    @property
    def id(self) -> int:
        return self.before.id


@dataclass
class Plan:
    """What a publish of one page would do (``publish_plan()``)."""

    scope: Scope
    previous: Publication | None
    checks: list[PublishedCheck] = field(default_factory=list)  # what the version holds
    added: list[PublishedCheck] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)  # changed and withdrawn
    updated: list[PublishedCheck] = field(default_factory=list)  # new articles, new wording
    held: list[PublishedCheck] = field(default_factory=list)  # kept: no approved withdrawal
    left_out: list[LeftOut] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)  # asked, not yet published

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.updated)

    @property
    def withdrawn(self) -> list[Change]:
        return [c for c in self.changed if c.after is None]


def publish_plan(contest=None, *, election=None) -> Plan:
    """What publishing the page now would change since its last version.

    Checks ``added``; ``changed`` (verdict, explanation or official figure) and
    withdrawn ones, each a ``Change``; ``updated`` (only their articles or wording
    changed); ``held``: published checks that are no longer approved as they were
    and have no withdrawal approved by a second editor, kept on the page as
    published; ``left_out``: claims that will not go out and why.
    """
    scope = _scope(contest, election)
    fresh, left_out = _collect(scope)
    previous = scope.publications().order_by("-version").first()
    earlier = {c.id: c for c in read_checks(previous.checks)} if previous else {}
    pending = list(
        scope.withdrawals()
        .filter(publication__isnull=True)
        .select_related("requested_by", "approved_by")
    )
    approved = {w.check_id: w for w in pending if w.is_approved}
    plan = Plan(scope=scope, previous=previous, left_out=left_out, withdrawals=pending)
    fresh_ids = {c.id for c in fresh}
    for check in fresh:
        before = earlier.get(check.id)
        if check.id in approved and before is not None:
            continue  # withdrawn below
        if before is None:
            plan.added.append(check)
        else:
            change = _change(before, check)
            if change is not None:
                plan.changed.append(change)
            elif not _same_page(before, check):
                plan.updated.append(check)
        plan.checks.append(check)
    for check_id, before in earlier.items():
        withdrawal = approved.get(check_id)
        if withdrawal is not None:
            what = f"Check of “{before.summary}” withdrawn."
            plan.changed.append(
                Change(before, None, what, CorrectionKind.WITHDRAWN, False, withdrawal)
            )
        elif check_id not in fresh_ids:
            plan.held.append(before)
            plan.checks.append(before)
    plan.checks.sort(key=lambda c: (INACCURATE_FIRST.index(c.verdict), c.id))
    return plan


def _change(before: PublishedCheck, after: PublishedCheck) -> Change | None:
    """How a published check changed in a way the corrections log records, or None."""
    name = f"“{after.summary}”"
    revised = bool(before.official_value and after.official_value) and (
        before.official_value != after.official_value
    )
    if revised:
        what = (
            f"Official figure for {name} revised from {before.official_display} "
            f"to {after.official_display}"
        )
        if before.verdict != after.verdict:
            what += f"; verdict changed from {before.verdict_label} to {after.verdict_label}"
        return Change(before, after, what + ".", CorrectionKind.REVISED, False)
    if before.verdict != after.verdict:
        what = f"Verdict on {name} changed from {before.verdict_label} to {after.verdict_label}."
        return Change(before, after, what, CorrectionKind.CHANGED, True)
    if before.official_value != after.official_value:
        what = f"Official figure for {name} changed to {after.official_display or 'none'}."
        return Change(before, after, what, CorrectionKind.CHANGED, True)
    if _explained(before) != _explained(after):
        what = f"Explanation of {name} rewritten: “{after.explanation}”"
        return Change(before, after, what[:480], CorrectionKind.CHANGED, True)
    return None


def _explained(check: PublishedCheck) -> str:
    return " ".join(check.explanation.split())


def _same_page(before: PublishedCheck, after: PublishedCheck) -> bool:
    """A reader would see nothing new (dates aside)."""
    return before.with_dates(date_published="", date_modified="") == after.with_dates(
        date_published="", date_modified=""
    )


# -- publishing --------------------------------------------------------------------------


def publish_contest(
    *, contest, publisher, note: str = "", reasons: dict | None = None, is_demo: bool = False
) -> Publication:
    """Publish a seat's page: ``publish()`` for ``contest``."""
    return publish(contest=contest, publisher=publisher, note=note, reasons=reasons,
                   is_demo=is_demo)  # fmt: skip


def publish_national(
    *, election, publisher, note: str = "", reasons: dict | None = None, is_demo: bool = False
) -> Publication:
    """Publish an election's national page: ``publish()`` for ``election``."""
    return publish(election=election, publisher=publisher, note=note, reasons=reasons,
                   is_demo=is_demo)  # fmt: skip


@transaction.atomic
def publish(
    *,
    contest=None,
    election=None,
    publisher,
    note: str = "",
    reasons: dict | None = None,
    is_demo: bool = False,
) -> Publication:
    """Publish the page's checks (``publish_plan()``) as a new version; log each correction.

    ``reasons`` is ``{check id: why}`` for the changed checks: each changed verdict,
    explanation or figure needs one (when ``reasons`` is None, ``note``, the version's
    note, stands in for every check); a check changed only by a revised official figure
    is logged with ``REVISED_REASON`` when none is given; a withdrawn check carries its
    withdrawal's reason. Raises ``PermissionDenied`` unless ``publisher`` may publish, and
    ``ValidationError`` when there is nothing to publish, nothing changed since the last
    version, or a changed check has no reason (``error_dict`` by check id: "check-<id>").
    Clears the page's cached copies on commit. The version is marked demo data
    (``Publication.is_demo``) when ``is_demo`` or when any check in it was written by the
    demo review.
    """
    if not publisher.has_perm("factcheck.publish_contest"):
        raise PermissionDenied("Only a Publisher can publish.")
    scope = _scope(contest, election)
    lock = scope.publications().select_for_update().order_by("-version").first()
    plan = publish_plan(contest, election=election)
    previous = plan.previous
    if previous is not None and lock is not None and lock.pk != previous.pk:
        raise ValidationError("Another version was published meanwhile: look again.")
    if not plan.checks and previous is None:
        raise ValidationError("There are no approved checks to publish for this page yet.")
    if previous is not None and not plan.has_changes:
        raise ValidationError(f"Nothing has changed since version {previous.version}.")
    note = (note or "").strip()
    # the version's note stands in for a check's reason only for callers that give none
    # (the publish page always asks one per check, so one note is never copied into all)
    fallback = note if reasons is None else ""
    reasons = {int(k): (v or "").strip() for k, v in (reasons or {}).items()}
    missing, logged = {}, []
    for change in plan.changed:
        if change.withdrawal is not None:
            reason = change.withdrawal.reason
        else:
            reason = reasons.get(change.id) or fallback
            if not reason and change.needs_reason:
                missing[f"check-{change.id}"] = (
                    f"Say why “{change.before.summary}” changed, for the corrections log."
                )
                continue
            reason = reason or REVISED_REASON
        logged.append((change, reason))
    if missing:
        raise ValidationError(
            {"__all__": ["A published check changed: say why, for the corrections log."]}
            | {key: [message] for key, message in missing.items()}
        )
    now = timezone.now()
    stamp = now.isoformat()
    earlier = {c.id: c for c in read_checks(previous.checks)} if previous else {}
    checks = []
    for check in plan.checks:
        before = earlier.get(check.id)
        if before is not None and (before is check or _same_finding(before, check)):
            dated = check.with_dates(
                date_published=before.date_published, date_modified=before.date_modified
            )
        else:
            dated = check.with_dates(
                date_published=before.date_published if before else stamp, date_modified=stamp
            )
        checks.append(dated)
    publication = Publication.objects.create(
        contest=scope.contest,
        election=scope.election if scope.national else None,
        version=(previous.version + 1) if previous else 1,
        checks=[check.to_stored() for check in checks],
        published_by=publisher,
        published_at=now,
        note=note[:500],
        is_demo=is_demo or any(check.from_demo for check in checks),
    )
    Correction.objects.bulk_create(
        Correction(
            publication=publication,
            check_id=change.id,
            quote=change.before.summary[:200],
            what_changed=change.what[:500],
            reason=reason[:500],
            kind=change.kind,
        )
        for change, reason in logged
    )
    used = [c.withdrawal.pk for c, _ in logged if c.withdrawal is not None]
    if used:
        Withdrawal.objects.filter(pk__in=used).update(publication=publication)
    versions = publication.version
    transaction.on_commit(lambda: scope.clear_pages(versions))
    return publication


def _same_finding(before: PublishedCheck, after: PublishedCheck) -> bool:
    return before.same_finding(after)


# -- withdrawing a published check: two editors ------------------------------------------


def request_withdrawal(*, contest=None, election=None, check_id: int, editor, reason: str):
    """Ask for a published check to be taken off its page; a second editor must approve
    (``approve_withdrawal``). Raises ``PermissionDenied`` unless ``editor`` may write
    verdicts, ``ValidationError`` without a reason, for a check not on the page's latest
    version, or when one is already asked. Returns the ``Withdrawal``."""
    if not editor.has_perm("factcheck.approve_review") and not editor.has_perm(
        "factcheck.publish_contest"
    ):
        raise PermissionDenied("Only an editor can ask to withdraw a check.")
    scope = _scope(contest, election)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Say why the check is withdrawn: readers see it in the log.")
    latest = scope.publications().order_by("-version").first()
    published = {c.id for c in read_checks(latest.checks)} if latest else set()
    if check_id not in published:
        raise ValidationError("That check is not on the published page.")
    if scope.withdrawals().filter(check_id=check_id, publication__isnull=True).exists():
        raise ValidationError("A withdrawal of that check is already asked.")
    return Withdrawal.objects.create(
        contest=scope.contest,
        election=scope.election if scope.national else None,
        check_id=check_id,
        reason=reason[:500],
        requested_by=editor,
    )


def approve_withdrawal(*, withdrawal: Withdrawal, editor) -> Withdrawal:
    """A second editor approves a withdrawal, which the next publish carries out. Raises
    ``PermissionDenied`` for the editor who asked it, or one who may not sign off."""
    withdrawal = Withdrawal.objects.select_for_update().get(pk=withdrawal.pk)
    if not withdrawal.can_be_approved_by(editor):
        if editor.pk == withdrawal.requested_by_id:
            raise PermissionDenied(
                "A second editor must approve a withdrawal: you asked for this one."
            )
        raise PermissionDenied("Only a second editor can approve a withdrawal.")
    withdrawal.approved_by = editor
    withdrawal.approved_at = timezone.now()
    withdrawal.save(update_fields=["approved_by", "approved_at"])
    return withdrawal


def cancel_withdrawal(*, withdrawal: Withdrawal, editor) -> None:
    """Drop a withdrawal not yet published (the check stays). Only editors."""
    if not editor.has_perm("factcheck.approve_review") and editor.pk != (
        withdrawal.requested_by_id
    ):
        raise PermissionDenied("Only an editor can cancel a withdrawal.")
    if withdrawal.publication_id is not None:
        raise ValidationError("That withdrawal is published already.")
    withdrawal.delete()


# -- ClaimReview ---------------------------------------------------------------------


def claim_review(check: PublishedCheck, *, page_url: str, publication: Publication) -> dict:
    """schema.org ClaimReview for one published check, as Google's fact-check markup asks.

    ``page_url`` is the page's absolute URL (``site_url()``, never the request's
    host); the review points at the check's anchor on it. Returns a JSON-ready dict
    with Google's required and recommended properties: ``claimReviewed``,
    ``reviewRating``, ``itemReviewed`` (a ``Claim`` with its ``author``,
    ``datePublished`` and ``appearance``), ``author``, ``url``, ``datePublished``.
    """
    first = check.articles[0] if check.articles else None
    if check.speaker:
        claim_author = {"@type": "Person", "name": check.speaker}
    else:
        outlet = first.outlet if first else ""
        claim_author = {"@type": "Organization", "name": outlet or "Unknown outlet"}
    appearance = [
        {k: v for k, v in {
            "@type": "NewsArticle",
            "url": a.url or None,
            "headline": a.title,
            "datePublished": a.published_on or None,
            "publisher": {"@type": "Organization", "name": a.outlet} if a.outlet else None,
        }.items() if v is not None}
        for a in check.articles
    ]  # fmt: skip
    item = {
        "@type": "Claim",
        "author": claim_author,
        "appearance": appearance,
    }
    if first and first.published_on:
        item["datePublished"] = first.published_on
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page_url}#claim-{check.id}",
        "claimReviewed": check.summary,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": check.rating,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": check.verdict_label,
            "ratingExplanation": check.explanation,
        },
        "author": {
            "@type": "Organization",
            "name": settings.TALLY_ORGANISATION,
            "url": site_url("/"),
        },
        "datePublished": check.date_published or publication.published_at.isoformat(),
        "dateModified": check.date_modified or publication.published_at.isoformat(),
        "itemReviewed": item,
    }


def json_ld(data) -> str:
    """JSON for a <script type="application/ld+json">: <, > and & escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
