"""Import recognitions from CSV or XLSX: parse, validate every row, then apply all of it in
one transaction or nothing.

Rows are matched on a natural key: (programme, year, category, honourees), or the title
when a row names no honouree (a case or project). Importing the same file again finds every
row unchanged. A dry run applies the rows inside a transaction that is rolled back, so the
report shows exactly what the real import would do."""

from dataclasses import dataclass, field

from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale, Page

from portal.models import Organization, Person

from .export import unneutralise
from .import_limits import MAX_BYTES, MAX_ROWS, ImportFileError, read_csv, read_xlsx
from .models import AwardEditionPage, AwardProgramPage, Honouree, Recognition

COLUMNS = [
    "programme",
    "year",
    "category",
    "honouree",
    "honouree_type",
    "title",
    "country",
    "citation",
    "rank",
]
REQUIRED_COLUMNS = {"programme", "year"}
HONOUREE_SEPARATOR = ";"
PERSON_TYPES = {"", "person", "individual"}
ORGANISATION_TYPES = {"organisation", "organization", "org"}


@dataclass
class RowResult:
    number: int
    action: str  # created, updated, unchanged, rejected
    label: str = ""
    reasons: list = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list = field(default_factory=list)
    applied: bool = False

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def rejected(self):
        return [row for row in self.rows if row.action == "rejected"]

    @property
    def summary(self):
        return {
            action: self.count(action) for action in ("created", "updated", "unchanged", "rejected")
        }


# --- Reading files -------------------------------------------------------------------------
def read_rows(uploaded):
    """Return [dict rows] from an uploaded CSV or XLSX file, read within the limits of
    awards/import_limits.py."""
    name = (uploaded.name or "").lower()
    if uploaded.size > MAX_BYTES:
        raise ImportFileError(
            _("The file is too large (the limit is %(max)s).") % {"max": filesizeformat(MAX_BYTES)}
        )
    data = uploaded.read(MAX_BYTES + 1)
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    if name.endswith(".xlsx"):
        table = read_xlsx(data)
    elif name.endswith(".csv"):
        table = read_csv(data)
    else:
        raise ImportFileError(_("Upload a CSV (.csv) or Excel (.xlsx) file."))
    return _to_dicts(table)


def _to_dicts(table):
    table = [row for row in table if any((cell or "").strip() for cell in row)]
    if not table:
        raise ImportFileError(_("The file is empty."))
    header = [(cell or "").strip().lower() for cell in table[0]]
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s. Expected: %(expected)s.")
            % {"columns": ", ".join(sorted(missing)), "expected": ", ".join(COLUMNS)}
        )
    if len(table) - 1 > MAX_ROWS:
        raise ImportFileError(_("Too many rows (the limit is %(max)d).") % {"max": MAX_ROWS})
    if len(table) == 1:
        raise ImportFileError(_("The file has a header but no rows."))
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        row = dict.fromkeys(COLUMNS, "")
        for name, cell in zip(header, cells, strict=False):
            if name in row:
                row[name] = unneutralise((cell or "").strip())
        row["_number"] = number
        rows.append(row)
    return rows


# --- Validating and applying ---------------------------------------------------------------
class Importer:
    def __init__(self, rows):
        self.rows = rows
        self.programmes = {p.slug: p for p in AwardProgramPage.objects.all()}
        self.editions = {}
        for edition in AwardEditionPage.objects.all():
            self.editions[(edition.path[: -Page.steplen], edition.year)] = edition
        self.categories = {}
        for programme in self.programmes.values():
            for category in programme.categories.all():
                self.categories[(programme.pk, category.slug)] = category
                self.categories[(programme.pk, category.name.lower())] = category

    def run(self, dry_run=True):
        """Validate and apply every row in one transaction; roll it back on a dry run or if
        any row is rejected (all or nothing)."""
        report = ImportReport()
        with transaction.atomic():
            seen = set()
            for row in self.rows:
                report.rows.append(self._apply_row(row, seen))
            if dry_run or report.rejected:
                transaction.set_rollback(True)
            else:
                report.applied = True
        return report

    def _clean(self, row):
        reasons = []
        programme = self.programmes.get(row["programme"])
        if programme is None:
            reasons.append(_("unknown programme “%(value)s”") % {"value": row["programme"]})
        year = int(row["year"]) if row["year"].isdigit() else None
        if year is None:
            reasons.append(_("year “%(value)s” is not a year") % {"value": row["year"]})
        edition = None
        if programme and year:
            edition = self.editions.get((programme.path, year))
            if edition is None:
                reasons.append(_("no %(year)s edition of this programme") % {"year": year})
        category = None
        if row["category"] and programme:
            category = self.categories.get((programme.pk, row["category"])) or self.categories.get(
                (programme.pk, row["category"].lower())
            )
            if category is None:
                reasons.append(_("unknown category “%(value)s”") % {"value": row["category"]})
        country = row["country"].upper()
        if country and country not in countries:
            reasons.append(_("unknown country code “%(value)s”") % {"value": row["country"]})
        names = [n.strip() for n in row["honouree"].split(HONOUREE_SEPARATOR) if n.strip()]
        if not names and not row["title"]:
            reasons.append(_("missing honouree name (or a title for a case)"))
        kind = row["honouree_type"].lower()
        if kind not in PERSON_TYPES | ORGANISATION_TYPES:
            reasons.append(
                _("honouree type “%(value)s” is neither person nor organisation")
                % {"value": row["honouree_type"]}
            )
        rank = row["rank"] or "0"
        if not rank.isdigit():
            reasons.append(_("order “%(value)s” is not a whole number") % {"value": row["rank"]})
        return reasons, {
            "edition": edition,
            "category": category,
            "country": country,
            "names": names,
            "kind": "organisation" if kind in ORGANISATION_TYPES else "person",
            "title": row["title"],
            "citation": row["citation"],
            "rank": int(rank) if rank.isdigit() else 0,
        }

    def _apply_row(self, row, seen):
        number = row["_number"]
        reasons, data = self._clean(row)
        label = row["title"] or row["honouree"]
        if reasons:
            return RowResult(number, "rejected", label, reasons)
        key = (
            data["edition"].pk,
            data["category"].pk if data["category"] else None,
            frozenset(n.lower() for n in data["names"]) or ("title", data["title"].lower()),
        )
        if key in seen:
            return RowResult(number, "rejected", label, [_("duplicate of an earlier row")])
        seen.add(key)
        recognition = self._find(data)
        fields = {
            "title": data["title"],
            "citation": data["citation"],
            "country": data["country"],
            "rank": data["rank"],
        }
        if recognition is None:
            recognition = Recognition.objects.create(
                edition=data["edition"], category=data["category"], **fields
            )
            recognition.honourees.set([self._honouree(n, data) for n in data["names"]])
            return RowResult(number, "created", label)
        changed = {k: v for k, v in fields.items() if str(getattr(recognition, k)) != str(v)}
        if not changed:
            return RowResult(number, "unchanged", label)
        for name, value in changed.items():
            setattr(recognition, name, value)
        recognition.save(update_fields=list(changed))
        return RowResult(number, "updated", label)

    def _find(self, data):
        candidates = Recognition.objects.filter(
            edition=data["edition"], category=data["category"]
        ).prefetch_related("honourees__person", "honourees__organization")
        wanted = {n.lower() for n in data["names"]}
        for candidate in candidates:
            names = {h.name.lower() for h in candidate.honourees.all()}
            if wanted and names == wanted:
                return candidate
            if not wanted and not names and candidate.title.lower() == data["title"].lower():
                return candidate
        return None

    def _honouree(self, name, data):
        if data["kind"] == "organisation":
            honouree = Honouree.objects.filter(organization__name__iexact=name).first()
            if honouree is None:
                org = Organization.objects.filter(
                    locale=Locale.get_default(), name__iexact=name
                ).first()
                org = org or Organization.objects.create(name=name, country=data["country"])
                honouree = Honouree.objects.create(organization=org, slug=self._slug(name))
        else:
            honouree = Honouree.objects.filter(person__name__iexact=name).first()
            if honouree is None:
                person = Person.objects.filter(
                    locale=Locale.get_default(), name__iexact=name
                ).first()
                person = person or Person.objects.create(name=name, country=data["country"])
                honouree = Honouree.objects.create(person=person, slug=self._slug(name))
        return honouree

    @staticmethod
    def _slug(name):
        base = slugify(name, allow_unicode=True)[:240] or "honouree"
        slug, n = base, 2
        while Honouree.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug
