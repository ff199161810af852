"""A claim's history on the desk: loaded when the editor opens it, a page at a time, so a
claim saved hundreds of times answers a save as fast as a new one."""

import re

from django.urls import reverse

from factcheck.models import Claim
from factcheck.review import state_token


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def save(client, claim: Claim, explanation: str):
    claim = Claim.objects.for_review().get(pk=claim.pk)
    return client.post(
        reverse("factcheck:claim_verdict", args=[claim.pk]),
        {"token": state_token(claim), "verdict": "accurate", "explanation": explanation},
        headers={"HX-Request": "true"},
    )


def history(client, claim: Claim, page: int = 1) -> str:
    url = reverse("factcheck:claim_history", args=[claim.pk]) + f"?page={page}"
    return client.get(url, headers={"HX-Request": "true"}).content.decode()


def test_the_history_is_paged_newest_first_and_not_sent_with_each_save(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    sizes = []
    for n in range(1, 26):
        response = save(client, claim, f"Explanation number {n}.")
        assert response.status_code == 200
        sizes.append(len(response.content))
    # The answer to a save does not grow with the history.
    assert "Explanation number 1." not in response.content.decode()
    assert max(sizes[5:]) - min(sizes[5:]) < 200

    first = history(client, claim)
    entries = re.findall(r"<li><strong>", first)
    assert len(entries) == 20
    assert "26 changes, newest first" in text_of(first)  # 25 saves and the claim's creation
    shown = [text_of(li) for li in re.findall(r"<li><strong>.*?</ul></li>", first, re.DOTALL)]
    assert "→ Explanation number 25." in shown[0]
    assert "→ Explanation number 6." in shown[-1]
    assert "Show earlier changes" in first
    assert "?page=2" in first

    second = history(client, claim, page=2)
    assert len(re.findall(r"<li><strong>", second)) == 6
    assert "Show earlier changes" not in second
    assert "created" in text_of(second)  # the oldest: the claim as the extractor stored it
    assert "Explanation number 1." in text_of(second)


def test_a_bad_page_number_shows_the_first_page(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    assert "newest first" in text_of(history(client, claim, page="x"))
