"""OpenAPI descriptions of the API's endpoints (filled in by drf-spectacular)."""


def pages_schema(cls):
    return cls


images_schema = documents_schema = pages_schema
