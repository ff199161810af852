"""The desk's stored counts (``factcheck.progress``) follow every write: each article's
claims by review status and each group's articles, as the queue shows and orders them.

Each test does what editors and the extractor do, through the same functions, then
compares what is stored with what counting the claims gives now.
"""

import re

from django.urls import reverse

from factcheck import progress, repeats
from factcheck.claims import REPEAT_OF
from factcheck.models import Article, Claim, ClaimGroup, Review
from factcheck.processing import process_article
from factcheck.review import approve, reject_claim, restore_claim, set_verdict, state_token
from factcheck.vocabulary import ReviewStatus


def fresh(claim) -> Claim:
    return Claim.objects.for_review().get(pk=claim.pk)


def stored() -> dict:
    fields = list(progress.ARTICLE_COUNTS.values())
    articles = {a["pk"]: a for a in Article.objects.values("pk", *fields)}
    groups = dict(ClaimGroup.objects.values_list("pk", "n_articles"))
    return {"articles": articles, "groups": groups}


def counted() -> dict:
    """What counting the claims now gives, in the stored form."""
    articles = {
        row["pk"]: {"pk": row["pk"]} | {f: row[n] for n, f in progress.ARTICLE_COUNTS.items()}
        for row in Article.objects.order_by().values("pk").with_review_counts()
    }
    groups = {
        g.pk: len({c.article_id for c in g.claims.all() if c.status == Claim.Status.OPEN})
        for g in ClaimGroup.objects.prefetch_related("claims")
    }
    return {"articles": articles, "groups": groups}


def test_counts_follow_verdicts_sign_offs_rejections_and_extraction(
    coverage, editor, second_editor
):
    assert stored() == counted()
    votes = coverage.claim("24,120")  # in four articles
    others = set(Claim.objects.filter(group=votes.group).values_list("article_id", flat=True))
    assert len(others) > 1

    set_verdict(claim=fresh(votes), editor=editor, verdict="accurate", explanation="Right.",
                token=state_token(fresh(votes)))  # fmt: skip
    assert stored() == counted()
    # every article carrying the group now has it awaiting sign-off
    for article in Article.objects.filter(pk__in=others):
        assert article.n_awaiting_sign_off >= 1

    approve(claim=fresh(votes), editor=second_editor, token=state_token(fresh(votes)))
    assert stored() == counted()

    other = coverage.claim("2020")
    reject_claim(claim=fresh(other), editor=editor, token=state_token(fresh(other)))
    assert stored() == counted()
    assert Article.objects.get(pk=other.article_id).n_rejected == 1
    restore_claim(claim=fresh(other), editor=editor, token=state_token(fresh(other)))
    assert stored() == counted()

    # a new article through the extractor: its own counts, and its groups one article more
    article = Article.objects.create(
        title="Another", body="Jeremy Corbyn won 24,120 votes in Islington North."
    )
    process_article(article)
    assert stored() == counted()
    article.refresh_from_db()
    assert article.n_total == article.claims.count() > 0
    assert article.n_to_review >= 1  # the decided claim, held as a repeat to confirm
    # confirmed as the same claim: it joins the group, its verdict applies
    held = [c for c in article.claims.all() if c.group_id is None and REPEAT_OF in c.details]
    assert held
    tokens = {
        c.pk: repeats.state_token(c, Review.objects.get(group_id=c.details[REPEAT_OF]))
        for c in held
    }
    repeats.confirm_repeats(editor=editor, tokens=tokens)
    assert stored() == counted()
    # extracted again: nothing counted twice
    process_article(article)
    assert stored() == counted()


def test_the_queue_is_ordered_by_the_stored_counts_and_shows_them(client, coverage, editor):
    client.force_login(editor)
    votes = coverage.claim("24,120")
    reject_claim(claim=fresh(votes), editor=editor, token=state_token(fresh(votes)))
    html = client.get(reverse("factcheck:desk_index")).content.decode()
    rows = re.findall(r'<tr[^>]*data-article="(\d+)"', html) or re.findall(
        r"/desk/articles/(\d+)/", html
    )
    queue = list(dict.fromkeys(int(pk) for pk in rows))
    expected = list(
        Article.objects.with_review_counts().attention_first().values_list("pk", flat=True)
    )
    assert queue[: len(expected)] == expected
    assert stored() == counted()


def test_a_verdict_on_a_group_in_many_articles_is_recounted_in_the_background(
    coverage, editor, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(progress, "IN_REQUEST_LIMIT", 1)
    votes = coverage.claim("24,120")
    with django_capture_on_commit_callbacks(execute=False) as queued:
        set_verdict(claim=fresh(votes), editor=editor, verdict="accurate", explanation="Right.",
                    token=state_token(fresh(votes)))  # fmt: skip
    # not yet recounted: the task is queued once the save commits
    assert stored() != counted()
    assert queued
    for callback in queued:
        callback()  # the tasks run (the immediate backend in tests)
    assert stored() == counted()
    assert fresh(votes).status_label == ReviewStatus.AWAITING_SIGN_OFF


def test_a_group_verdict_replacing_a_claims_own_is_counted(coverage, editor, second_editor):
    votes = coverage.claim("24,120")
    set_verdict(claim=fresh(votes), editor=editor, verdict="accurate", explanation="Group.",
                token=state_token(fresh(votes)))  # fmt: skip
    set_verdict(claim=fresh(votes), editor=editor, verdict="misleading", explanation="Own.",
                this_article_only=True, token=state_token(fresh(votes)))  # fmt: skip
    approve(claim=fresh(votes), editor=second_editor, token=state_token(fresh(votes)))
    assert stored() == counted()
    # the group's verdict again, for every occurrence: this claim's own is deleted
    set_verdict(claim=fresh(votes), editor=editor, verdict="accurate", explanation="Group 2.",
                token=state_token(fresh(votes)))  # fmt: skip
    assert getattr(fresh(votes), "review", None) is None
    assert stored() == counted()
    # an edit that changes neither the verdict's existence nor its sign-off: same counts
    set_verdict(claim=fresh(votes), editor=editor, verdict="accurate", explanation="Group 3.",
                token=state_token(fresh(votes)))  # fmt: skip
    assert stored() == counted()
