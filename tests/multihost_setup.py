"""The data ``tests/test_multihost.py`` serves: run in a process of its own on the
servers' database, as ``python -m tests.multihost_setup SEEDS_DIR``.

Loads the small seeds (Islington North's results and the seed articles), makes
the demo accounts, and has ``editor2`` write and ``editor`` sign off the
checker's suggestion on each of Islington North's claims, without publishing
them. Prints the contest's id.
"""

import io
import sys
from pathlib import Path

import django


def main(seeds_dir: Path) -> int:
    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from factcheck.models import Claim, Review
    from factcheck.seeds import load_seeds
    from results.models import Contest

    load_seeds(seeds_dir=seeds_dir)
    call_command("create_demo_users", stdout=io.StringIO())
    users = get_user_model().objects
    writer, checker = users.get(username="editor2"), users.get(username="editor")
    contest = Contest.objects.get(election__slug="ge2024", constituency__slug="islington-north")
    groups = set()
    for claim in Claim.objects.filter(article__contest=contest).exclude(suggested_verdict=""):
        if claim.group_id in groups:
            continue
        target = {"group_id": claim.group_id} if claim.group_id else {"claim": claim}
        if claim.group_id:
            groups.add(claim.group_id)
        Review.objects.create(
            **target,
            verdict=claim.suggested_verdict,
            explanation=claim.explanation,
            official_value=claim.official_value,
            official_source=claim.official_source,
            author=writer,
            approved_by=checker,
            approved_at=timezone.now(),
        )
    return contest.pk


if __name__ == "__main__":
    print(main(Path(sys.argv[1])))
