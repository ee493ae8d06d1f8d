"""Factories for the awards app. Everything here is synthetic test data."""

import factory
import wagtail_factories

from awards.models import (
    AwardCategory,
    AwardEditionPage,
    AwardProgramPage,
    AwardsIndexPage,
    Honouree,
    Recognition,
)
from tests.factories import OrganizationFactory, PersonFactory


class AwardsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AwardsIndexPage

    title = "Awards"
    slug = "awards"


class AwardProgramPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AwardProgramPage

    title = factory.Sequence(lambda n: f"Synthetic Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    first_year = 2023


class AwardEditionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AwardEditionPage

    year = 2023
    title = factory.LazyAttribute(lambda o: f"Synthetic edition {o.year}")
    slug = factory.LazyAttribute(lambda o: str(o.year))


class AwardCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardCategory

    name = factory.Sequence(lambda n: f"Synthetic Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class HonoureeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Honouree

    person = factory.SubFactory(PersonFactory)


class OrganisationHonoureeFactory(HonoureeFactory):
    person = None
    organization = factory.SubFactory(OrganizationFactory)


class RecognitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recognition
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Synthetic project {n}")
    country = "CN"
    rank = factory.Sequence(int)

    @factory.post_generation
    def honourees(self, create, extracted, **kwargs):
        if create and extracted:
            self.honourees.set(extracted)
