"""Check claims again against the official figures as they are now (``factcheck.rechecks``).

    manage.py recheck_claims [--election SLUG] [--contest SEAT-SLUG] [--now]

Queues the re-check as background tasks (the worker, ``manage.py db_worker``, runs them),
or with ``--now`` runs it here. Either way only claims whose evidence changed are written,
so running it again changes nothing. After upgrading to evidence-recording Tally, run it
once so that older claims record the seats their evidence came from.
"""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from factcheck import rechecks, tasks


class Command(BaseCommand):
    help = "Check claims again against the official figures (in the background, or --now)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--election", default="", help="Only claims about this election.")
        parser.add_argument(
            "--contest", default="", help="Only claims about this seat (its slug, e.g. clacton)."
        )
        parser.add_argument(
            "--now", action="store_true", help="Check them here rather than in the background."
        )

    def handle(self, *args, election: str, contest: str, now: bool, **options) -> None:
        try:
            ids = rechecks.claims_to_recheck(election=election, constituency=contest)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if not ids:
            self.stdout.write("No claims to check again.")
            return
        if not now:
            bar = progress_bar(len(ids), "Queued", self.stderr)
            for start in range(0, len(ids), rechecks.TASK_SIZE):
                chunk = ids[start : start + rechecks.TASK_SIZE]
                tasks.request_recheck(chunk)
                bar(len(chunk))
            bar.close()
            self.stdout.write(
                f"Queued {len(ids)} claim{'s' if len(ids) != 1 else ''} to check again in "
                "the background (manage.py db_worker runs them)."
            )
            return
        began = time.perf_counter()
        bar = progress_bar(len(ids), "Checked", self.stderr)
        report = rechecks.recheck_claims(ids, progress=bar)
        bar.close()
        self.stdout.write(
            f"Checked {report.checked} claims again in {time.perf_counter() - began:.1f} s: "
            f"{report.changed} changed (sign-offs withdrawn: {report.withdrawn}), "
            f"{report.recorded} recorded their evidence for the first time."
        )


class _Bar:
    """A plain progress bar on ``stream``: "Checked 1,200/5,000 [######......] 24%"."""

    def __init__(self, total: int, label: str, stream) -> None:
        self.total, self.label, self.stream, self.done = total, label, stream, 0
        self.interactive = hasattr(stream, "isatty") and stream.isatty()
        self._last = -1

    def __call__(self, n: int) -> None:
        self.done += n
        percent = 100 * self.done // max(self.total, 1)
        if percent == self._last:
            return
        self._last = percent
        filled = percent // 5
        line = (
            f"{self.label} {self.done:,}/{self.total:,} "
            f"[{'#' * filled}{'.' * (20 - filled)}] {percent}%"
        )
        self.stream.write(("\r" + line) if self.interactive else line + "\n", ending="")
        self.stream.flush()

    def close(self) -> None:
        if self.interactive:
            self.stream.write("", ending="\n")


class _Tqdm:
    def __init__(self, bar) -> None:
        self.bar = bar

    def __call__(self, n: int) -> None:
        self.bar.update(n)

    def close(self) -> None:
        self.bar.close()


def progress_bar(total: int, label: str, stream):
    """A callable taking the number of claims just done, with ``close()``: tqdm's bar when
    tqdm is installed, else a plain one written to ``stream``."""
    try:
        from tqdm import tqdm
    except ImportError:
        return _Bar(total, label, stream)
    return _Tqdm(tqdm(total=total, desc=label, unit="claim", file=sys.stderr))
