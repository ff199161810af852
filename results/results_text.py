"""Seat results as readers read them: the Library's shorthand ("Ind gain from Lab") spelled out."""

from __future__ import annotations

import re

RESULT_PARTIES = {
    "con": "Conservative", "lab": "Labour", "ld": "Liberal Democrat", "green": "Green",
    "snp": "SNP", "pc": "Plaid Cymru", "ruk": "Reform UK", "ind": "Independent",
    "spk": "Speaker", "dup": "DUP", "sf": "Sinn Féin", "sdlp": "SDLP", "uup": "UUP",
    "apni": "Alliance", "tuv": "TUV", "brx": "Brexit Party", "ukip": "UKIP",
}  # fmt: skip
_RESULT = re.compile(r"^\s*(\S+)\s+(gain|hold)(?:\s+from\s+(\S+))?\s*\.?\s*$", re.I)


def spelled_result(result: str) -> str:
    """A seat's result as readers read it: "Ind gain from Lab" -> "Independent gain from
    Labour", "Lab hold" -> "Labour hold". Anything else is returned as given."""
    found = _RESULT.match(result or "")
    if not found:
        return result or ""
    party, what, before = found.groups()

    def spelled(name: str) -> str:
        return RESULT_PARTIES.get(name.lower(), name)

    text = f"{spelled(party)} {what.lower()}"
    return f"{text} from {spelled(before)}" if before else text
