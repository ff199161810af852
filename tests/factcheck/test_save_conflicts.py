"""Saves the desk refuses: without a version token, or from a stale form, and saving over.

(The races themselves, two editors saving at once, are in ``test_save_races.py``.)
"""

import html
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from factcheck.models import Claim, Review
from factcheck.review import NO_TOKEN, Conflict, set_verdict, state_token

HX = {"HX-Request": "true"}
INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def test_a_save_without_a_token_is_refused_and_the_form_kept(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("7,247")
    url = reverse("factcheck:claim_verdict", args=[claim.pk])
    typed = {"verdict": "misleading", "explanation": "Typed, then sent without a token."}
    page = client.post(url, typed, headers=HX).content.decode()
    assert html.escape(NO_TOKEN) in page
    assert "Typed, then sent without a token.</textarea>" in page
    assert re.search(r'value="misleading"[^>]*checked', page)
    assert client.post(url, typed | {"token": ""}, headers=HX).content.decode().count("Not saved")
    plain = client.post(url, typed)  # without htmx: the whole page, the form as typed
    assert plain.status_code == 400
    assert "Typed, then sent without a token.</textarea>" in plain.content.decode()
    for action in ("claim_accept", "claim_approve", "claim_reject"):
        refused = client.post(reverse(f"factcheck:{action}", args=[claim.pk]), headers=HX)
        assert html.escape(NO_TOKEN) in refused.content.decode(), action
    assert not Review.objects.exists()
    assert fresh(claim).status == Claim.Status.OPEN
    assert fresh(claim).version == 1


def test_save_mine_over_theirs_keeps_every_field_the_editor_sent(
    client, coverage, editor, second_editor
):
    claims = [c for c in coverage.claims if c.text == "24,120"]
    mine, other = claims[0], next(c for c in claims[1:] if c.article_id != claims[0].article_id)
    stale = state_token(fresh(mine))
    client.force_login(editor)
    client.post(reverse("factcheck:claim_verdict", args=[other.pk]), {
        "token": state_token(fresh(other)), "verdict": "accurate", "explanation": "Theirs.",
    }, headers=HX)  # fmt: skip
    client.force_login(second_editor)
    url = reverse("factcheck:claim_verdict", args=[mine.pk])
    sent = {
        "token": stale, "verdict": "misleading", "explanation": "Mine: it is the margin here.",
        "note": "Checked with the desk.", "this_article_only": "on",
        "official_value": "7247", "official_source": "Islington North's declared majority",
    }  # fmt: skip
    page = client.post(url, sent, headers=HX).content.decode()
    assert "Someone else changed this claim" in page
    assert "This article only</dt><dd>yes" in page
    over = page[page.index("Someone else changed") : page.index("Save mine over theirs")]
    form = {name: html.unescape(value) for name, value in INPUT.findall(over)}
    assert form.pop("csrfmiddlewaretoken", None) is not None
    assert {k: v for k, v in form.items() if k != "token"} == {
        k: v for k, v in sent.items() if k != "token"
    }
    client.post(url, form, headers=HX)
    own = Review.objects.get(claim=mine)
    assert (own.verdict, own.explanation, own.note) == (
        "misleading", "Mine: it is the margin here.", "Checked with the desk."
    )  # fmt: skip
    assert own.official_value == Decimal(7247)
    assert own.official_source == "Islington North's declared majority"
    assert own.author == second_editor
    # "This article only": the group's verdict, theirs, stands for the other articles.
    assert Review.objects.get(group=mine.group).explanation == "Theirs."
    assert fresh(other).effective_review.explanation == "Theirs."


def test_a_group_verdict_changed_since_conflicts_only_with_saves_that_replace_it(
    coverage, editor, second_editor
):
    claims = [c for c in coverage.claims if c.text == "24,120"]
    mine, other = claims[0], next(c for c in claims[1:] if c.article_id != claims[0].article_id)
    set_verdict(claim=fresh(other), editor=editor, verdict="accurate", explanation="Group v1.",
                token=state_token(fresh(other)))  # fmt: skip
    set_verdict(claim=fresh(mine), editor=editor, verdict="misleading", explanation="Mine only.",
                this_article_only=True, token=state_token(fresh(mine)))  # fmt: skip
    seen = state_token(fresh(mine))
    # A colleague changes the group's verdict from another article.
    set_verdict(claim=fresh(other), editor=second_editor, verdict="accurate",
                explanation="Group v2.", token=state_token(fresh(other)))  # fmt: skip
    # Saving this article's own verdict again does not touch the group's: no conflict.
    set_verdict(claim=fresh(mine), editor=editor, verdict="misleading", explanation="Mine, again.",
                this_article_only=True, token=seen)  # fmt: skip
    assert fresh(mine).effective_review.explanation == "Mine, again."
    # Saving for the whole group would replace a verdict the editor never saw: a conflict.
    seen = state_token(fresh(mine))
    set_verdict(claim=fresh(other), editor=second_editor, verdict="accurate",
                explanation="Group v3.", token=state_token(fresh(other)))  # fmt: skip
    with pytest.raises(Conflict):
        set_verdict(claim=fresh(mine), editor=editor, verdict="inaccurate",
                    explanation="For everyone.", token=seen)  # fmt: skip
    assert Review.objects.get(group=mine.group).explanation == "Group v3."
    assert Review.objects.get(claim=mine).explanation == "Mine, again."
