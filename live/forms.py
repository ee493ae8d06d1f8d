"""The short form of the updates admin view: the text first, everything else optional."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import LiveUpdate

QUICK_FIELDS = ("text", "is_key", "author")
MORE_FIELDS = (
    "posted_at",
    "figure_value",
    "figure_label",
    "quote",
    "quote_by",
    "image",
    "embed_url",
)


class LiveUpdateForm(WagtailAdminModelForm):
    embed_url = forms.URLField(
        label=LiveUpdate._meta.get_field("embed_url").verbose_name,
        help_text=LiveUpdate._meta.get_field("embed_url").help_text,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = LiveUpdate
        fields = (*QUICK_FIELDS, *MORE_FIELDS)

    class Media:
        # Flushes the rich-text editor into its input on submit (a quick post keeps its text).
        js = ["live/update_form.js"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Now, unless the editor corrects it: posting takes the text alone.
        self.fields["posted_at"].required = False

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        if not strip_tags(text).strip():
            raise ValidationError(_("Write what happened: an update needs its text."))
        return text

    def clean_posted_at(self):
        return self.cleaned_data.get("posted_at") or (
            self.instance.posted_at if self.instance.pk else timezone.now()
        )

    def quick_fields(self):
        return [self[name] for name in QUICK_FIELDS]

    def more_fields(self):
        return [self[name] for name in MORE_FIELDS]
