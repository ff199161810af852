"""Claim extraction: find the checkable figures in election coverage.

Plain Python on purpose (no Django import anywhere in this package): it runs in tasks,
scripts and benchmarks, and a test asserts that importing it leaves Django unloaded.

    from factcheck.extraction import extract_claims, Gazetteer
    claims = extract_claims(article_text, gazetteer=gaz, election="ge2024")

See ``pipeline`` for the rules the extractor follows.
"""

from .claims import Claim
from .gazetteer import GazCandidate, GazConstituency, GazElection, Gazetteer, GazParty
from .pipeline import extract_claims

__all__ = [
    "Claim",
    "GazCandidate",
    "GazConstituency",
    "GazElection",
    "GazParty",
    "Gazetteer",
    "extract_claims",
]
