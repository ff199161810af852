"""Checks that follow the official data: claims checked again when official figures change.

Every suggestion records its evidence: the official figure it used (``Claim.official_value``,
``official_source``, ``working``), their hash (``Claim.evidence_hash``) and the seats they
came from (``ClaimEvidence``). When ``results`` says official figures changed
(``results.signals.official_figures_changed``: a Library import, a declaration, an
approved hand correction), ``factcheck.tasks.on_official_figures_changed``:

- finds the claims whose evidence names a changed seat, plus those that used figures
  summed over every seat of that election (UK, nation, region), through the index on
  ``ClaimEvidence`` (one query), and marks them ``recheck_requested_at`` at once, so the
  public page shows their published checks as "under review" from that moment;
- forgets the cached pages of the changed seats and of the seats where those claims are
  published;
- queues ``factcheck.tasks.recheck_claims_task`` for them, 500 claims a task.

``recheck_claims`` (the task, the desk's "Re-check" button and ``manage.py
recheck_claims``) checks each claim again under its own reading (``processing.check_again``)
and writes only those whose evidence hash changed (``apply_change``): the new suggestion,
what changed ("official figure revised: 21,225 → 21,226"), the sign-off of any verdict
applying to it withdrawn with that reason in its history, the verdict's official figure
moved to the new one when it was the checker's, and the claim back on the desk at the top
(``revision_pending``, until a verdict applying to it is signed off again). Running it
again changes nothing: it is idempotent. The hash leaves out the rows the working cites
(``checking.uncited``): a claim whose figures are unchanged but whose row moved in a
revised file, or whose hash was stored before citations were left out of it, only gets
its new working and hash, quietly (``same_figures``).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from results.models import Contest, Election

from . import pagecache, processing, snapshot
from .checking import Suggestion, evidence_hash
from .models import Article, Claim, ClaimEvidence, Publication, Review
from .publishing import display_figure as _display
from .vocabulary import ClaimStatus, Suggested, Verdict

# Claims per background task, and per batch read from the database.
TASK_SIZE = 500
BATCH_SIZE = 200


@dataclass
class RecheckReport:
    """What a re-check did: claims ``checked``; ``changed`` (their evidence changed: new
    suggestion written); ``withdrawn`` sign-offs; ``recorded`` (evidence stored for the
    first time, nothing else changed); the ``contests`` whose pages show them."""

    checked: int = 0
    changed: int = 0
    withdrawn: int = 0
    recorded: int = 0
    contests: set[int] = field(default_factory=set)

    def as_dict(self) -> dict:
        """JSON-ready (a task's return value)."""
        return {
            "checked": self.checked,
            "changed": self.changed,
            "withdrawn": self.withdrawn,
            "recorded": self.recorded,
        }


# -- which claims --------------------------------------------------------------------


def affected_claim_ids(*, election: str, contests: Iterable[int]) -> list[int]:
    """The open claims whose evidence came from ``contests`` (``Contest`` ids) or from
    figures summed over every seat of ``election`` (a slug); with no contests, every claim
    whose evidence is of that election. One query, through ``ClaimEvidence``'s indexes."""
    contests = list(contests)
    if contests:
        where = Q(contest_pk__in=contests) | Q(election=election, contest_pk__isnull=True)
    else:
        where = Q(election=election)
    ids = (
        ClaimEvidence.objects.filter(where)
        .filter(claim__status=ClaimStatus.OPEN)
        .values_list("claim_id", flat=True)
        .distinct()
    )
    return sorted(ids)


def claims_to_recheck(*, election: str = "", constituency: str = "") -> list[int]:
    """The open claims ``manage.py recheck_claims`` checks again: all of them; with
    ``election`` (a slug) those about it, in articles about it or whose evidence is of it;
    with ``constituency`` (a seat's slug) those whose evidence or article is that seat's
    contest (at ``election`` if given). Raises ``ValueError`` naming an election or seat
    that does not exist."""
    claims = Claim.objects.filter(status=ClaimStatus.OPEN)
    if election and not Election.objects.filter(slug=election).exists():
        raise ValueError(f"No election {election!r}.")
    if constituency:
        contests = Contest.objects.filter(constituency__slug=constituency)
        if election:
            contests = contests.filter(election__slug=election)
        ids = list(contests.values_list("pk", flat=True))
        if not ids:
            where = f" at {election}" if election else ""
            raise ValueError(f"No seat {constituency!r}{where}.")
        claims = claims.filter(Q(evidence__contest_pk__in=ids) | Q(article__contest_id__in=ids))
    elif election:
        claims = claims.filter(
            Q(election__slug=election)
            | Q(article__election__slug=election)
            | Q(article__contest__election__slug=election)
            | Q(evidence__election=election)
        )
    return sorted(set(claims.values_list("pk", flat=True)))


# -- asking for a re-check -------------------------------------------------------------


def mark_for_recheck(claim_ids: list[int], *, changed_contests: Iterable[int] = ()) -> int:
    """Mark the claims as waiting for a re-check (their published checks show "under
    review" from now) and, once the transaction commits, forget the cached pages that show
    them or the ``changed_contests``. Returns how many claims were marked. Queuing the
    re-check is ``factcheck.tasks.request_recheck``'s."""
    now = timezone.now()
    marked = 0
    with transaction.atomic():
        for start in range(0, len(claim_ids), 5000):
            chunk = claim_ids[start : start + 5000]
            marked += Claim.objects.filter(pk__in=chunk).update(recheck_requested_at=now)
        contests = set(changed_contests) | pages_showing(claim_ids)
        transaction.on_commit(partial(clear_pages, contests))
    return marked


def article_claim_ids(article: Article) -> list[int]:
    """The ids of the article's open claims, in order."""
    return list(
        article.claims.filter(status=ClaimStatus.OPEN).order_by("pk").values_list("pk", flat=True)
    )


# -- checking again --------------------------------------------------------------------


def recheck_claims(
    claim_ids: Iterable[int], *, progress: Callable[[int], None] | None = None
) -> RecheckReport:
    """Check the claims again against the official figures as they are now, and write
    those whose evidence changed (``apply_change``); rejected claims are skipped. Clears
    ``recheck_requested_at`` of the claims checked, unless asked again since this began.
    Idempotent: run twice, the second run writes nothing. ``progress(n)`` is called after
    each batch with the number of claims it held. Returns a ``RecheckReport``."""
    report = RecheckReport()
    ids = sorted(set(claim_ids))
    began = timezone.now()
    current = snapshot.current()
    elections = list(Election.objects.all())
    for start in range(0, len(ids), BATCH_SIZE):
        batch = ids[start : start + BATCH_SIZE]
        _recheck_batch(batch, current=current, elections=elections, report=report)
        Claim.objects.filter(pk__in=batch, recheck_requested_at__lte=began).update(
            recheck_requested_at=None
        )
        if progress is not None:
            progress(len(batch))
    clear_pages(report.contests)
    return report


# What the checker reads of a stored claim (``checking.Claimed.from_model``), and where it
# stands in its article.
CHECKED_FIELDS = (
    "article_id", "start", "text", "value", "unit", "claim_type", "subject", "subject_kind",
    "subject_key", "election", "qualifier", "sentence", "details",
)  # fmt: skip


def _recheck_batch(ids: list[int], *, current, elections, report: RecheckReport) -> None:
    # the readings are not checked: not read
    claims = list(
        Claim.objects.filter(pk__in=ids, status=ClaimStatus.OPEN)
        .defer("readings")
        .order_by("article_id", "start", "pk")
    )
    if not claims:
        return
    article_ids = {c.article_id for c in claims}
    # each article and election read once, not once a claim; the seats an article's text
    # names are stored (``Article.seats_named``): its body is read only for an article
    # extracted before they were
    articles = Article.objects.defer("body").in_bulk(article_ids)
    by_id = {e.pk: e for e in elections}
    for claim in claims:
        claim.article = articles[claim.article_id]
        claim.election = by_id.get(claim.election_id)
    # every open claim of their articles, for the articles' context: those of the batch
    # as read above, the others with only what the checker reads of them
    others: dict[int, list[Claim]] = defaultdict(list)
    for claim in (
        Claim.objects.filter(article_id__in=article_ids, status=ClaimStatus.OPEN)
        .exclude(pk__in=ids)
        .only(*CHECKED_FIELDS)
    ):
        claim.election = by_id.get(claim.election_id)
        others[claim.article_id].append(claim)
    for claim in claims:
        others[claim.article_id].append(claim)
    for members in others.values():
        members.sort(key=lambda c: (c.start, c.pk))
    stored_keys: dict[int, set] = defaultdict(set)
    for claim_id, election, contest in ClaimEvidence.objects.filter(claim_id__in=ids).values_list(
        "claim_id", "election", "contest_pk"
    ):
        stored_keys[claim_id].add((election, contest or 0))
    by_article: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    quiet: list[Claim] = []
    quiet_keys: dict[int, list] = {}
    for members in by_article.values():
        article = members[0].article
        found = processing.check_again(
            article,
            members,
            current=current,
            elections=elections,
            article_claims=others[article.pk],
        )
        for claim, suggestion in zip(members, found, strict=True):
            report.checked += 1
            before = stored_hash(claim)
            if suggestion.evidence_hash != before and not same_figures(claim, suggestion):
                withdrawn = apply_change(claim, suggestion, expected_hash=before)
                if withdrawn is not None:
                    report.changed += 1
                    report.withdrawn += withdrawn
                    if article.contest_id:
                        report.contests.add(article.contest_id)
                continue
            if not claim.evidence_hash:
                report.recorded += 1
            if (claim.evidence_hash, claim.working) != (
                suggestion.evidence_hash,
                suggestion.working,
            ):
                # no figure changed, only the rows the working cites (a row moved in a
                # revised file) or the hash's form (stored before it left citations out)
                claim.evidence_hash = suggestion.evidence_hash
                claim.working = suggestion.working
                quiet.append(claim)
            if set(suggestion.evidence) != stored_keys.get(claim.pk, set()):
                quiet_keys[claim.pk] = list(suggestion.evidence)
    if quiet:
        Claim.objects.bulk_update(quiet, ["evidence_hash", "working"], batch_size=BATCH_SIZE)
    ClaimEvidence.replace(quiet_keys)


def stored_hash(claim: Claim) -> str:
    """The claim's evidence hash as stored, or, for a claim stored before hashes were,
    the hash of its stored official figure, source and working."""
    return claim.evidence_hash or evidence_hash(
        claim.official_value,
        claim.official_source,
        claim.working,
        awaiting=claim.suggested_verdict == Suggested.AWAITING_DECLARATION,
    )


def same_figures(claim: Claim, suggestion: Suggestion) -> bool:
    """Whether ``suggestion`` rests on the figures the claim's stored suggestion did: the
    same verdict, and the same ``evidence_hash`` of its stored figure, source and working
    (which leaves out the rows the working cites), whatever hash is stored."""
    return claim.suggested_verdict == suggestion.verdict and suggestion.evidence_hash == (
        evidence_hash(
            claim.official_value,
            claim.official_source,
            claim.working,
            awaiting=claim.suggested_verdict == Suggested.AWAITING_DECLARATION,
        )
    )


def apply_change(claim: Claim, suggestion: Suggestion, *, expected_hash: str) -> int | None:
    """Write ``suggestion`` to a claim whose evidence changed, under the desk's row locks
    (``review._locked``): the new suggestion and evidence, what changed and when
    (``evidence_change``, ``evidence_changed_at``), the sign-off of every verdict applying
    to it withdrawn with "Sign-off withdrawn: official figure revised: …" in its history,
    a verdict whose official figure was the checker's moved to the new one, and the claim
    back at the top of the desk when a verdict applies (``revision_pending``). The
    claim's version goes up, so a form open on it is stale.

    Returns the number of sign-offs withdrawn, or None when nothing was written: the claim
    is gone, or its evidence no longer hashes to ``expected_hash`` (an editor changed it
    meanwhile, and their save checked it again).
    """
    from .review import _locked

    now = timezone.now()
    with transaction.atomic():
        try:
            locked = _locked(claim.pk)
        except Claim.DoesNotExist:
            return None
        if stored_hash(locked) != expected_hash:
            return None
        note = describe_change(locked, suggestion)
        withdrawn = 0
        own = getattr(locked, "review", None)
        group = getattr(locked.group, "review", None) if locked.group_id else None
        for review in sorted((r for r in (own, group) if r is not None), key=lambda r: r.pk):
            if review.withdraw_sign_off(reason=f"Sign-off withdrawn: {note}."):
                withdrawn += 1
        applied = locked.effective_review
        if (
            applied is not None
            and suggestion.official_value is not None
            and applied.official_value == locked.official_value
            and applied.official_source in ("", locked.official_source)
        ):
            Review.objects.filter(pk=applied.pk).update(
                official_value=suggestion.official_value,
                official_source=suggestion.official_source[:300],
                version=F("version") + 1,
            )
            applied.refresh_from_db()
            applied._change_reason = f"Official figures changed: {note}."
            applied.save(update_fields=["updated_at"])  # history records it
        if claim.subject_key and not locked.subject_key:
            locked.subject_key = claim.subject_key
        processing.take_suggestion(locked, suggestion)
        locked.readings = []  # weighed again, against the new figures, when the desk shows them
        locked.evidence_changed_at = now
        locked.evidence_change = note[:300]
        locked.revision_pending = locked.revision_pending or applied is not None
        locked.version += 1
        locked._change_reason = f"Official figures changed: {note}."
        locked.save()
        return withdrawn


def describe_change(claim: Claim, suggestion: Suggestion) -> str:
    """What changed in a claim's evidence, as the desk and the history say it: "official
    figure revised: 21,225 → 21,226", "seat declared: official figure 21,225", …"""
    old, new = claim.official_value, suggestion.official_value
    was_awaiting = claim.suggested_verdict == Suggested.AWAITING_DECLARATION
    awaiting = suggestion.verdict == Suggested.AWAITING_DECLARATION
    if awaiting:
        return "awaiting the seat's declaration"
    if was_awaiting:
        if new is not None:
            return f"seat declared: official figure {_display(new, claim)}"
        return f"seat declared: {_verdict_label(suggestion.verdict)}"
    if old is not None and new is not None:
        if old != new:
            return f"official figure revised: {_display(old, claim)} → {_display(new, claim)}"
        return f"official figures behind {_display(new, claim)} revised"
    if new is not None:
        return f"official figure now available: {_display(new, claim)}"
    if old is not None:
        return f"official figure {_display(old, claim)} no longer applies"
    return f"checked again: {_verdict_label(suggestion.verdict)}"


def _verdict_label(value: str) -> str:
    if value in Verdict.values:
        return Verdict(value).label.lower()
    if value in Suggested.values:
        return Suggested(value).label.lower()
    return value


# -- the public pages ------------------------------------------------------------------


def pages_showing(claim_ids: list[int]) -> set[int]:
    """The contests whose pages may show these claims' checks: their articles' seats."""
    found: set[int] = set()
    for start in range(0, len(claim_ids), 5000):
        chunk = claim_ids[start : start + 5000]
        found |= set(
            Claim.objects.filter(pk__in=chunk, article__contest__isnull=False)
            .values_list("article__contest_id", flat=True)
            .distinct()
        )
    return found


def clear_pages(contest_ids: set[int]) -> None:
    """Forget the cached pages (and every numbered version) of these contests' seats."""
    if not contest_ids:
        return
    versions = dict(
        Publication.objects.filter(contest_id__in=contest_ids)
        .values("contest_id")
        .annotate(last=Max("version"))
        .values_list("contest_id", "last")
    )
    for pk, election, seat in Contest.objects.filter(pk__in=contest_ids).values_list(
        "pk", "election__slug", "constituency__slug"
    ):
        pagecache.clear(pagecache.contest_page_key(election, seat), versions=versions.get(pk, 0))


def under_review(claim_ids: Iterable[int], *, published_at: datetime.datetime) -> dict:
    """For the public page: ``{claim id: since}`` for the claims among ``claim_ids`` whose
    official figures changed after ``published_at`` (their checks as published may no
    longer match the result), or whose re-check is queued. One query."""
    found = {}
    for pk, requested, changed in Claim.objects.filter(pk__in=list(claim_ids)).values_list(
        "pk", "recheck_requested_at", "evidence_changed_at"
    ):
        if changed is not None and changed > published_at:
            found[pk] = changed
        elif requested is not None:
            found[pk] = requested
    return found
