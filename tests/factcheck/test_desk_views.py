"""The desk through the Django client: what editors can and cannot do.

The articles and claims come from factories (the ``coverage`` fixture), not
from running the extractor on the seeds, so a change in extraction cannot
break these tests.
"""

import ast
from decimal import Decimal
from pathlib import Path

from django.urls import reverse

from factcheck.models import Article, Claim, Review
from factcheck.review import state_token
from tests.factories import ISLINGTON_NORTH_ARTICLES, ReviewFactory, article_with_claims

HX = {"HX-Request": "true"}


def post(client, name, claim, data=None, **kwargs):
    claim = Claim.objects.for_review().get(pk=claim.pk)
    payload = {"token": state_token(claim)} | (data or {})
    return client.post(reverse(f"factcheck:{name}", args=[claim.pk]), payload, **kwargs)


def test_anonymous_visitors_are_sent_to_the_login_page(client, coverage):
    article = coverage.articles[0]
    for url in [
        reverse("factcheck:desk_index"),
        reverse("factcheck:article_detail", args=[article.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


def test_data_entry_staff_cannot_set_verdicts(client, coverage, clerk):
    client.force_login(clerk)
    claim = coverage.claim("24,120")
    assert post(client, "claim_accept", claim).status_code == 403
    assert client.get(reverse("factcheck:desk_index")).status_code == 403
    assert not Review.objects.exists()


def test_the_queue_counts_claims_by_status_and_filters(client, coverage, editor):
    client.force_login(editor)
    html = client.get(reverse("factcheck:desk_index")).content.decode()
    assert html.count("<progress") == 5
    assert "Claims made in several articles" in html
    filtered = client.get(reverse("factcheck:desk_index"), {"type": "turnout"}).content.decode()
    assert filtered.count("<progress") == 2  # the two articles that report turnout
    partial = client.get(reverse("factcheck:desk_index"), {"q": "Tribune"}, headers=HX)
    assert partial.content.decode().lstrip().startswith('<div id="article-table">')


def test_accepting_a_suggestion_sets_the_group_verdict_for_every_occurrence(
    client, coverage, editor
):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    response = post(client, "claim_accept", claim, headers=HX)
    assert response.status_code == 200
    review = Review.objects.get()
    assert review.group == claim.group
    assert review.verdict == "accurate"
    assert review.author == editor
    assert not review.is_approved
    occurrences = Claim.objects.filter(group=claim.group)
    assert occurrences.count() > 4
    assert all(
        c.effective_review == review for c in Claim.objects.for_review().filter(group=claim.group)
    )
    # The panel and the claim's row and mark come back for htmx to swap.
    html = response.content.decode()
    assert 'id="claim-panel"' in html
    assert f'id="claim-item-{claim.pk}"' in html
    assert f'id="mark-{claim.pk}"' in html


def test_a_verdict_needs_a_second_editor_not_its_author(client, coverage, editor, second_editor):
    client.force_login(editor)
    claim = coverage.claim("7,247")
    post(client, "claim_accept", claim, headers=HX)
    refused = post(client, "claim_approve", claim, headers=HX)
    assert "a second editor must approve it" in refused.content.decode()
    assert not Review.objects.get().is_approved
    client.force_login(second_editor)
    post(client, "claim_approve", claim, headers=HX)
    review = Review.objects.get()
    assert review.is_approved
    assert review.approved_by == second_editor


def test_changing_an_approved_verdict_withdraws_the_sign_off(
    client, coverage, editor, second_editor
):
    client.force_login(editor)
    claim = coverage.claim("7,247")
    post(client, "claim_accept", claim)
    client.force_login(second_editor)
    post(client, "claim_approve", claim)
    post(client, "claim_verdict", claim, {"verdict": "misleading", "explanation": "Context."})
    review = Review.objects.get()
    assert review.verdict == "misleading"
    assert review.author == second_editor
    assert not review.is_approved


def test_accepting_the_suggestion_never_replaces_a_signed_off_verdict(
    client, coverage, editor, second_editor
):
    client.force_login(editor)
    claim = coverage.claim("7,247")
    post(client, "claim_verdict", claim, {"verdict": "misleading", "explanation": "Context."})
    client.force_login(second_editor)
    post(client, "claim_approve", claim)
    response = post(client, "claim_accept", claim, headers=HX)
    assert "is signed off. To change it, choose a verdict" in response.content.decode()
    review = Review.objects.get()
    assert (review.verdict, review.explanation) == ("misleading", "Context.")
    assert review.is_approved


def test_a_stale_form_is_a_conflict_and_nothing_is_overwritten(
    client, coverage, editor, second_editor
):
    claim = coverage.claim("26,000")
    stale = state_token(claim)
    client.force_login(editor)
    post(client, "claim_verdict", claim, {"verdict": "inaccurate", "explanation": "Mine first."})
    client.force_login(second_editor)
    response = client.post(
        reverse("factcheck:claim_verdict", args=[claim.pk]),
        {"token": stale, "verdict": "accurate", "explanation": "Theirs, from an old page."},
        headers=HX,
    )
    html = response.content.decode()
    assert "Someone else changed this claim" in html
    assert "Mine first." in html  # saved version
    assert "Theirs, from an old page." in html  # the attempt, side by side
    review = Review.objects.get()
    assert (review.verdict, review.explanation) == ("inaccurate", "Mine first.")


def test_a_verdict_for_this_article_only_overrides_the_group(client, coverage, editor):
    client.force_login(editor)
    claims = list(Claim.objects.for_review().filter(text="24,120").order_by("article_id"))
    post(client, "claim_accept", claims[0])
    post(client, "claim_verdict", claims[1], {
        "verdict": "misleading", "explanation": "Here it is given as the margin.",
        "this_article_only": "on",
    })  # fmt: skip
    fresh = {c.pk: c for c in Claim.objects.for_review().filter(text="24,120")}
    assert fresh[claims[0].pk].effective_review.verdict == "accurate"
    assert fresh[claims[1].pk].effective_review.verdict == "misleading"
    assert fresh[claims[1].pk].effective_review.claim_id == claims[1].pk


def test_correcting_an_extraction_rechecks_it_and_keeps_history(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("2020")
    post(client, "claim_correct", claim, {
        "value": "1983", "claim_type": "year", "unit": "year", "qualifier": "exact",
        "subject": "Jeremy Corbyn", "subject_kind": "candidate",
    })  # fmt: skip
    claim.refresh_from_db()
    assert claim.value == 1983
    assert claim.version == 2
    page = client.get(reverse("factcheck:claim_history", args=[claim.pk]), headers=HX)
    html = page.content.decode()
    assert "ed1" in html
    assert "<del>2020</del>" in html
    assert "<ins>1983</ins>" in html


def test_rejecting_a_false_extraction(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("19")
    post(client, "claim_reject", claim)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.REJECTED


def test_a_missed_claim_is_added_from_a_selection(client, coverage, editor):
    client.force_login(editor)
    article = coverage.articles[1]  # mentions the 2017 election; no claim was made of it
    start = article.body.index("2017")
    assert not article.claims.filter(start=start).exists()
    response = client.post(
        reverse("factcheck:claim_add", args=[article.pk]),
        {"start": start, "end": start + 4, "value": "2017", "claim_type": "year", "unit": "year",
         "qualifier": "exact", "subject": "Labour", "subject_kind": "party"},
    )  # fmt: skip
    assert response.status_code == 302
    added = Claim.objects.get(article=article, origin=Claim.Origin.EDITOR)
    assert added.text == "2017"
    assert article.body[added.start : added.end] == "2017"
    assert "2017 snap general election" in added.sentence
    assert added.suggested_verdict == "not_checkable"


def test_a_selection_outside_the_text_is_refused_and_keeps_what_was_typed(client, coverage, editor):
    client.force_login(editor)
    article = coverage.articles[0]
    response = client.post(
        reverse("factcheck:claim_add", args=[article.pk]),
        {"start": 5, "end": 10**6, "value": "12", "claim_type": "other", "unit": "count",
         "qualifier": "exact"},
        headers=HX,
    )  # fmt: skip
    html = response.content.decode()
    assert "Select the figure in the article text first" in html
    assert 'value="12"' in html


def test_the_review_page_costs_a_fixed_number_of_queries(
    client, coverage, editor, django_assert_max_num_queries
):
    client.force_login(editor)
    # A long article: the first one's paragraphs five times over, its claims grouped, one
    # group with a signed-off verdict; then filler claims up to 200.
    article, claims = article_with_claims(ISLINGTON_NORTH_ARTICLES[0][1] * 5,
                                          contest=coverage.contest)  # fmt: skip
    ReviewFactory(group=claims[0].group, approved=True)
    taken = set(article.claims.values_list("start", flat=True))
    bulk = [
        Claim(article=article, start=i, end=i + 1, text=article.body[i], sentence="s", value=i,
              unit="other", claim_type="other")
        for i in range(0, len(article.body), 3)
        if article.body[i].strip() and i not in taken
    ][: 200 - article.claims.count()]  # fmt: skip
    Claim.objects.bulk_create(bulk)
    assert article.claims.count() == 200
    with django_assert_max_num_queries(12) as queries:
        response = client.get(reverse("factcheck:article_detail", args=[article.pk]))
    assert response.status_code == 200
    # the body is read once, never copied into each of the 200 claims' rows (a 900 KB
    # article with 5,000 claims grew a server process to 9 GB)
    claim_queries = [q["sql"] for q in queries.captured_queries if "factcheck_claim" in q["sql"]]
    assert not [sql for sql in claim_queries if '"factcheck_article"."body"' in sql]


def test_article_text_is_escaped(client, db, editor):
    client.force_login(editor)
    article = Article.objects.create(
        title="<script>alert(1)</script>", body="Evil <script>alert('x')</script> had 1,234 votes."
    )
    html = client.get(reverse("factcheck:article_detail", args=[article.pk])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    csp = client.get(reverse("factcheck:article_detail", args=[article.pk])).headers[
        "Content-Security-Policy"
    ]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_a_stale_csrf_token_under_htmx_gets_a_banner_not_a_403_page(coverage, editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim = Claim.objects.for_review().get(pk=coverage.claim("7,247").pk)
    response = client.post(
        reverse("factcheck:claim_accept", args=[claim.pk]), {"token": state_token(claim)},
        headers=HX,
    )  # fmt: skip
    assert response.status_code == 200
    assert response.headers["HX-Retarget"] == "#messages"
    assert "Reload the page" in response.content.decode()
    assert not Review.objects.exists()
    plain = client.post(reverse("factcheck:claim_accept", args=[claim.pk]), {})
    assert plain.status_code == 403


def test_an_editor_can_reassign_the_official_figure(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("37 per cent")
    page = client.get(reverse("factcheck:claim_detail", args=[claim.pk]), headers=HX)
    assert 'name="official_value" inputmode="decimal" value="33.7"' in page.content.decode()
    post(client, "claim_verdict", claim, {
        "verdict": "inaccurate", "explanation": "Labour's GB share was 34.7%.",
        "official_value": "34.7", "official_source": "House of Commons Library, GB totals",
    })  # fmt: skip
    review = Review.objects.get()
    assert review.official_value == Decimal("34.7")
    assert review.official_source == "House of Commons Library, GB totals"


def test_an_official_figure_may_be_typed_with_its_thousands_grouped(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("7,247")
    post(client, "claim_verdict", claim, {
        "verdict": "inaccurate", "explanation": "The majority was 7,274.",
        "official_value": "7,274", "official_source": "House of Commons Library",
    })  # fmt: skip
    assert Review.objects.get().official_value == Decimal("7274")


def test_a_rejected_verdict_form_keeps_what_was_typed(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("7,247")
    response = post(client, "claim_verdict", claim, {
        "verdict": "very-true", "explanation": "My careful words.", "official_value": "abc",
    }, headers=HX)  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    assert "My careful words." in html
    assert "Enter a number" in html
    assert not Review.objects.exists()


def test_the_queue_costs_a_fixed_number_of_queries(
    client, coverage, editor, django_assert_max_num_queries
):
    client.force_login(editor)
    for i in range(20):
        Article.objects.create(title=f"Extra {i}", outlet=f"Outlet {i % 3}", body=f"Body {i}")
    with django_assert_max_num_queries(12):
        response = client.get(reverse("factcheck:desk_index"))
    assert response.content.decode().count("<progress") == 25


def test_desk_and_publishing_tests_build_their_data_without_the_extractor():
    """Their articles and claims come from factories; only acceptance tests use the seeds."""
    extractor = ("factcheck.seeds", "factcheck.extraction", "factcheck.claims",
                 "factcheck.processing")  # fmt: skip
    for module in ("test_desk_views.py", "test_publishing.py"):
        tree = ast.parse((Path(__file__).parent / module).read_text(encoding="utf-8"))
        imported, used = set(), set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                imported.add(node.module or "")
            elif isinstance(node, ast.Name):
                used.add(node.id)
            elif isinstance(node, ast.Attribute):
                used.add(node.attr)
        assert not [name for name in imported if name.startswith(extractor)], module
        assert not used & {"load_seeds", "extract_articles", "extract_claims"}, module
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef) and {"seeded", "full_seeded"} & {
                arg.arg for arg in function.args.args
            }:
                doc = ast.get_docstring(function) or ""
                assert doc.startswith("Acceptance test"), (module, function.name)
