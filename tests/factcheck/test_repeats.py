"""Repeats: a new article that repeats a decided claim gets the decided verdict at once, and
waits on the desk's Repeats list until an editor confirms it, in bulk, under the sign-off
rules (issue 13)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from factcheck import processing, repeats, review
from factcheck.claims import REPEAT_OF
from factcheck.models import Article, Claim, Review
from factcheck.vocabulary import ReviewStatus, Verdict
from tests.factories import ReviewFactory

REPEAT_TEXT = (
    "Jeremy Corbyn held Islington North as an independent with 24,120 votes.\n\n"
    "Labour's Praful Nargund secured 16,873 votes."
)


def _decided(value: int, *, verdict: str = Verdict.ACCURATE, approved: bool = True) -> Review:
    """A verdict on the seeds' group of ``value`` (candidate votes), signed off or not."""
    claim = Claim.objects.filter(claim_type="candidate_votes", value=value).first()
    return ReviewFactory(group=claim.group, verdict=verdict, approved=approved)


def _new_article(body: str = REPEAT_TEXT, title: str = "Corbyn holds on") -> Article:
    article = Article.objects.create(
        title=title, outlet="Later Gazette", body=body, published_on=datetime.date(2024, 7, 6)
    )
    processing.process_article(article)
    return article


def _claim(article: Article, text: str) -> Claim:
    return Claim.objects.for_review().get(article=article, text=text)


def _tokens(*claims: Claim) -> dict[int, str]:
    return {c.pk: repeats.state_token(c, c_group_review(c)) for c in claims}


def c_group_review(claim: Claim) -> Review:
    return Review.objects.get(group_id=claim.details[REPEAT_OF])


def test_a_repeat_of_a_decided_claim_gets_the_decided_verdict_at_once(seeded):
    """Acceptance test: a new article's 24,120, already decided, is held with that verdict
    as its suggestion; a figure nobody decided joins its group as before."""
    decided = _decided(24120, verdict=Verdict.MISLEADING)
    carrying = Claim.objects.filter(group=decided.group).values("article").distinct().count()
    article = _new_article()
    votes = _claim(article, "24,120")
    assert votes.group_id is None
    assert votes.details[REPEAT_OF] == decided.group_id
    assert votes.suggested_verdict == Verdict.MISLEADING  # not the checker's "accurate"
    assert votes.status_label == ReviewStatus.TO_REVIEW  # the verdict does not apply yet
    undecided = _claim(article, "16,873")
    assert undecided.group_id is not None
    assert REPEAT_OF not in undecided.details
    [repeat] = repeats.pending_repeats()
    assert repeat.claim == votes
    assert repeat.summary == (
        f"Already checked: misleading, approved by {decided.approved_by.username}, "
        f"in {carrying + 1} articles."
    )


def test_extracting_an_article_again_keeps_its_repeats_held_and_its_confirmed_claims(
    seeded, editor
):
    """Acceptance test: the groups an article already carried are not new repeats."""
    decided = _decided(24120)
    article = _new_article()
    votes = _claim(article, "24,120")
    repeats.confirm_repeats(editor=editor, tokens=_tokens(votes))
    processing.process_article(article)
    again = _claim(article, "24,120")
    assert again.group_id == decided.group_id
    assert again.status_label == ReviewStatus.APPROVED
    other = _new_article(REPEAT_TEXT + "\n\nTurnout fell.", title="Another")
    processing.process_article(other)
    assert _claim(other, "24,120").group_id is None  # still held, not joined


def test_the_repeats_list_shows_inaccurate_repeats_first(seeded, client, editor):
    """Acceptance test: the list, as an editor sees it."""
    _decided(24120, verdict=Verdict.ACCURATE)
    _decided(16873, verdict=Verdict.INACCURATE, approved=False)
    _new_article()
    client.force_login(editor)
    index = client.get(reverse("factcheck:desk_index")).content.decode()
    assert "Repeats (2 to confirm)" in index
    html = client.get(reverse("factcheck:repeats")).content.decode()
    rows = re.findall(r'<tr id="repeat-(\d+)"', html)
    assert [Claim.objects.get(pk=pk).text for pk in rows] == ["16,873", "24,120"]
    assert "Already checked: inaccurate, by " in html
    assert "awaiting sign-off, in" in html
    assert "Already checked: accurate, approved by " in html


def test_bulk_confirm_applies_the_signed_off_verdict(seeded, client, editor):
    """Acceptance test: one POST confirms the ticked repeats; the rest stay listed."""
    decided = _decided(24120)
    _decided(16873)
    article = _new_article()
    votes, other = _claim(article, "24,120"), _claim(article, "16,873")
    client.force_login(editor)
    response = client.post(
        reverse("factcheck:repeats_confirm"),
        {"claim": [str(votes.pk)], **{f"token-{k}": v for k, v in _tokens(votes, other).items()}},
        follow=True,
    )
    html = response.content.decode()
    assert "Confirmed 1 repeat." in html
    assert f'id="repeat-{other.pk}"' in html
    assert f'id="repeat-{votes.pk}"' not in html
    votes = _claim(article, "24,120")
    assert votes.group_id == decided.group_id
    assert votes.effective_review == decided
    assert votes.status_label == ReviewStatus.APPROVED
    assert votes.history.first().history_user == editor
    assert "Confirmed as a repeat" in votes.history.first().history_change_reason
    decided.refresh_from_db()
    assert decided.is_approved  # confirming withdrew no sign-off
    assert _claim(article, "16,873").group_id is None


def test_confirming_is_not_a_sign_off(seeded, editor, second_editor):
    """Acceptance test: a repeat of a verdict awaiting sign-off awaits it too, whoever
    confirms it, its author included; a second editor's sign-off then covers it."""
    decided = _decided(24120, approved=False)
    decided.author = editor
    decided.save()
    article = _new_article()
    votes = _claim(article, "24,120")
    repeats.confirm_repeats(editor=editor, tokens=_tokens(votes))
    votes = _claim(article, "24,120")
    assert votes.status_label == ReviewStatus.AWAITING_SIGN_OFF
    with pytest.raises(review.PermissionDenied):
        review.approve(claim=votes, editor=editor, token=review.state_token(votes))
    review.approve(claim=votes, editor=second_editor, token=review.state_token(votes))
    assert _claim(article, "24,120").status_label == ReviewStatus.APPROVED


def test_a_stale_or_bad_confirmation_changes_nothing(seeded, client, editor, second_editor):
    """Acceptance test: a verdict changed since the list was shown, a missing token, a
    claim that is not held, or input that is not a claim id: nothing is confirmed."""
    decided = _decided(24120)
    _decided(16873)
    article = _new_article()
    votes, other = _claim(article, "24,120"), _claim(article, "16,873")
    seen = _tokens(votes, other)
    decided.verdict = Verdict.INACCURATE
    decided.save()  # another editor changed the verdict after the list was shown
    with pytest.raises(review.ValidationError, match="changed since the list was shown"):
        repeats.confirm_repeats(editor=editor, tokens=seen)
    with pytest.raises(review.ValidationError, match="which version"):
        repeats.confirm_repeats(editor=editor, tokens={other.pk: ""})
    with pytest.raises(review.ValidationError, match="Select the repeats"):
        repeats.confirm_repeats(editor=editor, tokens={})
    joined = Claim.objects.exclude(article=article).filter(group=decided.group).first()
    with pytest.raises(review.ValidationError, match="no longer waiting"):
        repeats.confirm_repeats(editor=editor, tokens={joined.pk: "1-1.1"})
    client.force_login(editor)
    html = client.post(
        reverse("factcheck:repeats_confirm"), {"claim": ["1 OR 1=1"]}, follow=True
    ).content.decode()
    assert "Nothing was confirmed: choose repeats from the list." in html
    assert Claim.objects.filter(article=article, group__isnull=True).count() == 2


def test_only_editors_may_confirm(seeded, client, publisher):
    """Acceptance test: a publisher may not confirm verdicts."""
    _decided(24120)
    votes = _claim(_new_article(), "24,120")
    client.force_login(publisher)
    response = client.post(
        reverse("factcheck:repeats_confirm"),
        {"claim": [str(votes.pk)], f"token-{votes.pk}": _tokens(votes)[votes.pk]},
    )
    assert response.status_code == 403
    assert _claim(votes.article, "24,120").group_id is None
    with pytest.raises(review.PermissionDenied):
        repeats.confirm_repeats(editor=publisher, tokens=_tokens(votes))


def test_confirm_all_shown(seeded, client, editor):
    """Acceptance test: "Confirm all shown" confirms every listed repeat in one POST."""
    _decided(24120)
    _decided(16873)
    article = _new_article()
    client.force_login(editor)
    page = client.get(reverse("factcheck:repeats")).content.decode()
    tokens = dict(re.findall(r'name="token-(\d+)" value="([^"]+)"', page))
    html = client.post(
        reverse("factcheck:repeats_confirm"),
        {"all": "1", **{f"token-{k}": v for k, v in tokens.items()}},
        follow=True,
    ).content.decode()
    assert "Confirmed 2 repeats." in html
    assert "No repeats are waiting to be confirmed." in html
    assert not Claim.objects.filter(article=article, group__isnull=True).exists()


def test_the_list_costs_a_fixed_number_of_queries(
    seeded, client, editor, django_assert_max_num_queries
):
    """Acceptance test: ten articles of repeats cost no more queries than one."""
    _decided(24120)
    _decided(16873)
    for n in range(10):
        _new_article(REPEAT_TEXT + f"\n\nEdition {n}.", title=f"Edition {n}")
    client.force_login(editor)
    with django_assert_max_num_queries(10):
        html = client.get(reverse("factcheck:repeats")).content.decode()
    assert html.count('<tr id="repeat-') == 20
