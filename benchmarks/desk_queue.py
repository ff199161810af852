"""The desk's queue and Repeats list with 10,000 articles on the desk (issue 14).

    .venv/bin/python benchmarks/desk_queue.py [--articles 10000] [--claims 20] [--repeat 20]
        [--database-url postgres://postgres@127.0.0.1:5432/tally_queue_bench]
        [--sqlite PATH] [--reuse]

A fresh database (a temporary SQLite file, the file ``--sqlite`` names, or the
PostgreSQL database ``--database-url`` names, which is dropped and created again) gets
``seeds/official`` (every seat of 2019 and 2024). Then ``--articles`` articles are
written straight into the tables, as extraction would have left them but without
running it (the queue does not care how claims got there, and extracting 10,000
articles takes minutes): each article is about one 2024 seat in turn (all 650 are
covered, about 15 articles each), with about ``--claims`` claims: the seat's
candidates' votes and shares, majority, turnout and electorate, the 2019 turnout, and
UK-wide seat counts, shares and the exit poll. About one figure in twelve is misstated
and one in twenty rounded ("about 24,000"), so claims fall into groups shared by the
articles about the same seat, and by every article for the UK-wide figures. About a
third of the groups have a verdict (three in five of them signed off), a few claims
have their own verdict, are rejected or have revised figures, the last tenth of the
articles carry held repeats (the Repeats list), one article in 200 waits for
extraction and one in 1,000 failed.

Then an editor (logged in, Django's test client: the whole stack but the network)
requests, interleaved, each of: the queue unfiltered, filtered by one seat, searched
for a seat's name, its second page and a page further on (reached by the queue's own
"Next" links), the htmx partial of page 2, and the Repeats list. Prints p50, p95 and
max of ``--repeat`` runs of each, the queries and the size of the response.

``--reuse`` measures a database built before (``--sqlite PATH`` or
``--database-url``) without building it again: run it from another checkout to
measure that code on the same rows.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_db import fresh_postgres, setup_django  # noqa: E402

OUTLETS = [
    "The Daily Ledger", "North London Post", "Wire Service", "Morning Digest",
    "Islington Gazette", "The Evening Standard-Bearer", "Valley Echo", "Borders Chronicle",
    "The Coastal Times", "Midlands Courier", "Highland Herald", "The Capital Record",
    "Western Mail & Post", "The Civic Observer", "Dales Dispatch", "Fenland Reporter",
    "The Harbour News", "Downs Advertiser", "Riverside Journal", "The Weekly Tally",
    "Cathedral City Mercury", "Moorland Voice", "The Metropolitan", "Estuary Gazette",
    "The Lowland Bulletin",
]  # fmt: skip
FILLER = (
    "Campaigners spent the final week knocking on doors across the constituency, and the "
    "count ran late into the night as boxes arrived from outlying wards. Local party "
    "officials said the mood at the count had been tense but good-natured throughout. "
)


def _django(url: str) -> None:
    setup_django(url, ALLOWED_HOSTS="testserver")


# -- building the desk ----------------------------------------------------------------


def _seat_figures(contest, elections, uk) -> list[dict]:
    """One article's figures about ``contest``: dicts of Claim fields plus ``says``, the
    sentence with ``{}`` where the figure is written, and ``shown``, how it is written."""
    from factcheck.vocabulary import ClaimType, Qualifier, SubjectKind, Unit

    ranked = contest.ranked_candidacies
    name = contest.constituency.name
    ge2024, ge2019 = elections["ge2024"], elections["ge2019"]
    figures = []

    def add(says, value, claim_type, unit, subject, kind, key="", election=ge2024, **extra):
        figures.append({
            "says": says, "value": Decimal(str(value)), "claim_type": claim_type,
            "unit": unit, "subject": subject, "subject_kind": kind, "subject_key": key,
            "election": election, **extra,
        })  # fmt: skip

    for place, c in enumerate(ranked[:4]):
        key = f"candidacy:{c.pk}"
        add(f"{c.full_name} ({c.party.name}) won {{}} votes in {name}.", c.votes,
            ClaimType.CANDIDATE_VOTES, Unit.VOTES, c.full_name, SubjectKind.CANDIDATE,
            key)  # fmt: skip
        if place < 3:
            add(f"That was {{}} of the vote for {c.full_name}.", c.share, ClaimType.VOTE_SHARE,
                Unit.PERCENT, c.full_name, SubjectKind.CANDIDATE, key)  # fmt: skip
    if len(ranked) > 1:
        add(f"{ranked[0].full_name}'s majority over {ranked[1].full_name} was {{}}.",
            contest.majority, ClaimType.MAJORITY, Unit.MAJORITY, ranked[0].full_name,
            SubjectKind.CANDIDATE, f"candidacy:{ranked[0].pk}")  # fmt: skip
    add(f"Turnout in {name} was {{}}.", contest.turnout_declared, ClaimType.TURNOUT,
        Unit.PERCENT, name, SubjectKind.CONSTITUENCY, contest.constituency.slug)  # fmt: skip
    add(f"{{}} people were registered to vote in {name}.", contest.electorate,
        ClaimType.BALLOT_COUNT, Unit.COUNT, name, SubjectKind.CONSTITUENCY,
        contest.constituency.slug, details={"measure": "electorate"})  # fmt: skip
    add("In 2019 turnout here was {}.", Decimal("67.3"), ClaimType.TURNOUT, Unit.PERCENT,
        name, SubjectKind.CONSTITUENCY, contest.constituency.slug, election=ge2019)  # fmt: skip
    for party, seats, share in uk:
        add(f"Nationally {party} won {{}} seats", seats, ClaimType.SEAT_COUNT, Unit.SEATS,
            party, SubjectKind.PARTY, party)  # fmt: skip
        add("and {} of the vote across the UK.", share, ClaimType.VOTE_SHARE, Unit.PERCENT,
            party, SubjectKind.PARTY, party)  # fmt: skip
    add("The exit poll had projected {} seats for Labour.", 410, ClaimType.SEAT_PROJECTION,
        Unit.SEATS, "Labour", SubjectKind.PARTY, "Lab", qualifier=Qualifier.PROJECTION)  # fmt: skip
    return figures


def _written(value: Decimal, unit: str, qualifier: str) -> str:
    from factcheck.vocabulary import Qualifier, Unit

    text = f"{value:.1f}%" if unit == Unit.PERCENT else f"{int(value):,}"
    return f"about {text}" if qualifier == Qualifier.APPROX else text


def build(*, articles: int, claims_each: int, seed: int = 14) -> None:
    """The seeds and ``articles`` articles with their claims, groups and verdicts."""
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from factcheck.claims import REPEAT_OF, group_key
    from factcheck.models import Article, Claim, ClaimGroup, Review, text_fingerprint
    from factcheck.vocabulary import ClaimStatus, Qualifier, Verdict
    from results.models import Contest, Election
    from results.seeds import load_official_seeds

    rng = random.Random(seed)
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    load_official_seeds(REPO / "seeds" / "official")
    print(f"official seeds loaded in {time.perf_counter() - start:.1f} s", flush=True)
    editors = []
    for name in ("bench-editor", "bench-editor-2"):
        user = User.objects.create_user(name, password="x")
        user.groups.add(Group.objects.get(name="Editor"))
        editors.append(user)
    elections = {e.slug: e for e in Election.objects.filter(slug__in=["ge2024", "ge2019"])}
    seats = list(
        Contest.objects.official()
        .filter(election__slug="ge2024")
        .with_figures()
        .select_related("constituency")
        .order_by("pk")
    )
    uk = [("Labour", 411, Decimal("33.7")), ("Conservative", 121, Decimal("23.7")),
          ("Liberal Democrat", 72, Decimal("12.2")), ("Reform UK", 5, Decimal("14.3"))]  # fmt: skip
    per_seat = {s.pk: _seat_figures(s, elections, uk) for s in seats}

    start = time.perf_counter()
    now = timezone.now()
    groups: dict[str, ClaimGroup] = {}
    rows: list[tuple[int, dict]] = []  # (article index, claim fields)
    made = []
    pending = {n for n in range(articles) if n % 200 == 100}
    failed = {n for n in range(articles) if n % 1000 == 500}
    for n in range(articles):
        seat = seats[n % len(seats)]
        figures = per_seat[seat.pk]
        keep = sorted(rng.sample(range(len(figures)), min(claims_each, len(figures))))
        chosen = [figures[i] for i in keep]
        winner = seat.ranked_candidacies[0]
        title = (
            f"{winner.full_name} wins {seat.constituency.name} for {winner.party.name}"
            f" ({rng.choice(['report', 'analysis', 'live', 'reaction'])} {n + 1})"
        )
        spans = []
        sentences = []
        for figure in chosen:
            qualifier, value, verdict = Qualifier.EXACT, figure["value"], Verdict.ACCURATE
            roll = rng.random()
            if roll < 0.08:  # misstated
                step = (
                    Decimal("0.4")
                    if figure["unit"] == "percent"
                    else Decimal(rng.randint(1, 9) * 10)
                )
                value, verdict = value + step, Verdict.INACCURATE
            elif roll < 0.13:  # rounded
                qualifier, verdict = Qualifier.APPROX, Verdict.APPROXIMATELY_ACCURATE
                value = value.quantize(Decimal(1)) if figure["unit"] == "percent" else Decimal(
                    int(value) // 1000 * 1000)  # fmt: skip
            qualifier = figure.get("qualifier", qualifier)
            shown = _written(value, figure["unit"], qualifier)
            before, _, after = figure["says"].partition("{}")
            sentence = f"{before}{shown}{after}"
            sentences.append((sentence, len(before), shown, figure, value, qualifier, verdict))
        body_parts = []
        for i, item in enumerate(sentences):
            if i % 4 == 0:
                body_parts.append(FILLER)
            body_parts.append(item)
        body = title
        for part in body_parts:
            body += "\n\n"
            if isinstance(part, str):
                body += part
                continue
            sentence, at, shown, figure, value, qualifier, verdict = part
            start_at = len(body) + at
            body += sentence
            spans.append((start_at, sentence, shown, figure, value, qualifier, verdict))
        made.append(
            Article(
                title=title,
                outlet=OUTLETS[n % len(OUTLETS)],
                published_on=datetime.date(2024, 7, 5) + datetime.timedelta(days=n % 20),
                body=body,
                fingerprint=text_fingerprint(body),
                contest=seat,
                election=elections["ge2024"],
                extracted_at=None if n in pending or n in failed else now,
                extraction_error="The text could not be read." if n in failed else "",
                added_by=editors[0],
            )
        )
        if n in pending or n in failed:
            continue
        for start_at, sentence, shown, figure, value, qualifier, verdict in spans:
            election = figure["election"]
            key = group_key(
                claim_type=figure["claim_type"], subject=figure["subject_key"] or figure["subject"],
                election=election.slug, value=value, unit=figure["unit"], qualifier=qualifier,
            )  # fmt: skip
            if key not in groups:
                groups[key] = ClaimGroup(
                    key=key, claim_type=figure["claim_type"], subject=figure["subject"],
                    election=election, value=value, unit=figure["unit"], qualifier=qualifier,
                )  # fmt: skip
            rows.append((n, {
                "key": key, "start": start_at, "end": start_at + len(shown), "text": shown,
                "sentence": sentence, "value": value, "unit": figure["unit"],
                "claim_type": figure["claim_type"], "subject": figure["subject"],
                "subject_kind": figure["subject_kind"], "subject_key": figure["subject_key"],
                "election": election, "qualifier": qualifier,
                "details": figure.get("details", {}), "suggested_verdict": verdict,
                "official_value": figure["value"], "official_source": "House of Commons Library",
                "explanation": f"Official: {figure['value']:,}. Article: {shown}.",
            }))  # fmt: skip
    with transaction.atomic():
        Article.objects.bulk_create(made, batch_size=1000)
        ClaimGroup.objects.bulk_create(list(groups.values()), batch_size=2000)
    article_ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    # About a third of the groups decided, three in five of those signed off.
    keys = list(groups)
    decided = set(rng.sample(keys, len(keys) // 3))
    reviews = []
    for key in decided:
        approved = rng.random() < 0.6
        reviews.append(
            Review(
                group=groups[key], verdict=Verdict.ACCURATE, explanation="Matches.",
                author=editors[0], approved_by=editors[1] if approved else None,
                approved_at=now if approved else None,
            )
        )  # fmt: skip
    repeat_from = int(articles * 0.9)
    claims = []
    for n, fields in rows:
        key = fields.pop("key")
        claim = Claim(article_id=article_ids[n], group=groups[key], **fields)
        roll = rng.random()
        if key in decided and n >= repeat_from and roll < 0.5:
            claim.group = None  # held as a repeat of the decided group
            claim.details = {**claim.details, REPEAT_OF: groups[key].pk}
        elif roll < 0.01:
            claim.status = ClaimStatus.REJECTED
        elif roll < 0.013 and key in decided:
            claim.revision_pending = True
        claims.append(claim)
    with transaction.atomic():
        Review.objects.bulk_create(reviews, batch_size=2000)
        Claim.objects.bulk_create(claims, batch_size=2000)
    # A few claims with a verdict of their own (this article only).
    own = rng.sample(
        [c for c in claims if c.group_id and c.status == ClaimStatus.OPEN], len(claims) // 200
    )
    Review.objects.bulk_create(
        [Review(claim=c, verdict=Verdict.MISLEADING, explanation="Out of context.",
                author=editors[1]) for c in own],
        batch_size=2000,
    )  # fmt: skip
    held = sum(1 for c in claims if c.group_id is None)
    # the rows went in by bulk insert, past the code that keeps the desk's counts: count
    # them once, as ``manage.py recount_desk`` does (``factcheck.progress``)
    from factcheck.progress import recount_everything

    recount_everything()
    print(
        f"{articles:,} articles ({len(pending)} waiting for extraction, {len(failed)} failed), "
        f"{len(claims):,} claims in {len(groups):,} groups, {len(reviews):,} group verdicts, "
        f"{len(own):,} claims' own verdicts, {held:,} held repeats: "
        f"stored in {time.perf_counter() - start:.1f} s",
        flush=True,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# -- measuring ------------------------------------------------------------------------

NEXT = re.compile(r'<a [^>]*href="([^"]+)"[^>]*rel="next"|<a [^>]*rel="next"[^>]*href="([^"]+)"')


def _next_link(html: str) -> str | None:
    match = NEXT.search(html)
    if not match:
        return None
    link = (match.group(1) or match.group(2)).replace("&amp;", "&")
    return f"/desk/{link}" if link.startswith("?") else link


def measure(*, repeat: int, deep: int) -> None:
    from django.contrib.auth.models import User
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from factcheck.models import Article

    client = Client()
    client.force_login(User.objects.get(username="bench-editor"))
    article = Article.objects.filter(contest__isnull=False).order_by("pk").first()
    seat = article.contest.constituency
    word = seat.name.split()[0]
    first = client.get("/desk/")
    assert first.status_code == 200, first.status_code
    urls = {
        "queue, unfiltered": ("/desk/", {}),
        f"queue, seat {seat.name!r}": (f"/desk/?constituency={seat.slug}", {}),
        f"queue, search {word!r}": (f"/desk/?q={word}", {}),
    }
    page2 = _next_link(first.content.decode())
    if page2:
        urls["queue, page 2"] = (page2, {})
        url, html = page2, ""
        for _ in range(deep - 2):
            html = client.get(url).content.decode()
            url = _next_link(html) or url
        urls[f"queue, page {deep} (by Next links)"] = (url, {})
        urls["queue, page 2, htmx partial"] = (page2, {"HX-Request": "true"})
    else:
        print("(no Next link on the queue: it is one page)")
    urls["Repeats list"] = ("/desk/repeats/", {})
    times: dict[str, list[float]] = {name: [] for name in urls}
    queries: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for _ in range(repeat):
        for name, (url, headers) in urls.items():  # interleaved
            reset_queries()
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url, headers=headers)
                times[name].append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
            queries[name] = len(captured)
            sizes[name] = len(response.content)
    print(f"{repeat} runs each, interleaved; ms p50 / p95 / max, queries, response size")
    for name, runs in times.items():
        runs.sort()
        p95 = runs[min(len(runs) - 1, round(0.95 * (len(runs) - 1)))]
        print(
            f"  {name:42} {statistics.median(runs) * 1000:7.0f} {p95 * 1000:7.0f} "
            f"{runs[-1] * 1000:7.0f} ms  {queries[name]:3} queries  {sizes[name] / 1000:8.1f} KB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--claims", type=int, default=20, help="claims an article, at most")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--deep", type=int, default=20, help="the further page measured")
    parser.add_argument("--database-url", help="a PostgreSQL database, dropped and created")
    parser.add_argument("--sqlite", type=Path, help="a SQLite file to build (or --reuse)")
    parser.add_argument("--reuse", action="store_true", help="measure a database built before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.database_url:
            url = args.database_url
            if not args.reuse:
                fresh_postgres(url)
        else:
            path = args.sqlite or Path(tmp) / "bench.sqlite3"
            if not args.reuse and path.exists():
                path.unlink()
            url = f"sqlite:///{path}"
        _django(url)
        if not args.reuse:
            build(articles=args.articles, claims_each=args.claims)
        from django.db import connection

        connection.close()
        measure(repeat=args.repeat, deep=args.deep)


if __name__ == "__main__":
    main()
