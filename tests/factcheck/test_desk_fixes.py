"""The desk as a new user found it (review findings B7–B14), through the client."""

import re

import pytest
from django.urls import reverse

from factcheck import assignments, publishing, review
from factcheck.models import Claim
from factcheck.review import state_token
from factcheck.vocabulary import Verdict
from tests.factories import UserFactory


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    return [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL)]


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def decide(claim, verdict, *, author, checker):
    review.set_verdict(claim=fresh(claim), editor=author, verdict=verdict, explanation="",
                       token=state_token(fresh(claim)))  # fmt: skip
    review.approve(claim=fresh(claim), editor=checker, token=state_token(fresh(claim)))


@pytest.fixture
def publisher_editor(editor):
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Publisher"))
    return editor


# -- B13: figures with separators; likely inaccurate first even once decided ---------------


def test_group_figures_on_the_desk_have_thousands_separators(client, coverage, editor):
    client.force_login(editor)
    page = text_of(client.get(reverse("factcheck:desk_index")).content.decode())
    assert "Candidate votes (Jeremy Corbyn): 24,120" in page
    assert "24120" not in page


def test_decided_inaccurate_claims_still_come_before_accurate_ones(
    client, coverage, editor, second_editor
):
    inaccurate = [c for c in coverage.claims if c.suggested_verdict == Verdict.INACCURATE]
    assert inaccurate
    for claim in coverage.claims:  # every claim decided and signed off, as the demo does
        if fresh(claim).effective_review is None and claim.status == Claim.Status.OPEN:
            decide(claim, fresh(claim).suggested_verdict or Verdict.ACCURATE,
                   author=editor, checker=second_editor)  # fmt: skip
    client.force_login(editor)
    html = client.get(reverse("factcheck:claims")).content.decode()
    listed = rows(html)
    called = [i for i, row in enumerate(listed) if "Inaccurate" in row]
    assert called, listed
    assert called == list(range(len(called))), listed
    assert "likely inaccurate first" in text_of(html)


# -- B14: only accounts that can log in are offered ------------------------------------------


def test_assignment_menus_list_only_editors_who_can_log_in(client, coverage, editor):
    from factcheck import roles

    demo = UserFactory(username="demo-writer", groups=[roles.EDITOR])
    demo.set_unusable_password()
    demo.save()
    gone = UserFactory(username="gone", groups=[roles.EDITOR], is_active=False)
    listed = [u.username for u in assignments.editors()]
    assert editor.username in listed
    assert demo.username not in listed
    assert gone.username not in listed
    client.force_login(editor)
    page = client.get(reverse("factcheck:seats")).content.decode()
    assert "demo-writer" not in page
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="choose an editor"):
        assignments.assign(target=coverage.articles[0], assignee=demo, by=editor)


# -- B9: a withdrawal waiting is in "Awaiting my sign-off"; not offered twice ---------------


def test_a_withdrawal_asked_waits_in_the_second_editors_sign_off_list(
    client, coverage, publisher_editor, second_editor
):
    votes = coverage.claim("24,120")
    turnout = coverage.claim("67.5%")
    decide(votes, Verdict.ACCURATE, author=publisher_editor, checker=second_editor)
    decide(turnout, fresh(turnout).suggested_verdict, author=publisher_editor,
           checker=second_editor)  # fmt: skip
    publishing.publish_contest(contest=coverage.contest, publisher=publisher_editor)
    publish_url = reverse("factcheck:contest_publish", args=[coverage.contest.pk])
    client.force_login(publisher_editor)
    page = client.get(publish_url).content.decode()
    offered = re.findall(r'<option value="(\d+)"', page.split('id="withdraw-check"', 1)[1])
    assert str(votes.pk) in offered
    response = client.post(
        reverse("factcheck:withdrawal_request"),
        {"contest": coverage.contest.pk, "check": votes.pk, "reason": "Not a claim."},
    )
    assert response.status_code == 302
    # the asker is not asked to approve their own request
    sign_off = reverse("factcheck:claims") + "?view=sign-off"
    assert "Withdrawals awaiting your approval" not in client.get(sign_off).content.decode()
    # and is no longer offered the same check to withdraw
    page = client.get(publish_url).content.decode()
    select = page.split('id="withdraw-check"', 1)[1].split("</select>", 1)[0]
    assert f'value="{votes.pk}"' not in select
    # the second editor sees it waiting, with a way to approve it
    client.force_login(second_editor)
    page = client.get(sign_off).content.decode()
    waiting = text_of(page.split('id="withdrawals-waiting"', 1)[1].split("</section>", 1)[0])
    assert "Not a claim." in waiting
    assert "asked by ed1" in waiting
    assert "Islington North" in waiting
    approve = re.search(r'action="(/desk/withdrawals/\d+/approve/)"', page).group(1)
    assert client.post(approve).status_code == 302
    assert "Withdrawals awaiting your approval" not in client.get(sign_off).content.decode()
    # approved, not yet published: still not offered again
    client.force_login(publisher_editor)
    page = client.get(publish_url).content.decode()
    select = page.split('id="withdraw-check"', 1)[1].split("</select>", 1)[0]
    assert f'value="{votes.pk}"' not in select


# -- B7: an approved sample is not "changed"; the page opens at the next claim ---------------


def test_an_approved_sample_is_not_said_to_have_changed_and_the_next_opens(
    client, editor, second_editor
):
    from factcheck import batches
    from factcheck.models import Batch
    from tests.factcheck.test_batches import article_of

    article, _claims = article_of(4)
    matched, _ = batches.article_matches(article)
    batch = batches.accept(editor=editor, claim_ids=[c.pk for c in matched],
                           description="all", article=article).batch  # fmt: skip
    client.force_login(second_editor)
    url = reverse("factcheck:batch_detail", args=[batch.pk])
    detail = client.get(url).content.decode()
    assert "j</kbd>/<kbd>k</kbd>" in detail  # the keys are on the page
    assert "tally/batch.js" in detail
    decision = r'name="item" value="(\d+)"><input type="hidden" name="seen" value="([^"]+)"'
    forms = re.findall(decision, detail)
    assert len(forms) == 3
    (first, seen), (second, _seen2), _third = forms
    response = client.post(reverse("factcheck:batch_decide", args=[batch.pk]),
                           {"item": first, "seen": seen, "decision": "approve"})  # fmt: skip
    assert response["Location"] == f"{url}#item-{second}"  # the page opens at the next
    page = text_of(client.get(url).content.decode())
    assert "Changed since the batch accepted it" not in page
    for item, seen in re.findall(decision, client.get(url).content.decode()):
        client.post(reverse("factcheck:batch_decide", args=[batch.pk]),
                    {"item": item, "seen": seen, "decision": "approve"})  # fmt: skip
    batch.refresh_from_db()
    assert batch.status == Batch.Status.APPROVED
    page = text_of(client.get(url).content.decode())
    assert page.count("Approved by ed2") == 3
    assert "Changed since the batch accepted it" not in page
    assert "can no longer be approved" not in page


# -- B8: the confirm page says what the rule is ---------------------------------------------


def test_the_batch_confirm_page_says_what_one_reading_means(client, editor):
    from tests.factcheck.test_batches import article_of

    article, _claims = article_of(3)
    client.force_login(editor)
    html = client.get(reverse("factcheck:batch_new") + f"?article={article.pk}").content.decode()
    rule = text_of(html.split('id="batch-rule"', 1)[1].split("</div>", 1)[0])
    assert "the checker never had to try another reading" in rule
    assert "may still list other readings" in rule
    assert "do not keep a claim out" in rule
    assert "Anything with several readings" not in text_of(html)


# -- B11: feeds and URLs -----------------------------------------------------------------------


def test_an_editor_unsubscribes_from_a_feed_after_confirming(client, editor):
    from factcheck.models import Feed, Fetch

    feed = Feed.objects.create(url="https://a.example/feed.xml", title="Election news",
                               interval=600)  # fmt: skip
    Fetch.objects.create(url="https://a.example/story", feed=feed)
    client.force_login(editor)
    listing = text_of(client.get(reverse("factcheck:feed_list")).content.decode())
    assert "polled every 10 minutes" in listing  # the form asks in minutes, too
    assert "600" not in listing  # not in seconds
    assert "Desk › Feeds" in listing
    url = reverse("factcheck:feed_delete", args=[feed.pk])
    assert f'href="{url}"' in client.get(reverse("factcheck:feed_list")).content.decode()
    confirm = text_of(client.get(url).content.decode())
    assert "Unsubscribe from Election news?" in confirm
    assert Feed.objects.filter(pk=feed.pk).exists()  # looking changes nothing
    response = client.post(url, follow=True)
    assert not Feed.objects.filter(pk=feed.pk).exists()
    assert "Unsubscribed from" in text_of(response.content.decode())
    assert Fetch.objects.get().feed is None  # what it brought in stays


def test_a_clerk_may_not_unsubscribe(client, clerk):
    from factcheck.models import Feed

    feed = Feed.objects.create(url="https://a.example/feed.xml")
    client.force_login(clerk)
    assert client.post(reverse("factcheck:feed_delete", args=[feed.pk])).status_code == 403
    assert Feed.objects.filter(pk=feed.pk).exists()


def test_the_desk_links_feeds_and_urls_with_breadcrumbs(client, editor):
    client.force_login(editor)
    desk = client.get(reverse("factcheck:desk_index")).content.decode()
    assert f'href="{reverse("factcheck:feed_list")}"' in desk
    assert f'href="{reverse("factcheck:fetch_list")}"' in desk
    assert "Desk › Feeds" in text_of(client.get(reverse("factcheck:feed_list")).content.decode())
    assert "Desk › URLs" in text_of(client.get(reverse("factcheck:fetch_list")).content.decode())


def test_failed_urls_say_why_once_without_settings_and_offer_try_again_when_it_can_help(
    client, editor
):
    from factcheck.models import Fetch, FetchFailure, FetchStatus

    dead = Fetch.objects.create(
        url="https://gone.invalid/story", status=FetchStatus.FAILED,
        failure=FetchFailure.UNREACHABLE, error="Unreachable: no such host (gone.invalid).",
    )  # fmt: skip
    private = Fetch.objects.create(
        url="http://127.0.0.1/story", status=FetchStatus.FAILED, failure=FetchFailure.REFUSED,
        error="127.0.0.1 is a private or local address (127.0.0.1); Tally fetches public "
        "addresses only (FETCH_ALLOW_PRIVATE allows others).",
    )  # fmt: skip
    client.force_login(editor)
    html = client.get(reverse("factcheck:fetch_list") + "?status=failed").content.decode()
    page = text_of(html)
    assert "Unreachable No such host (gone.invalid)." in page
    assert "Unreachable Unreachable" not in page
    assert "127.0.0.1 is a private or local address; Tally fetches public addresses only." in page
    assert "(127.0.0.1)" not in page
    assert "FETCH_ALLOW_PRIVATE" not in page
    retry = reverse("factcheck:fetch_retry", args=[dead.pk])
    assert f'action="{retry}"' in html  # Try again in the list
    assert reverse("factcheck:fetch_retry", args=[private.pk]) not in html
    detail = client.get(reverse("factcheck:fetch_detail", args=[private.pk])).content.decode()
    assert "Try again</button>" not in detail
    assert "FETCH_ALLOW_PRIVATE" not in detail
    assert "trying again would fail the same way" in text_of(detail)
    detail = text_of(client.get(reverse("factcheck:fetch_detail", args=[dead.pk])).content.decode())
    assert "Unreachable: No such host (gone.invalid)." in detail
    # a permanent refusal is not queued again, and the editor is told why
    response = client.post(reverse("factcheck:fetch_retry", args=[private.pk]), follow=True)
    assert "Not tried again" in text_of(response.content.decode())
    private.refresh_from_db()
    assert private.status == FetchStatus.FAILED
    assert private.attempts == Fetch._meta.get_field("attempts").default
