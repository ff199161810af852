"""Claim extraction: find the checkable figures in election coverage.

Plain Python on purpose (no Django import anywhere in this package): it runs in tasks,
scripts and benchmarks, and a test asserts that importing it leaves Django unloaded.

    from factcheck.extraction import extract_claims, Gazetteer
    claims = extract_claims(article_text, gazetteer=gaz, election="ge2024")

See ``pipeline`` for the rules the extractor follows. The modules, in the order they run:

- ``sentences``: sentence spans, and spans that never hold figures (tags, URLs, times).
- ``numbers``: number expressions and their values ("24,120", "seven and a half thousand").
- ``gazetteer`` / ``mentions``: names of candidates, parties and seats; "he", "the party".
- ``quotes``: quotations and who is speaking.
- ``figures``: what each number measures (``Category``), with ``exclusions`` (dates,
  addresses, names), ``nouns`` (what it counts) and ``qualifiers`` ("more than", "around").
- ``elections``: which election a figure belongs to; which years are claims.
- ``clauses``: clause bounds, and whether a clause is a forecast.
- ``subjects``: which candidate, party or seat a figure is about.
- ``names``: candidates' names misspelt in a seat the article names (``ClaimType.NAME``).
- ``pipeline``: ``extract_claims``, running the steps per sentence; ``claims``: the record.
- ``patterns`` / ``context``: regex building blocks; the per-article state the rules share.
"""

from .claims import Claim
from .gazetteer import GazCandidate, GazConstituency, GazElection, Gazetteer, GazParty
from .pipeline import TooManyFigures, extract_claims

__all__ = [
    "TooManyFigures",
    "Claim",
    "GazCandidate",
    "GazConstituency",
    "GazElection",
    "GazParty",
    "Gazetteer",
    "extract_claims",
]
