"""The readings of a figure on the desk: listed in the claim's panel, and chosen one at a time.

Through the Django client, on Islington North's official result and the press
coverage of it built by factories (the ``coverage`` fixture).
"""

import html
import re
from decimal import Decimal

from django.urls import reverse

from factcheck.models import Claim
from factcheck.review import state_token
from tests.factories import MAJORITY, ClaimFactory

HX = {"HX-Request": "true"}
READING = re.compile(r'<li data-reading="(\d+)"([^>]*)>(.*?)</li>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def text_of(fragment: str) -> str:
    """What a reader sees of an HTML fragment: its text, white space collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())


def readings_shown(page: str) -> list[dict]:
    """The readings the panel lists: what each says, whether it is the current one and
    whether it offers "Read as this"."""
    return [
        {
            "index": int(index),
            "text": text_of(body),
            "current": 'aria-current="true"' in attrs,
            "can_choose": "Read as this" in body,
        }
        for index, attrs, body in READING.findall(page)
    ]


def reading(page: str, label: str) -> dict:
    [found] = [r for r in readings_shown(page) if r["text"].startswith(label)]
    return found


def panel(client, claim) -> str:
    response = client.get(reverse("factcheck:claim_detail", args=[claim.pk]), headers=HX)
    assert response.status_code == 200
    return response.content.decode()


def explanation_shown(page: str) -> str:
    """The checker's suggestion as the panel's "Suggested" line reads."""
    match = re.search(r"<dt>Suggested</dt><dd>(.*?)</dd>", page, re.DOTALL)
    return text_of(match.group(1))


def choose(client, claim, index, token=None, **kwargs):
    fresh = Claim.objects.for_review().get(pk=claim.pk)
    data = {"index": index, "token": token or state_token(fresh)}
    return client.post(reverse("factcheck:claim_reading", args=[claim.pk]), data, **kwargs)


def test_the_panel_lists_every_reading_with_its_official_figure(client, coverage, editor):
    client.force_login(editor)
    page = panel(client, coverage.claim("16,873"))
    shown = readings_shown(page)
    assert len(shown) > 2
    assert [r["index"] for r in shown] == list(range(len(shown)))
    own = reading(page, "Praful Nargund's candidate votes (ge2024)")
    assert own["current"]
    assert "Current reading" in own["text"]
    assert "official figure 16,873" in own["text"]
    assert "Accurate" in own["text"]
    assert not own["can_choose"]
    majority = reading(page, "Jeremy Corbyn's majority (ge2024)")
    assert not majority["current"]
    assert "official figure 7,247" in majority["text"]
    assert "Inaccurate" in majority["text"]
    assert "the majority in Islington North" in majority["text"]  # the cue
    assert majority["can_choose"]
    corbyn = reading(page, "Jeremy Corbyn's candidate votes (ge2024)")
    assert "official figure 24,120" in corbyn["text"]
    assert [r["current"] for r in shown].count(True) == 1
    assert all(r["can_choose"] for r in shown if not r["current"])
    assert "Reading chosen by" not in page
    # The help lists the key that steps through them.
    article = client.get(reverse("factcheck:article_detail", args=[coverage.articles[0].pk]))
    assert "Read the figure as its next reading" in article.content.decode()


def test_a_share_is_shown_as_a_percentage(client, coverage, editor):
    client.force_login(editor)
    page = panel(client, coverage.claim("37 per cent"))
    shares = [r for r in readings_shown(page) if r["text"].startswith("Labour's vote share")]
    assert shares
    for share in shares:
        assert re.search(r"official figure \d+(\.\d+)?% ", share["text"]), share["text"]


def test_choosing_a_reading_checks_the_claim_again_and_says_who_chose_it(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    before = panel(client, claim)
    assert "Exact match" in explanation_shown(before)
    nargund = reading(before, "Praful Nargund's candidate votes (ge2024)")

    response = choose(client, claim, nargund["index"], headers=HX)

    assert response.status_code == 200
    page = response.content.decode()
    now = reading(page, "Praful Nargund's candidate votes (ge2024)")
    assert now["current"]
    assert not reading(page, "Jeremy Corbyn's candidate votes (ge2024)")["current"]
    assert "Reading chosen by ed1 at" in text_of(page)
    suggested = explanation_shown(page)
    assert suggested.startswith("Inaccurate")
    assert "16,873" in suggested
    assert "Exact match" not in suggested
    # The claim's row in the list is swapped too, under its new subject.
    row = re.search(rf'<li id="claim-item-{claim.pk}".*?</li>', page, re.DOTALL).group(0)
    assert "Praful Nargund" in text_of(row)
    # The list of readings is the one the editor stepped from.
    assert [r["text"].split(" (")[0] for r in readings_shown(page)] == [
        r["text"].split(" (")[0] for r in readings_shown(before)
    ]

    claim.refresh_from_db()
    assert (claim.claim_type, claim.subject) == ("candidate_votes", "Praful Nargund")
    assert claim.suggested_verdict == "inaccurate"
    assert claim.official_value == Decimal(16873)
    assert claim.reading_chosen_by == editor
    assert claim.reading_chosen_at is not None
    assert claim.version == 2
    # The history says who changed what.
    # (loaded when the editor opens "History", not with every save)
    assert '<details class="history"' in page
    history = text_of(
        client.get(
            f"/desk/claims/{claim.pk}/history/", headers={"HX-Request": "true"}
        ).content.decode()
    )
    assert "2 changes, newest first" in history
    assert "ed1" in history
    assert "subject: Jeremy Corbyn → Praful Nargund" in history


def test_a_reading_of_another_kind_takes_that_kind(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    majority = reading(panel(client, claim), "Jeremy Corbyn's majority (ge2024)")
    page = choose(client, claim, majority["index"], headers=HX).content.decode()
    assert reading(page, "Jeremy Corbyn's majority (ge2024)")["current"]
    assert "Majority" in text_of(re.search(r'<header class="panel-head">.*?</header>', page,
                                           re.DOTALL)[0])  # fmt: skip
    assert "7,247" in explanation_shown(page)
    claim.refresh_from_db()
    assert (claim.claim_type, claim.unit) == ("majority", "majority")


def test_without_javascript_choosing_a_reading_returns_to_the_article(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("16,873")
    index = reading(panel(client, claim), "Jeremy Corbyn's candidate votes (ge2024)")["index"]
    response = choose(client, claim, index)
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert reading(page, "Jeremy Corbyn's candidate votes (ge2024)")["current"]
    assert "Reading chosen by ed1" in text_of(page)


def test_a_stale_page_gets_the_conflict_view_and_nothing_is_overwritten(
    client, coverage, editor, second_editor
):
    claim = coverage.claim("16,873")
    stale = state_token(Claim.objects.for_review().get(pk=claim.pk))
    client.force_login(editor)
    page = panel(client, claim)
    corbyn = reading(page, "Jeremy Corbyn's candidate votes (ge2024)")["index"]
    majority = reading(page, "Jeremy Corbyn's majority (ge2024)")["index"]
    choose(client, claim, corbyn, headers=HX)

    client.force_login(second_editor)
    response = client.post(
        reverse("factcheck:claim_reading", args=[claim.pk]),
        {"index": majority, "token": stale, "label": "Jeremy Corbyn's majority (ge2024)"},
        headers=HX,
    )
    assert response.status_code == 200
    page = response.content.decode()
    conflict = text_of(re.search(r'<div class="conflict".*?(?=<header)', page, re.DOTALL)[0])
    assert "Someone else changed this claim" in conflict
    assert "Reading Jeremy Corbyn's majority (ge2024)" in conflict  # what they chose
    assert "Jeremy Corbyn" in conflict  # the claim as saved now
    # The panel shows the reading saved, not theirs.
    assert reading(page, "Jeremy Corbyn's candidate votes (ge2024)")["current"]
    claim.refresh_from_db()
    assert (claim.claim_type, claim.subject) == ("candidate_votes", "Jeremy Corbyn")
    assert claim.reading_chosen_by == editor


def test_a_reading_that_is_not_listed_is_refused_and_changes_nothing(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("16,873")
    count = len(readings_shown(panel(client, claim)))
    for index in (count, -1):
        response = choose(client, claim, index, headers=HX)
        assert response.status_code == 200
        page = response.content.decode()
        assert "There is no such reading of this figure." in page
        assert 'role="alert"' in page
        assert reading(page, "Praful Nargund's candidate votes (ge2024)")["current"]
    # Without htmx: back to the article, with the reason.
    response = choose(client, claim, count, follow=True)
    assert "There is no such reading of this figure." in response.content.decode()
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.claim_type, fresh.subject, fresh.version) == (
        "candidate_votes", "Praful Nargund", 1
    )  # fmt: skip
    assert fresh.reading_chosen_by is None


def test_a_reading_that_is_not_a_number_is_a_bad_request_with_the_reason(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("16,873")
    plain = choose(client, claim, "second")
    assert plain.status_code == 400
    assert "Choose one of the readings listed" in plain.content.decode()
    assert "Praful Nargund" in text_of(plain.content.decode())  # the page, with its panel
    missing = client.post(
        reverse("factcheck:claim_reading", args=[claim.pk]),
        {"token": state_token(Claim.objects.for_review().get(pk=claim.pk))},
        headers=HX,
    )
    # htmx swaps no 400: the panel comes back with the reason in it.
    assert missing.status_code == 200
    assert "Choose one of the readings listed" in missing.content.decode()
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.version, fresh.reading_chosen_by) == (1, None)


def test_a_reading_another_claim_of_the_figure_has_is_refused(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("24,120")
    # The extractor also read this figure as a majority.
    ClaimFactory(
        article=claim.article, start=claim.start, text=claim.text, sentence=claim.sentence,
        **MAJORITY | {"value": Decimal(24120), "election": claim.election, "group": None},
    )  # fmt: skip
    majority = reading(panel(client, claim), "Jeremy Corbyn's majority (ge2024)")["index"]
    page = choose(client, claim, majority, headers=HX).content.decode()
    assert "Another claim of this figure already has that type." in page
    assert reading(page, "Jeremy Corbyn's candidate votes (ge2024)")["current"]
    claim.refresh_from_db()
    assert (claim.claim_type, claim.version) == ("candidate_votes", 1)


def test_only_those_who_may_change_claims_may_choose_a_reading(client, coverage, publisher):
    client.force_login(publisher)
    claim = coverage.claim("16,873")
    page = panel(client, claim)
    assert readings_shown(page)  # they see the readings
    assert "Read as this" not in page  # but are offered no choice
    index = reading(page, "Jeremy Corbyn's candidate votes (ge2024)")["index"]
    assert choose(client, claim, index, headers=HX).status_code == 403
    claim.refresh_from_db()
    assert (claim.subject, claim.version, claim.reading_chosen_by) == ("Praful Nargund", 1, None)


def test_choosing_a_reading_needs_a_post(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("16,873")
    response = client.get(reverse("factcheck:claim_reading", args=[claim.pk]), {"index": 1})
    assert response.status_code == 405


def test_a_choice_made_on_a_list_that_has_since_changed_is_refused(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("16,873")
    page = panel(client, claim)
    majority = reading(page, "Jeremy Corbyn's majority (ge2024)")
    fresh = Claim.objects.for_review().get(pk=claim.pk)
    response = client.post(
        reverse("factcheck:claim_reading", args=[claim.pk]),
        {"index": majority["index"], "token": state_token(fresh), "label": "Someone else"},
        headers=HX,
    )
    assert "The readings of this figure changed; choose again." in response.content.decode()
    claim.refresh_from_db()
    assert claim.subject == "Praful Nargund"
    assert claim.reading_chosen_by is None


def test_a_correction_replaces_the_reading_an_editor_chose(client, coverage, editor):
    client.force_login(editor)
    claim = coverage.claim("16,873")
    majority = reading(panel(client, claim), "Jeremy Corbyn's majority (ge2024)")
    choose(client, claim, majority["index"], headers=HX)
    claim.refresh_from_db()
    assert claim.reading_chosen_by == editor
    from factcheck.review import correct_claim

    correct_claim(
        claim=claim, editor=editor, token=state_token(Claim.objects.for_review().get(pk=claim.pk)),
        value=Decimal("16873"), claim_type="candidate_votes", unit="votes",
        subject="Praful Nargund", subject_kind="candidate", qualifier="exact",
    )  # fmt: skip
    claim.refresh_from_db()
    assert claim.reading_chosen_by is None
    assert "Reading chosen by" not in panel(client, claim)


def test_a_rejected_claim_is_not_read_again(client, coverage, editor):
    from factcheck.review import reject_claim

    client.force_login(editor)
    claim = coverage.claim("16,873")
    majority = reading(panel(client, claim), "Jeremy Corbyn's majority (ge2024)")
    reject_claim(
        claim=claim, editor=editor, token=state_token(Claim.objects.for_review().get(pk=claim.pk))
    )
    response = choose(client, claim, majority["index"], headers=HX)
    assert "A rejected claim is not read again; restore it first." in response.content.decode()
    claim.refresh_from_db()
    assert claim.claim_type == "candidate_votes"
    assert claim.reading_chosen_by is None
