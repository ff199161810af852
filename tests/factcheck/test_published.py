"""The published-check schema, the summary sentences, and the one review-status rule."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from factcheck.models import Article, Claim, Publication
from factcheck.published import SCHEMA, PublishedCheck, UnreadableCheck, read_checks
from factcheck.publishing import indefinite_article, publish_contest, summarise
from factcheck.review import approve, reject_claim, set_verdict, state_token
from factcheck.vocabulary import ClaimType, Qualifier, ReviewStatus, Unit, Verdict
from results.models import Constituency, Contest, Election

# One check as publish_contest() stored it before checks carried a schema number.
STORED_BEFORE_SCHEMA = {
    "id": 7, "text": "24,120", "quote": "Corbyn won 24,120 votes.",
    "summary": "Jeremy Corbyn won 24,120 votes in 2024", "claim_type": "candidate_votes",
    "subject": "Jeremy Corbyn", "speaker": "", "election": "ge2024", "verdict": "accurate",
    "verdict_label": "Accurate", "rating": 5, "explanation": "Exact match.",
    "official_value": "24120", "official_display": "24,120",
    "official_source": "House of Commons Library", "source_row": "file.csv, line 2",
    "working": "", "reviewed_by": "ed1", "approved_by": "ed2",
    "articles": [{"claim_id": 7, "title": "Corbyn holds", "outlet": "Tribune",
                  "url": "https://news.example/a", "published_on": "2024-07-05",
                  "sentence": "Corbyn won 24,120 votes."}],
    "date_published": "2024-07-05T10:00:00+00:00", "date_modified": "2024-07-05T10:00:00+00:00",
}  # fmt: skip


def test_a_check_stored_before_the_schema_number_reads_as_schema_1():
    check = PublishedCheck.from_stored(STORED_BEFORE_SCHEMA)
    assert check.schema == SCHEMA == 2
    assert check.articles[0].outlet == "Tribune"
    # schema 1's row reads as the citation it was published with, on the seat's page
    assert (check.citation, check.scope) == ("file.csv, line 2", "seat")
    shown = {k: v for k, v in STORED_BEFORE_SCHEMA.items() if k != "source_row"}
    assert check.to_export() == shown | {"citation": "file.csv, line 2", "scope": "seat"}
    assert PublishedCheck.from_stored(check.to_stored()) == check


def test_a_newer_schema_or_a_missing_key_is_refused_by_name():
    with pytest.raises(UnreadableCheck, match="schema 3"):
        PublishedCheck.from_stored({**STORED_BEFORE_SCHEMA, "schema": 3})
    incomplete = {k: v for k, v in STORED_BEFORE_SCHEMA.items() if k != "verdict"}
    with pytest.raises(UnreadableCheck, match="'verdict'"):
        read_checks([incomplete])


@pytest.mark.django_db
def test_an_old_publication_still_renders_and_republishing_it_unchanged_is_refused(
    seeded, client, editor, second_editor, publisher
):
    contest = Contest.objects.get(election__slug="ge2024", constituency__slug="islington-north")
    claim = Claim.objects.for_review().filter(text="24,120").first()
    set_verdict(claim=claim, editor=editor, verdict=Verdict.ACCURATE, token=state_token(claim))
    claim = Claim.objects.for_review().get(pk=claim.pk)
    approve(claim=claim, editor=second_editor, token=state_token(claim))
    publication = publish_contest(contest=contest, publisher=publisher)
    # As an older version of the code stored it: no schema number.
    old_shape = [{k: v for k, v in c.items() if k != "schema"} for c in publication.checks]
    Publication.objects.filter(pk=publication.pk).update(checks=old_shape)
    check_id = old_shape[0]["id"]
    html = client.get(contest.get_absolute_url()).content.decode()
    assert f'id="claim-{check_id}"' in html
    assert client.get(f"{contest.get_absolute_url()}claims/{check_id}/").status_code == 200
    assert client.get("/results/ge2024/checks.csv").content.decode().count("\n") == 2
    # schema 1 cited the constituency file for a candidate's votes: the next version
    # cites the candidate file's row, a new citation and not a correction
    again = publish_contest(contest=contest, publisher=publisher)
    assert again.checks[0]["citation"] == "HoC-GE2024-results-by-candidate.csv, line 8"
    assert not again.corrections.exists()
    with pytest.raises(ValidationError, match="Nothing has changed"):
        publish_contest(contest=contest, publisher=publisher)


def _claim(claim_type, text, value, *, unit=Unit.SEATS, qualifier=Qualifier.EXACT,
           party="Labour", **details):  # fmt: skip
    election = Election(pk=1, slug="ge2024", name="2024", date=datetime.date(2024, 7, 4))
    return Claim(
        article=Article(title="t", body="b"), election=election, claim_type=claim_type,
        text=text, value=Decimal(value), unit=unit, qualifier=qualifier, subject=party,
        subject_kind="party", sentence="The sentence.", details=details,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "summary"),
    [
        (_claim(ClaimType.SEAT_PROJECTION, "170-seat", 170, is_majority=True),
         "Labour was projected to win a 170-seat majority in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "80-seat", 80, is_majority=True),
         "Labour was projected to win an 80-seat majority in 2024"),
        (_claim(ClaimType.SEAT_COUNT, "150-seat", 150, is_majority=True),
         "Labour won a 150-seat majority in 2024"),
        (_claim(ClaimType.SEAT_COUNT, "150-seat", 150), "Labour won 150 seats in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "410", 410),
         "Labour was projected to win 410 seats in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "one", 1),
         "Labour was projected to win one seat in 2024"),
        (_claim(ClaimType.SEAT_COUNT, "170", 170, qualifier=Qualifier.APPROX, is_majority=True),
         "Labour won a majority of around 170 seats in 2024"),
        (_claim(ClaimType.TERM_COUNT, "11th", 11, unit=Unit.ORDINAL),
         "Labour won an 11th term in 2024"),
        (_claim(ClaimType.TERM_COUNT, "eleventh", 11, unit=Unit.ORDINAL),
         "Labour won an 11th term in 2024"),
        (_claim(ClaimType.TERM_COUNT, "tenth", 10, unit=Unit.ORDINAL),
         "Labour won a 10th term in 2024"),
        (_claim(ClaimType.SEAT_PROJECTION, "131", 131, party="Conservative"),
         "The Conservatives were projected to win 131 seats in 2024"),
    ],
)  # fmt: skip
def test_the_summary_is_built_from_the_data_for_any_number(claim, summary):
    assert summarise(claim) == summary


def _with_subject(claim, subject, kind):
    claim.subject, claim.subject_kind = subject, kind
    return claim


def _typed(claim_type, text, value, unit, *, subject="Labour", kind="party", **details):
    """``_claim`` with a subject of the given kind ("party", "candidate", "constituency")."""
    return _with_subject(_claim(claim_type, text, value, unit=unit, **details), subject, kind)


# One claim of every type, and its summary: a complete sentence under 75 characters, never cut.
SUMMARIES = {
    ClaimType.CANDIDATE_VOTES: (
        _typed(ClaimType.CANDIDATE_VOTES, "24,120", 24120, Unit.VOTES, subject="Jeremy Corbyn",
               kind="candidate"), "Jeremy Corbyn won 24,120 votes in 2024"),
    ClaimType.MAJORITY: (
        _typed(ClaimType.MAJORITY, "7,247", 7247, Unit.MAJORITY, subject="Jeremy Corbyn",
               kind="candidate"), "Jeremy Corbyn won by a majority of 7,247 in 2024"),
    ClaimType.TURNOUT: (
        _typed(ClaimType.TURNOUT, "67.5%", 67.5, Unit.PERCENT, subject="Islington North",
               kind="constituency"), "Turnout in Islington North was 67.5% in 2024"),
    ClaimType.TURNOUT_CHANGE: (
        _typed(ClaimType.TURNOUT_CHANGE, "4.1 points", 4.1, Unit.PERCENTAGE_POINTS,
               subject="Islington North", kind="constituency"),
        "Turnout in Islington North changed by 4.1 points in 2024"),
    ClaimType.VOTE_SHARE: (
        _typed(ClaimType.VOTE_SHARE, "33.7%", 33.7, Unit.PERCENT),
        "Labour won 33.7% of the vote in 2024"),
    ClaimType.VOTE_SHARE_CHANGE: (
        _typed(ClaimType.VOTE_SHARE_CHANGE, "1.6 points", 1.6, Unit.PERCENTAGE_POINTS),
        "Labour's vote share changed by 1.6 points in 2024"),
    ClaimType.SEAT_COUNT: (
        _typed(ClaimType.SEAT_COUNT, "411", 411, Unit.SEATS), "Labour won 411 seats in 2024"),
    ClaimType.SEAT_PROJECTION: (
        _typed(ClaimType.SEAT_PROJECTION, "410", 410, Unit.SEATS),
        "Labour was projected to win 410 seats in 2024"),
    ClaimType.AGE: (
        _typed(ClaimType.AGE, "75", 75, Unit.YEARS_OLD, subject="Jeremy Corbyn",
               kind="candidate"), "Jeremy Corbyn is 75 years old"),
    ClaimType.YEAR: (_typed(ClaimType.YEAR, "1983", 1983, Unit.YEAR),
                     "A claim about Labour in 1983"),
    ClaimType.TERM_COUNT: (
        _typed(ClaimType.TERM_COUNT, "11th", 11, Unit.ORDINAL, subject="Jeremy Corbyn",
               kind="candidate"), "Jeremy Corbyn won an 11th term in 2024"),
    ClaimType.RANK: (
        _typed(ClaimType.RANK, "fifth", 5, Unit.ORDINAL, subject="Martyn Nelson",
               kind="candidate"), "Martyn Nelson came fifth in 2024"),
    ClaimType.SWING: (
        _typed(ClaimType.SWING, "10.4%", 10.4, Unit.PERCENTAGE_POINTS,
               compared_to="Conservative"),
        "A swing of 10.4% from the Conservatives to Labour in 2024"),
    ClaimType.BALLOT_COUNT: (
        _typed(ClaimType.BALLOT_COUNT, "72,852", 72852, Unit.COUNT, subject="Islington North",
               kind="constituency", measure="electorate"),
        "The electorate in Islington North was 72,852 in 2024"),
    ClaimType.NAME: (
        _typed(ClaimType.NAME, "Vikkas Aggarwal", 0, Unit.OTHER, subject="Vikas Aggarwal",
               kind="candidate"), "A candidate was named as Vikkas Aggarwal"),
    ClaimType.OTHER: (_typed(ClaimType.OTHER, "40", 40, Unit.COUNT), "A claim of 40 about Labour"),
}  # fmt: skip


def test_every_claim_type_has_a_summary():
    assert set(SUMMARIES) == set(ClaimType)
    for claim_type, (claim, summary) in SUMMARIES.items():
        assert summarise(claim) == summary, claim_type


def _seat_claim(claim_type, text, value, unit, sentence, **details):
    claim = _with_subject(_claim(claim_type, text, value, unit=unit, **details), "", "")
    claim.article.contest = Contest(pk=1, constituency=Constituency(name="Hendon"))
    claim.sentence = sentence
    return claim


@pytest.mark.parametrize(
    ("claim", "summary"),
    [
        (_with_subject(_claim(ClaimType.SWING, "12 points", 12, unit=Unit.PERCENTAGE_POINTS),
                       "Reform UK", "party"), "A swing of 12 points to Reform UK in 2024"),
        (_with_subject(_claim(ClaimType.SWING, "8.5 per cent", 8.5,
                              unit=Unit.PERCENTAGE_POINTS, compared_to="Conservative"), "", ""),
         "A swing of 8.5 per cent from the Conservatives in 2024"),
        (_seat_claim(ClaimType.SWING, "4%", 4, Unit.PERCENTAGE_POINTS, "A 4% swing here.",
                     compared_to="Conservative"),
         "A swing of 4% from the Conservatives in Hendon in 2024"),
        (_seat_claim(ClaimType.SWING, "10.8 points", 10.8, Unit.PERCENTAGE_POINTS,
                     "Nationally the swing was 10.8 points."),
         "A swing of 10.8 points across the UK in 2024"),
        (_seat_claim(ClaimType.BALLOT_COUNT, "189", 189, Unit.VOTES, "189 were rejected.",
                     measure="rejected_ballots"), "189 ballots were rejected in Hendon in 2024"),
        (_seat_claim(ClaimType.BALLOT_COUNT, "41,256", 41256, Unit.VOTES, "41,256 valid votes.",
                     measure="valid_votes"), "Hendon had 41,256 valid votes in 2024"),
        (_seat_claim(ClaimType.BALLOT_COUNT, "41,446", 41446, Unit.VOTES, "Papers issued.",
                     measure="ballots_issued"),
         "41,446 ballot papers were issued in Hendon in 2024"),
        (_seat_claim(ClaimType.BALLOT_COUNT, "41,446", 41446, Unit.VOTES, "Votes cast.",
                     measure="votes_cast"), "41,446 votes were cast in Hendon in 2024"),
        (_seat_claim(ClaimType.BALLOT_COUNT, "28,809,340", 28809340, Unit.VOTES,
                     "Across the UK 28,809,340 valid votes.", measure="valid_votes"),
         "The UK had 28,809,340 valid votes in 2024"),
    ],
)  # fmt: skip
def test_swings_and_counts_say_where_and_between_whom(claim, summary):
    assert summarise(claim) == summary


def test_a_claim_about_an_election_not_loaded_names_it():
    claim = _with_subject(
        _claim(ClaimType.CANDIDATE_VOTES, "26,897", 26897, unit=Unit.VOTES,
               election_not_loaded="ge2017"), "Emily Thornberry", "candidate",
    )  # fmt: skip
    claim.election = None
    assert summarise(claim) == "Emily Thornberry won 26,897 votes in 2017"
    claim.details = {"election_not_loaded": "by-election-2016"}
    assert summarise(claim) == "Emily Thornberry won 26,897 votes in the 2016 by-election"


@pytest.mark.parametrize(
    ("figure", "article"),
    [("8", "an"), ("11", "an"), ("18", "an"), ("80", "an"), ("800", "an"), ("8,000", "an"),
     ("11,500", "an"), ("1", "a"), ("110", "a"), ("170", "a"), ("1,800", "a"), ("eleventh", "an"),
     ("one", "a"), ("tenth", "a")],
)  # fmt: skip
def test_a_or_an_before_a_figure(figure, article):
    assert indefinite_article(figure) == article


@pytest.mark.django_db
def test_the_queue_and_the_claim_agree_on_every_review_status(seeded, editor, second_editor):
    """status_label in Python and the SQL the queue counts with come from one rule."""
    claims = list(Claim.objects.for_review())
    set_verdict(claim=claims[0], editor=editor, verdict=Verdict.ACCURATE,
                token=state_token(claims[0]))  # fmt: skip
    fresh = Claim.objects.for_review().get(pk=claims[0].pk)
    approve(claim=fresh, editor=second_editor, token=state_token(fresh))
    set_verdict(claim=claims[5], editor=editor, verdict=Verdict.MISLEADING,
                token=state_token(claims[5]), this_article_only=True)  # fmt: skip
    reject_claim(claim=claims[9], editor=editor, token=state_token(claims[9]))
    claims = list(Claim.objects.for_review())
    seen = set()
    for status in ReviewStatus:
        expected = {c.pk for c in claims if c.status_label == status}
        assert set(Claim.objects.in_review_status(status).values_list("pk", flat=True)) == expected
        seen |= {status} if expected else set()
    assert seen == set(ReviewStatus)
    counts = {a.pk: a for a in Article.objects.with_review_counts()}
    for article_id in {c.article_id for c in claims}:
        mine = [c for c in claims if c.article_id == article_id]
        for status in ReviewStatus:
            assert getattr(counts[article_id], status.value) == sum(
                c.status_label == status for c in mine
            )


def _in_a_round_up_about(seat: str, claim: Claim) -> Claim:
    """``claim`` in an article whose own seat is ``seat`` (a round-up that names others)."""
    contest = Contest(pk=7, constituency=Constituency(name=seat))
    claim.article = Article(title="t", body="b", contest=contest)
    return claim


@pytest.mark.parametrize(
    ("subject", "kind", "sentence", "summary"),
    [
        ("Clacton", "constituency", "In Clacton turnout was 58.9%.",
         "Turnout in Clacton was 58.9% in 2024"),
        ("", "", "Turnout across the UK was 58.9%.", "Turnout in the UK was 58.9% in 2024"),
    ],
)  # fmt: skip
def test_a_turnout_is_summarised_in_the_seat_it_was_read_in_not_the_articles(
    subject, kind, sentence, summary
):
    claim = _typed(ClaimType.TURNOUT, "58.9%", 58.9, Unit.PERCENT, subject=subject, kind=kind)
    claim.sentence = sentence
    assert summarise(_in_a_round_up_about("Hartlepool", claim)) == summary


def test_the_houses_seats_are_summarised_as_the_houses_not_the_partys():
    claim = _claim(ClaimType.SEAT_COUNT, "650", 650)
    claim.sentence = "Labour won a landslide, taking 411 of the 650 seats."
    claim.explanation = "Official: 650 seats in the House (House of Commons Library). Article: 650."
    assert summarise(claim) == "The House of Commons had 650 seats in 2024"


def test_a_seats_candidates_are_summarised_with_the_seat_counted():
    claim = _claim(ClaimType.OTHER, "Eight", 8, unit=Unit.COUNT)
    claim.subject, claim.subject_kind = "", ""
    claim.working = "Hartlepool 2024: 8 candidates on the ballot"
    assert summarise(claim) == "Eight candidates stood in Hartlepool in 2024"


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        ("Labour's share fell 25.9 points.", "Labour's vote share fell by 25.9 points in 2024"),
        ("Labour's share rose 25.9 points.", "Labour's vote share rose by 25.9 points in 2024"),
        ("Labour's share moved 25.9 points.", "Labour's vote share changed by 25.9 points in 2024"),
    ],
)
def test_a_change_is_summarised_in_the_direction_its_words_say(sentence, summary):
    claim = _claim(ClaimType.VOTE_SHARE_CHANGE, "25.9 points", 25.9, unit=Unit.PERCENTAGE_POINTS)
    claim.sentence = sentence
    assert summarise(claim) == summary
