"""The JSON API (issue 17): tokens (none, unknown, revoked, a Publisher's), submitting text
and URLs, reading claims with suggestions and verdicts, public published checks, the rate
limit, and the OpenAPI document checked against the OpenAPI 3 schema."""

from __future__ import annotations

import json

import pytest
from django.utils import timezone

from factcheck import roles
from factcheck.api import issue_token
from factcheck.models import ApiToken, Article, Fetch
from tests import sources_site
from tests.factories import UserFactory
from tests.sources_site import Response, Site

TEXT = (
    "Jeremy Corbyn held Islington North as an independent with 24,120 votes, a majority of "
    "7,247 over Labour's Praful Nargund. Turnout was 67.5%."
)


@pytest.fixture
def editor_key(editor):
    return issue_token(name="CMS", user=editor)[1]


def _auth(key: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def _post(client, payload: dict, key: str | None = None):
    headers = _auth(key) if key else {}
    return client.post("/api/v1/articles", json.dumps(payload), content_type="application/json",
                       **headers)  # fmt: skip


def test_submitting_needs_a_token(client, db):
    response = _post(client, {"text": TEXT})
    assert response.status_code == 401
    assert _post(client, {"text": TEXT}, key="tally_not-a-real-key").status_code == 401
    assert not Article.objects.exists()


def test_a_submitted_article_is_checked_and_its_claims_read(
    client, seeded, editor, editor_key, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        payload = {
            "text": TEXT, "title": "Corbyn holds", "outlet": "Wire",
            "published_on": "2024-07-05", "source_url": "https://wire.example/corbyn",
        }  # fmt: skip
        response = _post(client, payload, editor_key)
    assert response.status_code == 201
    body = response.json()
    assert body["outcome"] == "added"
    article = Article.objects.get(pk=body["article"]["id"])
    assert (article.url, article.outlet, article.election.slug, article.added_by) == (
        "https://wire.example/corbyn", "Wire", "ge2024", editor,
    )  # fmt: skip

    read = client.get(f"/api/v1/articles/{article.pk}", **_auth(editor_key)).json()
    assert read["status"] == "extracted"
    assert read["claims"] >= 3
    claims = client.get(f"/api/v1/articles/{article.pk}/claims", **_auth(editor_key)).json()
    majority = next(c for c in claims if c["text"] == "7,247")
    assert majority["suggestion"]["verdict"] == "accurate"
    assert majority["suggestion"]["official_value"] == "7247.000000"
    assert majority["verdict"] is None
    assert majority["review_status"] == "to_review"

    again = _post(client, {"text": TEXT}, editor_key)
    assert again.status_code == 200
    assert again.json()["outcome"] == "duplicate"
    assert again.json()["article"]["id"] == article.pk


def test_a_submitted_url_is_fetched(
    client, seeded, editor, editor_key, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_ALLOW_PRIVATE = True
    story = sources_site.stories()[0]
    site = Site({"/a": Response(body=sources_site.broadcaster_page(story))}).start()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = _post(client, {"url": f"{site.url}/a", "outlet": "Our Partner"}, editor_key)
    finally:
        site.stop()
    assert response.status_code == 202
    fetch_id = response.json()["fetch"]["id"]
    state = client.get(f"/api/v1/fetches/{fetch_id}", **_auth(editor_key)).json()
    assert state["status"] == "done"
    article = Article.objects.get(pk=state["article"])
    assert article.outlet == "Our Partner"  # the sender's word wins over the page's
    assert Fetch.objects.get(pk=fetch_id).token.user == editor


def test_bad_submissions_say_why(client, db, editor_key):
    empty = _post(client, {"title": "Nothing"}, editor_key)
    assert empty.status_code == 422
    assert "text" in empty.json()["detail"]
    bad_url = _post(client, {"url": "javascript:alert(1)"}, editor_key)
    assert bad_url.status_code == 422
    assert "Only http and https" in bad_url.json()["detail"]
    bad_date = _post(client, {"text": TEXT, "published_on": "yesterday"}, editor_key)
    assert bad_date.status_code == 422
    assert not Article.objects.exists()
    assert not Fetch.objects.exists()


def test_a_publishers_token_reads_but_cannot_submit(client, db):
    publisher = UserFactory(username="pub", groups=[roles.PUBLISHER])
    key = issue_token(name="Site", user=publisher)[1]
    refused = _post(client, {"text": TEXT}, key)
    assert refused.status_code == 403
    assert "factcheck.add_article" in refused.json()["detail"]
    article = Article.objects.create(title="T", body="Some text.")
    assert client.get(f"/api/v1/articles/{article.pk}", **_auth(key)).status_code == 200


def test_a_revoked_token_is_refused(client, db, editor):
    token, key = issue_token(name="Old CMS", user=editor)
    assert client.get("/api/v1/articles/1", **_auth(key)).status_code == 404
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    assert client.get("/api/v1/articles/1", **_auth(key)).status_code == 401
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert token.key_hash != key
    assert key not in token.prefix + token.key_hash


def test_published_checks_are_public(client, db):
    from factcheck.published import PublishedCheck
    from tests.factories import PublicationFactory, islington_north_2024

    contest = islington_north_2024()
    check = PublishedCheck(
        id=41, text="7,247", quote="a majority of 7,247", summary="Majority of 7,247",
        claim_type="majority", subject="Jeremy Corbyn", speaker="", election="ge2024",
        verdict="accurate", verdict_label="Accurate", rating=5, explanation="Matches.",
        official_value="7247", official_display="7,247", official_source="HoC Library",
        working="24,120 - 16,873", reviewed_by="ed1", approved_by="ed2",
        articles=(),
    )  # fmt: skip
    PublicationFactory(contest=contest, checks=[check.to_stored()])
    response = client.get("/api/v1/checks?election=ge2024")  # no token
    assert response.status_code == 200
    seats = response.json()
    assert [s["constituency"] for s in seats] == [contest.constituency.slug]
    published = seats[0]["checks"][0]
    assert (published["text"], published["verdict"]) == ("7,247", "accurate")
    assert published["url"].endswith(f"/results/ge2024/{contest.constituency.slug}/#claim-41")
    assert client.get("/api/v1/checks?election=ge1900").json() == []


def test_the_rate_limit_is_per_token(client, db, editor, settings):
    settings.API_RATE_LIMIT = "3/m"
    key = issue_token(name="Busy", user=editor)[1]
    other = issue_token(name="Quiet", user=editor)[1]
    codes = [client.get("/api/v1/articles/1", **_auth(key)).status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]
    limited = client.get("/api/v1/articles/1", **_auth(key))
    assert int(limited["Retry-After"]) > 0
    assert client.get("/api/v1/articles/1", **_auth(other)).status_code == 404


def test_public_reads_are_limited_per_address(client, db, settings):
    settings.API_ANON_RATE_LIMIT = "2/m"
    codes = [client.get("/api/v1/checks?election=ge2024").status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_the_openapi_document_is_valid(client, db):
    from openapi_spec_validator import validate

    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    paths = document["paths"]
    assert {"/api/v1/articles", "/api/v1/articles/{article_id}/claims", "/api/v1/checks",
            "/api/v1/fetches/{fetch_id}"} <= set(paths)  # fmt: skip
    assert paths["/api/v1/checks"]["get"].get("security") in (None, [])
    assert (
        "BearerAuth" in document["components"]["securitySchemes"]
        or document["components"]["securitySchemes"]
    )
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content
