import json as jsonlib

from django.core.management.base import BaseCommand, CommandError

from factcheck.processing import check_text
from results.models import Election

COLUMNS = [
    ("span", 11), ("text", 24), ("claim_type", 16), ("value", 10), ("unit", 12),
    ("subject", 18), ("election", 8), ("qualifier", 10), ("speaker", 16), ("verdict", 22),
]  # fmt: skip


def read_text(path: str) -> str:
    """The file's text exactly as stored: no newline translation, so offsets match."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except FileNotFoundError as exc:
        raise CommandError(f"No such file: {path}") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


class Command(BaseCommand):
    help = (
        "Find the check-worthy figures in plain UTF-8 text files. Offsets index each "
        "file's text exactly as read."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="Print a JSON array.")
        parser.add_argument(
            "--election", help="The articles' election slug (default: the latest loaded)."
        )

    def handle(self, *args, files, json: bool, election: str | None, **options):
        texts = [(path, read_text(path)) for path in files]
        if election and not Election.objects.filter(slug=election).exists():
            raise CommandError(f"No election {election!r} is loaded.")
        if election is None:
            latest = Election.objects.order_by("-date").first()
            election = latest.slug if latest else None
        output = []
        for path, text in texts:
            checked = check_text(text, election=election)
            claims = [claim.to_dict() for claim in checked.found]
            if checked.suggestions:
                for claim, suggestion in zip(claims, checked.suggestions, strict=True):
                    claim.update(suggestion.to_dict())
            output.append({"file": path, "claims": claims})
        if json:
            self.stdout.write(dumps(output))
        else:
            self.stdout.write(self.table(output))

    def table(self, output: list[dict]) -> str:
        lines = []
        for entry in output:
            lines.append(f"{entry['file']}: {len(entry['claims'])} claims")
            lines.append("  " + " ".join(name.ljust(width) for name, width in COLUMNS))
            for claim in entry["claims"]:
                cells = dict(claim, span=f"{claim['start']}-{claim['end']}")
                row = []
                for name, width in COLUMNS:
                    value = cells.get(name)
                    text = "" if value is None else str(value).replace("\n", " ")
                    row.append(text[:width].ljust(width))
                lines.append("  " + " ".join(row).rstrip())
            lines.append("")
        return "\n".join(lines)


def dumps(data) -> str:
    return jsonlib.dumps(data, ensure_ascii=False, indent=2)
