"""Publishing a contest's approved checks, and what the public pages read.

``publish_contest()`` freezes the approved checks into a new ``Publication``
version and logs a ``Correction`` for every published verdict that changed or
was withdrawn since the previous version. Drafts never leave the desk: only
checks whose verdict a second editor approved are written, and the public
pages read nothing but these snapshots. Their shape is
``factcheck.published.PublishedCheck``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from . import pagecache
from .checking.context import NATIONAL_CUES
from .models import Claim, Correction, Publication
from .published import PublishedArticle, PublishedCheck, read_checks
from .vocabulary import (
    ELECTION_NOT_LOADED,
    INACCURATE_FIRST,
    BallotMeasure,
    ClaimStatus,
    ClaimType,
    Qualifier,
    Relation,
    SubjectKind,
    Unit,
    Verdict,
    election_name,
)

# ClaimReview's numeric scale (Google asks for ratingValue with best and worst).
RATINGS = {
    Verdict.ACCURATE: 5,
    Verdict.APPROXIMATELY_ACCURATE: 4,
    Verdict.NOT_CHECKABLE: 3,
    Verdict.UNVERIFIABLE: 3,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 1,
}
BEST_RATING, WORST_RATING = 5, 1
SUMMARY_LIMIT = 74  # Google: claimReviewed under 75 characters
# The corrections log's reason when the only changes follow revised official figures.
REVISED_REASON = "The official result was revised."


def rating_scale() -> list[tuple[int, list[Verdict]]]:
    """The ClaimReview scale, worst first: ``[(1, [Verdict.INACCURATE]), …, (5, [...])]``."""
    scale: dict[int, list[Verdict]] = defaultdict(list)
    for verdict, rating in RATINGS.items():
        scale[rating].append(verdict)
    return sorted(scale.items())


# -- what a claim says, in a sentence --------------------------------------------------

QUALIFIER_WORDS = {
    Qualifier.APPROX: "around ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.LESS_THAN: "almost ",
    Qualifier.AT_MOST: "within ",
}
SUMMARY_TEMPLATES = {
    ClaimType.CANDIDATE_VOTES: "{subject} won {figure} votes{year}",
    ClaimType.MAJORITY: "{subject} won by a majority of {figure}{year}",
    ClaimType.TURNOUT: "Turnout in {seat} was {figure}{year}",
    ClaimType.TURNOUT_CHANGE: "Turnout in {seat} changed by {figure}{year}",
    ClaimType.VOTE_SHARE: "{subject} won {figure} of the vote{year}",
    ClaimType.VOTE_SHARE_CHANGE: "{subject}'s vote share changed by {figure}{year}",
    ClaimType.SEAT_COUNT: "{subject} won {seats}{year}",
    ClaimType.SEAT_PROJECTION: "{subject} was projected to win {seats}{year}",
    ClaimType.AGE: "{subject} is {value} years old",
    ClaimType.RANK: "{subject} came {figure}{year}",
}
# A Commons majority is a number of seats, but not a party's seat count.
MAJORITY_TEMPLATES = {
    ClaimType.SEAT_COUNT: "{subject} won {majority}{year}",
    ClaimType.SEAT_PROJECTION: "{subject} was projected {majority}{year}",
}
MAJORITY_DIFFERENCE_TEMPLATE = "{subject}'s majority{year} was {figure} bigger than later"
# A swing names its parties as far as the claim does ("from Conservative to Labour").
SWING_TEMPLATE = "A swing of {figure}{parties}{where}{year}"
# A count of a contest, by what it counts (``BallotMeasure``); {place} is a seat or the UK.
BALLOT_COUNT_TEMPLATES = {
    BallotMeasure.ELECTORATE: "The electorate in {place} was {figure}{year}",
    BallotMeasure.VALID_VOTES: "{place} had {figure} valid votes{year}",
    BallotMeasure.REJECTED_BALLOTS: "{figure} ballots were rejected in {place}{year}",
    BallotMeasure.BALLOTS_ISSUED: "{figure} ballot papers were issued in {place}{year}",
    BallotMeasure.VOTES_CAST: "{figure} votes were cast in {place}{year}",
}
TERM_COUNT_TEMPLATE = "{subject} won the seat {figure} times"
TERM_ORDINAL_TEMPLATE = "{subject} won {article} {figure} term"
_SEAT_WORD = re.compile(r"[-\s]+seats?$", re.IGNORECASE)


def indefinite_article(figure: str) -> str:
    """Which article goes before a figure as written: an 8-seat, an 11th, an eleventh, a 170-seat.

    Digits are read as spoken: "an" when the first group said begins with a
    vowel sound (8, 11, 18, 80-89, 800-899, and so on for thousands).
    """
    digits = re.match(r"\d[\d,]*", figure)
    if digits:
        leading = int(digits.group().replace(",", ""))
        while leading >= 1000:
            leading //= 1000
        return "an" if leading in (8, 11, 18) or str(leading).startswith("8") else "a"
    word = figure.lower()
    return "an" if word[:1] in ("a", "e", "i", "o") and not word.startswith("one") else "a"


def _seat_phrase(claim: Claim, qualifier: str) -> str:
    """The seats a figure counts ("170 seats", "around 170 seats", "one seat")."""
    number = _SEAT_WORD.sub("", claim.text)
    return f"{qualifier}{number} seat{'' if claim.value == 1 else 's'}"


def _majority_phrase(claim: Claim, qualifier: str) -> str:
    """A Commons majority ("a 170-seat majority", "a majority of around 170 seats")."""
    number = _SEAT_WORD.sub("", claim.text)
    if qualifier:
        return f"a majority of {_seat_phrase(claim, qualifier)}"
    return f"{indefinite_article(number)} {number}-seat majority"


def summarise(claim: Claim) -> str:
    """A plain statement of what the claim says, without any verdict (at most 74 characters).

    Built from the claim's type, subject, election and figure. A claim whose
    type has no sentence, or without the subject its sentence needs, falls
    back to the sentence it was found in.
    """
    qualifier = QUALIFIER_WORDS.get(claim.qualifier, "")
    contest = claim.article.contest if claim.article.contest_id else None
    subject = claim.subject or (contest.constituency.name if contest else "")
    details = claim.details or {}
    year = _year_phrase(claim)
    if claim.claim_type == ClaimType.SWING:
        return _shorten(_swing_summary(claim, qualifier + claim.text, year, contest))
    if claim.claim_type == ClaimType.BALLOT_COUNT:
        place = _place(claim, contest)
        template = BALLOT_COUNT_TEMPLATES.get(details.get("measure") or "")
        if template and place:
            text = template.format(place=place, figure=qualifier + claim.text, year=year)
            return _shorten(text[:1].upper() + text[1:])
        return _shorten(" ".join(claim.sentence.split()))
    if claim.claim_type == ClaimType.TERM_COUNT:
        template = TERM_COUNT_TEMPLATE if claim.unit == Unit.COUNT else TERM_ORDINAL_TEMPLATE
    elif claim.claim_type in MAJORITY_TEMPLATES and details.get("is_majority"):
        template = MAJORITY_TEMPLATES[claim.claim_type]
    elif claim.claim_type == ClaimType.MAJORITY and details.get("relation") == Relation.DIFFERENCE:
        template = MAJORITY_DIFFERENCE_TEMPLATE
    else:
        template = SUMMARY_TEMPLATES.get(claim.claim_type)
    if template and (subject or "{subject}" not in template):
        text = template.format(
            subject=subject,
            figure=qualifier + claim.text,
            year=year,
            seat=contest.constituency.name if contest else subject,
            value=f"{claim.value.normalize():f}",
            seats=_seat_phrase(claim, qualifier),
            majority=_majority_phrase(claim, qualifier),
            article=indefinite_article(qualifier + claim.text),
        )
    else:
        text = " ".join(claim.sentence.split())
    return _shorten(text)


def _shorten(text: str) -> str:
    """``text`` cut at a word to at most ``SUMMARY_LIMIT`` characters, with an ellipsis."""
    if len(text) > SUMMARY_LIMIT:
        cut = text[: SUMMARY_LIMIT - 1].rsplit(" ", 1)[0]
        text = cut.rstrip(",;:–-") + "…"
    return text


def _year_phrase(claim: Claim) -> str:
    """ " in 2024" for the claim's election; " in 2017" or " in the 2016 by-election" for an
    election no row holds (``details["election_not_loaded"]``); else ""."""
    if claim.election_id:
        return f" in {claim.election.date.year}"
    slug = (claim.details or {}).get(ELECTION_NOT_LOADED)
    return f" in {election_name(slug)}" if slug else ""


def _place(claim: Claim, contest) -> str:
    """Where a seat's figure was counted: the seat the claim names, else "the UK" when its
    sentence speaks of the country and names no seat, else the article's seat ("" if none)."""
    if claim.subject_kind == SubjectKind.CONSTITUENCY and claim.subject:
        return claim.subject
    seat = contest.constituency.name if contest else ""
    if NATIONAL_CUES.search(claim.sentence) and not (seat and seat in claim.sentence):
        return "the UK"
    return seat


def _swing_summary(claim: Claim, figure: str, year: str, contest) -> str:
    """ "A swing of 10.4% from Conservative to Labour in Hendon in 2024": the parties as far
    as the claim names them (the subject it went to, ``compared_to`` it came from)."""
    to_party = claim.subject if claim.subject_kind == SubjectKind.PARTY else ""
    from_party = (claim.details or {}).get("compared_to") or ""
    parties = (f" from {from_party}" if from_party else "") + (
        f" to {to_party}" if to_party else ""
    )
    place = _place(claim, contest)
    where = "" if not place else " across the UK" if place == "the UK" else f" in {place}"
    return SWING_TEMPLATE.format(figure=figure, parties=parties, where=where, year=year)


# -- the checks a seat would publish ---------------------------------------------------


def approved_checks(contest) -> list[PublishedCheck]:
    """The contest's approved checks, one per claim group (or per-article override).

    Inaccurate first (``vocabulary.INACCURATE_FIRST``), then by claim id. Their publication dates
    are left empty: ``publish_contest()`` sets them.
    """
    claims = (
        Claim.objects.for_review()
        .filter(article__contest=contest, status=ClaimStatus.OPEN)
        .select_related("article__contest__constituency", "election")
        .order_by("pk")
    )
    by_review: dict[int, list[Claim]] = defaultdict(list)
    reviews = {}
    for claim in claims:
        review = claim.effective_review
        if review is None or not review.is_approved:
            continue  # drafts never go out
        by_review[review.pk].append(claim)
        reviews[review.pk] = review
    checks = []
    for review_pk, members in by_review.items():
        review, first = reviews[review_pk], members[0]
        articles, seen = [], set()
        for claim in members:
            if claim.article_id in seen:
                continue
            seen.add(claim.article_id)
            article = claim.article
            articles.append(
                PublishedArticle(
                    claim_id=claim.pk,
                    title=article.title,
                    outlet=article.outlet,
                    url=article.url,
                    published_on=article.published_on.isoformat() if article.published_on else "",
                    sentence=claim.sentence,
                )
            )
        official, source = first.applied_official_value, first.applied_official_source
        checks.append(
            PublishedCheck(
                id=first.pk,
                text=first.text,
                quote=first.sentence,
                summary=summarise(first),
                claim_type=first.claim_type,
                subject=first.subject,
                speaker=first.speaker,
                election=(
                    first.election.slug
                    if first.election_id
                    else (first.details or {}).get(ELECTION_NOT_LOADED, "")
                ),
                verdict=review.verdict,
                verdict_label=Verdict(review.verdict).label,
                rating=RATINGS[review.verdict],
                explanation=first.public_explanation,
                official_value=_plain(official),
                official_display=_display(official, first),
                official_source=source,
                source_row=contest.source_row if source == contest.source else "",
                working=first.working,
                reviewed_by=review.author.get_username(),
                approved_by=review.approved_by.get_username(),
                articles=tuple(articles),
            )
        )
    checks.sort(key=lambda c: (INACCURATE_FIRST.index(c.verdict), c.id))
    return checks


def display_figure(value: Decimal | None, claim: Claim) -> str:
    """The official figure as a reader writes it: 18,941; 67.53%; 1983 ("" for None)."""
    return _display(value, claim)


def _display(value: Decimal | None, claim: Claim) -> str:
    """The official figure as a reader writes it: 18,941; 67.53%; 1983."""
    if value is None:
        return ""
    if claim.unit == Unit.YEAR:
        return str(int(value))
    if claim.unit == Unit.PERCENT:
        return f"{value:.2f}%"
    if claim.unit == Unit.PERCENTAGE_POINTS:
        return f"{value:.2f} points"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


def _plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}" if value != value.to_integral_value() else str(int(value))


# -- publishing --------------------------------------------------------------------------


@transaction.atomic
def publish_contest(*, contest, publisher, note: str = "", is_demo: bool = False) -> Publication:
    """Publish the contest's approved checks as a new version; log what changed.

    Raises ``PermissionDenied`` unless ``publisher`` may publish, and
    ``ValidationError`` when there is nothing to publish, nothing changed
    since the last version, or a published verdict changed or was withdrawn
    without a ``note`` saying why. A check whose official figure was revised
    is logged as such ("Official figure for “24,120” revised from 24,120 to
    24,121; verdict changed from …"), and needs no note when every change is
    one of those (the reason is then ``REVISED_REASON``). Clears the seat's
    cached pages on commit.
    The version is marked demo data (``Publication.is_demo``, the public page's
    notice) when ``is_demo`` or when any check in it was written by the demo review.
    """
    if not publisher.has_perm("factcheck.publish_contest"):
        raise PermissionDenied("Only a Publisher can publish.")
    fresh = approved_checks(contest)
    previous = (
        Publication.objects.select_for_update().filter(contest=contest).order_by("-version").first()
    )
    now = timezone.now()
    stamp = now.isoformat()
    earlier = {c.id: c for c in read_checks(previous.checks)} if previous else {}
    if not fresh and not earlier:
        raise ValidationError("There are no approved checks to publish for this seat yet.")
    checks, changes, revisions = [], [], 0
    for check in fresh:
        before = earlier.get(check.id)
        unchanged = before is not None and before.same_finding(check)
        check = check.with_dates(
            date_published=before.date_published if before else stamp,
            date_modified=before.date_modified if unchanged else stamp,
        )
        checks.append(check)
        if before is None:
            continue
        revised = bool(before.official_value and check.official_value) and (
            before.official_value != check.official_value
        )
        if revised:
            revisions += 1
            what = (
                f"Official figure for “{check.text}” revised from {before.official_display} "
                f"to {check.official_display}"
            )
            if before.verdict != check.verdict:
                what += f"; verdict changed from {before.verdict_label} to {check.verdict_label}"
            changes.append((check, what + "."))
        elif before.verdict != check.verdict:
            changes.append(
                (
                    check,
                    f"Verdict on “{check.text}” changed from {before.verdict_label} "
                    f"to {check.verdict_label}.",
                )  # fmt: skip
            )
    current_ids = {c.id for c in checks}
    for check_id, before in earlier.items():
        if check_id not in current_ids:
            changes.append((before, f"Check of “{before.text}” withdrawn."))
    if previous and list(earlier.values()) == checks:
        raise ValidationError(f"Nothing has changed since version {previous.version}.")
    if changes and not note.strip():
        if revisions < len(changes):
            raise ValidationError(
                "A published verdict changed or was withdrawn: say why, for the corrections log."
            )
        note = REVISED_REASON
    publication = Publication.objects.create(
        contest=contest,
        version=(previous.version + 1) if previous else 1,
        checks=[check.to_stored() for check in checks],
        published_by=publisher,
        published_at=now,
        note=note.strip()[:500],
        is_demo=is_demo or any(check.from_demo for check in checks),
    )
    Correction.objects.bulk_create(
        Correction(
            publication=publication,
            check_id=check.id,
            quote=check.text[:200],
            what_changed=what[:500],
            reason=note.strip()[:500],
        )
        for check, what in changes
    )
    versions = publication.version
    transaction.on_commit(lambda: pagecache.clear_contest(contest, versions=versions))
    return publication


# -- ClaimReview ---------------------------------------------------------------------


def claim_review(check: PublishedCheck, *, page_url: str, publication: Publication) -> dict:
    """schema.org ClaimReview for one published check, as Google's fact-check markup asks.

    ``page_url`` is the seat page's absolute URL; the review points at the
    check's anchor on it. Returns a JSON-ready dict.
    """
    first = check.articles[0] if check.articles else None
    if check.speaker:
        claim_author = {"@type": "Person", "name": check.speaker}
    else:
        outlet = first.outlet if first else ""
        claim_author = {"@type": "Organization", "name": outlet or "Unknown outlet"}
    appearance = [
        {k: v for k, v in {
            "@type": "NewsArticle",
            "url": a.url or None,
            "headline": a.title,
            "datePublished": a.published_on or None,
            "publisher": {"@type": "Organization", "name": a.outlet} if a.outlet else None,
        }.items() if v is not None}
        for a in check.articles
    ]  # fmt: skip
    item = {
        "@type": "Claim",
        "author": claim_author,
        "appearance": appearance,
    }
    if first and first.published_on:
        item["datePublished"] = first.published_on
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page_url}#claim-{check.id}",
        "claimReviewed": check.summary,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": check.rating,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": check.verdict_label,
            "ratingExplanation": check.explanation,
        },
        "author": {
            "@type": "Organization",
            "name": settings.TALLY_ORGANISATION,
            "url": settings.TALLY_SITE_URL,
        },
        "datePublished": check.date_published or publication.published_at.isoformat(),
        "dateModified": check.date_modified or publication.published_at.isoformat(),
        "itemReviewed": item,
    }


def json_ld(data) -> str:
    """JSON for a <script type="application/ld+json">: <, > and & escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
