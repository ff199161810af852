"""The published-check schema, the summary sentences, and the one review-status rule."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from factcheck.models import Article, Claim, Publication
from factcheck.published import SCHEMA, PublishedCheck, UnreadableCheck, read_checks
from factcheck.publishing import indefinite_article, publish_contest, summarise
from factcheck.review import approve, reject_claim, set_verdict, state_token
from factcheck.vocabulary import ClaimType, Qualifier, ReviewStatus, Unit, Verdict
from results.models import Contest, Election

# One check as publish_contest() stored it before checks carried a schema number.
STORED_BEFORE_SCHEMA = {
    "id": 7, "text": "24,120", "quote": "Corbyn won 24,120 votes.",
    "summary": "Jeremy Corbyn won 24,120 votes in 2024", "claim_type": "candidate_votes",
    "subject": "Jeremy Corbyn", "speaker": "", "election": "ge2024", "verdict": "accurate",
    "verdict_label": "Accurate", "rating": 5, "explanation": "Exact match.",
    "official_value": "24120", "official_display": "24,120",
    "official_source": "House of Commons Library", "source_row": "file.csv, line 2",
    "working": "", "reviewed_by": "ed1", "approved_by": "ed2",
    "articles": [{"claim_id": 7, "title": "Corbyn holds", "outlet": "Tribune",
                  "url": "https://news.example/a", "published_on": "2024-07-05",
                  "sentence": "Corbyn won 24,120 votes."}],
    "date_published": "2024-07-05T10:00:00+00:00", "date_modified": "2024-07-05T10:00:00+00:00",
}  # fmt: skip


def test_a_check_stored_before_the_schema_number_reads_as_schema_1():
    check = PublishedCheck.from_stored(STORED_BEFORE_SCHEMA)
    assert check.schema == SCHEMA == 1
    assert check.articles[0].outlet == "Tribune"
    assert check.to_export() == STORED_BEFORE_SCHEMA  # the public JSON is unchanged
    assert check.to_stored() == {**STORED_BEFORE_SCHEMA, "schema": 1}
    assert PublishedCheck.from_stored(check.to_stored()) == check


def test_a_newer_schema_or_a_missing_key_is_refused_by_name():
    with pytest.raises(UnreadableCheck, match="schema 2"):
        PublishedCheck.from_stored({**STORED_BEFORE_SCHEMA, "schema": 2})
    incomplete = {k: v for k, v in STORED_BEFORE_SCHEMA.items() if k != "verdict"}
    with pytest.raises(UnreadableCheck, match="'verdict'"):
        read_checks([incomplete])


@pytest.mark.django_db
def test_an_old_publication_still_renders_and_republishing_it_unchanged_is_refused(
    seeded, client, editor, second_editor, publisher
):
    contest = Contest.objects.get(election__slug="ge2024", constituency__slug="islington-north")
    claim = Claim.objects.for_review().filter(text="24,120").first()
    set_verdict(claim=claim, editor=editor, verdict=Verdict.ACCURATE, token=state_token(claim))
    claim = Claim.objects.for_review().get(pk=claim.pk)
    approve(claim=claim, editor=second_editor, token=state_token(claim))
    publication = publish_contest(contest=contest, publisher=publisher)
    # As an older version of the code stored it: no schema number.
    old_shape = [{k: v for k, v in c.items() if k != "schema"} for c in publication.checks]
    Publication.objects.filter(pk=publication.pk).update(checks=old_shape)
    check_id = old_shape[0]["id"]
    html = client.get(contest.get_absolute_url()).content.decode()
    assert f'id="claim-{check_id}"' in html
    assert client.get(f"{contest.get_absolute_url()}claims/{check_id}/").status_code == 200
    assert client.get("/results/ge2024/checks.csv").content.decode().count("\n") == 2
    with pytest.raises(ValidationError, match="Nothing has changed"):
        publish_contest(contest=contest, publisher=publisher)


def _claim(claim_type, text, value, *, unit=Unit.SEATS, qualifier=Qualifier.EXACT, **details):
    election = Election(pk=1, slug="ge2024", name="2024", date=datetime.date(2024, 7, 4))
    return Claim(
        article=Article(title="t", body="b"), election=election, claim_type=claim_type,
        text=text, value=Decimal(value), unit=unit, qualifier=qualifier, subject="Labour",
        sentence="The sentence.", details=details,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "summary"),
    [
        (_claim(ClaimType.SEAT_PROJECTION, "170-seat", 170, is_majority=True),
         "Labour was projected a 170-seat majority in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "80-seat", 80, is_majority=True),
         "Labour was projected an 80-seat majority in 2024"),
        (_claim(ClaimType.SEAT_COUNT, "150-seat", 150, is_majority=True),
         "Labour won a 150-seat majority in 2024"),
        (_claim(ClaimType.SEAT_COUNT, "150-seat", 150), "Labour won 150 seats in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "410", 410),
         "Labour was projected to win 410 seats in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "one", 1),
         "Labour was projected to win one seat in 2024"),
        (_claim(ClaimType.SEAT_COUNT, "170", 170, qualifier=Qualifier.APPROX, is_majority=True),
         "Labour won a majority of around 170 seats in 2024"),
        (_claim(ClaimType.TERM_COUNT, "11th", 11, unit=Unit.ORDINAL), "Labour won an 11th term"),
        (_claim(ClaimType.TERM_COUNT, "tenth", 10, unit=Unit.ORDINAL), "Labour won a tenth term"),
    ],
)  # fmt: skip
def test_the_summary_is_built_from_the_data_for_any_number(claim, summary):
    assert summarise(claim) == summary


@pytest.mark.parametrize(
    ("figure", "article"),
    [("8", "an"), ("11", "an"), ("18", "an"), ("80", "an"), ("800", "an"), ("8,000", "an"),
     ("11,500", "an"), ("1", "a"), ("110", "a"), ("170", "a"), ("1,800", "a"), ("eleventh", "an"),
     ("one", "a"), ("tenth", "a")],
)  # fmt: skip
def test_a_or_an_before_a_figure(figure, article):
    assert indefinite_article(figure) == article


@pytest.mark.django_db
def test_the_queue_and_the_claim_agree_on_every_review_status(seeded, editor, second_editor):
    """status_label in Python and the SQL the queue counts with come from one rule."""
    claims = list(Claim.objects.for_review())
    set_verdict(claim=claims[0], editor=editor, verdict=Verdict.ACCURATE,
                token=state_token(claims[0]))  # fmt: skip
    fresh = Claim.objects.for_review().get(pk=claims[0].pk)
    approve(claim=fresh, editor=second_editor, token=state_token(fresh))
    set_verdict(claim=claims[5], editor=editor, verdict=Verdict.MISLEADING,
                token=state_token(claims[5]), this_article_only=True)  # fmt: skip
    reject_claim(claim=claims[9], editor=editor, token=state_token(claims[9]))
    claims = list(Claim.objects.for_review())
    seen = set()
    for status in ReviewStatus:
        expected = {c.pk for c in claims if c.status_label == status}
        assert set(Claim.objects.in_review_status(status).values_list("pk", flat=True)) == expected
        seen |= {status} if expected else set()
    assert seen == set(ReviewStatus)
    counts = {a.pk: a for a in Article.objects.with_review_counts()}
    for article_id in {c.article_id for c in claims}:
        mine = [c for c in claims if c.article_id == article_id]
        for status in ReviewStatus:
            assert getattr(counts[article_id], status.value) == sum(
                c.status_label == status for c in mine
            )
