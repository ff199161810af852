"""A sign-off covers what was signed off: any change to what a check publishes takes it back.

The verdict, its explanation and official figure, and the claim's quoted
sentence and span are what the public page shows. Whichever way one of them
changes (the desk's verdict form, a plain ``save()`` as the admin makes, code),
the verdict goes back to awaiting a second editor, its history says why, and
the next publish does not put the changed text out as approved.
"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from factcheck import publishing
from factcheck.history import claim_history
from factcheck.models import Claim, Publication, Review
from factcheck.review import approve, set_verdict, state_token
from factcheck.vocabulary import ReviewStatus

HX = {"HX-Request": "true"}
PAGE = "/results/ge2024/islington-north/"
SIGNED_OFF = "Matches the official result, signed off."


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


@pytest.fixture
def signed_off(coverage, editor, second_editor):
    """Corbyn's 24,120 votes: written by ``editor``, signed off by ``second_editor``."""
    claim = coverage.claim("24,120")
    set_verdict(claim=fresh(claim), editor=editor, verdict="accurate", explanation=SIGNED_OFF,
                token=state_token(fresh(claim)))  # fmt: skip
    approve(claim=fresh(claim), editor=second_editor, token=state_token(fresh(claim)))
    assert fresh(claim).status_label == ReviewStatus.APPROVED
    return claim


@pytest.fixture
def publisher(db):
    from tests.factories import UserFactory

    user = UserFactory(username="pub")
    user.groups.add(*Group.objects.filter(name__in=["Publisher", "Editor"]))
    return user


def verdict_form(claim, **fields) -> dict:
    """The verdict form as the desk renders it for the claim, with ``fields`` changed."""
    claim = fresh(claim)
    review = claim.effective_review
    return {
        "token": state_token(claim), "verdict": review.verdict,
        "explanation": review.explanation, "note": review.note,
        "official_value": claim.applied_official_value,
        "official_source": claim.applied_official_source,
    } | fields  # fmt: skip


def assert_withdrawn(claim, what: str) -> None:
    claim = fresh(claim)
    assert claim.status_label == ReviewStatus.AWAITING_SIGN_OFF
    assert claim.effective_review.approved_by is None
    reasons = [e.reason for e in claim_history(claim)]
    assert any(r.startswith("Sign-off withdrawn") and what in r for r in reasons), reasons


def test_the_author_reposting_a_new_explanation_withdraws_the_sign_off(client, signed_off, editor):
    client.force_login(editor)
    url = reverse("factcheck:claim_verdict", args=[signed_off.pk])
    response = client.post(url, verdict_form(signed_off, explanation="Rewritten."), headers=HX)
    assert "awaiting a second editor’s sign-off" in response.content.decode()
    # the history, when the editor opens it, says why
    history = client.get(reverse("factcheck:claim_history", args=[signed_off.pk]), headers=HX)
    assert "Sign-off withdrawn: the explanation changed." in history.content.decode()
    assert_withdrawn(signed_off, "explanation")


def test_the_author_reposting_a_new_official_figure_withdraws_the_sign_off(
    client, signed_off, editor
):
    client.force_login(editor)
    url = reverse("factcheck:claim_verdict", args=[signed_off.pk])
    client.post(url, verdict_form(signed_off, official_value="24121"), headers=HX)
    assert fresh(signed_off).applied_official_value == Decimal(24121)
    assert_withdrawn(signed_off, "official figure")


def test_the_author_changing_the_verdict_or_source_withdraws_the_sign_off(signed_off, editor):
    set_verdict(claim=fresh(signed_off), editor=editor, verdict="misleading",
                explanation=SIGNED_OFF, token=state_token(fresh(signed_off)))  # fmt: skip
    assert_withdrawn(signed_off, "verdict")


def test_a_note_only_change_by_the_author_keeps_the_sign_off(client, signed_off, editor):
    """The internal note is not published: the sign-off still covers everything readers see."""
    client.force_login(editor)
    url = reverse("factcheck:claim_verdict", args=[signed_off.pk])
    client.post(url, verdict_form(signed_off, note="For the desk only."), headers=HX)
    assert fresh(signed_off).status_label == ReviewStatus.APPROVED
    assert fresh(signed_off).effective_review.note == "For the desk only."


@pytest.mark.parametrize(
    ("field", "value", "what"),
    [
        ("explanation", "Edited in the admin.", "explanation"),
        ("official_value", Decimal("99999"), "official figure"),
        ("verdict", "inaccurate", "verdict"),
        ("official_source", "Somewhere else", "official source"),
    ],
)
def test_saving_a_changed_verdict_anywhere_withdraws_the_sign_off(signed_off, field, value, what):
    """What the admin's change form (or any code) does: set the field, ``save()``."""
    review = Review.objects.get(group=signed_off.group)
    setattr(review, field, value)
    review.save()
    assert_withdrawn(signed_off, what)


@pytest.mark.parametrize(
    ("change", "what"),
    [
        ({"sentence": "Jeremy Corbyn won 24,120 votes, a record."}, "quoted sentence"),
        ({"start": 1, "end": 7}, "span"),
    ],
)
def test_saving_a_changed_quote_or_span_anywhere_withdraws_the_sign_off(signed_off, change, what):
    claim = Claim.objects.get(pk=signed_off.pk)
    for field, value in change.items():
        setattr(claim, field, value)
    claim.save()
    assert_withdrawn(signed_off, what)


def test_the_publish_page_does_not_publish_the_changed_text_as_approved(
    client, coverage, signed_off, editor, publisher
):
    contest = coverage.contest
    publishing.publish_contest(contest=contest, publisher=publisher)
    assert SIGNED_OFF in client.get(PAGE).content.decode()
    # The author rewrites the explanation and the figure; someone edits the quote.
    set_verdict(claim=fresh(signed_off), editor=editor, verdict="accurate",
                explanation="Rewritten after sign-off.", official_value=Decimal(24000),
                token=state_token(fresh(signed_off)))  # fmt: skip
    claim = Claim.objects.get(pk=signed_off.pk)
    claim.sentence = "Jeremy Corbyn won 24,120 votes, a quote edited after sign-off."
    claim.save()

    client.force_login(publisher)
    url = reverse("factcheck:contest_publish", args=[contest.pk])
    page = client.get(url).content.decode()
    # no longer approved as published: it stays as it was until two editors decide
    assert "Kept as published (1)" in page
    assert "Rewritten after sign-off." not in page
    refused = client.post(url, {"note": "Withdrawn for a second look."}).content.decode()
    assert "Nothing has changed since version 1." in refused
    assert Publication.objects.latest_for(contest).version == 1
    public = client.get(PAGE).content.decode()
    assert SIGNED_OFF in public
    for changed in ("Rewritten after sign-off.", "24,000", "a quote edited after sign-off"):
        assert changed not in public
