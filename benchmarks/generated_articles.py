"""Results articles written from the official figures, for benchmarks that need volume.

``results_articles(contests, n)`` returns ``n`` texts of 3–4 KB, the i-th about
``contests[i % len(contests)]`` (pass the 650 seats of 2024 for a whole election's
coverage). Each reports, as results coverage does: the winner's and runner-up's
votes, the majority, the turnout, vote shares and their change, the third
candidate, the electorate, the seat's 2019 (notional) majority, and a paragraph
of national context (seats won, Labour's share, the Commons majority). About
one article in eight gets one figure wrong by a few hundred votes or a point or
two, as real coverage sometimes does. Deterministic for a given ``seed``. No
Django import: pass contests with ``ranked_candidacies`` loaded
(``Contest.objects.with_figures()``).
"""

from __future__ import annotations

import random

OPENINGS = (
    "Counting finished in the early hours at the leisure centre",
    "The result was declared shortly after 3am",
    "After a recount of the bundles, the returning officer read the result",
    "Cheers went up in the sports hall as the declaration was made",
)
NATIONAL = (
    "Nationally, Labour won 411 seats, a Commons majority of 174, on 33.7% of the vote. "
    "The Conservatives were reduced to 121 seats, their worst result, and the Liberal "
    "Democrats took 72. Turnout across the UK was 59.7%, the lowest since 2001.",
    "Across the country Labour's share of the vote rose by 1.6 points to 33.7%, enough "
    "for 411 seats. Reform UK won 14.3% of the vote but only five seats, while the "
    "Greens won four.",
)
FILLER = (
    "Campaigners had knocked on doors across the constituency for six weeks, and "
    "local issues, from the state of the roads to waiting lists at the hospital, "
    "dominated the hustings. Several candidates said the cost of living had come up "
    "on every doorstep. ",
    "The new MP thanked the count staff, the police and the volunteers, and promised "
    "to hold surgeries in every town and village of the seat before the summer "
    "recess. Supporters said the campaign had been the hardest fought in memory. ",
    "Local party officials said they would study the figures ward by ward over the "
    "coming days. The turnout, they said, reflected a campaign in which many voters "
    "had made up their minds late. ",
)


def _party(candidacy) -> str:
    party = candidacy.party
    return party.name if not party.is_independent else "independent"


def results_article(contest, rng: random.Random, *, wrong: bool = False) -> str:
    """One 3–4 KB article about ``contest`` (a 2024 ``Contest`` with its figures)."""
    ranked = contest.ranked_candidacies
    winner, second = ranked[0], ranked[1]
    third = ranked[2] if len(ranked) > 2 else None
    seat = contest.constituency.name
    majority = contest.majority or 0
    turnout = contest.turnout_declared
    votes = winner.votes
    if wrong:
        votes += rng.choice((-1, 1)) * rng.randint(150, 900)
    parts = [
        f"{rng.choice(OPENINGS)} in {seat}, where {winner.full_name} of {_party(winner)} "
        f"won with {votes:,} votes.",
        f"{second.full_name}, standing for {_party(second)}, came second with "
        f"{second.votes:,} votes, leaving a majority of {majority:,}.",
    ]
    if turnout is not None:
        parts.append(f"Turnout was {turnout:.1f}%, and {contest.electorate:,} people were "
                     "registered to vote.")  # fmt: skip
    if winner.share is not None:
        parts.append(f"{winner.full_name} took {winner.share:.1f}% of the vote, against "
                     f"{second.share:.1f}% for {second.full_name}.")  # fmt: skip
    if third is not None:
        parts.append(f"{third.full_name} of {_party(third)} was third with {third.votes:,} "
                     "votes.")  # fmt: skip
    previous = contest.previous_contest
    if previous is not None and previous.majority:
        parts.append(f"At the last election the seat's majority was {previous.majority:,}.")
    body = [" ".join(parts), rng.choice(NATIONAL)]
    text = "\n\n".join(body)
    while len(text) < 3000:
        text += "\n\n" + rng.choice(FILLER) + rng.choice(FILLER)
    return text


def results_articles(contests: list, n: int, *, seed: int = 14) -> list[str]:
    """``n`` articles, the i-th about ``contests[i % len(contests)]``, each distinct
    (a closing line numbers them, so no two have one fingerprint)."""
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        text = results_article(contests[i % len(contests)], rng, wrong=rng.random() < 0.125)
        texts.append(f"{text}\n\n(Report {i + 1} of {n}.)")
    return texts
