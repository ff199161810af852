"""Checking a swing: the two-party (Butler) swing between the parties a claim names.

A swing from A to B is ``((B_now − B_then) − (A_now − A_then)) / 2`` percentage points
(``results.arithmetic.butler_swing``), from the exact shares. It is taken in the seat the
sentence names (else the article's seat) against every baseline loaded, the seat at the
previous election and the notional previous result on the new boundaries
(``OfficialFigures.baselines``), or, when none is loaded, the previous election as the
Library's own published changes in share give it; or, when the sentence speaks of the
country and names no seat, from the UK's figures against the previous election's and the
notional baseline's (``OfficialFigures.national_baselines``). The explanation says which
baseline matched.

A swing is only ever suggested inaccurate when it names both parties and no baseline
gives it. With one party named ("a swing to Reform of 12 points") there is no single
swing: the suggestion is not_checkable with the readings (a swing to it from each of the
baseline's two leading parties, a swing from it to each of the two leading parties now),
and says which reading matches if one does. No Django
import.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction

from factcheck.vocabulary import SubjectKind
from results import arithmetic, national

from . import rules as v
from .claims import Claimed, Suggestion, not_checkable
from .context import ArticleContext, claim_contest, is_national
from .explanations import QUALIFIER_WORDS, best_reading, points, short_source
from .figures import ContestFig, OfficialFigures

__all__ = ["check_swing"]

Shares = Callable[[str], Decimal | None]  # a party's exact share in one result, percent


def check_swing(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext, election: str | None
) -> Suggestion:
    """A swing claim's suggestion (see the module docstring). The claim's subject is the
    party the swing went to, ``details["compared_to_key"]`` the party it came from."""
    to_party = claim.subject_key if claim.subject_kind == SubjectKind.PARTY else None
    from_party = claim.details.get("compared_to_key") or None
    if not to_party and not from_party:
        return not_checkable("The article does not say which parties this swing is between.")
    scene = _scene(claim, figures, context, election)
    if scene is None:
        return not_checkable("No official result is loaded to measure this swing in.")
    if not scene.baselines:
        return not_checkable(
            f"No earlier result for {scene.place} is loaded to measure a swing from."
        )
    if to_party and from_party:
        return _both_named(claim, figures, scene, from_party, to_party)
    return _one_named(claim, figures, scene, from_party, to_party)


class _Scene:
    """Where a swing is measured: the result now, the baselines, and how to read shares."""

    def __init__(
        self,
        place: str,
        now: tuple[Shares, list[str]],
        baselines: list[tuple[str, Shares, list[str]]],
        source: str,
    ) -> None:
        self.place = place  # "Hendon", "the UK"
        self.now, self.parties = now  # shares now; the parties now by votes, most first
        self.baselines = baselines  # (label, shares then, parties then by votes, most first)
        self.source = source


def _scene(
    claim: Claimed, figures: OfficialFigures, context: ArticleContext, election: str | None
) -> _Scene | None:
    """The seat the sentence names (else the claim's or the article's seat) with its
    baselines; or the UK when the sentence speaks of the country and names no seat, or the
    article has no seat."""
    contest = figures.contest_named_in(claim.sentence, election)
    if contest is None and not is_national(claim, context):
        contest = claim_contest(claim, figures, context, election)
    if contest is not None:
        baselines = [
            (label, _contest_shares(then), _contest_parties(then))
            for label, then in figures.baselines(contest)
        ]
        return _Scene(
            contest.name,
            (_contest_shares(contest), _contest_parties(contest)),
            baselines or _published_baseline(contest),
            contest.source,
        )
    summed = figures.national.get(election or "")
    if summed is None:
        return None
    return _Scene(
        "the UK",
        (_area_shares(summed.uk), _area_parties(summed.uk)),
        [
            (label, _area_shares(then), _area_parties(then))
            for label, then in figures.national_baselines(election or "")
        ],
        f"House of Commons Library, {figures.elections[election or ''].name}",
    )


def _published_baseline(contest: ContestFig) -> list[tuple[str, Shares, list[str]]]:
    """The seat at the previous election as the Library's own changes in share give it
    (``CandidateFig.library_change``: each party's share then is its share now less its
    change), when no earlier result is loaded (2019's, 2017, is not); empty when the
    Library publishes no change here. A party with no change published has no share then."""
    then: dict[str, Decimal] = {}
    for c in contest.candidates:
        if c.library_change is not None and not c.is_independent and c.share_exact is not None:
            then[c.party] = c.share_exact - c.library_change
    if not then:
        return []
    parties = sorted(then, key=lambda party: -then[party])
    return [("the previous general election, from the Library's own changes", then.get, parties)]


def _contest_shares(contest: ContestFig) -> Shares:
    return lambda party: contest.party_share(party, exact=True)


def _contest_parties(contest: ContestFig) -> list[str]:
    """The parties that stood, most votes first (independents and the Speaker left out)."""
    ordered: list[str] = []
    for c in contest.candidates:
        if not c.is_independent and c.party not in ordered and c.party != "Spk":
            ordered.append(c.party)
    return ordered


def _area_shares(area: national.AreaFigures) -> Shares:
    def share(party: str) -> Decimal | None:
        found = area.party(party)
        return _decimal(found.share_exact) if found and found.share_exact is not None else None

    return share


def _area_parties(area: national.AreaFigures) -> list[str]:
    parties = [p for p in area.parties if not p.is_independent and not p.is_speaker]
    return [p.party for p in sorted(parties, key=lambda p: -p.votes)]


def _decimal(value: Fraction) -> Decimal:
    with localcontext() as context:
        context.prec = 40
        return Decimal(value.numerator) / Decimal(value.denominator)


def _swing(scene: _Scene, then: Shares, from_party: str, to_party: str) -> Decimal | None:
    """The Butler swing from one party to the other against one baseline, or None when
    either party has no share in either result."""
    shares = (then(from_party), scene.now(from_party), then(to_party), scene.now(to_party))
    if any(s is None for s in shares):
        return None
    a_then, a_now, b_then, b_now = shares
    return arithmetic.butler_swing(from_then=a_then, from_now=a_now, to_then=b_then, to_now=b_now)


def _working(
    scene: _Scene, then: Shares, pair: tuple[str, str], names: tuple[str, str], label: str
) -> str:
    """The arithmetic of the swing from ``pair[0]`` to ``pair[1]`` (``names`` as written)
    against one baseline, with the shares rounded to two places."""
    a_then, a_now, b_then, b_now = (
        v.fmt(share, places=2)
        for share in (then(pair[0]), scene.now(pair[0]), then(pair[1]), scene.now(pair[1]))
    )
    swing = _swing(scene, then, *pair)
    return (
        f"since {label}: (({names[1]} {b_now}% − {b_then}%) − ({names[0]} {a_now}% − "
        f"{a_then}%)) ÷ 2 = {points(swing)}"
    )


# How an explanation says a swing went the other way (``doubts`` reads it).
OTHER_WAY = "The swing was the other way"


def _compare(claim: Claimed, swing: Decimal, names: tuple[str, str]) -> v.Comparison:
    """One reading: a swing the other way is wrong; else compared at the decimals written."""
    if swing < 0:
        return v.Comparison(
            v.INACCURATE,
            f"{OTHER_WAY}, from {names[1]} to {names[0]}, {v.fmt(abs(swing), places=2)} points.",
        )
    return v.compare(
        written=claim.text,
        value=claim.value,
        official=swing,
        qualifier=claim.qualifier,
        is_percent=True,
    )


def _both_named(
    claim: Claimed, figures: OfficialFigures, scene: _Scene, from_party: str, to_party: str
) -> Suggestion:
    """Both parties named: one reading per baseline; inaccurate only if none matches."""
    names = (figures.parties.get(from_party, from_party), figures.parties.get(to_party, to_party))
    readings, stated, worked = [], [], []
    for label, then, _parties in scene.baselines:
        swing = _swing(scene, then, from_party, to_party)
        if swing is None:
            continue
        stated.append(f"{points(swing)} points since {label}")
        worked.append(_working(scene, then, (from_party, to_party), names, label))
        readings.append((label, swing, _compare(claim, swing, names)))
    if not readings:
        return not_checkable(
            f"{names[0]} and {names[1]} did not both stand in {scene.place} now and in an "
            "earlier result loaded: no swing between them can be taken."
        )
    label, swing, result = best_reading(readings)
    matched = f" Matches the swing since {label}." if result.verdict != v.INACCURATE else ""
    return Suggestion(
        verdict=result.verdict,
        explanation=(
            f"Official: two-party swing from {names[0]} to {names[1]} in {scene.place} of "
            f"{'; '.join(stated)} ({short_source(scene.source)}). Article: "
            f"{_article(claim)}. {result.reason}{matched}"
        ),
        official_value=v.round_to(swing, Decimal("0.01")),
        official_source=scene.source,
        working="; ".join(worked),
    )


def _one_named(
    claim: Claimed,
    figures: OfficialFigures,
    scene: _Scene,
    from_party: str | None,
    to_party: str | None,
) -> Suggestion:
    """One party named: a swing to it is read from each of a baseline's two leading
    parties, a swing from it to each of the two leading parties now; never a verdict, but
    the reading that matches, if one does, is named."""
    named = to_party or from_party or ""
    name = figures.parties.get(named, named)
    readings, stated = [], []
    for label, then, parties in scene.baselines:
        others = [p for p in (parties if to_party else scene.parties) if p != named][:2]
        for other in others:
            pair = (other, named) if to_party else (named, other)
            swing = _swing(scene, then, *pair)
            if swing is None:
                continue
            names = tuple(figures.parties.get(p, p) for p in pair)
            stated.append(f"from {names[0]} to {names[1]} {points(swing)} points since {label}")
            readings.append((names, label, swing, _compare(claim, swing, names)))
    side = f"to {name}" if to_party else f"from {name}"
    if not readings:
        return not_checkable(
            f"A swing {side}, but the article names only one party, and no swing with "
            f"{name} can be taken in {scene.place} from the results loaded."
        )
    names, label, swing, result = best_reading(readings)
    found = (
        f" The article's {_article(claim)} matches the swing from {names[0]} to {names[1]} "
        f"since {label}, but it does not name {names[0] if to_party else names[1]}."
        if result.verdict != v.INACCURATE
        else ""
    )
    return not_checkable(
        f"A swing {side} names only one party: a two-party swing needs both. Readings in "
        f"{scene.place}: {'; '.join(stated)} ({short_source(scene.source)}).{found}"
    )


def _article(claim: Claimed) -> str:
    """The claim's figure as the explanation quotes it: "around 10.4 points"."""
    return f"{QUALIFIER_WORDS.get(claim.qualifier, '')}{v.fmt(claim.value)} points"
