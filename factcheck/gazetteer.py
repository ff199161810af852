"""Build the extractor's gazetteer from the official figures.

The extractor is plain Python; this module is the one bridge that reads the
results app and hands it names: candidates (of official contests, every
election), parties with the names the press uses, constituencies, elections.
"""

from __future__ import annotations

from results.models import Candidacy, Constituency, Election, Party

from .extraction import GazCandidate, GazConstituency, GazElection, Gazetteer, GazParty


def candidate_key(candidacy_id: int) -> str:
    return f"candidacy:{candidacy_id}"


def build_gazetteer() -> Gazetteer:
    """Four queries, whatever the number of names."""
    elections = tuple(
        GazElection(slug=e.slug, year=e.date.year, previous=e.previous.slug if e.previous else None)
        for e in Election.objects.select_related("previous").order_by("date")
    )
    parties = tuple(
        GazParty(key=p.abbreviation, name=p.name, aliases=p.aliases)
        for p in Party.objects.order_by("abbreviation")
    )
    constituencies = tuple(
        GazConstituency(key=slug, name=name)
        for slug, name in Constituency.objects.order_by("slug")
        .values_list("slug", "name")
        .distinct()
    )
    rows = (
        Candidacy.objects.filter(contest__status="official")
        .values_list(
            "pk",
            "first_name",
            "surname",
            "party__abbreviation",
            "contest__constituency__slug",
            "contest__election__slug",
        )
        .order_by("contest__election__date", "pk")
    )
    candidates = tuple(
        GazCandidate(
            key=candidate_key(pk),
            full_name=f"{first} {surname}".strip(),
            surname=surname,
            party=party,
            constituency=seat,
            election=election,
        )
        for pk, first, surname, party, seat, election in rows
    )
    return Gazetteer(
        candidates=candidates,
        parties=parties,
        constituencies=constituencies,
        elections=elections,
    )
