"""`make run`'s demo review: once, on a new database, as the demo accounts, never over people.

It runs the seeds through the extractor (the ``seeded`` fixture), then
``create_demo_users`` and ``demo_review`` as `make run` calls them.
"""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Q

from factcheck.models import Article, Claim, Publication, Review
from factcheck.published import DEMO_CHECKER, DEMO_WRITER
from factcheck.publishing import publish_contest
from factcheck.review import approve, correct_claim, reject_claim, set_verdict, state_token
from factcheck.vocabulary import ClaimOrigin
from tests.factories import ClaimFactory

PAGE = "/results/ge2024/islington-north/"
NOTICE = "<strong>Demo data:</strong>"


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def demo_review() -> str:
    from io import StringIO

    out = StringIO()
    call_command("demo_review", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo_users(seeded):
    call_command("create_demo_users", stdout=None)


def test_it_writes_signs_off_and_publishes_as_the_demo_accounts(demo_users, client):
    output = demo_review()
    assert "verdicts accepted and approved by the demo accounts" in output
    reviews = Review.objects.select_related("author", "approved_by")
    assert reviews.count() > 5
    assert {(r.author.username, r.approved_by.username) for r in reviews} == {
        (DEMO_WRITER, DEMO_CHECKER)
    }
    publications = Publication.objects.select_related("published_by")
    assert publications
    assert all(p.is_demo and p.published_by.username == DEMO_WRITER for p in publications)
    assert NOTICE in client.get(PAGE).content.decode()
    # No one can log in as the demo accounts.
    assert not client.login(username=DEMO_WRITER, password="")
    assert not Review.objects.filter(
        Q(author__username__in=["editor", "editor2"])
        | Q(approved_by__username__in=["editor", "editor2"])
    ).exists()


def test_it_runs_only_on_a_new_database(demo_users):
    demo_review()
    counts = (Review.objects.count(), Review.history.count(), Publication.objects.count())
    assert "Demo review skipped" in demo_review()
    assert (Review.objects.count(), Review.history.count(), Publication.objects.count()) == counts


def test_it_does_nothing_once_a_person_has_written_a_verdict(demo_users, editor):
    claim = Claim.objects.filter(article__source_file__startswith="seeds/").first()
    set_verdict(claim=fresh(claim), editor=editor, verdict="accurate",
                token=state_token(fresh(claim)))  # fmt: skip
    assert "Demo review skipped" in demo_review()
    assert Review.objects.get().author == editor
    assert not Publication.objects.exists()


def test_it_never_touches_a_claim_a_person_made_or_changed(demo_users, editor):
    seeds = Claim.objects.filter(article__source_file__startswith="seeds/", group__isnull=False)
    grouped = seeds.exclude(suggested_verdict="").order_by("pk")
    shared, corrected, rejected = grouped[0], grouped[1], grouped[2]
    article = Article.objects.exclude(pk=shared.article_id).filter(
        source_file__startswith="seeds/"
    )[0]
    # An editor added a claim of the same figure as ``shared``, so it joined its group.
    added = ClaimFactory(
        article=article, start=0, end=5, text=article.body[:5], sentence=article.body[:40],
        claim_type=shared.claim_type, value=shared.value, unit=shared.unit,
        subject=shared.subject, election=shared.election, qualifier=shared.qualifier,
        origin=ClaimOrigin.EDITOR, group=shared.group,
    )  # fmt: skip
    c = fresh(corrected)
    correct_claim(
        claim=c, editor=editor, token=state_token(c), value=c.value + Decimal(1),
        claim_type=c.claim_type, unit=c.unit, subject=c.subject, subject_kind=c.subject_kind,
        qualifier=c.qualifier,
    )  # fmt: skip
    reject_claim(claim=fresh(rejected), editor=editor, token=state_token(fresh(rejected)))
    demo_review()
    for person_made in (added, corrected, rejected):
        assert fresh(person_made).effective_review is None, person_made
    # The editor's claim is in ``shared``'s group: the group gets no verdict, and the
    # extractor's claims in it each get their own.
    assert not Review.objects.filter(group=shared.group).exists()
    own = fresh(shared).effective_review
    assert own.claim_id == shared.pk
    assert own.author.username == DEMO_WRITER
    assert Review.objects.exists()


def test_the_notice_stays_while_any_demo_verdict_is_published(
    demo_users, client, editor, second_editor, publisher, django_capture_on_commit_callbacks
):
    demo_review()
    contests = {p.contest for p in Publication.objects.filter(contest__isnull=False)}
    demo_reviews = list(Review.objects.filter(author__username=DEMO_WRITER).order_by("pk"))

    def rewrite(review) -> None:
        claim = review.claim or review.group.claims.order_by("pk").first()
        set_verdict(
            claim=fresh(claim), editor=editor, verdict=review.verdict,
            explanation=f"{review.explanation} Checked by hand.",
            this_article_only=review.claim_id is not None, token=state_token(fresh(claim)),
        )  # fmt: skip
        approve(claim=fresh(claim), editor=second_editor, token=state_token(fresh(claim)))

    def publish() -> None:
        for contest in contests:
            with django_capture_on_commit_callbacks(execute=True):  # clears the cached page
                publish_contest(contest=contest, publisher=publisher, note="Checked by hand.")

    rewrite(demo_reviews[0])
    publish()
    assert Publication.objects.latest_for(next(iter(contests))).version == 2
    assert NOTICE in client.get(PAGE).content.decode()
    for review in demo_reviews[1:]:
        rewrite(review)
    publish()
    assert not Review.objects.filter(author__username=DEMO_WRITER).exists()
    page = client.get(PAGE).content.decode()
    assert "Checked by hand." in page
    assert NOTICE not in page
