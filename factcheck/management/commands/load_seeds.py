from django.core.management.base import BaseCommand, CommandError

from factcheck.seeds import load_seeds
from results.imports import ImportFailed


class Command(BaseCommand):
    help = "Load seeds/: the official figures, then the articles. Safe to run again."

    def handle(self, *args, **options):
        try:
            report = load_seeds(progress=self.stdout.write)
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Articles: {report.articles_created} added, {report.articles_existing} already there; "
            f"{report.claims_found} claims extracted."
        )
