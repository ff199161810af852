import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Max
from django.utils import timezone

from factcheck import roles
from factcheck.models import Article, Claim, ClaimGroup, Correction, Publication, Review
from factcheck.vocabulary import ClaimType, Qualifier, SubjectKind, Unit, Verdict
from results.models import Candidacy, Constituency, Contest, Election, Party


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))


class ElectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Election
        django_get_or_create = ["slug"]

    slug = "ge2024"
    name = "2024 general election"
    date = datetime.date(2024, 7, 4)


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party
        django_get_or_create = ["abbreviation"]

    abbreviation = factory.Sequence(lambda n: f"P{n}")
    name = factory.LazyAttribute(lambda o: f"Party {o.abbreviation}")


class ConstituencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Constituency

    ons_code = factory.Sequence(lambda n: f"E14{800000 + n:06d}")
    name = factory.Sequence(lambda n: f"Seat {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    region = "London"
    nation = "England"


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contest

    election = factory.SubFactory(ElectionFactory)
    constituency = factory.SubFactory(ConstituencyFactory)
    electorate = 70000
    valid_votes = 30000
    invalid_votes = 100
    origin = Contest.Origin.IMPORT
    status = Contest.Status.OFFICIAL
    source = "House of Commons Library, GE2024 results"


class CandidacyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidacy

    contest = factory.SubFactory(ContestFactory)
    first_name = factory.Sequence(lambda n: f"First{n}")
    surname = factory.Sequence(lambda n: f"Surname{n}")
    party = factory.SubFactory(PartyFactory)
    votes = 1000


def contest_with_votes(votes: list[int], **kwargs) -> Contest:
    contest = ContestFactory(valid_votes=sum(votes), **kwargs)
    for v in votes:
        CandidacyFactory(contest=contest, votes=v)
    return contest


# -- official results: Islington North, as the House of Commons Library published them --

GE2024_SOURCE = "House of Commons Library, GE2024 results"
GE2024_ROW = "ge2024-islington-north-constituency.csv, line 2"

ISLINGTON_NORTH_2024 = [
    # (first name, surname, party abbreviation, party name, votes)
    ("Jeremy", "Corbyn", "Ind", "Independent", 24120),
    ("Praful", "Nargund", "Lab", "Labour", 16873),
    ("Sheridan", "Kates", "Green", "Green Party", 2660),
    ("Karen", "Harries", "Con", "Conservative", 1950),
    ("Martyn", "Nelson", "RUK", "Reform UK", 1710),
    ("Vikas", "Aggarwal", "LD", "Liberal Democrat", 1661),
    ("Paul", "Josling", "Ind", "Independent", 32),
]


def general_election(year: int) -> Election:
    """The 2019 or 2024 general election, each pointing at the one before."""
    if year == 2019:
        return ElectionFactory(
            slug="ge2019", name="2019 general election", date=datetime.date(2019, 12, 12)
        )
    election = ElectionFactory(slug="ge2024")
    if election.previous_id is None:
        election.previous = general_election(2019)
        election.save(update_fields=["previous"])
    return election


def islington_north_2024() -> Contest:
    """The official 2024 result for Islington North (the seeds' seat), as imported."""
    contest = ContestFactory(
        election=general_election(2024),
        constituency=ConstituencyFactory(
            ons_code="E14001305", name="Islington North", slug="islington-north",
            constituency_type="Borough",
        ),
        electorate=72852, valid_votes=49006, invalid_votes=189, result="Ind gain from Lab",
        source=GE2024_SOURCE, source_row=GE2024_ROW,
    )  # fmt: skip
    for first, surname, abbreviation, party, votes in ISLINGTON_NORTH_2024:
        CandidacyFactory(
            contest=contest, first_name=first, surname=surname, votes=votes,
            party=PartyFactory(
                abbreviation=abbreviation, name=party, is_independent=abbreviation == "Ind"
            ),
        )  # fmt: skip
    return contest


# -- the desk: articles, the claims in them, verdicts and publications ---------------------


def group_key_for(claim) -> str:
    """The key the desk groups claims by: the same figure, said of the same thing."""
    value = Decimal(str(claim.value))
    return "|".join([
        claim.claim_type, getattr(claim, "subject_key", "") or claim.subject,
        claim.election.slug if claim.election else "", f"{value.normalize():f}", claim.unit,
        claim.qualifier,
    ])  # fmt: skip


def group_for(claim) -> ClaimGroup:
    """The claim's group, shared with every claim of the same figure (as extraction does)."""
    return ClaimGroupFactory(
        key=group_key_for(claim), claim_type=claim.claim_type, subject=claim.subject,
        election=claim.election, value=Decimal(str(claim.value)), unit=claim.unit,
        qualifier=claim.qualifier,
    )  # fmt: skip


def figure_offset(body: str, sentence: str, text: str) -> int:
    """Where ``text`` starts in ``body``, looked for inside ``sentence``."""
    at = body.find(sentence)
    if at < 0 or text not in sentence:
        raise ValueError(f"{text!r} in {sentence!r} is not in the article text")
    return at + sentence.index(text)


def suggested_explanation(claim) -> str:
    """What the checker says, in its words, for a claim with this official figure."""
    if claim.official_value is None:
        return "No official figure applies to this kind of figure."
    official, said = Decimal(str(claim.official_value)), Decimal(str(claim.value))
    verdict = "Exact match." if official == said else f"Off by {abs(official - said):,}."
    return f"Official: {official:,} ({claim.official_source}). Article: {claim.text}. {verdict}"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Corbyn holds Islington North, report {n}")
    outlet = "The Daily Ledger"
    url = ""
    published_on = datetime.date(2024, 7, 5)
    body = factory.LazyAttribute(lambda o: f"{o.title}\n\nNo figures in this one.")
    election = None
    contest = None
    extracted_at = factory.LazyFunction(timezone.now)


class ClaimGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimGroup
        django_get_or_create = ["key"]

    claim_type = ClaimType.CANDIDATE_VOTES
    subject = "Jeremy Corbyn"
    election = factory.SubFactory(ElectionFactory)
    value = Decimal(24120)
    unit = Unit.VOTES
    qualifier = Qualifier.EXACT
    key = factory.LazyAttribute(group_key_for)


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim at its exact span: ``article.body[start:end] == text``, inside ``sentence``.

    Without an article, one is made whose body holds the sentence. The claim
    joins the group of every claim of the same figure; ``group=None`` opts out.
    Defaults: Corbyn's 24,120 votes, and the checker's "accurate" suggestion.
    """

    class Meta:
        model = Claim

    text = "24,120"
    sentence = factory.LazyAttribute(lambda o: f"Jeremy Corbyn won {o.text} votes.")
    article = factory.SubFactory(
        ArticleFactory,
        body=factory.LazyAttribute(lambda a: f"{a.title}\n\n{a.factory_parent.sentence}"),
    )
    start = factory.LazyAttribute(lambda o: figure_offset(o.article.body, o.sentence, o.text))
    end = factory.LazyAttribute(lambda o: o.start + len(o.text))
    value = Decimal(24120)
    unit = Unit.VOTES
    claim_type = ClaimType.CANDIDATE_VOTES
    subject = "Jeremy Corbyn"
    subject_kind = SubjectKind.CANDIDATE
    subject_key = ""
    election = factory.SubFactory(ElectionFactory)
    qualifier = Qualifier.EXACT
    speaker = ""
    origin = Claim.Origin.EXTRACTED
    suggested_verdict = Verdict.ACCURATE
    official_value = factory.SelfAttribute("value")
    official_source = GE2024_SOURCE
    explanation = factory.LazyAttribute(lambda o: suggested_explanation(o))
    working = factory.LazyAttribute(
        lambda o: "" if o.official_value is None else f"{o.subject}: {o.official_value:,}"
    )
    group = factory.LazyAttribute(group_for)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        body, start, end = kwargs["article"].body, kwargs["start"], kwargs["end"]
        text = kwargs["text"]
        if body[start:end] != text:
            raise ValueError(f"claim span {start}:{end} is {body[start:end]!r}, not {text!r}")
        return super()._create(model_class, *args, **kwargs)


class ReviewFactory(factory.django.DjangoModelFactory):
    """A verdict on a claim group, or on one claim (``claim=``); ``approved=True`` signs it off."""

    class Meta:
        model = Review

    class Params:
        approved = factory.Trait(
            approved_by=factory.SubFactory(UserFactory, groups=[roles.EDITOR]),
            approved_at=factory.LazyFunction(timezone.now),
        )

    claim = None
    group = factory.Maybe("claim", yes_declaration=None,
                          no_declaration=factory.SubFactory(ClaimGroupFactory))  # fmt: skip
    verdict = Verdict.ACCURATE
    explanation = "Matches the official result."
    official_value = factory.LazyAttribute(
        lambda o: o.claim.official_value if o.claim else o.group.value
    )
    official_source = GE2024_SOURCE
    author = factory.SubFactory(UserFactory, groups=[roles.EDITOR])


class PublicationFactory(factory.django.DjangoModelFactory):
    """A published version of a contest's page; the next version number by default."""

    class Meta:
        model = Publication

    contest = factory.SubFactory(ContestFactory)
    version = factory.LazyAttribute(
        lambda o: (o.contest.publications.aggregate(Max("version"))["version__max"] or 0) + 1
    )
    checks = factory.LazyFunction(list)
    published_by = factory.SubFactory(UserFactory, groups=[roles.PUBLISHER])
    published_at = factory.LazyFunction(timezone.now)


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    publication = factory.SubFactory(PublicationFactory)
    check_id = 1
    quote = "24,120"
    what_changed = "Verdict on “24,120” changed from Accurate to Misleading."
    reason = "The figure is the margin, not the vote."


MARK = re.compile(r"\[([^\[\]]+)\]")


def article_with_claims(sentences, *, separator: str = "\n\n", **article_fields):
    """An article written from sentences, with a claim at each ``[marked]`` figure.

    Each item is a plain sentence, or ``(sentence, figure)`` / ``(sentence,
    [figure, ...])`` with one figure per mark: a dict of ``ClaimFactory`` fields
    (``election`` may be given as a year). The marks are dropped from the text
    and each claim lands at the figure's real offset in the body. Returns the
    article and its claims in text order, each in its figure's group.
    """
    paragraphs, pending, offset = [], [], 0
    for item in sentences:
        raw, figures = (item, []) if isinstance(item, str) else item
        figures = [figures] if isinstance(figures, dict) else list(figures)
        marks = list(MARK.finditer(raw))
        if len(marks) != len(figures):
            raise ValueError(f"{len(marks)} marks but {len(figures)} figures in {raw!r}")
        sentence = MARK.sub(lambda m: m.group(1), raw)
        if paragraphs:
            offset += len(separator)
        shift = 0
        for mark, figure in zip(marks, figures, strict=True):
            start = offset + mark.start() - shift
            pending.append((start, mark.group(1), sentence, figure))
            shift += 2
        paragraphs.append(sentence)
        offset += len(sentence)
    article = ArticleFactory(body=separator.join(paragraphs), **article_fields)
    claims = []
    for start, text, sentence, figure in pending:
        fields = dict(figure)
        if isinstance(fields.get("election"), int):
            fields["election"] = general_election(fields["election"])
        claims.append(
            ClaimFactory(article=article, start=start, text=text, sentence=sentence, **fields)
        )
    return article, claims


# -- what the press said about Islington North: the desk's working set ----------------------


def figure(claim_type, value, unit, subject, subject_kind, *, verdict, official=None,
           source=GE2024_SOURCE, explanation="", working="", **fields) -> dict:  # fmt: skip
    """ClaimFactory fields for one figure and the checker's suggestion for it."""
    return {
        "claim_type": claim_type, "value": Decimal(str(value)), "unit": unit,
        "subject": subject, "subject_kind": subject_kind, "suggested_verdict": verdict,
        "official_value": None if official is None else Decimal(str(official)),
        "official_source": source if official is not None else "",
        "explanation": explanation, "working": working, **fields,
    }  # fmt: skip


MNIS = "UK Parliament, Members' data (MNIS 185)"
CORBYN_VOTES = figure(
    ClaimType.CANDIDATE_VOTES, 24120, Unit.VOTES, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.ACCURATE, official=24120,
    explanation="Official: 24,120 votes (House of Commons Library, GE2024). Article: 24,120. "
    "Exact match.",
    working=f"Jeremy Corbyn, Islington North: 24,120 votes ({GE2024_ROW})",
)  # fmt: skip
NARGUND_VOTES = figure(
    ClaimType.CANDIDATE_VOTES, 16873, Unit.VOTES, "Praful Nargund", SubjectKind.CANDIDATE,
    verdict=Verdict.ACCURATE, official=16873,
    explanation="Official: 16,873 votes (House of Commons Library, GE2024). Article: 16,873. "
    "Exact match.",
    working=f"Praful Nargund, Islington North: 16,873 votes ({GE2024_ROW})",
)  # fmt: skip
MAJORITY = figure(
    ClaimType.MAJORITY, 7247, Unit.MAJORITY, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.ACCURATE, official=7247,
    explanation="Official: 7,247 majority (House of Commons Library, GE2024). Article: 7,247. "
    "Exact match.",
    working="Islington North 2024: majority = 24,120 − 16,873 = 7,247",
    details={"compared_to": "Praful Nargund"},
)  # fmt: skip
MAJORITY_OVER_7000 = figure(
    ClaimType.MAJORITY, 7000, Unit.MAJORITY, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.ACCURATE, official=7247, qualifier=Qualifier.MORE_THAN,
    explanation="Official: 7,247 majority (House of Commons Library, GE2024). "
    "Article: more than 7,000. 7,247 is more than 7,000.",
    working="Islington North 2024: majority = 24,120 − 16,873 = 7,247",
)  # fmt: skip
MAJORITY_2019 = figure(
    ClaimType.MAJORITY, 26000, Unit.MAJORITY, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.APPROXIMATELY_ACCURATE, official=26188, election=2019,
    source="House of Commons Library, GE2019 results",
    explanation="Official: 26,188 majority (House of Commons Library, GE2019). "
    "Article: 26,000. 26,188 rounds to 26,000 (to the nearest 1,000).",
    working="Islington North 2019: majority = 34,603 − 8,415 = 26,188",
)  # fmt: skip
TURNOUT = figure(
    ClaimType.TURNOUT, "67.5", Unit.PERCENT, "Islington North", SubjectKind.CONSTITUENCY,
    subject_key="islington-north", verdict=Verdict.ACCURATE, official="67.53",
    explanation="Official: 67.53% as declared ((valid + rejected) ÷ electorate). "
    "Article: 67.5%. Matches the turnout as declared.",
    working="declared: (49,006 + 189) ÷ 72,852 = 67.53%; Library: 49,006 ÷ 72,852 = 67.27%",
)  # fmt: skip
TURNOUT_2019 = figure(
    ClaimType.TURNOUT, "71.6", Unit.PERCENT, "Islington North", SubjectKind.CONSTITUENCY,
    subject_key="islington-north", verdict=Verdict.ACCURATE, official="71.59", election=2019,
    source="House of Commons Library, GE2019 results",
    explanation="Official: 71.59% on the Library's definition (valid ÷ electorate). "
    "Article: 71.6%. Matches.",
    working="Library: 53,805 ÷ 75,162 = 71.59%",
)  # fmt: skip
LABOUR_SHARE_QUOTE = figure(
    ClaimType.VOTE_SHARE, 37, Unit.PERCENT, "Labour", SubjectKind.PARTY, subject_key="Lab",
    qualifier=Qualifier.APPROX, speaker="Jeremy Corbyn",
    verdict=Verdict.INACCURATE, official="33.7",
    explanation="Official: 33.70% (House of Commons Library, GE2024). Article: around 37%. "
    "33.70 is not within ±0.5 of 37. (UK-wide share.)",
    working="Labour: 9,708,716 votes nationally, 33.70% of valid votes",
)  # fmt: skip
SUSPENDED_IN_2020 = figure(
    ClaimType.YEAR, 2020, Unit.YEAR, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.NOT_CHECKABLE, explanation="No reference fact on file speaks to this year.",
)  # fmt: skip
FIRST_ELECTED = figure(
    ClaimType.YEAR, 1983, Unit.YEAR, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.ACCURATE, official=1983, source=MNIS,
    explanation=f"Official: 1983 ({MNIS}). Article: 1983. Exact match.",
    working="Jeremy Corbyn first elected 1983",
)  # fmt: skip
DAYS_SUSPENDED = figure(
    ClaimType.OTHER, 19, Unit.COUNT, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.NOT_CHECKABLE, details={"measure": "days"},
    explanation="No official figure applies to this kind of figure.",
)  # fmt: skip
ELEVENTH_TERM = figure(
    ClaimType.TERM_COUNT, 11, Unit.ORDINAL, "Jeremy Corbyn", SubjectKind.CANDIDATE,
    verdict=Verdict.ACCURATE, official=11, source=MNIS,
    explanation=f"Official: 11 elections won ({MNIS}). Article: 11. Exact match.",
    working="first elected 1983-06-09; general elections won to 2024: 11",
)  # fmt: skip
LABOUR_PROJECTED = figure(
    ClaimType.SEAT_PROJECTION, 410, Unit.SEATS, "Labour", SubjectKind.PARTY, subject_key="Lab",
    qualifier=Qualifier.PROJECTION, verdict=Verdict.ACCURATE, official=410,
    source="Ipsos exit poll for BBC, ITV and Sky News",
    explanation="Projection: Labour 410 seats (Ipsos exit poll). Article: 410. "
    "Matches the projection. Final result: 411 seats.",
)  # fmt: skip


# Five short articles, written after the seed articles, with each figure marked by hand.
ISLINGTON_NORTH_ARTICLES = [
    (
        {"title": "Corbyn holds Islington North as an independent", "outlet": "The Daily Ledger",
         "published_on": datetime.date(2024, 7, 5)},
        [
            ("Jeremy Corbyn has retained his Islington North seat as an independent with "
             "[24,120] votes despite being expelled from the Labour Party.", CORBYN_VOTES),
            ("Mr Corbyn won the constituency with [7,247] more votes than the Labour candidate "
             "Praful Nargund, who secured [16,873] votes.", [MAJORITY, NARGUND_VOTES]),
            ("He stood as an independent after the Labour Party whip was suspended from him in "
             "[2020].", SUSPENDED_IN_2020),
            ("After [19] days, he was readmitted to the party, but the whip was not restored.",
             DAYS_SUSPENDED),
            ("He faced a tight race, despite winning a majority of [26,000] at the last general "
             "election in 2019 when Labour leader.", MAJORITY_2019),
            ("“I think the figure is likely to be around [37 per cent] of the vote, which is not "
             "a great figure on which to have a huge parliamentary majority.”",
             LABOUR_SHARE_QUOTE),
        ],
    ),
    (
        {"title": "Corbyn dedicates his victory to the people of Islington North",
         "outlet": "North London Post", "published_on": datetime.date(2024, 7, 5)},
        [
            ("He successfully retained his long-held seat of Islington North, beating his "
             "Labour rival by more than [7,000] votes.", MAJORITY_OVER_7000),
            "Speaking to the Islington Tribune, he said he would fight to retain his seat.",
            ("He had been suspended by Labour since [2020] over the equality watchdog's "
             "findings.", SUSPENDED_IN_2020),
            ("First elected to Parliament in [1983] as MP for Islington North, Mr Corbyn rose "
             "from rebel backbencher to leader of his party.", FIRST_ELECTED),
            "Under him Labour received its biggest election upsurge since 1945 in the 2017 "
            "snap general election, before its worst defeat since 1935 in 2019.",
        ],
    ),
    (
        {"title": "Jeremy Corbyn retains his seat after defeating Labour in grudge battle",
         "outlet": "Wire Service", "published_on": None, "separator": "\n"},
        [
            ("The former leader of the opposition beat Labour's Praful Nargund, securing a "
             "majority of [7,247].", MAJORITY),
            ("Corbyn won [24,120] votes, with Nargund winning [16,873] votes.",
             [CORBYN_VOTES, NARGUND_VOTES]),
            ("Turnout for the election was [67.5 per cent], a drop from [71.6 per cent] in 2019.",
             [TURNOUT, TURNOUT_2019]),
            ("Corbyn won [24,120] votes, while Nargund won [16,873] votes",
             [CORBYN_VOTES, NARGUND_VOTES]),
            ("The party is expected to pick up [410] seats, according to the exit poll.",
             LABOUR_PROJECTED),
        ],
    ),
    (
        {"title": "Jeremy Corbyn re-elected as MP after being ousted by Labour",
         "outlet": "Morning Digest", "published_on": None, "separator": " "},
        [
            ("Corbyn secured [24,120] votes and retains the seat he has held since [1983].",
             [CORBYN_VOTES, FIRST_ELECTED]),
            ("His campaign resonated with voters who turned out in a [67.5%] turnout.", TURNOUT),
            ("Corbyn secured a victory with [24,120] votes, defeating his former party's "
             "candidate by a significant margin.", CORBYN_VOTES),
            ("As Corbyn celebrates his [11th] term as MP for Islington North, his victory is a "
             "reminder of the changing Labour Party.", ELEVENTH_TERM),
        ],
    ),
    (
        {"title": "Corbyn emphatically holds onto Islington North",
         "outlet": "Islington Gazette", "published_on": None},
        [
            ("In the end it was not even close, with Corbyn easily winning re-election for the "
             "[eleventh] consecutive time, gaining over [7,000] more votes than his opponent.",
             [ELEVENTH_TERM, MAJORITY_OVER_7000]),
            "Here are the full results in Islington North:",
            ("  • Jeremy Corbyn – Independent – [24,120]", CORBYN_VOTES),
            ("  • Praful Nargund – Labour Party – [16,873]", NARGUND_VOTES),
        ],
    ),
]  # fmt: skip


@dataclass
class Coverage:
    contest: Contest
    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def claim(self, text: str) -> Claim:
        """The first claim of that figure, in the order the articles were written."""
        return next(c for c in self.claims if c.text == text)


def islington_north_coverage() -> Coverage:
    """Islington North's official 2024 result and the five articles, with their claims.

    Corbyn's 24,120 votes appear six times in four articles; turnout in two;
    the 2017 election is mentioned in the second article but not claimed.
    """
    coverage = Coverage(contest=islington_north_2024())
    keys = {c.full_name: f"candidacy:{c.pk}" for c in coverage.contest.candidacies.all()}

    def about(figure: dict) -> dict:
        """The candidate's key, as the gazetteer names a candidacy."""
        key = keys.get(figure["subject"]) if figure["subject_kind"] == "candidate" else None
        return figure | {"subject_key": key} if key else figure

    for fields, written in ISLINGTON_NORTH_ARTICLES:
        sentences = [
            item if isinstance(item, str)
            else (item[0], about(item[1]) if isinstance(item[1], dict) else map(about, item[1]))
            for item in written
        ]  # fmt: skip
        article, claims = article_with_claims(sentences, contest=coverage.contest, **fields)
        coverage.articles.append(article)
        coverage.claims.extend(claims)
    return coverage
