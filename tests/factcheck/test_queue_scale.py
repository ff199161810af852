"""The desk's queue a page at a time (issue 14): every article once, in attention order,
whichever way an editor pages, with the filters kept; counts as on one long page."""

import re

import pytest
from django.urls import reverse

from factcheck.views import desk
from tests.factories import ArticleFactory, ReviewFactory

HX = {"HX-Request": "true"}
ROW = re.compile(r'<a href="/desk/articles/(\d+)/">([^<]+)</a>')
LINK = re.compile(r'<a href="([^"]+)"[^>]*rel="(next|prev)"')


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(desk, "PAGE_SIZE", 2)


def page(client, url, **kwargs) -> tuple[list[str], dict[str, str], str]:
    html = client.get(url, **kwargs).content.decode()
    links = {rel: href.replace("&amp;", "&") for href, rel in LINK.findall(html)}
    links = {rel: reverse("factcheck:desk_index") + href if href.startswith("?") else href
             for rel, href in links.items()}  # fmt: skip
    table = html.split('<div id="article-table">', 1)[1].split("</table>", 1)[0]
    return [title for _, title in ROW.findall(table)], links, html


def test_paging_shows_every_article_once_in_attention_order(client, coverage, editor, small_pages):
    client.force_login(editor)
    for i in range(4):  # nothing to review: after the coverage's articles
        ArticleFactory(title=f"Quiet {i}")
    ReviewFactory(group=coverage.claim("24,120").group)  # moves articles down the order
    everything = [a.title for a in desk.queue_articles(client.get("/").wsgi_request.GET)]
    assert len(everything) == 9
    seen, url, pages = [], reverse("factcheck:desk_index"), []
    while url:
        titles, links, html = page(client, url)
        pages.append((url, titles))
        seen += titles
        assert "of 9 articles" in html
        url = links.get("next")
    assert seen == everything
    assert len(pages) == 5
    # back again by the Previous links, page by page
    url = page(client, pages[-1][0])[1]["prev"]
    for _expected_url, expected in reversed(pages[:-1]):
        titles, links, _ = page(client, url)
        assert titles == expected
        url = links.get("prev")
    assert url is None  # the first page has no Previous link


def test_pages_keep_the_filters_and_the_htmx_partial_pages_too(client, coverage, editor,
                                                               small_pages):  # fmt: skip
    client.force_login(editor)
    url = reverse("factcheck:desk_index") + "?type=candidate_votes&outlet="
    titles, links, _ = page(client, url)
    assert len(titles) == 2
    assert "type=candidate_votes" in links["next"]
    partial = client.get(links["next"], headers=HX).content.decode()
    assert partial.lstrip().startswith('<div id="article-table">')
    assert 'rel="prev"' in partial
    assert "hx-push-url" in partial
    second = [t for _, t in ROW.findall(partial)]
    assert second
    assert not set(second) & set(titles)
    # four articles report a candidate's votes: two pages
    assert 'rel="next"' not in partial


def test_a_damaged_page_link_shows_the_first_page_and_says_so(client, coverage, editor):
    client.force_login(editor)
    html = client.get(reverse("factcheck:desk_index"), {"after": "1.2.x"}).content.decode()
    assert "could not be read" in html
    assert html.count("<progress") == 5


def test_the_counts_on_a_page_are_the_articles_own(client, coverage, editor, small_pages):
    client.force_login(editor)
    ReviewFactory(group=coverage.claim("24,120").group, approved=True)
    counts = {a.title: (a.to_review, a.approved, a.total)
              for a in desk.queue_articles(client.get("/").wsgi_request.GET)}  # fmt: skip
    url, shown = reverse("factcheck:desk_index"), {}
    while url:
        titles, links, html = page(client, url)
        for title in titles:
            row = html.split(f">{title}</a>", 1)[1].split("</tr>", 1)[0]
            shown[title] = tuple(
                int(n) for n in re.findall(r'<td class="num"[^>]*>(\d+)</td>', row)
            )
        url = links.get("next")
    assert {t: (c[0], c[1]) for t, c in counts.items()} == {
        t: (s[0], s[2]) for t, s in shown.items()
    }
    assert any(approved for _, approved, _ in counts.values())
