"""A candidate's own figure cites the candidate file's row that holds it (issue 16).

On the public page and in the desk, a candidate's votes cite the file and line of that
candidate's row (``Candidacy.source_row``), read here from the file itself. The row is a
citation, not a figure: a row that moves in a revised file, or claims checked before
rows were cited, are never flagged "revised" by a re-check.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse

from factcheck import rechecks, snapshot
from factcheck.checking import cite, evidence_hash, uncited
from factcheck.checking.explanations import candidate_rows
from factcheck.models import Claim, Publication
from factcheck.publishing import publish_plan
from factcheck.review import approve, set_verdict, state_token
from factcheck.vocabulary import ClaimStatus, ClaimType, ReviewStatus
from results.imports import import_results
from results.models import Candidacy, Contest
from tests.seed_data import islington_files

PAGE = "/results/ge2024/islington-north/"
CANDIDATE_ROW = re.compile(r"HoC-GE2024-results-by-candidate\.csv, line (\d+)")


def text_of(html: str) -> str:
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.DOTALL)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def seed_lines(seeds_dir) -> list[str]:
    """The seeds' 2024 candidate file, uncompressed, as physical lines (line 1 = header)."""
    path = seeds_dir / "official" / "HoC-GE2024-results-by-candidate.csv.gz"
    return gzip.decompress(path.read_bytes()).decode("utf-8-sig").splitlines()


def cells_at(lines: list[str], line: int) -> dict[str, str]:
    header = next(csv.reader([lines[0]]))
    return dict(zip(header, next(csv.reader([lines[line - 1]])), strict=True))


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def votes_claim() -> Claim:
    return Claim.objects.filter(
        claim_type=ClaimType.CANDIDATE_VOTES, text="24,120", election__slug="ge2024"
    ).first()


@pytest.fixture
def demo(seeded):
    call_command("create_demo_users", stdout=None)
    call_command("demo_review", stdout=None)


def test_a_candidates_votes_cite_the_line_that_holds_them_on_the_page_and_in_the_desk(
    demo, seeds_dir, client, editor
):
    seat = Publication.objects.get(contest__isnull=False)
    votes = next(c for c in seat.checks if c["summary"] == "Jeremy Corbyn won 24,120 votes in 2024")
    found = CANDIDATE_ROW.fullmatch(votes["citation"])
    assert found, votes["citation"]
    cells = cells_at(seed_lines(seeds_dir), int(found[1]))
    assert (cells["Candidate first name"], cells["Candidate surname"]) == ("Jeremy", "Corbyn")
    assert (cells["Votes"], cells["Constituency name"]) == ("24120", "Islington North")
    row = votes["citation"]
    # the seat's page and the check's own page cite it once, after the source
    page = text_of(client.get(PAGE).content.decode())
    assert f"House of Commons Library, GE2024 results: {row}" in page
    check_page = text_of(client.get(f"{PAGE}claims/{votes['id']}/").content.decode())
    assert f"House of Commons Library, GE2024 results: {row}" in check_page
    assert "results-by-constituency.csv" not in check_page  # the seat's row holds no votes
    # the desk's working names the same row
    claim = Claim.objects.get(pk=votes["id"])
    assert claim.working == f"Jeremy Corbyn, Islington North: 24,120 votes ({row})"
    client.force_login(editor)
    url = reverse("factcheck:article_detail", args=[claim.article_id])
    desk = text_of(client.get(f"{url}?claim={claim.pk}").content.decode())
    assert f"24,120 votes ({row})" in desk
    # a majority is the seat's figure: the constituency file's row, which holds it
    checks = {c["summary"]: c for c in seat.checks}
    majority = checks["Jeremy Corbyn won by a majority of 7,247 in 2024"]
    assert majority["citation"] == "HoC-GE2024-results-by-constituency.csv, line 2"


def old_hash(value, source: str, working: str) -> str:
    """The evidence hash as the code before this change computed it: over the working as
    written, citation included."""
    normal = "" if value is None else f"{Decimal(value).normalize():f}"
    return hashlib.sha256("\x1f".join([normal, source or "", working or ""]).encode()).hexdigest()


def test_claims_checked_before_rows_were_cited_are_not_flagged_revised(
    seeded, editor, second_editor
):
    votes = votes_claim()
    set_verdict(claim=fresh(votes), editor=editor, verdict=fresh(votes).suggested_verdict,
                explanation=fresh(votes).explanation, token=state_token(fresh(votes)))  # fmt: skip
    approve(claim=fresh(votes), editor=second_editor, token=state_token(fresh(votes)))
    # every open claim as the code before stored it: no rows cited but the seat's, a
    # candidate's votes cited to the constituency file's row, hashed with the citation
    open_claims = list(Claim.objects.filter(status=ClaimStatus.OPEN))
    assert len(open_claims) > 20
    for claim in open_claims:
        working = uncited(claim.working)
        if claim.claim_type == ClaimType.CANDIDATE_VOTES and claim.working != working:
            working += " (HoC-GE2024-results-by-constituency.csv, line 2)"
        Claim.objects.filter(pk=claim.pk).update(
            working=working,
            evidence_hash=old_hash(claim.official_value, claim.official_source, working),
        )
    stored = fresh(votes)
    assert "constituency.csv" in stored.working
    assert stored.evidence_hash != evidence_hash(
        stored.official_value, stored.official_source, stored.working
    )  # the stored hash is of the old form

    report = rechecks.recheck_claims([c.pk for c in open_claims])
    assert report.checked == len(open_claims)
    assert (report.changed, report.withdrawn) == (0, 0)
    assert not Claim.objects.filter(evidence_changed_at__isnull=False).exists()
    votes = fresh(votes)
    row = Candidacy.objects.get(surname="Corbyn", contest__election__slug="ge2024").source_row
    assert votes.working == f"Jeremy Corbyn, Islington North: 24,120 votes ({row})"
    assert votes.evidence_hash == evidence_hash(
        votes.official_value, votes.official_source, votes.working
    )
    assert votes.status_label == ReviewStatus.APPROVED
    assert rechecks.recheck_claims([votes.pk]).changed == 0  # idempotent

    # a figure that really changed is still found
    Candidacy.objects.filter(surname="Corbyn", contest__election__slug="ge2024").update(votes=24121)
    Contest.objects.get(election__slug="ge2024").save()  # bumps the official data version
    snapshot.forget()
    report = rechecks.recheck_claims([votes.pk])
    assert (report.changed, report.withdrawn) == (1, 1)
    assert fresh(votes).status_label != ReviewStatus.APPROVED


def test_a_revised_file_with_the_row_moved_moves_the_citation_and_corrects_nothing(
    demo, client, django_capture_on_commit_callbacks
):
    contest = Contest.objects.get(election__slug="ge2024")
    candidates, constituency = islington_files("2024")
    lines = candidates.read_bytes().split(b"\r\n")
    assert b"Corbyn" in lines[7]
    moved = b"\r\n".join([lines[0], lines[7], *lines[1:7], *lines[8:]])
    with django_capture_on_commit_callbacks(execute=True):
        import_results(
            [
                ("HoC-GE2024-results-by-candidate.csv", moved),
                ("HoC-GE2024-results-by-constituency.csv", constituency.read_bytes()),
            ],
            election="ge2024",
            date=contest.election.date,
        )
    row = "HoC-GE2024-results-by-candidate.csv, line 2"
    assert Candidacy.objects.get(contest=contest, surname="Corbyn").source_row == row
    page = text_of(client.get(PAGE).content.decode())
    assert "under review" not in page.lower()  # no figure changed: nothing re-checked
    report = rechecks.recheck_claims(Claim.objects.values_list("pk", flat=True))
    assert report.changed == 0
    assert fresh(votes_claim()).working.endswith(f"({row})")
    plan = publish_plan(contest)
    assert not plan.changed  # a new citation is no correction
    check = next(c for c in plan.checks if c.summary == "Jeremy Corbyn won 24,120 votes in 2024")
    assert check.citation == row
    assert check in plan.updated


def test_the_hash_covers_figures_not_the_rows_cited():
    source = "House of Commons Library, GE2024 results"
    working = "Jeremy Corbyn, Islington North: 24,120 votes"
    one = evidence_hash(Decimal(24120), source, cite(working, "a.csv, line 8"))
    assert one == evidence_hash(Decimal(24120), source, cite(working, "b.csv, line 2"))
    assert one == evidence_hash(Decimal(24120), source, working)
    assert one == evidence_hash(
        Decimal(24120), source, cite(working, "entered by hand, approved by Ann Lee")
    )
    assert one != evidence_hash(Decimal(24121), source, cite(working, "a.csv, line 8"))
    assert one != evidence_hash(Decimal(24120), source, working.replace("24,120", "24,121"))


class Row:
    def __init__(self, source_row: str):
        self.source_row = source_row


def test_a_place_in_the_count_cites_every_row_of_the_seat():
    rows = [Row(f"c.csv, line {n}") for n in (12, 10, 11, 15)]
    assert candidate_rows(rows) == "c.csv, lines 10–12, 15"
    assert candidate_rows(rows[:1]) == "c.csv, line 12"
    assert candidate_rows([*rows, Row("")]) == ""  # a row not known: none cited
    assert uncited(cite("Ann Lee placed 2nd of 4 by votes", candidate_rows(rows))) == (
        "Ann Lee placed 2nd of 4 by votes"
    )
