"""For `make run`: show the finished product at once.

The two demo editors accept the matcher's suggestion on every seed claim
(`editor` writes, `editor2` signs off), and `editor` publishes each seed
seat. Everything it writes is marked as demo data. Safe to run again.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from factcheck.models import Article, Claim, Publication, Review
from factcheck.publishing import publish_contest
from factcheck.vocabulary import ClaimStatus
from results.models import Contest

DEMO_NOTE = "Demo data: suggestion accepted automatically by make run."


class Command(BaseCommand):
    help = "Review and publish the seed articles as the demo editors (local demo only)."

    def handle(self, *args, **options):
        User = get_user_model()
        try:
            writer = User.objects.get(username="editor")
            checker = User.objects.get(username="editor2")
        except User.DoesNotExist as exc:
            raise CommandError("Run create_demo_users first.") from exc
        seeds = Article.objects.filter(source_file__startswith="seeds/")
        reviewed = 0
        done_groups = set()
        with transaction.atomic():
            for claim in Claim.objects.for_review().filter(
                article__in=seeds, status=ClaimStatus.OPEN
            ):
                if claim.effective_review is not None or not claim.suggested_verdict:
                    continue
                if claim.group_id in done_groups:
                    continue
                done_groups.add(claim.group_id)
                target = {"group": claim.group} if claim.group_id else {"claim": claim}
                Review.objects.create(
                    **target,
                    verdict=claim.suggested_verdict,
                    explanation=claim.explanation,
                    note=DEMO_NOTE,
                    official_value=claim.official_value,
                    official_source=claim.official_source,
                    author=writer,
                    approved_by=checker,
                    approved_at=claim.created_at,
                )
                reviewed += 1
        published = []
        for contest in (
            Contest.objects.filter(articles__in=seeds)
            .distinct()
            .select_related("constituency", "election")
        ):
            if Publication.objects.filter(contest=contest).exists():
                continue
            publish_contest(
                contest=contest, publisher=writer, note="Demo publication by make run.",
                is_demo=True,
            )  # fmt: skip
            published.append(contest.get_absolute_url())
        self.stdout.write(f"Demo review: {reviewed} verdicts accepted and approved.")
        for url in published:
            self.stdout.write(f"Published {url}")
