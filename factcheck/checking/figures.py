"""The official figures the checker reads: a plain, read-only snapshot.

``factcheck.snapshot`` builds one ``OfficialFigures`` from the database (six
queries, however many figures) and keeps it while the official data is
unchanged. Derived figures (majority, turnout, share, rank, age, terms won)
come from ``results.arithmetic``, the same functions the result pages use.
No Django import.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from factcheck.vocabulary import SubjectKind
from results import arithmetic, national
from results.vocabulary import FactKind

# -- evidence: which official figures a check read ------------------------------------
# A check's evidence is where its figures came from, as ``(election slug, contest id)``
# pairs (``0`` for figures summed over an election's seats). While ``recording()`` is
# open, citing a figure's source (``ContestFig.source``, ``TallyFig.source``) adds
# ``(CITED, election, contest)``; looking a seat up (``OfficialFigures.contest``) or the
# UK, nation or region sums up (``OfficialFigures.national``, ``tallies``) adds
# ``(LOOKED_UP, election, contest)``. ``evidence_of`` turns that into the pairs, so a
# change to one seat finds the claims that used it without checking every claim again.
CITED, LOOKED_UP = "cited", "looked up"

_recorded: ContextVar[set | None] = ContextVar("factcheck_evidence", default=None)


class recording:  # noqa: N801  (used as a function: ``with recording() as used:``)
    """Collect ``(how, election, contest id)`` for the figures read inside the block:
    ``with recording() as used:`` gives the set.

    Nested blocks add what they collected to the enclosing one as they close. (A class,
    not a generator: the checker opens one for every reading it weighs.)
    """

    __slots__ = ("_outer", "_token", "used")

    def __enter__(self) -> set[tuple[str, str, int]]:
        self._outer = _recorded.get()
        self.used: set[tuple[str, str, int]] = set()
        self._token = _recorded.set(self.used)
        return self.used

    def __exit__(self, *exc) -> None:
        _recorded.reset(self._token)
        if self._outer is not None:
            self._outer |= self.used


def record(key: tuple[str, int], how: str = LOOKED_UP) -> None:
    """Note that a check looked up (or cited) the figures of ``key``, an ``(election,
    contest id)`` pair (no-op outside ``recording()``)."""
    used = _recorded.get()
    if used is not None:
        used.add((how, *key))


def evidence_of(used: set[tuple[str, str, int]]) -> tuple[tuple[str, int], ...]:
    """The evidence a check's reads amount to, sorted ``(election, contest id)`` pairs: what
    it cited, and what it looked up; but a check that cites a seat's result uses no UK-wide
    sum it may have looked at on the way (only the seats, such as its baselines)."""
    if not used:
        return ()
    if len(used) == 1:
        (_how, election, contest), *_ = used
        return ((election, contest),)
    cited = {(e, c) for how, e, c in used if how == CITED}
    looked = {(e, c) for how, e, c in used if how == LOOKED_UP}
    if any(c for _e, c in cited):
        looked = {(e, c) for e, c in looked if c}
    return tuple(sorted(cited | looked))


def _recorded_field(name: str, key_of: Callable[[object], tuple[str, int]]) -> property:
    """A dataclass field whose reads are recorded as evidence (``key_of(instance)``)."""
    slot = f"_{name}_value"

    def get(self):
        used = _recorded.get()
        if used is not None:
            used.add((CITED, *key_of(self)))
        return self.__dict__[slot]

    def put(self, value) -> None:
        self.__dict__[slot] = value

    return property(get, put, doc=f"{name}; reading it records the figure as evidence")


class _RecordedDict(dict):
    """A dict whose lookups (``[key]``, ``get``) record ``key_of(key)`` as evidence."""

    def __init__(self, data, key_of: Callable[[object], tuple[str, int]]) -> None:
        super().__init__(data)
        self._key_of = key_of

    def __getitem__(self, key):
        record(self._key_of(key))
        return super().__getitem__(key)

    def get(self, key, default=None):
        if key in self:
            record(self._key_of(key))
        return super().get(key, default)


@dataclass(frozen=True)
class AwaitingFig:
    """A seat whose result is not official yet: a claim about it awaits its declaration."""

    contest_id: int
    election: str
    slug: str
    name: str


@dataclass(frozen=True)
class ElectionFig:
    slug: str
    name: str
    date: datetime.date
    previous: str | None
    notional_baseline: str | None = None
    is_notional: bool = False


@dataclass
class CandidateFig:
    key: str
    full_name: str
    surname: str
    first_name: str
    party: str
    party_name: str
    is_independent: bool
    votes: int
    contest: ContestFig = field(repr=False)
    share: Decimal | None = None  # percent, two places (for display)
    share_exact: Decimal | None = None  # percent, unrounded (for comparison)
    rank: int = 0
    elected: bool = False
    # where this candidate's own figures are written: its row of the candidate file
    # ("HoC-GE2024-results-by-candidate.csv, line 1234"), "entered by hand, approved by …",
    # or "" when not known (rows imported before it was kept)
    source_row: str = ""
    # the Library's own change in share against the previous election on the same
    # boundaries (its candidate file's "Change" column), in points; None when not published
    library_change: Decimal | None = None


@dataclass
class ContestFig:
    key: str
    election: str
    slug: str
    name: str
    contest_id: int
    electorate: int
    valid: int
    invalid: int
    source: str
    source_row: str
    predecessor_slug: str | None
    candidates: list[CandidateFig] = field(default_factory=list)
    ons_code: str = ""
    nation: str = ""
    region: str = ""

    @cached_property
    def majority(self) -> int | None:
        """Winner's votes minus the runner-up's (``results.arithmetic.majority``); kept once
        read, until ``rank_candidates`` orders the candidates again."""
        return arithmetic.majority(c.votes for c in self.candidates)

    # The turnouts are kept once read (a seat's valid, rejected and electorate are set once).

    @cached_property
    def turnout(self) -> Decimal | None:
        """The Library's turnout, valid ÷ electorate, percent."""
        return arithmetic.turnout(valid_votes=self.valid, electorate=self.electorate)

    @cached_property
    def turnout_declared(self) -> Decimal | None:
        """Turnout as declared, (valid + rejected) ÷ electorate, percent."""
        return arithmetic.turnout_declared(
            valid_votes=self.valid, rejected=self.invalid, electorate=self.electorate
        )

    @cached_property
    def turnout_exact(self) -> Decimal | None:
        """The Library's turnout unrounded, for comparison with a claim."""
        return arithmetic.turnout(valid_votes=self.valid, electorate=self.electorate, exact=True)

    @cached_property
    def turnout_declared_exact(self) -> Decimal | None:
        """The declared turnout unrounded, for comparison with a claim."""
        return arithmetic.turnout_declared(
            valid_votes=self.valid, rejected=self.invalid, electorate=self.electorate, exact=True
        )

    def as_row(self) -> national.ContestRow:
        """This contest as ``results.national`` sums it."""
        return national.ContestRow(
            slug=self.slug,
            ons_code=self.ons_code or self.key,
            name=self.name,
            nation=self.nation,
            region=self.region,
            electorate=self.electorate,
            valid=self.valid,
            invalid=self.invalid,
            candidates=tuple(
                national.CandidateRow(
                    party=c.party,
                    party_name=c.party_name,
                    votes=c.votes,
                    is_independent=c.is_independent,
                    elected=c.elected,
                    first_name=c.first_name,
                    surname=c.surname,
                )
                for c in self.candidates
            ),
        )

    def rank_candidates(self) -> None:
        """Order candidates by ``results.arithmetic.ranking_key``; set their rank and share."""
        self.__dict__.pop("majority", None)
        self.candidates.sort(
            key=lambda c: arithmetic.ranking_key(
                c.votes, c.surname, c.first_name, elected=c.elected
            )
        )
        for rank, candidate in enumerate(self.candidates, start=1):
            candidate.rank = rank
            candidate.share = arithmetic.share(candidate.votes, self.valid)
            candidate.share_exact = arithmetic.share(candidate.votes, self.valid, exact=True)

    def candidate_for_party(self, party: str) -> CandidateFig | None:
        return next((c for c in self.candidates if c.party == party), None)

    def party_share(self, party: str, *, exact: bool = False) -> Decimal | None:
        """The share of every candidate of ``party`` here, percent; None if it had none."""
        votes = [c.votes for c in self.candidates if c.party == party]
        if not votes:
            return None
        return arithmetic.share(sum(votes), self.valid, exact=exact)


# Citing a seat's source is citing its figures.
ContestFig.source = _recorded_field("source", lambda c: (c.election, c.contest_id))


@dataclass(frozen=True)
class TallyFig:
    """A party's UK-wide result, summed from every seat (``results.national``)."""

    party: str
    party_name: str
    seats: int  # the Speaker counted apart from every party
    votes: int
    share: Decimal  # percent of valid votes, two places (for display)
    source: str
    share_exact: Decimal | None = None  # percent, unrounded (for comparison)
    seats_with_speaker: int | None = None  # for the Speaker's former party
    seats_declared: int = 0  # seats summed
    valid: int = 0  # UK valid votes
    election: str = ""  # the election's slug


TallyFig.source = _recorded_field("source", lambda t: (t.election, 0))


@dataclass(frozen=True)
class ProjectionFig:
    label: str
    party: str | None
    seats: int
    source: str
    published_at: datetime.datetime

    @cached_property
    def published(self) -> str:
        """When it was published, as explanations say it ("22:00 4 July 2024")."""
        return f"{self.published_at:%H:%M %-d %B %Y}"


@dataclass(frozen=True)
class FactFig:
    kind: str
    subject: str
    party: str | None
    value: str
    detail: str
    continuous: bool
    source: str

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def date(self) -> datetime.date | None:
        return datetime.date.fromisoformat(self.value) if len(self.value) == 10 else None

    def age_on(self, day: datetime.date) -> int | None:
        born = self.date
        if born is None:
            return None
        return arithmetic.age_on(born, day)

    def terms_won_by(
        self, day: datetime.date, polling_days: tuple[datetime.date, ...] = ()
    ) -> int | None:
        """General elections won from the first win up to ``day``, if unbroken (else None)."""
        if not self.continuous:
            return None
        first = self.date or datetime.date(self.year, 1, 1)
        return arithmetic.terms_won(first, day, polling_days)


@dataclass
class OfficialFigures:
    elections: dict[str, ElectionFig]
    contests: dict[str, ContestFig]
    candidates: dict[str, CandidateFig]
    parties: dict[str, str]
    tallies: dict[tuple[str, str], TallyFig]
    projections: dict[str, list[ProjectionFig]]
    facts: dict[tuple[str, str], FactFig]
    by_name: dict[tuple[str, str], list[CandidateFig]] = field(default_factory=dict)
    by_seat: dict[tuple[str, str], ContestFig] = field(default_factory=dict)
    national: dict[str, national.ElectionFigures] = field(default_factory=dict)
    # seats whose result is not official yet, by (election, seat slug)
    awaiting: dict[tuple[str, str], AwaitingFig] = field(default_factory=dict)
    # election -> first word of a seat's name (casefolded) -> its contests
    _first_words: dict = field(default_factory=dict, repr=False)
    # election -> that first word -> (the seat's name casefolded, its contest)
    _folded_names: dict = field(default_factory=dict, repr=False)
    # (election, seats in the Commons) -> the party holding a Commons majority, or None
    _majority_holders: dict = field(default_factory=dict, repr=False)
    # election -> every candidate's votes and every seat's majority there
    _counts: dict = field(default_factory=dict, repr=False)

    def counts_at(self, election: str | None) -> frozenset[int]:
        """Every candidate's votes and every seat's majority at ``election`` (and in its
        notional baseline), once per election: whether a count is anyone's official one."""
        found = self._counts.get(election)
        if found is None:
            baseline = (
                self.elections[election].notional_baseline if election in self.elections else None
            )
            counts = set()
            for contest in self.contests.values():
                if contest.election in (election, baseline):
                    counts.update(c.votes for c in contest.candidates)
                    if contest.majority is not None:
                        counts.add(contest.majority)
            found = self._counts[election] = frozenset(counts)
        return found

    def __post_init__(self) -> None:
        # reading a summed figure is using every seat of its election (evidence)
        self.tallies = _RecordedDict(self.tallies, lambda key: (key[0], 0))
        self.national = _RecordedDict(self.national, lambda slug: (slug, 0))

    def derive_national(self) -> None:
        """Sum every election's seats into UK, nation and region figures; set ``tallies``.

        A notional election's figures are summed too (the baseline of a national swing),
        but give no tallies: nobody won a notional result.

        Uses ``results.national.figures_by_area``, as the election pages do:
        gains and losses against the notional baseline, the Commons size of the
        polling day, the Speaker counted apart (his former party from the
        ``first_elected`` reference fact).
        """
        rows: dict[str, list[national.ContestRow]] = defaultdict(list)
        for contest in self.contests.values():
            rows[contest.election].append(contest.as_row())
        for slug, election in self.elections.items():
            if not rows.get(slug):
                continue
            if election.is_notional:
                # a baseline only (a national swing is measured from it): no tallies
                self.national[slug] = national.figures_by_area(
                    rows[slug], seats_total=national.commons_seats(election.date)
                )
                continue
            speakers = national.speaker_names(rows[slug])
            former = next(
                (
                    fact.party
                    for name in speakers
                    if (fact := self.fact(FactKind.FIRST_ELECTED, name)) and fact.party
                ),
                None,
            )
            baseline = election.notional_baseline
            result = national.figures_by_area(
                rows[slug],
                seats_total=national.commons_seats(election.date),
                speaker_former_party=former,
                baseline=rows.get(baseline) if baseline else None,
                baseline_label=self.elections[baseline].name if baseline else "",
            )
            self.national[slug] = result
            sources = {c.source for c in self.contests.values() if c.election == slug}
            source = sources.pop() if len(sources) == 1 else "House of Commons Library"
            uk = result.uk
            for party in uk.parties:
                if party.is_speaker or party.share is None:
                    continue
                self.tallies[(slug, party.party)] = TallyFig(
                    party=party.party,
                    party_name=party.name,
                    seats=party.seats,
                    votes=party.votes,
                    share=party.share,
                    source=source,
                    share_exact=Decimal(party.share_exact.numerator)
                    / Decimal(party.share_exact.denominator),
                    seats_with_speaker=(
                        uk.seats_with_speaker(party.party)
                        if party.party == uk.speaker_former_party
                        else None
                    ),
                    seats_declared=uk.seats_declared,
                    valid=uk.valid,
                    election=slug,
                )

    def contest(self, election: str | None, slug: str | None) -> ContestFig | None:
        """The official result of seat ``slug`` at ``election`` (recorded as evidence)."""
        if not election or not slug:
            return None
        found = self.by_seat.get((election, slug))
        if found is not None:
            record((found.election, found.contest_id))
        return found

    def awaiting_named_in(self, text: str, election: str | None) -> AwaitingFig | None:
        """The seat awaiting its declaration at ``election`` that ``text`` names (the
        longest name when several do), or None."""
        if not self.awaiting or not election:
            return None
        lowered = text.casefold()
        named = [
            seat
            for (slug_election, _slug), seat in self.awaiting.items()
            if slug_election == election and _names(lowered, seat.name.casefold())
        ]
        return max(named, key=lambda seat: len(seat.name)) if named else None

    def notional_contest(self, contest: ContestFig) -> ContestFig | None:
        """The notional previous result on this contest's boundaries, if one is loaded."""
        baseline = self.elections[contest.election].notional_baseline
        return self.contest(baseline, contest.slug) if baseline else None

    def baselines(self, contest: ContestFig) -> list[tuple[str, ContestFig]]:
        """What a change at ``contest`` may be measured from, each with a label for explanations.

        The seat (or its predecessor) as fought at the previous election, then
        the notional previous result on the new boundaries (the BBC and PA basis).
        """
        found = []
        previous = self.previous_contest(contest)
        if previous is not None:
            found.append(
                (f"{previous.name} {self.elections[previous.election].date.year}", previous)
            )
        notional = self.notional_contest(contest)
        if notional is not None:
            year = self.elections[notional.election].date.year
            found.append((f"the notional {year} result on the new boundaries", notional))
        return found

    def national_baselines(self, election: str) -> list[tuple[str, national.AreaFigures]]:
        """What a UK-wide change at ``election`` may be measured from, each with a label:
        the UK at the previous election, then the notional previous result summed over the
        new boundaries (``derive_national``), as loaded."""
        found = []
        known = self.elections.get(election)
        if known is None:
            return found
        for slug, label in (
            (known.previous, "the {name}"),
            (known.notional_baseline, "the notional {year} result on the new boundaries"),
        ):
            summed = self.national.get(slug or "")
            if summed is not None:
                then = self.elections[slug]
                found.append((label.format(name=then.name, year=then.date.year), summed.uk))
        return found

    def contest_named_in(self, sentence: str, election: str | None) -> ContestFig | None:
        """The contest of ``election`` whose seat ``sentence`` names (the longest name when
        several match, "Islington North" rather than a shorter name inside it; of two as
        long, the one named first), or None."""
        lowered = sentence.casefold()
        named = [
            c for c in self.contests_named(lowered, election) if _names(lowered, c.name.casefold())
        ]
        return (
            max(named, key=lambda c: (len(c.name), -lowered.find(c.name.casefold())))
            if named
            else None
        )

    def contests_named(self, lowered: str, election: str | None) -> list[ContestFig]:
        """The contests of ``election`` whose seat's name may be in ``lowered`` (casefolded
        text): those whose name's first word is a word of the text, in the order the text
        first has those words. Callers test the whole name; this only saves testing all 650."""
        index = self._first_word_index(election)
        return [c for word in dict.fromkeys(_WORD.findall(lowered)) for c in index.get(word, ())]

    def _first_word_index(self, election: str | None) -> dict[str, list[ContestFig]]:
        """The first word of each seat's name at ``election`` (casefolded) -> its contests;
        built once per snapshot."""
        index = self._first_words.get(election)
        if index is None:
            index = self._first_words[election] = defaultdict(list)
            for contest in self.contests.values():
                if contest.election == election:
                    words = _WORD.findall(contest.name.casefold())
                    if words:
                        index[words[0]].append(contest)
        return index

    def contests_in(self, lowered: str, election: str | None) -> list[ContestFig]:
        """The contests of ``election`` whose seat's whole name (casefolded) is in
        ``lowered`` as written, anywhere, in the order the text first names them: a name is
        only looked for where its first word stands."""
        index = self._folded_names.get(election)
        if index is None:
            index = self._folded_names[election] = _NameIndex(self._first_word_index(election))
        found = []
        # the words that open a seat's name (``maybe``: some may not stand as whole words)
        words, maybe = index.first_words_in(lowered)
        for word in words:
            named = index.names[word]
            if len(named) < 3 or lowered.count(word) > len(named):
                # few names, or a common first word ("the"): look for each name
                here = [contest for name, contest in named if name in lowered]
                if here and (not maybe or index.whole_word(word, lowered)):
                    found.extend(here)
                continue
            if maybe and not index.whole_word(word, lowered):
                continue
            starts = []  # where the first word stands (any name there starts with it)
            at = lowered.find(word)
            while at >= 0:
                starts.append(at)
                at = lowered.find(word, at + 1)
            for name, contest in named:
                for at in starts:
                    if lowered.startswith(name, at):
                        found.append(contest)
                        break
        # the seat named first, first: ``infer_context`` breaks ties between seats named as
        # often by this order, which must not depend on a set's order (it differs between
        # processes, and an article's stored seats must read as they did at extraction)
        return sorted(found, key=lambda c: (lowered.find(c.name.casefold()), c.key))

    def previous_contest(self, contest: ContestFig) -> ContestFig | None:
        previous = self.elections[contest.election].previous
        if not previous:
            return None
        return self.contest(previous, contest.slug) or self.contest(
            previous, contest.predecessor_slug
        )

    def person_in(self, name: str, election: str | None) -> CandidateFig | None:
        """The same person (by full name) standing at another election."""
        found = self.by_name.get((name.casefold(), election or ""), [])
        return found[0] if len(found) == 1 else None

    def fact(self, kind: str, subject: str | None) -> FactFig | None:
        if not subject:
            return None
        return self.facts.get((kind, subject.casefold()))

    def resolve_subject(self, name: str, kind: str, election: str | None) -> str:
        """The key of a candidate, party or constituency an editor typed by name."""
        wanted = name.strip().casefold()
        if not wanted:
            return ""
        if kind == SubjectKind.CANDIDATE:
            found = [
                c
                for c in self.candidates.values()
                if c.contest.election == election
                and wanted in (c.full_name.casefold(), c.surname.casefold())
            ]
            return found[0].key if len(found) == 1 else ""
        if kind == SubjectKind.PARTY:
            for abbreviation, party_name in self.parties.items():
                if wanted in (abbreviation.casefold(), party_name.casefold()):
                    return abbreviation
            return ""
        if kind == SubjectKind.CONSTITUENCY:
            for contest in self.contests.values():
                if contest.name.casefold() == wanted:
                    return contest.slug
        return ""

    def commons_majority_holder(self, election: str, total: int) -> TallyFig | None:
        """The ``TallyFig`` of the first party (in ``tallies``' order) with more than half of
        ``total`` seats at ``election``, the Speaker counted with his former party or apart
        (either way), or None. Worked out once per snapshot and number of seats; reading
        it records no evidence (callers record what they read, such as ``total_seats``)."""
        key = (election, total)
        if key not in self._majority_holders:
            self._majority_holders[key] = next(
                (
                    tally
                    for (at, party), tally in self.tallies.items()
                    if at == election
                    and party
                    and 2 * max(tally.seats, tally.seats_with_speaker or 0) > total
                ),
                None,
            )
        return self._majority_holders[key]

    def polling_days(self) -> tuple[datetime.date, ...]:
        """The polling days of the elections loaded."""
        return tuple(e.date for e in self.elections.values())

    def total_seats(self, election: str) -> int:
        """Seats in the Commons at ``election``: ``results.national.commons_seats`` of its day,
        else the seats summed, else 650 (the number since 2010)."""
        known = self.elections.get(election)
        seats = national.commons_seats(known.date) if known else None
        if seats:
            return seats
        summed = self.national.get(election)
        return (summed.uk.seats_declared if summed else 0) or 650


# Bytes that stand in a word (``_WORD``: ASCII letters, digits, "_") and every byte of
# a character beyond ASCII are kept; any other ASCII byte (a space, a comma) ends a word.
_ASCII_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# ... and with every non-ASCII byte ending a word too
_SPLIT_NON_ASCII = bytes(b if b in _ASCII_WORD else 32 for b in range(256))


class _NameIndex:
    """The seats of one election by the first word of their name (casefolded), for
    ``OfficialFigures.contests_in``; built once per snapshot."""

    __slots__ = ("names", "_ascii")

    def __init__(self, first_words: dict[str, list[ContestFig]]) -> None:
        self.names = {
            word: [(c.name.casefold(), c) for c in contests]
            for word, contests in first_words.items()
        }
        # first words as bytes, when every one is ASCII (else None: ``_WORD`` reads the text)
        ascii_words = all(word.isascii() for word in self.names)
        self._ascii = {w.encode("ascii"): w for w in self.names} if ascii_words else None

    def first_words_in(self, lowered: str) -> tuple[list[str], bool]:
        """The first words that stand as whole words (``_WORD``) in ``lowered``,
        ``self.names.keys() & set(_WORD.findall(lowered))``, found faster; and whether
        some of them may not (then ``whole_word`` tells)."""
        if self._ascii is None:
            return list(self.names.keys() & set(_WORD.findall(lowered))), False
        # the text's runs of ASCII word characters: every whole word of the text that is
        # ASCII is one; but one beside a letter beyond ASCII ("caf" of "café") is not
        runs = lowered.encode("utf-8").translate(_SPLIT_NON_ASCII).split()
        return [self._ascii[run] for run in self._ascii.keys() & runs], not lowered.isascii()

    @staticmethod
    def whole_word(word: str, lowered: str) -> bool:
        """Whether ``word`` stands in ``lowered`` as a whole word (one of ``_WORD``'s: no
        letter, digit or "_" just before or after it)."""
        return _stands_alone(lowered, word, _word_char)


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is one ``\\w`` matches (a letter, digit or "_")."""
    return ch.isalnum() or ch == "_"


# A word, for indexing seats' names by their first one ("ynys", "islington", "st").
_WORD = re.compile(r"\w+")


def _names(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` as whole words ("Bath", not "Bathurst")."""
    return _stands_alone(text, name, str.isalnum)


def _stands_alone(text: str, part: str, in_word: Callable[[str], bool]) -> bool:
    """Whether ``part`` stands somewhere in ``text`` with no character ``in_word`` just
    before or just after it."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not in_word(text[at - 1])) and (end == len(text) or not in_word(text[end])):
            return True
        at = text.find(part, at + 1)
    return False
