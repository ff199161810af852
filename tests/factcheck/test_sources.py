"""Articles by URL (issue 17), against a local news site started by the tests
(``tests/sources_site.py``): a page read with its metadata and checked, a page that is not
an article, a dead link, a paywall, a private address refused, "Try again", the election
inferred from the date and the text."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from factcheck.models import Article, Fetch, FetchFailure, FetchStatus
from factcheck.sources.elections import infer_election
from factcheck.sources.fetching import FetchError, fetch
from factcheck.sources.urls import submit_urls
from results.models import Election
from tests import sources_site
from tests.sources_site import Response, Site

ADD = reverse("factcheck:article_add")


@pytest.fixture
def site(settings):
    settings.FETCH_ALLOW_PRIVATE = True
    stories = sources_site.stories()
    routes = {
        f"/news/{story.slug}": Response(body=layout(story))
        for story, layout in zip(stories, sources_site.LAYOUTS.values(), strict=True)
    }
    routes["/election-2024"] = Response(body=sources_site.index_page())
    routes["/premium/corbyn"] = Response(body=sources_site.paywalled_page(stories[0]))
    routes["/chart.png"] = Response(
        body=b"\x89PNG\r\n\x1a\n" + b"0" * 500, content_type="image/png"
    )
    routes["/moved"] = Response(status=301, headers={"Location": "/news/corbyn-holds"})
    server = Site(routes).start()
    yield server
    server.stop()


def _paste(client, editor, django_capture_on_commit_callbacks, *urls, **extra):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(ADD, {"urls": "\n".join(urls), **extra})


def test_a_url_is_fetched_read_with_its_metadata_and_checked(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    url = f"{site.url}/news/corbyn-holds"
    response = _paste(client, editor, django_capture_on_commit_callbacks, url)
    article = Article.objects.get(url=url)
    fetched = Fetch.objects.get(url=url)
    assert response.status_code == 302
    assert response.url == reverse("factcheck:fetch_detail", args=[fetched.pk])
    assert (article.title, article.outlet, article.author, article.published_on) == (
        "Corbyn holds Islington North as independent",
        "Public Broadcaster News",
        "Sam Reporter",
        datetime.date(2024, 7, 5),
    )
    assert article.election.slug == "ge2024"
    assert article.added_by == editor
    assert "24,120 votes" in article.body
    assert "30,000" not in article.body  # the page's furniture is not the article
    assert fetched.status == FetchStatus.DONE
    assert fetched.article == article
    # its claims were extracted and checked against the official figures
    majority = article.claims.get(text="7,247")
    assert majority.suggested_verdict == "accurate"
    # the URL's page sends the editor on to the article
    page = client.get(response.url, follow=True)
    assert page.redirect_chain[-1][0] == reverse("factcheck:article_detail", args=[article.pk])
    assert "Corbyn holds Islington North" in page.content.decode()
    # Tally said who it is
    assert site.requests[0][1]["User-Agent"].startswith("Tally/")


def test_each_layout_yields_its_article(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    stories = sources_site.stories()
    urls = [f"{site.url}/news/{story.slug}" for story in stories]
    _paste(client, editor, django_capture_on_commit_callbacks, *urls)
    for story, url in zip(stories, urls, strict=True):
        article = Article.objects.get(url=url)
        assert article.title == story.title
        assert article.published_on == datetime.date(2024, 7, 5)
        for paragraph in story.paragraphs:
            assert paragraph in article.body
    assert Article.objects.get(url=urls[1]).author == "Alex Writer"


def test_a_page_that_is_not_an_article_fails_visibly_and_can_be_tried_again(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    url = f"{site.url}/election-2024"
    response = _paste(client, editor, django_capture_on_commit_callbacks, url)
    fetched = Fetch.objects.get(url=url)
    assert fetched.status == FetchStatus.FAILED
    assert fetched.failure == FetchFailure.NOT_ARTICLE
    assert not Article.objects.filter(url=url).exists()
    page = client.get(response.url).content.decode()
    assert "Not an article" in page
    assert "Try again" in page
    # the site now serves an article there: "Try again" fetches it again
    site.routes["/election-2024"] = Response(
        body=sources_site.broadcaster_page(sources_site.stories()[0])
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("factcheck:fetch_retry", args=[fetched.pk]))
    fetched.refresh_from_db()
    assert fetched.status == FetchStatus.DONE
    assert fetched.attempts == 2
    assert Article.objects.get(url=url).claims.exists()


def test_a_dead_link_says_unreachable(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    missing, closed = f"{site.url}/news/gone", "http://127.0.0.1:9/news/x"
    _paste(client, editor, django_capture_on_commit_callbacks, missing, closed)
    gone, refused = Fetch.objects.get(url=missing), Fetch.objects.get(url=closed)
    assert (gone.failure, refused.failure) == (FetchFailure.UNREACHABLE, FetchFailure.UNREACHABLE)
    assert "404 Not Found" in gone.error
    assert "refused" in refused.error
    listing = client.get(reverse("factcheck:fetch_list") + "?status=failed").content.decode()
    assert "404 Not Found" in listing
    assert "Unreachable" in listing


def test_paywalled_teasers_images_and_redirects(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    urls = [f"{site.url}/premium/corbyn", f"{site.url}/chart.png", f"{site.url}/moved"]
    _paste(client, editor, django_capture_on_commit_callbacks, *urls)
    paywalled, image, moved = (Fetch.objects.get(url=u) for u in urls)
    assert paywalled.failure == FetchFailure.PAYWALLED
    assert "Paste the full text" in paywalled.error
    assert image.failure == FetchFailure.NOT_ARTICLE
    assert "image/png" in image.error
    assert moved.status == FetchStatus.DONE
    assert moved.article.url == urls[2]  # stored under the URL the editor gave


def test_the_same_text_under_another_url_is_a_duplicate(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    story = sources_site.stories()[0]
    site.routes["/amp/corbyn-holds"] = Response(body=sources_site.broadcaster_page(story))
    first, second = f"{site.url}/news/corbyn-holds", f"{site.url}/amp/corbyn-holds"
    _paste(client, editor, django_capture_on_commit_callbacks, first)
    response = _paste(client, editor, django_capture_on_commit_callbacks, second)
    duplicate = Fetch.objects.get(url=second)
    assert duplicate.duplicate
    assert duplicate.article.url == first
    assert "already on the desk" in client.get(response.url).content.decode()
    again = _paste(client, editor, django_capture_on_commit_callbacks, first)
    assert again.url == reverse("factcheck:article_detail", args=[duplicate.article_id])
    assert Article.objects.filter(title=story.title).count() == 1


def test_private_addresses_and_other_schemes_are_refused(settings, seeded, editor, site):
    settings.FETCH_ALLOW_PRIVATE = False
    with pytest.raises(FetchError) as private:
        fetch(f"{site.url}/news/corbyn-holds")
    assert private.value.reason == FetchFailure.REFUSED
    assert "FETCH_ALLOW_PRIVATE" in private.value.message
    with pytest.raises(FetchError) as by_name:
        fetch(f"http://localhost:{site.server.server_address[1]}/news/corbyn-holds")
    assert by_name.value.reason == FetchFailure.REFUSED
    # a public page redirecting to a private one is refused at the second hop
    settings.FETCH_ALLOW_PRIVATE = True
    site.routes["/to-metadata"] = Response(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError) as scheme:
        fetch(f"{site.url}/to-metadata")
    assert "Only http and https" in scheme.value.message
    assert site.paths() == ["/to-metadata"]


def test_a_rejected_url_form_keeps_what_was_typed(client, db, editor):
    client.force_login(editor)
    response = client.post(ADD, {"urls": "https://example.org/a\nftp://example.org/b"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Only http and https addresses are fetched" in page
    assert "ftp://example.org/b" in page
    assert "https://example.org/a" in page
    assert not Fetch.objects.exists()


def test_size_limit_and_timeout_are_settings(settings, site):
    settings.FETCH_MAX_BYTES = 2_000
    with pytest.raises(FetchError) as large:
        fetch(f"{site.url}/news/corbyn-holds")
    assert large.value.reason == FetchFailure.TOO_LARGE
    assert "FETCH_MAX_BYTES" in large.value.message


def test_tracking_parameters_and_fragments_do_not_make_a_new_url(db, settings, site):
    settings.FETCH_ALLOW_PRIVATE = True
    base = f"{site.url}/news/corbyn-holds"
    first = submit_urls([base + "?utm_source=twitter#comments"])
    second = submit_urls([base])
    assert first.queued[0].url == base
    assert second.waiting == first.queued


def test_election_is_inferred_from_the_date_and_the_text(db):
    from tests.factories import general_election

    ge2024 = general_election(2024)
    ge2019 = Election.objects.get(slug="ge2019")
    elections = [ge2019, ge2024]
    day = datetime.date
    # a date near an election decides: campaign, night, aftermath
    assert infer_election(day(2019, 11, 20), "", elections) == ge2019
    assert infer_election(day(2019, 12, 13), "as in the 2024 election", elections) == ge2019
    assert infer_election(day(2024, 6, 1), "", elections) == ge2024
    assert (
        infer_election(day(2024, 7, 5), "up from 202 at the 2019 general election", elections)
        == ge2024
    )
    # away from any election, the text's election
    assert (
        infer_election(day(2022, 3, 1), "Looking back at the 2019 election…", elections) == ge2019
    )
    assert infer_election(day(2022, 3, 1), "Nothing about elections", elections) == ge2019
    # no date: a date written in the text, else the election it names
    assert infer_election(None, "Published: 13 December 2019 06:00", elections) == ge2019
    assert infer_election(None, "Friday July 5, 2024. Labour won.", elections) == ge2024
    assert infer_election(None, "GE2019 was a landslide; the 2019 election…", elections) == ge2019
    assert infer_election(None, "No year at all", elections) is None


def test_2019_coverage_by_url_is_checked_against_2019(
    client, seeded, editor, site, django_capture_on_commit_callbacks
):
    story = sources_site.Story(
        "corbyn-2019", "Corbyn holds on", [
            "Jeremy Corbyn held Islington North for Labour with 34,603 votes, a majority "
            "of 26,188 over the Liberal Democrats.",
        ] + sources_site.ISLINGTON[2:], date="2019-12-13",
    )  # fmt: skip
    site.routes["/news/corbyn-2019"] = Response(body=sources_site.national_paper_page(story))
    url = f"{site.url}/news/corbyn-2019"
    _paste(client, editor, django_capture_on_commit_callbacks, url)
    article = Article.objects.get(url=url)
    assert article.election.slug == "ge2019"
    majority = article.claims.get(text="26,188")
    assert majority.election.slug == "ge2019"
    assert majority.suggested_verdict == "accurate"
