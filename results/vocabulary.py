"""The words of the official figures: a base for string enums, and the kinds of reference fact.

Plain Python with no Django import, so the checker can use it. The models
build their ``choices`` from these enums.
"""

from __future__ import annotations

from enum import EnumType, StrEnum, nonmember

__all__ = ["Declaration", "FactKind", "LibraryParty", "Term"]


class _TermType(EnumType):
    """Gives each vocabulary the ``choices`` / ``labels`` / ``values`` Django's choices have."""

    @property
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]

    @property
    def labels(cls) -> list[str]:
        return [member.label for member in cls]

    @property
    def values(cls) -> list[str]:
        return [member.value for member in cls]


class Term(StrEnum, metaclass=_TermType):
    """A string enum whose members carry a human label: ``MEMBER = "value", "Label"``."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Term:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value.replace("_", " ").capitalize()
        return member

    do_not_call_in_templates = nonmember(True)


class FactKind(Term):
    """Kinds of reference fact: figures the results files do not hold."""

    BORN_ON = "born_on", "Date of birth"
    FIRST_ELECTED = "first_elected", "First elected"
    HELD_SINCE = "held_since", "Seat held by party since"


class Declaration(Term):
    """Where a seat's result stands on results night (``Contest.declaration``).

    ``DECLARED`` is a result typed in by hand that awaits a second person's
    approval: not public, not checked against. ``OFFICIAL`` and ``REVISED``
    are public; ``REVISED`` once an official figure has changed since the first
    official result.
    """

    AWAITING = "awaiting", "Awaiting declaration"
    DECLARED = "declared", "Declared, awaiting approval"
    OFFICIAL = "official", "Official"
    REVISED = "revised", "Official, revised"


class LibraryParty(Term):
    """Party abbreviations with a meaning of their own in the House of Commons Library's files."""

    SPEAKER = "Spk", "The Speaker, standing for re-election as Speaker (counted apart from parties)"
    INDEPENDENT = "Ind", "Independent candidates: people, not a party"


# A party's abbreviation in the Library's files -> the one it stood under at an earlier
# election, when the party was renamed: Reform UK (RUK) was registered as the Brexit Party
# (BRX), one Electoral Commission registration, PP7931, in both files. Its changes in share
# are measured from the Brexit Party's, as the Library's own change columns measure them.
RENAMED_FROM: dict[str, str] = {"RUK": "BRX"}
