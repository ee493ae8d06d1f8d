"""Import and export are visible header buttons of the recognitions listing, not items of
its "…" menu, and the downloads keep the listing's filters."""

import re

import pytest

from .test_admin import IMPORT_URL, LIST_URL


@pytest.fixture
def admin_client(client, award_admin):
    client.force_login(award_admin)
    return client


def header_links(html):
    """{label: href} of the header's own buttons (outside the "…" dropdown)."""
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    dropdown = re.compile(r'<div[^>]*data-controller="w-dropdown".*?</div>\s*</div>', re.S)
    header = dropdown.sub("", header)
    links = {}
    for attrs, label in re.findall(r"<a ([^>]*w-header-button[^>]*)>(.*?)</a>", header, re.S):
        href = re.search(r'href="([^"]*)"', attrs).group(1).replace("&amp;", "&")
        links[" ".join(re.sub(r"<[^>]+>", " ", label).split())] = href
    return links


def test_import_and_downloads_are_header_buttons(admin_client, awards_data):
    html = admin_client.get(LIST_URL, {"country": "CN"}).content.decode()
    links = header_links(html)
    assert links["Import from CSV or Excel"] == IMPORT_URL
    assert links["Download CSV"] == f"{LIST_URL}?country=CN&export=csv"
    assert links["Download Excel (XLSX)"] == f"{LIST_URL}?country=CN&export=xlsx"
    # Not a second time in the "…" menu.
    assert html.count("export=csv") == 1


def test_the_header_download_gives_the_filtered_rows(admin_client, awards_data):
    links = header_links(admin_client.get(LIST_URL, {"country": "ET"}).content.decode())
    response = admin_client.get(links["Download CSV"])
    content = b"".join(response.streaming_content).decode("utf-8")
    assert awards_data["c23_et"].title in content
    assert awards_data["t23_alpha_cn"].title not in content


def test_no_import_button_for_who_may_not_import(client, awards_data, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x")
    viewer.user_permissions.set(
        Permission.objects.filter(codename__in=["access_admin", "view_recognition"])
    )
    client.force_login(viewer)
    links = header_links(client.get(LIST_URL).content.decode())
    assert "Import from CSV or Excel" not in links
    assert "Download CSV" in links
