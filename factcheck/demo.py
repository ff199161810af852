"""`make run`'s demo: the seed articles reviewed, signed off and published, once.

``review_seed_articles()`` accepts the checker's suggestion on every claim the
extractor found in the seed articles, as the demo accounts
(``published.DEMO_WRITER`` writes, ``published.DEMO_CHECKER`` signs off), and
publishes each seed seat as demo data. It runs only on a desk where no verdict
and no publication has ever been made, and never touches a claim a person
made or changed, nor a claim group that holds one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from results.models import Contest, Election

from .models import Article, Claim, Publication, Review
from .published import DEMO_CHECKER, DEMO_WRITER
from .publishing import publish_contest, publish_national
from .vocabulary import ClaimOrigin, ClaimStatus

DEMO_NOTE = "Demo data: suggestion accepted automatically by make run."
SEED_ARTICLES = Q(source_file__startswith="seeds/")
# A claim as the extractor left it: found, not added, corrected, re-read or rejected by a person.
UNTOUCHED = Q(origin=ClaimOrigin.EXTRACTED, version=1, reading_chosen_by__isnull=True,
              status=ClaimStatus.OPEN)  # fmt: skip


class DemoAccountsMissing(Exception):
    """The demo accounts do not exist (``manage.py create_demo_users`` makes them)."""


@dataclass
class DemoReport:
    """What the demo review did: ``skipped`` says why it did nothing ("" if it ran)."""

    skipped: str = ""
    reviewed: int = 0
    published: list[str] = field(default_factory=list)  # the seat pages published


def review_seed_articles() -> DemoReport:
    """Review, sign off and publish the seed articles as the demo accounts, on a new desk.

    Skips (``DemoReport.skipped``) when any verdict or publication exists or
    ever existed. A group verdict is written only for a group whose every claim
    is an untouched extracted claim of a seed article; any other untouched seed
    claim gets a verdict of its own. Raises ``DemoAccountsMissing``.
    """
    if Review.objects.exists() or Review.history.exists() or Publication.objects.exists():
        return DemoReport(
            skipped="the desk already has verdicts or publications; "
            "the demo review runs only on a new database"
        )
    User = get_user_model()
    try:
        writer = User.objects.get(username=DEMO_WRITER)
        checker = User.objects.get(username=DEMO_CHECKER)
    except User.DoesNotExist as exc:
        raise DemoAccountsMissing("Run manage.py create_demo_users first.") from exc
    seeds = Article.objects.filter(SEED_ARTICLES)
    mixed_groups = set(
        Claim.objects.exclude(Q(article__in=seeds) & UNTOUCHED)
        .exclude(group=None)
        .values_list("group_id", flat=True)
    )
    report = DemoReport()
    with transaction.atomic():
        done_groups = set()
        for claim in Claim.objects.filter(article__in=seeds).filter(UNTOUCHED).order_by("pk"):
            if not claim.suggested_verdict or claim.group_id in done_groups:
                continue
            if claim.group_id and claim.group_id not in mixed_groups:
                done_groups.add(claim.group_id)
                target = {"group_id": claim.group_id}
            else:
                target = {"claim": claim}
            review = Review(
                **target,
                verdict=claim.suggested_verdict,
                explanation=claim.explanation,
                note=DEMO_NOTE,
                official_value=claim.official_value,
                official_source=claim.official_source,
                author=writer,
                approved_by=checker,
                approved_at=timezone.now(),
            )
            review._history_user = writer
            review.save()
            report.reviewed += 1
        for contest in (
            Contest.objects.filter(articles__in=seeds)
            .distinct()
            .select_related("constituency", "election")
            .order_by("pk")
        ):
            publish_contest(
                contest=contest, publisher=writer, note="Demo publication by make run.",
                is_demo=True,
            )  # fmt: skip
            report.published.append(contest.get_absolute_url())
        # the national claims of the seed coverage (shares, seat totals, the exit poll)
        for election in Election.objects.filter(
            pk__in=seeds.exclude(contest=None).values("contest__election")
        ).order_by("pk"):
            try:
                publish_national(
                    election=election, publisher=writer, note="Demo publication by make run.",
                    is_demo=True,
                )  # fmt: skip
            except ValidationError:
                continue  # no national claim in the seeds for this election
            report.published.append(election.get_absolute_url())
    return report
