"""Repeats: a new article's claim that an editor already decided elsewhere.

Full Fact's live tools match what is said now against claims already checked, so a
fact-checker can answer a repeat at once instead of checking it again, and see which false
claims keep coming back. Tally does the same for figures. A claim in a new article whose
claim group already has a verdict is held out of the group (``claims.hold_repeats``): its
suggestion is the decided verdict at once, and it waits on the desk's Repeats list
(``pending_repeats``, inaccurate repeats first) until an editor confirms that it says the
same thing (``confirm_repeats``), in bulk.

Confirming is not a sign-off. A confirmed repeat joins its group, so the group's verdict
applies to it as that verdict stands: approved only if a second editor, not its author,
signed it off, else awaiting sign-off like every other occurrence; a later change to the
verdict applies to it too, and withdraws the sign-off for all of them (``Review.save``).
Confirming writes no verdict and changes nothing a published check shows, so it withdraws
no sign-off either.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, Count, IntegerField, QuerySet, Value, When

from . import progress
from .claims import REPEAT_OF
from .models import Claim, ClaimGroup, Review
from .vocabulary import INACCURATE_FIRST, ClaimStatus, Verdict

LIST_LIMIT = 100  # the repeats a page of the Repeats list shows

STALE = (
    "Nothing was confirmed: {which} changed since the list was shown (its verdict, or the "
    "claim). Look at the list again and confirm what still holds."
)
NOT_PENDING = (
    "Nothing was confirmed: {which} is no longer waiting to be confirmed (confirmed, "
    "rejected or given its own verdict). Look at the list again."
)


@dataclass(frozen=True)
class Repeat:
    """One held repeat as the Repeats list shows it.

    ``claim`` is the new article's claim (with ``article`` loaded), ``group`` the decided
    claim group it repeats, ``review`` that group's verdict, ``articles`` how many articles
    carry the claim (the group's and the held repeats', this one included) and ``token``
    what a confirmation must send back (``state_token``).
    """

    claim: Claim
    group: ClaimGroup
    review: Review
    articles: int
    token: str

    @property
    def summary(self) -> str:
        """ "Already checked: inaccurate, approved by editor2, in 4 articles." """
        verdict = Verdict(self.review.verdict).label.lower()
        if self.review.is_approved:
            who = f"approved by {_name(self.review.approved_by)}"
        else:
            who = f"by {_name(self.review.author)}, awaiting sign-off"
        return f"Already checked: {verdict}, {who}, in {self.articles} articles."


def _name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user is not None else "someone"


def state_token(claim: Claim, review: Review) -> str:
    """ "<claim version>-<verdict pk>.<verdict version>.<verdict>.<signed off by>", e.g.
    "1-7.3.accurate.12": changes when the held claim or the decided verdict it would take
    changes, on the desk (which bumps versions) or anywhere else (the verdict and its
    sign-off are in it)."""
    verdict = f"{review.pk}.{review.version}.{review.verdict}.{review.approved_by_id or 0}"
    return f"{claim.version}-{verdict}"


def held() -> QuerySet:
    """Claims held as repeats and not yet confirmed: open, out of any group, no verdict of
    their own, with ``details[REPEAT_OF]``."""
    return Claim.objects.filter(
        group__isnull=True,
        status=ClaimStatus.OPEN,
        review__isnull=True,
        details__has_key=REPEAT_OF,
    )


def pending_count() -> int:
    """How many repeats wait to be confirmed (one query)."""
    return held().count()


def pending_repeats(*, limit: int = LIST_LIMIT, offset: int = 0) -> list[Repeat]:
    """The repeats waiting to be confirmed whose group still has a verdict, inaccurate
    first (``INACCURATE_FIRST`` of the decided verdict), then newest article first; at most
    ``limit``, after the first ``offset`` (a page of the list). Five queries, however many
    there are and however many articles carry their groups."""
    claims = list(
        held()
        .select_related("article", "election")
        .defer("article__body")
        .annotate(rank=verdict_rank())  # the decided verdict when the claim was held
        .order_by("rank", "-article__added_at", "-article_id", "start", "pk")[
            offset : offset + limit
        ]
    )
    groups = {
        g.pk: g
        for g in ClaimGroup.objects.filter(
            pk__in={c.details[REPEAT_OF] for c in claims}, review__isnull=False
        ).select_related("review", "review__author", "review__approved_by", "election")
    }
    articles = _articles_carrying(set(groups))
    rank = {verdict: i for i, verdict in enumerate(INACCURATE_FIRST)}
    repeats = []
    for claim in claims:
        group = groups.get(claim.details[REPEAT_OF])
        if group is None:
            continue  # its verdict was deleted: the claim is left for the article's page
        repeats.append(
            Repeat(
                claim=claim,
                group=group,
                review=group.review,
                articles=articles.get(group.pk, 0),
                token=state_token(claim, group.review),
            )
        )
    # by the verdict as it stands now (stable: newest article next)
    repeats.sort(key=lambda r: rank.get(r.review.verdict, len(rank)))
    return repeats


def _articles_carrying(group_ids: set[int]) -> dict[int, int]:
    """For each group, how many articles carry it: its open claims' and its held repeats'.
    Counted in SQL (a group in 10,000 articles is not read row by row); the held repeats
    of these groups (a backlog, not the desk) are read as pairs to count each article
    once. Three queries at most."""
    if not group_ids:
        return {}
    counts = dict(
        Claim.objects.filter(group_id__in=group_ids, status=ClaimStatus.OPEN)
        .values("group_id")
        .annotate(n=Count("article_id", distinct=True))
        .values_list("group_id", "n")
    )
    pairs = {
        (details[REPEAT_OF], article_id)
        for details, article_id in held()
        .filter(**{f"details__{REPEAT_OF}__in": sorted(group_ids)})
        .values_list("details", "article_id")
    }
    if pairs:
        carrying = set(
            Claim.objects.filter(
                group_id__in={g for g, _ in pairs},
                article_id__in={a for _, a in pairs},
                status=ClaimStatus.OPEN,
            )
            .values_list("group_id", "article_id")
            .distinct()
        )
        for group_id, _ in pairs - carrying:
            counts[group_id] = counts.get(group_id, 0) + 1
    return counts


def confirm_repeats(*, editor, tokens: dict[int, str]) -> list[Claim]:
    """Confirm that each held repeat (claim pk -> the ``state_token`` the editor saw) says
    the same as the decided claim: it joins its group, and the group's verdict applies to
    it with the sign-off it has (see the module's docstring). All or nothing, in one
    transaction: raises ``PermissionDenied`` for an editor who may not write verdicts, and
    ``ValidationError``, confirming none, when nothing is selected, a token is missing, or
    any selected claim is no longer held or changed since (so did its verdict). Returns the
    confirmed claims."""
    if not editor.has_perm("factcheck.change_review"):
        raise PermissionDenied("You may not confirm verdicts.")
    if not tokens:
        raise ValidationError("Select the repeats to confirm.")
    if any(not token for token in tokens.values()):
        raise ValidationError(
            "Not confirmed: the form did not say which version of each repeat it showed. "
            "Reload the list and confirm again."
        )
    ids = sorted(tokens)
    with transaction.atomic():
        # rows locked claims first, then groups, each in pk order (``review._locked`` also
        # locks a claim before its group), before anything is read
        list(Claim.objects.select_for_update().filter(pk__in=ids).order_by("pk").values("pk"))
        claims = {c.pk: c for c in Claim.objects.filter(pk__in=ids).select_related("review")}
        missing = [pk for pk in ids if pk not in claims or not _is_held(claims[pk])]
        if missing:
            raise ValidationError(NOT_PENDING.format(which=_which(missing, claims)))
        group_ids = sorted({claims[pk].details[REPEAT_OF] for pk in ids})
        list(
            ClaimGroup.objects.select_for_update()
            .filter(pk__in=group_ids)
            .order_by("pk")
            .values("pk")
        )
        reviews = {
            r.group_id: r
            for r in Review.objects.filter(group_id__in=group_ids).select_related("approved_by")
        }
        stale = [
            pk
            for pk in ids
            if (review := reviews.get(claims[pk].details[REPEAT_OF])) is None
            or state_token(claims[pk], review) != tokens[pk]
        ]
        if stale:
            raise ValidationError(STALE.format(which=_which(stale, claims)))
        confirmed = []
        for pk in ids:
            claim = claims[pk]
            review = reviews[claim.details[REPEAT_OF]]
            claim.group_id = review.group_id
            claim.version += 1
            claim._history_user = editor
            claim._change_reason = (
                f"Confirmed as a repeat of a checked claim: {Verdict(review.verdict).label}"
                f" ({'approved' if review.is_approved else 'awaiting sign-off'})."
            )
            # only the group and the version: nothing a published check shows, so no
            # sign-off is withdrawn (``Claim.save``); the desk's counts once, below
            claim._counted_by_caller = True
            claim.save(update_fields=["group", "version"])
            confirmed.append(claim)
        progress.articles_changed({c.article_id for c in confirmed})
        progress.recount_groups(group_ids)
        return confirmed


def _is_held(claim: Claim) -> bool:
    return (
        claim.group_id is None
        and claim.status == ClaimStatus.OPEN
        and getattr(claim, "review", None) is None
        and REPEAT_OF in (claim.details or {})
    )


def _which(pks: list[int], claims: dict[int, Claim]) -> str:
    """ "“24,120” in “Corbyn holds Islington North”" for the first, and how many more."""
    first = claims.get(pks[0])
    named = f"“{first.text}”" if first is not None else "a repeat"
    return named + (f" and {len(pks) - 1} more" if len(pks) > 1 else "")


def verdict_rank() -> Case:
    """SQL for ``INACCURATE_FIRST`` of ``suggested_verdict`` (0 first)."""
    return Case(
        *[When(suggested_verdict=v, then=Value(i)) for i, v in enumerate(INACCURATE_FIRST)],
        default=Value(len(INACCURATE_FIRST)),
        output_field=IntegerField(),
    )
