"""The election an article is about, however it comes in (review finding A1).

Every way in (pasted text, a .txt upload, the API, the bulk command, a URL or a feed) sets
the article's election with ``sources.elections.infer_election``: an undated text whose
figures are about 2019 is about the 2019 election, its seat is the 2019 contest and its
checks are published on the 2019 seat page; a 2024 report quoting 2019 figures in
passing stays 2024.
"""

import datetime
import io
import json
import pathlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from factcheck.api import issue_token
from factcheck.models import Article, Claim
from factcheck.publishing import publish_contest
from factcheck.review import approve, set_verdict, state_token
from factcheck.sources.elections import infer_election

ADD = reverse("factcheck:article_add")
DEV_SET = pathlib.Path(__file__).resolve().parents[3] / "shared" / "dev-set" / "articles"
SEED_ARTICLES = pathlib.Path(__file__).resolve().parents[2] / "seeds" / "articles"

ISLINGTON_2019 = (
    "In Islington North, Jeremy Corbyn won for Labour with 34,603 votes in 2019, "
    "a majority of 26,188."
)
BOLSOVER_2019 = (
    "In Bolsover, Mark Fletcher won for the Conservatives with 21,791 votes in 2019, "
    "a majority of 5,299."
)


@pytest.fixture
def elections(db):
    from tests.factories import general_election

    return general_election(2019), general_election(2024)


def test_figures_about_one_year_decide_an_undated_text(elections):
    ge2019, ge2024 = elections
    assert infer_election(None, BOLSOVER_2019, elections) == ge2019
    assert infer_election(None, "Turnout was 67.3 per cent in 2019.", elections) == ge2019
    # figures about 2024 with 2019 quoted in passing: no majority for 2019
    in_passing = (
        "Jeremy Corbyn won 24,120 votes, a majority of 7,247. Turnout was 61.6 per cent. "
        "In 2019 he had won 34,603 votes."
    )
    assert infer_election(None, in_passing, elections) is None  # the default: the latest
    # several years, no clear majority of figures about one: the default
    assert infer_election(None, "Labour won 412 seats in 2024, up from 202 in 2019.",
                          elections) is None  # fmt: skip
    assert infer_election(None, "In 2019 the Tories won 365 seats. In 2024 Labour won 411 "
                          "seats.", elections) is None  # fmt: skip
    # but two thirds of the figures about one election make a clear majority
    assert infer_election(None, "In 2019 the Tories won 365 seats. In 2024 Labour won 411 "
                          "seats and 33.7 per cent.", elections) == ge2024  # fmt: skip
    # a figure compared with a year is not about that year
    assert infer_election(None, "Turnout was 54 per cent, 6 per cent down on 2019.",
                          elections) is None  # fmt: skip
    # a date near an election still decides
    dated = infer_election(datetime.date(2024, 7, 5), BOLSOVER_2019, elections)
    assert dated == ge2024


def test_2024_articles_quoting_2019_stay_2024_without_their_date(elections):
    ge2019, _ = elections
    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEED_ARTICLES.glob("*.txt"))]
    bodies += [
        p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in sorted(DEV_SET.glob("*.txt"))
    ]
    assert len(bodies) >= 5
    chosen = [infer_election(None, body, elections) for body in bodies]
    assert ge2019 not in chosen


def _paste(client, editor, capture):
    client.force_login(editor)
    with capture(execute=True):
        client.post(ADD, {"title": "Corbyn in 2019", "outlet": "Paste", "body": ISLINGTON_2019})


def _upload(client, editor, capture):
    client.force_login(editor)
    upload = SimpleUploadedFile("corbyn.txt", ISLINGTON_2019.encode(), "text/plain")
    with capture(execute=True):
        client.post(ADD, {"outlet": "Upload", "files": [upload]})


def _api(client, editor, capture):
    key = issue_token(name="CMS", user=editor)[1]
    with capture(execute=True):
        response = client.post(
            "/api/v1/articles", json.dumps({"text": ISLINGTON_2019, "outlet": "API"}),
            content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}",
        )  # fmt: skip
    assert response.status_code == 201


def _bulk(client, editor, capture, tmp_path):
    path = tmp_path / "corbyn.txt"
    path.write_text(ISLINGTON_2019, encoding="utf-8")
    with capture(execute=True):
        call_command("ingest_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.parametrize("way_in", ["paste", "upload", "api", "bulk"])
def test_every_way_in_gives_an_undated_2019_text_the_2019_seat(
    way_in, client, seeded, editor, tmp_path, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    if way_in == "paste":
        _paste(client, editor, capture)
    elif way_in == "upload":
        _upload(client, editor, capture)
    elif way_in == "api":
        _api(client, editor, capture)
    else:
        _bulk(client, editor, capture, tmp_path)
    article = Article.objects.get(body=ISLINGTON_2019)
    assert article.published_on is None
    assert article.election.slug == "ge2019"
    assert (article.contest.election.slug, article.contest.constituency.slug) == (
        "ge2019", "islington-north",
    )  # fmt: skip
    majority = article.claims.get(text="26,188")
    assert majority.election.slug == "ge2019"
    assert majority.suggested_verdict == "accurate"


def test_a_2019_article_is_published_on_the_2019_seat_page(
    client, full_seeded, editor, second_editor, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Publisher"))
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD, {"title": "Bolsover result", "outlet": "Paste", "body": BOLSOVER_2019})
    article = Article.objects.get(title="Bolsover result")
    contest = article.contest
    assert (contest.election.slug, contest.constituency.slug) == ("ge2019", "bolsover")
    # the desk's seat list has the article under the 2019 contest
    seats = client.get(reverse("factcheck:seats")).content.decode()
    assert (
        '<a href="/desk/claims/?constituency=bolsover">Bolsover</a>'
        '<div class="muted small">2019 general election</div>'
    ) in seats
    assert '>Bolsover</a><div class="muted small">2024 general election</div>' not in seats
    assert reverse("factcheck:contest_publish", args=[contest.pk]) in seats
    claim = Claim.objects.for_review().get(article=article, text="21,791")
    assert claim.election.slug == "ge2019"
    set_verdict(claim=claim, editor=editor, verdict="accurate", explanation="Checked.",
                token=state_token(claim))  # fmt: skip
    claim = Claim.objects.for_review().get(pk=claim.pk)
    approve(claim=claim, editor=second_editor, token=state_token(claim))
    publish_contest(contest=contest, publisher=editor)
    client.logout()
    published = client.get("/results/ge2019/bolsover/").content.decode()
    assert "21,791" in published
    assert "21,791" not in client.get("/results/ge2024/bolsover/").content.decode()
