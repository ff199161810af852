"""Store what the extractor finds in an article, and group repeated claims."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction

from results.models import Election

from . import extraction, progress
from .checking import Suggestion
from .extraction.names import fold_name
from .models import Article, Claim, ClaimGroup
from .vocabulary import ELECTION_NOT_LOADED, ClaimType, Verdict


def decimal_value(value: float | int) -> Decimal:
    """The extractor's number as a Decimal, without float noise (0.1 stays 0.1)."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


# The ``Claim.details`` key of a repeat held for an editor to confirm: the pk of the decided
# claim group it repeats (``hold_repeats``, ``factcheck.repeats``).
REPEAT_OF = "repeat_of"


def group_key(
    *,
    claim_type: str,
    subject: str,
    election: str,
    value: Decimal,
    unit: str,
    qualifier: str,
    written: str = "",
) -> str:
    """The key two claims share when they are the same claim: type, subject, election,
    value, unit and qualifier; for a name (``ClaimType.NAME``, no figure) also the name as
    written, folded (``written``), so two different misspellings are two claims."""
    parts = [claim_type, subject, election, f"{value.normalize():f}", unit, qualifier]
    return "|".join([*parts, written] if written else parts)


def election_for(article: Article, elections: list[Election]) -> Election | None:
    """The article's own election, else the latest one held before it was published.

    A notional result is a baseline, never the election an article is about.
    """
    if article.election_id:
        return next((e for e in elections if e.pk == article.election_id), None)
    day = article.published_on or datetime.date.max
    held = [e for e in elections if e.date <= day and not e.is_notional]
    return max(held, key=lambda e: e.date) if held else None


def store_claims(
    *,
    article: Article,
    found: list[extraction.Claim],
    elections: dict[str, Election],
    suggestions: list[Suggestion] | None = None,
) -> list[Claim]:
    """Replace the article's extracted claims, each with its suggestion
    (``suggestions[i]`` is ``found[i]``'s; None when no official figure is loaded);
    claims an editor added stay. Returns the new claims, saved, in ``found``'s order. The
    article's stored counts (``Article.n_*``) are recounted, or, for its first extraction,
    set on ``article`` for the caller to save (``progress.ARTICLE_COUNTS``).
    Six to nine queries for a new article, however many claims (500 a batch), the
    desk's stored counts of the article and its groups (``factcheck.progress``) included."""
    claims = []
    for index, item in enumerate(found):
        suggestion = suggestions[index] if suggestions else None
        claims.append(
            Claim(
                article=article,
                start=item.start,
                end=item.end,
                text=item.text[:200],
                sentence=item.sentence,
                value=decimal_value(item.value),
                unit=item.unit,
                claim_type=item.claim_type,
                subject=item.subject or "",
                subject_kind=item.subject_kind or "",
                subject_key=item.subject_key or "",
                election=elections.get(item.election or ""),
                qualifier=item.qualifier,
                speaker=item.speaker or "",
                details=_details(item, elections),
                origin=Claim.Origin.EXTRACTED,
                **(_suggestion_fields(suggestion) if suggestion else {}),
            )
        )
    with transaction.atomic():
        held = list(article.claims.values_list("origin", "group_id"))
        # the groups the article already carried: its claims in them are not new repeats
        carried = {group for _, group in held if group is not None}
        if any(origin == Claim.Origin.EXTRACTED for origin, _ in held):
            article.claims.filter(origin=Claim.Origin.EXTRACTED).delete()
        assign_groups(claims)
        hold_repeats(claims, carried=carried)
        # No history row yet: what the extractor first said is the claim itself until it
        # is first changed, when ``Claim.save`` records it (a history row per claim cost
        # as much as the claims' own insert).
        Claim.objects.bulk_create(claims, batch_size=500)
        # the desk's stored counts (``factcheck.progress``)
        groups = {c.group_id for c in claims if c.group_id is not None}
        if held:
            progress.recount_articles([article.pk])
            progress.recount_groups(groups | carried)
            # as recounted: the caller saves them with the article
            article.refresh_from_db(fields=list(progress.ARTICLE_COUNTS.values()))
        else:
            # A first extraction only adds: each of its groups has one article more, and
            # every claim is open with no verdict applying (a decided group's claims are
            # held as repeats), so all are to review. Set here, saved by the caller.
            article.n_total = article.n_to_review = len(claims)
            article.n_flagged = sum(c.suggested_verdict == Verdict.INACCURATE for c in claims)
            article.n_awaiting_sign_off = article.n_approved = article.n_rejected = 0
            article.n_revised = 0
            # the groups gain this article when the caller's transaction is about to end
            # (``progress.add_article_to_groups``): a UK-wide group is in every article,
            # and its row stays locked from that update until the commit
            article._groups_gained = groups
    return claims


def _suggestion_fields(suggestion: Suggestion) -> dict:
    return {
        "suggested_verdict": suggestion.verdict,
        "official_value": suggestion.official_value,
        "official_source": suggestion.official_source[:300],
        "explanation": suggestion.explanation,
        "working": suggestion.working,
        "readings": suggestion.readings,
        "evidence_hash": suggestion.evidence_hash,
    }


def _details(item: extraction.Claim, elections: dict[str, Election]) -> dict:
    """What else the extractor saw, for ``Claim.details``: every field of ``item`` without a
    column of its own. An election the article names but no row holds ("ge2017", a
    by-election) is kept as ``election_not_loaded``, so a re-check still says so."""
    known = {
        "start", "end", "text", "sentence", "sentence_start", "value", "unit", "claim_type",
        "subject", "subject_kind", "subject_key", "election", "qualifier", "speaker",
    }  # fmt: skip
    details = {
        k: v for k, v in item.to_dict().items() if k not in known and v not in (None, "", [])
    }
    if item.election and item.election not in elections:
        details[ELECTION_NOT_LOADED] = item.election
    return details


def assign_groups(claims: list[Claim]) -> None:
    """Put each claim in the group of claims that say the same (``group_key``), creating the
    groups that do not exist yet (the claims are not saved). Safe when other processes
    create the same groups at once: no read-then-insert race. Two queries, three when a
    group is new."""
    keys = {}
    for claim in claims:
        key = group_key(
            claim_type=claim.claim_type,
            subject=claim.subject_key or claim.subject,
            election=claim.election.slug
            if claim.election
            else (claim.details or {}).get(ELECTION_NOT_LOADED, ""),
            value=claim.value,
            unit=claim.unit,
            qualifier=claim.qualifier,
            written=fold_name(claim.text) if claim.claim_type == ClaimType.NAME else "",
        )
        keys.setdefault(key, []).append(claim)
    existing = {g.key: g for g in ClaimGroup.objects.filter(key__in=list(keys))}
    new = [
        ClaimGroup(
            key=key,
            claim_type=members[0].claim_type,
            subject=members[0].subject,
            election=members[0].election,
            value=members[0].value,
            unit=members[0].unit,
            qualifier=members[0].qualifier,
        )
        for key, members in keys.items()
        if key not in existing
    ]
    if new:
        # Another process may create the same groups between the read above and this
        # insert (two workers extracting articles that say the same): a key already
        # there is skipped, and every key is read back as stored.
        ClaimGroup.objects.bulk_create(new, ignore_conflicts=True)
        existing.update({g.key: g for g in ClaimGroup.objects.filter(key__in=[g.key for g in new])})
    for key, members in keys.items():
        for claim in members:
            claim.group = existing[key]


def hold_repeats(claims: list[Claim], *, carried: set[int] = frozenset()) -> list[Claim]:
    """Hold the claims that repeat an already decided claim for an editor to confirm.

    A claim whose group has a verdict (its ``review``), in an article that did not carry
    the group before (``carried``: group pks), leaves the group until an editor confirms
    it is the same claim (``factcheck.repeats.confirm_repeats``): it keeps the group's pk
    in ``details[REPEAT_OF]``, and its suggestion becomes the decided verdict, with that
    verdict's explanation and official figure where it has them. Until then the group's
    verdict, and its sign-off, do not apply to it. Returns the claims held (not saved).
    """
    new = {c.group_id for c in claims if c.group_id is not None and c.group_id not in carried}
    if not new:
        return []
    decided = {
        g.pk: g.review
        for g in ClaimGroup.objects.filter(pk__in=new, review__isnull=False).select_related(
            "review"
        )
    }
    held = []
    for claim in claims:
        review = decided.get(claim.group_id)
        if review is None:
            continue
        claim.details = {**(claim.details or {}), REPEAT_OF: claim.group_id}
        claim.group = None
        claim.suggested_verdict = review.verdict
        if review.explanation:
            claim.explanation = review.explanation
        if review.official_value is not None:
            claim.official_value = review.official_value
        if review.official_source:
            claim.official_source = review.official_source[:300]
        held.append(claim)
    return held
