"""The admin form of pages whose address is their year (a summit edition at /summits/2024/,
an award edition at /awards/<programme>/2024/).

Wagtail's admin fills the slug from the title while a page is not live ("Young Leaders
2024" becomes `young-leaders-2024`), which misses the year address. When the slug is the
one made from the title, or empty, this form puts the year in its place; a slug the editor
typed by hand is kept (and the model's own validation judges it)."""

from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm


def title_slugs(title):
    """The slugs the admin's title sync may have produced from `title`."""
    return {slugify(title, allow_unicode=True), slugify(title)}


class YearSlugPageForm(WagtailAdminPageForm):
    year_field = "year"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:  # an empty slug becomes the year (see clean)
            self.fields["slug"].required = False

    def slug_is_automatic(self, slug, title):
        instance = self.instance
        if instance.pk and instance.live:  # the admin stops syncing once a page is live
            return False
        return not slug or slug in title_slugs(title or "")

    def clean(self):
        # Before Wagtail's check that the slug is free among the siblings.
        data = self.cleaned_data
        year = data.get(self.year_field)
        if year and "slug" in data and self.slug_is_automatic(data["slug"], data.get("title")):
            data["slug"] = str(year)
        return super().clean()
