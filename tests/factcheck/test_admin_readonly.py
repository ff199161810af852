"""The admin shows claims, claim groups and reviews, and changes none of them.

Claims and verdicts change only on the desk, where version tokens, sign-off
and history rules hold; in /admin/ editors (and superusers) only look.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from factcheck import roles
from factcheck.models import Claim, Review
from tests.factories import ClaimFactory, ReviewFactory, UserFactory


@pytest.fixture
def staff_editor(db):
    return UserFactory(username="staffed", is_staff=True, groups=[roles.EDITOR])


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def approved_review(db):
    claim = ClaimFactory()
    return ReviewFactory(claim=claim, approved=True, explanation="Matches the official result.")


def change_url(obj) -> str:
    return reverse(f"admin:factcheck_{obj._meta.model_name}_change", args=[obj.pk])


def claim_form(claim) -> dict:
    """What a browser would post if the change form had inputs: a new official value and status."""
    return {
        "article": claim.article_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "value": "99999",
        "unit": claim.unit,
        "claim_type": claim.claim_type,
        "qualifier": claim.qualifier,
        "origin": claim.origin,
        "status": Claim.Status.REJECTED,
        "official_value": "1",
        "version": "1",
        "details": "{}",
        "readings": "[]",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["staff_editor", "superuser"])
def test_the_admin_shows_a_claim_and_refuses_to_change_it(client, request, who):
    claim = ClaimFactory()
    before = Claim.objects.values().get(pk=claim.pk)
    client.force_login(request.getfixturevalue(who))

    changelist = client.get(reverse("admin:factcheck_claim_changelist"))
    assert changelist.status_code == 200
    assert claim.text in changelist.content.decode()
    assert "Add claim" not in changelist.content.decode()

    page = client.get(change_url(claim))
    assert page.status_code == 200
    html = page.content.decode()
    assert "View claim" in html
    assert claim.sentence in html
    assert 'name="value"' not in html
    assert 'name="status"' not in html
    assert 'name="_save"' not in html

    assert client.post(change_url(claim), claim_form(claim)).status_code == 403
    assert client.get(reverse("admin:factcheck_claim_add")).status_code == 403
    delete = reverse("admin:factcheck_claim_delete", args=[claim.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Claim.objects.values().get(pk=claim.pk) == before


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["staff_editor", "superuser"])
def test_the_admin_shows_a_review_and_cannot_change_its_verdict_or_approval(
    client, request, who, approved_review
):
    client.force_login(request.getfixturevalue(who))
    page = client.get(change_url(approved_review))
    assert page.status_code == 200
    html = page.content.decode()
    assert "View review" in html
    assert "Matches the official result." in html
    assert 'name="verdict"' not in html

    form = {
        "claim": approved_review.claim_id,
        "verdict": "inaccurate",
        "explanation": "Changed behind the desk's back.",
        "official_value": "1",
        "author": approved_review.author_id,
        "approved_by": approved_review.approved_by_id,
        "version": "7",
    }
    assert client.post(change_url(approved_review), form).status_code == 403
    actions = {"action": "delete_selected", "_selected_action": [approved_review.pk], "post": "yes"}
    client.post(reverse("admin:factcheck_review_changelist"), actions)
    review = Review.objects.get(pk=approved_review.pk)
    assert (review.verdict, review.explanation, review.version) == (
        "accurate",
        "Matches the official result.",
        1,
    )
    assert review.is_approved
    assert review.official_value == approved_review.official_value


@pytest.mark.django_db
def test_the_claim_groups_value_is_not_editable_in_the_admin(client, staff_editor):
    group = ClaimFactory().group
    client.force_login(staff_editor)
    assert client.get(change_url(group)).status_code == 200
    form = {"key": group.key, "claim_type": group.claim_type, "value": "1", "unit": group.unit,
            "qualifier": group.qualifier}  # fmt: skip
    assert client.post(change_url(group), form).status_code == 403
    group.refresh_from_db()
    assert group.value == Decimal(24120)


@pytest.mark.django_db
def test_an_articles_title_is_editable_but_not_the_body_its_claims_index(client, superuser):
    claim = ClaimFactory()
    article = claim.article
    client.force_login(superuser)
    form = {
        "title": "Corrected headline",
        "outlet": article.outlet,
        "url": "",
        "published_on": "2024-07-05",
        "body": "Someone rewrote the article.",
        "election": "",
        "contest": "",
        "source_file": "",
    }
    response = client.post(change_url(article), form)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Corrected headline"
    assert article.body[claim.start : claim.end] == claim.text


def test_articles_are_not_added_in_the_admin(client, superuser):
    """An article added here would have no body; the desk's form is the way in."""
    from factcheck.models import Article

    client.force_login(superuser)
    changelist = client.get(reverse("admin:factcheck_article_changelist"))
    assert changelist.status_code == 200
    assert reverse("admin:factcheck_article_add") not in changelist.content.decode()
    response = client.post(reverse("admin:factcheck_article_add"), {"title": "Empty"})
    assert response.status_code == 403
    assert not Article.objects.filter(title="Empty").exists()
