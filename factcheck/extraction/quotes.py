"""Quoted passages and who is speaking.

A figure inside a quotation, or in reported speech ("he said he had represented the seat
for 40 years"), is the speaker's claim, not the publisher's; the check and the correction
must say so. News copy quotes over several paragraphs: each paragraph reopens with “ and
only the last one closes, and a photo caption may sit in between. So a paragraph that
opens with a quotation mark and has no attribution of its own inherits the speaker of the
quotation just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .mentions import NAME_RE, MentionIndex
from .patterns import trie

__all__ = ["VERBS", "VERB_RE", "Quote", "Speakers", "verb_spans"]

_QUOTE_OR_LINE = re.compile('[\n\u201c\u201d"\u2018\u2019]')
# Without a "\u2018" no quotation opens with one, so no "\u2019" can close one: apostrophes,
# by far the commonest of these characters, need not be looked at.
_QUOTE_OR_LINE_NO_SINGLE = re.compile('[\n\u201c\u201d"]')
_LEAD = " \t\u00a0\u2022-"  # what may come before a quotation that opens its paragraph
_VERB_WORDS = [
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "argued",
    "argues",
    "warned",
    "warns",
    "predicted",
    "predicts",
    "stated",
    "states",
    "declared",
    "declares",
    "explained",
    "explains",
    "admitted",
    "admits",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "conceded",
    "concedes",
    "boasted",
    "boasts",
    "suggested",
    "suggests",
    "estimated",
    "estimates",
    "noted",
    "notes",
    "remarked",
    "replied",
    "responded",
    "continued",
    "commented",
    "acknowledged",
    "confirmed",
    "announced",
]
# the same verbs as one alternation, in that order, for the rules that name them
VERBS = "(?:" + "|".join(_VERB_WORDS) + ")"
VERB_RE = re.compile(rf"(?<![A-Za-z]){trie(_VERB_WORDS)}\b")
# The same verbs (group 1) found faster: a pattern opening with a lookbehind is tried at
# every position; one opening with a character class (the character before the verb) lets
# ``re`` skip ahead. See ``verb_spans``.
_VERB_AFTER_RE = re.compile(
    rf"[^A-Za-z](?=[{''.join(sorted({w[0] for w in _VERB_WORDS}))}])({trie(_VERB_WORDS)}\b)"
)
_ACCORDING_RE = re.compile(r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+")
_AFTER_RE = re.compile(rf"[\s,.!?\u201d\"\u2019]*(?:(?P<v>{VERBS})\b[ \u00a0]+|(?=\S))")
_NAME_BEFORE_RE = re.compile(rf"({NAME_RE.pattern})[ \u00a0]*$")
_TAIL_RE = re.compile(rf"[,;][ \u00a0]*[^,;]{{0,60}}\b{VERBS}\b[^,;]{{0,40}}[.!?]?$")
_SPACES = re.compile(r"[ \u00a0]+")
_NAME_THEN_VERB = re.compile(rf"([^\s,.;:]+(?:[ \u00a0][^\s,.;:]+){{0,3}}?)[ \u00a0]+{VERBS}\b")
_FILLER = re.compile(
    r"(?:[ \u00a0]+(?:also|later|then|has|had|have|previously|once|"
    r"earlier|today|yesterday|last night|this morning))*[ \u00a0]*$"
)


@dataclass(slots=True)
class Quote:
    """A quotation: ``start``/``end`` offsets of its marks (an unclosed one runs to the end
    of its paragraph), whether it opens its paragraph, and its speaker once attributed."""

    start: int
    end: int
    para: int  # paragraph number, counted from 0
    opens_para: bool
    unclosed: bool
    speaker: str | None = None


class Speakers:
    """Answers "who says this figure?" for positions in one text."""

    def __init__(self, text: str, mentions: MentionIndex) -> None:
        self.text = text
        self.mi = mentions
        self._by_sentence: dict[int, tuple[str | None, list, int, str | None]] = {}
        self.quotes = self._find_quotes()
        self.quote_starts = [q.start for q in self.quotes]
        self._attributed: dict[int, str | None] = {}  # quote index -> speaker, on demand

    # -- quotation marks ---------------------------------------------------------------
    def _find_quotes(self) -> list[Quote]:
        """Quotations per paragraph (a non-empty line), in one pass over the text."""
        text = self.text
        out: list[Quote] = []
        para_no = 0
        p_start = 0
        open_at = -1
        open_kind = ""
        scan = _QUOTE_OR_LINE if "\u2018" in text else _QUOTE_OR_LINE_NO_SINGLE
        for m in scan.finditer(text):
            ch, pos = m.group(), m.start()
            if ch == "\n":
                if pos > p_start:  # a paragraph ends; an empty line is none
                    if open_at >= 0:
                        out.append(_unclosed(text, p_start, pos, para_no, open_at))
                    para_no += 1
                open_at = -1
                p_start = pos + 1
                continue
            if open_at < 0:
                if (
                    ch == "\u201c"
                    or ch == '"'
                    or ch == "\u2018"
                    and (pos == p_start or not text[pos - 1].isalnum())
                ):
                    open_at, open_kind = pos, ch
                continue
            closes = (
                (open_kind == "\u201c" and ch == "\u201d")
                or (open_kind == '"' and ch == '"')
                or (
                    open_kind == "\u2018"
                    and ch == "\u2019"
                    and (pos + 1 >= len(text) or not text[pos + 1].isalpha())
                )
            )
            if closes:
                opens_para = not text[p_start:open_at].lstrip(_LEAD)
                out.append(Quote(open_at, pos + 1, para_no, opens_para, False))
                open_at = -1
        if open_at >= 0 and len(text) > p_start:
            out.append(_unclosed(text, p_start, len(text), para_no, open_at))
        return out

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation holding offset ``pos``, with its speaker attributed, if any."""
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            q = self.quotes[i]
            q.speaker = self._speaker_of(i)
            return q
        return None

    def _speaker_of(self, i: int) -> str | None:
        """Attribute quote ``i`` (and, for a continued quotation, the ones before it)."""
        if i in self._attributed:
            return self._attributed[i]
        todo = [i]
        while todo[-1] > 0 and todo[-1] - 1 not in self._attributed:
            todo.append(todo[-1] - 1)
        for j in reversed(todo):
            prev = self.quotes[j - 1] if j > 0 else None
            if prev is not None:
                prev.speaker = self._attributed.get(j - 1)
            self._attributed[j] = self._attribute(self.quotes[j], prev)
        return self._attributed[i]

    # -- attribution -------------------------------------------------------------------
    def _attribute(self, q: Quote, prev: Quote | None) -> str | None:
        text = self.text
        para_start = text.rfind("\n", 0, q.start) + 1
        lo = max(para_start, q.start - 160)
        if prev is not None and prev.end > lo:
            lo = prev.end
        who = self._before_verb(lo, q.start, near_end=True)
        if who is None:
            para_end = text.find("\n", q.end)
            who = self._after(q.end, para_end if para_end >= 0 else len(text))
        if who is None and prev is not None and q.opens_para and 0 < q.para - prev.para <= 3:
            who = prev.speaker
        return who

    def speaker_at(self, pos: int, sent_start: int, sent_end: int) -> str | None:
        """The speaker of a figure at ``pos``, or None when the publisher states it."""
        i = bisect_right(self.quote_starts, pos) - 1  # ``quote_at``, inlined
        if i >= 0:
            q = self.quotes[i]
            if q.start <= pos < q.end:
                q.speaker = self._speaker_of(i)
                return q.speaker
        info = self._by_sentence.get(sent_start)
        if info is None:
            info = self._by_sentence[sent_start] = self._speech(sent_start, sent_end)
        according, verbs, tail_at, tail_who = info
        if according:
            return according
        who: str | None = None
        found = False
        for verb_end, speaker in verbs:
            if verb_end > pos:
                break
            who, found = speaker, True
        if not found and tail_at >= pos:
            return tail_who
        return who

    def _speech(self, lo: int, hi: int) -> tuple[str | None, list, int, str | None]:
        """Once per sentence: "according to X", each speech verb's speaker, a closing
        ", he said." and where it starts."""
        text = self.text
        according = None
        acc = _ACCORDING_RE.search(text, lo, hi) if text.find("ccording", lo, hi) >= 0 else None
        if acc:
            according = self._name_at(acc.end(), hi)
        verbs = [
            (end, self._person_before(start) or self._name_at(end, hi, _SPACES))
            for start, end in verb_spans(text, lo, hi)
            if self._outside_quotes(start)
        ]
        tail_at, tail_who = -1, None
        tail = None
        if verbs:
            # _TAIL_RE admits no "," or ";" after its first character, so only the last one
            # in the sentence can start a match: try there instead of searching
            last = max(text.rfind(",", lo, hi), text.rfind(";", lo, hi))
            if last >= 0:
                tail = _TAIL_RE.match(text, last, hi)
        if tail:
            tail_at = tail.start()
            tail_who = self._clause_speaker(tail_at, hi)
        return according, verbs, tail_at, tail_who

    def _outside_quotes(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return not (i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end)

    def _before_verb(self, lo: int, hi: int, *, near_end: bool) -> str | None:
        """Speaker of the last "X said" between lo and hi (the verb close to hi if asked)."""
        text = self.text
        last = None
        for span in verb_spans(text, lo, hi):
            if self._outside_quotes(span[0]):
                last = span
        if last is None:
            return None
        start, end = last
        if near_end and hi - end > 100:
            return None
        who = self._person_before(start)
        if who is None:
            who = self._name_at(end, hi, lead=_SPACES)
        return who

    def _person_before(self, verb_at: int) -> str | None:
        """The person named (or pronoun) immediately before a speech verb."""
        mi = self.mi
        i = mi.before(verb_at) - 1
        if i >= 0:
            m = mi.mentions[i]
            if m.end <= verb_at and _FILLER.match(self.text, m.end, verb_at):
                # a party or place right before "said" is an organisation, not a person
                return m.person if m.is_person else None
        window = self.text[max(0, verb_at - 60) : verb_at]
        if not window.rstrip(" \u00a0")[-1:].isalpha():
            return None
        nm = _NAME_BEFORE_RE.search(window)
        if nm and (" " in nm.group(1).strip() or "\u00a0" in nm.group(1)):
            return _clean_name(nm.group(1))
        return None

    def _name_at(self, pos: int, hi: int, lead: re.Pattern[str] | None = None) -> str | None:
        """A person named at ``pos`` (after "according to" or "said")."""
        text = self.text
        if lead is not None:
            lm = lead.match(text, pos, hi)
            if not lm:
                return None
            pos = lm.end()
        for m in self.mi.between(pos, min(hi, pos + 60)):
            if m.start == pos or text[pos : m.start] in ("the ", "The "):
                if m.is_person:
                    return m.person
                return None
            break
        nm = NAME_RE.match(text, pos, hi)
        if nm and (" " in nm.group().strip() or "\u00a0" in nm.group()):
            return _clean_name(nm.group())
        return None

    def _after(self, pos: int, hi: int) -> str | None:
        """Attribution after a closing quote: "…,” he said" or "…,” said Jane Smith"."""
        text = self.text
        m = _AFTER_RE.match(text, pos, hi)
        if not m:
            return None
        if m.group("v"):
            return self._name_at(m.end(), hi)
        rest = text[m.end() : min(hi, m.end() + 60)]
        vm = _NAME_THEN_VERB.match(rest)
        if vm:
            return self._person_before(m.end() + vm.end(1) + 1)
        return None

    def _clause_speaker(self, lo: int, hi: int) -> str | None:
        vm = VERB_RE.search(self.text, lo, hi)
        if not vm:
            return None
        return self._person_before(vm.start()) or self._name_at(vm.end(), hi, _SPACES)


def verb_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (start, end) spans of ``VERB_RE.finditer(text, lo, hi)``: speech verbs ("said",
    "told") between offsets ``lo`` and ``hi``."""
    if lo == 0:  # nothing before the start: test there with VERB_RE itself
        first = VERB_RE.match(text, 0, hi)
        if first is not None:
            # a verb ends in a letter, so the next one cannot start at its end
            rest = _VERB_AFTER_RE.finditer(text, first.end(), hi)
            return [first.span(), *(m.span(1) for m in rest)]
        return [m.span(1) for m in _VERB_AFTER_RE.finditer(text, 0, hi)]
    # the character before ``lo`` may be the one before a verb at ``lo``
    return [m.span(1) for m in _VERB_AFTER_RE.finditer(text, lo - 1, hi)]


def _unclosed(text: str, p_start: int, p_end: int, para_no: int, open_at: int) -> Quote:
    """A quotation still open at the end of its paragraph."""
    return Quote(open_at, p_end, para_no, not text[p_start:open_at].lstrip(_LEAD), True)


def _clean_name(name: str) -> str:
    return " ".join(name.replace("\u2019s", "").replace("'s", "").split())
