"""Candidates' names as written, against the official spelling of the seats an article names.

A misspelt candidate's name ("Vikkas Aggarwal" for Vikas Aggarwal) is a claim of its own,
``ClaimType.NAME``: its text is the name as written, its subject the official candidate.
Calling a correct name wrong is the costliest mistake this can make, so a name is flagged
only when every one of these holds (``misspelt_names``):

- the article names the seat (a constituency in the gazetteer) and the candidate stood
  there at the article's election;
- the name is written with as many words as the official one (or as its first given name
  and surname), every word but one exactly as officially spelt, and that one a near miss:
  one letter off (added, dropped, changed, or two swapped) in a word of at least four
  letters, or two letters off in one of at least seven; neither word the start of the
  other ("Pete" for Peter, "Steve" for Steven are what people are called);
- the misspelt word, as written, is no word any candidate's name has in that place: another
  spelling in use ("Mohammed" for Mohammad, "Smyth" for Smith) may be another person;
- the whole name, as written, is nobody's: no candidate anywhere at any loaded election,
  and no well-known politician (``KNOWN_PEOPLE``);
- the name stands alone: no capitalised word runs on before or after it, other than a
  title, a party or a post ("Lib Dem Vikkas Aggarwal", "Vikkas Aggarwal MP").

Accents, apostrophes, hyphens and case never count: "Sian Berry" is Siân Berry, "Sean
O Neill" is Seán O'Neill (``same_name``). No Django import.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..vocabulary import ClaimType, Qualifier, SubjectKind, Unit
from .claims import Claim
from .gazetteer import TITLES, GazCandidate, GazIndex, norm_key
from .mentions import MentionIndex
from .patterns import trie
from .sentences import Sentence, in_spans

__all__ = [
    "KNOWN_PEOPLE",
    "NameMatch",
    "edit_distance",
    "fold_name",
    "misspelt_names",
    "near_miss",
    "same_name",
]

# Politicians the press names often who are not candidates in the loaded elections: a
# name written like one of these is that person, never a candidate's misspelt name.
KNOWN_PEOPLE = frozenset(
    [
        "tony blair", "gordon brown", "david cameron", "john major", "margaret thatcher",
        "nicola sturgeon", "humza yousaf", "john swinney", "alex salmond", "anas sarwar",
        "sadiq khan", "andy burnham", "andy street", "mark drakeford", "vaughan gething",
        "eluned morgan", "rhun ap iorwerth", "michelle oneill", "mary lou mcdonald",
        "emma little pengelly", "ruth davidson", "john smith", "neil kinnock", "ed miliband",
        "john curtice", "nigel farage", "boris johnson", "theresa may", "liz truss",
        "donald trump", "joe biden", "kamala harris", "emmanuel macron",
    ]
)  # fmt: skip
# Capitalised words that may stand just before a name without being part of it.
_ROLES = frozenset(
    ["mp", "candidate", "minister", "secretary", "chancellor", "leader", "member", "speaker",
     "deputy", "shadow", "former", "incumbent", "independent", "councillor", "cllr", "mayor"]
)  # fmt: skip
# Letters after a name that do not extend it.
_POST_NOMINALS = frozenset(["mp", "msp", "ms", "mla", "qc", "kc", "obe", "mbe", "cbe", "mep"])
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_SPACE = frozenset(" \u00a0")
# What joins a word to the one before it ("A.Gent", "Lloyd-Jones", "O'Neill").
_JOINERS = frozenset("_'\u2019-.")
# What may stand just before a name's first word.
_OPENERS = frozenset("(\"'\u201c\u2018[\u2013\u2014/")


def fold_name(text: str) -> str:
    """A name as compared: accents dropped, lower case, letters only ("Seán O'Neill" ->
    "seanoneill"). Two names that fold alike are the same name as written."""
    return "".join(c for c in norm_key(text).casefold() if c.isalpha())


def same_name(written: str, official: str) -> bool:
    """Whether ``written`` is ``official`` but for accents, case, spaces, apostrophes and
    hyphens ("Sinn Fein" and "Sinn Féin", "Sian Berry" and "Siân Berry")."""
    return fold_name(written) == fold_name(official)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Letters added, dropped, changed or two neighbours swapped between ``a`` and ``b``
    (optimal string alignment), counted up to ``limit``: any larger distance is ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) >= limit:
            return limit
        prev2, prev = prev, row
    return min(prev[-1], limit)


def near_miss(written: str, official: str) -> int:
    """How many letters ``written`` is off ``official`` (folded) when that makes a likely
    misspelling of it, else 0: one letter in a word of at least four letters, two in one
    of at least seven, and neither word the start of the other (a short form of a name)."""
    return _near_folded(fold_name(written), fold_name(official))


def _near_folded(w: str, o: str) -> int:
    """``near_miss`` of two names already folded (``fold_name``)."""
    if not w or not o or w == o or w.startswith(o) or o.startswith(w):
        return 0
    shorter = min(len(w), len(o))
    if shorter < 4:
        return 0
    distance = edit_distance(w, o)
    if distance == 1 or (distance == 2 and shorter >= 7):
        return distance
    return 0


@dataclass(frozen=True)
class NameMatch:
    """A name written at ``start``..``end`` of the text that misspells ``candidate``'s."""

    start: int
    end: int
    candidate: GazCandidate
    distance: int


# A form written out with single spaces, and where one of its words starts and ends in it.
_Official = tuple[str, int, int]


class _Names:
    """What the check needs of the gazetteer, built once per index: the candidates of each
    seat at each election, every full name (folded), and the words names have in each
    place (given names, surnames)."""

    def __init__(self, index: GazIndex) -> None:
        self.by_seat: dict[tuple[str | None, str | None], list[GazCandidate]] = {}
        self.full: set[str] = set(KNOWN_PEOPLE_FOLDED)
        self.given: set[str] = set()
        self.surnames: set[str] = set()
        for cands in index.full.values():
            for cand in cands:
                self.by_seat.setdefault((cand.election, cand.constituency), []).append(cand)
                words = cand.full_name.split()
                sur = cand.surname.split() or words[-1:]
                given = words[: len(words) - len(sur)]
                self.full.add(fold_name(cand.full_name))
                if len(given) > 1:
                    self.full.add(fold_name(" ".join([given[0], *sur])))
                self.given.update(fold_name(w) for w in given)
                self.surnames.update(fold_name(w) for w in sur)
        self.party_words = {k.split()[-1].casefold() for k in index.party} | {
            norm_key(k).casefold() for k in index.party
        }
        self._finders: dict[tuple, tuple] = {}

    def finder(self, election: str, seats: tuple[str, ...]):
        """For the candidates of ``seats`` at ``election``: a regex finding any word of
        their names as officially written or without accents (checked for a word boundary
        before it by the caller), and a dict from each such spelling (what the regex
        matches) to the ``(candidate, form, place in the form, official)`` of every word that
        folds like it, ``official`` being ``(the form written out, where the word starts and
        ends in it)`` for a form ``_written_as_official`` can vouch for, else None; ``(None,
        {})`` when there are none. Kept per seats."""
        key = (election, seats)
        found = self._finders.get(key)
        if found is not None:
            return found
        candidates = [c for seat in seats for c in self.by_seat.get((election, seat), ())]
        by_word: dict[str, list[tuple[GazCandidate, list[str], int, _Official | None]]] = {}
        spellings: set[str] = set()
        for cand in candidates:
            for form in _forms(cand):
                plain = all(_plain_word(w) for w in form)
                full = " ".join(form)
                for place, word in enumerate(form):
                    at = len(" ".join([*form[:place], ""]))
                    official = (full, at, at + len(word)) if plain else None
                    by_word.setdefault(fold_name(word), []).append((cand, form, place, official))
                    spellings.update((word, norm_key(word)))
        by_spelling = {w: by_word.get(fold_name(w), ()) for w in spellings}
        finder = None
        if spellings:
            # the words first, so ``re`` can skip to their first letters; the boundary
            # before a word is checked by the caller. A trie tries a longer word before one
            # it starts with, as the longest-first alternation it replaces did, and branches
            # on one letter instead of trying every word.
            finder = re.compile(
                trie(spellings) + r"(?=['\u2019]s\b|['\u2019](?!\w)|[^\w'\u2019\-]|$)"
            )
        if len(self._finders) > 1000:
            self._finders.clear()
        self._finders[key] = found = (finder, by_spelling)
        return found


KNOWN_PEOPLE_FOLDED = frozenset(fold_name(n) for n in KNOWN_PEOPLE)


def _names_of(index: GazIndex) -> _Names:
    """The index's ``_Names``, built on first use and kept on it (like the index itself)."""
    names = getattr(index, "_names", None)
    if names is None:
        names = _Names(index)
        index._names = names  # type: ignore[attr-defined]
    return names


def _forms(cand: GazCandidate) -> list[list[str]]:
    """The ways a candidate's name is written, as words: in full, and, for more than one
    given name, the first given name and the surname ("Ian Brown" for Ian Christopher
    Brown)."""
    words = cand.full_name.split()
    sur = cand.surname.split() or words[-1:]
    given = words[: len(words) - len(sur)]
    forms = [words]
    if len(given) > 1:
        forms.append([given[0], *sur])
    return forms


def misspelt_names(
    text: str,
    index: GazIndex,
    mentions: MentionIndex,
    election: str | None,
    masks: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[NameMatch]:
    """Every place ``text`` writes a name that misspells a candidate of a seat it names, at
    ``election`` (see the module's rules), in order of position; at most one candidate per
    place (a place near two candidates' names is left alone)."""
    seats = [c.key for c in mentions.constituencies]
    if not seats or not election:
        return []
    names = _names_of(index)
    finder, by_spelling = names.finder(election, tuple(seats))
    if finder is None:
        return []
    mask_starts = [a for a, _ in masks]
    found: dict[tuple[int, int], list[NameMatch]] = {}
    for hit in finder.finditer(text):
        at = hit.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in _JOINERS):
            continue  # inside a longer word ("Aggarwals", "A.Gent")
        if masks and in_spans(masks, mask_starts, at):
            continue
        end = hit.end()
        for cand, form, place, official in by_spelling[hit.group()]:
            if official is not None and _written_as_official(text, at, end, official):
                continue  # the name as spelt: ``_match_at`` would find every word the same
            match = _match_at(text, at, end, cand, form, place, names)
            if match is not None:
                found.setdefault((match.start, match.end), []).append(match)
    out = []
    for (_start, _end), matches in sorted(found.items()):
        people = {m.candidate.full_name for m in matches}
        if len(people) == 1:
            out.append(min(matches, key=lambda m: m.distance))
    return out


def _plain_word(word: str) -> bool:
    """A word of letters, apostrophes and hyphens that opens with a letter and does not end
    like a possessive: ``_words_around`` reads it back whole, and ``_bare`` leaves it."""
    return (
        word[:1].isalpha()
        and word.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()
        and not word.endswith(_POSSESSIVE)
    )


# What may follow a name written out without running on into a longer word (``_WORD``).
_ENDS_WORD = frozenset(' \t\n\r\u00a0,.;:!?()[]"\u201c\u201d')


def _written_as_official(text: str, start: int, end: int, official: _Official) -> bool:
    """Whether the word at [start, end) stands in its candidate's name written out exactly
    (``official``: the form's words, ``_plain_word``s, joined by single spaces, and where
    the word starts and ends in that), with no letter, apostrophe or hyphen before the name
    and nothing after it that ``_WORD`` would read on. Then ``_match_at`` reads every word
    as spelt and finds no misspelling: this tells so without reading them one by one."""
    full, offset, word_end = official
    first = start - offset
    if first < 0 or end != first + word_end or not text.startswith(full, first):
        return False
    if first and (text[first - 1].isalpha() or text[first - 1] in "'\u2019-"):
        return False
    after = first + len(full)
    return after == len(text) or text[after] in _ENDS_WORD


def _words_around(text: str, start: int, end: int, before: int, after: int):
    """The ``before`` words just before [start, end) and the ``after`` just after it, each
    separated from the next by spaces only, as [(start, end)]; None if there are fewer."""
    spans = [(start, end)]
    pos = start
    for _ in range(before):
        j = pos
        while j > 0 and text[j - 1] in _SPACE:
            j -= 1
        if j == pos or j == 0:
            return None
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'\u2019-"):
            k -= 1
        if k == j or not _WORD.fullmatch(text, k, j):
            return None
        if k > 0 and not text[k - 1].isspace() and text[k - 1] not in _OPENERS:
            return None  # part of a longer token ("A.Gent")
        spans.insert(0, (k, j))
        pos = k
    pos = end
    for _ in range(after):
        j = pos
        while j < len(text) and text[j] in _SPACE:
            j += 1
        if j == pos:
            return None
        m = _WORD.match(text, j)
        if m is None:
            return None
        spans.append(m.span())
        pos = m.end()
    return spans


_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def _bare(word: str) -> str:
    """A word without a possessive ending ("Aggarwal's" -> "Aggarwal")."""
    if not word.endswith(_POSSESSIVE):
        return word
    for tail in _POSSESSIVE:
        if word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)]
    return word


def _match_at(text, start, end, cand, form, place, names: _Names) -> NameMatch | None:
    """The misspelt name of ``cand`` around the word at [start, end), which is the word
    ``form[place]`` of its name; None unless every rule of the module holds."""
    if place and (not start or text[start - 1] not in _SPACE):
        return None  # no word before it on its line ("\nCorbyn won"): ``_words_around``'s None
    spans = _words_around(text, start, end, place, len(form) - place - 1)
    if spans is None:
        return None
    written = [_bare(text[a:b]) for a, b in spans]
    # the words not written as officially spelt: one, and that one a near miss (a word
    # written as spelt folds alike, so only the others are folded)
    differ = [i for i, (w, o) in enumerate(zip(written, form, strict=True)) if w != o]
    if not differ:
        return None
    if len(differ) > 1:
        differ = [i for i in differ if not same_name(written[i], form[i])]
        if len(differ) != 1:
            return None
    i = differ[0]
    word = written[i]
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
        return None
    folded = fold_name(word)
    distance = _near_folded(folded, fold_name(form[i]))  # 0 too when the two fold alike
    if not distance:
        return None
    sur_words = len(cand.surname.split() or [1])
    in_use = names.surnames if i >= len(form) - sur_words else names.given
    if folded in in_use:
        return None  # another spelling people have: perhaps another person
    if fold_name(" ".join(written)) in names.full:
        return None  # a real person's name as written
    first, last = spans[0][0], spans[-1][0] + len(written[-1])
    if not _stands_alone(text, first, spans[-1][1], names):
        return None
    return NameMatch(first, last, cand, distance)


def _stands_alone(text: str, start: int, end: int, names: _Names) -> bool:
    """No capitalised word runs on into the name at [start, end) (a longer name, "Sir John
    Curtice"), other than a title, a party, a post or letters after it."""
    before = _words_around(text, start, start, 1, 0)
    if before is not None:
        word = text[before[0][0] : before[0][1]]
        if word[:1].isupper() and _bare(word) == word:
            bare = word.rstrip(".")
            folded = norm_key(bare).casefold()
            if bare not in TITLES and folded not in names.party_words and folded not in _ROLES:
                return False
    after = _words_around(text, end, end, 0, 1)
    if after is not None:
        word = text[after[1][0] : after[1][1]]
        if word[:1].isupper() and word.casefold() not in _POST_NOMINALS:
            return False
    return True


def name_claims(
    text: str,
    index: GazIndex,
    mentions: MentionIndex,
    sentences: list[Sentence],
    election: str | None,
    masks: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Claim]:
    """A ``ClaimType.NAME`` claim for every misspelt candidate's name (``misspelt_names``):
    text the name as written, subject the candidate's official name and key, value 0 (a
    name has no figure), unit ``other``, at ``election``."""
    starts = [s.start for s in sentences]
    claims = []
    for match in misspelt_names(text, index, mentions, election, masks):
        si = bisect_right(starts, match.start) - 1
        if si < 0 or match.end > sentences[si].end:
            continue
        sent = sentences[si]
        cand = match.candidate
        claims.append(
            Claim(
                start=match.start,
                end=match.end,
                text=text[match.start : match.end],
                sentence=text[sent.start : sent.end],
                sentence_start=sent.start,
                value=0,
                unit=Unit.OTHER,
                claim_type=ClaimType.NAME,
                subject=cand.full_name,
                subject_kind=SubjectKind.CANDIDATE,
                subject_key=cand.key,
                election=election,
                qualifier=Qualifier.EXACT,
            )
        )
    return claims
