"""One editor saving a verdict again and again, for ``test_save_races.py``.

Run as its own process, ``python -m tests.factcheck.race_editor``, with
``DATABASE_URL`` naming the database under test: it posts the desk's verdict
form through Django's whole request stack (the test client: middleware, auth,
the view, ``review.set_verdict``) on its own database connection, each time
with the version token the previous response gave it, as an editor who saves
again at once. It prints ``ready``, waits for a line on stdin, then prints one
JSON line per save: ``{"sent": token, "saved": bool, "explanation": str}``.

``--report`` prints instead, as one JSON line, every recorded version of every
verdict: ``[{"review": id, "version": n, "explanation": str}, ...]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

TOKEN = re.compile(r'name="token" value="([^"]+)"')
CONFLICT = "Someone else changed this claim"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claim", type=int)
    parser.add_argument("--user")
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--tag", default="")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()
    if args.report:
        report()
    else:
        race(args.claim, args.user, args.saves, args.tag)


def report() -> None:
    from factcheck.models import Review

    rows = Review.history.order_by("history_id").values("id", "version", "explanation")
    print(json.dumps([
        {"review": r["id"], "version": r["version"], "explanation": r["explanation"]}
        for r in rows
    ]))  # fmt: skip


def race(claim_id: int, username: str, saves: int, tag: str) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username=username))
    hx = {"HX-Request": "true"}
    panel = client.get(reverse("factcheck:claim_detail", args=[claim_id]), headers=hx)
    token = TOKEN.search(panel.content.decode()).group(1)
    print("ready", flush=True)
    sys.stdin.readline()
    url = reverse("factcheck:claim_verdict", args=[claim_id])
    for i in range(saves):
        explanation = f"{tag}-{i}"
        response = client.post(
            url, {"token": token, "verdict": "accurate", "explanation": explanation}, headers=hx
        )
        html = response.content.decode()
        saved = response.status_code == 200 and CONFLICT not in html and "message-error" not in html
        print(json.dumps({"sent": token, "saved": saved, "explanation": explanation}), flush=True)
        found = TOKEN.search(html)
        if response.status_code != 200 or found is None:
            print(json.dumps({"error": response.status_code, "body": html[:500]}), flush=True)
            return
        token = found.group(1)


if __name__ == "__main__":
    main()
