"""An award administrator imports recognitions from a CSV file in the Wagtail admin: a file
with one bad row is refused with the row and its reason and writes nothing; the corrected
file imports; the listing is filtered to the new rows and exported as CSV."""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from .helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HEADER = "programme,year,category,honouree,honouree_type,title,country,citation,rank"
GOOD_ROWS = [
    "ten-year-commemorative-honour,2023,special-contributor,Import Person A (synthetic),person,,"
    "NZ,Synthetic row added by the import journey.,11",
    "ten-year-commemorative-honour,2023,excellent-organizer,Import Organisation B (synthetic),"
    "organisation,,NZ,Synthetic row added by the import journey.,12",
]
BAD_ROW = (
    "ten-year-commemorative-honour,2023,special-contributor,Import Person C (synthetic),person,,"
    "ZZ,Synthetic row with an unknown country.,13"
)
FIXED_ROW = BAD_ROW.replace(",ZZ,", ",NZ,")
NAMES = [
    "Import Person A (synthetic)",
    "Import Organisation B (synthetic)",
    "Import Person C (synthetic)",
]


def csv_file(path, rows):
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cleanup_imported():
    yield
    from awards.models import Honouree, Recognition
    from portal.models import Organization, Person

    Recognition.objects.filter(citation__startswith="Synthetic row").filter(country="NZ").delete()
    Honouree.objects.filter(person__name__in=NAMES).delete()
    Honouree.objects.filter(organization__name__in=NAMES).delete()
    Person.objects.filter(name__in=NAMES).delete()
    Organization.objects.filter(name__in=NAMES).delete()


def test_import_refuses_a_bad_row_then_imports_filters_and_exports(
    page, editor_login, tmp_path, cleanup_imported
):
    from awards.models import Recognition

    before = Recognition.objects.count()
    log_in(page, *editor_login)
    page.goto("/admin/snippets/awards/recognition/")
    page.get_by_role("link", name="Import from CSV or Excel").click()  # a header button
    expect(page.get_by_role("heading", level=1)).to_have_text("Import recognitions")

    page.get_by_label("CSV or Excel file").set_input_files(
        csv_file(tmp_path / "recognitions-bad.csv", [*GOOD_ROWS, BAD_ROW])
    )
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("main")).to_contain_text("1 rejected")
    expect(page.get_by_role("main")).to_contain_text("Nothing has been changed")
    rejected = page.locator("tr.awards-import-row--rejected")
    expect(rejected).to_have_count(1)
    expect(rejected).to_contain_text("4")  # the bad row is line 4 of the file
    expect(rejected).to_contain_text(re.compile("country", re.I))
    expect(page.get_by_role("button", name="Confirm the import")).to_have_count(0)
    assert Recognition.objects.count() == before, "a refused file wrote something"

    page.get_by_label("CSV or Excel file").set_input_files(
        csv_file(tmp_path / "recognitions-fixed.csv", [*GOOD_ROWS, FIXED_ROW])
    )
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("main")).to_contain_text("3 recognitions would be created")
    assert Recognition.objects.count() == before, "the dry run wrote something"
    page.get_by_role("button", name="Confirm the import").click()
    expect(page.locator(".messages[role=status]")).to_contain_text("3 created")
    assert Recognition.objects.count() == before + 3

    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="Country or region").click()
    page.get_by_label("Country or region", exact=True).select_option("NZ")
    expect(page).to_have_url(re.compile(r"country=NZ"))
    listing = page.locator("table.listing tbody tr")
    expect(listing).to_have_count(3)
    for name in NAMES:
        expect(page.locator("table.listing")).to_contain_text(name)

    with page.expect_download() as download_info:  # the header button follows the filters
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv"), download.suggested_filename
    with open(download.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.DictReader(io.StringIO(exported.read())))
    assert sorted(row["honouree"] for row in rows) == sorted(NAMES)
    assert {row["country"] for row in rows} == {"NZ"}
    assert {row["programme"] for row in rows} == {"ten-year-commemorative-honour"}
