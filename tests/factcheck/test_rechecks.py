"""Checks that follow the official data: evidence, awaiting declaration, re-checks on change.

The articles go through the real extractor and checker (``process_article``), so each
claim records the evidence the checker used. Official figures change as ``results``
changes them (a row saved, then ``official_figures_changed`` sent on commit, or the real
path: a hand correction approved by a second person, ``Contest.approve``).
"""

import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from factcheck import rechecks
from factcheck.checking import evidence_hash
from factcheck.history import claim_history
from factcheck.models import Article, Claim, ClaimEvidence, Correction, Review
from factcheck.processing import process_article
from factcheck.publishing import publish_contest
from factcheck.review import approve, set_verdict, state_token
from factcheck.vocabulary import ReviewStatus, Suggested, Verdict
from results.models import Candidacy, Contest
from results.signals import official_figures_changed
from tests.factories import (
    CandidacyFactory,
    ConstituencyFactory,
    ContestFactory,
    PartyFactory,
    UserFactory,
    general_election,
    islington_north_2024,
)

PAGE = "/results/ge2024/islington-north/"
CORBYN = "Jeremy Corbyn won 24,120 votes in Islington North."
TEXT = (
    f"{CORBYN} Labour's Praful Nargund was second with 16,873 votes, "
    "leaving Corbyn a majority of 7,247."
)


def text(html: str) -> str:
    """The page's text, tags dropped and spaces collapsed, as a reader sees it."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def article(body: str, title: str = "Islington North") -> Article:
    found = Article.objects.create(title=title, outlet="Gazette", body=body)
    process_article(found)
    return found


def claim_of(article: Article, figure: str) -> Claim:
    return Claim.objects.for_review().get(article=article, text=figure)


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def decide(claim, *, author, checker) -> None:
    """The suggestion accepted by ``author`` and signed off by ``checker``."""
    set_verdict(claim=fresh(claim), editor=author, verdict=fresh(claim).suggested_verdict,
                explanation=fresh(claim).explanation, token=state_token(fresh(claim)))  # fmt: skip
    approve(claim=fresh(claim), editor=checker, token=state_token(fresh(claim)))


def revise(contest: Contest, surname: str, votes: int, *, capture) -> None:
    """Change a candidate's official votes as ``results`` does, then say so on commit."""
    with capture(execute=True):
        Candidacy.objects.filter(contest=contest, surname=surname).update(votes=votes)
        Contest.objects.get(pk=contest.pk).save()  # bumps the official data version
        official_figures_changed.send(
            sender=Contest, election=contest.election.slug, contests=[contest.pk],
            reason="revision",
        )  # fmt: skip


@pytest.fixture
def seat(db):
    return islington_north_2024()


@pytest.fixture
def publisher(editor):
    editor.groups.add(Group.objects.get(name="Publisher"))
    return editor


# -- evidence -----------------------------------------------------------------------


def test_every_suggestion_records_the_official_figures_it_used(seat):
    found = article(TEXT)
    votes = claim_of(found, "24,120")
    assert votes.suggested_verdict == Verdict.ACCURATE
    assert votes.official_value == Decimal(24120)
    assert "House of Commons Library" in votes.official_source
    assert votes.evidence_hash == evidence_hash(
        votes.official_value, votes.official_source, votes.working
    )
    assert list(votes.evidence.values_list("election", "contest_pk")) == [("ge2024", seat.pk)]
    # every claim about the seat names it as its evidence
    for claim in found.claims.all():
        assert ("ge2024", seat.pk) in set(claim.evidence.values_list("election", "contest_pk"))


# -- awaiting declaration -------------------------------------------------------------


@pytest.fixture
def undeclared(db, clerk):
    """Hackney North: candidates known, result typed in but not yet approved (not official)."""
    general_election(2024)
    contest = ContestFactory(
        election=general_election(2024),
        constituency=ConstituencyFactory(name="Hackney North", slug="hackney-north"),
        electorate=80000, valid_votes=40000, invalid_votes=100,
        status=Contest.Status.PENDING, origin=Contest.Origin.MANUAL, entered_by=clerk,
    )  # fmt: skip
    for first, surname, abbreviation, votes in (
        ("Diane", "Abbott", "Lab", 24355),
        ("Antoinette", "Fernandez", "Green", 9673),
    ):
        CandidacyFactory(contest=contest, first_name=first, surname=surname, votes=votes,
                         party=PartyFactory(abbreviation=abbreviation))  # fmt: skip
    return contest


def test_a_claim_about_a_seat_that_has_not_declared_awaits_it_then_is_checked(
    undeclared, clerk, client, editor, django_capture_on_commit_callbacks
):
    found = article(
        "Hackney North has yet to declare. The turnout in Hackney North was 50.1%.",
        title="Waiting in Hackney",
    )
    turnout = claim_of(found, "50.1%")
    assert turnout.suggested_verdict == Suggested.AWAITING_DECLARATION
    assert "Hackney North has not declared yet" in turnout.explanation
    assert list(turnout.evidence.values_list("contest_pk", flat=True)) == [undeclared.pk]

    client.force_login(editor)
    page = text(client.get(reverse("factcheck:article_detail", args=[found.pk])).content.decode())
    assert "Awaiting declaration" in page
    assert "Not checkable" not in page

    second = UserFactory(username="clerk2", is_staff=True, groups=["Data entry"])
    with django_capture_on_commit_callbacks(execute=True):
        Contest.objects.get(pk=undeclared.pk).approve(user=second)
        # (results sends this itself once its declarations land; sending it again is harmless)
        official_figures_changed.send(
            sender=Contest, election="ge2024", contests=[undeclared.pk], reason="declaration"
        )
    turnout = fresh(turnout)
    assert turnout.suggested_verdict == Verdict.ACCURATE  # (40,000 + 100) ÷ 80,000 = 50.13%
    assert turnout.official_value is not None
    assert turnout.evidence_change.startswith("seat declared: official figure")
    assert turnout.recheck_requested_at is None


# -- a revision after publishing ----------------------------------------------------


@pytest.fixture
def published(seat, publisher, second_editor):
    """Corbyn's 24,120 votes: accepted, signed off and published on the seat's page."""
    found = article(TEXT)
    votes = claim_of(found, "24,120")
    decide(votes, author=publisher, checker=second_editor)
    publish_contest(contest=seat, publisher=publisher)
    return votes


def test_a_revision_after_publishing_withdraws_the_sign_off_and_marks_the_page(
    client, seat, published, publisher, second_editor, django_capture_on_commit_callbacks
):
    before = text(client.get(PAGE).content.decode())
    assert "Accurate" in before
    assert "Under review" not in before

    revise(seat, "Corbyn", 24121, capture=django_capture_on_commit_callbacks)

    votes = fresh(published)
    assert votes.status_label == ReviewStatus.AWAITING_SIGN_OFF
    assert votes.suggested_verdict == Verdict.INACCURATE
    assert votes.official_value == Decimal(24121)
    assert votes.evidence_change == "official figure revised: 24,120 → 24,121"
    assert votes.revision_pending
    review = votes.effective_review
    assert review.approved_by is None
    assert review.official_value == Decimal(24121)  # the checker's figure, moved on
    reasons = [e.reason for e in claim_history(votes)]
    assert "Sign-off withdrawn: official figure revised: 24,120 → 24,121." in reasons

    # the public page, read straight after the change: the result and no stale check
    page = text(client.get(PAGE).content.decode())
    assert "24,121" in page
    assert "Under review since" in page
    assert "official figures it was checked against have changed" in page
    assert "Official figure 24,120" not in page
    assert "Accurate" not in page

    # the editors decide again; the next publish records a correction
    decide(votes, author=publisher, checker=second_editor)
    assert not fresh(votes).revision_pending
    with django_capture_on_commit_callbacks(execute=True):
        publish_contest(contest=seat, publisher=publisher)
    correction = Correction.objects.get()
    assert correction.what_changed == (
        "Official figure for “Jeremy Corbyn won 24,120 votes in 2024” revised from 24,120 "
        "to 24,121; "
        "verdict changed from Accurate to Inaccurate."
    )
    assert correction.reason == "The official result was revised."
    page = text(client.get(PAGE).content.decode())
    assert "Under review" not in page
    assert "Inaccurate" in page
    assert "24,121" in page


def test_an_approved_hand_correction_re_checks_the_published_check(
    client, seat, published, clerk, django_capture_on_commit_callbacks
):
    """The real path: a clerk corrects the figure by hand, a second one approves it, and
    ``results`` says so (``Contest.approve``); nothing here sends the signal."""
    contest = Contest.objects.get(pk=seat.pk)
    contest.keep_official_figures()
    Candidacy.objects.filter(contest=seat, surname="Corbyn").update(votes=24121)
    contest.record_hand_entry(user=clerk)
    assert fresh(published).status_label == ReviewStatus.APPROVED  # pending: nothing yet
    second = UserFactory(username="clerk2", is_staff=True, groups=["Data entry"])
    with django_capture_on_commit_callbacks(execute=True):
        assert Contest.objects.get(pk=seat.pk).approve(user=second) == "revision"
    votes = fresh(published)
    assert votes.status_label == ReviewStatus.AWAITING_SIGN_OFF
    assert votes.evidence_change == "official figure revised: 24,120 → 24,121"
    assert "Under review since" in text(client.get(PAGE).content.decode())


def test_the_desk_puts_the_revised_article_first_and_says_what_changed(
    client, seat, published, editor, django_capture_on_commit_callbacks
):
    other = article("Jeremy Corbyn's vote share was 49.2% in Islington North.", title="Other")
    assert other.pk > published.article_id  # newer: first in the queue until the revision
    revise(seat, "Corbyn", 24121, capture=django_capture_on_commit_callbacks)
    client.force_login(editor)
    queue = client.get(reverse("factcheck:desk_index")).content.decode()
    titles = re.findall(r'<a href="/desk/articles/\d+/">([^<]+)</a>', queue)
    assert titles[0] == "Islington North"
    assert "1 revised" in text(queue)
    url = reverse("factcheck:article_detail", args=[published.article_id])
    page = text(client.get(f"{url}?claim={published.pk}").content.decode())
    assert "Official figure revised: 24,120 → 24,121" in page


# -- idempotent, and only what changed ------------------------------------------------


def test_rechecking_is_idempotent(seat, published, django_capture_on_commit_callbacks):
    revise(seat, "Corbyn", 24121, capture=django_capture_on_commit_callbacks)
    ids = list(Claim.objects.values_list("pk", flat=True))
    history = Claim.history.count() + Review.history.count()
    versions = dict(Claim.objects.values_list("pk", "version"))
    first = rechecks.recheck_claims(ids)
    second = rechecks.recheck_claims(ids)
    assert (first.changed, second.changed) == (0, 0)
    assert first.checked == second.checked == len(ids)
    assert Claim.history.count() + Review.history.count() == history
    assert dict(Claim.objects.values_list("pk", "version")) == versions


def test_a_change_to_one_seat_touches_only_the_claims_that_used_it(
    seat, undeclared, django_capture_on_commit_callbacks, django_assert_num_queries
):
    islington = article(TEXT)
    hackney = Contest.objects.get(pk=undeclared.pk)
    hackney.status = Contest.Status.OFFICIAL
    hackney.save()
    other = article("Diane Abbott won 24,355 votes in Hackney North.", title="Hackney")
    assert other.claims.count() == 1
    untouched = {c.pk: c.version for c in islington.claims.all()}

    # one candidate's votes change: only Hackney's claim is checked again, and changed
    with django_assert_num_queries(1):
        ids = rechecks.affected_claim_ids(election="ge2024", contests=[hackney.pk])
    assert ids == list(other.claims.values_list("pk", flat=True))
    revise(hackney, "Abbott", 24356, capture=django_capture_on_commit_callbacks)
    assert other.claims.get().evidence_change == "official figure revised: 24,355 → 24,356"
    assert {c.pk: c.version for c in islington.claims.all()} == untouched

    # a figure its check did not use (the runner-up's votes) changes nothing it published
    abbott = other.claims.get()
    revise(hackney, "Fernandez", 9000, capture=django_capture_on_commit_callbacks)
    assert fresh(abbott).version == abbott.version
    assert fresh(abbott).evidence_hash == abbott.evidence_hash


def test_claims_of_other_seats_are_not_looked_at(seat, undeclared):
    article(TEXT)
    assert ClaimEvidence.objects.filter(contest_pk=undeclared.pk).count() == 0
    assert rechecks.affected_claim_ids(election="ge2024", contests=[undeclared.pk]) == []


# -- asking for a re-check: the desk's button and the command ----------------------------


def test_the_desk_re_checks_an_article_in_the_background_and_says_so(
    client, seat, editor, settings, django_capture_on_commit_callbacks
):
    found = article(TEXT)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.force_login(editor)
    url = reverse("factcheck:article_detail", args=[found.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("factcheck:article_recheck", args=[found.pk]), follow=True)
    page = text(response.content.decode())
    count = found.claims.count()
    assert f"Checking {count} claims again." in page
    assert f"Re-checking {count} claims against the official figures" in page
    status = reverse("factcheck:article_recheck_status", args=[found.pk])
    assert "Re-checking" in client.get(status, headers={"HX-Request": "true"}).content.decode()

    from django_tasks_db.models import DBTaskResult

    (queued,) = DBTaskResult.objects.all()
    rechecks.recheck_claims(queued.args_kwargs["kwargs"]["claim_ids"])  # what the worker runs
    done = client.get(status, headers={"HX-Request": "true"})
    assert done.headers["HX-Refresh"] == "true"
    assert "Re-checking" not in text(client.get(url).content.decode())


def test_recheck_claims_command_is_idempotent_and_names_what_it_cannot_find(seat, capsys):
    from django.core.management import CommandError, call_command

    found = article(TEXT)
    Claim.objects.filter(article=found).update(evidence_hash="")  # stored before evidence
    ClaimEvidence.objects.all().delete()
    call_command("recheck_claims", "--now", "--election", "ge2024", "--contest", "islington-north")
    out = capsys.readouterr()
    count = found.claims.count()
    assert f"Checked {count} claims again" in out.out
    assert f"0 changed (sign-offs withdrawn: 0), {count} recorded their evidence" in out.out
    assert f"Checked {count}/{count}" in out.err  # the progress bar
    assert ClaimEvidence.objects.filter(contest_pk=seat.pk).count() == count
    call_command("recheck_claims", "--now")
    assert "0 changed (sign-offs withdrawn: 0), 0 recorded" in capsys.readouterr().out
    with pytest.raises(CommandError, match="No seat 'atlantis'"):
        call_command("recheck_claims", "--contest", "atlantis")
    with pytest.raises(CommandError, match="No election 'ge1066'"):
        call_command("recheck_claims", "--election", "ge1066")


def test_the_json_export_says_a_check_is_under_review(
    client, seat, published, django_capture_on_commit_callbacks
):
    url = "/results/ge2024/islington-north.json"
    (check,) = client.get(url).json()["published"]["checks"]
    assert check["under_review_since"] is None
    revise(seat, "Corbyn", 24121, capture=django_capture_on_commit_callbacks)
    (check,) = client.get(url).json()["published"]["checks"]
    assert check["under_review_since"] == fresh(published).evidence_changed_at.isoformat()


def test_a_re_check_reads_the_seats_named_at_extraction_not_the_text_again(
    seat, django_assert_num_queries
):
    found = article(TEXT)
    assert found.seats_named == ["ge2024/islington-north"]
    assert found.contest_id == seat.pk
    ids = list(found.claims.values_list("pk", flat=True))
    before = {c.pk: (c.suggested_verdict, c.evidence_hash) for c in found.claims.all()}

    # Were the text read again, it would now name no seat (the body is changed under it).
    Article.objects.filter(pk=found.pk).update(body=found.body.replace("Islington North", "X"))
    with django_assert_num_queries(7) as captured:
        report = rechecks.recheck_claims(ids)
    assert not any('"factcheck_article"."body"' in q["sql"] for q in captured.captured_queries)
    assert (report.checked, report.changed) == (len(ids), 0)
    after = {c.pk: (c.suggested_verdict, c.evidence_hash) for c in found.claims.all()}
    assert after == before


def test_a_figure_left_in_doubt_stays_so_when_the_seat_is_checked_again(
    seat, django_capture_on_commit_callbacks
):
    """A majority "two years ago" (an election not loaded) is not checkable, not inaccurate;
    a change to the seat's figures re-reads it the same way, never as this election's."""
    doubted = article(f"{CORBYN} Two years ago he had won by 26,000 votes.")
    claim = claim_of(doubted, "26,000")
    assert claim.suggested_verdict == Verdict.NOT_CHECKABLE
    assert claim.explanation.startswith("Unclear which figure this is:")
    revise(seat, "Corbyn", 24121, capture=django_capture_on_commit_callbacks)
    rechecks.recheck_claims([claim.pk])
    assert fresh(claim).suggested_verdict == Verdict.NOT_CHECKABLE
    assert fresh(claim).explanation.startswith("Unclear which figure this is:")
