"""Querysets and selection of the news: lean listings, related articles, feed items and the
facets of the filter form.

This module sits below the models (they call it in one line), so it never imports them: it
is handed a queryset or a model and reaches the related models through their fields."""

import calendar
import datetime

from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page

from events.models import SummitPage
from portal import per_change
from portal.models import CustomImage


def _related_model(model, field_name):
    return model._meta.get_field(field_name).related_model


def article_listing(articles):
    """Live, public articles of `articles` with what a card needs, in a fixed number of
    queries, newest first."""
    images = CustomImage.objects.prefetch_renditions()
    return (
        articles.live()
        .public()
        .defer_streamfields()
        .select_related("source", "channel")
        .prefetch_related(
            Prefetch("lead_image", queryset=images),
            Prefetch("listing_image", queryset=images),
        )
        .order_by("-published_at", "-pk")
    )


def pointing_at_q(article_model, page):
    """Condition: the article's related summit or related pages include `page`."""
    links = _related_model(article_model, "related_page_links")
    return Q(related_summit=page) | Q(pk__in=links.objects.filter(page=page).values("article_id"))


def related_articles(article, listing, limit):
    """Articles of `listing` other than `article` with a tag in common or about the same
    summit, newest first."""
    tag_ids = [tag.pk for tag in article.tag_list]
    tagged = _related_model(type(article), "tagged_items").objects.filter(tag_id__in=tag_ids)
    condition = Q(pk__in=tagged.values("content_object"))
    if article.related_summit_id:
        condition |= Q(related_summit_id=article.related_summit_id)
    return list(listing.filter(condition).exclude(pk=article.pk)[:limit])


def feed_items(articles, limit):
    """The first `limit` articles with their bylines and tags (a feed item shows both)."""
    model = articles.model
    authors = _related_model(model, "authors").objects.select_related("person")
    tagged = _related_model(model, "tagged_items").objects.select_related("tag")
    return list(
        articles.prefetch_related(
            Prefetch("authors", queryset=authors), Prefetch("tagged_items", queryset=tagged)
        )[:limit]
    )


def listing_facets(articles):
    """What the filter form offers for `articles`: their tags (with counts, one query),
    sources, channels and months."""
    ids = articles.order_by().values("pk")
    model = articles.model
    return {
        "tags": Tag.objects.filter(news_articletag_items__content_object__in=ids)
        .annotate(article_count=Count("news_articletag_items"))
        .order_by("name"),
        "sources": _related_model(model, "source").objects.filter(articles__in=ids).distinct(),
        "channels": _related_model(model, "channel").objects.filter(articles__in=ids).distinct(),
        "months": articles.order_by().datetimes("published_at", "month", order="DESC"),
    }


def filter_choices(article_model):
    """The querysets the listing's filters choose from: {filter name: queryset}."""
    referenced = article_model.objects.filter(related_summit__isnull=False)
    summits = Q(pk__in=referenced.values("related_summit")) | Q(
        pk__in=SummitPage.objects.values("pk")
    )
    return {
        "tag": Tag.objects.all(),
        "source": _related_model(article_model, "source").objects.all(),
        "channel": _related_model(article_model, "channel").objects.all(),
        # Summit pages, and any page that an article names as its summit.
        "summit": Page.objects.live().filter(summits),
        "about": Page.objects.live(),
    }


def period_range(year, month=None):
    """[start, end) of the year or of its month, in the site's time zone."""
    zone = timezone.get_current_timezone()
    if month:
        start = datetime.datetime(year, month, 1, tzinfo=zone)
        end = start + datetime.timedelta(days=calendar.monthrange(year, month)[1])
    else:
        start = datetime.datetime(year, 1, 1, tzinfo=zone)
        end = datetime.datetime(year + 1, 1, 1, tzinfo=zone)
    return start, end


def _article_extras(article):
    related = article.get_related_articles()
    for card in related:
        per_change.without_prefetched_renditions(card.lead_image, card.listing_image)
    links = article.related_page_links.select_related("page").filter(page__live=True)
    return {
        "tag_list": article.tag_list,
        "bylines": article.bylines,
        "lead_image": CustomImage.objects.filter(pk=article.lead_image_id).first(),
        "source": article.source,
        "channel": article.channel,
        "related_summit": article.related_summit,
        "related_articles": related,
        "related_pages": [link.page for link in links],
    }


def kept_article_extras(article, request):
    """Tags, bylines, images, source, summit, related articles and pages of an article:
    the same for every visitor, so computed once per change of the article, of an article
    under the same index (a related one) or of the site (portal/per_change.py), and put on
    the article in place of their queries. A preview shows the draft's own."""
    index = article.news_index
    also = [index.pk] if index is not None else []
    shown = per_change.for_page(
        article, request, "article-page", lambda: _article_extras(article), also=also
    )
    article.__dict__["tag_list"] = shown["tag_list"]
    article.__dict__["bylines"] = shown["bylines"]
    per_change.set_related(article, shown, "lead_image", "source", "channel", "related_summit")
    return shown
