"""The OpenAPI 3.1 schema is served and describes every endpoint; the docs pages work from
the site's own files, under its CSP."""

import json
import re

import pytest

ENDPOINTS = [
    "/api/v2/pages/",
    "/api/v2/pages/{id}/",
    "/api/v2/pages/find/",
    "/api/v2/images/",
    "/api/v2/images/{id}/",
    "/api/v2/images/find/",
    "/api/v2/documents/",
    "/api/v2/documents/{id}/",
    "/api/v2/documents/find/",
    "/api/v2/recognitions/",
]


@pytest.fixture
def schema(client, db):
    response = client.get("/api/v2/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def test_schema_is_openapi_31_of_every_endpoint(schema):
    assert schema["openapi"] == "3.1.0"
    assert sorted(schema["paths"]) == sorted(ENDPOINTS)
    for path, item in schema["paths"].items():
        assert list(item) == ["get"], path  # read-only
        assert {"400", "429"} <= set(item["get"]["responses"]), path


def test_schema_documents_filters_and_the_page_size_limit(schema):
    pages = schema["paths"]["/api/v2/pages/"]["get"]
    params = {p["name"]: p for p in pages["parameters"]}
    assert {"type", "tag", "summit", "year", "locale", "search", "limit", "offset"} <= set(params)
    assert params["limit"]["schema"]["maximum"] == 100
    recognitions = schema["paths"]["/api/v2/recognitions/"]["get"]
    params = {p["name"]: p for p in recognitions["parameters"]}
    assert {"programme", "year", "category", "country", "limit", "offset"} == set(params)
    assert params["limit"]["schema"]["maximum"] == 100
    items = recognitions["responses"]["200"]["content"]["application/json"]["schema"]
    assert items["required"] == ["meta", "items"]


def test_schema_is_valid_openapi(schema):
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(schema)


def test_schema_loads_in_schemathesis(schema):
    import schemathesis

    loaded = schemathesis.openapi.from_dict(schema)
    operations = [result.ok() for result in loaded.get_all_operations()]
    assert len(operations) == len(ENDPOINTS)


@pytest.mark.parametrize("url", ["/api/v2/docs/", "/api/v2/redoc/"])
def test_docs_pages_use_only_the_sites_own_files(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") and not s.startswith("//") for s in sources), sources
    assert "://" not in html.replace("http://testserver", "")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    for nonce in re.findall(r'<script nonce="([^"]+)"', html):
        assert f"'nonce-{nonce}'" in policy
    assert not re.search(r"<script>", html)  # every inline script carries the nonce


def test_swagger_start_up_script_is_served_by_the_site(client, db):
    html = client.get("/api/v2/docs/").content.decode()
    (script_url,) = re.findall(r'<script src="(/api/v2/docs/[^"]+)"', html)
    script = client.get(script_url.replace("&amp;", "&"))
    assert script.status_code == 200
    assert b"SwaggerUIBundle" in script.content and b"/api/v2/schema/" in script.content


def test_docs_static_files_are_served(client, db):
    html = client.get("/api/v2/redoc/").content.decode()
    (bundle,) = re.findall(r'<script src="(/static/[^"]+)"', html)
    from django.contrib.staticfiles import finders

    assert finders.find(bundle.removeprefix("/static/"))


def test_design_address_of_the_schema_leads_to_it(client, db):
    response = client.get("/api/schema/?format=json", follow=True)
    assert response.redirect_chain[0][0] == "/api/v2/schema/?format=json"
    assert response.json()["openapi"] == "3.1.0"


def test_redoc_starts_with_valid_javascript(client, db):
    # Redoc.init(url, options, element): a Python None here stops the page from drawing.
    html = client.get("/api/v2/redoc/").content.decode()
    (options,) = re.findall(r'Redoc\.init\("/api/v2/schema/", (.*?), document', html)
    assert json.loads(options) == {}
