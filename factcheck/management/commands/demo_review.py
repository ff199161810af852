"""For `make run`: show the finished product at once, on a new database only.

The demo accounts accept the checker's suggestion on every claim the extractor
found in the seed articles (`demo-writer` writes, `demo-checker` signs off),
and `demo-writer` publishes each seed seat as demo data
(``factcheck.demo.review_seed_articles``). Once the desk has any verdict or
publication it does nothing, so it never acts in anyone's name after the
first run.
"""

from django.core.management.base import BaseCommand, CommandError

from factcheck.demo import DemoAccountsMissing, review_seed_articles


class Command(BaseCommand):
    help = "Review and publish the seed articles as the demo accounts (a new database only)."

    def handle(self, *args, **options):
        try:
            report = review_seed_articles()
        except DemoAccountsMissing as exc:
            raise CommandError(str(exc)) from exc
        if report.skipped:
            self.stdout.write(f"Demo review skipped: {report.skipped}.")
            return
        self.stdout.write(
            f"Demo review: {report.reviewed} verdicts accepted and approved by the demo accounts."
        )
        for url in report.published:
            self.stdout.write(f"Published {url}")
