import datetime
import os

from django.core.management.base import BaseCommand, CommandError

from results.imports import ImportFailed, import_results


def polling_day(value: str) -> datetime.date:
    """``--date`` as a date; ``CommandError`` unless it reads YYYY-MM-DD."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--date {value!r} is not a date in the form YYYY-MM-DD") from exc


class Command(BaseCommand):
    help = (
        "Import House of Commons Library result files (candidate and constituency CSVs, "
        "each recognised by its header) into one election. All or nothing. A notional "
        "results file (Parliament's long export) goes on its own into a notional election: "
        "--election ge2019-notional --date 2019-12-12 --notional-for ge2024 FILE."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--election", required=True, help="Election slug, e.g. ge2024.")
        parser.add_argument("--date", required=True, help="Polling day, YYYY-MM-DD.")
        parser.add_argument("--name", help="Election name (default: YYYY general election).")
        parser.add_argument("--source", help="Source line shown beside every figure.")
        parser.add_argument(
            "--notional-for",
            metavar="ELECTION",
            help=(
                "For a notional results file: the election on whose boundaries it is "
                "(e.g. ge2024), which measures change from it. It may be imported later."
            ),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, then write nothing."
        )

    def handle(self, *args, files, election, date, name, source, notional_for, dry_run, **options):
        day = polling_day(date)
        missing = [f for f in files if not os.path.isfile(f)]
        if missing:
            raise CommandError(f"No such file: {', '.join(missing)}")
        try:
            report = import_results(
                files,
                election=election,
                date=day,
                name=name,
                source=source,
                notional_for=notional_for,
                dry_run=dry_run,
            )
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(report.summary())
        if not report.changed and not dry_run:
            self.stdout.write("Nothing changed: the database already holds these figures.")
