"""Readings: every official figure a number may speak of, weighed by its cues and by the figures.

No Django import. The extractor gives each figure one reading (a claim type, a
subject, an election). Words mislead it: "Corbyn won 24,120 votes to Labour's
16,873" names Corbyn nearest the verb, and "winning 17,062 votes ahead of" reads
like a majority. So a figure the checker would call inaccurate, or cannot place,
is read again:

1. **Readings.** Each subject the sentence names (``Claimed.details["named"]``:
   candidates, parties, which stand for their candidate in the seat, and pronouns
   the extractor resolved), each candidate in the seat, and the seat's majority,
   in the claim type's family (a count of votes may be a candidate's votes or a
   majority; a share a candidate's or a party's), at the claim's election and,
   for a specific figure, the one before.
2. **Priors from cues.** A subject named just before the figure, with nothing
   between, or just after it ("16,873 for Labour's Praful Nargund"), is an
   explicit cue; a subject named further off is a weak one; a candidate the
   sentence does not name is weaker still.
3. **The official value is evidence.** A reading whose official figure matches
   the number as written is preferred, when the match means something: all the
   digits of a vote count, a share to a decimal place (a *specific* figure), or
   a reading with an explicit cue. "13,000" or "second" match too much to
   choose a reading by themselves.

The decision (``read_claim``), precision first:

- the extractor's reading matches: keep it;
- it is *confident* (its subject named just before the figure and no other
  just after it, or the only one the sentence names; for a seat's figure, the
  seat the article is about or names) and does not match:
  - someone else the sentence names before the figure, or after it and linked to
    it, has a matching figure: theirs is the reading taken ("21,986 votes against
    21,929 for Tom Elliott"; ``_theirs``);
  - the same kind of figure of someone else matches: inaccurate, saying whose it
    is ("16,873 is Praful Nargund's total; Jeremy Corbyn won 24,120.");
  - another kind of figure matches (a majority for a count of votes): that
    reading is taken, since the kind is what words mislead most;
  - nothing matches: inaccurate;
- it is not confident: a matching reading is taken; with none, not_checkable,
  "Unclear which figure this is", with the nearest readings and their values.

The source of each official value is the checker that computes it
(``checkers``); this module only chooses among them. In the spirit of
AggChecker (SIGMOD 2019), which maps a claim to a distribution over candidate
queries, and Full Fact's claim matching, which needs entities and numbers to
agree.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

from factcheck.extraction.mentions import A_DIGIT, LOSER_LEFT, second_of_a_pair
from factcheck.extraction.subjects import COMPARED_WITH, LISTED_ON
from factcheck.vocabulary import ClaimType, Qualifier, SubjectKind, Unit, Verdict

from . import rules
from .checkers import NO_FIGURE_APPLIES
from .claims import Claimed, Suggestion, not_checkable
from .context import (
    CLAUSE_BREAKS,
    EARLIER_WORDS,
    ArticleContext,
    by_name,
    candidate_at,
    claim_contest,
    figure_at,
    is_national,
    seat_placed,
)
from .figures import CITED, CandidateFig, ContestFig, OfficialFigures, record
from .frozen import fast_init, replace

__all__ = ["Reading", "Weighed", "read_claim", "read_nationally", "readings_for"]

# The kinds of figure one number may be, by the kind the extractor gave it.
FAMILIES: dict[str, tuple[str, ...]] = {
    ClaimType.CANDIDATE_VOTES: (ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY),
    ClaimType.MAJORITY: (ClaimType.MAJORITY, ClaimType.CANDIDATE_VOTES),
    ClaimType.VOTE_SHARE: (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE),
    ClaimType.VOTE_SHARE_CHANGE: (ClaimType.VOTE_SHARE_CHANGE, ClaimType.VOTE_SHARE),
    ClaimType.RANK: (ClaimType.RANK,),
    ClaimType.TURNOUT: (ClaimType.TURNOUT,),
    ClaimType.SEAT_PROJECTION: (ClaimType.SEAT_PROJECTION, ClaimType.SEAT_COUNT),
}
# Kinds of figure a party also has UK-wide (``checkers``: tallies and their changes).
UK_WIDE = frozenset(
    [
        ClaimType.CANDIDATE_VOTES,
        ClaimType.VOTE_SHARE,
        ClaimType.VOTE_SHARE_CHANGE,
        ClaimType.TURNOUT,
    ]
)
# A year just after a figure, in its clause: "by just two votes in 2017".
YEAR_AFTER = re.compile(r"^[^.;,]{0,30}?\b(?:in|at|by)\s+((?:19|20)\d\d)\b")
# "her share rose from 50.1% to 56.6%": the figure a change starts from.
FROM_BEFORE = re.compile(r"\bfrom\s+(?:just\s+|only\s+|about\s+|around\s+)?$")
# "took Inverness from the SNP's Drew Hendry, by 18,159 votes to 15,999": the one a seat
# was taken from is the one beaten.
TAKEN_FROM = re.compile(
    r"\b(?:took|taken|taking|takes|gained|gaining|seized|captured|snatched|won)\b[^.;]*"
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}$"
)
# Words that say a figure is a result, beside an exit poll's: "the Tories had 365 seats,
# three fewer than the exit poll suggested", "by the morning Labour had 411".
RESULT_WORDS = re.compile(
    r"\b(?:won|wins|took|had|has|ended|finished|secured|returned|final|results?|actual|"
    r"will have|gives?|given|"
    r"in the end|by the morning|fewer than|more than|than (?:the )?(?:exit )?poll)\b",
    re.IGNORECASE,
)
# Words that say a majority is the government's in the Commons, not a seat's.
COMMONS_WORDS = re.compile(
    r"\b(?:Commons|parliamentary|overall|government|Downing Street|landslide|prime minister|"
    r"power|seats?)\b",
    re.IGNORECASE,
)
# Words that say a turnout is the seat's: "the constituency", "here".
LOCAL_WORDS = re.compile(r"\b(?:constituency|seat|here|locally|the count|ward)\b", re.IGNORECASE)
# A reading whose official value is within this factor of the figure is a plausible one.
PLAUSIBLE_WITHIN = 3
# Kinds of figure that are a candidate's (the cues' subjects are candidates).
CANDIDATE_KINDS = frozenset(
    [ClaimType.CANDIDATE_VOTES, ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE, ClaimType.RANK]
)
# Figures of a seat, not of a person: their subject is the seat, however it is named.
SEAT_FIGURES = frozenset([ClaimType.MAJORITY, ClaimType.TURNOUT, ClaimType.TURNOUT_CHANGE])
MATCHING = frozenset([Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE])

# Between a figure and the one it is theirs, named after it: "21,929 for the Ulster Unionist
# Tom Elliott", "16,873 votes to Labour's".
LINKED_AFTER = re.compile(
    r"^[\s\u00a0]*(?:votes?[\s\u00a0]+)?(?:for|to|against|by)[\s\u00a0]+[^,;.]{0,40}$"
)
# Priors (0-1) of a reading's subject, by how the sentence names it.
NAMED_BEFORE = 1.0  # the nearest subject before the figure
NAMED_AFTER = 0.9  # just after it: "16,873 for Labour's Praful Nargund", "(12,524)"
NAMED_ELSEWHERE = 0.5  # elsewhere in the sentence
IN_THE_SEAT = 0.2  # a candidate in the seat the sentence does not name
EXPLICIT = 0.9  # at least this is an explicit cue
EARLIER_ELECTION = 0.3  # times the prior: the election before, unsaid
BEATEN_CUE = "named as the one beaten"  # the cue of someone named after "beat", "ousted"…
# Between a winner and the one they beat, named just after: " edged ", " beat Labour's ".
WINNER_BEFORE = re.compile(
    r"[ \u00a0]+(?:beat|defeated|edged(?:[ \u00a0]+out)?|unseated|ousted|toppled|pipped|"
    r"(?:swept|brushed|pushed)[ \u00a0]+aside|saw[ \u00a0]+off|held[ \u00a0]+off|"
    r"knocked[ \u00a0]+out)"
    r"[ \u00a0]+[^,;.]{0,40}$"
)
OTHER_KIND = 0.6  # times the prior: another kind of figure in the family
# "Nearest before" holds within this many characters; "just after" within these.
BEFORE_WITHIN = 60
AFTER_WITHIN = 16
NEAREST_SHOWN = 3
# What may stand between the one beaten and a figure that is theirs ("…ahead of Labour's
# Rhea Keehn, on 11,553", "beat Zac Goldsmith (41.2%)", ", with 41.2%"); "…, winning 53.1%"
# is the winner's, and so may be "with" with no comma ("held off Andrew George with 49 per
# cent").
LOSER_OWN_GAP = re.compile(
    r"^[\s,]*(?:on|\(|polling|who\s+polled)?\s*$|^\s*,\s*with\s*$|"
    r"^\s*,\s*who\s+(?:took|won|polled|got|had|secured|received)\s*$"
)


@fast_init
@dataclass(frozen=True)
class Reading:
    """One way to read a figure: which official figure, whose, at which election.

    ``prior`` (0-1) weighs the cues for it; ``cue`` says which, for editors."""

    claim_type: str
    subject: str | None
    subject_kind: str | None
    subject_key: str | None
    election: str | None
    prior: float
    cue: str
    whole_seat: bool = False  # the seat's majority, over its runner-up whoever is named
    national: bool = False  # the party's UK-wide figure, not its candidate's in a seat
    qualifier: str | None = None  # read with another qualifier (a result, not a projection)
    commons: bool = False  # a majority in the Commons, in seats, not a seat's in votes

    def applied_to(self, claim: Claimed) -> Claimed:
        """``claim`` read this way (``frame_of``: its unit, qualifier and details follow)."""
        unit, qualifier, details = frame_of(
            self.as_dict(), unit=claim.unit, qualifier=claim.qualifier, details=claim.details
        )
        return replace(
            claim,
            claim_type=self.claim_type,
            subject=self.subject,
            subject_kind=self.subject_kind,
            subject_key=self.subject_key,
            election=self.election,
            unit=unit,
            details=details,
            qualifier=qualifier,
        )

    def as_dict(self) -> dict:
        """What a stored reading keeps: whose figure, which, when, and in which frame."""
        return {
            "claim_type": self.claim_type,
            "subject": self.subject,
            "subject_kind": self.subject_kind,
            "subject_key": self.subject_key,
            "election": self.election,
            "national": self.national,
            "whole_seat": self.whole_seat,
            "commons": self.commons,
            "qualifier": self.qualifier,
        }

    @classmethod
    def from_dict(cls, stored: dict) -> Reading:
        """A reading back from ``as_dict`` (or ``Weighed.to_dict``)."""
        return cls(
            stored["claim_type"],
            stored.get("subject"),
            stored.get("subject_kind"),
            stored.get("subject_key"),
            stored.get("election"),
            stored.get("prior", 1.0),
            stored.get("cue", ""),
            whole_seat=bool(stored.get("whole_seat")),
            national=bool(stored.get("national")),
            qualifier=stored.get("qualifier"),
            commons=bool(stored.get("commons")),
        )

    def same_figure(self, other: Reading) -> bool:
        return (self.claim_type, self.subject_key, self.election) == (
            other.claim_type,
            other.subject_key,
            other.election,
        )

    def label(self) -> str:
        """ "Praful Nargund's candidate votes (ge2024)"."""
        kind = _KIND_LABELS.get(self.claim_type) or ClaimType(self.claim_type).label.lower()
        whose = f"{self.subject}'s " if self.subject else ""
        where = " UK-wide" if self.national else ""
        if self.commons:
            return f"{self.subject}'s Commons majority" + (
                f" ({self.election})" if self.election else ""
            )
        return f"{whose}{kind}{where}" + (f" ({self.election})" if self.election else "")


_CENT = Decimal("0.01")


def _shown(value: Decimal) -> str:
    """``str(value)``, rounded to two places first when it has more (for display). The
    places are read from the string (``as_tuple`` takes longer) unless it has an exponent
    or is not a number."""
    shown = str(value)
    if not value.is_finite() or "E" in shown or "e" in shown:
        more = value.as_tuple().exponent < -2
    else:
        point = shown.find(".")
        more = point >= 0 and len(shown) - point > 3
    return str(rules.round_to(value, _CENT)) if more else shown


# Each kind of figure as a reading's label says it ("candidate votes").
_KIND_LABELS = {str(kind): kind.label.lower() for kind in ClaimType}


@dataclass
class Weighed:
    """A reading with the suggestion the checker gives under it."""

    reading: Reading
    suggestion: Suggestion
    quick: bool = False  # the verdict and official value only, without the explanation

    @property
    def matches(self) -> bool:
        return self.suggestion.verdict in MATCHING

    def full(self, claim: Claimed, figures, context, check) -> Weighed:
        """This reading with the checker's whole suggestion (explanation and working)."""
        if not self.quick:
            return self
        return Weighed(self.reading, check(self.reading.applied_to(claim), figures, context))

    def to_dict(self) -> dict:
        r, s = self.reading, self.suggestion
        value = s.official_value
        if value is not None:
            value = _shown(rules.as_decimal(value))
        found = r.as_dict()  # and how it was weighed
        found["prior"] = round(r.prior, 3)
        found["cue"] = r.cue
        found["label"] = r.label()
        found["verdict"] = str(s.verdict)
        found["official_value"] = value
        return found


def frame_of(reading: dict, *, unit: str, qualifier: str, details: dict):
    """``(unit, qualifier, details)`` of a claim read as ``reading`` (a dict from
    ``Reading.as_dict``): a seat's majority over its runner-up drops who it was said to be
    over; a UK-wide reading is marked ``scope: national``, a Commons majority
    ``is_majority`` in seats; a result read beside the exit poll is no projection; a count
    of votes read as a majority (or back) changes unit. Used wherever a reading is taken:
    the checker, ``factcheck.processing`` and the desk."""
    details = dict(details or {})
    kind = reading["claim_type"]
    if reading.get("whole_seat") or kind != ClaimType.MAJORITY:
        details.pop("compared_to_key", None)
        details.pop("compared_to", None)
    if reading.get("national"):
        details["scope"] = "national"
    elif details.get("scope") == "national":
        del details["scope"]
    if reading.get("commons"):
        details["is_majority"] = True
        unit = Unit.SEATS
    if unit in UNSAID_UNITS and kind in NATURAL_UNIT:
        unit = NATURAL_UNIT[kind]  # an unclassified figure read by a match (``_by_match``)
    elif kind == ClaimType.MAJORITY and unit == Unit.VOTES:
        unit = Unit.MAJORITY
    elif kind == ClaimType.CANDIDATE_VOTES and unit == Unit.MAJORITY:
        unit = Unit.VOTES
    return unit, reading.get("qualifier") or qualifier, details


def read_claim(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext, check
) -> Suggestion:
    """The suggestion for ``claim`` once its readings are weighed (see the module docstring).

    ``check(claim, figures, context)`` is the checker for one reading
    (``checking.check_claim`` without readings). The suggestion carries
    ``readings`` (the weighed readings, best first, as dicts), ``reading`` (the
    reading taken, as a dict, when it is not the extractor's) and ``confident``.
    """
    found = _read(claim, figures, context, check)
    _winner_holds_majority(claim, found, figures, context)
    _party_means_its_candidate(claim, found, figures, context)
    return found


def _read(claim, figures, context, check) -> Suggestion:
    own = check(claim, figures, context)
    loaded = figures.elections
    compared = claim.details.get("compared_election")
    unloaded = bool(
        (claim.election and claim.election not in loaded) or (compared and compared not in loaded)
    )
    if not unloaded and _read_by_its_match(claim, own):
        return _read_by_match(claim, own, figures, context, check)
    if claim.claim_type not in FAMILIES or unloaded:
        # an election with no data loaded is said so, never read as another figure
        own.confident = own.verdict != Verdict.NOT_CHECKABLE
        return own
    election = claim.election or context.election
    primary = _own_reading(claim, context, election)
    if own.verdict in MATCHING or (
        own.verdict == Verdict.NOT_CHECKABLE and not _unplaced(own, claim)
    ):
        # confidence matters only to flag a contradiction, between exact figures
        if own.verdict in MATCHING and claim.qualifier == Qualifier.EXACT:
            # the cues only when ``_confident`` needs them; the seats they look up are
            # evidence only for a check that used no figure of its own (``check_claim``)
            cues = None if own.evidence else _subject_cues(claim, figures, context, election)
            own.confident = _confident(claim, primary, cues, figures, context, election)
        own.readings = [Weighed(primary, own).to_dict()]
        return own
    cues = _subject_cues(claim, figures, context, election)
    confident = _confident(claim, primary, cues, figures, context, election)
    weighed = _weigh_all(claim, primary, own, cues, figures, context, election, check)
    specific = _specific(claim)
    matching = [
        w
        for w in weighed[1:]
        if w.matches
        and (specific or w.reading.prior >= EXPLICIT or _beyond_any_seat(claim, w.reading))
        and not _ruled_out(claim, w.reading, figures)
    ]
    matching.sort(key=lambda w: -w.reading.prior)
    ranked = [weighed[0], *matching] + sorted(
        (w for w in weighed[1:] if w not in matching), key=lambda w: _distance(claim, w)
    )
    readings = [w.to_dict() for w in ranked]
    if confident and _frame_unclear(claim, weighed, figures, election):
        confident = False
    if own.verdict == Verdict.INACCURATE and confident:
        named = next((w for w in matching if _theirs(claim, w.reading, cues)), None)
        if named is not None and not _same_person(named.reading, primary, figures):
            # "Ms Gildernew polled 21,986 votes against 21,929 for Tom Elliott": a figure
            # that is someone's the sentence names is theirs, not a misattribution
            return _taken(named.full(claim, figures, context, check), readings)
        other = next(
            (
                w
                for w in matching
                if w.reading.claim_type == claim.claim_type
                and not w.reading.national
                and not _same_person(w.reading, primary, figures)
            ),
            None,
        )
        if other is not None and (
            _party_named_as_them(claim, other.reading)
            or _named_by_pronoun(claim)
            or _second_of_a_pair(claim)
            or (
                other.reading.election != primary.election
                and other.reading.claim_type != ClaimType.MAJORITY
                and _named_in_its_clause(claim, figures, other.reading.election)
            )
        ):
            # "Ms Green's share rose 22.4 points" read as the Green party's: the word is
            # Sarah Green's surname, and the figure is hers; "Her share of the vote fell by
            # 3.8 points" after "Jo Swinson lost to Amy Callaghan": whom a pronoun means is
            # a guess, and the figure is Jo Swinson's; and someone's figure at another
            # election the sentence may speak of is no misattribution ("Turley lost Redcar
            # … in 2019 …, polling 15,284 to his 18,811": hers then)
            return _taken(other.full(claim, figures, context, check), readings)
        if other is not None:
            own.explanation = _misattributed(claim, other, own) + " " + own.explanation
            own.readings, own.confident = readings, True
            return own
        other_kind = next((w for w in matching if w.reading.claim_type != claim.claim_type), None)
        same_person = next((w for w in matching if _same_person(w.reading, primary, figures)), None)
        uk_wide = next((w for w in matching if w.reading.national), None)
        taken = same_person or uk_wide or other_kind
        if taken is None:
            if _a_slip_of_its_own(claim, own, figures, election):
                own.explanation = _slipped(claim, own)
            own.readings, own.confident = readings, True
            return own
        return _taken(taken.full(claim, figures, context, check), readings)
    if matching:
        return _taken(matching[0].full(claim, figures, context, check), readings)
    if own.verdict == Verdict.INACCURATE and _a_slip_of_its_own(claim, own, figures, election):
        # "Conservative Gary Sambrook, who took 9,450 votes" (9,540): no reading matches,
        # and the figure is its named subject's own with two digits swapped or one changed
        own.explanation = _slipped(claim, own)
        own.readings, own.confident = readings, True
        return own
    nearest = [w for w in ranked if w.suggestion.official_value is not None][:NEAREST_SHOWN]
    listed = "; ".join(
        f"{w.reading.label()}: {rules.fmt(w.suggestion.official_value)}" for w in nearest
    )
    found = not_checkable(
        f"{NO_READING_MATCHES}, and no reading of it matches an official figure."
        + (f" Nearest readings: {listed}." if listed else "")
    )
    found.readings = readings
    return found


# -- an unclassified figure, read only by a match -------------------------------------------

# The kinds an unclassified figure (``ClaimType.OTHER``: "Majority 1,652.", "Labour's down
# 7.2", "75.5% - turnout in Harpenden and Berkhamsted") may be, by how it is written, each
# with the unit it is then in: a count of votes, a percent, points, or a bare number with a
# decimal place (points or a percent without its sign).
BY_MATCH_KINDS: dict[str, tuple[str, ...]] = {
    "count": (ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY),
    Unit.PERCENT: (ClaimType.VOTE_SHARE, ClaimType.TURNOUT),
    Unit.PERCENTAGE_POINTS: (ClaimType.VOTE_SHARE_CHANGE,),
    "decimal": (ClaimType.VOTE_SHARE_CHANGE, ClaimType.VOTE_SHARE, ClaimType.TURNOUT),
}
# The unit a figure written without one is in, read as a kind (``frame_of``).
UNSAID_UNITS = frozenset([Unit.OTHER, Unit.COUNT, None, ""])
NATURAL_UNIT = {
    ClaimType.CANDIDATE_VOTES: Unit.VOTES,
    ClaimType.MAJORITY: Unit.MAJORITY,
    ClaimType.VOTE_SHARE: Unit.PERCENT,
    ClaimType.TURNOUT: Unit.PERCENT,
    ClaimType.VOTE_SHARE_CHANGE: Unit.PERCENTAGE_POINTS,
}


def _written_as(claim: Claimed) -> str | None:
    """Which of ``BY_MATCH_KINDS`` an unclassified figure is written as, or None."""
    if claim.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
        return claim.unit
    if rules.decimals_written(claim.text):
        return "decimal" if claim.unit in UNSAID_UNITS else None
    if claim.unit in UNSAID_UNITS or claim.unit in (Unit.VOTES, Unit.MAJORITY):
        return "count"
    return None


def _specific_unclassified(claim: Claimed) -> bool:
    """Whether an unclassified figure is exact and has digits enough for a match to mean
    something by itself (``_specific``): a share, turnout or change to a decimal place, of
    at least 1, or a count of three significant digits or more, of at least 100."""
    if claim.qualifier != Qualifier.EXACT or _written_as(claim) is None:
        return False
    value = abs(rules.as_decimal(claim.value))
    if rules.decimals_written(claim.text):
        return value >= 1
    if value < 100 or _written_as(claim) != "count":
        return False
    return rules.precision_of(claim.text, value) == 1 and len(str(int(value)).rstrip("0")) >= 3


def _read_by_its_match(claim: Claimed, own: Suggestion) -> bool:
    """Whether ``claim`` is an unclassified figure its checker found no kind of official
    figure for (``own``), specific enough to be read by its match (``_read_by_match``)."""
    return (
        claim.claim_type == ClaimType.OTHER
        and own.explanation == NO_FIGURE_APPLIES
        and _specific_unclassified(claim)
    )


# The kind a word just before an unclassified figure names.
_KIND_WORDS = {
    "majority": (ClaimType.MAJORITY,),
    "turnout": (ClaimType.TURNOUT,),
    "share": (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE),
    "votes": (ClaimType.CANDIDATE_VOTES,),
}
_KIND_NAMED_BEFORE = re.compile(r"\b(majority|turnout|share|votes)\b[^.;,\d]{0,20}$", re.I)


def _by_match(claim, figures, context, check) -> list[Weighed]:
    """Every reading of an unclassified figure (``BY_MATCH_KINDS``), each weighed: its
    sentence's candidates' figures and its seat's (its subjects' cues, ``_subject_cues``),
    the UK-wide shares of the parties it names,
    and the UK's turnout, at the article's election and, when the words point back, the
    one before (``_elections_meant``)."""
    election = claim.election or context.election
    kinds = BY_MATCH_KINDS.get(_written_as(claim) or "", ())
    at = figure_at(claim)
    named = _KIND_NAMED_BEFORE.search(claim.sentence[max(0, at - 30) : max(at, 0)])
    if named:  # "Majority 10,819.": a majority or nothing, whoever's votes it equals
        kinds = tuple(k for k in kinds if k in _KIND_WORDS[named.group(1).lower()])
    if not kinds or election not in figures.elections:
        return []
    cues = _subject_cues(claim, figures, context, election)
    contest = _sentence_contest(claim, figures, context, election)
    seat_claim = _seat_claim(claim, contest)
    # the seat at each election meant, looked up once for every kind
    seats = {
        at: claim_contest(seat_claim, figures, context, at)
        for at in _elections_meant(claim, figures, election, specific=True)
    }
    out: list[Reading] = []
    for kind in kinds:
        for at, then in seats.items():
            era = 1.0 if at == election else EARLIER_ELECTION
            if kind in (ClaimType.MAJORITY, ClaimType.TURNOUT):
                if then is not None and then.candidates:
                    winner = then.candidates[0]
                    whose = (
                        (winner.full_name, SubjectKind.CANDIDATE, winner.key)
                        if kind == ClaimType.MAJORITY
                        else (then.name, SubjectKind.CONSTITUENCY, then.slug)
                    )
                    out.append(Reading(kind, *whose, at, era * NAMED_ELSEWHERE,
                                       f"the {kind.label.lower()} in {then.name}",
                                       whole_seat=kind == ClaimType.MAJORITY))  # fmt: skip
                if kind == ClaimType.TURNOUT and at == election:
                    uk = NAMED_ELSEWHERE if context.contest is None else IN_THE_SEAT
                    out.append(Reading(kind, None, None, None, at, uk, "the UK's turnout",
                                       national=True))  # fmt: skip
                continue
            for cue in cues.values():
                candidate = cue.candidate
                if at != election:
                    candidate = figures.person_in(candidate.full_name, at)
                    if candidate is None:
                        continue
                out.append(Reading(kind, candidate.full_name, SubjectKind.CANDIDATE,
                                   candidate.key, at, era * cue.prior, cue.cue))  # fmt: skip
        if kind in (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE):
            for name, key in _parties_named(claim, figures, election):
                out.append(Reading(kind, name, SubjectKind.PARTY, key, election,
                                   NAMED_ELSEWHERE, "the party's UK-wide figure",
                                   national=True))  # fmt: skip
    seen: set[tuple] = set()
    weighed = []
    for reading in sorted(out, key=lambda r: -r.prior):
        key = (reading.claim_type, reading.subject_key, reading.election, reading.national)
        if key not in seen:
            seen.add(key)
            weighed.append(_weigh(reading, claim, figures, context, check))
    return weighed


def _read_by_match(claim, own: Suggestion, figures, context, check) -> Suggestion:
    """An unclassified figure read as the one official figure it matches, when exactly one
    reading (``_by_match``) does: "Majority 1,652." in a report on Keighley and Ilkley is
    its majority. Never inaccurate: a figure no reading matches, or several do, keeps the
    checker's not_checkable, with its readings for editors to step through."""
    weighed = _by_match(claim, figures, context, check)
    readings = [Weighed(_own_reading(claim, context, context.election), own).to_dict()] + [
        w.to_dict() for w in weighed
    ]
    matching = [w for w in weighed if w.matches]
    if len(matching) == 1 and (
        matching[0].reading.prior >= NAMED_ELSEWHERE or _written_as(claim) == "count"
    ):
        # a share or change of a candidate the words do not name, or a party's UK-wide
        # one, matching by itself may be a coincidence, one in a few dozen at a decimal
        # place ("39.2% — Kingston upon Hull East", meant as its turnout, is Karl Turner's
        # share): listed, not taken; a count of three significant digits or more is not
        w = matching[0]
        found = _taken(w.full(claim, figures, context, check), readings)
        found.explanation = found.explanation.replace(
            f"({w.reading.cue}).", f"({w.reading.cue}: the one official figure it matches).", 1
        )
        found.confident = False  # the words did not say: no contradiction is flagged from it
        return found
    own.readings = readings
    return own


# How a suggestion says that no reading placed a figure (``checking.check_claim`` reads it).
NO_READING_MATCHES = (
    "Unclear which figure this is: the words do not say for sure whose figure it is"
)


# Counts a slip of the digits is read in: a candidate's votes, a seat's majority.
SLIP_KINDS = frozenset([ClaimType.CANDIDATE_VOTES, ClaimType.MAJORITY])


def _a_slip_of_its_own(claim: Claimed, own: Suggestion, figures, election) -> bool:
    """Whether ``claim``, an exact count of three digits or more whose subject is named just
    before it (within ``BEFORE_WITHIN`` characters, no one else named between), is
    ``own``'s official figure (its own reading's) with two neighbouring digits swapped or
    one digit changed (9,450 for 9,540, 16,961 for 15,961), and no candidate's votes or
    seat's majority at that election, the one before it or its notional baseline
    (``OfficialFigures.counts_at``): a typing slip, not someone else's figure."""
    if claim.claim_type not in SLIP_KINDS or claim.qualifier != Qualifier.EXACT:
        return False
    if own.official_value is None or not claim.subject_key:
        return False
    at = figure_at(claim)
    named = [row for row in claim.details.get("named") or () if row[1] <= at]
    if at < 0 or not named or named[-1][3] != claim.subject_key:
        return False
    if at - named[-1][1] > BEFORE_WITHIN:
        return False
    value = int(claim.value)
    now = figures.elections.get(election or "")
    previous = now.previous if now is not None else None
    if value in figures.counts_at(election) or (previous and value in figures.counts_at(previous)):
        return False
    mine = "".join(ch for ch in claim.text if ch.isdigit())
    theirs = str(int(own.official_value)) if own.official_value == int(own.official_value) else ""
    if len(mine) < 3 or len(mine) != len(theirs) or mine == theirs:
        return False
    apart = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    if len(apart) == 1:
        return True
    i, j = apart[0], apart[-1]
    return len(apart) == 2 and j == i + 1 and mine[i] == theirs[j] and mine[j] == theirs[i]


def readings_for(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext, check
) -> list[Weighed]:
    """Every reading of ``claim``, the extractor's first, each with its suggestion: what an
    editor steps through on the desk. Empty for a kind of figure with no alternatives."""
    if claim.claim_type == ClaimType.OTHER and _specific_unclassified(claim):
        own = check(claim, figures, context)
        if _read_by_its_match(claim, own):
            weighed = _by_match(claim, figures, context, check)
            return [Weighed(_own_reading(claim, context, context.election), own), *weighed]
    if claim.claim_type not in FAMILIES:
        return []
    election = claim.election or context.election
    primary = _own_reading(claim, context, election)
    cues = _subject_cues(claim, figures, context, election)
    own = check(claim, figures, context)
    return _weigh_all(claim, primary, own, cues, figures, context, election, check)


def _weigh_all(claim, primary, own, cues, figures, context, election, check) -> list[Weighed]:
    """The claim's own reading (``own``, its suggestion) first, then every alternative."""
    return [Weighed(primary, own)] + [
        _weigh(r, claim, figures, context, check)
        for r in _alternatives(claim, primary, cues, figures, context, election)
    ]


def _winner_holds_majority(claim, found: Suggestion, figures, context) -> None:
    """A seat's majority is its winner's: when the figure matched the majority of a seat
    under a reading that names someone else (the runner-up, "beat her Labour opponent by"),
    the reading taken names the winner."""
    if found.verdict not in MATCHING:
        return
    if (found.reading or {}).get("claim_type", claim.claim_type) != ClaimType.MAJORITY:
        return
    reading = found.reading or {
        "claim_type": claim.claim_type,
        "subject": claim.subject,
        "subject_kind": claim.subject_kind,
        "subject_key": claim.subject_key,
        "election": claim.election or context.election,
    }
    if reading["claim_type"] != ClaimType.MAJORITY or found.verdict not in MATCHING:
        return
    if claim.details.get("relation") or found.official_value is None:
        return
    read = replace(
        claim,
        subject=reading["subject"],
        subject_kind=reading["subject_kind"],
        subject_key=reading["subject_key"],
    )
    contest = claim_contest(read, figures, context, reading["election"])
    if contest is None or not contest.candidates or contest.majority != found.official_value:
        return
    winner = contest.candidates[0]
    if reading["subject_key"] == winner.key:
        return
    found.reading = {
        **reading,
        "whole_seat": True,
        "subject": winner.full_name,
        "subject_kind": SubjectKind.CANDIDATE,
        "subject_key": winner.key,
        "label": f"{winner.full_name}'s majority",
    }


# A party's figure in a seat that is its candidate's: "Reform UK polled 9,958" is Toby
# Mckenzie's 9,958 votes there.
CANDIDATES_FIGURES = frozenset([ClaimType.CANDIDATE_VOTES, ClaimType.RANK])


def _party_means_its_candidate(claim, found: Suggestion, figures, context) -> None:
    """Name the candidate when a party's votes or place in a seat were checked as theirs."""
    if found.reading is not None or claim.subject_kind != SubjectKind.PARTY:
        return
    if claim.claim_type not in CANDIDATES_FIGURES or found.verdict == Verdict.NOT_CHECKABLE:
        return
    if read_nationally(claim, context):
        return
    election = claim.election or context.election
    contest = _sentence_contest(claim, figures, context, election)
    candidate = contest.candidate_for_party(claim.subject_key or "") if contest else None
    if candidate is None:
        return
    found.reading = {
        "claim_type": claim.claim_type,
        "subject": f"{candidate.full_name} ({_party_as_written(claim) or candidate.party_name})",
        "subject_kind": SubjectKind.CANDIDATE,
        "subject_key": candidate.key,
        "election": election,
        "label": f"{candidate.full_name}'s {ClaimType(claim.claim_type).label.lower()}",
    }


def _party_as_written(claim: Claimed) -> str | None:
    """The claim's party as its sentence writes it ("The Conservatives", "Reform"), without
    an article or a possessive; None when the sentence does not name it."""
    for start, end, kind, key, _name in claim.details.get("named") or ():
        if kind == SubjectKind.PARTY and key == claim.subject_key:
            written = claim.sentence[start:end]
            for tail in ("'s", "\u2019s"):
                written = written.removesuffix(tail)
            return written.removeprefix("the ").removeprefix("The ").strip() or None
    return None


def _frame_unclear(claim: Claimed, weighed: list[Weighed], figures, election) -> bool:
    """Whether a figure in a sentence that names a party (``_parties_as_such``) but no seat
    may as well be the party's UK-wide one: that reading's official value is of the same
    size as the figure."""
    named = claim.details.get("named") or ()
    if any(kind == SubjectKind.CONSTITUENCY for _s, _e, kind, _k, _n in named):
        return False
    if claim.subject_kind != SubjectKind.PARTY and not _parties_as_such(claim, figures, election):
        return False
    value = abs(rules.as_decimal(claim.value))
    for w in weighed[1:]:
        official = w.suggestion.official_value
        if w.reading.national and official is not None and value:
            ratio = abs(rules.as_decimal(official)) / value
            if 1 / Decimal(PLAUSIBLE_WITHIN) <= ratio <= PLAUSIBLE_WITHIN:
                return True
    return False


def _weigh(reading: Reading, claim: Claimed, figures, context, check) -> Weighed:
    """A reading's verdict and official value. A candidate's votes or share, or a seat's
    majority, at the article's election, is looked up and compared with ``rules.compare``
    directly, without the explanation (and without the checkers' frame rules: polls,
    shares of seats, areas, which only apply to the claim's own reading); a reading taken
    is checked in full (``Weighed.full``). Any other reading goes through its checker."""
    value, percent = None, False
    candidate = figures.candidates.get(reading.subject_key or "")
    plain = (
        candidate is not None
        and not reading.national
        and reading.election == context.election
        and reading.subject_kind == SubjectKind.CANDIDATE
        and not claim.details.get("relation")
    )
    if plain and reading.claim_type == ClaimType.CANDIDATE_VOTES:
        value = candidate.votes
    elif plain and reading.claim_type == ClaimType.MAJORITY and reading.whole_seat:
        value = candidate.contest.majority
    elif plain and reading.claim_type == ClaimType.VOTE_SHARE:
        value, percent = candidate.share_exact, True
    elif (
        candidate is not None
        and reading.claim_type == ClaimType.CANDIDATE_VOTES
        and reading.subject_kind == SubjectKind.CANDIDATE
        and not reading.national
        and reading.election == candidate.contest.election
        and reading.election in figures.elections
    ):
        # a candidacy's votes at another election, or for a difference: what its checker
        # (``checkers.check_candidate_votes``) compares, citing the same seat
        value = candidate.votes
        record((candidate.contest.election, candidate.contest.contest_id), CITED)
    if value is None:
        return Weighed(reading, check(reading.applied_to(claim), figures, context))
    result = rules.compare(
        written=claim.text,
        value=claim.value,
        official=value,
        qualifier=claim.qualifier,
        is_percent=percent,
    )
    return Weighed(
        reading,
        Suggestion(verdict=result.verdict, explanation="", official_value=Decimal(value)),
        quick=True,
    )


def _slipped(claim: Claimed, own: Suggestion) -> str:
    """``own``'s explanation, opening on the slip of its digits (``_a_slip_of_its_own``)."""
    return (
        f"{rules.fmt(own.official_value)} with a digit slipped: no other official figure is "
        f"{claim.text}. " + own.explanation
    )


def _taken(taken: Weighed, readings: list[dict]) -> Suggestion:
    found = dataclasses.replace(taken.suggestion)
    found.explanation = f"Read as {taken.reading.label()} ({taken.reading.cue}). " + (
        found.explanation
    )
    found.reading = taken.to_dict()
    found.readings = readings
    found.confident = taken.reading.prior >= EXPLICIT
    return found


def _own_reading(claim: Claimed, context: ArticleContext, election: str | None) -> Reading:
    return Reading(
        claim.claim_type,
        claim.subject,
        claim.subject_kind,
        claim.subject_key,
        election,
        1.0,
        "as extracted",
        national=read_nationally(claim, context),
    )


def read_nationally(claim: Claimed, context: ArticleContext) -> bool:
    """Whether a party's figure is read as its UK-wide one: the sentence says so, a UK-wide
    reading was taken (``scope``), it is a seat count, or it is a share and the article
    names no seat. (The checkers also read a nation's or region's figure, and a leader's
    party's; this decides only which reading is the claim's own.)"""
    if claim.subject_kind != SubjectKind.PARTY:
        return False
    if claim.details.get("scope") == "national" or is_national(claim, context):
        return True
    if claim.claim_type in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        return True  # a party's seats are counted across the country
    shares = (ClaimType.VOTE_SHARE, ClaimType.VOTE_SHARE_CHANGE)
    return claim.claim_type in shares and context.contest is None


def _unplaced(suggestion: Suggestion, claim: Claimed) -> bool:
    """Whether a not_checkable says no subject was found (so another reading may place it)."""
    return not claim.subject_key or suggestion.explanation.startswith("Cannot tell whose")


# More votes than any seat's electorate holds: a party's count this large is UK-wide (or a
# nation's), whatever the words say ("Labour won 9.7m votes").
MOST_IN_A_SEAT = 200_000


def _beyond_any_seat(claim: Claimed, reading: Reading) -> bool:
    """Whether ``reading`` is a party's votes UK-wide and the claim's votes are more than
    any seat's (``MOST_IN_A_SEAT``): a rounded count ("9.7m") then means it by itself."""
    return (
        reading.national
        and reading.claim_type == ClaimType.CANDIDATE_VOTES
        and reading.subject_kind == SubjectKind.PARTY
        and abs(rules.as_decimal(claim.value)) > MOST_IN_A_SEAT
    )


def _specific(claim: Claimed) -> bool:
    """Whether a match means something by itself: an exact figure with all its digits (a
    vote count of three significant digits or more, a share to a decimal place)."""
    if claim.qualifier != Qualifier.EXACT:
        return False
    value = rules.as_decimal(claim.value)
    if claim.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
        return rules.decimals_written(claim.text) >= 1 and value >= 1
    if claim.claim_type == ClaimType.RANK or value < 100:
        return False
    return rules.precision_of(claim.text, value) == 1 and len(str(int(value)).rstrip("0")) >= 3


def _distance(claim: Claimed, w: Weighed) -> Decimal:
    value = w.suggestion.official_value
    if value is None:
        return Decimal("Infinity")
    return abs(rules.as_decimal(value) - rules.as_decimal(claim.value))


# -- cues ----------------------------------------------------------------------------------


@fast_init
@dataclass(frozen=True)
class _Cue:
    prior: float
    cue: str
    candidate: CandidateFig


def _sentence_contest(claim, figures, context, election) -> ContestFig | None:
    """The seat the sentence names at ``election``; else the claim's own candidate's; else
    the article's seat if a candidate the sentence names stood there, else the seat of the
    first one it names ("Mr Jones, the Conservative candidate" beside Labour's Ruth Jones);
    else the claim's own seat."""
    named = claim.details.get("named") or ()
    placed = seat_placed(claim)
    if placed is not None:
        contest = figures.contest(election, placed)
        if contest is not None:
            return contest
    for _start, _end, kind, key, _name in named:
        if kind == SubjectKind.CONSTITUENCY:
            contest = figures.contest(election, key)
            if contest is not None:
                return contest
    own = claim_contest(claim, figures, context, election)
    if claim.subject_kind == SubjectKind.CANDIDATE and own is not None:
        return own
    seats = []
    for _start, _end, kind, key, _name in named:
        candidate = figures.candidates.get(key) if kind == SubjectKind.CANDIDATE else None
        if candidate is not None and own is not None and _stood_in(candidate, own):
            # two people share the name (two Daniel Colemans stood in 2024): the one in the
            # seat the claim is about, whichever of them the name was first matched to
            seats.append(own)
            continue
        if candidate is not None and election and candidate.contest.election != election:
            candidate = figures.person_in(candidate.full_name, election)
        if candidate is not None:
            seats.append(candidate.contest)
    if not seats or any(seat is own for seat in seats):
        return own
    return seats[0]


def _stood_in(candidate: CandidateFig, contest: ContestFig) -> bool:
    """Whether someone of ``candidate``'s full name stood in ``contest``."""
    return candidate.contest is contest or any(
        c.full_name == candidate.full_name for c in contest.candidates
    )


def _referent(kind, key, name, figures, contest, election) -> CandidateFig | None:
    """The candidate a mention stands for at ``election``: a party, its candidate in
    ``contest``; a person, their candidacy then, in ``contest`` when they stood there (two
    people may share a name: the one in the seat the sentence is about)."""
    if kind == SubjectKind.PARTY:
        return contest.candidate_for_party(key) if contest is not None else None
    if kind != SubjectKind.CANDIDATE:
        return None
    found = figures.candidates.get(key)
    if found is None:
        return None
    if contest is not None:
        here = next((c for c in contest.candidates if c.full_name == found.full_name), None)
        if here is not None:
            return here
    if election and found.contest.election != election:
        return figures.person_in(found.full_name, election)
    return found


def _subject_cues(claim, figures, context, election, *, seat: bool = True) -> dict[str, _Cue]:
    """Each candidate a reading may be about, by candidacy key, with its prior and cue;
    without ``seat``, only those the sentence names (not every candidate in its seat)."""
    contest = _sentence_contest(claim, figures, context, election)
    at = figure_at(claim)
    end = at + len(claim.text)
    sentence = claim.sentence
    rows = []
    for start, stop, kind, key, name in claim.details.get("named") or ():
        candidate = _referent(kind, key, name, figures, contest, election)
        if candidate is not None:
            rows.append((start, stop, candidate))
    cues: dict[str, _Cue] = {}

    def offer(candidate: CandidateFig, prior: float, cue: str) -> None:
        held = cues.get(candidate.key)
        if held is None or held.prior < prior:
            cues[candidate.key] = _Cue(prior, cue, candidate)

    before = [r for r in rows if r[1] <= at]
    if before:
        start, stop, candidate = before[-1]
        gap = sentence[stop:at]
        near = len(gap) <= BEFORE_WITHIN and ";" not in gap
        # "Sarah Olney beat Zac Goldsmith by 7,766 votes, taking 53.1%": the one beaten is
        # no subject of the figures after, unless it is the margin they lost by
        loser = (
            claim.claim_type != ClaimType.MAJORITY
            and not LOSER_OWN_GAP.match(gap)  # "ahead of Labour's Rhea Keehn, on 11,553" is hers
            and bool(
                LOSER_LEFT.search(sentence[max(0, start - 45) : start])
                or TAKEN_FROM.search(sentence[:start])
            )
        )
        offer(
            candidate,
            NAMED_BEFORE if near and not loser else NAMED_ELSEWHERE,
            "named just before it" if not loser else BEATEN_CUE,
        )
        winner = next((r for r in reversed(before) if r[2].key != candidate.key), None)
        first_of_loser = min(r[0] for r in before if r[2].key == candidate.key)
        if (
            loser
            and near
            and winner is not None
            and WINNER_BEFORE.match(sentence, winner[1], first_of_loser)
        ):
            # "Llinos Medi edged Virginia Crosbie in Ynys Môn with 10,950 votes": the one
            # who beat them ("Labour's Ruth Smeeth" too), named just before, has the votes
            offer(winner[2], NAMED_BEFORE, "named just before the one beaten")
    after = [r for r in rows if r[0] >= end]
    if after:
        start, stop, candidate = after[0]
        gap = sentence[end:start]
        if len(gap) <= AFTER_WITHIN and not any(ch in gap for ch in ",;."):
            offer(candidate, NAMED_AFTER, "named just after it")
    for _start, _stop, candidate in rows:
        offer(candidate, NAMED_ELSEWHERE, "named in its sentence")
    if contest is not None and seat:
        in_the_seat = f"a candidate in {contest.name}"
        for candidate in contest.candidates:
            offer(candidate, IN_THE_SEAT, in_the_seat)
    return cues


def _confident(claim, primary, cues, figures, context, election) -> bool:
    """Whether the extractor's reading rests on explicit cues (see the module docstring).
    ``cues`` are ``_subject_cues``'s, or None to work them out only if they are needed."""
    at = figure_at(claim)
    later = YEAR_AFTER.match(claim.sentence[at + len(claim.text) :]) if at >= 0 else None
    if (
        later
        and election in figures.elections
        and int(later.group(1)) != figures.elections[election].date.year
    ):
        return False  # "held it by just two votes in 2017": another election's figure
    if not claim.details.get("named") and _GOVERNMENT.search(claim.sentence):
        # a party carried from the sentences before into one that speaks of a government
        # ("the Tories were happy … But a government elected by a third of those who
        # voted": Labour's): whose, the words do not say for sure
        return False
    if primary.national:
        named = {k for _s, _e, kind, k, _n in claim.details.get("named") or () if kind == "party"}
        return claim.subject_key in named or not named
    if (
        claim.claim_type == ClaimType.MAJORITY
        and rules.as_decimal(claim.value) < 650
        and COMMONS_WORDS.search(claim.sentence)
    ):
        return False  # "a majority of 174 … in Downing Street" may be the Commons'
    if claim.claim_type in SEAT_FIGURES:
        contest = claim_contest(claim, figures, context, election)
        if contest is None:
            return False
        if (
            claim.subject_kind == SubjectKind.CANDIDATE
            and claim.subject_key in figures.candidates
            and candidate_at(claim, figures, election) is None
            and not any(
                c.surname == figures.candidates[claim.subject_key].surname
                for c in contest.candidates
            )
        ):
            return False  # someone who did not stand then: their old seat is a guess
        if _someone_of_another_seat(claim, contest, figures):
            return False
        only_seat = (
            context.contest is not None
            and context.seats_named == {context.contest.key}
            and not is_national(claim, context)
            and not claim.details.get("area_before")
        )  # a report on one seat, which it names (not under a nation's or region's heading)
        if claim.claim_type == ClaimType.TURNOUT and not (
            only_seat
            or LOCAL_WORDS.search(claim.sentence)
            or any(
                k == SubjectKind.CONSTITUENCY
                for _s, _e, k, _y, _n in claim.details.get("named") or ()
            )
        ):
            return False  # a turnout the sentence does not place may be the country's
        named = _seats_not_compared(claim)
        if not named and claim.subject_kind == SubjectKind.CANDIDATE:
            people = {
                key
                for _s, _e, kind, key, _n in claim.details.get("named") or ()
                if kind == SubjectKind.CANDIDATE
            }
            if people == {claim.subject_key}:
                return True  # "George Eustice increased his majority to 8,070": his seat's
        here = context.contest.slug if context.contest is not None else None
        if (not named and contest.slug == here) or named == {contest.slug}:
            return True
        if claim.claim_type == ClaimType.TURNOUT:
            # "… and lowest in Blackley and Broughton, where only 58.6% voted"
            return bool(named) and _placed(claim, contest, figures)
        return claim.claim_type == ClaimType.MAJORITY and _placed(claim, contest, figures)
    if claim.subject_key and not claim.details.get("named"):
        return True  # carried from the sentences before, and the sentence names no other
    own = _own_candidate(claim, figures, context, election)
    if own is None:
        return False
    if _stood_elsewhere_then(claim, own, context, election):
        return False
    if cues is None:
        # a candidate the sentence does not name (``IN_THE_SEAT``) decides nothing here:
        # as the claim's own it is no explicit cue, as another no close one
        cues = _subject_cues(claim, figures, context, election, seat=False)
    cue = cues.get(own.key)
    if cue is None or (cue.cue == BEATEN_CUE and not _second_of_a_pair(claim)):
        return False  # "The former teacher swept aside Labour's Ruth Smeeth with 20,974
        # votes": the one beaten, named as such, is no sure subject of the figure after
    named = {c.candidate.key for c in cues.values() if c.prior >= NAMED_ELSEWHERE}
    if named == {own.key}:
        return True
    with_their_own = (
        set() if _TIMES_SET_APART.search(claim.sentence) else _named_after_with_their_own(claim)
    )  # (not "Giles Watling had won 72 per cent and Nigel Farage took 46 per cent this
    # time": with two times set against each other, the figure may be another's then)
    others_close = any(
        c.prior >= NAMED_AFTER
        for k, c in cues.items()
        if k != own.key and c.prior < NAMED_BEFORE and k not in with_their_own
    )
    return cue.prior >= NAMED_BEFORE and not others_close


# Words that set one time against another in a sentence: "had won …", "once", "this time".
_TIMES_SET_APART = re.compile(
    r"\b(?:had|once|previously|formerly|earlier|used[ \u00a0]+to|last[ \u00a0]+time|"
    r"this[ \u00a0]+(?:time|year)|on[ \u00a0]+Thursday|under[ \u00a0]+[A-Z]\w+|"
    r"as[ \u00a0]+(?:his|her|their)[ \u00a0]+successor|"
    r"as[ \u00a0]+(?:Labour|party|Tory|Conservative)[ \u00a0]+leader)\b",
)
# Between a figure and the next person named with a figure of their own: "1,388 votes and
# Liberal Democrat Nicholas Coombes won 1,162", "…; Labour's Sam Jones had 9,870".
_ANOTHER_CLAUSE = re.compile(r"\band\b|\bwhile\b|\bwhereas\b|[,;]")


def _named_after_with_their_own(claim: Claimed) -> set[str]:
    """The keys of the candidates the sentence names after the figure, past "and" or a comma,
    with a figure of their own after their name ("Reform UK's Robert Clarke took 1,388 votes
    and Liberal Democrat Nicholas Coombes won 1,162": Coombes is no rival for 1,388)."""
    at = figure_at(claim)
    if at < 0:
        return set()
    sentence, end = claim.sentence, at + len(claim.text)
    out = set()
    for start, stop, kind, key, _n in claim.details.get("named") or ():
        if (
            kind == SubjectKind.CANDIDATE
            and start >= end
            and _ANOTHER_CLAUSE.search(sentence, end, start)
            and A_DIGIT.search(sentence[stop : stop + 40])
        ):
            out.add(key)
    return out


def _someone_of_another_seat(claim: Claimed, contest: ContestFig, figures) -> bool:
    """Whether a seat's figure whose subject the sentence does not name (carried from the
    sentences before) stands in a sentence naming a candidate of another seat ("The former
    teacher swept aside Labour's Ruth Smeeth …, a majority of 6,286", after a paragraph on
    Wrexham): the seat is that one's as likely as the one carried."""
    named = claim.details.get("named") or ()
    if claim.subject_kind != SubjectKind.CANDIDATE or any(
        r[2] == SubjectKind.CONSTITUENCY for r in named
    ):
        return False  # a seat the sentence names places it
    rows = [r for r in named if r[2] == SubjectKind.CANDIDATE]
    if not rows or any(
        key == claim.subject_key or name == claim.subject for _s, _e, _k, key, name in rows
    ):
        return False
    for _s, _e, _k, key, _n in rows:
        theirs = figures.candidates.get(key)
        if (
            theirs is not None
            and theirs.contest.election == contest.election
            and theirs.contest.slug != contest.slug
        ):
            return True
    return False


def _seats_not_compared(claim: Claimed) -> set[str]:
    """The seats the claim's sentence names, but those it is compared with ("Turnout was
    25.2%, behind Fermanagh and South Tyrone and West Tyrone")."""
    out, compared_end = set(), -1
    sentence = claim.sentence
    for start, end, kind, key, _n in claim.details.get("named") or ():
        if kind != SubjectKind.CONSTITUENCY:
            continue
        if COMPARED_WITH.search(sentence, max(0, start - 14), start) or (
            compared_end >= 0 and LISTED_ON.fullmatch(sentence, compared_end, start)
        ):
            compared_end = end
            continue
        out.add(key)
    return out


# A government spoken of: whose, a party carried from the sentence before may not say.
_GOVERNMENT = re.compile(
    r"\b(?:government|coalition|administration|(?:governing|ruling)[ \u00a0]+party)\b",
    re.IGNORECASE,
)
# A majority spoken of as gone or as it was: "had been 502", "vanished", "overturned".
_HAD_BEEN = re.compile(
    r"\b(?:had\s+been|vanish\w*|wiped\s+out|overturn\w*|disappear\w*|defend\w*|"
    r"previous|former|notional)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]|\s[-\u2013\u2014]\s|\s+(?:and|while|but)\s")


def _placed(claim: Claimed, contest: ContestFig, figures) -> bool:
    """Whether a majority's (or a turnout's) words place it in ``contest`` though the
    sentence names other seats or people: the seat named last before it is that one, with
    no one of another seat named between ("Sarah Olney held Richmond Park by 7,766, and
    Daisy Cooper won St Albans by 6,923"; "highest in Cheadle, at 75.0%, …, and lowest in
    Blackley and Broughton, where only 58.6% voted"); or the sentence names no seat, and
    everyone it names stood there ("Alyn Smith ousted the Conservative Stephen Kerr with a
    majority of 9,524")."""
    at = figure_at(claim)
    if at < 0 or _HAD_BEEN.search(claim.sentence):
        return False  # "its majority of 6,059 in Sedgefield also vanished": an earlier one
    rows = claim.details.get("named") or ()
    seats = [r for r in rows if r[2] == SubjectKind.CONSTITUENCY]
    people = [r for r in rows if r[2] == SubjectKind.CANDIDATE]
    end = at + len(claim.text)
    clause_end = _CLAUSE_END.search(claim.sentence, end)
    stop = clause_end.start() if clause_end else len(claim.sentence)
    if any(end <= r[0] < stop for r in seats):
        return False  # "the Tory majority was 4,513 in neighbouring Sedgefield"

    def stood_there(key: str) -> bool:
        candidate = figures.candidates.get(key)
        return candidate is not None and candidate.contest.key == contest.key

    if not seats:
        return bool(people) and all(stood_there(r[3]) for r in people)
    before = [r for r in seats if r[1] <= at]
    if not before or before[-1][3] != contest.slug:
        return False
    between = [r for r in people if before[-1][1] <= r[0] < at]
    return all(stood_there(r[3]) for r in between)


def _stood_elsewhere_then(claim: Claimed, own: CandidateFig, context, election) -> bool:
    """Whether a person's figure at an election before the article's is read in a seat the
    article is not about and the sentence does not name ("Peter Maughan 572, down from the
    1,696 his party won in 2019": he stood in Blaydon in 2019, and 1,696 is his party's
    in Hartlepool): which seat's figure it is, is a guess."""
    if claim.subject_kind != SubjectKind.CANDIDATE or election == context.election:
        return False
    here = context.contest
    if here is None or own.contest.slug in (here.slug, here.predecessor_slug):
        return False
    named = {r[3] for r in claim.details.get("named") or () if r[2] == SubjectKind.CONSTITUENCY}
    return own.contest.slug not in named


def _own_candidate(claim, figures, context, election) -> CandidateFig | None:
    if claim.subject_kind == SubjectKind.CANDIDATE:
        return candidate_at(claim, figures, election)
    if claim.subject_kind == SubjectKind.PARTY:
        contest = _sentence_contest(claim, figures, context, election)
        return contest.candidate_for_party(claim.subject_key or "") if contest else None
    return None


# The word "majority" just before a figure, which rules out taking it as votes.
_SAID_A_MAJORITY = re.compile(r"\bmajorit(?:y|ies)\b[^,;:()\d]{0,25}$", re.IGNORECASE)


# Between a party or person and the figure that is theirs in a list: "Conservative 12.3%",
# "Lib Dem: 9.7%", "Reform UK on 7.0%".
_LISTED_GAP = re.compile(r"[ \u00a0]*(?::|on|-|\u2013)?[ \u00a0]*")


def _ruled_out(claim: Claimed, reading: Reading, figures: OfficialFigures) -> bool:
    """Whether the words rule a reading out, though it is listed for the editor: a figure
    said to be a majority just before it is no count of votes ("held Islington North with
    a majority of 24,120", his vote total); a figure written just after its party or person
    ("Conservative 12.3%, Lib Dem 9.7%, Reform UK 7.0%") is no other kind of figure of
    someone else (Reform UK's rise of 12.3 points)."""
    at = figure_at(claim)
    if claim.claim_type == ClaimType.MAJORITY and reading.claim_type == ClaimType.CANDIDATE_VOTES:
        return at > 0 and _SAID_A_MAJORITY.search(claim.sentence, max(0, at - 30), at) is not None
    if reading.claim_type in (claim.claim_type, ClaimType.MAJORITY):
        return False  # a seat's majority is its winner's, whoever is named before it
    if not claim.subject_key or at <= 0:
        return False
    if _party_of(reading.subject_key, figures) == _party_of(claim.subject_key, figures):
        return False
    sentence = claim.sentence
    return any(
        key == claim.subject_key and _LISTED_GAP.fullmatch(sentence, end, at)
        for _start, end, _kind, key, _name in claim.details.get("named") or ()
        if end <= at
    )


def _party_of(key: str | None, figures: OfficialFigures) -> str | None:
    """The party a subject key stands for: a party's own key, or a candidate's party."""
    candidate = figures.candidates.get(key or "")
    return candidate.party if candidate is not None else key


def _alternatives(claim, primary, cues, figures, context, election) -> list[Reading]:
    """Every other reading of ``claim`` in its type's family, best cue first."""
    specific = _specific(claim)
    elections = _elections_meant(claim, figures, election, specific=specific)
    partys_then = {
        at: _partys_candidate_then(claim, figures, context, at)
        for at in elections
        if at != election
    }
    out: list[Reading] = []
    for kind in FAMILIES[claim.claim_type]:
        kind_prior = 1.0 if kind == claim.claim_type else OTHER_KIND
        for at in elections:
            era = 1.0 if at == election else EARLIER_ELECTION
            if kind == ClaimType.MAJORITY:
                contest = _sentence_contest(claim, figures, context, election)
                then = claim_contest(_seat_claim(claim, contest), figures, context, at)
                if then is None or not then.candidates:
                    continue
                winner = then.candidates[0]
                out.append(
                    Reading(
                        kind,
                        winner.full_name,
                        SubjectKind.CANDIDATE,
                        winner.key,
                        at,
                        kind_prior * era * EXPLICIT,
                        f"the majority in {then.name}",
                        whole_seat=True,
                    )
                )
                continue
            if kind == ClaimType.TURNOUT and at != election:
                # the seat's turnout at the other election ("Mr Hill's 2019 majority was
                # 3,595, on a turnout of 57.9%")
                contest = _sentence_contest(claim, figures, context, election)
                then = claim_contest(_seat_claim(claim, contest), figures, context, at)
                if then is not None:
                    out.append(Reading(kind, then.name, SubjectKind.CONSTITUENCY, then.slug,
                                       at, kind_prior * era * EXPLICIT,
                                       f"the turnout in {then.name}"))  # fmt: skip
                continue
            if kind not in CANDIDATE_KINDS:
                continue  # a seat count, a projection or a turnout has no candidate
            theirs = partys_then.get(at)
            if theirs is not None:
                out.append(Reading(kind, theirs.full_name, SubjectKind.CANDIDATE, theirs.key,
                                   at, kind_prior * era * NAMED_ELSEWHERE,
                                   f"the party's candidate in {theirs.contest.name}"))  # fmt: skip
            for cue in cues.values():
                if kind == ClaimType.RANK and cue.prior < EXPLICIT:
                    continue  # every place is someone's: only a named subject will do
                if cue.prior < EXPLICIT and not specific:
                    continue
                candidate = cue.candidate
                if at != election:
                    candidate = figures.person_in(candidate.full_name, at)
                    if candidate is None:
                        continue
                out.append(
                    Reading(
                        kind,
                        candidate.full_name,
                        SubjectKind.CANDIDATE,
                        candidate.key,
                        at,
                        kind_prior * era * cue.prior,
                        cue.cue,
                    )
                )
    if not primary.national:
        for kind in FAMILIES[claim.claim_type]:
            if kind not in UK_WIDE:
                continue
            if kind == ClaimType.TURNOUT:
                out.append(
                    Reading(kind, None, None, None, election, NAMED_ELSEWHERE,
                            "the UK's turnout", national=True)
                )  # fmt: skip
                continue
            for name, key in _parties_named(claim, figures, election):
                out.append(
                    Reading(
                        kind,
                        name,
                        SubjectKind.PARTY,
                        key,
                        election,
                        NAMED_ELSEWHERE * (1.0 if kind == claim.claim_type else OTHER_KIND),
                        "the party's UK-wide figure",
                        national=True,
                    )
                )
    holder = _commons_majority_holder(figures, election)
    if claim.claim_type == ClaimType.MAJORITY and holder is not None:
        # only the party that holds a Commons majority has one to read: "Reform UK's
        # Commons majority" would be Labour's 172 under another party's name
        named = {key for _name, key in _parties_named(claim, figures, election)}
        out.append(
            Reading(ClaimType.SEAT_COUNT, holder.party_name, SubjectKind.PARTY, holder.party,
                    election, EXPLICIT * OTHER_KIND * (1.0 if holder.party in named else 0.5),
                    "a majority in the Commons", national=True, commons=True)
        )  # fmt: skip
    if claim.claim_type == ClaimType.SEAT_PROJECTION and RESULT_WORDS.search(claim.sentence):
        out.append(
            Reading(ClaimType.SEAT_COUNT, claim.subject, claim.subject_kind, claim.subject_key,
                    election, EXPLICIT, "the result, beside the exit poll", national=True,
                    qualifier=Qualifier.EXACT, commons=bool(claim.details.get("is_majority")))
        )  # fmt: skip
    # one reading per figure (``Reading.same_figure``) and frame, the best cue's; a majority
    # said over someone ("gained it from Labour with a majority of 4,426", read as over a
    # Labour name) is another figure than the seat's majority over its runner-up
    whole = primary.claim_type == ClaimType.MAJORITY and _over_the_runner_up(claim, figures)
    seen = {(primary.claim_type, primary.subject_key, primary.election, primary.national, whole)}
    unique = []
    for reading in sorted(out, key=lambda r: -r.prior):
        key = (
            reading.claim_type,
            reading.subject_key,
            reading.election,
            reading.national,
            reading.whole_seat,
        )
        if key in seen:
            continue
        seen.add(key)
        unique.append(reading)
    return unique


def _elections_meant(claim: Claimed, figures, election, *, specific: bool) -> list[str | None]:
    """The elections a reading of ``claim`` may be at: the article's, and for a specific
    figure whose words point back ("was defending a majority of 26,195", "in 2019", "from
    19,272") the one before it."""
    elections = [election]
    previous = figures.elections[election].previous if election in figures.elections else None
    if (
        specific
        and previous
        and not claim.details.get("compared_election")
        and (
            EARLIER_WORDS.search(claim.sentence)
            or str(figures.elections[previous].date.year) in claim.sentence
            or FROM_BEFORE.search(claim.sentence[: figure_at(claim)])
        )
    ):
        elections.append(previous)
    if specific:
        # a year the sentence names, or its paragraph opens on ("When Mike Hill held
        # Hartlepool in December 2019, … He won 15,464 votes"): that election's too
        years = {int(y) for y in _YEARS.findall(claim.sentence)}
        if claim.details.get("year_before") and not _NOW.search(claim.sentence):
            # not "Jonathan Brash's majority this time was 3,595" after "Back in 2019, …"
            years.add(int(claim.details["year_before"]))
        for slug, known in figures.elections.items():
            if (
                known.date.year in years
                and slug not in elections
                and not slug.endswith("notional")
                and slug != claim.details.get("compared_election")
            ):
                elections.append(slug)
    return elections


def _partys_candidate_then(claim: Claimed, figures, context, at: str) -> CandidateFig | None:
    """The candidate, at election ``at``, of the party the sentence names the claim's
    subject by (``_as_its_party``), in its seat then, else in the seat named last before
    the sentence ("There Williams won 58.5% …; Labour came a distant third with 5,585", of
    the real 2019 contest); None when the sentence names a person or no party."""
    as_party = _as_its_party(claim, figures)
    if as_party is None:
        return None
    before = claim.details.get("seat_before")
    then = claim_contest(as_party, figures, context, at) or (
        figures.contest(at, before) if before else None
    )
    return then.candidate_for_party(as_party.subject_key or "") if then else None


def _as_its_party(claim: Claimed, figures) -> Claimed | None:
    """``claim`` as its party's figure, when the sentence names its subject by party
    ("Labour came a distant third with 5,585", read as Labour's candidate there); None when
    it names a person, or no party."""
    if claim.subject_kind == SubjectKind.PARTY:
        return claim
    candidate = figures.candidates.get(claim.subject_key or "")
    if claim.subject_kind != SubjectKind.CANDIDATE or candidate is None:
        return None
    named = claim.details.get("named") or ()
    if any(key == claim.subject_key for _s, _e, _k, key, _n in named) or not any(
        kind == SubjectKind.PARTY and key == candidate.party for _s, _e, kind, key, _n in named
    ):
        return None
    return replace(
        claim,
        subject=candidate.party_name,
        subject_kind=SubjectKind.PARTY,
        subject_key=candidate.party,
    )


_YEARS = re.compile(r"\b((?:19|20)\d\d)\b")
# Words that place a sentence at the article's own election.
_NOW = re.compile(
    r"\b(?:this[ \u00a0]+(?:time|year)|now|on[ \u00a0]+Thursday|in[ \u00a0]+July)\b", re.I
)


def _over_the_runner_up(claim: Claimed, figures) -> bool:
    """Whether a majority claim is said over no one, or over its seat's runner-up (by name
    or by party): the seat's majority, whoever it names ("beat Labour's Praful Nargund by
    7,247")."""
    over = claim.details.get("compared_to_key")
    if not over:
        return True
    winner = figures.candidates.get(claim.subject_key or "")
    rivals = winner.contest.candidates if winner is not None else ()
    # over the runner-up by name, or by party ("beating his Labour rival by 7,000")
    return len(rivals) > 1 and over in (rivals[1].key, rivals[1].party)


def _commons_majority_holder(figures, election: str | None):
    """The ``TallyFig`` of the party with more than half the Commons' seats at
    ``election`` (the Speaker counted with his former party or apart: either way), or
    None: no figures loaded, or a hung parliament."""
    if election not in figures.elections:
        return None
    # the seats are read every time (``total_seats`` may record the UK-wide sum as evidence)
    return figures.commons_majority_holder(election, figures.total_seats(election))


def _parties_as_such(claim: Claimed, figures, election) -> dict[str, str]:
    """``{key: name}`` of the parties the sentence names, but those named only as the party
    of a candidate it names at ``election`` (theirs, not the country's: "Ladywood | Shabana
    Mahmood | Lab hold | 15,558 | 45.2"), unless the claim is that party's."""
    named = claim.details.get("named") or ()
    theirs = {
        candidate.party
        for _s, _e, kind, key, _n in named
        if kind == SubjectKind.CANDIDATE
        and (candidate := figures.candidates.get(key)) is not None
        and candidate.contest.election == election
    }
    if claim.subject_kind == SubjectKind.PARTY:
        theirs.discard(claim.subject_key)
    found: dict[str, str] = {}
    for _s, _e, kind, key, name in named:
        if kind == SubjectKind.PARTY and key not in theirs:
            found.setdefault(key, name)
    return found


def _parties_named(claim: Claimed, figures, election) -> list[tuple[str, str]]:
    """(name, key) of each party the sentence names (``_parties_as_such``), else of the
    claim's own party (a party subject, or a candidate's party), for readings of a party's
    UK-wide figure."""
    found = _parties_as_such(claim, figures, election)
    if not found and claim.subject_kind == SubjectKind.PARTY and claim.subject_key:
        found[claim.subject_key] = claim.subject or claim.subject_key
    if not found and claim.subject_kind == SubjectKind.CANDIDATE:
        candidate = figures.candidates.get(claim.subject_key or "")
        if candidate is not None and not candidate.is_independent:
            found[candidate.party] = candidate.party_name
    return [(name, key) for key, name in found.items()]


def _seat_claim(claim: Claimed, contest: ContestFig | None) -> Claimed:
    if contest is None:
        return claim
    return replace(
        claim,
        subject=contest.name,
        subject_kind=SubjectKind.CONSTITUENCY,
        subject_key=contest.slug,
    )


def _theirs(claim: Claimed, reading: Reading, cues: dict[str, _Cue]) -> bool:
    """Whether a matching reading of someone the sentence names is theirs rather than a
    misattribution to the claim's subject: they are named before the figure ("Craig
    Murray, standing for George Galloway's Workers Party, came third with 7,105"), or
    after it and linked to it ("21,929 for the Ulster Unionist Tom Elliott"). Named only
    after it, unlinked ("Jeremy Corbyn won 16,873 votes, beating Labour's Praful
    Nargund"), the figure stays a misattribution."""
    cue = cues.get(reading.subject_key or "")
    if cue is None:
        return False
    at = figure_at(claim)
    if cue.prior < NAMED_ELSEWHERE:
        return at > 0 and _named_otherwise_before(claim.sentence[:at], cue.candidate)
    if at < 0:
        return True
    end = at + len(claim.text)
    # the named rows may give another candidacy of theirs, or their party ("Plaid Cymru's
    # Aled ap Dafydd", "The Lib Dem leader"), which stands for its candidate in the seat
    whose = cue.candidate
    starts = [
        start
        for start, _e, kind, key, name in claim.details.get("named") or ()
        if key == reading.subject_key
        or name == whose.full_name
        or (kind == SubjectKind.PARTY and key == whose.party)
    ]
    if any(start < at for start in starts):
        return True
    return any(LINKED_AFTER.match(claim.sentence[end:start]) for start in starts if start >= end)


def _named_otherwise_before(before: str, candidate: CandidateFig) -> bool:
    """Whether ``before`` (a sentence up to a figure) names ``candidate``, a candidate in its
    seat, by surname after a given name spelt otherwise than the Library's ("the independent
    Ahmed Yakoob took 12,137 votes" for Akhmed Yakoob), which the extractor does not take
    for them: the surname after a word like their given name (same first letter, most
    letters alike: not a title, "Mr", "Former MP", nor another's name, "Sadiq Khan")."""
    surname, given = candidate.surname, candidate.first_name
    if not surname or not surname[:1].isupper() or not given:
        return False
    for m in re.finditer(
        rf"\b([A-Z][\w'\u2019-]*)[ \u00a0]+{re.escape(surname)}\b(?![ \u00a0]+[Pp]arty)", before
    ):
        written = m.group(1)
        if written != given and _spelt_alike(written, given):
            return True
    return False


def _spelt_alike(written: str, official: str) -> bool:
    """Whether a given name as written may be ``official`` spelt otherwise ("Ahmed" for
    "Akhmed", "Jon" for "John"): the same first letter and a similarity ratio of at least
    0.75 (``difflib``)."""
    a, b = written.casefold(), official.casefold()
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.75


def _same_person(reading: Reading, primary: Reading, figures: OfficialFigures) -> bool:
    """Whether two readings are of one person (two candidacies of one name, or a party's
    candidate and the candidate by name)."""
    if reading.subject_key == primary.subject_key:
        return True
    mine = figures.candidates.get(reading.subject_key or "")
    theirs = figures.candidates.get(primary.subject_key or "")
    if mine is not None and theirs is not None:
        return mine.full_name == theirs.full_name
    if mine is not None and primary.subject_kind == SubjectKind.PARTY:
        return mine.party == primary.subject_key
    return False


# A title before a surname: "Ms Green", "Mr Green's".
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?[ \u00a0]+$")


# The first words of a pronoun or of a description the extractor resolved to someone.
def _named_in_its_clause(claim: Claimed, figures, election: str | None) -> bool:
    """Whether the figure's clause names ``election``'s year before it, with no word of
    the article's own time after ("Turley lost Redcar … in 2019 by 3,527 votes, polling
    15,284 to his 18,811"; not "… in 2019; Rhea Keehn polled 11,971 this time")."""
    held = figures.elections.get(election or "")
    at = figure_at(claim)
    if held is None or at < 0:
        return False
    sentence = claim.sentence
    year = sentence.rfind(str(held.date.year), 0, at)
    return (
        year >= 0
        and not CLAUSE_BREAKS.search(sentence, year, at)
        and not _NOW.search(sentence, year)
    )


def _second_of_a_pair(claim: Claimed) -> bool:
    """Whether the figure is the second of a pair of counts (``mentions.second_of_a_pair``)."""
    return second_of_a_pair(claim.sentence, 0, figure_at(claim))


def _named_by_pronoun(claim: Claimed) -> bool:
    """Whether the claim's subject is named in its sentence only by a pronoun ("Her share
    of the vote fell by 3.8 points") or a description ("The party's co-leader won in a new
    seat"), which the extractor resolved to someone, or else by name only as the one beaten
    ("He won 11,642 votes, a majority of 540 over Ian Paisley")."""
    rows = [r for r in claim.details.get("named") or () if r[3] == claim.subject_key]
    sentence = claim.sentence
    return bool(rows) and not any(
        by_name(sentence[start:stop])
        and not LOSER_LEFT.search(sentence[max(0, start - 45) : start])  # "over Ian Paisley"
        for start, stop, *_r in rows
    )


def _party_named_as_them(claim: Claimed, reading: Reading) -> bool:
    """Whether the claim's party is written as the surname of the person ``reading`` is
    about, after a title ("Ms Green's share", for Sarah Green): one word, two readings.
    "The Green Party's candidate", "the Greens" are the party."""
    if claim.subject_kind != SubjectKind.PARTY or reading.subject_kind != SubjectKind.CANDIDATE:
        return False
    surname = (reading.subject or "").split()[-1:]
    sentence = claim.sentence
    for start, end, kind, key, _name in claim.details.get("named") or ():
        if kind != SubjectKind.PARTY or key != claim.subject_key:
            continue
        written = sentence[start:end].removesuffix("'s").removesuffix("\u2019s")
        if written.split() == surname and _TITLE_BEFORE.search(sentence, 0, start):
            return True
    return False


def _misattributed(claim: Claimed, other: Weighed, own: Suggestion) -> str:
    """ "16,873 is Praful Nargund's total; Jeremy Corbyn won 24,120." """
    written = claim.text.strip()
    theirs = other.reading.subject
    mine = claim.subject
    value = own.official_value
    shown = "" if value is None else rules.fmt(value)
    if claim.claim_type == ClaimType.CANDIDATE_VOTES:
        return f"{written} is {theirs}'s total; {mine} won {shown}."
    if claim.claim_type == ClaimType.VOTE_SHARE:
        return f"{written} is {theirs}'s share; {mine} took {shown}%."
    if claim.claim_type == ClaimType.RANK:
        return f"{written} is {theirs}'s place; {mine} finished {shown}."
    return f"{written} is {theirs}'s figure; {mine}'s is {shown}."
