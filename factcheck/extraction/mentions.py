"""Mentions of candidates, parties and constituencies, and what "he" or "the party" mean.

Names are found without looping over the gazetteer: one regex finds runs of capitalised
words ("Labour's Praful Nargund", "Islington South and Finsbury") and each run is split
into the longest keys present in the index's dicts. A lone surname is only trusted when the
article also names that person in full, names their seat, puts a title before it ("Mr
Corbyn"), or the surname is unique and not an everyday word: with 4,515 candidates "Smith"
or "Hope" would otherwise attach figures to strangers.

Pronouns and descriptions ("he", "the 75-year-old", "the former Labour leader") resolve to
the subject of the previous sentence when it opened with a person, else to the person the
article has named most so far; "the party" resolves to the last party named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter

from ..vocabulary import SubjectKind
from .gazetteer import (
    COMMON_WORDS,
    TITLES,
    GazCandidate,
    GazConstituency,
    GazIndex,
    GazParty,
    NameKind,
    norm_key,
)
from .patterns import NOT_AFTER_LETTER, trie
from .sentences import Sentence

__all__ = [
    "ANAPHOR_RE",
    "A_DIGIT",
    "LOSER_LEFT",
    "NAME_RE",
    "PARTY_REF_RE",
    "PRONOUNS",
    "PRONOUN_RE",
    "TAKEN_FROM",
    "Mention",
    "MentionIndex",
    "MentionKind",
    "anaphor_spans",
    "find_mentions",
    "owns_the_party_after",
    "party_ref_spans",
    "second_of_a_pair",
]

_CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019\-]*"
# The small words a name may hold ("Islington South and Finsbury", "Ursula von der Leyen"),
# as a trie: ``re`` then branches on one letter after each space instead of trying every
# word (the scan of capitalised runs takes half the time). Each word is followed by a space
# in the pattern and no word starts with another and a space, so at most one can match at a
# place and the order they are tried in changes nothing.
_CONNECT = trie(
    ["and", "of", "for", "the", "upon", "under", "on", "in", "de", "du", "la", "le", "van", "von"]
    + ["der", "den", "y", "an", "&"]
)
_CHUNK_RE = re.compile(rf"{_CAP}(?:[ \u00a0]+(?:{_CONNECT}[ \u00a0]+)*{_CAP})*")
_TOKEN_RE = re.compile(r"[^ \u00a0]+")
# Literal-led (no leading \b or lookbehind) so ``re`` can skip ahead; the left boundary is
# checked after the first letter, and again in code.
PRONOUNS = ["he", "He", "she", "She", "him", "Him", "his", "His", "her", "Her"]
PRONOUN_RE = re.compile(rf"{trie(PRONOUNS, NOT_AFTER_LETTER)}\b")
_ANAPHOR_BODY = (
    r"[ \u00a0]+(?:[0-9]{2,3}[ \u00a0-]years?[ \u00a0-]old\b"
    r"|(?:(?:former|veteran|ex-|outgoing|incumbent|sitting|re-elected|long-serving|embattled"
    r"|newly[ -]elected|defeated|victorious|[a-z]+-wing|[0-9]{2,3}-year-old)[ \u00a0-]+)+"
    r"(?:(?:[A-Z][\w-]*|of|the|opposition|party)[ \u00a0]+){0,4}?"
    r"(?:leader|MP|member|candidate|politician|minister|chancellor|secretary|incumbent"
    r"|campaigner|veteran|prime minister)\b"
    r"|(?:incumbent|winner|victor|MP)\b"
    # "the party's co-leader": a person, not the party
    r"|party['\u2019]s[ \u00a0]+(?:co-|deputy[ \u00a0]+)?(?:leader|candidate|MP|chair)\b)"
)
ANAPHOR_RE = re.compile(rf"(?:the|The){_ANAPHOR_BODY}")
# The same, as two patterns that each open with a whole word, which ``re`` finds much
# faster than either first letter; ``anaphor_spans`` merges them.
_ANAPHOR_PARTS = (re.compile(rf"the{_ANAPHOR_BODY}"), re.compile(rf"The{_ANAPHOR_BODY}"))
_PARTY_DETS = ("the", "The", "his", "His", "her", "Her", "their", "Their", "its", "Its")
PARTY_REF_RE = re.compile(rf"(?:{'|'.join(_PARTY_DETS)})[ \u00a0]+party\b")
# "party" is rarer than any of those words: find it first, then read back (``party_ref_spans``)
_PARTY_WORD_RE = re.compile(r"party(?<=[ \u00a0]party)\b")
# A person's name as written, for speakers the gazetteer does not know.
NAME_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Cllr|Councillor)"
    r"\.?[ \u00a0]+)?[A-Z][\w'\u2019-]+(?:[ \u00a0]+(?:(?:de|van|von)[ \u00a0]+)?"
    r"[A-Z][\w'\u2019-]+){0,3}"
)


class MentionKind(StrEnum):
    """What was written: a name, or a word that stands for one."""

    CANDIDATE = "candidate"  # a person's name ("Jeremy Corbyn", "Mr Corbyn", "Corbyn")
    PARTY = "party"  # "Labour", "the Tories"
    CONSTITUENCY = "constituency"  # "Islington North"
    PRONOUN = "pronoun"  # "he", "her"
    ANAPHOR = "anaphor"  # "the 75-year-old", "the former Labour leader"
    PARTY_REF = "party_ref"  # "the party", "its party"


@dataclass(slots=True)
class Mention:
    """One mention: ``start``/``end`` are offsets into the text, ``sentence`` the index of
    the sentence holding it. ``cands`` are the candidacies a name may be (the one meant
    first, once resolved), ``party``/``const`` the party or seat named."""

    # (built with positional arguments where it matters: start, end, kind, cands, party, const)
    start: int
    end: int
    kind: MentionKind
    cands: tuple[GazCandidate, ...] = ()
    party: GazParty | None = None
    const: GazConstituency | None = None
    person: str | None = None  # a person's identity: their normalised full name
    sentence: int = -1
    # set once references are resolved (plain attributes: read for every figure): a
    # candidate, or a pronoun or description that resolved to one, is a person and has
    # entity_kind CANDIDATE; a party, or "the party" once resolved, PARTY; a constituency
    # CONSTITUENCY; anything unresolved None (see ``_resolve``)
    is_person: bool = False
    entity_kind: SubjectKind | None = None


@dataclass(slots=True)
class MentionIndex:
    """Resolved mentions of one text, sorted by position, with article-level context.

    ``starts`` are the mentions' start offsets (for bisecting); ``people`` maps each person
    named (normalised full name) to their candidacies; ``topic_points`` are the offsets at
    which the article's most-named person changes, with that person."""

    mentions: list[Mention]
    starts: list[int]
    people: dict[str, tuple[GazCandidate, ...]]  # identity -> candidacies
    constituencies: list[GazConstituency]  # most mentioned first
    topic_points: list[tuple[int, str | None]]  # (position, most salient person) changes
    topic_starts: list[int]

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions starting at offsets ``start`` to ``end - 1``, in order."""
        lo = bisect_right(self.starts, start - 1)
        hi = bisect_right(self.starts, end - 1)
        return self.mentions[lo:hi]

    def before(self, pos: int) -> int:
        """Index into ``mentions`` just past the last mention starting before offset ``pos``."""
        return bisect_right(self.starts, pos - 1)

    def topic_at(self, pos: int) -> str | None:
        """The person (normalised full name) the article is most about at offset ``pos``:
        the candidate named most often so far, None before anyone is named."""
        i = bisect_right(self.topic_starts, pos) - 1
        return self.topic_points[i][1] if i >= 0 else None


def _norm_token(tok: str) -> str:
    tok = tok.replace("\u2019", "'")
    if not tok.isascii():
        tok = norm_key(tok)
    return tok


def _strip_possessive(tok: str) -> str:
    if tok.endswith("'s"):
        return tok[:-2]
    if tok.endswith("'") and len(tok) > 1:
        return tok[:-1]
    return tok


class _Nearby:
    """Where each person named in full and each seat is named in a text, to choose between
    the candidates one surname may be (built once per text, when first needed).
    ``found``: the text's mentions so far; ``sentences``: its ``Sentence`` spans."""

    def __init__(self, found: list[Mention], sentences: list[Sentence]) -> None:
        self.people: dict[str, list[int]] = {}
        self.seats: dict[str, list[int]] = {}
        for m in found:
            if m.kind is MentionKind.CANDIDATE:
                self.people.setdefault(m.cands[0].full_name, []).append(m.start)
            elif m.const is not None:
                self.seats.setdefault(m.const.key, []).append(m.start)
        for starts in (*self.people.values(), *self.seats.values()):
            starts.sort()
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]

    @staticmethod
    def _around(places: dict[str, list[int]], keys: set[str], pos: int):
        """``((offset, key) named last before pos, (offset, key) named first after it)``
        among ``keys``, each None when there is none."""
        before = after = None
        for key in sorted(keys):
            starts = places.get(key, ())
            i = bisect_left(starts, pos)
            if i and (before is None or starts[i - 1] > before[0]):
                before = (starts[i - 1], key)
            j = bisect_right(starts, pos)
            if j < len(starts) and (after is None or starts[j] < after[0]):
                after = (starts[j], key)
        return before, after

    def person(self, cands: list[GazCandidate], pos: int) -> list[GazCandidate]:
        """Of ``cands`` (one surname, several people the text names in full), the person
        named in full last before offset ``pos``, else first after it: "… beat Labour's
        Khalid Mahmood. Mr Mahmood polled 12,796" in an article naming Shabana Mahmood too."""
        before, after = self._around(self.people, {c.full_name for c in cands}, pos)
        found = before or after
        return [c for c in cands if c.full_name == found[1]] if found else cands

    def seat(self, cands: list[GazCandidate], pos: int) -> list[GazCandidate]:
        """Of ``cands`` (one surname, standing in several seats the text names), those in
        the seat the surname at offset ``pos`` is read with: the last of their seats named
        before it in its sentence (a results table's row: "South Basildon and East Thurrock |
        McMurdock (Reform) | Ferguson (Lab)"), else the first after it there ("Ferguson,
        Labour's candidate in Peterborough"), else the last named before the sentence (a
        round-up's paragraph), else the first after."""
        at = bisect_right(self.sentence_starts, pos) - 1
        opens = self.sentences[at].start if at >= 0 else 0
        closes = self.sentences[at].end if at >= 0 else pos
        before, after = self._around(self.seats, {c.constituency for c in cands}, pos)
        if before and before[0] >= opens:
            seat = before[1]
        elif after and after[0] < closes:
            seat = after[1]
        elif before or after:
            seat = (before or after)[1]
        else:
            return cands
        return [c for c in cands if c.constituency == seat]


def _similar_given(written: str, official: str) -> bool:
    """ "Vikkas" for "Vikas", "Jez" for "Jeremy": same initial and close enough."""
    w, o = written.lower(), official.split(" ")[0].lower()
    if not w or not o or w[0] != o[0]:
        return False
    return (
        w[:3] == o[:3]
        or abs(len(w) - len(o)) <= 2
        and sum(a != b for a, b in zip(w, o, strict=False)) <= 2
    )


_Pending = tuple[int, int, list[GazCandidate], bool, str]


# Two words or more in capitals opening a line: a heading's name ("LEE ANDERSON (Ashfield)",
# "WAVENEY VALLEY - Green GAIN from Con"); looked for at line starts only (a third of the
# time of a search at every capital letter).
_CAPITALS_RUN = re.compile(
    r"^(?:[0-9][0-9:.]*[ \u00a0]*(?:[\u2013\u2014-][ \u00a0]*)?|[\u2022*\u2013\u2014-][ \u00a0]*)?"
    r"[A-Z][A-Z'\u2019-]+(?:[ \u00a0]+[A-Z][A-Z'\u2019-]+)+\b",
    re.MULTILINE,
)  # after a time or a number ("02:48 BISHOP AUCKLAND:", "2. COVENTRY NORTH WEST")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'\u2019-]+")
_LETTERS = re.compile(r"[A-Za-z]+")


def _headings_cased(text: str, index: GazIndex) -> str:
    """``text`` with the runs of words in capitals that open its lines written as names are
    ("LEE ANDERSON" as "Lee Anderson"), the same length, so a heading's names are found; a
    party's short name in capitals ("SNP", "DUP") stays as it is."""
    if _CAPITALS_RUN.search(text) is None:
        return text
    keep = index.capitals

    def cased(word: re.Match) -> str:
        w = word.group(0)
        return w if w in keep else _LETTERS.sub(lambda part: part.group(0).capitalize(), w)

    return _CAPITALS_RUN.sub(lambda run: _CAPITALS_WORD.sub(cased, run.group(0)), text)


def _scan_names(
    text: str, index: GazIndex
) -> tuple[list[Mention], list[_Pending], list[tuple[int, int, str]]]:
    """Names found by dict look-up over runs of capitalised words; lone surnames pending."""
    found: list[Mention] = []
    pending: list[_Pending] = []  # surname-only hits
    titled_given: list[tuple[int, int, str]] = []  # "Sir Keir"
    first_tokens = index.first_tokens
    party, names = index.party, index.names
    append = found.append
    # the kinds as locals, compared with ``is``: this loop runs for every capitalised run
    NAME_CONST, NAME_PARTY, NAME_CAND = NameKind.CONSTITUENCY, NameKind.PARTY, NameKind.CANDIDATE
    CONST, PARTY = MentionKind.CONSTITUENCY, MentionKind.PARTY
    CAND = MentionKind.CANDIDATE
    for chunk in _CHUNK_RE.finditer(text):
        word = chunk.group()
        entry = names.get(word)
        if entry is None:
            if " " not in word and "\u00a0" not in word:  # one word: most runs ("The", "He")
                if word in first_tokens:
                    continue  # the first word of longer names only ("Sinn")
                if word[-1] in "s'\u2019" or not word.isascii():
                    entry = names.get(_strip_possessive(_norm_token(word)))
                    if entry is None:
                        continue
                else:
                    continue  # "The", "But", "He": no name starts with them
        elif " " in word and (not word.isascii() or word[-1] == "'" or word.endswith("'s")):
            entry = None  # words to normalise first: the loop below
        # A whole run that is a key as it stands ("Labour", "Jeremy Corbyn", "Islington
        # North"; keys have single spaces): what the loop below would find at its first and
        # only step, without the set-up.
        if entry is not None:
            start, end = chunk.span()
            kind, payload = entry
            if kind is NAME_CONST:
                append(Mention(start, end, CONST, (), None, payload))
            elif kind is NAME_PARTY:
                append(Mention(start, end, PARTY, (), payload))
            elif kind is NAME_CAND:
                append(Mention(start, end, CAND, payload))
            else:
                pending.append((start, end, payload, _title_before(text, start), ""))
            continue
        base = chunk.start()
        raw = word.split()
        offsets = []
        pos = 0
        for tok in raw:
            pos = word.find(tok, pos)
            offsets.append(base + pos)
            pos += len(tok)
        if word.isascii():
            norm = raw
        else:
            norm = [_norm_token(t) if ("\u2019" in t or not t.isascii()) else t for t in raw]
        bare = [_strip_possessive(t) if t[-1:] in "s'" else t for t in norm]
        n_toks = len(raw)
        i = 0
        while i < n_toks:
            limit = first_tokens.get(norm[i]) or first_tokens.get(bare[i])
            if limit:
                for n in range(min(limit, n_toks - i), 0, -1):
                    key = bare[i] if n == 1 else " ".join([*norm[i : i + n - 1], bare[i + n - 1]])
                    entry = names.get(key)
                    if entry is None:
                        continue
                    kind, payload = entry
                    start, end = offsets[i], offsets[i + n - 1] + len(raw[i + n - 1])
                    if kind is NAME_CONST:
                        append(Mention(start, end, CONST, (), None, payload))
                    elif kind is NAME_PARTY:
                        if not (
                            n == 1
                            and i > 0
                            and raw[i] in _PLACE_SUFFIXES
                            and bare[i - 1] not in _NOT_GIVEN
                            and _PLACE_BEFORE.search(text, max(0, base - 8), base)
                        ):  # (not "in Hall Green", "of Bethnal Green": a place; but "Overall
                            # Green support", opening a sentence, is the party's)
                            append(Mention(start, end, PARTY, (), payload))
                    elif kind is NAME_CAND:
                        append(Mention(start, end, CAND, payload))
                    elif i + n < n_toks and bare[i + n][:1].isupper() and bare[i + n] not in party:
                        continue  # "Sir John Curtice": a surname followed by a name is a given name
                    else:
                        titled = i > 0 and bare[i - 1] in TITLES or _title_before(text, start)
                        given = norm[i - 1] if i > 0 and _could_be_given(norm[i - 1], index) else ""
                        pending.append((start, end, payload, titled, given))
                    i += n
                    break
                else:
                    limit = 0
            if not limit:
                if bare[i] in GIVEN_NAME_TITLES and i + 1 < n_toks:
                    titled_given.append((offsets[i], offsets[i + 1] + len(raw[i + 1]), bare[i + 1]))
                i += 1
    if index.comma_seats_re is not None and ", " in text:
        _seats_with_commas(text, index, found, pending)
    return found, pending, titled_given


def _seats_with_commas(
    text: str, index: GazIndex, found: list[Mention], pending: list[_Pending]
) -> None:
    """Add the seats whose names hold a comma ("Caithness, Sutherland and Easter Ross",
    "Birmingham, Edgbaston"), dropping what was found inside them ("Stone" in "Stone,
    Great Wyrley and Penkridge"); in place."""
    spans = []
    for m in index.comma_seats_re.finditer(text):
        const = index.comma_seats.get(norm_key(m.group()))
        if const is not None:
            spans.append((m.start(), m.end()))
            found.append(Mention(m.start(), m.end(), MentionKind.CONSTITUENCY, (), None, const))
    if not spans:
        return

    starts = [a for a, _b in spans]  # in order: ``finditer``'s

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and end <= spans[i][1] and spans[i] != (start, end)

    found[:] = [m for m in found if not inside(m.start, m.end)]
    pending[:] = [p for p in pending if not inside(p[0], p[1])]


def find_mentions(
    text: str,
    index: GazIndex,
    sentences: list[Sentence],
    pronoun_spans: Iterable[tuple[int, int]] | None = None,
    election: str | None = None,
) -> MentionIndex:
    """All entity mentions in ``text``, with pronouns and descriptions resolved.

    ``election`` is the slug of the election the text is about ("Jeremy Corbyn's party" is
    the one he stood for then). ``sentences`` are the text's sentences in order
    (``split_sentences``); a pronoun resolves to the person opening the previous sentence,
    else to the article's most-named person so far if it names them, else to the first it
    names, else to the article's most-named; a lone
    surname after "in", "since" is a place or a month. ``pronoun_spans``: the (start, end)
    spans of ``PRONOUN_RE`` matches in ``text``, when the caller has them."""
    found, pending, titled_given = _scan_names(_headings_cased(text, index), index)
    named = {m.cands[0].full_name for m in found if m.kind is MentionKind.CANDIDATE}
    if named:
        _people_not_seats(text, found)
    const_counts: dict[str, int] = {}
    const_first: dict[str, int] = {}
    const_by_key: dict[str, GazConstituency] = {}
    for m in found:
        if m.kind is MentionKind.CONSTITUENCY and m.const is not None:
            const_counts[m.const.key] = const_counts.get(m.const.key, 0) + 1
            const_first.setdefault(m.const.key, m.start)
            const_by_key[m.const.key] = m.const
    local = set(const_counts)
    nearby: _Nearby | None = None  # built when two candidates of one surname first compete
    for start, end, cands, titled, given in pending:
        if not (titled or given) and _PLACE_OR_TIME_BEFORE.search(text, max(0, start - 12), start):
            continue  # "every seat in Glasgow", "leader only in May": a place or a month
        if (
            not (titled or given)
            and _THE_BEFORE.search(text, max(0, start - 5), start)
            and not any(c.full_name in named for c in cands)
        ):
            continue  # "the North's highest turnout": not someone the text never names in full
        if given:
            cands = [
                c
                for c in cands
                if _similar_given(
                    given, index.first_name.get(_norm_token(c.full_name), c.full_name)
                )
            ]
        pick = [c for c in cands if c.full_name in named]
        if len({c.full_name for c in pick}) > 1:
            nearby = nearby or _Nearby(found, sentences)
            pick = nearby.person(pick, start)
        if not pick:
            pick = [c for c in cands if c.constituency in local]
            if len({c.constituency for c in pick}) > 1:
                nearby = nearby or _Nearby(found, sentences)
                pick = nearby.seat(pick, start)
        if not pick and cands:
            unique = len({c.full_name for c in cands}) == 1
            if unique and (titled or given or cands[0].surname.lower() not in COMMON_WORDS):
                pick = list(cands)
        if pick:
            found.append(Mention(start, end, MentionKind.CANDIDATE, cands=tuple(pick)))
    if titled_given:
        by_given = {}
        spans = []
        for m in found:
            if m.kind is MentionKind.CANDIDATE:
                c = m.cands[0]
                by_given.setdefault(index.first_name.get(_norm_token(c.full_name), ""), m.cands)
                spans.append((m.start, m.end))
        for start, end, given in titled_given:
            if given in by_given and not any(s < end < e for s, e in spans):
                # "Sir Keir" alone; not "Sir Ed" of "Sir Ed Davey's party", a name found whole
                found.append(Mention(start, end, MentionKind.CANDIDATE, cands=by_given[given]))
    append = found.append
    if pronoun_spans is None:
        pronoun_spans = [m.span() for m in PRONOUN_RE.finditer(text)]
    for start, end in pronoun_spans:
        if not start or not text[start - 1].isalnum():
            append(Mention(start, end, MentionKind.PRONOUN))
    for start, end in anaphor_spans(text):
        if not start or not text[start - 1].isalnum():
            append(Mention(start, end, MentionKind.ANAPHOR))
    for start, end in party_ref_spans(text):
        if not start or not text[start - 1].isalnum():
            append(Mention(start, end, MentionKind.PARTY_REF))
    found.sort(key=attrgetter("end"), reverse=True)  # two stable sorts: by start, longest first
    found.sort(key=attrgetter("start"))
    constituencies = sorted(
        const_by_key.values(), key=lambda c: (-const_counts[c.key], const_first[c.key])
    )
    return _resolve(text, found, sentences, constituencies, index.party_by_key, election)


# Before a lone surname, words that make it a place or a time, not a person ("every seat in
# Glasgow", "leader only in May", "since May").
_PLACE_OR_TIME_BEFORE = re.compile(r"\b(?:in|across|since|until|throughout)[ \u00a0]$")
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]$")


# A party's name that ends the names of places after a capitalised word: "Hall Green",
# "Bethnal Green", "Golders Green".
_PLACE_SUFFIXES = frozenset(["Green"])
# Before a place's name: "in Hall Green", "of Bethnal Green", "for Wood Green".
_PLACE_BEFORE = re.compile(r"\b(?:in|of|for|at|from|to|near|around)[ \u00a0]+$")
_NOT_GIVEN = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "As",
        "If",
        "In",
        "On",
        "At",
        "For",
        "After",
        "Before",
        "While",
        "Since",
        "Then",
        "So",
        "Yet",
        "Under",
        "With",
        "Without",
        "Meanwhile",
        "However",
        "Former",
        "Ex",
        "When",
        "Where",
        "Why",
        "How",
        "What",
        "Who",
        "Whom",
        "That",
        "This",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Both",
        "Neither",
        "Only",
        "Even",
    ]
)


def _could_be_given(tok: str, index: GazIndex) -> bool:
    """Whether the capitalised word before a surname reads as that person's given name."""
    return (
        tok not in _NOT_GIVEN
        and tok not in TITLES
        and not tok.endswith("'s")
        and tok not in index.party
        and tok not in index.const
        and tok.replace("-", "").isalpha()
    )


def anaphor_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``ANAPHOR_RE.finditer(text)``, from its two parts: at any position at
    most one of them matches (they open with different letters), so the leftmost match of
    the two, then the leftmost of the two after it, and so on, is what finditer finds."""
    lower, upper = _ANAPHOR_PARTS
    a = lower.search(text)
    b = upper.search(text)
    while a is not None or b is not None:
        m = a if b is None or (a is not None and a.start() < b.start()) else b
        end = m.end()
        yield m.start(), end
        if a is not None and a.start() < end:
            a = lower.search(text, end)
        if b is not None and b.start() < end:
            b = upper.search(text, end)


def party_ref_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``PARTY_REF_RE.finditer(text)``. A match is "party", the run of spaces
    before it, and the word before that, which must be one of ``_PARTY_DETS`` (none of them
    ends another, so at most one fits); and "party" alone after a possessive ("Rishi
    Sunak's party"), which ``_resolve`` gives the person's party."""
    for m in _PARTY_WORD_RE.finditer(text):
        r = m.start() - 1
        while r > 0 and text[r - 1] in " \u00a0":
            r -= 1
        if text.endswith(("'s", "\u2019s"), 0, r):  # "Rishi Sunak's party": his party
            yield m.start(), m.end()
            continue
        if not text.endswith(_PARTY_DETS, 0, r):  # most: "the Labour party", "Party"
            continue
        for det in _PARTY_DETS:
            if text.endswith(det, 0, r):
                yield r - len(det), m.end()
                break


# Words that place a seat's name ("in Stone", "the MP for Stone", "Stone's voters" aside).
_PLACED = re.compile(
    r"\b(?:in|for|of|at|to|from|across|around|near|outside|gained|gain|gains|gaining|held|"
    r"hold|holds|holding|won|win|wins|winning|took|take|takes|taking|lost|lose|loses|losing|"
    r"captured|capture|retained|retain|kept|keep|seized|seize|contest(?:ed|ing)?|"
    r"represents?|represented)[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)


# After a name: what a person does and a seat does not ("Stone held the old seat by just
# 204 votes", "Stone turned that into a majority of 10,489", "Stone, who …").
_A_PERSONS_VERB_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \u00a0]+(?:(?:held|kept|retained|lost|defended)[ \u00a0]+(?:(?:his|her)"
    r"[ \u00a0]+(?:old[ \u00a0]+|new[ \u00a0]+)?|the[ \u00a0]+(?:old|new)[ \u00a0]+)"
    r"seat\b(?!['\u2019])|"
    r"won[ \u00a0]+\d|polled|beat|defeated|secured|increased[ \u00a0]+(?:his|her))\b"
)  # (not "held on", "turned", "won the seat": what a seat does too, "Bedford held on"; nor
# "said", whose "it" after may be either)


def _people_not_seats(text: str, found: list[Mention]) -> None:
    """A seat's name that is the surname of a candidate the text names in full: the person
    when a title is written before it ("Mr Stone", for Jamie Stone, not the seat of Stone)
    or a person's verb after it ("Stone held the old seat", ``_A_PERSONS_VERB_AFTER``);
    no one, neither seat nor person, when no word placing a seat stands before it ("Stone
    clings on"); the seat otherwise ("The Liberal Democrats gained Newbury", in an article
    that also names Josh Newbury). In place."""
    by_surname: dict[str, tuple[GazCandidate, ...]] = {}
    for m in found:
        if m.kind is MentionKind.CANDIDATE:
            by_surname.setdefault(m.cands[0].surname, m.cands)
    dropped = False
    for i, m in enumerate(found):
        if m.kind is not MentionKind.CONSTITUENCY:
            continue
        cands = by_surname.get(_strip_possessive(_norm_token(text[m.start : m.end])))
        if not cands:
            continue
        if _title_before(text, m.start) or _A_PERSONS_VERB_AFTER.match(text, m.end):
            found[i] = Mention(m.start, m.end, MentionKind.CANDIDATE, cands)
        elif not _PLACED.search(text, max(0, m.start - 20), m.start):
            found[i], dropped = None, True
    if dropped:
        found[:] = [m for m in found if m is not None]


A_DIGIT = re.compile(r"[0-9]")
# A sentence that says no one did better than the one it names: "Nowhere did a Reform
# candidate … poll a bigger share than David White", "No one polled more than …".
_NONE_OPENS = re.compile(r"(?:No|Nowhere|None|Nobody|Never|Not[ \u00a0]+one)\b")
# Before a mention: it is the loser of a majority ("beat X by", "ahead of X", "unseats the
# shadow paymaster general, X", "defeated the Conservative candidate, X": a title, then the
# name).
LOSER_LEFT = re.compile(
    r"\b(?:beat|beating|beats|defeated|defeating|defeats?|over|than|ahead[ \u00a0]+of|against|"
    r"unseat(?:s|ed|ing)|oust(?:s|ed|ing)|topple[sd]|toppling|clear[ \u00a0]+of|"
    r"(?:held|holding|fended|fending|fought|fighting|saw|seeing)[ \u00a0]+off|"
    r"(?:swept|sweeping|brushed|brushing|pushed|pushing)[ \u00a0]+aside|"
    r"(?:knocked|knocking)[ \u00a0]+out|edged(?:[ \u00a0]+out)?|edging(?:[ \u00a0]+out)?|"
    r"pipped)\b"
    r"(?:[^,.;\u2013]*|(?:[ \u00a0]+[\w'\u2019-]+){0,5}?[ \u00a0]+"
    r"(?:candidate|MP|minister|secretary|general|leader|member|councillor|chancellor|"
    r"incumbent|challenger|chairman|chair|spokesman|spokeswoman),[ \u00a0])$"
)
# The first of a pair of counts just before a figure: "18,271 to 18,058", "polled 14,495 to
# her 13,715", "14.7k to 13.8k" (the second is the other side's).
_FIRST_OF_A_PAIR = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d{1,3}(?:\.\d)?k)[ \u00a0]+"
    r"(?:votes[ \u00a0]+)?to[ \u00a0]+"
    r"(?:(?:her|his|their)[ \u00a0]+)?$"
)
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$", re.IGNORECASE)


def second_of_a_pair(text: str, floor: int, at: int) -> bool:
    """Whether the figure at offset ``at`` of ``text`` is the second of a pair of counts
    ("Mark Tami kept the seat, 18,271 to 18,058"), the first standing after ``floor`` (its
    sentence's start): the other side's, whoever the sentence names first; not the end of
    a change in one count ("his vote fell from 16,125 to 11,247")."""
    pair = _FIRST_OF_A_PAIR.search(text, max(floor, at - 24), at) if at > floor else None
    return pair is not None and not _FROM_BEFORE.search(text, floor, pair.start())


def owns_the_party_after(text: str, m: Mention, nxt: Mention | None) -> bool:
    """Whether person ``m`` is named only as the owner of the party named just after
    (``nxt``): "Sir Keir Starmer's party", "Keir Starmer's Labour" (the mention may hold
    the "'s" or not)."""
    return (
        m.is_person
        and nxt is not None
        and nxt.party is not None
        and text[m.end : nxt.start] in ("'s ", "\u2019s ", " ")
        and text.endswith(("'s", "\u2019s"), m.start, nxt.start - 1)
    )


# The gender a pronoun speaks of, as the Library writes candidates' genders.
PRONOUN_GENDER = {"he": "Male", "him": "Male", "his": "Male", "she": "Female", "her": "Female"}


def _of_gender(
    gender: str, choices: list[str | None], people: dict[str, tuple[GazCandidate, ...]]
) -> str | None:
    """The first of ``choices`` (people by full name, in order of preference) whose
    recorded gender is ``gender`` or unknown ("Her share was 37.9%" after a sentence that
    opens on Robbie Butler is Sorcha Eastwood's); None when none fits."""
    for person in choices:
        cands = people.get(person) if person else None
        if cands and cands[0].gender in (gender, ""):
            return person
    return None


# Before a party something was taken from ("gains … from the Conservatives").
TAKEN_FROM = re.compile(r"\bfrom[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
# Titles a given name follows ("Sir Keir", "Dame Diana"); after "Mr" or "Dr" a name is a
# surname ("Mr George" is Andrew George, not George Eustice).
GIVEN_NAME_TITLES = frozenset(["Sir", "Dame"])


def _title_before(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \u00a0.")
    word = before.rsplit(" ", 1)[-1] if before else ""
    return word in TITLES


# After a party named as a word about its people: "Labour supporters", "Tory voters".
_ITS_PEOPLE_AFTER = re.compile(
    r"[ \u00a0]+(?:supporters|voters|activists|members|tacticians|sympathisers|loyalists)\b"
)


def _resolve(
    text: str,
    found: list[Mention],
    sentences: list[Sentence],
    constituencies: list[GazConstituency],
    party_by_key: dict[str, GazParty] | None = None,
    election: str | None = None,
) -> MentionIndex:
    sent_starts = [s.start for s in sentences]
    counts: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    last_of_gender: dict[str, str] = {}  # gender -> the person of it named last
    people: dict[str, tuple[GazCandidate, ...]] = {}
    subject_of: dict[int, str] = {}  # sentence index -> person opening it
    first_person_in: dict[int, str] = {}
    last_party: GazParty | None = None
    party_sentence = -1  # the sentence ``last_party`` was named in
    leader: str | None = None
    topic_points: list[tuple[int, str | None]] = [(0, None)]
    kept: list[Mention] = []
    last_end = -1
    n_found = len(found)
    n_sent = len(sent_starts)
    sidx = -1  # the sentence of the mention: found is in order, so step along
    # the kinds as locals, compared with ``is``: this loop runs for every mention
    CANDIDATE, PRONOUN, ANAPHOR = MentionKind.CANDIDATE, MentionKind.PRONOUN, MentionKind.ANAPHOR
    PARTY, PARTY_REF, CONSTITUENCY = (
        MentionKind.PARTY,
        MentionKind.PARTY_REF,
        MentionKind.CONSTITUENCY,
    )
    PERSON, SEAT, PARTY_SUBJECT = SubjectKind.CANDIDATE, SubjectKind.CONSTITUENCY, SubjectKind.PARTY
    # One pass: drop overlaps, then resolve and settle is_person and entity_kind. This loop
    # runs for every mention of every article.
    for i, m in enumerate(found):
        # keep the first of overlapping mentions; an anaphor in apposition to a name goes
        if m.start < last_end:
            continue
        kind = m.kind
        if kind is ANAPHOR and i + 1 < n_found:
            nxt = found[i + 1]
            if nxt.kind is CANDIDATE and 0 <= nxt.start - m.end <= 2:
                continue
        kept.append(m)
        last_end = m.end
        while sidx + 1 < n_sent and sent_starts[sidx + 1] <= m.start:
            sidx += 1  # = bisect_right(sent_starts, m.start) - 1
        m.sentence = sidx
        if kind is CANDIDATE:
            cands = m.cands
            if len(cands) > 1:
                names = dict.fromkeys(c.full_name for c in cands)  # first named wins ties
                if len(names) > 1:  # ambiguous: prefer the one the article talks about
                    best = max(names, key=lambda n: (counts.get(n, 0), last_seen.get(n, -1)))
                    m.cands = cands = tuple(c for c in cands if c.full_name == best)
            person = m.person = cands[0].full_name
            people.setdefault(person, cands)
            # one beaten ("held Richmond and Northallerton … over Labour's Tom Wilson,
            # although his share of the vote fell") is a pronoun's only by its gender
            # ("… by just 528 votes over Leanne Mohamad, …, whose 15,119 votes gave her
            # 34.2%"), and leads no paragraph
            beaten = LOSER_LEFT.search(text, max(sent_starts[sidx], m.start - 45), m.start)
            if (
                beaten is not None
                and text.startswith("than", beaten.start())
                and _NONE_OPENS.match(text, sent_starts[sidx])
            ):
                beaten = None  # "Nowhere did a Reform candidate poll more than David White"
            last_of_gender[cands[0].gender] = person
            counts[person] = counts.get(person, 0) + 1
            last_seen[person] = m.start
            m.is_person = True
            m.entity_kind = PERSON
        elif kind is PRONOUN or kind is ANAPHOR:
            person = first_person_in.get(sidx)
            if person is None:
                # the person opening the sentence before; else the article's most named if
                # that sentence names them too, else the first it names ("After a recount,
                # the Tory party chairman Richard Holden survives by just 20 votes … His
                # share plunged 35.2 points"); else the article's most named
                for back in (sidx - 1, sidx - 2):  # past a sentence that names no one
                    if (
                        back < 0
                        or back < sidx - 1
                        and A_DIGIT.search(text, sent_starts[back], sent_starts[back + 1])
                    ):
                        break  # to a heading naming someone, not a box's row of figures
                    person = subject_of.get(back)
                    if person is None and back in first_person_in:
                        named_there = leader is not None and (
                            sent_starts[back] <= last_seen.get(leader, -1)
                            and (back + 1 >= n_sent or last_seen[leader] < sent_starts[back + 1])
                        )
                        person = leader if named_there else first_person_in[back]
                    if person is not None or back in first_person_in:
                        break
                if person is None:
                    person = leader
            if kind is PRONOUN and person is not None:
                gender = PRONOUN_GENDER.get(text[m.start : m.end].lower(), "")
                cands = people.get(person)
                if gender and cands and cands[0].gender not in (gender, ""):
                    # the last of that gender named, when that was in the sentence before,
                    # comes before the article's leader ("… while Ellie Chowns won North
                    # Herefordshire. She finished on 43.2%", in an article most about
                    # Carla Denyer)
                    last = last_of_gender.get(gender)
                    recent = (
                        last is not None
                        and sidx > 0
                        and last_seen.get(last, -1) >= (sent_starts[sidx - 1])
                    )
                    order = [last, leader] if recent else [leader, last]
                    person = _of_gender(gender, [subject_of.get(sidx - 1), *order], people)
            m.person = person
            if person is None:
                continue
            m.is_person = True
            m.entity_kind = PERSON
        else:
            if kind is PARTY:
                # "the Liberal Democrats made gains from the Conservatives, taking the party
                # to 72 seats": the party gains were taken from is not "the party"
                if (
                    last_party is None
                    or not (
                        party_sentence == sidx
                        and TAKEN_FROM.search(text, max(0, m.start - 10), m.start)
                    )
                ) and not _ITS_PEOPLE_AFTER.match(text, m.end):
                    # (not "Labour" in "tactical voting by Labour supporters": "the party"
                    # after it is still the one the paragraph speaks of)
                    last_party, party_sentence = m.party, sidx
            elif kind is PARTY_REF:
                m.party = last_party
                owner = kept[-2] if len(kept) > 1 else None
                gap = text[owner.end : m.start] if owner is not None else ""
                if (
                    owner is not None
                    and owner.kind is CANDIDATE
                    and (
                        gap in ("'s ", "\u2019s ")
                        or gap in (" ", "\u00a0")
                        and text.endswith(("'s", "\u2019s"), 0, owner.end)
                    )
                ):  # "Rishi Sunak's party": the person's, whichever party was named last,
                    # at the text's election ("Jeremy Corbyn's party" in 2019: Labour); of
                    # one who did not stand then, only if they stood for one party ("Lee
                    # Anderson's party", Conservative in 2019, Reform UK in 2024, is unsaid)
                    stood = people.get(owner.person or "", owner.cands)
                    then = [c for c in stood if c.election == election] if election else []
                    own_parties = {c.party for c in then or stood}
                    mine = (
                        (party_by_key or {}).get(own_parties.pop() or "")
                        if len(own_parties) == 1
                        else None
                    )
                    m.party = mine
                    if mine is None:
                        continue
            if kind is CONSTITUENCY:
                m.entity_kind = SEAT
            elif m.party is not None:
                m.entity_kind = PARTY_SUBJECT
            continue
        if sidx not in first_person_in and not (kind is CANDIDATE and beaten):
            first_person_in[sidx] = person
            if sidx >= 0 and text.count(" ", sentences[sidx].start, m.start) <= 5:
                subject_of[sidx] = person
        if (
            kind is CANDIDATE
            and not beaten
            and person != leader
            and (leader is None or counts[person] >= counts[leader])
        ):
            leader = person
            topic_points.append((m.end, leader))
    return MentionIndex(
        mentions=kept,
        starts=[m.start for m in kept],
        people=people,
        constituencies=constituencies,
        topic_points=topic_points,
        topic_starts=[p for p, _ in topic_points],
    )
