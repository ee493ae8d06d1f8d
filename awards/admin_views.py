"""The Wagtail admin import view: upload -> dry-run report -> confirm (all or nothing)."""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from wagtail.permission_policies import ModelPermissionPolicy

from . import importer
from .models import Recognition

SIGNING_SALT = "awards.import"
PAYLOAD_MAX_AGE = 60 * 60


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or Excel file"),
        help_text=gettext_lazy(
            "Columns: programme, year, category, honouree, honouree_type, title, country, "
            "citation, rank. UTF-8 CSV (with or without BOM) or .xlsx, at most 2 MB."
        ),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.rows = importer.read_rows(uploaded)
        except importer.ImportFileError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return uploaded


def can_import(user):
    """An import adds and changes recognitions: both rights are needed."""
    policy = ModelPermissionPolicy(Recognition)
    return policy.user_has_permission(user, "add") and policy.user_has_permission(user, "change")


def import_view(request):
    if not can_import(request.user):
        return permission_denied(request, PermissionDenied())
    list_url = reverse(Recognition.snippet_viewset.get_url_name("list"))
    context = {"form": ImportForm(), "list_url": list_url}
    if request.method == "POST" and request.POST.get("action") == "confirm":
        try:
            rows = signing.loads(
                request.POST.get("payload", ""), salt=SIGNING_SALT, max_age=PAYLOAD_MAX_AGE
            )
        except signing.BadSignature:
            messages.error(request, _("The preview has expired or was altered; upload again."))
            return redirect(request.path)
        report = importer.Importer(rows).run(dry_run=False)
        if report.applied:
            summary = report.summary
            messages.success(
                request,
                _("Import done: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
                % summary,
            )
            return redirect(list_url)
        context.update(report=report, dry_run=False)
        return TemplateResponse(request, "awards/admin/import.html", context, status=400)
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            report = importer.Importer(form.rows).run(dry_run=True)
            context.update(report=report, dry_run=True)
            if not report.rejected:
                context["payload"] = signing.dumps(form.rows, salt=SIGNING_SALT, compress=True)
    return TemplateResponse(request, "awards/admin/import.html", context)
