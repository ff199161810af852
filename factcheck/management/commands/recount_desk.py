"""``manage.py recount_desk``: count again the desk's stored counts from the claims."""

from django.core.management.base import BaseCommand

from factcheck.progress import recount_everything


class Command(BaseCommand):
    help = (
        "Count again every article's claims by review status and every claim group's "
        "articles (what the desk's queue orders by), from the claims and verdicts. They are "
        "kept up to date as claims and verdicts are written; this repairs them by hand."
    )

    def handle(self, *args, **options) -> None:
        articles, groups = recount_everything()
        self.stdout.write(f"Recounted {articles:,} articles and {groups:,} claim groups.")
