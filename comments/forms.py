from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from comments.models import Comment

MAX_BODY = 3000
HONEYPOT_FIELD = "phone_number"  # looks worth filling to a bot; hidden from people


class CommentForm(forms.ModelForm):
    author_url = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
    )
    body = forms.CharField(
        label=_("Comment"),
        min_length=2,
        max_length=MAX_BODY,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Plain text, up to %(max)s characters. Links become clickable.")
        % {"max": MAX_BODY},
    )
    parent = forms.IntegerField(
        required=False, min_value=1, max_value=2**53, widget=forms.HiddenInput
    )
    loaded_at = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Comment
        fields = ["author_name", "author_email", "author_url", "body"]
        labels = {"author_name": _("Name"), "author_email": _("Email")}
        help_texts = {
            "author_name": _("Shown with your comment."),
            "author_email": _("Kept private: never shown."),
        }
        widgets = {
            "author_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "author_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, page=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["author_url"].widget.attrs["autocomplete"] = "url"

    def clean_parent(self):
        """A reply to a reply attaches to the top-level comment (one level deep)."""
        parent_id = self.cleaned_data.get("parent")
        if not parent_id:
            return None
        parent = (
            Comment.objects.filter(
                pk=parent_id, page_id=self.page.pk, status=Comment.Status.APPROVED
            )
            .select_related("parent")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(
                _(
                    "The comment you are replying to is no longer shown. Copy your text and "
                    "post it as a new comment."
                )
            )
        return parent.parent or parent
