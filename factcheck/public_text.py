"""What readers are told, in sentences: party names as the press writes them, articles,
ordinals, and the explanation of a check when no editor wrote one. No Django import.

The checker's own wording ("Official: 24,120 votes (…). Article: 24,120. Exact
match.") is for the desk; ``publishing`` publishes an editor's explanation as
written, and otherwise the sentence ``reader_explanation()`` builds from the check's
verdict and figures.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .checking.explanations import ordinal
from .vocabulary import ClaimType, Relation, Verdict

# Parties as the press names them in a sentence, by the Library's abbreviation or by name:
# (name, takes a plural verb). Any other party is named as the results name it.
PRESS_NAMES = {
    "con": ("the Conservatives", True),
    "conservative": ("the Conservatives", True),
    "conservative and unionist party": ("the Conservatives", True),
    "lab": ("Labour", False),
    "labour": ("Labour", False),
    "labour party": ("Labour", False),
    "labour and co-operative": ("Labour", False),
    "ld": ("the Liberal Democrats", True),
    "liberal democrat": ("the Liberal Democrats", True),
    "liberal democrats": ("the Liberal Democrats", True),
    "green": ("the Greens", True),
    "green party": ("the Greens", True),
    "snp": ("the SNP", False),
    "scottish national party": ("the SNP", False),
    "ruk": ("Reform UK", False),
    "reform uk": ("Reform UK", False),
    "pc": ("Plaid Cymru", False),
    "plaid cymru": ("Plaid Cymru", False),
    "dup": ("the DUP", False),
    "democratic unionist party": ("the DUP", False),
    "sf": ("Sinn Féin", False),
    "sinn féin": ("Sinn Féin", False),
    "sdlp": ("the SDLP", False),
    "social democratic and labour party": ("the SDLP", False),
    "uup": ("the UUP", False),
    "ulster unionist party": ("the UUP", False),
    "apni": ("the Alliance Party", False),
    "alliance": ("the Alliance Party", False),
    "tuv": ("the TUV", False),
    "brx": ("the Brexit Party", False),
    "brexit party": ("the Brexit Party", False),
    "spk": ("the Speaker", False),
    "speaker": ("the Speaker", False),
    "ind": ("independents", True),
    "independent": ("independents", True),
}


def press_name(name: str, key: str = "") -> tuple[str, bool]:
    """A party as the press names it mid-sentence, and whether it takes a plural verb:
    ("Conservative", "Con") -> ("the Conservatives", True); ("Labour", "Lab") -> ("Labour",
    False). A name not listed is returned as given, singular."""
    for candidate in (key, name):
        found = PRESS_NAMES.get((candidate or "").strip().lower())
        if found:
            return found
    return name, False


def possessive(name: str, plural: bool) -> str:
    """ "Labour's", "the Conservatives'", "Jeremy Corbyn's"."""
    return f"{name}'" if plural and name.endswith("s") else f"{name}'s"


def sentence_case(text: str) -> str:
    """The first letter capitalised ("the Conservatives won" -> "The Conservatives won")."""
    return text[:1].upper() + text[1:]


def indefinite_article(figure: str) -> str:
    """Which article goes before a figure as written: an 8-seat, an 11th, an eleventh, a 170-seat.

    Digits are read as spoken: "an" when the first group said begins with a
    vowel sound (8, 11, 18, 80-89, 800-899, and so on for thousands).
    """
    digits = re.match(r"\d[\d,]*", figure)
    if digits:
        leading = int(digits.group().replace(",", ""))
        while leading >= 1000:
            leading //= 1000
        return "an" if leading in (8, 11, 18) or str(leading).startswith("8") else "a"
    word = figure.lower()
    return "an" if word[:1] in ("a", "e", "i", "o") and not word.startswith("one") else "a"


def with_article(phrase: str) -> str:
    """ "an 11th term", "a 170-seat majority"."""
    return f"{indefinite_article(phrase)} {phrase}"


# What the official figure of each claim type is called in a reader's sentence, and how
# its value reads ("{v}" is the figure as displayed).
FIGURE_NAMES = {
    ClaimType.CANDIDATE_VOTES: ("official count", "{v} votes"),
    ClaimType.MAJORITY: ("official majority", "{v}"),
    ClaimType.TURNOUT: ("official turnout", "{v}"),
    ClaimType.TURNOUT_CHANGE: ("official change in turnout", "{v}"),
    ClaimType.VOTE_SHARE: ("official share of the vote", "{v}"),
    ClaimType.VOTE_SHARE_CHANGE: ("official change in vote share", "{v}"),
    ClaimType.SEAT_COUNT: ("official count of seats", "{v} seats"),
    ClaimType.SEAT_PROJECTION: ("exit poll's projection", "{v} seats"),
    ClaimType.AGE: ("age on polling day", "{v}"),
    ClaimType.YEAR: ("year on the official record", "{v}"),
    ClaimType.TERM_COUNT: ("official count of general elections won", "{v}"),
    ClaimType.RANK: ("official place in the count", "{v}"),
    ClaimType.SWING: ("swing in the official results", "{v}"),
    ClaimType.BALLOT_COUNT: ("official figure", "{v}"),
}


def reader_explanation(
    *,
    verdict: str,
    claim_type: str,
    written: str,
    official: str,
    subject: str = "",
    relation: str = "",
    majority: bool = False,
) -> str:
    """One or two sentences saying what the official figure is and how the claim compares,
    for a check whose verdict no editor explained: "The official count is 24,120 votes, as
    reported." ``written`` is the figure as the article put it (with its hedge: "around
    37 per cent"), ``official`` the official figure as displayed ("33.70%", "" for none).
    ``majority``: the figure is a Commons majority of seats ("The exit poll's projection
    is a majority of 170 seats, as reported."), not a party's seat count.
    Returns "" for a verdict that needs an editor's words (not checkable, unverifiable,
    misleading) or when there is no official figure to state."""
    if claim_type == ClaimType.NAME:
        if verdict == Verdict.ACCURATE:
            return f"{subject} is the name on the official result."
        if verdict in (Verdict.INACCURATE, Verdict.APPROXIMATELY_ACCURATE) and subject:
            return f"The official result spells the name {subject}, not {written}."
        return ""
    if not official or verdict not in (
        Verdict.ACCURATE, Verdict.APPROXIMATELY_ACCURATE, Verdict.INACCURATE
    ):  # fmt: skip
        return ""
    name, shape = FIGURE_NAMES.get(claim_type, ("official figure", "{v}"))
    if claim_type == ClaimType.MAJORITY and relation == Relation.DIFFERENCE:
        name, shape = "official difference between the two majorities", "{v}"
    if majority and claim_type in (ClaimType.SEAT_COUNT, ClaimType.SEAT_PROJECTION):
        name = "exit poll's projection" if claim_type == ClaimType.SEAT_PROJECTION else (
            "official Commons majority"
        )  # fmt: skip
        shape = (
            "a majority of {v} seats" if claim_type == ClaimType.SEAT_PROJECTION else "{v} seats"
        )
    if claim_type == ClaimType.RANK and official.isdigit():
        official = ordinal(int(official))
    figure = shape.format(v=official)
    if verdict == Verdict.ACCURATE:
        return f"The {name} is {figure}, as reported."
    if verdict == Verdict.APPROXIMATELY_ACCURATE:
        return f"The {name} is {figure}; “{written}” is a fair rounding of it."
    return f"The {name} is {figure}, not {written}."


# -- the checker's words, which are for the desk only ------------------------------------

# The shapes of the checker's suggestions ("Official: 24,120 votes (…). Article: 24,120.
# Exact match."; "Unclear which figure this is: … Nearest readings: …"): a sentence holding
# one is the checker's, never an editor's.
CHECKER_MARKERS = re.compile(
    r"\b(?:Official|Article):(?:\s|$)|\bExact match\b|\bNearest readings:|"
    r"\bUnclear which (?:figure|fact)\b|\bSeed article\b"
)
_NOT_CHECKABLE = re.compile(r'not_checkable\(\s*f?"([^"{]{12,})')
_SENTENCES = re.compile(r"(?<=[.!?…”])\s+(?=[A-Z0-9“‘\"'(])|(?<=[a-z0-9%)][.!?])(?=[A-Z][a-z])")
_CHECKING = Path(__file__).resolve().parent / "checking"


@cache
def checker_phrases() -> tuple[str, ...]:
    """Every reason the checker gives for "not checkable" ("No reference fact on file speaks
    to this year."; for a reason built from values, its fixed opening), read once from the
    checker's source in ``factcheck/checking``: words for the desk that readers never see."""
    found = set()
    for path in sorted(_CHECKING.glob("*.py")):
        for literal in _NOT_CHECKABLE.findall(path.read_text(encoding="utf-8")):
            found.add(" ".join(literal.split()))
    return tuple(sorted(found, key=len, reverse=True))


def _plain_text(text: str) -> str:
    return " ".join((text or "").split())


def is_checker_sentence(sentence: str) -> bool:
    """True when ``sentence`` holds the checker's wording (``CHECKER_MARKERS`` or one of
    ``checker_phrases()``)."""
    sentence = _plain_text(sentence)
    return bool(CHECKER_MARKERS.search(sentence)) or any(
        phrase in sentence for phrase in checker_phrases()
    )


def without_desk_text(explanation: str, desk_texts=()) -> str:
    """``explanation`` with each of ``desk_texts`` (the checker's suggestions) cut out
    wherever it appears, whitespace normalised: the checker's text followed by an
    editor's sentence gives the sentence; the checker's text alone gives ""."""
    text = _plain_text(explanation)
    for desk in sorted({_plain_text(d) for d in desk_texts if _plain_text(d)}, key=len)[::-1]:
        text = text.replace(desk, " ")
    return _plain_text(text).strip(" ;,–-") if text != _plain_text(explanation) else text


def editors_words(explanation: str, desk_texts=()) -> str:
    """The editor's own words in an explanation, without anything the checker wrote.

    ``desk_texts`` are the checker's suggestions for the claims (``Claim.explanation``):
    each is cut out wherever it appears, then every sentence holding the checker's wording
    (``is_checker_sentence``) is dropped. "Unclear which figure this is: … Nearest
    readings: …. The official turnout was 58.88%." gives "The official turnout was
    58.88%."; the checker's text alone gives "". Whitespace is normalised."""
    text = without_desk_text(explanation, desk_texts)
    kept = [
        s.strip()
        for s in _SENTENCES.split(_plain_text(text))
        if s.strip(" .;:,–-") and not is_checker_sentence(s)
    ]
    return " ".join(kept)


def balanced_quote(text: str) -> str:
    """A quotation as readers see it: a quote that opens “ closes ” (a sentence the article
    split mid-quote gets its closing mark), and a closing ” with no opening one loses it.
    "“I think it is 37 per cent" -> "“I think it is 37 per cent”"."""
    text = (text or "").strip()
    opened, closed = text.count("“"), text.count("”")
    if opened > closed:
        return text + "”" * (opened - closed)
    if closed > opened and text.endswith("”"):
        return text[:-1].rstrip()
    return text
