import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

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
