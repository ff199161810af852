"""National, nation and regional figures of one election, computed from plain rows.

Plain Python with no Django import: ``results.totals`` builds the rows from the
database, the pages show the figures and the checker can read the same
objects. Every number is computed from the seats' own results (votes,
electorate, valid and rejected ballots), never copied from a published table.

Units and rules:

* seats, votes, electorate and ballots are ``int``, summed exactly;
* a share is the party's votes ÷ the area's valid votes, a turnout is valid
  votes ÷ electorate (the House of Commons Library's definition) or
  (valid + rejected) ÷ electorate (as declared at the count). Each is kept
  exactly, as a percentage in a ``fractions.Fraction`` (``share_exact``,
  ``turnout_exact``…), and rounded half-up to two places as a ``Decimal`` by
  ``results.arithmetic`` (``share``, ``turnout``…): the figure a page shows and
  a claim is checked against;
* places (1st, 2nd, 3rd…) follow ``results.arithmetic.ranking_key``, the
  order of the result pages and the checker: most votes first and, among
  equal votes, the member elected (a tie decided by lot); the first is the
  seat's winner;
* the Speaker (party ``Spk``, ``results.vocabulary.LibraryParty.SPEAKER``) is
  counted apart from every party, as the Library does; ``seats_with_speaker``
  adds the Speaker's seat to the Speaker's former party, as some of the press did in 2024
  (Labour 411 or 412);
* independent candidates (``is_independent``) are people, not a party: their
  seats and votes are summed under their shared abbreviation (``Ind``) and
  flagged, never given a party's majority;
* a majority over all other seats is seats − (all seats − seats) = 2 × seats −
  all seats; for the UK, that is the Commons majority.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from functools import cached_property

from . import arithmetic
from .vocabulary import LibraryParty

__all__ = [
    "UK",
    "Area",
    "AreaFigures",
    "AreaKind",
    "CandidateRow",
    "ContestRow",
    "ElectionFigures",
    "Majority",
    "PartyFigures",
    "PartySeatChange",
    "SeatChanges",
    "areas_of",
    "commons_seats",
    "figures_by_area",
    "national_figures",
    "seat_changes",
    "speaker_names",
]

# Seats in the House of Commons at each general election since 1983 (House of
# Commons Library, "General election results from 1918", CBP-8647).
COMMONS_SEATS = {
    datetime.date(1983, 6, 9): 650,
    datetime.date(1987, 6, 11): 650,
    datetime.date(1992, 4, 9): 651,
    datetime.date(1997, 5, 1): 659,
    datetime.date(2001, 6, 7): 659,
    datetime.date(2005, 5, 5): 646,
    datetime.date(2010, 5, 6): 650,
    datetime.date(2015, 5, 7): 650,
    datetime.date(2017, 6, 8): 650,
    datetime.date(2019, 12, 12): 650,
    datetime.date(2024, 7, 4): 650,
}

# The four nations in the order the Library lists them, then England's regions
# in the Office for National Statistics' order. Other names sort after these.
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
ENGLISH_REGIONS = (
    "North East", "North West", "Yorkshire and The Humber", "East Midlands",
    "West Midlands", "East of England", "London", "South East", "South West",
)  # fmt: skip


# -- the rows -----------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRow:
    """One candidate in a seat.

    ``party`` is the Library's abbreviation (``Lab``, ``Spk``, ``Ind``…);
    ``elected`` is True for the member returned (``Candidacy.elected``): among
    equal votes, the winner of the lot ranks first.
    """

    party: str
    party_name: str
    votes: int
    is_independent: bool = False
    elected: bool = False
    first_name: str = ""
    surname: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.surname}".strip()


@dataclass(frozen=True)
class ContestRow:
    """One seat's official result: where it is, its ballots and its candidates.

    ``nation`` is the Library's country name (``Constituency.nation``) and
    ``region`` its region name (the nation's name again in Scotland, Wales and
    Northern Ireland). ``valid`` and ``invalid`` are ballots; ``invalid`` is the
    rejected ballots.
    """

    slug: str
    ons_code: str
    name: str
    nation: str
    region: str
    electorate: int
    valid: int
    invalid: int
    candidates: tuple[CandidateRow, ...] = ()

    @cached_property
    def ranked(self) -> tuple[CandidateRow, ...]:
        """Candidates in finishing order, by ``results.arithmetic.ranking_key``: most votes
        first; among equal votes the member elected (a tie decided by lot), then by name."""
        return tuple(
            sorted(
                self.candidates,
                key=lambda c: arithmetic.ranking_key(
                    c.votes, c.surname, c.first_name, elected=c.elected
                ),
            )
        )

    @property
    def winner(self) -> CandidateRow | None:
        return self.ranked[0] if self.ranked else None


# -- areas --------------------------------------------------------------------------


class AreaKind(StrEnum):
    UK = "uk"
    NATION = "nation"
    REGION = "region"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


@dataclass(frozen=True)
class Area:
    """The United Kingdom, a nation (``Constituency.nation``) or a region (``.region``)."""

    kind: AreaKind
    name: str
    slug: str = ""

    def __post_init__(self) -> None:
        if not self.slug:
            object.__setattr__(self, "slug", _slug(self.name))

    def contains(self, row: ContestRow) -> bool:
        if self.kind == AreaKind.UK:
            return True
        if self.kind == AreaKind.NATION:
            return row.nation == self.name
        return row.region == self.name


UK = Area(AreaKind.UK, "United Kingdom", "uk")


def _order(names: Iterable[str], known: Sequence[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(known)}
    return sorted(set(names), key=lambda n: (rank.get(n, len(known)), n))


def areas_of(contests: Iterable[ContestRow]) -> list[Area]:
    """The UK, then every nation, then every region the rows name, in the usual order.

    Nations come in the Library's order (England, Scotland, Wales, Northern
    Ireland), English regions in the ONS order. A region that is a whole nation
    (Scotland, Wales, Northern Ireland) is listed once, as the nation. Blank
    names are left out (such a seat counts in the UK, or its nation, only).
    """
    rows = list(contests)
    nations = {r.nation for r in rows if r.nation}
    regions = {r.region for r in rows if r.region and r.region not in nations}
    return [
        UK,
        *(Area(AreaKind.NATION, n) for n in _order(nations, NATIONS)),
        *(Area(AreaKind.REGION, r) for r in _order(regions, ENGLISH_REGIONS)),
    ]


def commons_seats(polling_day: datetime.date) -> int | None:
    """Seats in the House of Commons at the general election on ``polling_day`` (1983 on),
    else None. A notional result has the seats of the boundaries it was estimated on, which
    for the 2019 notional result on the 2024 boundaries is 650 again."""
    return COMMONS_SEATS.get(polling_day)


def speaker_names(contests: Iterable[ContestRow]) -> list[str]:
    """Full names of the candidates who won a seat standing as the Speaker (``Spk``)."""
    names = []
    for row in contests:
        winner = row.winner
        if winner is not None and winner.party == LibraryParty.SPEAKER:
            names.append(winner.full_name)
    return names


# -- the figures --------------------------------------------------------------------


def _exact(part: int, whole: int) -> Fraction | None:
    return Fraction(part * 100, whole) if whole else None


@dataclass(frozen=True)
class PartyFigures:
    """A party's figures in one area (or independent candidates' together, or the Speaker's).

    ``seats`` never includes the Speaker's (see ``AreaFigures.seats_with_speaker``).
    ``places[0]`` is seats won, ``places[1]`` the candidates who came second,
    and so on: for a party with one candidate a seat, the number of seats where
    it came first, second, third…; for independents, candidates. ``share`` is
    percent of the area's valid votes, rounded half-up to two places;
    ``share_exact`` is the same percentage unrounded.
    """

    party: str
    name: str
    is_independent: bool
    seats: int
    votes: int
    candidates: int
    share: Decimal | None
    share_exact: Fraction | None
    places: tuple[int, ...]

    @property
    def is_speaker(self) -> bool:
        return self.party == LibraryParty.SPEAKER

    @property
    def second_places(self) -> int:
        return self.place(2)

    @property
    def third_places(self) -> int:
        return self.place(3)

    def place(self, position: int) -> int:
        """Seats (candidates, for independents) finishing at ``position``, 1 for first."""
        if position < 1:
            raise ValueError("Places start at 1 (first).")
        return self.places[position - 1] if position <= len(self.places) else 0


@dataclass(frozen=True)
class Majority:
    """A party's seats minus all other seats in the area (the Commons majority for the UK).

    ``seats`` is the party's seats, with the Speaker's seat added when
    ``with_speaker``; ``seats_total`` is every seat in the area. ``value`` is
    negative when the party holds less than half.
    """

    party: str
    seats: int
    seats_total: int
    with_speaker: bool

    @property
    def others(self) -> int:
        return self.seats_total - self.seats

    @property
    def value(self) -> int:
        return self.seats - self.others

    @property
    def working(self) -> str:
        """The arithmetic as a reader can repeat it: ``411 − (650 − 411) = 172``."""
        return f"{self.seats} − ({self.seats_total} − {self.seats}) = {self.value}"


@dataclass(frozen=True)
class PartySeatChange:
    """A party's seats against a baseline, over the seats both results cover.

    A gain is a seat the party wins whose baseline winner was another party
    (or the Speaker, or an independent); a loss the reverse.
    """

    party: str
    name: str
    seats_then: int
    seats_now: int
    gains: int
    losses: int

    @property
    def net(self) -> int:
        """Gains minus losses, which equals ``seats_now - seats_then``."""
        return self.gains - self.losses


@dataclass(frozen=True)
class SeatChanges:
    """Gains and losses of every party against a baseline result on the same boundaries.

    ``compared`` seats were matched (by ONS code); ``unmatched`` lists the
    slugs of seats in the result with no baseline row; ``changed_hands`` is
    the seats whose winning party differs.
    """

    baseline: str
    compared: int
    unmatched: tuple[str, ...]
    changed_hands: int
    parties: tuple[PartySeatChange, ...]

    def party(self, abbreviation: str) -> PartySeatChange | None:
        for change in self.parties:
            if change.party == abbreviation:
                return change
        return None


@dataclass(frozen=True)
class AreaFigures:
    """Everything official about one area at one election.

    ``seats_declared`` is the seats with a result in these rows;
    ``seats_total`` every seat in the area when known (None otherwise).
    ``parties`` is ordered by seats, then votes, most first. Turnouts are
    percentages (``turnout``: valid ÷ electorate; ``turnout_declared``:
    (valid + rejected) ÷ electorate), rounded half-up to two places, with the
    ``_exact`` fractions beside them. ``speaker_former_party`` is set when the
    Speaker's seat is in the area and the Speaker's former party is on file.
    ``changes`` holds gains and losses against a baseline, when given one.
    """

    area: Area
    seats_declared: int
    seats_total: int | None
    electorate: int
    valid: int
    rejected: int
    parties: tuple[PartyFigures, ...]
    speaker_seats: int = 0
    speaker_former_party: str | None = None
    changes: SeatChanges | None = None
    unresolved: tuple[str, ...] = field(default=())

    # -- turnout ------------------------------------------------------------------
    @property
    def ballots(self) -> int:
        return self.valid + self.rejected

    @property
    def turnout(self) -> Decimal | None:
        return arithmetic.turnout(valid_votes=self.valid, electorate=self.electorate)

    @property
    def turnout_exact(self) -> Fraction | None:
        return _exact(self.valid, self.electorate)

    @property
    def turnout_declared(self) -> Decimal | None:
        return arithmetic.turnout_declared(
            valid_votes=self.valid, rejected=self.rejected, electorate=self.electorate
        )

    @property
    def turnout_declared_exact(self) -> Fraction | None:
        return _exact(self.ballots, self.electorate)

    @property
    def complete(self) -> bool:
        """True when every seat in the area has declared (and the total is known)."""
        return self.seats_total is not None and self.seats_declared == self.seats_total

    # -- parties ------------------------------------------------------------------
    def party(self, abbreviation: str) -> PartyFigures | None:
        for figures in self.parties:
            if figures.party == abbreviation:
                return figures
        return None

    @property
    def largest_party(self) -> PartyFigures | None:
        """The party with most seats (then most votes); never the Speaker or independents."""
        parties = [p for p in self.parties if not p.is_speaker and not p.is_independent]
        if not parties or not max(p.seats for p in parties):
            return None
        return max(parties, key=lambda p: (p.seats, p.votes))

    def seats_with_speaker(self, abbreviation: str) -> int:
        """The party's seats, plus the Speaker's when he came from it (Labour 412 in 2024).

        Without the Speaker's former party on file, the party's own seats.
        """
        figures = self.party(abbreviation)
        seats = figures.seats if figures else 0
        if abbreviation == self.speaker_former_party:
            seats += self.speaker_seats
        return seats

    def majority(self, abbreviation: str, *, with_speaker: bool = False) -> Majority | None:
        """The party's seats minus all other seats (2 × seats − all seats).

        For the UK, the Commons majority: Labour's in 2024 is 411 − 239 = 172,
        or 174 counting the Speaker with Labour. All other seats include the
        Speaker, the deputy speakers and any member who does not take their
        seat (the results say nothing of those). None when the area's total
        of seats is not known.
        """
        if self.seats_total is None:
            return None
        seats = (
            self.seats_with_speaker(abbreviation)
            if with_speaker
            else (p.seats if (p := self.party(abbreviation)) else 0)
        )
        return Majority(abbreviation, seats, self.seats_total, with_speaker)

    @property
    def speaker_note(self) -> str:
        """How the Speaker is counted here, in a sentence for a page."""
        if not self.speaker_seats:
            return "The Speaker's seat is not in this area."
        note = (
            "The Speaker's seat is counted apart from every party, as the House of Commons "
            "Library counts it."
        )
        if self.speaker_former_party:
            former = self.party(self.speaker_former_party)
            name = former.name if former else self.speaker_former_party
            note += (
                f" Counted with the Speaker's former party, as some of the press do, {name} "
                f"has {self.seats_with_speaker(self.speaker_former_party)} seats."
            )
        return note


@dataclass(frozen=True)
class ElectionFigures:
    """One election's figures for the UK, each nation and each region."""

    uk: AreaFigures
    nations: tuple[AreaFigures, ...]
    regions: tuple[AreaFigures, ...]

    @property
    def areas(self) -> tuple[AreaFigures, ...]:
        return (self.uk, *self.nations, *self.regions)

    def area(self, slug: str) -> AreaFigures | None:
        """The area with this slug (``uk``, ``scotland``, ``north-east``…), or None."""
        for figures in self.areas:
            if figures.area.slug == slug:
                return figures
        return None


class _Tally:
    """A party's running totals in one area: votes, and candidates by finishing place."""

    __slots__ = ("independent", "name", "places", "votes")

    def __init__(self, name: str) -> None:
        self.name = name
        self.independent = False
        self.votes = 0
        self.places: list[int] = [0]


def _check_unique(rows: Sequence[ContestRow]) -> None:
    seen: Counter[str] = Counter(r.ons_code for r in rows)
    repeated = sorted(code for code, n in seen.items() if n > 1)
    if repeated:
        raise ValueError(f"A seat appears more than once: {', '.join(repeated)}")


def national_figures(
    contests: Iterable[ContestRow],
    *,
    area: Area = UK,
    seats_total: int | None = None,
    speaker_former_party: str | None = None,
    baseline: Iterable[ContestRow] | None = None,
    baseline_label: str = "",
) -> AreaFigures:
    """Seats, votes, shares, places, ballots and turnout in ``area`` from one election's rows.

    ``contests`` may hold every seat of the election: those outside ``area``
    are skipped. ``seats_total`` is every seat in the area (650 for the UK
    since 2010, ``commons_seats``); without it majorities are None.
    ``speaker_former_party`` is the abbreviation of the party the Speaker
    belonged to (from the Speaker's ``first_elected`` reference fact), used by
    ``seats_with_speaker``. With ``baseline`` (rows of an earlier result on the
    same boundaries, e.g. the notional previous result), ``changes`` holds
    gains and losses (``seat_changes``). A seat with no candidates is left out
    of the counts and listed in ``unresolved``.

    Raises ``ValueError`` if a seat (ONS code) appears twice in ``contests``.
    """
    rows = [r for r in contests if area.contains(r)]
    _check_unique(rows)
    tally: dict[str, _Tally] = {}
    electorate = valid = rejected = declared = 0
    unresolved = []
    for row in rows:
        ranked = row.ranked
        if not ranked:
            unresolved.append(row.slug)
            continue
        declared += 1
        electorate += row.electorate
        valid += row.valid
        rejected += row.invalid
        for position, candidate in enumerate(ranked):
            party = tally.get(candidate.party)
            if party is None:
                party = tally[candidate.party] = _Tally(candidate.party_name)
            party.independent = party.independent or candidate.is_independent
            party.votes += candidate.votes
            places = party.places
            if position < len(places):
                places[position] += 1
            else:
                places.extend([0] * (position - len(places)) + [1])
    parties = [
        PartyFigures(
            party=key,
            name=party.name,
            is_independent=party.independent,
            seats=party.places[0],
            votes=party.votes,
            candidates=sum(party.places),
            share=arithmetic.share(party.votes, valid),
            share_exact=_exact(party.votes, valid),
            places=tuple(party.places),
        )
        for key, party in tally.items()
    ]
    parties.sort(key=lambda p: (-p.seats, -p.votes, p.name))
    speaker = next((p for p in parties if p.is_speaker), None)
    speaker_seats = speaker.seats if speaker else 0
    changes = None
    if baseline is not None:
        changes = seat_changes(rows, baseline, area=area, label=baseline_label)
    return AreaFigures(
        area=area,
        seats_declared=declared,
        seats_total=seats_total,
        electorate=electorate,
        valid=valid,
        rejected=rejected,
        parties=tuple(parties),
        speaker_seats=speaker_seats,
        speaker_former_party=speaker_former_party if speaker_seats else None,
        changes=changes,
        unresolved=tuple(unresolved),
    )


def seat_changes(
    contests: Iterable[ContestRow],
    baseline: Iterable[ContestRow],
    *,
    area: Area = UK,
    label: str = "",
) -> SeatChanges:
    """Each party's gains and losses in ``area`` against ``baseline``, seat by seat.

    Seats are matched by ONS code, so the baseline must be on the same
    boundaries: the notional previous result (the basis the BBC and PA use), or
    the previous election for the seats whose boundaries did not change. A
    party gains a seat it wins whose baseline winner was another party (the
    Speaker and independents count as one each, by abbreviation) and loses
    the reverse. Seats with no winner on either side are not compared; a seat
    in ``contests`` with no baseline row is listed in ``unmatched``. ``label``
    names the baseline for a page.

    Raises ``ValueError`` if a seat appears twice on either side.
    """
    now_rows = [r for r in contests if area.contains(r)]
    _check_unique(now_rows)
    then_rows = list(baseline)
    _check_unique(then_rows)
    then_by_code = {r.ons_code: r for r in then_rows}
    names: dict[str, str] = {}
    seats_now: Counter[str] = Counter()
    seats_then: Counter[str] = Counter()
    gains: Counter[str] = Counter()
    losses: Counter[str] = Counter()
    unmatched = []
    compared = changed = 0
    for row in now_rows:
        winner = row.winner
        if winner is None:
            continue
        then = then_by_code.get(row.ons_code)
        was = then.winner if then is not None else None
        if was is None:
            unmatched.append(row.slug)
            continue
        compared += 1
        names.setdefault(winner.party, winner.party_name)
        names.setdefault(was.party, was.party_name)
        seats_now[winner.party] += 1
        seats_then[was.party] += 1
        if winner.party != was.party:
            changed += 1
            gains[winner.party] += 1
            losses[was.party] += 1
    parties = [
        PartySeatChange(
            party=key,
            name=name,
            seats_then=seats_then[key],
            seats_now=seats_now[key],
            gains=gains[key],
            losses=losses[key],
        )
        for key, name in names.items()
    ]
    parties.sort(key=lambda p: (-p.seats_now, -p.seats_then, p.name))
    return SeatChanges(
        baseline=label,
        compared=compared,
        unmatched=tuple(unmatched),
        changed_hands=changed,
        parties=tuple(parties),
    )


def figures_by_area(
    contests: Iterable[ContestRow],
    *,
    seats_total: int | None = None,
    speaker_former_party: str | None = None,
    baseline: Iterable[ContestRow] | None = None,
    baseline_label: str = "",
) -> ElectionFigures:
    """``national_figures`` for the UK, each nation and each region (``areas_of``).

    ``seats_total`` is the UK's (``commons_seats``); a nation's or region's
    total is known, and set, only when every UK seat has declared. The other
    arguments are ``national_figures``'s.

    Raises ``ValueError`` if a seat appears twice.
    """
    rows = list(contests)
    then = list(baseline) if baseline is not None else None
    options = {
        "speaker_former_party": speaker_former_party,
        "baseline": then,
        "baseline_label": baseline_label,
    }
    uk = national_figures(rows, area=UK, seats_total=seats_total, **options)
    areas = areas_of(rows)[1:]
    by_nation: dict[str, list[ContestRow]] = defaultdict(list)
    by_region: dict[str, list[ContestRow]] = defaultdict(list)
    for row in rows:
        by_nation[row.nation].append(row)
        by_region[row.region].append(row)
    nations, regions = [], []
    for area in areas:
        area_rows = (by_nation if area.kind == AreaKind.NATION else by_region)[area.name]
        total = len(area_rows) if uk.complete else None
        figures = national_figures(area_rows, area=area, seats_total=total, **options)
        (nations if area.kind == AreaKind.NATION else regions).append(figures)
    return ElectionFigures(uk=uk, nations=tuple(nations), regions=tuple(regions))
