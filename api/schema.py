"""The OpenAPI 3.1 description of the API (drf-spectacular): Wagtail's viewsets build their
serializers per request, so their answers are described here as JSON Schema, field by
field, with every query parameter. Served at /api/v2/schema/ (api/urls.py)."""

from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)

from awards.api import RecognitionListAPI
from portal.api import DEFAULT_LIMIT, limit_max

from .filters import MAX_YEAR, MIN_YEAR

PAGE_TYPES = [
    "news.ArticlePage",
    "events.SummitPage",
    "events.EventPage",
    "awards.AwardProgramPage",
    "awards.AwardEditionPage",
    "news.NewsIndexPage",
    "events.SummitIndexPage",
    "awards.AwardsIndexPage",
    "portal.HomePage",
    "portal.StandardPage",
]


def _nullable(schema):
    return {**schema, "type": [schema["type"], "null"]}


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
DATETIME = {"type": ["string", "null"], "format": "date-time"}
DATE = {"type": ["string", "null"], "format": "date"}
URL = {"type": ["string", "null"]}
OBJECT = {"type": "object", "additionalProperties": True}
STRINGS = {"type": "object", "additionalProperties": {"type": "string"}}

ERROR = {
    "type": "object",
    "required": ["message", "errors"],
    "properties": {
        "message": STRING,
        "errors": {
            **STRINGS,
            "description": "For a 400: each wrong query parameter and what is wrong with it.",
        },
    },
}


def _object(properties, required=(), extra=True):
    return {
        "type": "object",
        "required": list(required),
        "properties": properties,
        "additionalProperties": extra,
    }


RENDITION = _nullable(
    _object({"url": STRING, "full_url": STRING, "width": INTEGER, "height": INTEGER, "alt": STRING})
)
PAGE_LINK = _nullable(
    _object({"id": INTEGER, "title": STRING, "html_url": STRING, "year": INTEGER})
)
NAMED = _object({"name": STRING, "slug": STRING})
PERSON = _object(
    {
        "name": STRING,
        "native_name": STRING,
        "job_title": STRING,
        "organization": {"type": ["string", "null"]},
        "role": STRING,
    }
)
VENUE = _nullable(
    _object(
        {
            "name": STRING,
            "town": STRING,
            "city": STRING,
            "region": STRING,
            "latitude": {"type": ["number", "null"]},
            "longitude": {"type": ["number", "null"]},
            "time_zone": STRING,
        }
    )
)
FIGURE = _object(
    {
        "metric": STRING,
        "label": STRING,
        "number": {"type": "number"},
        "qualifier": {"type": "string", "description": "'', 'more_than' or 'about'."},
        "unit": STRING,
        "note": STRING,
        "text": {"type": "string", "description": "As the page writes it."},
    },
    required=["metric", "number", "text"],
)
SESSION = _object(
    {"start": DATETIME, "end": DATETIME, "title": STRING, "room": STRING, "description": STRING}
)
RECOGNITION = _object(
    {
        "id": INTEGER,
        "programme": _object({"title": STRING, "slug": STRING}),
        "year": INTEGER,
        "edition_url": STRING,
        "category": _nullable(NAMED),
        "title": STRING,
        "honourees": {
            "type": "array",
            "items": _object(
                {"name": STRING, "type": {"enum": ["person", "organisation"]}, "url": STRING}
            ),
        },
        "citation": STRING,
        "country": _nullable(_object({"code": STRING, "name": STRING})),
        "rank": {"type": ["integer", "null"]},
        "link": URL,
    },
    required=["id", "programme", "year", "title", "honourees"],
)


def _array(items):
    return {"type": "array", "items": items}


RELATED = _nullable(_object({"id": INTEGER, "meta": OBJECT, "title": STRING}))

# Fields by page type (api/fields.py); shown when the type is asked for, or with ?fields=.
PAGE_FIELDS = {
    "title": STRING,
    # news.ArticlePage
    "standfirst": STRING,
    "dateline_place": STRING,
    "dateline_date": DATE,
    "published_at": DATETIME,
    "updated_at": DATETIME,
    "bylines": _array(PERSON),
    "source": _nullable(_object({"name": STRING, "slug": STRING, "url": URL})),
    "is_republication": BOOLEAN,
    "original_url": STRING,
    "tags": _array(NAMED),
    "summit": PAGE_LINK,
    "lead_image": RELATED,
    "image": RENDITION,
    "lead_image_caption": STRING,
    "lead_image_credit": STRING,
    "body": _array(OBJECT),
    # events.SummitPage and events.EventPage
    "edition_number": {"type": ["integer", "null"]},
    "year": {"type": ["integer", "null"]},
    "theme": STRING,
    "theme_native": STRING,
    "summary": STRING,
    "start": DATETIME,
    "end": DATETIME,
    "dates_only": BOOLEAN,
    "attendance_mode": STRING,
    "time_zone": STRING,
    "venue": VENUE,
    "key_figures": _array(FIGURE),
    "kind": STRING,
    "room": STRING,
    "schedule": _array(SESSION),
    "figures": _array(FIGURE),
    # awards.AwardProgramPage and awards.AwardEditionPage
    "short_name": STRING,
    "first_year": {"type": ["integer", "null"]},
    "categories": _array(NAMED),
    "recognitions": _array(RECOGNITION),
    "ceremony_time": DATETIME,
    "nominations_count": {"type": ["integer", "null"]},
    "projects_count": {"type": ["integer", "null"]},
    "people_count": {"type": ["integer", "null"]},
    "countries_count": {"type": ["integer", "null"]},
}
PAGE_META = _object(
    {
        "type": {"type": "string", "examples": ["news.ArticlePage"]},
        "detail_url": STRING,
        "html_url": {"type": ["string", "null"]},
        "slug": STRING,
        "first_published_at": DATETIME,
        "locale": STRING,
        "parent": RELATED,
    },
    required=["type", "detail_url"],
)
PAGE = _object({"id": INTEGER, "meta": PAGE_META, **PAGE_FIELDS}, required=["id", "meta"])

IMAGE = _object(
    {
        "id": INTEGER,
        "meta": _object({"type": STRING, "detail_url": STRING, "tags": _array(STRING)}),
        "title": STRING,
        "width": INTEGER,
        "height": INTEGER,
        "alt_text": STRING,
        "credit": STRING,
        "thumbnail": RENDITION,
        "large": RENDITION,
    },
    required=["id", "meta"],
)
DOCUMENT = _object(
    {
        "id": INTEGER,
        "meta": _object(
            {"type": STRING, "detail_url": STRING, "tags": _array(STRING), "download_url": STRING}
        ),
        "title": STRING,
    },
    required=["id", "meta"],
)


def listing(item):
    return _object(
        {
            "meta": _object({"total_count": {"type": "integer", "minimum": 0}}, ["total_count"]),
            "items": _array(item),
        },
        required=["meta", "items"],
        extra=False,
    )


def _param(name, description, schema=None, **kwargs):
    return OpenApiParameter(
        name,
        type=schema or {"type": "string"},
        location=OpenApiParameter.QUERY,
        description=description,
        **kwargs,
    )


PAGINATION = [
    _param(
        "limit",
        f"Items a page: {DEFAULT_LIMIT} by default, at most {limit_max()} (more is a 400).",
        {"type": "integer", "minimum": 1, "maximum": limit_max()},
    ),
    _param("offset", "Items to skip.", {"type": "integer", "minimum": 0}),
]
FIELDS = _param(
    "fields",
    "Comma-separated fields to add (`*` for all) or remove (`-name`), as in Wagtail's API.",
)
SEARCH = [
    _param("search", "Full-text search; results are ordered by relevance."),
    _param("search_operator", "How search terms combine.", {"enum": ["and", "or"]}),
]
ORDER = _param("order", "A field to order by (`-title` for descending), or `random`.")
PAGE_FILTERS = [
    _param("type", "Page type, as app.Model.", {"enum": PAGE_TYPES}),
    _param("tag", "Slug of an article tag, e.g. `wuzhen`; an unknown tag is a 400."),
    _param("summit", "An edition's slug (its year), e.g. `2023`: its parts, articles, awards."),
    _param(
        "year",
        "Articles published, editions and events held, awards given that year.",
        {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
    ),
    _param("locale", "Language of the pages.", {"enum": ["en", "zh-hans"]}),
    _param("child_of", "Id of the parent page.", {"type": "integer", "minimum": 1}),
    _param("descendant_of", "Id of an ancestor page.", {"type": "integer", "minimum": 1}),
]
ERRORS = {
    400: OpenApiResponse(ERROR, description="A wrong query parameter, named in `errors`."),
    429: OpenApiResponse(ERROR, description="Too many requests from this address."),
}
NOT_FOUND = {404: OpenApiResponse(ERROR, description="No such public object.")}
REDIRECT = {302: OpenApiResponse(description="To the object's detail URL.")}
NOT_MODIFIED = {304: OpenApiResponse(description="The client's copy (If-None-Match) is current.")}


def _viewset_schema(tag, item, list_params, find_params, what):
    decorators = {
        "listing_view": extend_schema(
            tags=[tag],
            description=f"{what}, {DEFAULT_LIMIT} at a time unless `limit` says otherwise.",
            operation_id=f"{tag}_list",
            parameters=[*list_params, FIELDS, ORDER, *SEARCH, *PAGINATION],
            responses={200: listing(item), **NOT_MODIFIED, **ERRORS},
        ),
        "detail_view": extend_schema(
            tags=[tag],
            operation_id=f"{tag}_detail",
            description=f"One of the {what[0].lower()}{what[1:]}, with all its fields.",
            parameters=[
                OpenApiParameter("id", int, OpenApiParameter.PATH, description="The id."),
                FIELDS,
            ],
            responses={200: item, **NOT_MODIFIED, **ERRORS, **NOT_FOUND},
        ),
        "find_view": extend_schema(
            tags=[tag],
            operation_id=f"{tag}_find",
            description="A redirect to the detail URL of the object found.",
            parameters=[*find_params, FIELDS],
            responses={**REDIRECT, **ERRORS, **NOT_FOUND},
        ),
    }

    def describe(viewset):
        # Wagtail's actions are inherited: each gets a method of the viewset's own to carry
        # its description.
        for action, decorator in decorators.items():
            inherited = getattr(viewset, action)

            def method(self, request, *args, _inherited=inherited, **kwargs):
                return _inherited(self, request, *args, **kwargs)

            method.__name__ = method.__qualname__ = action
            setattr(viewset, action, decorator(method))
        return viewset

    return describe


ID = _param("id", "The id to find.", {"type": "integer", "minimum": 1})
pages_schema = _viewset_schema(
    "pages",
    PAGE,
    PAGE_FILTERS,
    [ID, _param("html_path", "A page's path on the site, e.g. `/summits/2023/`.")],
    "Public pages: live, under no privacy setting",
)
images_schema = _viewset_schema(
    "images", IMAGE, [], [ID], "Images outside restricted collections, with renditions"
)
documents_schema = _viewset_schema(
    "documents", DOCUMENT, [], [ID], "Documents outside restricted collections"
)

extend_schema_view(
    get=extend_schema(
        tags=["recognitions"],
        operation_id="recognitions_list",
        description="Public recognitions (never embargoed ones), newest year first.",
        parameters=[
            _param("programme", "Slug of an award programme; an unknown one is a 400."),
            _param(
                "year",
                "Edition year.",
                {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
            ),
            _param("category", "Slug of a category; an unknown one is a 400."),
            _param("country", "ISO 3166 code, e.g. `CN`."),
            *PAGINATION,
        ],
        responses={200: RECOGNITION, **NOT_MODIFIED, **ERRORS},
    )
)(RecognitionListAPI)


def only_the_api(endpoints):
    """Preprocessing hook: the public endpoints under /api/v2/, not the schema or docs."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if path.startswith("/api/v2/")
        and not path.startswith(("/api/v2/schema", "/api/v2/docs", "/api/v2/redoc"))
        and method in ("GET",)
    ]
