"""The desk's small things (issue 15), through the Django client: what an editor reads in
the panel, the history and the queue; where a login lands; the pages for errors."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from factcheck import review
from factcheck.models import Article, Claim
from factcheck.review import state_token

HX = {"HX-Request": "true"}


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


class Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = []
        self.live = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "aria-live" in attrs:
            self.live.append(attrs.get("id"))


def parsed(html: str) -> Ids:
    ids = Ids()
    ids.feed(html)
    return ids


def post(client, name, claim, data=None):
    claim = Claim.objects.for_review().get(pk=claim.pk)
    payload = {"token": state_token(claim)} | (data or {})
    return client.post(reverse(f"factcheck:{name}", args=[claim.pk]), payload, headers=HX)


def test_every_field_of_the_review_page_has_an_id_of_its_own(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    url = reverse("factcheck:article_detail", args=[claim.article_id]) + f"?claim={claim.pk}"
    page = parsed(client.get(url).content.decode())
    repeated = sorted({i for i in page.ids if page.ids.count(i) > 1})
    assert repeated == []
    assert f"correct-{claim.pk}-unit" in page.ids
    assert "new-claim-unit" in page.ids
    # the panel is no live region: only the status line and the messages are
    assert page.live == ["messages", "desk-status"]
    # an invalid correction comes back with the same ids
    response = post(client, "claim_correct", claim, {"value": "x", "claim_type": "year"})
    again = parsed(response.content.decode())
    assert f"correct-{claim.pk}-unit" in again.ids
    assert "id_unit" not in again.ids


def test_the_author_sees_why_approve_is_off(client, coverage, editor, second_editor):
    claim = coverage.claim("24,120")
    client.force_login(editor)
    html = post(client, "claim_accept", claim).content.decode()
    button = re.search(r"<button[^>]*data-key=\"s\"[^>]*>", html).group(0)
    assert "disabled" in button
    assert f'aria-describedby="approve-why-{claim.pk}"' in button
    assert "Approve is off: you wrote this verdict, so another editor must sign it off." in (
        text_of(html)
    )
    client.force_login(second_editor)
    html = client.get(reverse("factcheck:claim_detail", args=[claim.pk]), headers=HX)
    button = re.search(r"<button[^>]*data-key=\"s\"[^>]*>", html.content.decode()).group(0)
    assert "disabled" not in button
    assert "Approve is off" not in html.content.decode()


def test_a_verdict_on_a_claim_made_once_says_so_not_all_1_occurrence(client, coverage, editor):
    client.force_login(editor)
    once = next(c for c in coverage.claims if c.group_id and c.group.claims.count() == 1)
    text = text_of(post(client, "claim_accept", once).content.decode())
    assert "all 1 occurrence" not in text
    assert "by ed1 for this claim;" in text
    several = coverage.claim("24,120")
    text = text_of(post(client, "claim_accept", several).content.decode())
    assert f"for all {several.group.claims.count()} occurrences" in text


def test_a_year_reads_without_a_thousands_separator_whatever_its_unit(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("2020")
    Claim.objects.filter(pk=claim.pk).update(value=1937, unit="count", claim_type="year")
    html = client.get(reverse("factcheck:claim_detail", args=[claim.pk]), headers=HX)
    text = text_of(html.content.decode())
    assert "· 1937 count ·" in text
    assert "1,937" not in text


def test_the_history_says_what_changed_in_an_editors_words(client, coverage, editor, second_editor):
    claim = coverage.claim("24,120")
    client.force_login(editor)
    post(client, "claim_verdict", claim, {"verdict": "inaccurate", "explanation": "No."})
    client.force_login(second_editor)
    post(client, "claim_approve", claim)
    history = client.get(reverse("factcheck:claim_history", args=[claim.pk]), headers=HX)
    text = text_of(history.content.decode())
    assert "created: verdict Inaccurate" in text
    assert "signed off by: — → ed2" in text
    assert "approved_by" not in text
    assert "inaccurate" not in text
    # the claim leaves its group: the history says what that means, not "group: 14 → —"
    fresh = Claim.objects.get(pk=claim.pk)
    fresh.group = None
    fresh.save()
    history = client.get(reverse("factcheck:claim_history", args=[claim.pk]), headers=HX)
    text = text_of(history.content.decode())
    assert "no longer grouped with the same figure in other articles" in text
    assert "group:" not in text


def test_progress_counts_leave_out_rejected_extractions(client, coverage, editor, second_editor):
    article = coverage.articles[0]
    claims = list(article.claims.order_by("start"))
    for claim in claims[1:]:
        client.force_login(editor)
        post(client, "claim_verdict", claim, {"verdict": "accurate", "this_article_only": "on"})
        client.force_login(second_editor)
        post(client, "claim_approve", claim)
    post(client, "claim_reject", claims[0])
    article = Article.objects.get(pk=article.pk)
    assert (article.n_total, article.n_rejected) == (len(claims), 1)
    html = client.get(reverse("factcheck:desk_index")).content.decode()
    n = len(claims) - 1
    assert f'aria-label="{n} of {n} claims approved"' in html
    assert f"{n}/{n}</span>" in html
    assert f"{n}/{n + 1}" not in html


@pytest.mark.parametrize(
    ("user", "lands_on"),
    [("clerk", "/admin/"), ("ed1", "/desk/"), ("pub", "/desk/"), ("nobody", "/results/")],
)
def test_a_login_lands_where_the_user_works(
    client, coverage, editor, publisher, clerk, user, lands_on
):
    from tests.factories import UserFactory

    if user == "nobody":
        UserFactory(username="nobody")
    page = client.get(reverse("login")).content.decode()
    assert f'name="next" value="{reverse("factcheck:after_login")}"' in page
    response = client.post(
        reverse("login"),
        {"username": user, "password": "pw-for-tests", "next": reverse("factcheck:after_login")},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == lands_on
    assert response.status_code == 200


def test_error_pages_are_the_sites_own(client, coverage, clerk):
    client.force_login(clerk)
    forbidden = client.get(reverse("factcheck:desk_index"))
    assert forbidden.status_code == 403
    text = text_of(forbidden.content.decode())
    assert "You may not see this page" in text
    assert "Data entry (admin)" in text
    missing = client.get("/desk/no-such-page/")
    assert missing.status_code == 404
    assert "Page not found" in text_of(missing.content.decode())
    assert 'href="/static/tally/site.css"' in missing.content.decode()


def test_a_locked_out_login_says_when_it_can_try_again(client, db, editor, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5  # (the lockout page is the project's own setting's)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "ed1", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "ed1", "password": "wrong"})
    assert response.status_code == 429
    text = text_of(response.content.decode())
    assert "Too many failed log-ins" in text
    match = re.search(r"as ed1 from this address is locked until (\d\d:\d\d)", text)
    assert match, text
    assert "in about 15 minutes" in text  # AXES_COOLOFF_TIME: a quarter of an hour


def test_a_refused_save_keeps_the_status_line_out_of_the_answer(client, coverage, editor):
    """The status line is the page's, not the panel's: a save's answer does not replace it."""
    client.force_login(editor)
    claim = coverage.claim("24,120")
    review.accept_suggestion(claim=claim, editor=editor, token=state_token(claim))
    html = post(client, "claim_verdict", claim, {"verdict": "nonsense"}).content.decode()
    assert 'id="desk-status"' not in html
    assert 'id="claim-panel"' in html
