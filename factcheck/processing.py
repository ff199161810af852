"""The one path from an article to its checked claims: extract, check, store, group.

Ingestion, the background task, the ``extract_claims`` command, the seeds,
an editor's correction and every re-check go through these functions, so a
claim is found and checked the same way wherever it came from. They read the
official figures through ``factcheck.snapshot.current()``, built once per
process and rebuilt only when the official data changed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import OperationalError, transaction
from django.utils import timezone

from results.models import Election

from . import extraction, progress, snapshot
from .checking import (
    ArticleContext,
    Claimed,
    Suggestion,
    check_claim,
    check_claims,
    check_reading,
    doubted,
    frame_of,
    infer_context,
    read_nationally,
    readings_for,
)
from .claims import election_for, store_claims
from .models import Article, Claim, ClaimEvidence
from .vocabulary import ClaimType, Qualifier, SubjectKind, Unit, Verdict


@dataclass(frozen=True)
class CheckedText:
    """A text's claims as the extractor found them, each with the checker's suggestion.

    ``suggestions`` is empty when no official figure is loaded at all.
    """

    found: list[extraction.Claim]
    suggestions: list[Suggestion]
    context: ArticleContext


def check_text(
    text: str,
    *,
    election: str | None,
    day: datetime.date | None = None,
    current: snapshot.Snapshot | None = None,
    max_figures: int | None = None,
) -> CheckedText:
    """Extract every check-worthy figure from ``text`` and check each one.

    ``election`` is the slug the text is about (figures without an election
    marker belong to it); ``day`` the publication date (ages are taken on it;
    default: the election's polling day). Offsets index ``text`` exactly.
    Raises ``extraction.TooManyFigures`` past ``max_figures`` numbers.
    """
    current = current or snapshot.current()
    found = extraction.extract_claims(
        text, gazetteer=current.gazetteer, election=election, max_figures=max_figures
    )
    claimed = [Claimed.from_extracted(c) for c in found]
    context = infer_context(claimed, current.figures, election=election, text=text, day=day)
    suggestions = (
        check_claims(claimed, current.figures, election=election, context=context)
        if current.has_figures
        else []
    )
    taken = {(c.start, c.end, c.claim_type) for c in found}
    for i, (claim, suggestion) in enumerate(zip(found, suggestions, strict=False)):
        kind = suggestion.reading and suggestion.reading["claim_type"]
        if kind and kind != claim.claim_type and (claim.start, claim.end, kind) in taken:
            # another claim of the figure is already of that kind: this one keeps its own
            # reading, and the suggestion for it (``claimed[i]``: the claim is unchanged)
            own = check_reading(claimed[i], current.figures, context)
            if own.verdict == Verdict.INACCURATE:
                own = doubted(claimed[i], own, current.figures, context)
            suggestions[i] = own
            continue
        take_reading(claim, suggestion)
    return CheckedText(found=found, suggestions=suggestions, context=context)


def take_reading(claim: extraction.Claim, suggestion: Suggestion) -> None:
    """Give ``claim`` the reading the checker took for it (``Suggestion.reading``), in its
    frame (``checking.frame_of``), keeping what the extractor said in
    ``claim.extracted_as``; nothing when it kept the claim's own."""
    taken = suggestion.reading
    if not taken:
        return
    claim.extracted_as = {
        "claim_type": str(claim.claim_type),
        "subject": claim.subject,
        "subject_kind": claim.subject_kind and str(claim.subject_kind),
        "subject_key": claim.subject_key,
        "election": claim.election,
    }
    details = {
        "compared_to": claim.compared_to,
        "compared_to_key": claim.compared_to_key,
        "is_majority": claim.is_majority,
        "scope": claim.scope,
    }
    unit, qualifier, details = frame_of(
        taken, unit=claim.unit, qualifier=claim.qualifier, details=details
    )
    claim.claim_type = ClaimType(taken["claim_type"])
    claim.subject = taken["subject"]
    claim.subject_kind = taken["subject_kind"] and SubjectKind(taken["subject_kind"])
    claim.subject_key = taken["subject_key"]
    claim.election = taken["election"]
    claim.unit, claim.qualifier = Unit(unit), Qualifier(qualifier)
    claim.compared_to = details.get("compared_to")
    claim.compared_to_key = details.get("compared_to_key")
    claim.is_majority = bool(details.get("is_majority"))
    claim.scope = details.get("scope")


def process_article(
    article: Article, *, current: snapshot.Snapshot | None = None, only_pending: bool = False
) -> list[Claim]:
    """Extract, check and store one article's claims; editors' own claims stay.

    Sets the article's seat (the contest its claims and text name most) and
    ``extracted_at``. Returns the stored claims. With ``only_pending``, nothing is
    written if another process extracted the article meanwhile (its row is locked
    for the writing and read again; returns ``[]``): two workers given one article
    store its claims once, without an error.
    """
    current = current or snapshot.current()
    elections = list(Election.objects.all())
    return _process(article, current=current, elections=elections, only_pending=only_pending)


def process_articles(articles: Iterable[Article]) -> int:
    """``process_article`` for each article, with one snapshot; returns the claims stored."""
    current = snapshot.current()
    elections = list(Election.objects.all())
    return sum(len(_process(a, current=current, elections=elections)) for a in articles)


# Numbers one stored article may hold: a dense 1 MB results table has about 25,000; a
# paste of "9 9 9 …" with 450,000 took the worker 15 minutes and 1.5 GB. Beyond this the
# extraction fails at once and the article says why (``extraction.TooManyFigures``).
MAX_FIGURES = 30_000


def _process(
    article: Article, *, current: snapshot.Snapshot, elections: list, only_pending: bool = False
) -> list[Claim]:
    election = election_for(article, elections)
    slug = election.slug if election else None
    checked = check_text(
        article.body,
        election=slug,
        day=article.published_on,
        current=current,
        max_figures=MAX_FIGURES,
    )
    contest = checked.context.contest
    # The claims, the seat and "extracted" are written together, after the (slow) reading
    # and outside it: a process killed at any point leaves the article extracted with its
    # claims, or pending with none, and the write lock is held only for the writing.
    with transaction.atomic():
        if only_pending and not (
            Article.objects.select_for_update()
            .filter(pk=article.pk, extracted_at__isnull=True)
            .exists()
        ):
            return []
        article.contest_id = contest.contest_id if contest else None
        article.seats_named = seats_to_keep(checked.context, current.figures, slug)
        stored = store_claims(
            article=article,
            found=checked.found,
            elections={e.slug: e for e in elections},
            suggestions=checked.suggestions or None,
        )
        record_evidence(stored, checked.suggestions)
        article.extracted_at = timezone.now()
        article.extraction_error = ""
        article.save(
            update_fields=[
                "contest", "seats_named", "extracted_at", "extraction_error",
                *progress.ARTICLE_COUNTS.values(),
            ]
        )  # fmt: skip
        # last before the commit: the rows of groups every article shares (UK-wide
        # figures) are locked from here to the commit only, so workers barely wait
        progress.add_article_to_groups(article.__dict__.pop("_groups_gained", ()))
    return stored


def seats_to_keep(context: ArticleContext, figures, election: str | None) -> list[str] | None:
    """The seats an article's text names, as re-checks will read them instead of the text
    (``Article.seats_named``): contest keys in the order found. None (the text is read
    again) when they may change: the election's figures are not loaded, or the text names
    a seat still awaiting its declaration, whose figures will come."""
    if election not in figures.elections or getattr(context, "awaiting", None) is not None:
        return None
    return list(context.named)


def record_evidence(claims: list[Claim], suggestions: list[Suggestion]) -> None:
    """Store the seats each new claim's evidence came from (``ClaimEvidence``);
    ``suggestions[i]`` is ``claims[i]``'s, and its hash was stored with the claim
    (``Claim.evidence_hash``). Claims must be saved and have no evidence rows yet.
    Nothing without suggestions (no official figure loaded). One query per 1,000 rows."""
    if not suggestions:
        return
    ClaimEvidence.add(
        {c.pk: list(s.evidence) for c, s in zip(claims, suggestions, strict=True) if s.evidence}
    )


def extract_pending(article_id: int) -> int:
    """The background task's work: extract and store a pending article's claims.

    Returns how many claims were stored: 0 when the article is gone, or already
    extracted (a task run again after its worker died must not replace claims an
    editor has started reviewing). A failure is recorded on the article
    (``Article.extraction_error``, shown with a "try again" button) and re-raised,
    except "database is locked", which is raised untouched so the worker retries.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.extracted_at is not None:
        return 0
    try:
        return len(process_article(article, only_pending=True))
    except Exception as exc:
        if not is_database_busy(exc):
            record_extraction_failure(article_id, exc)
        raise


def record_extraction_failure(article_id: int, error: BaseException | str) -> None:
    """Say on a still-pending article why its claims could not be extracted.

    ``error`` is the exception raised, or a sentence; stored in
    ``Article.extraction_error`` (at most 1,000 characters).
    """
    if isinstance(error, BaseException):
        detail = str(error) or "no message"
        error = f"Claims could not be extracted: {type(error).__name__}: {detail}"
    Article.objects.filter(pk=article_id, extracted_at__isnull=True).update(
        extraction_error=error[:1000]
    )


def is_database_busy(exc: BaseException) -> bool:
    """Whether ``exc`` is the database saying it is busy ("database is locked" on SQLite)."""
    return isinstance(exc, OperationalError) and "locked" in str(exc).lower()


def recheck_claim(claim: Claim, *, keep_readings: bool = False) -> None:
    """Check a claim again, as it now reads, from the current official figures (not saved).

    Used after an editor corrected a claim, added one the extractor missed or chose
    one of its readings: the claim is checked under the type, subject and election
    the editor gave (``checking.check_reading``), never re-read as another figure. A
    subject typed by name is resolved to its candidate, party or seat first. Its
    readings are weighed afresh unless ``keep_readings`` (an editor stepping through
    them keeps the list they step through).
    """
    figures = snapshot.current().figures
    if claim.subject and not claim.subject_key:
        election = claim.election.slug if claim.election_id else None
        claim.subject_key = figures.resolve_subject(claim.subject, claim.subject_kind, election)
    claimed, context = _as_checked(claim, figures)
    # the claim's own reading comes first in ``readings_for``: checked once, for both
    weighed = [] if keep_readings else readings_for(claimed, figures, context, check_reading)
    suggestion = weighed[0].suggestion if weighed else check_reading(claimed, figures, context)
    take_suggestion(claim, suggestion)
    if not keep_readings:
        claim.readings = [w.to_dict() for w in weighed]


def take_suggestion(claim: Claim, suggestion: Suggestion) -> None:
    """Give ``claim`` the checker's ``suggestion``: verdict, official figure and source,
    explanation, working, and its evidence (hash and seats, written when it is saved)."""
    claim.suggested_verdict = suggestion.verdict
    claim.official_value = suggestion.official_value
    claim.official_source = suggestion.official_source[:300]
    claim.explanation = suggestion.explanation
    claim.working = suggestion.working
    claim.evidence_hash = suggestion.evidence_hash
    claim.set_evidence(suggestion.evidence)


def check_again(
    article: Article,
    claims: list[Claim],
    *,
    current: snapshot.Snapshot,
    elections: list[Election],
    article_claims: list[Claim] | None = None,
) -> list[Suggestion]:
    """Check stored claims of one article again against the official figures as they are
    now: each under its own reading (its type, subject and election as stored, never read
    as another figure), in the article's context inferred, as when it was extracted, from
    the seats its text names (``Article.seats_named``, stored then; the text itself for an
    article extracted before they were) and all its claims (``article_claims``, default
    ``claims``). An extracted
    claim the checker could not place ("Unclear which figure this is") has its readings
    weighed again, as at extraction (``checking.check_claim``), unless an editor chose
    its reading. A subject stored by name only is resolved first (``claim.subject_key``
    is set, not saved). Nothing is written. Returns one suggestion per claim, in order;
    claims need ``election`` loaded."""
    figures = current.figures
    election = election_for(article, elections)
    slug = election.slug if election else None
    every = [Claimed.from_model(c) for c in (article_claims or claims)]
    context = article_context(article, every, figures, election=slug, day=article.published_on)
    found = []
    for claim in claims:
        if claim.subject and not claim.subject_key:
            own = claim.election.slug if claim.election_id else None
            claim.subject_key = figures.resolve_subject(claim.subject, claim.subject_kind, own)
        claimed = Claimed.from_model(claim)
        unplaced = (
            claim.suggested_verdict == Verdict.NOT_CHECKABLE
            and claim.official_value is None
            and claim.origin == Claim.Origin.EXTRACTED
            and claim.reading_chosen_by_id is None
        )
        check = check_claim if unplaced else check_reading
        found.append(check(claimed, figures, context))
    return found


def claim_readings(claim: Claim) -> list[dict]:
    """Every reading of a stored claim, with its official value and suggested verdict
    (``checking.readings_for``): the stored list when the checker weighed more than
    one, else weighed now. Each is a dict (``readings.Weighed.to_dict``); the claim's
    own reading is marked ``"current": True``."""
    figures = snapshot.current().figures
    claimed, context = _as_checked(claim, figures)
    stored = [dict(r) for r in claim.readings or []]
    if len(stored) < 2:
        stored = [w.to_dict() for w in readings_for(claimed, figures, context, check_reading)]
    election = claim.election.slug if claim.election_id else None
    national = read_nationally(claimed, context)
    over_someone = bool((claim.details or {}).get("compared_to_key"))
    for reading in stored:
        reading["current"] = (
            (reading["claim_type"], reading["subject_key"] or "")
            == (claim.claim_type, claim.subject_key or "")
            and (election is None or reading["election"] in (election, None))
            and bool(reading.get("national")) == national
            # a majority said over someone is not the seat's over its runner-up
            and not (reading.get("whole_seat") and over_someone)
        )
    return stored


def _as_checked(claim: Claim, figures) -> tuple[Claimed, ArticleContext]:
    """A stored claim as the checker takes it, with its article's context."""
    claimed = Claimed.from_model(claim)
    election = claim.election.slug if claim.election_id else None
    context = article_context(claim.article, [claimed], figures, election=election)
    return claimed, context


def article_context(
    article: Article, claims: list[Claimed], figures, *, election: str | None, day=None
) -> ArticleContext:
    """``checking.infer_context`` for a stored article: from the seats its text names as
    found at extraction (``Article.seats_named``), without reading the text again; from
    the text for an article extracted before they were stored."""
    if article.seats_named is not None:
        return infer_context(claims, figures, election=election, day=day,
                             seats_named=article.seats_named)  # fmt: skip
    return infer_context(claims, figures, election=election, text=article.body, day=day)
