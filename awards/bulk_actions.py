"""A bulk action of the recognitions listing besides Wagtail's bulk delete: set the country
or region of the selected recognitions in one step."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from portal.admin_security import PermittedObjectsOnly

from .models import Recognition


class SetCountryForm(forms.Form):
    country = forms.ChoiceField(
        label=_("Country or region"),
        choices=[("", "---------"), *countries],
        required=False,
        help_text=_("Leave empty to clear the country of the selected recognitions."),
    )


class SetCountryBulkAction(PermittedObjectsOnly, SnippetBulkAction):
    display_name = _("Set country")
    action_type = "set_country"
    aria_label = _("Set the country of the selected recognitions")
    template_name = "awards/admin/bulk_set_country.html"
    action_priority = 40
    form_class = SetCountryForm
    models = [Recognition]

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    def get_execution_context(self):
        return {"country": self.cleaned_form.cleaned_data["country"]}

    @classmethod
    def execute_action(cls, objects, country="", **kwargs):
        updated = Recognition.objects.filter(pk__in=[obj.pk for obj in objects]).update(
            country=country
        )
        return updated, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "The country of %(count)d recognition was set.",
            "The country of %(count)d recognitions was set.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
