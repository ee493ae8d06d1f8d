"""The news listing's filters: from the index page's routes (/news/tag/<tag>/, /news/2023/11/)
and from the query string (?tag=&year=&month=&source=&channel=&summit=&about=), combinable.

Every bad value raises Http404 with a reason, never a server error."""

import calendar
import datetime
import re
from dataclasses import dataclass, field, replace

from django.apps import apps
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Page

from .models.article import ArticlePage
from .models.snippets import Channel, Source

MIN_YEAR = 1990
MAX_YEAR = 2100
FILTER_PARAMS = ("tag", "year", "month", "source", "channel", "summit", "about")


def _int_param(value, low, high, what):
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise Http404(_("%(what)s must be a number.") % {"what": what}) from None
    if not low <= number <= high:
        raise Http404(_("There is no such %(what)s.") % {"what": what})
    return number


_SLUG = re.compile(r"[-\w]{1,100}")


def _slug_param(value, what):
    value = str(value)
    if not _SLUG.fullmatch(value):
        raise Http404(_("There is no such %(what)s.") % {"what": what})
    return value


def find_summit(slug):
    """A live summit page by slug: an events.SummitPage if that app is installed, or any
    page that articles name as their related summit."""
    referenced = Q(
        pk__in=ArticlePage.objects.filter(related_summit__isnull=False).values("related_summit")
    )
    try:
        summit_model = apps.get_model("events", "SummitPage")
    except LookupError:
        condition = referenced
    else:
        condition = referenced | Q(pk__in=summit_model.objects.values("pk"))
    return Page.objects.live().filter(condition, slug=slug).first()


@dataclass
class NewsFilters:
    tag: Tag | None = None
    year: int | None = None
    month: int | None = None
    source: Source | None = None
    channel: Channel | None = None
    summit: Page | None = None
    about: Page | None = None
    raw: dict = field(default_factory=dict)

    @classmethod
    def parse(cls, values):
        """Build the filters from route kwargs and query parameters (strings)."""
        values = {k: v for k, v in values.items() if k in FILTER_PARAMS and v not in ("", None)}
        filters = cls(raw=values)
        if "tag" in values:
            filters.tag = Tag.objects.filter(slug=_slug_param(values["tag"], _("tag"))).first()
            if filters.tag is None:
                raise Http404(_("There is no such tag."))
        if "year" in values:
            filters.year = _int_param(values["year"], MIN_YEAR, MAX_YEAR, _("year"))
        if "month" in values:
            if filters.year is None:
                raise Http404(_("A month needs a year."))
            filters.month = _int_param(values["month"], 1, 12, _("month"))
        for name, model in (("source", Source), ("channel", Channel)):
            if name in values:
                what = model._meta.verbose_name
                found = model.objects.filter(slug=_slug_param(values[name], what)).first()
                if found is None:
                    raise Http404(_("There is no such %(what)s.") % {"what": what})
                setattr(filters, name, found)
        if "summit" in values:
            filters.summit = find_summit(_slug_param(values["summit"], _("summit")))
            if filters.summit is None:
                raise Http404(_("There is no such summit."))
        if "about" in values:
            page_id = _int_param(values["about"], 1, 2**63 - 1, _("page"))
            filters.about = Page.objects.live().filter(pk=page_id).first()
            if filters.about is None:
                raise Http404(_("There is no such page."))
        return filters

    @property
    def active(self):
        return any((self.tag, self.year, self.source, self.channel, self.summit, self.about))

    def date_range(self):
        """[start, end) of the year or month, in the site's time zone."""
        zone = timezone.get_current_timezone()
        if self.month:
            start = datetime.datetime(self.year, self.month, 1, tzinfo=zone)
            days = calendar.monthrange(self.year, self.month)[1]
            end = start + datetime.timedelta(days=days)
        else:
            start = datetime.datetime(self.year, 1, 1, tzinfo=zone)
            end = datetime.datetime(self.year + 1, 1, 1, tzinfo=zone)
        return start, end

    def apply(self, queryset):
        if self.tag:
            queryset = queryset.filter(tagged_items__tag=self.tag)
        if self.year:
            start, end = self.date_range()
            queryset = queryset.filter(published_at__gte=start, published_at__lt=end)
        if self.source:
            queryset = queryset.filter(source=self.source)
        if self.channel:
            queryset = queryset.filter(channel=self.channel)
        if self.summit:
            queryset = queryset.filter(related_summit=self.summit)
        if self.about:
            queryset = queryset.filter(ArticlePage.pointing_at_q(self.about))
        return queryset

    def without(self, name):
        """A copy without one filter (for the 'remove' links)."""
        changes = {name: None}
        if name == "year":
            changes["month"] = None
        return replace(self, **changes)

    def query_params(self):
        params = {}
        if self.tag:
            params["tag"] = self.tag.slug
        if self.year:
            params["year"] = self.year
        if self.month:
            params["month"] = self.month
        if self.source:
            params["source"] = self.source.slug
        if self.channel:
            params["channel"] = self.channel.slug
        if self.summit:
            params["summit"] = self.summit.slug
        if self.about:
            params["about"] = self.about.pk
        return params

    def describe(self):
        """Human-readable descriptions of the active filters: [(name, label)]."""
        parts = []
        if self.tag:
            parts.append(("tag", _("Tagged “%(tag)s”") % {"tag": self.tag.name}))
        if self.year:
            if self.month:
                label = date_format(datetime.date(self.year, self.month, 1), "YEAR_MONTH_FORMAT")
            else:
                label = str(self.year)
            parts.append(("year", _("Published in %(period)s") % {"period": label}))
        if self.source:
            parts.append(("source", _("From %(source)s") % {"source": self.source.name}))
        if self.channel:
            parts.append(("channel", _("In %(channel)s") % {"channel": self.channel.name}))
        if self.summit:
            parts.append(("summit", _("About %(page)s") % {"page": self.summit.title}))
        if self.about:
            parts.append(("about", _("About %(page)s") % {"page": self.about.title}))
        return parts
