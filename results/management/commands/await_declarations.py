from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from results.declarations import await_declarations
from results.models import Constituency, Election

from .import_results import polling_day


class Command(BaseCommand):
    help = (
        "Open an election for results night: every seat fought at --seats-of (an earlier "
        "election on the same boundaries) awaits its declaration in --election. Creates the "
        "election when --date is given and it does not exist yet. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--election", required=True, help="Election slug, e.g. ge2029.")
        parser.add_argument(
            "--seats-of", required=True, metavar="ELECTION", help="Take the seats of, e.g. ge2024."
        )
        parser.add_argument("--date", help="Polling day, YYYY-MM-DD (to create the election).")
        parser.add_argument("--name", help="Election name (default: YYYY general election).")

    def handle(self, *args, election, seats_of, date, name, **options):
        source = Election.objects.filter(slug=seats_of).first()
        if source is None:
            raise CommandError(f"No election {seats_of!r} to take the seats of.")
        target = Election.objects.filter(slug=election).first()
        if target is None:
            if not date:
                raise CommandError(f"No election {election!r}: give --date to create it.")
            day = polling_day(date)
            previous = (
                Election.objects.filter(date__lt=day, is_notional=False).order_by("-date").first()
            )
            target = Election(
                slug=election, date=day, name=name or f"{day.year} general election",
                previous=previous,
            )  # fmt: skip
            try:
                target.full_clean()
            except ValidationError as exc:
                raise CommandError("; ".join(exc.messages)) from exc
            target.save()
        seats = Constituency.objects.filter(contests__election=source).order_by("name")
        try:
            created = await_declarations(target, seats)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        waiting = target.contests.awaiting_declaration().count()
        self.stdout.write(
            f"{target.slug}: {created} seat{'s' if created != 1 else ''} opened; "
            f"{waiting} awaiting declaration."
        )
