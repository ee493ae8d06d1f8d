"""Import of recognitions from CSV/XLSX: dry run, confirm, all or nothing, idempotent."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from awards import importer
from awards.models import Honouree, Recognition
from portal.models import Organization, Person

IMPORT_URL = "/admin/awards/recognitions/import/"
HEADER = "programme,year,category,honouree,honouree_type,title,country,citation,rank\n"
GOOD = (
    HEADER
    + "prog-tech,2023,alpha,Synthetic Laureate,person,,CN,New citation,1\n"
    + "prog-tech,2023,beta,Synthetic Org One,organisation,Synthetic Gadget,DE,,2\n"
    + "prog-cases,2023,,,,Synthetic Case,KE,,3\n"
)


def upload(content, name="recognitions.csv"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return SimpleUploadedFile(name, data, content_type="text/csv")


@pytest.fixture
def admin_client(client, award_admin):
    client.force_login(award_admin)
    return client


def snapshot():
    return (
        sorted(
            Recognition.objects.values_list(
                "edition_id", "category_id", "title", "country", "citation", "rank"
            )
        ),
        sorted(Recognition.honourees.through.objects.values_list("recognition_id", "honouree_id")),
        Honouree.objects.count(),
        Person.objects.count(),
        Organization.objects.count(),
    )


def preview(client, content, name="recognitions.csv"):
    return client.post(IMPORT_URL, {"action": "preview", "file": upload(content, name)})


def test_dry_run_reports_and_changes_nothing_then_confirm_applies(admin_client, awards_data):
    before = snapshot()
    response = preview(admin_client, GOOD)
    assert response.status_code == 200
    report = response.context["report"]
    # Row 2 matches the existing recognition (programme, year, category, honouree).
    assert [(r.number, r.action) for r in report.rows] == [
        (2, "updated"),
        (3, "created"),
        (4, "created"),
    ]
    assert snapshot() == before
    payload = response.context["payload"]
    response = admin_client.post(IMPORT_URL, {"action": "confirm", "payload": payload})
    assert response.status_code == 302
    awards_data["t23_alpha_cn"].refresh_from_db()
    assert awards_data["t23_alpha_cn"].citation == "New citation"
    gadget = Recognition.objects.get(title="Synthetic Gadget")
    assert gadget.category == awards_data["beta"]
    assert [h.name for h in gadget.honourees.all()] == ["Synthetic Org One"]
    assert gadget.honourees.get().organization is not None
    assert Recognition.objects.filter(title="Synthetic Case", country="KE").exists()


def test_repeated_import_is_idempotent(admin_client, awards_data):
    response = preview(admin_client, GOOD)
    admin_client.post(IMPORT_URL, {"action": "confirm", "payload": response.context["payload"]})
    after_first = snapshot()
    response = preview(admin_client, GOOD)
    assert response.context["report"].summary == {
        "created": 0,
        "updated": 0,
        "unchanged": 3,
        "rejected": 0,
    }
    admin_client.post(IMPORT_URL, {"action": "confirm", "payload": response.context["payload"]})
    assert snapshot() == after_first


def test_bad_import_changes_nothing_and_reports_every_bad_row(admin_client, awards_data):
    content = (
        HEADER
        + "prog-tech,2023,alpha,Fine Person,person,,CN,,1\n"  # 2: fine
        + "prog-tech,2023,alpha,Someone,person,,ZZ,,1\n"  # 3: unknown country
        + "prog-tech,2023,alpha,,,,CN,,1\n"  # 4: no honouree and no title
        + "prog-tech,2023,alpha,Fine Person,person,,CN,,1\n"  # 5: duplicate of row 2
        + "prog-tech,1999,alpha,Other,person,,CN,,1\n"  # 6: year without an edition
        + "nope,2023,,Other,person,,CN,,1\n"  # 7: unknown programme
        + "prog-tech,2023,gamma,Other,person,,CN,,1\n"  # 8: unknown category
    )
    before = snapshot()
    response = preview(admin_client, content)
    report = response.context["report"]
    rejected = {row.number: " ".join(row.reasons) for row in report.rejected}
    assert set(rejected) == {3, 4, 5, 6, 7, 8}
    assert "unknown country code “ZZ”" in rejected[3]
    assert "missing honouree name" in rejected[4]
    assert "duplicate" in rejected[5]
    assert "no 1999 edition" in rejected[6]
    assert "unknown programme" in rejected[7]
    assert "unknown category" in rejected[8]
    assert "payload" not in response.context  # nothing to confirm
    html = response.content.decode()
    assert "Nothing has been changed" in html
    assert snapshot() == before
    # Even applied directly (not a dry run), a file with bad rows writes nothing.
    result = importer.Importer(
        importer._to_dicts([line.split(",") for line in content.splitlines()])
    )
    assert result.run(dry_run=False).applied is False
    assert snapshot() == before


def test_confirm_with_a_tampered_payload_changes_nothing(admin_client, awards_data):
    before = snapshot()
    response = admin_client.post(IMPORT_URL, {"action": "confirm", "payload": "forged"})
    assert response.status_code == 302
    assert snapshot() == before


def test_csv_with_bom_and_xlsx_are_accepted(admin_client, awards_data):
    response = preview(admin_client, "\ufeff" + GOOD)
    assert response.context["report"].summary["rejected"] == 0
    workbook = Workbook()
    sheet = workbook.active
    for line in GOOD.splitlines():
        sheet.append(line.split(","))
    sheet.append(["prog-tech", 2023, "alpha", "Xlsx Person", "person", "", "CN", "", 4])
    out = io.BytesIO()
    workbook.save(out)
    response = preview(admin_client, out.getvalue(), name="recognitions.xlsx")
    summary = response.context["report"].summary
    assert summary == {"created": 3, "updated": 1, "unchanged": 0, "rejected": 0}
    # A formula is never run: its cell has no value, so the row is rejected.
    sheet.append(["prog-tech", 2023, "alpha", "=cmd()", "person", "", "CN", "", 5])
    out = io.BytesIO()
    workbook.save(out)
    response = preview(admin_client, out.getvalue(), name="recognitions.xlsx")
    assert [row.number for row in response.context["report"].rejected] == [6]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "picture.png", "Upload a CSV"),
        (b"", "empty.csv", "The submitted file is empty"),
        (b"   \n", "blank.csv", "The file is empty"),
        (b"title,country\nA,CN\n", "cols.csv", "Missing columns: programme, year"),
        (b"\xff\xfe\x00bad", "bad.csv", "not UTF-8"),
        (b"not a zip", "bad.xlsx", "cannot be read"),
        (HEADER.encode(), "header.csv", "no rows"),
    ],
)
def test_bad_files_get_a_form_error(admin_client, awards_data, content, name, message):
    response = preview(admin_client, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "report" not in response.context


def test_huge_file_is_refused(admin_client, awards_data):
    content = HEADER + "x" * (importer.MAX_BYTES + 1)
    response = preview(admin_client, content)
    assert "too large" in response.content.decode()


def test_example_csv_imports_on_the_demo(admin_client, awards_data):
    from pathlib import Path

    content = (Path(importer.__file__).parent / "import_example.csv").read_bytes()
    rows = importer.read_rows(upload(content))
    assert [row["programme"] for row in rows][:2] == ["excellent-cases", "excellent-cases"]
    assert all("synthetic" in row["honouree"].lower() for row in rows if row["honouree"])
