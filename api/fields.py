"""The fields each page type shows in the pages API (`API_FIELDS`), and their serializers.

The domain apps know nothing of the API: the pages viewset (api/views.py) reads the fields
from here. Every related page or recognition shown is itself public: a draft, private or
embargoed one never appears through another page's fields."""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField

from awards.api import RecognitionSerializer
from awards.models import AwardEditionPage, AwardProgramPage, AwardsIndexPage, Recognition
from events.models import EventPage, SummitPage
from news.models import ArticlePage
from portal.self_urls import absolute_url

LEAD_IMAGE_SPEC = "fill-1200x675"
THUMBNAIL_SPEC = "fill-400x300"


def _number(value):
    """A Decimal as a JSON number: 1800, 30.9."""
    return int(value) if value == value.to_integral_value() else float(value)


class PersonField(serializers.Field):
    def to_representation(self, person):
        organization = person.organization
        return {
            "name": person.name,
            "native_name": person.native_name,
            "job_title": person.job_title,
            "organization": organization.name if organization else None,
        }


class BylinesField(serializers.Field):
    """The article's authors in order: person and role."""

    def to_representation(self, authors):
        return [
            {"role": author.role, **PersonField().to_representation(author.person)}
            for author in authors.all()  # prefetched with people (RELATED below)
        ]


class SourceField(serializers.Field):
    def to_representation(self, source):
        return {"name": source.name, "slug": source.slug, "url": source.url or None}


class TagsField(serializers.Field):
    def to_representation(self, tags):
        return [{"name": tag.name, "slug": tag.slug} for tag in tags.all()]


def _page_link(page, request):
    url = page.get_url(request)
    return {
        "id": page.pk,
        "title": page.title,
        "html_url": absolute_url(request, url),
    }


class SummitLinkField(serializers.Field):
    """The related summit edition, when it is live and public (else null)."""

    def get_attribute(self, instance):
        return getattr(instance, self.source_attrs[0] + "_id")

    def to_representation(self, page_id):
        # Looked up once per request: a listing's articles mostly name the same edition.
        known = self.context.setdefault("_public_summits", {})
        if page_id not in known:
            known[page_id] = SummitPage.objects.live().public().filter(pk=page_id).first()
        summit = known[page_id]
        if summit is None:
            return None
        return {**_page_link(summit, self.context.get("request")), "year": summit.year}


class VenueField(serializers.Field):
    def to_representation(self, venue):
        return {
            "name": venue.name,
            "native_name": venue.native_name,
            "address": venue.address,
            "town": venue.town,
            "city": venue.city,
            "region": venue.region,
            "latitude": float(venue.latitude) if venue.latitude is not None else None,
            "longitude": float(venue.longitude) if venue.longitude is not None else None,
            "time_zone": venue.time_zone,
        }


class FiguresField(serializers.Field):
    """Key figures as rows: metric, number, qualifier ("more_than"), unit, label, note and
    the figure as the page writes it ("more than 1,800 participants")."""

    def to_representation(self, rows):
        return [
            {
                "metric": row.metric,
                "label": row.display_label,
                "number": _number(row.number),
                "qualifier": row.qualifier,
                "unit": row.unit,
                "note": row.note,
                "text": str(row),
            }
            for row in rows.all()
        ]


class ScheduleField(serializers.Field):
    """The agenda sessions of a sub-forum or event."""

    def to_representation(self, sessions):
        return [
            {
                "start": serializers.DateTimeField().to_representation(s.start),
                "end": serializers.DateTimeField().to_representation(s.end) if s.end else None,
                "title": s.title,
                "room": s.room,
                "description": s.description,
            }
            for s in sessions.all()
        ]


class RecognitionsField(serializers.Field):
    """The public recognitions of an award edition, or of a programme's live editions."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        recognitions = Recognition.objects.public().with_programme()
        if isinstance(page, AwardEditionPage):
            recognitions = recognitions.filter(edition=page)
        else:
            editions = AwardEditionPage.objects.live().public().child_of(page)
            recognitions = recognitions.filter(edition__in=editions)
        request = self.context.get("request")
        context = {"request": request, "awards_index_url": AwardsIndexPage.current_url(request)}
        return RecognitionSerializer(recognitions.for_listing(), many=True, context=context).data


class CategoriesField(serializers.Field):
    def to_representation(self, categories):
        return [{"name": c.name, "slug": c.slug} for c in categories.all()]


def _image_fields(source):
    return [
        APIField(source),
        APIField("image", serializer=ImageRenditionField(LEAD_IMAGE_SPEC, source=source)),
    ]


def _schedule_fields():
    return ["start", "end", "dates_only", "attendance_mode"]


API_FIELDS = {
    ArticlePage: [
        "standfirst",
        "dateline_place",
        "dateline_date",
        "published_at",
        "updated_at",
        APIField("bylines", serializer=BylinesField(source="authors")),
        APIField("source", serializer=SourceField()),
        "is_republication",
        "original_url",
        APIField("tags", serializer=TagsField()),
        APIField("summit", serializer=SummitLinkField(source="related_summit")),
        *_image_fields("lead_image"),
        "lead_image_caption",
        "lead_image_credit",
        "body",
    ],
    SummitPage: [
        "edition_number",
        "year",
        "theme",
        "theme_native",
        "summary",
        *_schedule_fields(),
        "time_zone",
        APIField("venue", serializer=VenueField()),
        APIField("key_figures", serializer=FiguresField()),
        *_image_fields("lead_image"),
        "body",
    ],
    EventPage: [
        "kind",
        "theme",
        "theme_native",
        *_schedule_fields(),
        APIField("venue", serializer=VenueField()),
        "room",
        APIField("schedule", serializer=ScheduleField(source="agenda_sessions")),
        APIField("figures", serializer=FiguresField()),
        *_image_fields("lead_image"),
        "body",
    ],
    AwardProgramPage: [
        "short_name",
        "first_year",
        APIField("categories", serializer=CategoriesField()),
        APIField("recognitions", serializer=RecognitionsField()),
        *_image_fields("lead_image"),
    ],
    AwardEditionPage: [
        "year",
        APIField("summit", serializer=SummitLinkField()),
        "ceremony_time",
        "nominations_count",
        "projects_count",
        "people_count",
        "countries_count",
        APIField("recognitions", serializer=RecognitionsField()),
        *_image_fields("lead_image"),
    ],
}

# Images: their metadata and renditions (never the original's address: originals are not
# served, see portal/settings/media.py).
IMAGE_FIELDS = [
    "alt_text",
    "credit",
    APIField("thumbnail", serializer=ImageRenditionField(THUMBNAIL_SPEC, source="*")),
    APIField("large", serializer=ImageRenditionField("max-1600x1600", source="*")),
]


# What a typed listing (?type=) loads with its pages, so that its query count stays flat.
RELATED = {
    ArticlePage: {
        "select": ["source", "lead_image"],
        "prefetch": ["authors__person__organization", "tags", "lead_image__renditions"],
    },
    SummitPage: {
        "select": ["venue", "lead_image"],
        "prefetch": ["key_figures", "lead_image__renditions"],
    },
    EventPage: {
        "select": ["venue", "lead_image"],
        "prefetch": ["agenda_sessions", "figures", "lead_image__renditions"],
    },
}


def with_related(queryset):
    # Every listing shows each page's locale (meta.locale): one join, not a query a page.
    queryset = queryset.select_related("locale")
    related = RELATED.get(queryset.model)
    if not related:
        return queryset
    return queryset.select_related(*related["select"]).prefetch_related(*related["prefetch"])


def fields_of(model):
    """The API fields of a page model: its own entry, else its nearest ancestor's."""
    for cls in model.__mro__:
        if cls in API_FIELDS:
            return API_FIELDS[cls]
    return []
