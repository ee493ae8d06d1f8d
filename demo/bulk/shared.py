"""The rows many synthetic articles and recognitions share: people, outlets, channels,
topics and a handful of images."""

import io

from django.core.files.images import ImageFile
from taggit.models import Tag
from wagtail.models import Collection, Locale

from demo.images import draw_illustration
from news.models import Channel, Source
from portal.models import CustomImage, Person

from . import markers

COUNTRIES = ("CN", "GB", "US", "FR", "DE", "BR", "IN", "KE", "SG", "AE", "JP", "ZA")


def make_people(count, rng):
    locale = Locale.get_default()  # bulk_create skips the signal that sets it
    people = [
        Person(
            name=f"{markers.PERSON_NAME_PREFIX} {n:05d}",
            job_title="Synthetic reporter" if n % 4 else "Synthetic researcher",
            country=rng.choice(COUNTRIES),
            locale=locale,
        )
        for n in range(1, count + 1)
    ]
    return Person.objects.bulk_create(people, batch_size=500)


def make_sources(count):
    return Source.objects.bulk_create(
        Source(
            name=f"Synthetic outlet {n}",
            slug=f"{markers.SOURCE_SLUG_PREFIX}{n}",
            locale=Locale.get_default(),
        )
        for n in range(1, count + 1)
    )


def make_channels(count):
    return Channel.objects.bulk_create(
        Channel(
            name=f"Synthetic channel {n}",
            slug=f"{markers.CHANNEL_SLUG_PREFIX}{n}",
            locale=Locale.get_default(),
        )
        for n in range(1, count + 1)
    )


def make_tags(count):
    return Tag.objects.bulk_create(
        Tag(name=f"synthetic topic {n}", slug=f"{markers.TAG_SLUG_PREFIX}{n}")
        for n in range(1, count + 1)
    )


def make_images(count):
    collection = Collection.get_first_root_node().add_child(name=markers.COLLECTION_NAME)
    images = []
    for n in range(1, count + 1):
        title = f"Synthetic image {n}"
        image = CustomImage(
            title=title,
            alt_text=f"Synthetic illustration number {n}",
            credit="Synthetic benchmark data",
            collection=collection,
        )
        data = draw_illustration(title, width=800, height=450)
        image.file = ImageFile(io.BytesIO(data), name=f"bulk-{n}.jpg")
        image.save()
        images.append(image)
    return images
