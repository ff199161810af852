"""The names the extractor knows, and the lookup tables built from them once.

The app hands us plain frozen dataclasses (candidacies, parties, constituencies, elections).
Scanning an article for thousands of names must not loop over the names: the index turns
every name into a key of a dict, so finding mentions is one regex pass over capitalised
word runs plus a few dict look-ups per run (see ``mentions.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from .patterns import NOT_AFTER_LETTER, trie

__all__ = [
    "GazCandidate",
    "GazParty",
    "GazConstituency",
    "GazElection",
    "Gazetteer",
    "GazIndex",
    "NameKind",
    "norm_key",
]


@dataclass(frozen=True)
class GazCandidate:
    """One candidacy: a person standing in one seat at one election."""

    key: str
    full_name: str
    surname: str
    party: str | None = None
    constituency: str | None = None
    election: str | None = None
    gender: str = ""  # as the Library gives it ("Female", "Male", "Non-binary"), or unknown


@dataclass(frozen=True)
class GazParty:
    """A party: ``key`` is the app's abbreviation ("Lab"), ``aliases`` other names for it."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GazConstituency:
    """A seat: ``key`` is the app's slug ("islington-north")."""

    key: str
    name: str


@dataclass(frozen=True)
class GazElection:
    """An election: ``slug`` ("ge2024"), the year held, and the slug of the one before.

    ``loaded`` is False for an election Tally holds no figures for (a general election
    before the first one imported, "ge2017"): a year naming it still marks which election a
    figure belongs to, so the checker can say no data is loaded rather than compare the
    figure with another election's. It is never the article's default election."""

    slug: str
    year: int
    previous: str | None = None
    loaded: bool = True


@dataclass(frozen=True)
class Gazetteer:
    """Everything the extractor may resolve a subject or speaker to.

    The lookup index is built on first use and kept on the instance, so the app should
    build one Gazetteer and reuse it for many articles.
    """

    candidates: tuple[GazCandidate, ...] = ()
    parties: tuple[GazParty, ...] = ()
    constituencies: tuple[GazConstituency, ...] = ()
    elections: tuple[GazElection, ...] = ()
    _index: GazIndex | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def index(self) -> GazIndex:
        """The lookup tables for these names, built on first use."""
        if self._index is None:
            object.__setattr__(self, "_index", GazIndex(self))
        return self._index  # type: ignore[return-value]


# Press names for the main UK parties. The app's aliases are used as given; these are added
# when a party's key or name matches, because copy says "the Tories" far more often than
# "the Conservative and Unionist Party" and the app's data may not list every nickname; the
# short forms of fact boxes and tables too ("Seats: Lab 27, PC 4, LD 1, Con 0").
PRESS_ALIASES: dict[str, tuple[str, ...]] = {
    "con": (
        "Conservative",
        "Conservatives",
        "Conservative Party",
        "Tory",
        "Tories",
        "Tory Party",
        "Conservative and Unionist Party",
        "Con",  # fact boxes and tables: "Seats: Lab 27, PC 4, LD 1, Con 0"
    ),
    "lab": ("Labour", "Labour Party", "Labour and Co-operative", "Labour Co-op", "Lab"),
    "ld": (
        "Liberal Democrat",
        "Liberal Democrats",
        "Lib Dem",
        "Lib Dems",
        "LibDems",
        "Liberal Democrat Party",
        "LD",
    ),
    "green": (
        "Green",
        "Greens",
        "Green Party",
        "Scottish Greens",
        "Scottish Green Party",
        "Green Party of England and Wales",
        "Grn",
    ),
    "ruk": ("Reform", "Reform UK", "Reform Party", "Ref", "RUK"),
    "snp": ("SNP", "Scottish National Party"),
    "pc": ("Plaid", "Plaid Cymru", "PC"),
    "sf": ("Sinn Féin", "Sinn Fein"),
    "dup": ("DUP", "Democratic Unionist Party", "Democratic Unionists"),
    "uup": ("UUP", "Ulster Unionist Party", "Ulster Unionists"),
    "sdlp": ("SDLP", "Social Democratic and Labour Party"),
    "apni": ("Alliance", "Alliance Party"),
    "wpb": ("Workers Party", "Workers Party of Britain"),
    "ukip": ("UKIP", "UK Independence Party"),
    "brx": ("Brexit Party", "The Brexit Party", "BXP"),
    "ind": ("Independent", "Independents"),
}
_PRESS_BY_NAME = {name.lower(): key for key, names in PRESS_ALIASES.items() for name in names}

TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mx",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Baroness",
        "Baron",
        "Professor",
        "Prof",
        "Rev",
        "Cllr",
        "Councillor",
        "Captain",
        "Capt",
    ]
)

# Surnames that are everyday words: a lone "Hope" or "May" is not taken as a candidate
# unless the full name, a title or the candidate's seat appears in the same article.
COMMON_WORDS = frozenset(
    [
        # the nations, which are surnames too ("Wales had the lowest turnout": Frankie
        # Wales stood in 2024)
        *("wales", "england", "scotland", "ireland", "britain"),
        "hope",
        "may",
        "will",
        "long",
        "young",
        "rich",
        "little",
        "hall",
        "church",
        "bell",
        "brown",
        "green",
        "white",
        "black",
        "grey",
        "gray",
        "king",
        "price",
        "cross",
        "hill",
        "wood",
        "field",
        "rose",
        "lamb",
        "fox",
        "bird",
        "start",
        "law",
        "best",
        "good",
        "case",
        "love",
        "hunt",
        "page",
        "mark",
        "reading",
        "bath",
        "wells",
        "sharp",
        "short",
        "strong",
        "wise",
        "worth",
        "house",
        "park",
        "day",
        "north",
        "south",
        "east",
        "west",
        "english",
        "french",
        "welsh",
        "scott",
        "new",
        "old",
        "power",
        "money",
        "gold",
        "silver",
        "free",
        "hand",
        "land",
        "banks",
        "booth",
        "cook",
        "cook",
        "baker",
        "barber",
        "fisher",
        "miller",
        "smith",
        "turner",
        "walker",
        "ward",
        "waters",
        "winter",
        "summer",
        "spring",
        "march",
        "april",
        "june",
        "july",
        "august",
        "friday",
        "monday",
        "sunday",
        "victory",
        "justice",
        "freedom",
        "reform",
        "labour",
        "independent",
        "alliance",
        "speaker",
        "liberal",
        "green",
        # adverbs and adjectives that open sentences ("Just 29 of the 121 …")
        "just",
        "still",
        "new",
        "high",
        "short",
        "small",
        "sharp",
        "bright",
    ]
)


# A seat's name whose last words say which part of a town it is: "Belfast North",
# "Dundee Central", "Kingston upon Hull East".
_PART_LAST = re.compile(r"(.+?) ((?:North|South)(?: (?:East|West))?|East|West|Central)$")


# Towns whose seats the press names by a shorter name: "Hull East", "Stoke Central".
_SHORT_TOWNS = (
    ("Kingston upon Hull ", "Hull "),
    ("Newcastle upon Tyne ", "Newcastle "),
    ("Stoke-on-Trent ", "Stoke "),
)
# Parts of a city's seat's name that name something else on their own.
_NOT_ON_THEIR_OWN = frozenset(["Test", "Pavilion", "Riverside", "Kemptown", "Southall"])


def norm_key(text: str) -> str:
    """Fold apostrophes, spaces and accents so "Sinn Féin"/"Sinn Fein" share one key."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.replace("\u00a0", " ").split())
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return text


class NameKind(StrEnum):
    """What a name in ``GazIndex.names`` stands for."""

    CANDIDATE = "candidate"  # a full name: the person's candidacies
    SURNAME = "surname"  # a surname alone: every candidacy with it, to be confirmed
    PARTY = "party"
    CONSTITUENCY = "constituency"


class GazIndex:
    """Dict look-ups from normalised names to gazetteer entries.

    ``names`` maps every normalised name (full names, surnames, party names and aliases,
    constituency names) to ``(NameKind, payload)``: a tuple of ``GazCandidate`` for
    CANDIDATE, a list of them for SURNAME, a ``GazParty``, or a ``GazConstituency``.
    ``first_tokens`` maps the first word of every name to the most words such a name has.
    ``election_by_year`` maps a year to the slug of the first election held in it (a loaded
    one before one that is not); ``latest`` is the latest loaded election, and
    ``loaded_years`` the years of all the loaded ones."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.full: dict[str, list[GazCandidate]] = {}
        self.surname: dict[str, list[GazCandidate]] = {}
        self.party: dict[str, GazParty] = {}
        self.party_by_key: dict[str, GazParty] = {}
        self.const: dict[str, GazConstituency] = {}
        self.const_by_key: dict[str, GazConstituency] = {}
        self.first_name: dict[str, str] = {}  # full_name -> given names, for fuzzy checks
        for cand in gaz.candidates:
            full = norm_key(cand.full_name)
            sur = norm_key(cand.surname) or full.rsplit(" ", 1)[-1]
            self.full.setdefault(full, []).append(cand)
            self.surname.setdefault(sur, []).append(cand)
            given = full[: -len(sur)].strip() if full.endswith(sur) else full.split(" ")[0]
            self.first_name[full] = given
        for party in gaz.parties:
            self.party_by_key[party.key] = party
            names = {party.name, *party.aliases}
            press_key = party.key.lower()
            if press_key not in PRESS_ALIASES:
                press_key = _PRESS_BY_NAME.get(party.name.lower(), "")
            names.update(PRESS_ALIASES.get(press_key, ()))
            for name in names:
                key = norm_key(name)
                if key.lower().startswith("the "):
                    key = key[4:]
                if key and key not in self.party:
                    self.party[key] = party
        for const in gaz.constituencies:
            self.const[norm_key(const.name)] = const
            self.const_by_key[const.key] = const
        # a seat named town first, its part after ("Belfast North"), as the press often
        # writes it, part first ("North Belfast"), where no seat has that name
        words_of_seats: dict[str, int] = {}  # in how many seats' names (commas apart) a word is
        for name in {c.name.replace(",", "") for c in gaz.constituencies}:
            for word in set(name.split()):
                words_of_seats[word] = words_of_seats.get(word, 0) + 1
        for const in gaz.constituencies:
            part = _PART_LAST.match(const.name)
            if part is not None:
                turned = norm_key(f"{part.group(2)} {part.group(1)}")
                self.const.setdefault(turned, const)
            # a city's seat the Library names "Sheffield, Brightside and Hillsborough", as
            # the press writes it: "Sheffield Brightside and Hillsborough", and the part
            # alone where no other seat has its words ("Brightside and Hillsborough",
            # "Edgbaston"; not "Test" or "Pavilion")
            for long, short in _SHORT_TOWNS:
                if const.name.startswith(long):  # "Kingston upon Hull East": "Hull East"
                    self.const.setdefault(norm_key(short + const.name[len(long) :]), const)
            town, comma, rest = const.name.partition(", ")
            if comma and " " not in town and "," not in rest:
                self.const.setdefault(norm_key(f"{town} {rest}"), const)
                if rest not in _NOT_ON_THEIR_OWN and all(
                    words_of_seats.get(w, 0) == 1 for w in rest.split() if w[:1].isupper()
                ):
                    self.const.setdefault(norm_key(rest), const)
        # names with a comma ("Caithness, Sutherland and Easter Ross"), which no run of
        # capitalised words holds: found by one pattern, the longest name first
        self.comma_seats: dict[str, GazConstituency] = {
            norm_key(c.name): c
            for c in sorted(gaz.constituencies, key=lambda c: -len(c.name))
            if "," in c.name
        }
        # as a trie opening on a literal (``patterns.trie``): ``re`` skips ahead to the
        # letters a name may start with instead of trying every name at every word
        self.comma_seats_re = (
            re.compile(
                trie(self.comma_seats, NOT_AFTER_LETTER).replace("\\ ", "[ \u00a0]+") + r"\b"
            )
            if self.comma_seats
            else None
        )
        self.elections = {e.slug: e for e in gaz.elections}
        self.election_by_year: dict[int, str] = {}
        for e in sorted(gaz.elections, key=lambda e: (e.year, not e.loaded)):
            self.election_by_year.setdefault(e.year, e.slug)
        loaded = [e for e in gaz.elections if e.loaded]
        self.latest = max(loaded, key=lambda e: e.year).slug if loaded else None
        self.loaded_years = frozenset(e.year for e in loaded)
        # first word of every key -> the most words a key starting with it has, so a run of
        # capitalised words is only tried at the lengths that can match
        self.first_tokens: dict[str, int] = {}
        for k in (*self.full, *self.surname, *self.party, *self.const):
            head, n = k.split(" ", 1)[0], k.count(" ") + 1
            if n > self.first_tokens.get(head, 0):
                self.first_tokens[head] = n
        self.max_tokens = max(self.first_tokens.values(), default=1)
        # names written in capitals ("SNP", "DUP"), kept so in a heading in capitals
        self.capitals = frozenset(k for k in self.party if k.isupper())
        # every key in one dict, so a run of words costs one look-up per length tried: a
        # constituency wins over a party, a party over a full name, a full name over a surname
        self.names: dict[str, tuple[NameKind, object]] = {}
        for k, cands in self.surname.items():
            self.names[k] = (NameKind.SURNAME, cands)
        for k, cands in self.full.items():
            self.names[k] = (NameKind.CANDIDATE, tuple(cands))
        for k, party in self.party.items():
            self.names[k] = (NameKind.PARTY, party)
        for k, const in self.const.items():
            self.names[k] = (NameKind.CONSTITUENCY, const)

    def previous_of(self, slug: str | None) -> str | None:
        """The slug of the election before ``slug``, if the gazetteer knows one."""
        election = self.elections.get(slug or "")
        return election.previous if election else None

    def is_loaded(self, slug: str | None) -> bool:
        """Whether official figures are loaded for election ``slug`` (False when unknown)."""
        election = self.elections.get(slug or "")
        return election is not None and election.loaded

    def year_of(self, slug: str | None) -> int | None:
        """The year election ``slug`` was held, if the gazetteer knows it."""
        election = self.elections.get(slug or "")
        return election.year if election else None
