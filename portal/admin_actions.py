"""An "Actions" panel for page edit forms: the buttons other apps offer on a page (a summit
edition's "Draft a recap article"), visible at the top of the form rather than hidden in
the header's "…" menu. The apps contribute through the `portal_page_actions` hook."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .extension_points import page_actions


class PageActionsPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Actions"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/admin/page_actions_panel.html"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            page = self.instance
            saved = page is not None and page.pk is not None  # nothing to act on while adding
            self.actions = page_actions(page, self.request.user) if saved else []

        def is_shown(self):
            return bool(self.actions) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["actions"] = self.actions
            return context
