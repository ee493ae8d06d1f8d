"""A page chooser limited to page types of other apps, robust to those apps being absent.

Wagtail resolves `page_type` strings when the edit form is built and fails on a model that
is not installed. The news app points at events and awards pages, which may not be there
(yet), so the list is filtered to the installed models when the form is built."""

from django.apps import apps
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser


def installed_page_types(labels):
    """The labels among `labels` whose model is installed; ["wagtailcore.Page"] if none."""
    available = []
    for label in labels:
        try:
            apps.get_model(label)
        except (LookupError, ValueError):
            continue
        available.append(label)
    return available or ["wagtailcore.Page"]


class InstalledPageChooserPanel(PageChooserPanel):
    def get_form_options(self):
        opts = FieldPanel.get_form_options(self)
        widgets = opts.setdefault("widgets", {})
        widgets[self.field_name] = AdminPageChooser(
            target_models=installed_page_types(self.page_type or []),
            can_choose_root=self.can_choose_root,
        )
        return opts
