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
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from .gazetteer import COMMON_WORDS, TITLES, GazCandidate, GazConstituency, GazIndex, GazParty
from .sentences import Sentence

__all__ = ["Mention", "MentionIndex", "find_mentions", "NAME_RE"]

_CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019\-]*"
_CONNECT = r"(?:and|of|the|upon|under|on|in|de|du|la|le|van|von|der|den|y|an|&)"
_CHUNK_RE = re.compile(rf"{_CAP}(?:[ \u00a0]+(?:{_CONNECT}[ \u00a0]+)*{_CAP})*")
_TOKEN_RE = re.compile(r"[^ \u00a0]+")
# Literal-led (no leading \b) so ``re`` can skip ahead; the left boundary is checked in code.
_PRONOUN_RE = re.compile(r"(?<![A-Za-z])(?:he|He|she|She|him|Him|his|His|her|Her)\b")
_ANAPHOR_RE = re.compile(
    r"(?:the|The)[ \u00a0]+(?:[0-9]{2,3}[ \u00a0-]years?[ \u00a0-]old\b"
    r"|(?:(?:former|veteran|ex-|outgoing|incumbent|sitting|re-elected|long-serving|embattled"
    r"|newly[ -]elected|defeated|victorious|[a-z]+-wing|[0-9]{2,3}-year-old)[ \u00a0-]+)+"
    r"(?:(?:[A-Z][\w-]*|of|the|opposition|party)[ \u00a0]+){0,4}?"
    r"(?:leader|MP|member|candidate|politician|minister|chancellor|secretary|incumbent"
    r"|campaigner|veteran|prime minister)\b"
    r"|(?:incumbent|winner|victor|MP)\b)"
)
_PARTY_REF_RE = re.compile(r"(?:the|The|his|His|her|Her|their|Their|its|Its)[ \u00a0]+party\b")
_REFERENCES = ((_PRONOUN_RE, "pronoun"), (_ANAPHOR_RE, "anaphor"), (_PARTY_REF_RE, "party_ref"))
# A person's name as written, for speakers the gazetteer does not know.
NAME_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Cllr|Councillor)"
    r"\.?[ \u00a0]+)?[A-Z][\w'\u2019-]+(?:[ \u00a0]+(?:(?:de|van|von)[ \u00a0]+)?"
    r"[A-Z][\w'\u2019-]+){0,3}"
)
_PERSON_KINDS = ("candidate", "pronoun", "anaphor")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str  # candidate | party | constituency | pronoun | anaphor | party_ref
    cands: tuple[GazCandidate, ...] = ()
    party: GazParty | None = None
    const: GazConstituency | None = None
    person: str | None = None  # a person's identity: their normalised full name
    sentence: int = -1
    # set once references are resolved (plain attributes: read for every figure)
    is_person: bool = False
    entity_kind: str | None = None  # "candidate" | "party" | "constituency" | None

    def settle(self) -> None:
        self.is_person = self.kind in _PERSON_KINDS and self.person is not None
        if self.is_person:
            self.entity_kind = "candidate"
        elif self.kind in ("party", "party_ref") and self.party is not None:
            self.entity_kind = "party"
        elif self.kind == "constituency":
            self.entity_kind = "constituency"


@dataclass(slots=True)
class MentionIndex:
    """Resolved mentions of one text, sorted by position, with article-level context."""

    mentions: list[Mention]
    starts: list[int]
    people: dict[str, tuple[GazCandidate, ...]]  # identity -> candidacies
    constituencies: list[GazConstituency]  # most mentioned first
    topic_points: list[tuple[int, str | None]]  # (position, most salient person) changes
    topic_starts: list[int]

    def between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_right(self.starts, start - 1)
        hi = bisect_right(self.starts, end - 1)
        return self.mentions[lo:hi]

    def before(self, pos: int) -> int:
        """Index just past the last mention starting before ``pos``."""
        return bisect_right(self.starts, pos - 1)

    def topic_at(self, pos: int) -> str | None:
        i = bisect_right(self.topic_starts, pos) - 1
        return self.topic_points[i][1] if i >= 0 else None


def _norm_token(tok: str) -> str:
    tok = tok.replace("\u2019", "'")
    if not tok.isascii():
        from .gazetteer import norm_key

        tok = norm_key(tok)
    return tok


def _strip_possessive(tok: str) -> str:
    if tok.endswith("'s"):
        return tok[:-2]
    if tok.endswith("'") and len(tok) > 1:
        return tok[:-1]
    return tok


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


def _scan_names(
    text: str, index: GazIndex
) -> tuple[list[Mention], list[_Pending], list[tuple[int, int, str]]]:
    """Names found by dict look-up over runs of capitalised words; lone surnames pending."""
    found: list[Mention] = []
    pending: list[_Pending] = []  # surname-only hits
    titled_given: list[tuple[int, int, str]] = []  # "Sir Keir"
    first_tokens = index.first_tokens
    party, const, full, surname = index.party, index.const, index.full, index.surname
    for chunk in _CHUNK_RE.finditer(text):
        word = chunk.group()
        if " " not in word and "\u00a0" not in word:  # one word: most runs ("The", "He")
            if word in first_tokens:
                key = word
            elif word[-1] in "s'\u2019" or not word.isascii():
                key = _strip_possessive(_norm_token(word))
                if key not in first_tokens:
                    continue
            else:
                continue  # "The", "But", "He": no name starts with them
            start, end = chunk.span()
            if key in const:
                found.append(Mention(start, end, "constituency", const=const[key]))
            elif key in party:
                found.append(Mention(start, end, "party", party=party[key]))
            elif key in full:
                found.append(Mention(start, end, "candidate", cands=tuple(full[key])))
            elif key in surname:
                pending.append((start, end, surname[key], _title_before(text, start), ""))
            continue
        base = chunk.start()
        raw = word.split()
        offsets = []
        pos = 0
        for tok in raw:
            pos = word.find(tok, pos)
            offsets.append(base + pos)
            pos += len(tok)
        norm = [_norm_token(t) if ("\u2019" in t or not t.isascii()) else t for t in raw]
        bare = [_strip_possessive(t) if t[-1:] in "s'" else t for t in norm]
        n_toks = len(raw)
        i = 0
        while i < n_toks:
            limit = first_tokens.get(norm[i]) or first_tokens.get(bare[i])
            if not limit:
                if bare[i] in TITLES and i + 1 < n_toks:
                    titled_given.append((offsets[i], offsets[i + 1] + len(raw[i + 1]), bare[i + 1]))
                i += 1
                continue
            matched = False
            for n in range(min(limit, n_toks - i), 0, -1):
                key = bare[i] if n == 1 else " ".join([*norm[i : i + n - 1], bare[i + n - 1]])
                start, end = offsets[i], offsets[i + n - 1] + len(raw[i + n - 1])
                if key in const:
                    found.append(Mention(start, end, "constituency", const=const[key]))
                elif key in party:
                    found.append(Mention(start, end, "party", party=party[key]))
                elif key in full:
                    found.append(Mention(start, end, "candidate", cands=tuple(full[key])))
                elif key in surname and not (
                    i + n < n_toks and bare[i + n][:1].isupper() and bare[i + n] not in party
                ):  # "Sir John Curtice": a surname key followed by a name is a given name
                    titled = i > 0 and bare[i - 1] in TITLES or _title_before(text, start)
                    given = norm[i - 1] if i > 0 and _could_be_given(norm[i - 1], index) else ""
                    pending.append((start, end, surname[key], titled, given))
                else:
                    continue
                matched = True
                i += n
                break
            if not matched:
                if bare[i] in TITLES and i + 1 < n_toks:
                    titled_given.append((offsets[i], offsets[i + 1] + len(raw[i + 1]), bare[i + 1]))
                i += 1
    return found, pending, titled_given


def find_mentions(text: str, index: GazIndex, sentences: list[Sentence]) -> MentionIndex:
    """All entity mentions in ``text``, with pronouns and descriptions resolved."""
    found, pending, titled_given = _scan_names(text, index)
    named = {m.cands[0].full_name for m in found if m.kind == "candidate"}
    const_counts: dict[str, int] = {}
    const_first: dict[str, int] = {}
    const_by_key: dict[str, GazConstituency] = {}
    for m in found:
        if m.kind == "constituency" and m.const is not None:
            const_counts[m.const.key] = const_counts.get(m.const.key, 0) + 1
            const_first.setdefault(m.const.key, m.start)
            const_by_key[m.const.key] = m.const
    local = set(const_counts)
    for start, end, cands, titled, given in pending:
        if given:
            cands = [
                c
                for c in cands
                if _similar_given(
                    given, index.first_name.get(_norm_token(c.full_name), c.full_name)
                )
            ]
        pick = [c for c in cands if c.full_name in named]
        if not pick:
            pick = [c for c in cands if c.constituency in local]
        if not pick and cands:
            unique = len({c.full_name for c in cands}) == 1
            if unique and (titled or given or cands[0].surname.lower() not in COMMON_WORDS):
                pick = list(cands)
        if pick:
            found.append(Mention(start, end, "candidate", cands=tuple(pick)))
    if titled_given:
        by_given = {}
        for m in found:
            if m.kind == "candidate":
                c = m.cands[0]
                by_given.setdefault(index.first_name.get(_norm_token(c.full_name), ""), m.cands)
        for start, end, given in titled_given:
            if given in by_given:
                found.append(Mention(start, end, "candidate", cands=by_given[given]))
    for regex, kind in _REFERENCES:  # three literal-led scans beat one combined regex
        found.extend(
            Mention(m.start(), m.end(), kind)
            for m in regex.finditer(text)
            if not m.start() or not text[m.start() - 1].isalnum()
        )
    found.sort(key=attrgetter("end"), reverse=True)  # two stable sorts: by start, longest first
    found.sort(key=attrgetter("start"))
    found = _drop_overlaps(found)
    constituencies = sorted(
        const_by_key.values(), key=lambda c: (-const_counts[c.key], const_first[c.key])
    )
    return _resolve(text, found, sentences, constituencies)


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


def _title_before(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \u00a0.")
    word = before.rsplit(" ", 1)[-1] if before else ""
    return word in TITLES


def _drop_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the first of overlapping mentions; an anaphor in apposition to a name goes."""
    out: list[Mention] = []
    last_end = -1
    for i, m in enumerate(found):
        if m.start < last_end:
            continue
        if m.kind == "anaphor" and i + 1 < len(found):
            nxt = found[i + 1]
            if nxt.kind == "candidate" and 0 <= nxt.start - m.end <= 2:
                continue
        out.append(m)
        last_end = m.end
    return out


def _resolve(
    text: str,
    found: list[Mention],
    sentences: list[Sentence],
    constituencies: list[GazConstituency],
) -> MentionIndex:
    sent_starts = [s.start for s in sentences]
    counts: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    people: dict[str, tuple[GazCandidate, ...]] = {}
    subject_of: dict[int, str] = {}  # sentence index -> person opening it
    first_person_in: dict[int, str] = {}
    last_party: GazParty | None = None
    leader: str | None = None
    topic_points: list[tuple[int, str | None]] = [(0, None)]
    for m in found:
        sidx = bisect_right(sent_starts, m.start) - 1
        m.sentence = sidx
        if m.kind == "candidate":
            names = {c.full_name for c in m.cands}
            if len(names) > 1:  # ambiguous: prefer the one the article talks about
                best = max(names, key=lambda n: (counts.get(n, 0), last_seen.get(n, -1)))
                m.cands = tuple(c for c in m.cands if c.full_name == best)
            m.person = m.cands[0].full_name
            people.setdefault(m.person, m.cands)
            counts[m.person] = counts.get(m.person, 0) + 1
            last_seen[m.person] = m.start
        elif m.kind in ("pronoun", "anaphor"):
            m.person = first_person_in.get(sidx)
            if m.person is None:
                prev = subject_of.get(sidx - 1)
                m.person = prev if prev is not None else leader
        elif m.kind == "party":
            last_party = m.party
        elif m.kind == "party_ref":
            m.party = last_party
        m.settle()
        if m.is_person:
            assert m.person is not None
            if sidx not in first_person_in:
                first_person_in[sidx] = m.person
                if sidx >= 0 and text.count(" ", sentences[sidx].start, m.start) <= 5:
                    subject_of[sidx] = m.person
            if (
                m.kind == "candidate"
                and m.person != leader
                and (leader is None or counts[m.person] >= counts[leader])
            ):
                leader = m.person
                topic_points.append((m.end, leader))
    return MentionIndex(
        mentions=found,
        starts=[m.start for m in found],
        people=people,
        constituencies=constituencies,
        topic_points=topic_points,
        topic_starts=[p for p, _ in topic_points],
    )
