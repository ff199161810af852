"""Batch accept with a sampled second check (issue 15): which suggestions a batch may
accept, the sample, the second editor's check (approved, or returned to review), and what
it keeps right: permissions, stored counts, history, races and re-checks."""

import itertools
import re
import threading
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.urls import reverse

from factcheck import batches, review
from factcheck.checking import Suggestion
from factcheck.models import Article, Batch, BatchClaim, Claim, Review
from factcheck.rechecks import apply_change, stored_hash
from factcheck.review import state_token
from factcheck.vocabulary import Qualifier, ReviewStatus, Verdict
from tests.factories import ReviewFactory, UserFactory, article_with_claims

pytestmark = pytest.mark.django_db


def votes(i: int, base: int = 1000, **fields) -> tuple[str, dict]:
    """A sentence with one exact, accurate count of votes (its own figure and group)."""
    value = base + i
    figure = {
        "value": Decimal(value),
        "subject": f"Candidate {i}",
        "subject_key": f"candidacy:{i}",
        "election": 2024,
    } | fields
    return (f"Candidate {i} won [{value:,}] votes.", figure)


REPORTS = itertools.count(1)


def article_of(n: int, *extra, base: int = 1000, **fields) -> tuple[Article, list[Claim]]:
    """An article (a text of its own) with ``n`` exact, accurate counts of votes (from
    ``base`` up), then ``extra`` sentences."""
    sentences = [f"Report {next(REPORTS)}.", *(votes(i, base) for i in range(n)), *extra]
    return article_with_claims(sentences, **fields)


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def counts(article) -> dict:
    article.refresh_from_db()
    return {
        "to_review": article.n_to_review,
        "awaiting": article.n_awaiting_sign_off,
        "approved": article.n_approved,
    }


def accept_all(article, editor) -> Batch:
    matched, _total = batches.article_matches(article)
    return batches.accept(
        editor=editor, claim_ids=[c.pk for c in matched], description="all", article=article
    ).batch


def decide_all(batch, auditor, *, approve=True, note=""):
    for item in batches.sampled_items(batch):
        batch = batches.decide(batch=batch, auditor=auditor, item_id=item.pk, approve=approve,
                               seen=item.now_token, note=note)  # fmt: skip
        if batch.status != Batch.Status.AWAITING_AUDIT:
            break
    return batch


# -- which suggestions ----------------------------------------------------------------------


def test_only_exact_confident_matches_are_batched():
    article, claims = article_with_claims([
        votes(0),
        votes(1, qualifier=Qualifier.APPROX),
        votes(2, suggested_verdict=Verdict.APPROXIMATELY_ACCURATE),
        votes(3, suggested_verdict=Verdict.INACCURATE, official_value=Decimal(999)),
        votes(4, suggested_verdict=Verdict.NOT_CHECKABLE, official_value=None),
        votes(5, readings=[{"label": "a", "verdict": "accurate"},
                           {"label": "b", "verdict": "inaccurate"}]),  # fmt: skip
        votes(6, details={"extracted_as": {"claim_type": "majority"}}),
        votes(7, official_value=Decimal(1008)),  # "accurate", but not the official figure
        votes(8, revision_pending=True),
        votes(9, readings=[{"label": "own", "verdict": "accurate"}]),
        ("Turnout was [67.5%].", {"claim_type": "turnout", "value": Decimal("67.5"),
                                  "unit": "percent", "subject": "", "subject_kind": "",
                                  "official_value": Decimal("67.46")}),  # fmt: skip
    ])  # fmt: skip
    reasons = {c.text: batches.why_not_batchable(fresh(c)) for c in claims}
    assert reasons == {
        "1,000": None,
        "1,001": "the figure is not asserted exactly",
        "1,002": "the suggestion is not “accurate”",
        "1,003": "the suggestion is not “accurate”",
        "1,004": "the suggestion is not “accurate”",
        "1,005": "the checker had to try other readings to place it",
        "1,006": "the checker read it as another figure than the extractor",
        "1,007": "the figure is not the official one to the precision written",
        "1,008": "its official figures are being re-checked",
        "1,009": None,
        "67.5%": None,  # 67.46 is 67.5 to the one decimal written
    }
    matched, total = batches.article_matches(article)
    assert [c.text for c in matched] == ["1,000", "1,009", "67.5%"]
    assert total == 3


def test_a_claim_with_a_verdict_or_rejected_is_not_batched(editor):
    article, claims = article_of(3)
    ReviewFactory(group=claims[0].group)
    Claim.objects.filter(pk=claims[1].pk).update(status=Claim.Status.REJECTED)
    assert batches.why_not_batchable(fresh(claims[0])) == "already has a verdict"
    assert batches.why_not_batchable(fresh(claims[1])) == "rejected as not a claim"
    assert [c.pk for c in batches.article_matches(article)[0]] == [claims[2].pk]


@pytest.mark.parametrize(
    ("size", "sample"), [(1, 1), (2, 2), (3, 3), (4, 3), (30, 3), (31, 4), (45, 5), (100, 10)]
)
def test_the_sample_is_three_or_a_tenth_whichever_is_more(size, sample):
    assert batches.sample_size(size) == sample


# -- accepting ------------------------------------------------------------------------------


def test_a_batch_accepts_every_exact_match_and_draws_its_sample(editor):
    article, claims = article_of(12)
    assert counts(article) == {"to_review": 12, "awaiting": 0, "approved": 0}
    batch = accept_all(article, editor)
    assert batch.accepted_by == editor
    assert batch.status == Batch.Status.AWAITING_AUDIT
    assert batch.items.count() == 12
    assert batch.items.filter(sampled=True).count() == 3
    for claim in claims:
        verdict = fresh(claim).effective_review
        assert verdict.verdict == Verdict.ACCURATE
        assert verdict.author == editor
        assert not verdict.is_approved
        reason = verdict.history.first().history_change_reason
        assert reason == f"Accepted in batch {batch.pk} (all)"
    # the desk's stored counts follow
    assert counts(article) == {"to_review": 0, "awaiting": 12, "approved": 0}


def test_the_sample_is_drawn_at_random_by_the_server(editor):
    drawn = set()
    for n in range(6):
        article, _claims = article_of(10, base=2000 + 100 * n)
        batch = accept_all(article, editor)
        drawn.add(tuple(sorted(c.claim.start for c in batch.items.filter(sampled=True))))
    assert len(drawn) > 1  # 6 draws of 3 from 10 (120 ways) all alike: 1 in 120**5


def test_a_claim_decided_meanwhile_is_skipped_with_why(editor, second_editor):
    article, claims = article_of(4)
    shown = [c.pk for c in batches.article_matches(article)[0]]
    review.set_verdict(claim=fresh(claims[1]), editor=second_editor, verdict=Verdict.MISLEADING,
                       token=state_token(fresh(claims[1])))  # fmt: skip
    done = batches.accept(editor=editor, claim_ids=shown, description="d", article=article)
    assert done.skipped == [(claims[1].pk, "already has a verdict")]
    assert done.batch.items.count() == 3
    assert fresh(claims[1]).effective_review.verdict == Verdict.MISLEADING  # theirs stands


def test_nothing_to_accept_writes_nothing(editor):
    article, claims = article_with_claims([votes(0, suggested_verdict=Verdict.INACCURATE)])
    with pytest.raises(ValidationError, match="Nothing was accepted"):
        batches.accept(editor=editor, claim_ids=[claims[0].pk], description="d", article=article)
    assert not Batch.objects.exists()
    assert not Review.objects.exists()
    with pytest.raises(ValidationError, match="no claim was chosen"):
        batches.accept(editor=editor, claim_ids=[], description="d")


def test_claims_of_another_article_are_refused_and_publishers_may_not_accept(editor, publisher):
    article, _ = article_of(1)
    _other, claims = article_of(2)
    with pytest.raises(ValidationError):
        batches.accept(editor=editor, claim_ids=[c.pk for c in claims], description="d",
                       article=article)  # fmt: skip
    with pytest.raises(PermissionDenied):
        batches.accept(editor=publisher, claim_ids=[c.pk for c in claims], description="d")


def test_the_same_figure_twice_is_one_verdict_for_both(editor):
    article, claims = article_with_claims([votes(0), votes(0), votes(1)])
    assert claims[0].group_id == claims[1].group_id
    batch = accept_all(article, editor)
    assert batch.items.count() == 3
    assert Review.objects.count() == 2
    items = {i.claim_id: i for i in batch.items.all()}
    assert items[claims[0].pk].review_id == items[claims[1].pk].review_id


# -- the second editor's check ----------------------------------------------------------------


def test_approving_every_sampled_claim_signs_off_the_batch(editor, second_editor):
    article, claims = article_of(5)
    batch = accept_all(article, editor)
    batch = decide_all(batch, second_editor)
    assert batch.status == Batch.Status.APPROVED
    assert batch.audited_by == second_editor
    assert batch.audited_at is not None
    assert set(batch.items.filter(sampled=True).values_list("audit", flat=True)) == {"approved"}
    for claim in claims:
        verdict = fresh(claim).effective_review
        assert verdict.approved_by == second_editor
        assert verdict.author == editor
        assert "Signed off with batch" in verdict.history.first().history_change_reason
    assert counts(article) == {"to_review": 0, "awaiting": 0, "approved": 5}


def test_one_rejected_sample_returns_the_whole_batch_to_review(editor, second_editor):
    article, claims = article_of(6)
    batch = accept_all(article, editor)
    first, second, _third = batches.sampled_items(batch)
    batch = batches.decide(batch=batch, auditor=second_editor, item_id=first.pk, approve=True,
                           seen=first.now_token)  # fmt: skip
    assert batch.status == Batch.Status.AWAITING_AUDIT
    with pytest.raises(ValidationError, match="Say why"):
        batches.decide(batch=batch, auditor=second_editor, item_id=second.pk, approve=False,
                       seen=second.now_token)  # fmt: skip
    batch = batches.decide(batch=batch, auditor=second_editor, item_id=second.pk, approve=False,
                           seen=second.now_token, note="It is Candidate 2's majority.")  # fmt: skip
    assert batch.status == Batch.Status.RETURNED
    assert batch.note == f"“{second.now.text}” rejected: It is Candidate 2's majority."
    assert not Review.objects.exists()
    assert all(fresh(c).status_label == ReviewStatus.TO_REVIEW for c in claims)
    assert counts(article) == {"to_review": 6, "awaiting": 0, "approved": 0}
    deleted = Review.history.filter(history_type="-")
    assert deleted.count() == 6
    assert all(h.history_change_reason.startswith("Withdrawn: batch") for h in deleted)
    # a decided batch takes no more decisions
    third = batches.sampled_items(batch)[2]
    with pytest.raises(ValidationError, match="returned to review by ed2 already"):
        batches.decide(batch=batch, auditor=second_editor, item_id=third.pk, approve=True,
                       seen=third.now_token)  # fmt: skip


def test_the_acceptor_a_publisher_and_a_third_editor_may_not_check_it(
    editor, second_editor, publisher
):
    article, _claims = article_of(4)
    batch = accept_all(article, editor)
    item = batches.sampled_items(batch)[0]
    with pytest.raises(PermissionDenied, match="You accepted this batch"):
        batches.decide(batch=batch, auditor=editor, item_id=item.pk, approve=True,
                       seen=item.now_token)  # fmt: skip
    with pytest.raises(PermissionDenied):
        batches.decide(batch=batch, auditor=publisher, item_id=item.pk, approve=True,
                       seen=item.now_token)  # fmt: skip
    assert list(batches.awaiting_audit(editor)) == []
    assert list(batches.awaiting_audit(second_editor)) == [batch]
    batches.decide(batch=batch, auditor=second_editor, item_id=item.pk, approve=True,
                   seen=item.now_token)  # fmt: skip
    # two auditors at once: the first to decide checks the batch, the second is told
    third = UserFactory(username="ed3", groups=["Editor"])
    other = batches.sampled_items(batch)[1]
    with pytest.raises(ValidationError, match="ed2 is checking this batch"):
        batches.decide(batch=batch, auditor=third, item_id=other.pk, approve=True,
                       seen=other.now_token)  # fmt: skip
    assert list(batches.awaiting_audit(third)) == []
    with pytest.raises(ValidationError, match="approved already"):
        batches.decide(batch=batch, auditor=second_editor, item_id=item.pk, approve=True,
                       seen=item.now_token)  # fmt: skip


def test_a_claim_changed_since_the_page_was_shown_is_refused(editor, second_editor):
    article, _claims = article_of(4)
    batch = accept_all(article, editor)
    item = batches.sampled_items(batch)[0]
    # a colleague edits its verdict while the auditor reads it
    claim = fresh(item.claim)
    review.set_verdict(claim=claim, editor=editor, verdict=Verdict.ACCURATE,
                       explanation="Reworded.", token=state_token(claim))  # fmt: skip
    with pytest.raises(ValidationError, match="changed since you opened the batch"):
        batches.decide(batch=batch, auditor=second_editor, item_id=item.pk, approve=True,
                       seen=item.now_token)  # fmt: skip
    item = batches.sampled_items(batch)[0]
    assert item.changed
    with pytest.raises(ValidationError, match="changed since the batch accepted it"):
        batches.decide(batch=batch, auditor=second_editor, item_id=item.pk, approve=True,
                       seen=item.now_token)  # fmt: skip
    assert BatchClaim.objects.filter(audit="").count() == 4  # nothing written


def test_a_claim_changed_outside_the_sample_is_not_signed_off_with_the_batch(editor, second_editor):
    article, claims = article_of(8)
    batch = accept_all(article, editor)
    outside = batch.items.filter(sampled=False).first()
    claim = fresh(outside.claim)
    review.set_verdict(claim=claim, editor=second_editor, verdict=Verdict.MISLEADING,
                       token=state_token(claim))  # fmt: skip
    batch = decide_all(batch, UserFactory(username="ed3", groups=["Editor"]))
    assert batch.status == Batch.Status.APPROVED
    assert batch.note == "1 claim changed since the batch accepted it: left to the ordinary review."
    changed = fresh(outside.claim).effective_review
    assert changed.verdict == Verdict.MISLEADING
    assert not changed.is_approved
    assert counts(article) == {"to_review": 0, "awaiting": 1, "approved": 7}


def test_a_recheck_that_revises_a_sampled_figure_blocks_its_approval(editor, second_editor):
    article, _claims = article_of(4)
    batch = accept_all(article, editor)
    item = batches.sampled_items(batch)[0]
    claim = fresh(item.claim)
    revised = Suggestion(verdict=Verdict.INACCURATE, explanation="Revised.",
                         official_value=claim.value + 1, official_source=claim.official_source,
                         working="revised")  # fmt: skip
    assert apply_change(claim, revised, expected_hash=stored_hash(claim)) == 0
    item = batches.sampled_items(batch)[0]
    assert item.changed
    assert item.now.revision_pending
    with pytest.raises(ValidationError, match="changed since the batch accepted it"):
        batches.decide(batch=batch, auditor=second_editor, item_id=item.pk, approve=True,
                       seen=item.now_token)  # fmt: skip
    batch = batches.decide(batch=batch, auditor=second_editor, item_id=item.pk, approve=False,
                           seen=item.now_token, note="Figure revised.")  # fmt: skip
    assert batch.status == Batch.Status.RETURNED
    # the revised claim's verdict was not the batch's any more: left for an editor, at the
    # top of the desk; the batch's other verdicts are withdrawn
    assert Review.objects.count() == 1
    assert fresh(item.claim).effective_review is not None
    assert counts(article) == {"to_review": 3, "awaiting": 1, "approved": 0}


# -- the pages --------------------------------------------------------------------------------


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_an_article_batch_through_the_pages(client, editor, second_editor):
    article, claims = article_of(4, ("A majority of [5,000].", {
        "claim_type": "majority", "value": Decimal(5000), "unit": "majority",
        "subject": "", "subject_kind": "", "suggested_verdict": Verdict.INACCURATE,
        "official_value": Decimal(4000)}))  # fmt: skip
    client.force_login(editor)
    page = client.get(reverse("factcheck:article_detail", args=[article.pk])).content.decode()
    assert f'href="/desk/batches/new/?article={article.pk}"' in page
    preview = client.get(reverse("factcheck:batch_new") + f"?article={article.pk}")
    html = text_of(preview.content.decode())
    assert "4 suggestions will be accepted as one batch; 3 of them" in html
    assert "5,000" not in html  # the inaccurate one is left for review
    response = client.post(
        reverse("factcheck:batch_new"),
        {"article": article.pk, "claim": [c.pk for c in claims[:4]]},
        follow=True,
    )
    batch = Batch.objects.get()
    assert response.redirect_chain[-1][0] == reverse("factcheck:batch_detail", args=[batch.pk])
    html = text_of(response.content.decode())
    assert f"Accepted 4 suggestions as batch {batch.pk}: 3 drawn at random" in html
    assert "You accepted this batch: a second editor checks its sample." in html
    assert "<form" not in response.content.decode().split('id="sample-heading"')[1]

    client.force_login(second_editor)
    signoff = client.get(reverse("factcheck:claims") + "?view=sign-off").content.decode()
    assert "Batches awaiting your sampled check" in signoff
    assert f"Batch {batch.pk}: Exact matches in “{article.title}”" in text_of(signoff)
    assert f"/desk/batches/{batch.pk}/" in client.get(reverse("factcheck:batches")).content.decode()
    detail = client.get(reverse("factcheck:batch_detail", args=[batch.pk])).content.decode()
    decision = r'name="item" value="(\d+)"><input type="hidden" name="seen" value="([^"]+)"'
    forms = re.findall(decision, detail)
    assert len(forms) == 3
    for n, (item, seen) in enumerate(forms):
        response = client.post(
            reverse("factcheck:batch_decide", args=[batch.pk]),
            {"item": item, "seen": seen, "decision": "approve"},
            follow=True,
        )
        html = text_of(response.content.decode())
        assert ("approved: its verdicts are signed off by you" in html) == (n == 2)
    batch.refresh_from_db()
    assert batch.status == Batch.Status.APPROVED
    assert batch.audited_by == second_editor
    assert counts(article) == {"to_review": 1, "awaiting": 0, "approved": 4}


def test_a_filtered_claim_list_is_accepted_as_a_batch(client, editor):
    article, claims = article_of(3, outlet="The Ledger")
    other, _ = article_of(2, base=5000, outlet="Another Paper")
    client.force_login(editor)
    listing = client.get(reverse("factcheck:claims") + "?outlet=The+Ledger").content.decode()
    assert 'href="/desk/batches/new/?outlet=The+Ledger"' in listing
    preview = client.get(reverse("factcheck:batch_new") + "?outlet=The+Ledger")
    assert "3 suggestions will be accepted" in text_of(preview.content.decode())
    client.post(reverse("factcheck:batch_new"),
                {"outlet": "The Ledger", "claim": [c.pk for c in claims]})  # fmt: skip
    batch = Batch.objects.get()
    assert batch.article is None
    assert batch.description == ("Exact matches in claims: outlet The Ledger")
    assert counts(other)["to_review"] == 2


def test_a_refused_decision_says_why_and_bad_input_changes_nothing(client, editor, second_editor):
    article, _claims = article_of(3)
    batch = accept_all(article, editor)
    item = batches.sampled_items(batch)[0]
    client.force_login(second_editor)
    url = reverse("factcheck:batch_decide", args=[batch.pk])
    for data in ({"item": "x", "decision": "approve"}, {"item": item.pk, "decision": "maybe"}):
        html = text_of(client.post(url, data, follow=True).content.decode())
        assert "Not saved: choose Approve or Reject for a sampled claim." in html
    html = text_of(client.post(url, {"item": item.pk, "decision": "approve", "seen": "1-0-0"},
                               follow=True).content.decode())  # fmt: skip
    assert "Not saved: This claim changed since you opened the batch" in html
    assert not BatchClaim.objects.exclude(audit="").exists()
    client.force_login(editor)
    data = {"item": item.pk, "decision": "approve", "seen": item.now_token}
    html = text_of(client.post(url, data, follow=True).content.decode())
    assert "Not saved: You accepted this batch" in html


def test_the_batch_pages_are_for_the_desk_roles(client, editor, publisher):
    article, _claims = article_of(3)
    batch = accept_all(article, editor)
    client.force_login(publisher)
    assert client.get(reverse("factcheck:batch_new") + f"?article={article.pk}").status_code == 403
    assert client.post(reverse("factcheck:batch_decide", args=[batch.pk]), {}).status_code == 403
    assert client.get(reverse("factcheck:batch_detail", args=[batch.pk])).status_code == 200
    assert client.get(reverse("factcheck:batch_new") + "?article=99999").status_code == 403
    client.force_login(editor)
    assert client.get(reverse("factcheck:batch_new") + "?article=99999").status_code == 404
    assert client.get(reverse("factcheck:batch_detail", args=[99999])).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_two_auditors_at_once_one_checks_the_batch_the_other_is_told(editor, second_editor):
    """Two editors decide a sampled claim of the same batch at the same moment, in two
    threads (two connections): the batch's row lock queues them; one becomes its auditor,
    the other is refused with a message naming them, and nothing of theirs is written."""
    if connection.vendor == "sqlite":
        pytest.skip(
            "the test database is an in-memory SQLite shared by threads, which fails instead "
            "of waiting; a file database queues writers (test_save_races runs processes)"
        )
    article, _claims = article_of(4)
    batch = accept_all(article, editor)
    third = UserFactory(username="ed3", groups=["Editor"])
    items = batches.sampled_items(batch)
    start = threading.Barrier(2)
    outcomes = {}

    def decide(auditor, item):
        start.wait()
        try:
            batches.decide(batch=batch, auditor=auditor, item_id=item.pk, approve=True,
                           seen=item.now_token)  # fmt: skip
            outcomes[auditor.username] = "decided"
        except ValidationError as exc:
            outcomes[auditor.username] = exc.messages[0]
        finally:
            connection.close()

    threads = [
        threading.Thread(target=decide, args=(second_editor, items[0])),
        threading.Thread(target=decide, args=(third, items[1])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values())[0] == "decided"
    winner = next(name for name, outcome in outcomes.items() if outcome == "decided")
    loser = next(name for name in outcomes if name != winner)
    assert outcomes[loser] == (
        f"{winner} is checking this batch: one editor checks a batch's sample."
    )
    batch.refresh_from_db()
    assert batch.audited_by.username == winner
    assert BatchClaim.objects.exclude(audit="").count() == 1
